"""Why a claim of a debate stands or falls, in the claims' own words.

The debate is flattened under the support reading and explained on that framework; the
text names claims by id (listing their texts and holders at the end), writes an evidential
chain as ``C21 (through C06 → C21)``, says what each meta-argument of an undercut means, and
adds, for every attack the support reading derived, the support chain that produced it.

>>> from argmap.debate import Debate
>>> nixon = Debate.load("maps/nixon-diamond.argmap.toml")
>>> print(explain_claim(nixon, "pacifist", "preferred").text())  # doctest: +ELLIPSIS
pacifist: "Nixon is a pacifist, as Quakers normally are."
Status under preferred semantics (evidential reading of supports): credulous (grounded label UNDEC).
<BLANKLINE>
Grounded reasoning:
pacifist (through quaker → pacifist) is UNDEC: ...
<BLANKLINE>
In some extension:
pacifist (through quaker → pacifist) is in the admissible set {...}, which is in a preferred ...
...
"""

from __future__ import annotations

import html
from collections.abc import Hashable

import attrs

from argmap._text import plural, shorten
from argmap.debate import MAX_EXTENSIONS, Debate, DerivedAttack, Evaluation, Flattening, Status
from argmap.debate import evaluate as evaluate_debate
from argmap.explain.acceptance import (
    CONTAIN_GROUNDED,
    CredulousExplanation,
    GroundedExplanation,
    explain_credulous,
    grounded_explanation,
)
from argmap.explain.arguments import ArgumentsExplanation, explain_arguments
from argmap.explain.failures import failed_attacks_on
from argmap.explain.plain import PlainExplanation, explain_plainly
from argmap.semantics import Label, Semantics

__all__ = [
    "ClaimExplanation",
    "explain_claim",
    "grounded_claim_decisions",
    "grounded_claim_rounds",
]


def _short(text: str, width: int = 90) -> str:
    return shorten(text, width)


@attrs.frozen
class ClaimExplanation:
    """The explanation of one claim's status; :meth:`text` gives it in plain English.

    ``claims`` are the ids of every claim the explanation mentions (what a highlighted
    diagram shows); ``derived`` the attacks between them that the support reading derived.
    """

    claim_id: str
    evaluation: Evaluation
    grounded: GroundedExplanation
    credulous: CredulousExplanation | None
    skeptical_reason: str | None
    counter_extension: frozenset[str] | None
    arguments: tuple[str, ...]
    mentioned: tuple[Hashable, ...]
    derived: tuple[DerivedAttack, ...]
    by_arguments: ArgumentsExplanation | None = None
    """The claim's status told by its arguments (see :func:`explain_arguments`)."""
    #: The argument the text follows, picked once (the text names arguments thousands of
    #: times on a long chain; picking it each time made explanations quadratic).
    _main: str = attrs.field(init=False, repr=False, eq=False, default="")

    def __attrs_post_init__(self) -> None:
        if self.arguments:
            object.__setattr__(self, "_main", _pick_main(self.arguments, self.grounded))

    @property
    def debate(self) -> Debate:
        """The debate explained."""
        return self.evaluation.debate

    @property
    def status(self) -> Status:
        """The claim's status."""
        return self.evaluation.status(self.claim_id)

    @property
    def claims(self) -> tuple[str, ...]:
        """Every claim the explanation mentions, in debate order."""
        meant = {self.claim_id}
        for argument in self.mentioned:
            meant.update(self._claims_of(argument))
        if self.by_arguments is not None:
            meant.update(self.by_arguments.claims)
        return tuple(c for c in self.debate.claim_ids if c in meant)

    def _claims_of(self, argument: Hashable) -> set[str]:
        flat = self.evaluation.flattening
        parts = flat.claims_in(argument)
        if self.arguments and argument != self._main_argument():
            parts = parts[:1]  # named by its claim alone
        return set(parts)

    def name(self, argument: Hashable) -> str:
        """How the text names a framework argument: a claim by its id; the argument
        explained with its support chain; other meta-arguments by what they mean."""
        return _namer(self.evaluation, self._main_argument() if self.arguments else None)(argument)

    def text(self) -> str:
        """The whole explanation."""
        debate, result = self.debate, self.evaluation
        claim = debate.claim(self.claim_id)
        lines = [f'{claim.id}: "{claim.text}"']
        if claim.actors:
            lines.append("Held by: " + ", ".join(debate.actor(a).name for a in claim.actors) + ".")
        perspective = f", as {result.perspective} sees it" if result.perspective else ""
        lines.append(
            f"Status under {result.semantics.title} semantics ({result.reading.value} reading "
            f"of supports){perspective}: {self.status.value} "
            f"(grounded label {result.grounded_label(self.claim_id).name})."
        )
        if result.audience is not None:
            lines.append(f"For {result.audience.name}, ranking {result.audience.ranking}.")
        lines.append("")
        failing = failed_attacks_on(result, self.claim_id)
        if failing:
            lines.append("Attacks on it that do not count here:")
            lines.extend(f"- {sentence}" for sentence in failing)
            lines.append("")
        if self.by_arguments is not None and self.by_arguments.sentences:
            lines.append("By its arguments:")
            lines.extend(self.by_arguments.sentences)
            lines.append("")
        if not self.arguments:
            supporters = [r.source for r in debate.supports if r.target == claim.id]
            supporters += [a.id for a in debate.arguments_for(claim.id)]
            lines.append(
                f"{claim.id} has supporters ({', '.join(supporters)}) but no chain of supports "
                "from a claim that stands on its own (one with no supporters), so under the "
                "evidential reading it has no argument at all and is rejected."
            )
        else:
            main = self._main_argument()
            if len(self.arguments) > 1:
                labels = [self.grounded.label(a) for a in self.arguments]
                counts = ", ".join(
                    f"{labels.count(label)} {label.name}" for label in Label if labels.count(label)
                )
                lines.append(
                    f"Under the evidential reading {claim.id} stands on {len(self.arguments)} "
                    f"support chains from claims without supporters ({counts}); the reasoning "
                    "below follows one of them."
                )
            lines.append("Grounded reasoning:")
            lines.append(self.grounded.text_for(main, self.name))
            if result.semantics is not Semantics.GROUNDED and self.credulous is not None:
                lines.append("")
                lines.append(
                    "In some extension:" if self.credulous.accepted else "In no extension:"
                )
                if self.credulous.method == "grounded labelling":  # the rounds are shown above
                    first = self.credulous.reason.split("\n")[0].rstrip(":")
                    lines.append(f"{first} (the rounds above show why).")
                else:
                    lines.append(self.credulous.text(self.name))
            if self.skeptical_reason:
                lines.append("")
                lines.append("In every extension?")
                lines.append(self.skeptical_reason)
        if self.arguments and "<" in str(self._main_argument()):
            lines.append("")
            lines.append(
                f"({self.claim_id} (through A → B → {self.claim_id}) is the claim with the chain "
                "of supports that gives it evidence; an attack on any claim of the chain "
                "attacks it. Other claims are named by id alone.)"
            )
        if self.derived:
            lines.append("")
            lines.append("Attacks derived by the support reading:")
            lines.extend(f"- {d.explain()}" for d in self.derived)
        others = [c for c in self.claims if c != claim.id]
        if others:
            lines.append("")
            lines.append("Claims named above:")
            for other in others:
                c = debate.claim(other)
                holders = (
                    f" ({', '.join(debate.actor(a).name for a in c.actors)})" if c.actors else ""
                )
                lines.append(f'- {c.id}: "{_short(c.text)}"{holders}')
        return "\n".join(lines)

    def _main_argument(self) -> str:
        return self._main

    def __repr__(self) -> str:
        """Short: the whole evaluation is one attribute, so the generated repr ran to
        tens of kilobytes in a notebook."""
        result = self.evaluation
        return (
            f"<ClaimExplanation {self.claim_id}: {self.status.value} under "
            f"{result.semantics.title} semantics, {result.reading.value} reading; "
            f"{len(self.claims)} claims named>"
        )

    def __str__(self) -> str:
        return self.text()

    def plain(self) -> PlainExplanation:
        """The same claim explained in plain words (:func:`explain_plainly`)."""
        return explain_plainly(self.evaluation, self.claim_id)

    def _repr_html_(self) -> str:
        """Jupyter display: the plain explanation, with the formal one folded below."""
        formal = html.escape(self.text())
        return (
            f"{self.plain()._repr_html_()}<details><summary>formal explanation</summary>"
            f"<pre>{formal}</pre></details>"
        )


def _pick_main(arguments: tuple[str, ...], grounded: GroundedExplanation) -> str:
    """The argument an explanation follows: an IN one, else an undecided one, else the first."""
    for wanted in (Label.IN, Label.UNDEC):
        for argument in arguments:
            if grounded.label(argument) is wanted:
                return argument
    return arguments[0]


def _namer(result: Evaluation, main: Hashable | None = None):
    flat = result.flattening

    def name(argument: Hashable) -> str:
        if isinstance(argument, str) and argument in flat.meta:
            return f"[{flat.meta[argument]}]"
        parts = str(argument).split("<")
        if len(parts) == 1 or argument != main:
            return parts[0]
        if any(mark in str(argument) for mark in "&#"):  # a tree with a linked argument
            return f"{parts[0]} (through the support tree {argument})"
        return f"{parts[0]} (through {' → '.join(reversed(parts))})"

    return name


def explain_claim(
    debate: Debate,
    claim_id: str,
    semantics: Semantics | str = "grounded",
    support: str = "evidential",
    perspective: str | None = None,
    evaluation: Evaluation | None = None,
) -> ClaimExplanation:
    """Explain one claim's status under a semantics and support reading."""
    debate.claim(claim_id)
    result = evaluation or evaluate_debate(debate, semantics, support, perspective)
    flat = result.flattening
    af = flat.framework
    arguments = flat.arguments_of[claim_id]
    grounded = grounded_explanation(af)
    mentioned: list[Hashable] = []
    credulous = None
    skeptical_reason = None
    counter = None
    if arguments:
        main = _pick_main(arguments, grounded)
        mentioned.extend(s.argument for s in grounded.steps_for(main))
        if grounded.label(main) is Label.UNDEC:
            mentioned.extend(a for a in af.attackers(main) if grounded.label(a) is Label.UNDEC)
        if result.semantics is not Semantics.GROUNDED:
            for argument in arguments:
                credulous = explain_credulous(af, argument, result.semantics, _namer(result, main))
                if credulous.accepted:
                    break
            if credulous is not None and credulous.admissible_set:
                mentioned.extend(credulous.admissible_set)
                mentioned.extend(d.attacker for d in credulous.defences)
            skeptical_reason, counter = _skeptical(result, claim_id, grounded, arguments)
    names = {c for a in mentioned for c in flat.claims_in(a)} | {claim_id}
    # a compact flattening lists only its direct attacks, and is used for maps whose
    # derived attacks number about the square of their claims: the explanation lists those
    # on and by the claim itself, not every one among the claims it mentions
    candidates = flat.attacks
    if flat.compact:
        candidates = flat.attacks_on(claim_id) + flat.attacks_by(claim_id)
    derived = tuple(
        d for d in candidates if d.kind != "direct" and d.attacker in names and d.target in names
    )
    return ClaimExplanation(
        claim_id, result, grounded, credulous, skeptical_reason, counter, arguments,
        tuple(dict.fromkeys(mentioned)), derived, explain_arguments(result, claim_id),
    )  # fmt: skip


def _skeptical(
    result: Evaluation, claim_id: str, grounded: GroundedExplanation, arguments: tuple[str, ...]
) -> tuple[str, frozenset[str] | None]:
    sem = result.semantics
    if result.status(claim_id) is Status.ACCEPTED:
        if sem in CONTAIN_GROUNDED and any(grounded.label(a) is Label.IN for a in arguments):
            return (
                f"Yes: {claim_id} is in the grounded extension, which every {sem.title} extension "
                "contains.",
                None,
            )
        count = len(result.extensions)
        if count == 1 and not result.more_extensions:
            return f"Yes: {claim_id} is in the only {sem.title} extension.", None
        many = f"more than {MAX_EXTENSIONS:,}" if result.more_extensions else str(count)
        return f"Yes: {claim_id} is in each of the {many} {sem.title} extensions.", None
    counter = result.extension_without(claim_id)
    if counter is None:
        return f"No: there is no {sem.title} extension at all.", None
    members = [c for c in result.debate.claim_ids if c in counter]
    if len(members) <= 12:
        shown = "{" + ", ".join(members) + "}"
    else:
        attackers = sorted({d.attacker for d in result.flattening.attacks_on(claim_id)} & counter)
        verb = "attacks" if len(attackers) == 1 else "attack"
        among = f", among them {', '.join(attackers)}, which {verb} {claim_id}" if attackers else ""
        shown = f"of {plural(len(members), 'claim')}{among},"
    return f"No: the {sem.title} extension {shown} does not contain {claim_id}.", counter


def grounded_claim_decisions(
    flattening: Flattening,
) -> tuple[dict[str, tuple[int, str] | None], int]:
    """The round each claim is decided in by the grounded fixpoint, with the word
    (``accepted`` or ``rejected``), or None for a claim that stays undecided; and the
    number of rounds. A claim is accepted once one of its arguments is IN, rejected once
    all of them are OUT (a claim with no argument, under the evidential reading, is
    rejected from the start, in round 0). The compact form of
    :func:`grounded_claim_rounds`, whose states number the rounds times the claims.

    >>> from argmap.debate import DebateBuilder, flatten
    >>> b = DebateBuilder("Q?")
    >>> for c in "abc": _ = b.claim(c, c.upper())
    >>> _ = b.attacks("a", "b"); _ = b.attacks("b", "c")
    >>> grounded_claim_decisions(flatten(b.build()))
    ({'a': (1, 'accepted'), 'b': (1, 'rejected'), 'c': (2, 'accepted')}, 2)
    """
    explanation = grounded_explanation(flattening.framework)
    reached = {s.argument: (s.round, s.label) for s in explanation.steps}
    # the round each claim is decided in, found once per claim
    decided: dict[str, tuple[int, str] | None] = {}
    for claim_id, arguments in flattening.arguments_of.items():
        marks = [reached.get(a) for a in arguments]
        accepted = [m[0] for m in marks if m and m[1] is Label.IN]
        if accepted:
            decided[claim_id] = (min(accepted), "accepted")
        elif all(m and m[1] is Label.OUT for m in marks):
            decided[claim_id] = (max((m[0] for m in marks if m), default=0), "rejected")
        else:
            decided[claim_id] = None
    return decided, explanation.rounds


def grounded_claim_rounds(flattening: Flattening) -> list[dict[str, str | None]]:
    """The grounded fixpoint claim by claim: one dict per state, claim id to ``accepted``,
    ``rejected`` or ``None`` (not yet decided). State 0 is before round 1; state k after
    round k; when claims stay undecided a last state marks them ``undecided``. A claim is
    accepted once one of its arguments is IN, rejected once all of them are OUT (a claim
    with no argument, under the evidential reading, is rejected from the start). The
    states take memory of the rounds times the claims (a chain of n claims: n^2);
    :func:`grounded_claim_decisions` gives the same in memory linear in the claims."""
    decided, rounds = grounded_claim_decisions(flattening)
    states: list[dict[str, str | None]] = []
    for upto in range(rounds + 1):
        states.append(
            {c: (d[1] if d is not None and d[0] <= upto else None) for c, d in decided.items()}
        )
    if any(v is None for v in states[-1].values()):
        states.append({c: (v or "undecided") for c, v in states[-1].items()})
    return states
