"""Which claims of a debate stand: statuses under a semantics and a support reading.

A claim is *accepted* when it is in every extension (skeptical acceptance), *credulous*
when it is in some but not all, and *rejected* when it is in none. When a semantics has no
extension at all (stable semantics can have none) every claim counts as rejected and
:attr:`Evaluation.extensions` is empty. Each claim also gets its grounded label (IN, OUT
or UNDEC), the most cautious verdict.

>>> from argmap.debate import DebateBuilder
>>> b = DebateBuilder("Ban it?")
>>> _ = b.claim("ban", "Ban it.", stance="pro", kind="thesis")
>>> _ = b.claim("keep", "Keep it.", stance="con", kind="thesis")
>>> _ = b.attacks("ban", "keep")
>>> _ = b.attacks("keep", "ban")
>>> result = b.build().evaluate("preferred")
>>> result.status("ban").value, result.grounded_label("ban").name
('credulous', 'UNDEC')
>>> print(result.table())
claim  stance  kind    status     grounded  text
ban    pro     thesis  credulous  UNDEC     Ban it.
keep   con     thesis  credulous  UNDEC     Keep it.
"""

from __future__ import annotations

import enum
from collections.abc import Hashable, Iterable
from typing import Any

import attrs

from argmap._text import plural, shorten
from argmap.debate.model import Audience, Claim, Debate
from argmap.debate.readings import DerivedAttack, Flattening, SupportReading, flatten
from argmap.debate.values import FailedAttack, defeat_debate, failed_attacks
from argmap.errors import ArgmapError
from argmap.framework import ArgumentFramework
from argmap.semantics import Label, Semantics, extensions, grounded_labelling

__all__ = [
    "MAX_EXTENSIONS",
    "ActorPosition",
    "Evaluation",
    "Status",
    "Verdict",
    "evaluate",
    "evaluate_flattening",
]

#: Evaluation lists the extensions to count each claim's; past this many it stops with an
#: error (a debate with so many is better asked one claim at a time, with the engine's
#: credulous_acceptance and skeptical_acceptance on ``result.framework``).
MAX_EXTENSIONS = 10_000


class Status(enum.Enum):
    """Where a claim ends up under a semantics."""

    ACCEPTED = "accepted"
    """In every extension (and there is at least one): skeptically accepted."""
    CREDULOUS = "credulous"
    """In some extensions but not all: credulously accepted."""
    REJECTED = "rejected"
    """In no extension."""


@attrs.frozen
class ActorPosition:
    """How an actor's claims fare: the ids of those it holds, by status."""

    actor: str
    name: str
    accepted: tuple[str, ...]
    credulous: tuple[str, ...]
    rejected: tuple[str, ...]

    @property
    def summary(self) -> str:
        """E.g. ``"3 of 5 claims accepted, 1 credulous, 1 rejected"``."""
        total = len(self.accepted) + len(self.credulous) + len(self.rejected)
        return (
            f"{len(self.accepted)} of {plural(total, 'claim')} accepted, "
            f"{len(self.credulous)} credulous, {len(self.rejected)} rejected"
        )


@attrs.frozen
class Verdict:
    """The outcome of a debate: each thesis's status, and each actor's position."""

    theses: tuple[tuple[Claim, Status, Label], ...]
    actors: tuple[ActorPosition, ...]

    def __str__(self) -> str:
        lines = []
        for claim, status, label in self.theses:
            lines.append(
                f"{claim.id} ({claim.stance.value}): {status.value}, grounded {label.name}"
            )
        for position in self.actors:
            lines.append(f"{position.actor}: {position.summary}")
        return "\n".join(lines)


@attrs.frozen
class Evaluation:
    """The result of evaluating a debate; read it with :meth:`status` and :meth:`table`.

    ``extensions`` are sets of claim ids (meta-arguments dropped; the same claim set twice
    counted once), in the engine's deterministic order.
    """

    debate: Debate
    semantics: Semantics
    flattening: Flattening
    extensions: tuple[frozenset[str], ...]
    grounded: dict[str, Label]
    perspective: str | None = None
    #: Each argument's status (see :meth:`argument_status`).
    argument_statuses: dict[str, Status] = attrs.field(factory=dict)
    #: Each argument's grounded label (see :meth:`argument_grounded_label`).
    argument_grounded: dict[str, Label] = attrs.field(factory=dict)
    #: The audience whose ranking of values was applied, if any (``docs/values.md``).
    audience: Audience | None = None
    #: The attacks and undercuts that fail for that audience, with the reason; the
    #: flattening was built without them.
    failed_attacks: tuple[FailedAttack, ...] = ()
    _statuses: dict[str, Status] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        statuses = {}
        count = len(self.extensions)
        for claim_id in self.debate.claim_ids:
            hits = sum(1 for e in self.extensions if claim_id in e)
            if count and hits == count:
                statuses[claim_id] = Status.ACCEPTED
            elif hits:
                statuses[claim_id] = Status.CREDULOUS
            else:
                statuses[claim_id] = Status.REJECTED
        object.__setattr__(self, "_statuses", statuses)

    @property
    def reading(self) -> SupportReading:
        """The support reading used."""
        return self.flattening.reading

    @property
    def framework(self) -> ArgumentFramework:
        """The flattened :class:`~argmap.framework.ArgumentFramework`."""
        return self.flattening.framework

    def status(self, claim_id: str) -> Status:
        """The claim's status: accepted, credulous or rejected."""
        self.debate.claim(claim_id)
        return self._statuses[claim_id]

    def argument_status(self, argument_id: str) -> Status:
        """Whether an argument stands: accepted when it stands in every extension,
        credulous in some, rejected in none.

        An argument stands in an extension when its premises and its conclusion are in it,
        no claim that undercuts it is, and the framework arguments the reading makes for it
        are: under the evidential reading one of the support trees whose last step it is,
        under the deductive reading a linked argument's conjunction node.

        >>> from argmap.debate import DebateBuilder
        >>> b = DebateBuilder("Q?")
        >>> for c in ("scans", "mass", "ban", "doubt"): _ = b.claim(c, c)
        >>> _ = b.argument("A1", ["scans", "mass"], "ban")
        >>> _ = b.attacks("doubt", "mass")
        >>> result = b.build().evaluate("grounded")
        >>> result.argument_status("A1").value, result.status("ban").value
        ('rejected', 'rejected')
        """
        self.debate.argument(argument_id)
        return self.argument_statuses[argument_id]

    def argument_grounded_label(self, argument_id: str) -> Label:
        """The argument's grounded label: IN when it stands in the grounded extension; OUT
        when a premise or its conclusion is OUT, a claim undercutting it is IN, or the
        framework arguments the reading makes for it are all OUT (under the evidential
        reading, also when no support tree ends with it); UNDEC otherwise.

        >>> from argmap.debate import DebateBuilder
        >>> b = DebateBuilder("Q?")
        >>> for c in ("scans", "mass", "ban", "doubt"): _ = b.claim(c, c)
        >>> _ = b.argument("A1", ["scans", "mass"], "ban")
        >>> _ = b.attacks("doubt", "mass")
        >>> _ = b.attacks("mass", "doubt")
        >>> result = b.build().evaluate("grounded")
        >>> result.argument_grounded_label("A1").name, result.argument_status("A1").value
        ('UNDEC', 'rejected')
        """
        self.debate.argument(argument_id)
        return self.argument_grounded[argument_id]

    def argument_overlay(self, argument_id: str) -> str:
        """The word a picture shows for the argument, as :meth:`overlay` for a claim: under
        grounded semantics it follows the argument's grounded label, so an argument whose
        premise is undecided shows ``undecided``, not ``rejected``."""
        if self.semantics is Semantics.GROUNDED:
            label = self.argument_grounded_label(argument_id)
            return {Label.IN: "accepted", Label.OUT: "rejected"}.get(label, "undecided")
        return self.argument_status(argument_id).value

    def overlay(self, claim_id: str) -> str:
        """The word a picture shows for the claim: ``accepted``, ``credulous``, ``undecided``
        or ``rejected``. Under grounded semantics it follows the grounded label (IN, UNDEC,
        OUT), which tells undecided from rejected; otherwise the status.

        >>> from argmap.debate import DebateBuilder
        >>> b = DebateBuilder("Q?")
        >>> _ = b.claim("a", "A")
        >>> _ = b.attacks("a", "a")
        >>> b.build().evaluate("grounded").overlay("a")
        'undecided'
        """
        if self.semantics is Semantics.GROUNDED:
            label = self.grounded_label(claim_id)
            return {Label.IN: "accepted", Label.OUT: "rejected"}.get(label, "undecided")
        return self.status(claim_id).value

    def grounded_label(self, claim_id: str) -> Label:
        """The claim's grounded label: IN, OUT or UNDEC."""
        self.debate.claim(claim_id)
        return self.grounded[claim_id]

    def claims_with(self, status: Status | str) -> tuple[str, ...]:
        """The ids of the claims with this status, in debate order."""
        wanted = Status(status)
        return tuple(c for c in self.debate.claim_ids if self._statuses[c] is wanted)

    @property
    def accepted(self) -> tuple[str, ...]:
        """Claims in every extension."""
        return self.claims_with(Status.ACCEPTED)

    @property
    def credulous(self) -> tuple[str, ...]:
        """Claims in some extensions but not all."""
        return self.claims_with(Status.CREDULOUS)

    @property
    def rejected(self) -> tuple[str, ...]:
        """Claims in no extension."""
        return self.claims_with(Status.REJECTED)

    def attacks_on(self, claim_id: str) -> tuple[DerivedAttack, ...]:
        """The attacks on a claim under this reading, each with the chain that made it."""
        return self.flattening.attacks_on(claim_id)

    @property
    def verdict(self) -> Verdict:
        """The status of each thesis and each actor's position."""
        theses = tuple((c, self._statuses[c.id], self.grounded[c.id]) for c in self.debate.theses)
        positions = []
        for actor in self.debate.actors:
            held = [c.id for c in self.debate.claims_held_by(actor.id)]
            if not held:
                continue
            by = {s: tuple(c for c in held if self._statuses[c] is s) for s in Status}
            positions.append(
                ActorPosition(
                    actor.id,
                    actor.name,
                    by[Status.ACCEPTED],
                    by[Status.CREDULOUS],
                    by[Status.REJECTED],
                )
            )
        return Verdict(theses, tuple(positions))

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        """Jupyter display: the diagram as SVG, or a text summary when it cannot be drawn."""
        try:
            from argmap.render.notebook import mimebundle
        except ImportError:  # the graphviz package is missing: show text
            return {"text/plain": repr(self)}
        return mimebundle(self)

    def rows(self) -> list[dict[str, str]]:
        """One dict per claim: id, stance, kind, status, grounded label and text."""
        return [
            {
                "claim": c.id,
                "stance": c.stance.value,
                "kind": c.kind.value,
                "status": self._statuses[c.id].value,
                "grounded": self.grounded[c.id].name,
                "text": c.text,
            }
            for c in self.debate.claims
        ]

    def table(self, width: int = 60) -> str:
        """A plain-text table of every claim, texts cut to ``width`` characters."""
        header = ["claim", "stance", "kind", "status", "grounded", "text"]
        body = []
        for row in self.rows():
            text = shorten(row["text"], width)
            body.append(
                [row["claim"], row["stance"], row["kind"], row["status"], row["grounded"], text]
            )
        sizes = [max(len(r[i]) for r in [header, *body]) for i in range(len(header) - 1)]
        lines = []
        for r in [header, *body]:
            cells = [r[i].ljust(sizes[i]) for i in range(len(sizes))]
            lines.append("  ".join([*cells, r[-1]]).rstrip())
        if not self.extensions:
            lines.append(f"(no {self.semantics.title} extension: every claim counts as rejected)")
        return "\n".join(lines)


def evaluate(
    debate: Debate,
    semantics: Semantics | str = "preferred",
    support: SupportReading | str = "evidential",
    perspective: str | Iterable[str] | None = None,
    audience: str | Audience | None = None,
) -> Evaluation:
    """Evaluate a debate under a semantics and a support reading.

    ``audience`` (an audience id of the debate, or an :class:`~argmap.debate.Audience`)
    applies a ranking of values: the attacks that fail for it are removed before the
    reading and the semantics are applied (Bench-Capon 2003; :mod:`argmap.debate.values`).

    ``perspective`` is an actor id or an iterable of claim ids. An actor that holds one of
    the debate's audiences sees the debate through that ranking of values (unless
    ``audience`` names another). Otherwise the claims it holds or accepts are preferred: no
    claim outside them can defeat one inside (Amgoud and Cayrol 2002); so are the claim ids
    of an iterable.

    >>> from argmap.debate import DebateBuilder
    >>> b = DebateBuilder("Ban it?")
    >>> _ = b.actor("p", "Parliament")
    >>> _ = b.actor("s", "States")
    >>> _ = b.claim("ban", "Ban it.", stance="pro", kind="thesis", actors=["p"])
    >>> _ = b.claim("keep", "Keep it.", stance="con", kind="thesis", actors=["s"])
    >>> _ = b.attacks("ban", "keep")
    >>> _ = b.attacks("keep", "ban")
    >>> d = b.build()
    >>> evaluate(d, "grounded", perspective="p").accepted
    ('ban',)
    >>> evaluate(d, "grounded", perspective="s").accepted
    ('keep',)
    """
    sem = Semantics.parse(semantics)
    ranking = debate.audience(audience) if isinstance(audience, str) else audience
    protected: tuple[str, ...] = ()
    label = None
    if isinstance(perspective, str):
        label = perspective
        held = debate.audience_of(perspective)
        if held is None:
            protected = debate.viewpoint_of(perspective)
        elif ranking is None:
            ranking = held
    elif perspective is not None:
        protected = tuple(perspective)
        label = ",".join(protected)
    if ranking is None:
        return evaluate_flattening(flatten(debate, support, protected), sem, label)
    weighed = defeat_debate(debate, ranking)
    result = evaluate_flattening(flatten(weighed, support, protected), sem, label)
    return attrs.evolve(
        result, debate=debate, audience=ranking, failed_attacks=failed_attacks(debate, ranking)
    )


def evaluate_flattening(
    flattening: Flattening, semantics: Semantics | str = "preferred", perspective: str | None = None
) -> Evaluation:
    """Evaluate a debate already flattened under a reading (:func:`flatten`), so that one
    flattening serves several semantics; ``perspective`` only names the view in the result
    (the flattening already holds its protected claims). :func:`evaluate` is this after
    flattening.

    >>> from argmap.debate import Debate, flatten
    >>> nixon = Debate.load("maps/nixon-diamond.argmap.toml")
    >>> flat = flatten(nixon, "evidential")
    >>> [evaluate_flattening(flat, s).accepted for s in ("grounded", "stable")]
    [('quaker', 'republican'), ('quaker', 'republican')]
    """
    sem = Semantics.parse(semantics)
    debate, flat = flattening.debate, flattening
    flat.require_exact(sem)
    claim_of: dict[Hashable, str] = {
        arg: claim for claim, args in flat.arguments_of.items() for arg in args
    }

    found: list[frozenset[str]] = []
    seen: set[frozenset[str]] = set()
    standing = {a.id: 0 for a in debate.arguments}
    count = 0
    for count, extension in enumerate(extensions(flat.framework, sem), start=1):
        if count > MAX_EXTENSIONS:
            raise ArgmapError(
                f"the debate has more than {MAX_EXTENSIONS} {sem.title} extensions; ask about "
                "single claims with argmap.credulous_acceptance / skeptical_acceptance on "
                "flatten(debate, reading).framework, or choose a semantics with one extension "
                "(grounded, ideal, eager)"
            )
        claims = frozenset(claim_of[a] for a in extension if a in claim_of)
        if claims not in seen:
            seen.add(claims)
            found.append(claims)
        if standing:
            for argument_id in _standing(debate, flat, extension, claims):
                standing[argument_id] += 1
    argument_statuses = {
        a: Status.ACCEPTED
        if count and hits == count
        else Status.CREDULOUS
        if hits
        else Status.REJECTED
        for a, hits in standing.items()
    }

    labelling = grounded_labelling(flat.framework)
    grounded: dict[str, Label] = {}
    for claim_id, args in flat.arguments_of.items():
        labels = [labelling.label(a) for a in args]
        if Label.IN in labels:
            grounded[claim_id] = Label.IN
        elif all(x is Label.OUT for x in labels):
            grounded[claim_id] = Label.OUT
        else:
            grounded[claim_id] = Label.UNDEC
    argument_grounded = _argument_labels(debate, flat, labelling, grounded)
    return Evaluation(
        debate,
        sem,
        flat,
        tuple(found),
        grounded,
        perspective,
        argument_statuses,
        argument_grounded,
    )


def _argument_labels(
    debate: Debate, flat: Flattening, labelling: Any, grounded: dict[str, Label]
) -> dict[str, Label]:
    """Each argument's grounded label (see :meth:`Evaluation.argument_grounded_label`)."""
    if not debate.arguments:
        return {}
    extension = frozenset(a for a in flat.framework.arguments if labelling.label(a) is Label.IN)
    claims = frozenset(c for c, label in grounded.items() if label is Label.IN)
    standing = set(_standing(debate, flat, extension, claims))
    undercutters: dict[str, set[str]] = {}
    for undercut in debate.undercuts:
        undercutters.setdefault(undercut.target, set()).add(undercut.source)
    labels: dict[str, Label] = {}
    for argument in debate.arguments:
        if argument.id in standing:
            labels[argument.id] = Label.IN
            continue
        parts = [grounded[p] for p in argument.premises] + [grounded[argument.conclusion]]
        nodes = flat.inference_nodes.get(argument.id, ())
        needs_node = flat.reading is SupportReading.EVIDENTIAL or (
            flat.reading is SupportReading.DEDUCTIVE and bool(nodes)
        )
        out = (
            Label.OUT in parts
            or any(grounded[u] is Label.IN for u in undercutters.get(argument.id, ()))
            or (needs_node and all(labelling.label(n) is Label.OUT for n in nodes))
        )
        labels[argument.id] = Label.OUT if out else Label.UNDEC
    return labels


def _standing(
    debate: Debate, flat: Flattening, extension: frozenset[Any], claims: frozenset[str]
) -> list[str]:
    """The arguments that stand in one extension (see :meth:`Evaluation.argument_status`)."""
    undercutters: dict[str, set[str]] = {}
    for undercut in debate.undercuts:
        undercutters.setdefault(undercut.target, set()).add(undercut.source)
    out = []
    for argument in debate.arguments:
        if argument.conclusion not in claims or not claims.issuperset(argument.premises):
            continue
        if undercutters.get(argument.id, set()) & claims:
            continue
        nodes = flat.inference_nodes.get(argument.id)
        if flat.reading in (SupportReading.EVIDENTIAL, SupportReading.DEDUCTIVE) and nodes:
            if not any(node in extension for node in nodes):
                continue
        elif flat.reading is SupportReading.EVIDENTIAL:
            continue  # no support tree ends with it: its premises never have evidence
        out.append(argument.id)
    return out
