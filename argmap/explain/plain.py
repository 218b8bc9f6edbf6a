"""Why a claim stands, falls or stays undecided, in plain words a class follows.

The status of every claim comes from the evaluation (any semantics, any support reading);
this module only finds the reasons, at the level the teacher drew: claims, their supports,
attacks and undercuts. It never names a helper argument of a reading (the conjunction nodes,
``~a`` and support-tree meta-arguments of :attr:`Flattening.meta`), nor the labels IN, OUT
and UNDEC: a claim *stands*, *falls* or is *undecided*. An attack that a support reading
derived is told once as the chain the teacher drew ("jurisdiction attacks other-apps, which
no-ban needs"); later mentions point back to it.

Each claim the explanation needs is explained once, in the order the reasons reach it, so
the work is linear in the number of claims and relations the explanation names (plus one
pass over the map's relations to index them).

>>> from argmap.debate import Debate, evaluate
>>> smoke = Debate.load("maps/smoking-ban.argmap.toml")
>>> print(explain_plainly(evaluate(smoke, "grounded"), "trade"))  # doctest: +NORMALIZE_WHITESPACE
trade: "Bars will lose customers and close."
It falls.
<BLANKLINE>
Why:
- trade falls: revenue attacks it, and revenue stands.
- revenue stands: nothing attacks it.
<BLANKLINE>
Claims named above:
- revenue: "Where smoke-free laws came in, bar revenue shows no lasting fall."
"""

from __future__ import annotations

import html
import math
import re
from collections import deque
from collections.abc import Iterable

import attrs

from argmap._text import plural, shorten
from argmap.debate import DerivedAttack, Evaluation, SupportReading
from argmap.debate import evaluate as evaluate_debate
from argmap.debate.model import Argument, Debate, RelationKind
from argmap.explain.acceptance import grounded_explanation
from argmap.semantics import Label, Labelling, grounded_labelling

__all__ = [
    "PLAIN_MEANINGS",
    "PLAIN_WORDS",
    "PlainExplanation",
    "attackers_of",
    "attackers_that_win",
    "explain_plainly",
    "note_from_words",
    "plain_reasons",
    "plain_status",
    "plain_table",
    "plain_verdict",
    "reading_note",
]

#: The plain word for each of :meth:`Evaluation.overlay`'s words.
PLAIN_WORDS = {
    "accepted": "stands",
    "rejected": "falls",
    "undecided": "undecided",
    "credulous": "undecided",
}
#: A claim that stands lists at most this many of the attacks on it that fail, then says how
#: many more there are: under the deductive and necessary readings a claim of a large map can
#: have thousands of derived attackers, and each one listed is explained in turn.
MAX_LISTED_ATTACKS = 8
#: What the plain words leave out, for a legend: two looks share the word "undecided".
PLAIN_MEANINGS = {
    "credulous": "it stands in some views, not all",
    "undecided": "nothing settles it",
}
_TOKEN = re.compile(r"[\w.\-]+")
#: A relation holds as far as its undercut fails.
_OPPOSITE = {"stands": "falls", "undecided": "undecided", "falls": "stands"}
_RANK = {"falls": 0, "undecided": 1, "stands": 2}
_VERB = {"stands": "stands", "falls": "falls", "undecided": "is undecided"}


def plain_status(evaluation: Evaluation, claim_id: str) -> str:
    """``"stands"``, ``"falls"`` or ``"undecided"`` (a claim accepted in some extensions
    only is undecided: the debate does not settle it).

    >>> from argmap.debate import Debate, evaluate
    >>> nixon = Debate.load("maps/nixon-diamond.argmap.toml")
    >>> plain_status(evaluate(nixon, "preferred"), "pacifist")
    'undecided'
    """
    return PLAIN_WORDS[evaluation.overlay(claim_id)]


def _sentence_status(evaluation: Evaluation, claim_id: str) -> str:
    word = plain_status(evaluation, claim_id)
    if evaluation.overlay(claim_id) == "credulous":
        return "It is undecided: it stands in some coherent views of the debate, not in all."
    return {"stands": "It stands.", "falls": "It falls.", "undecided": "It is undecided."}[word]


@attrs.frozen
class PlainExplanation:
    """A claim's status and its reasons in plain words; ``str()`` gives the text.

    ``reasons`` are ``(claim id, sentence)`` pairs, the claim explained first; ``claims``
    every claim named, in debate order; ``note`` the one-line warning when the support
    reading changes a thesis's verdict (see :func:`reading_note`), or None.
    """

    claim_id: str
    status: str
    headline: str
    reasons: tuple[tuple[str, str], ...]
    claims: tuple[str, ...]
    texts: tuple[tuple[str, str], ...]
    note: str | None = None
    #: Each named claim's holders, by name ("" for none).
    holders: tuple[tuple[str, str], ...] = ()
    #: For each claim explained, the claims its reason relies on.
    relies_on: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def text(self) -> str:
        """The whole explanation."""
        own, held = dict(self.texts), dict(self.holders)
        lines = [f'{self.claim_id}: "{own[self.claim_id]}"']
        if held.get(self.claim_id):
            lines.append(f"Held by: {held[self.claim_id]}.")
        lines.append(self.headline)
        if self.note:
            lines.append(self.note)
        lines.append("")
        lines.append("Why:")
        lines.extend(f"- {sentence}" for _, sentence in self.reasons)
        others = [(c, t) for c, t in self.texts if c != self.claim_id]
        if others:
            lines.append("")
            lines.append("Claims named above:")
            lines.extend(
                f'- {c}: "{shorten(t, 90)}"' + (f" ({held[c]})" if held.get(c) else "")
                for c, t in others
            )
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        """Jupyter display: the headline and the reasons as a short list."""
        own = dict(self.texts)
        items = "".join(f"<li>{html.escape(s)}</li>" for _, s in self.reasons)
        note = f"<p><em>{html.escape(self.note)}</em></p>" if self.note else ""
        return (
            f"<div><p><strong>{html.escape(self.claim_id)}</strong>: "
            f"{html.escape(own[self.claim_id])}<br>{html.escape(self.headline)}</p>{note}"
            f"<ul>{items}</ul></div>"
        )


class _Reasoner:
    """Finds the reasons for claims' statuses, one claim at a time."""

    def __init__(self, evaluation: Evaluation) -> None:
        self.evaluation = evaluation
        self.debate: Debate = evaluation.debate
        flat = evaluation.flattening
        self.reading = flat.reading
        self.flattening = flat
        self._attacks_on: dict[str, dict[str, DerivedAttack]] = {}
        self.blocked: dict[str, list[str]] = {}
        protected = flat.protected
        for relation in self.debate.attacks:
            if relation.target in protected and relation.source not in protected:
                self.blocked.setdefault(relation.target, []).append(relation.source)
        # attacks that fail for the evaluation's audience (its ranking of values), by target
        self.outranked: dict[str, list[str]] = {}
        for failure in evaluation.failed_attacks:
            if failure.relation.kind is RelationKind.ATTACK:
                reason = failure.explain(self.debate)
                self.outranked.setdefault(failure.relation.target, []).append(reason)
        self.undercutters: dict[str, list[str]] = {}
        for undercut in self.debate.undercuts:
            self.undercutters.setdefault(undercut.target, []).append(undercut.source)
        self.inferences_into: dict[str, list[Argument]] = {}
        if self.reading is SupportReading.EVIDENTIAL:
            for inference in self.debate.inferences:
                self.inferences_into.setdefault(inference.conclusion, []).append(inference)
        self._claim_ids = frozenset(self.debate.claim_ids)
        self._node_labels: Labelling | None = None
        self._rounds: dict[str, float] | None = None
        self._steps: dict = {}
        self.told: dict[tuple[str, str], str] = {}  # derived attacks already told, by pair

    def attacks_on(self, claim_id: str) -> dict[str, DerivedAttack]:
        """The attacks on a claim, one per attacker (a direct attack before derived ones),
        found when first asked: explaining one claim costs what its own attacks cost."""
        found = self._attacks_on.get(claim_id)
        if found is None:
            found = {}
            for attack in self.flattening.attacks_on(claim_id):
                known = found.get(attack.attacker)
                if known is None or (known.kind != "direct" and attack.kind == "direct"):
                    found[attack.attacker] = attack
            self._attacks_on[claim_id] = found
        return found

    def word(self, claim_id: str) -> str:
        if claim_id in self._claim_ids:
            return plain_status(self.evaluation, claim_id)
        # A node the reading made, e.g. the conjunction node of a linked argument, which
        # the deductive reading lets attack and be attacked: its grounded label.
        if self._node_labels is None:
            self._node_labels = grounded_labelling(self.evaluation.flattening.framework)
        label = self._node_labels.label(claim_id)
        return {Label.IN: "stands", Label.OUT: "falls"}.get(label, "undecided")

    # -- relations ---------------------------------------------------------------------

    def undercut_word(self, relation_id: str) -> tuple[str, list[str]]:
        """Whether some undercut of ``relation_id`` stands (``"stands"``), might
        (``"undecided"``) or none does (``"falls"``), with the undercutters behind it."""
        best, behind = "falls", []
        for claim in self.undercutters.get(relation_id, ()):
            word = self.word(claim)
            if _RANK[word] > _RANK[best]:
                best, behind = word, [claim]
            elif word == best and word != "falls":
                behind.append(claim)
        return best, behind

    def attack_word(self, attack: DerivedAttack) -> str:
        """How far the attack goes through: the attacker's status, capped by whether the
        undercuts that could cancel it stand (one uncancelled way of deriving it suffices)."""
        attacker = self.word(attack.attacker)
        way_best = "falls"
        for condition in attack.conditions:
            way = "stands"
            for relation_id in condition:
                cut, _ = self.undercut_word(relation_id)
                way = min(way, _OPPOSITE[cut], key=_RANK.__getitem__)
            way_best = max(way_best, way, key=_RANK.__getitem__)
        return min(attacker, way_best, key=_RANK.__getitem__)

    def attack_phrase(self, attack: DerivedAttack) -> str:
        """``X attacks it`` for a drawn attack; for a derived one the chain the teacher drew,
        told in full the first time and pointed back to afterwards."""
        a, c = attack.attacker, attack.target
        if attack.kind == "direct":
            return f"{a} attacks it"
        key = (a, c)
        if key in self.told:
            return f"{a} attacks it through {self.told[key]} (told above)"
        up = " → ".join(attack.attacker_chain)
        down = " → ".join(attack.target_chain)
        kind = attack.kind
        if kind == "supported":
            root = attack.attacker_chain[-1]
            chain = f"the supports {up}"
            phrase = f"{a} leads to {root} ({up}), and {root} attacks {c}"
        elif kind == "mediated":
            root = attack.target_chain[-1]
            chain = f"the supports {down}"
            phrase = (
                f"{a} attacks {root}, and {c} leads to {root} ({down}): "
                f"if {c} stood, {root} would have to stand too"
            )
        elif kind == "super-mediated":
            x, y = attack.attacker_chain[-1], attack.target_chain[-1]
            chain = f"the supports {up} and {down}"
            phrase = (
                f"{a} leads to {x} ({up}), {x} attacks {y}, and {c} leads to {y} ({down}): "
                f"if {c} stood, {y} would have to stand too"
            )
        elif kind == "secondary":
            y = attack.target_chain[0]
            chain = f"the supports {down}"
            phrase = f"{a} attacks {y}, which {c} needs ({down})"
        elif kind == "extended":
            x = attack.attacker_chain[0]
            chain = f"the supports {up}"
            phrase = f"{a} needs {x} ({up}), and {x} attacks {c}"
        else:  # extended secondary
            x, y = attack.attacker_chain[0], attack.target_chain[0]
            chain = f"the supports {up} and {down}"
            phrase = f"{a} needs {x} ({up}), {x} attacks {y}, and {c} needs {y} ({down})"
        self.told[key] = chain
        return phrase

    def support_word(self, inference: Argument) -> tuple[str, str, list[str]]:
        """Under the evidential reading: whether the inference gives its conclusion
        evidence (its premises stand and no undercut of it stands), why, and the claims
        that reason relies on."""
        worst, weak = "stands", []
        for premise in dict.fromkeys(inference.premises):
            word = self.word(premise)
            if _RANK[word] < _RANK[worst]:
                worst, weak = word, [premise]
            elif word == worst and word != "stands":
                weak.append(premise)
        cut, behind = self.undercut_word(inference.id)
        premises = _and(inference.premises)
        if cut == "stands":
            return "falls", f"{_and(behind)} undercuts the support from {premises}", behind
        if _RANK[worst] < _RANK["stands"]:
            weak.sort(key=self.round)
            if worst == "falls":
                weak = weak[:1]  # one falling premise is reason enough
                return worst, f"{weak[0]} falls", weak
            verb = "is undecided" if len(weak) == 1 else "are undecided"
            return worst, f"{_and(weak)} {verb}", weak
        if cut == "undecided":
            return "undecided", f"{_and(behind)} may undercut the support from {premises}", behind
        objections = self.undercutters.get(inference.id, [])
        if objections:
            return (
                "stands",
                f"{premises} ({_and(objections)} undercuts that support but falls)",
                [*inference.premises, *objections],
            )
        return "stands", premises, list(inference.premises)

    def round(self, claim_id: str) -> float:
        """When the grounded fixpoint decided the claim (infinity: never), so that a
        reason relies only on claims decided before it and never goes in a circle."""
        if self._rounds is None:
            explanation = grounded_explanation(self.evaluation.flattening.framework)
            self._steps = {s.argument: s for s in explanation.steps}
            self._rounds = {}
        known = self._rounds.get(claim_id)
        if known is not None:
            return known
        steps = [self._steps.get(a) for a in self.evaluation.flattening.arguments_of[claim_id]]
        ins = [s.round for s in steps if s is not None and s.label is Label.IN]
        if ins:
            value: float = min(ins)
        elif all(s is not None and s.label is Label.OUT for s in steps):
            value = max((s.round for s in steps if s is not None), default=0)
        else:
            value = math.inf
        self._rounds[claim_id] = value
        return value

    # -- one claim ---------------------------------------------------------------------

    def reason(self, claim_id: str) -> tuple[str, list[str]]:
        """The sentence for one claim, and the claims its reason relies on (explained next)."""
        word = self.word(claim_id)
        attacks = list(self.attacks_on(claim_id).values())
        graded = [(attack, self.attack_word(attack)) for attack in attacks]
        inferences = self.inferences_into.get(claim_id, [])
        supports = [(i, *self.support_word(i)) for i in inferences]
        blocked = self.blocked.get(claim_id, [])
        outranked = self.outranked.get(claim_id, [])
        head = f"{claim_id} {_VERB[word]}"
        if word == "falls":
            winning = sorted(
                (a for a, w in graded if w == "stands"), key=lambda a: self.round(a.attacker)
            )
            own = self.round(claim_id)
            all_fall = bool(inferences) and all(w == "falls" for _, w, _, _ in supports)
            if winning and (self.round(winning[0].attacker) < own or not all_fall):
                attack = winning[0]
                return (
                    f"{head}: {self.attack_phrase(attack)}, and {attack.attacker} stands.",
                    [attack.attacker],
                )
            if all_fall:
                if len(supports) == 1:
                    _, _, why, follow = supports[0]
                    return f"{head}: it rests only on one support, and {why}.", follow
                return (
                    f"{head}: none of its supports holds ("
                    + "; ".join(why for _, _, why, _ in supports)
                    + ").",
                    [c for _, _, _, follow in supports for c in follow],
                )
            return (
                f"{head}: no coherent view of the debate that defends itself includes it "
                "(argmap explain --formal shows the admissible sets).",
                [a.attacker for a, w in graded if w != "falls"],
            )
        parts, follow = [], []
        if word == "stands":
            if supports:
                held = [(i, why, f) for i, w, why, f in supports if w == "stands"]
                if held:
                    held.sort(key=lambda h: max((self.round(p) for p in h[0].premises), default=0))
                    inference, premises, relied = held[0]
                    verb = "stands" if len(set(inference.premises)) == 1 else "stand"
                    parts.append(f"it rests on {premises}, which {verb}")
                    follow.extend(relied)
            if not attacks and not blocked and not outranked:
                parts.append("nothing attacks it")
            elif attacks:
                fails = []
                for attack, _ in graded[:MAX_LISTED_ATTACKS]:
                    attacker_word = self.word(attack.attacker)
                    if attacker_word == "falls":
                        fails.append(f"{self.attack_phrase(attack)}, but {attack.attacker} falls")
                        follow.append(attack.attacker)
                    else:
                        behind = [
                            c
                            for condition in attack.conditions
                            for r in condition
                            for c in self.undercut_word(r)[1]
                        ]
                        fails.append(
                            f"{self.attack_phrase(attack)}, but {_and(behind)} "
                            "cancels that attack and stands"
                        )
                        follow.extend(behind)
                more = len(graded) - MAX_LISTED_ATTACKS
                if more > 0:  # a large map's derived attacks: the first few say how
                    fails.append(f"and {plural(more, 'more attack')} on it, which fail too")
                parts.append("every attack on it fails: " + "; ".join(fails))
        else:  # undecided
            open_attacks = [a for a, w in graded if w == "undecided"]
            if open_attacks:
                phrases = "; ".join(self.attack_phrase(a) for a in open_attacks)
                names = [a.attacker for a in open_attacks]
                verb = "is" if len(set(names)) == 1 else "are"
                parts.append(
                    f"{phrases}, and {_and(names)} {verb} undecided too, so nothing settles it"
                )
                follow.extend(names)
            open_supports = [(i, why, f) for i, w, why, f in supports if w == "undecided"]
            if open_supports and not any(w == "stands" for _, w, _, _ in supports):
                inference, why, relied = open_supports[0]
                parts.append(
                    f"its best support, from {_and(inference.premises)}, is undecided ({why})"
                )
                follow.extend(relied)
            if self.evaluation.overlay(claim_id) == "credulous" and not parts:
                parts.append("it stands in some coherent views of the debate, not in all")
        for attacker in blocked:
            perspective = self.evaluation.perspective
            parts.append(
                f"{attacker}'s attack on it fails because {perspective} prefers {claim_id}"
            )
        parts.extend(outranked)
        text = f"{head}: " + "; ".join(parts) + "." if parts else f"{head}."
        return text, follow


def _and(items: Iterable[str]) -> str:
    listed = list(dict.fromkeys(items))
    if len(listed) <= 2:
        return " and ".join(listed)
    return ", ".join(listed[:-1]) + " and " + listed[-1]


def explain_plainly(
    evaluation: Evaluation, claim_id: str, *, note: str | None = None
) -> PlainExplanation:
    """Explain a claim's status in plain words (see the module's docstring). ``note`` is
    a line to add under the status (:func:`reading_note` makes one)."""
    debate = evaluation.debate
    debate.claim(claim_id)
    reasoner = _Reasoner(evaluation)
    reasons: list[tuple[str, str]] = []
    relies_on: list[tuple[str, tuple[str, ...]]] = []
    known = set(debate.claim_ids)
    queue = deque([claim_id])
    seen = {claim_id}
    while queue:
        current = queue.popleft()
        sentence, follow = reasoner.reason(current)
        reasons.append((current, sentence))
        relies_on.append((current, tuple(dict.fromkeys(f for f in follow if f in known))))
        for other in follow:
            if other not in seen and other in known:
                seen.add(other)
                queue.append(other)
    named = set(seen)
    for _, sentence in reasons:  # the claims the sentences name: one pass over their words
        for token in _TOKEN.findall(sentence):
            if token in known or token.rstrip(".") in known:
                named.add(token if token in known else token.rstrip("."))
    claims = tuple(c for c in debate.claim_ids if c in named)
    order = (claim_id, *(c for c in claims if c != claim_id))
    texts = tuple((c, debate.claim(c).text) for c in order)
    holders = tuple(
        (c, ", ".join(debate.actor(a).name for a in debate.claim(c).actors)) for c in order
    )
    return PlainExplanation(
        claim_id,
        plain_status(evaluation, claim_id),
        _sentence_status(evaluation, claim_id),
        tuple(reasons),
        claims,
        texts,
        note,
        holders,
        tuple(relies_on),
    )


def reading_note(evaluation: Evaluation, *, formal: bool = False) -> str | None:
    """One line when reading the supports another way changes a thesis's verdict (same
    semantics, same perspective and audience), else None. Plain by default; ``formal`` names the
    readings and statuses.

    >>> from argmap.debate import Debate, evaluate
    >>> nixon = Debate.load("maps/nixon-diamond.argmap.toml")
    >>> reading_note(evaluate(nixon, "grounded")) is None  # no thesis in this map
    True
    """
    debate = evaluation.debate
    theses = [c.id for c in debate.theses]
    # Without supports or linked arguments every reading flattens the map into the same
    # framework (tests/test_readings_without_inferences.py), so no verdict can differ.
    if not theses or not debate.inferences:
        return None
    others: dict[str, dict[str, str]] = {}
    for reading in SupportReading:
        if reading is evaluation.reading:
            continue
        other = evaluate_debate(
            debate, evaluation.semantics, reading, evaluation.perspective, evaluation.audience
        )
        others[reading.value] = {t: other.overlay(t) for t in theses}
    here = {t: evaluation.overlay(t) for t in theses}
    return note_from_words(theses, here, others, evaluation.reading.value, formal=formal)


def note_from_words(
    theses: Iterable[str],
    here: dict[str, str],
    others: dict[str, dict[str, str]],
    reading: str,
    *,
    formal: bool = False,
) -> str | None:
    """The line :func:`reading_note` writes, from the theses' words
    (:meth:`Evaluation.overlay`'s) under the current reading (``here``) and under each other
    reading (``others``, by reading name): for a caller that has the words already, such
    as the explorer page, which carries every reading's.

    >>> note_from_words(["ban"], {"ban": "accepted"}, {"necessary": {"ban": "rejected"}},
    ...                 "evidential")
    'Note: how the supports are read changes a verdict: ban falls if supports are read otherwise.'
    """
    changes: list[str] = []
    theses = list(theses)
    for name, words in others.items():
        if name == reading:
            continue
        for thesis in theses:
            now, then = here.get(thesis), words.get(thesis)
            if now is None or then is None:  # not computed there
                continue
            if PLAIN_WORDS[now] != PLAIN_WORDS[then] or (formal and now != then):
                if formal:
                    changes.append(f"{thesis} is {then} under the {name} reading")
                else:
                    verb = _VERB[PLAIN_WORDS[then]]
                    changes.append(f"{thesis} {verb} if supports are read otherwise")
    if not changes:
        return None
    unique = list(dict.fromkeys(changes))
    if formal:
        return (
            f"Note: the support reading changes a verdict ({reading} here): "
            + "; ".join(unique)
            + "."
        )
    return "Note: how the supports are read changes a verdict: " + "; ".join(unique) + "."


def plain_table(evaluation: Evaluation, width: int = 60) -> str:
    """Every claim's status in plain words, as a text table (``argmap evaluate`` without
    ``--formal``): claim, stance, kind, status (stands, falls or undecided) and text cut to
    ``width`` characters.

    >>> from argmap.debate import Debate, evaluate
    >>> smoke = Debate.load("maps/smoking-ban.argmap.toml")
    >>> print(plain_table(evaluate(smoke, "grounded"), width=30).splitlines()[6])
    trade         con     objection  falls   Bars will lose customers and…
    """
    header = ["claim", "stance", "kind", "status", "text"]
    body = [
        [
            c.id,
            c.stance.value,
            c.kind.value,
            plain_status(evaluation, c.id),
            shorten(c.text, width),
        ]
        for c in evaluation.debate.claims
    ]
    sizes = [max(len(r[i]) for r in [header, *body]) for i in range(len(header) - 1)]
    lines = []
    for r in [header, *body]:
        cells = [r[i].ljust(sizes[i]) for i in range(len(sizes))]
        lines.append("  ".join([*cells, r[-1]]).rstrip())
    if not evaluation.extensions:
        lines.append("(no coherent view of the debate exists under these rules: every claim falls)")
    return "\n".join(lines)


def plain_verdict(evaluation: Evaluation) -> str:
    """Each thesis's status and each actor's claims in plain words (what ``argmap
    evaluate`` ends with unless ``--formal``).

    >>> from argmap.debate import Debate, evaluate
    >>> print(plain_verdict(evaluate(Debate.load("maps/smoking-ban.argmap.toml"), "grounded")))
    ban (pro) stands.
    """
    debate = evaluation.debate
    lines = [
        f"{c.id} ({c.stance.value}) {_VERB[plain_status(evaluation, c.id)]}." for c in debate.theses
    ]
    for actor in debate.actors:
        held = [c.id for c in debate.claims_held_by(actor.id)]
        if not held:
            continue
        words = [plain_status(evaluation, c) for c in held]
        counts = {w: words.count(w) for w in ("stands", "undecided", "falls")}
        lines.append(
            f"{actor.id}: of {plural(len(held), 'claim')} held, "
            f"{counts['stands']} {'stands' if counts['stands'] == 1 else 'stand'}, "
            f"{counts['undecided']} undecided, "
            f"{counts['falls']} {'falls' if counts['falls'] == 1 else 'fall'}"
        )
    return "\n".join(lines)


def attackers_that_win(evaluation: Evaluation, claim_id: str) -> tuple[str, ...]:
    """The claims whose attack on ``claim_id`` goes through: the attacker stands and no
    standing undercut cancels the attack (drawn or derived by the support reading), in
    debate order.

    >>> from argmap.debate import Debate, evaluate
    >>> smoke = Debate.load("maps/smoking-ban.argmap.toml")
    >>> attackers_that_win(evaluate(smoke, "grounded"), "trade")
    ('revenue',)
    """
    evaluation.debate.claim(claim_id)
    reasoner = _Reasoner(evaluation)
    attacks = reasoner.attacks_on(claim_id).values()
    winners = {a.attacker for a in attacks if reasoner.attack_word(a) == "stands"}
    return tuple(c for c in evaluation.debate.claim_ids if c in winners)


def attackers_of(evaluation: Evaluation, claim_id: str) -> tuple[str, ...]:
    """Every claim that attacks ``claim_id`` under the evaluation's reading (drawn or
    derived), in debate order."""
    evaluation.debate.claim(claim_id)
    found = {a.attacker for a in evaluation.flattening.attacks_on(claim_id)}
    return tuple(c for c in evaluation.debate.claim_ids if c in found)


def plain_reasons(evaluation: Evaluation) -> dict[str, str]:
    """Each claim's own reason, one sentence (what :func:`explain_plainly` says first),
    for every claim at once: one index of the map, then constant work per relation, so the
    explorer page can carry them all (following each reason to its claims is a click).

    >>> from argmap.debate import Debate, evaluate
    >>> smoke = Debate.load("maps/smoking-ban.argmap.toml")
    >>> plain_reasons(evaluate(smoke, "grounded"))["trade"]
    'trade falls: revenue attacks it, and revenue stands.'
    """
    reasoner = _Reasoner(evaluation)
    reasons = {}
    for claim_id in evaluation.debate.claim_ids:
        reasoner.told = {}  # each sentence tells its derived attacks in full
        reasons[claim_id] = reasoner.reason(claim_id)[0]
    return reasons
