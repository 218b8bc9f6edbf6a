"""Which claims of a debate stand: statuses under a semantics and a support reading.

A claim is *accepted* when it is in every extension (skeptical acceptance), *credulous*
when it is in some but not all, and *rejected* when it is in none. When a semantics has no
extension at all (stable semantics can have none) every claim counts as rejected and
:attr:`Evaluation.extensions` is empty. Each claim also gets its grounded label (IN, OUT
or UNDEC), the most cautious verdict.

The statuses are found one independent part of the debate at a time (each weakly
connected component of the flattened framework; :mod:`argmap.semantics.components`): every
extension is one extension of each part, so a claim is in some extension when one of its
arguments is in some extension of its part, and in every extension when some part has all
its extensions containing one of the claim's arguments. Sixty unlinked disputes have 2^60
preferred extensions but sixty parts of two each, and are evaluated at once.
:attr:`Evaluation.extensions` lists at most :data:`MAX_EXTENSIONS` of them;
:attr:`Evaluation.more_extensions` says when there are more. A single part with more than
that is asked argument by argument (:func:`argmap.semantics.credulous_acceptance`).

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
import itertools
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

import attrs

from argmap._text import plural, shorten
from argmap.debate.model import Audience, Claim, Debate
from argmap.debate.readings import DerivedAttack, Flattening, SupportReading, flatten
from argmap.debate.values import FailedAttack, defeat_debate, failed_attacks
from argmap.errors import ArgmapError
from argmap.framework import ArgumentFramework
from argmap.semantics import Label, Semantics, grounded_labelling
from argmap.semantics.components import product, split
from argmap.semantics.tasks import (
    credulous_acceptance,
    extension_indices,
    skeptical_acceptance,
)

__all__ = [
    "MAX_EXTENSIONS",
    "ActorPosition",
    "Evaluation",
    "Status",
    "Verdict",
    "evaluate",
    "evaluate_flattening",
]

#: Evaluation lists at most this many extensions (and says when there are more). It lists
#: each independent part's extensions, up to this many, to find the statuses; a part with
#: more is asked claim by claim (credulous and skeptical acceptance of its framework
#: arguments) under the semantics of _ASKED_BY_ARGUMENT, and the evaluation stops with an
#: error where that cannot decide: other semantics, an argument of the debate in such a
#: part, or a claim standing for several framework arguments there that every listed
#: extension holds one of.
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
    counted once), in the engine's deterministic order: the first :data:`MAX_EXTENSIONS`
    extensions of the framework, and ``more_extensions`` is true when it has more.
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
    #: Whether the framework has more extensions than ``extensions`` lists (more than
    #: :data:`MAX_EXTENSIONS`); the statuses are exact either way.
    more_extensions: bool = False
    #: Each claim's status (see :meth:`status`).
    _statuses: dict[str, Status] = attrs.field(factory=dict, repr=False, alias="statuses")
    #: Each independent part's extensions (global framework indices), to build one extension
    #: without a claim when the listed ones all contain it.
    _parts: tuple[tuple[frozenset[int], ...], ...] = attrs.field(
        default=(), repr=False, eq=False, alias="parts"
    )

    @property
    def extension_summary(self) -> str:
        """How many extensions: ``"2 extensions"``, or ``"more than 10,000 extensions"``.

        >>> from argmap.debate import DebateBuilder
        >>> b = DebateBuilder("Q?")
        >>> for i in range(20):
        ...     _ = b.claim(f"a{i}", "yes"), b.claim(f"b{i}", "no")
        ...     _ = b.attacks(f"a{i}", f"b{i}"), b.attacks(f"b{i}", f"a{i}")
        >>> result = b.build().evaluate("semi-stable")
        >>> result.extension_summary, result.status("a7").value
        ('more than 10,000 extensions', 'credulous')
        """
        if self.more_extensions:
            return f"more than {MAX_EXTENSIONS:,} extensions"
        return plural(len(self.extensions), "extension")

    def extension_without(self, claim_id: str) -> frozenset[str] | None:
        """An extension (as claim ids) that does not contain the claim, or None when every
        extension contains it (or there is none). The first listed one when there is one;
        past the list, one made of an extension of each independent part.

        >>> from argmap.debate import DebateBuilder
        >>> b = DebateBuilder("Q?")
        >>> _ = b.claim("a", "A"), b.claim("b", "B"), b.attacks("a", "b"), b.attacks("b", "a")
        >>> sorted(b.build().evaluate("preferred").extension_without("a"))
        ['b']
        """
        self.debate.claim(claim_id)
        for extension in self.extensions:
            if claim_id not in extension:
                return extension
        if not self.more_extensions:
            return None
        framework = self.framework
        mine = {framework.index(a) for a in self.flattening.arguments_of.get(claim_id, ())}
        chosen: list[int] = []
        for options in self._parts:
            pick = next((e for e in options if not (e & mine)), None)
            if pick is None:
                return None
            chosen.extend(pick)
        return _claim_set(self.flattening, framework.arguments_at(chosen))

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
    backend: str = "auto",
) -> Evaluation:
    """Evaluate a debate under a semantics and a support reading.

    ``backend`` picks the engine that lists each part's extensions (``"auto"``,
    ``"search"`` or ``"sat"``; :func:`argmap.semantics.extensions`).

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
        return evaluate_flattening(flatten(debate, support, protected), sem, label, backend)
    weighed = defeat_debate(debate, ranking)
    result = evaluate_flattening(flatten(weighed, support, protected), sem, label, backend)
    return attrs.evolve(
        result, debate=debate, audience=ranking, failed_attacks=failed_attacks(debate, ranking)
    )


def evaluate_flattening(
    flattening: Flattening,
    semantics: Semantics | str = "preferred",
    perspective: str | None = None,
    backend: str = "auto",
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
    framework = flat.framework
    listed, open_set = _part_extensions(framework, sem, backend)
    open_parts = frozenset(open_set)
    if open_parts and sem not in _ASKED_BY_ARGUMENT:
        raise ArgmapError(
            f"one connected part of the debate has more than {MAX_EXTENSIONS:,} {sem.title} "
            "extensions; ask about single claims with argmap.credulous_acceptance / "
            "skeptical_acceptance on flatten(debate, reading).framework, or choose a semantics "
            "with one extension (grounded, ideal, eager)"
        )
    total = 1  # every extension is one extension of each part
    for options in listed:
        total *= len(options)
    if not total:
        listed = []
    component_of = split(framework).component_of
    inside = _times_inside(len(framework), listed)
    queries = _Queries(framework, sem, backend, listed, inside) if open_parts else None
    indices = {
        claim: [framework.index(a) for a in args] for claim, args in flat.arguments_of.items()
    }
    statuses = {
        claim_id: _claim_status(
            claim_id, indices.get(claim_id, ()), listed, component_of, inside, queries, open_parts
        )
        if total
        else Status.REJECTED
        for claim_id in debate.claim_ids
    }
    argument_statuses = (
        _argument_statuses(flat, listed, component_of, indices, open_parts) if total else {}
    )
    argument_statuses.update({a.id: Status.REJECTED for a in debate.arguments if not total})
    parts: Parts = tuple(tuple(options) for options in listed)

    claim_at = _claim_at(flat)
    found: list[frozenset[str]] = []
    seen: set[frozenset[str]] = set()
    if total:
        choices = [[sorted(e) for e in options] for options in parts]
        for extension in itertools.islice(product(choices), MAX_EXTENSIONS):
            claims = _claims_at(claim_at, extension)
            if claims not in seen:
                seen.add(claims)
                found.append(claims)

    labelling = grounded_labelling(framework)
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
        more_extensions=bool(open_parts) or total > MAX_EXTENSIONS,
        statuses=statuses,
        parts=parts,
    )


Parts = tuple[tuple[frozenset[int], ...], ...]

#: The semantics whose credulous and skeptical questions the engine answers by a targeted
#: search (no listing), so that a part with too many extensions to list is asked argument
#: by argument; under the others (naive, semi-stable, stage, cf2, stage2) those questions
#: walk the part's extensions, and such a part stops the evaluation instead.
_ASKED_BY_ARGUMENT = frozenset(
    {
        Semantics.CONFLICT_FREE,
        Semantics.ADMISSIBLE,
        Semantics.COMPLETE,
        Semantics.STABLE,
        Semantics.PREFERRED,
    }
)

#: An argument whose premises, conclusion and undercutters lie in several independent parts
#: is tried on every combination of those parts' extensions (cut down to its own framework
#: arguments, so usually a handful); past this many the evaluation stops with an error.
_MAX_COMBINATIONS = 100_000


def _part_extensions(
    framework: ArgumentFramework, sem: Semantics, backend: str
) -> tuple[list[list[frozenset[int]]], set[int]]:
    """The extensions of each weakly connected component (global indices), in the order of
    :func:`argmap.semantics.components.split`, each list stopped after
    :data:`MAX_EXTENSIONS`; and the components whose list stopped there (open)."""
    pieces = split(framework)
    found = []
    open_parts = set()
    for k, part in enumerate(pieces.parts):
        options = [
            frozenset(pieces.globalise(k, ext))
            for ext in extension_indices(part, sem, MAX_EXTENSIONS + 1, backend)
        ]
        if len(options) > MAX_EXTENSIONS:
            del options[MAX_EXTENSIONS:]
            open_parts.add(k)
        found.append(options)
    return found, open_parts


def _times_inside(size: int, parts: Sequence[Sequence[frozenset[int]]]) -> list[int]:
    """For each framework index, in how many listed extensions of its part it is."""
    counts = [0] * size
    for options in parts:
        for extension in options:
            for i in extension:
                counts[i] += 1
    return counts


@attrs.define
class _Queries:
    """Acceptance questions inside a component whose extensions are too many to list
    (an open part): credulous and skeptical acceptance of one framework argument, asked of
    the engine (:func:`argmap.semantics.credulous_acceptance`), where the listed extensions
    do not already answer. A counter-extension found is added to the part's list."""

    framework: ArgumentFramework
    semantics: Semantics
    backend: str
    parts: list[list[frozenset[int]]]
    inside: list[int]
    _credulous: dict[int, bool] = attrs.field(factory=dict)
    _skeptical: dict[int, bool] = attrs.field(factory=dict)

    def credulous(self, i: int) -> bool:
        if self.inside[i]:
            return True
        if i not in self._credulous:
            pieces = split(self.framework)
            part = pieces.parts[pieces.component_of[i]]
            argument = part.arguments[pieces.local[i]]
            answer = credulous_acceptance(part, argument, self.semantics, self.backend)
            self._credulous[i] = answer.accepted
        return self._credulous[i]

    def skeptical(self, i: int) -> bool:
        pieces = split(self.framework)
        k, local = pieces.component_of[i], pieces.local[i]
        if self.inside[i] < len(self.parts[k]):
            return False
        if i not in self._skeptical:
            part = pieces.parts[k]
            answer = skeptical_acceptance(part, part.arguments[local], self.semantics, self.backend)
            self._skeptical[i] = answer.accepted
            if answer.witness is not None:
                witness = frozenset(pieces.globalise(k, sorted(part.indices(answer.witness))))
                self.parts[k].append(witness)
                for j in witness:
                    self.inside[j] += 1
        return self._skeptical[i]


def _claim_status(
    claim_id: str,
    indices: Iterable[int],
    parts: Sequence[Sequence[frozenset[int]]],
    component_of: list[int],
    inside: list[int],
    queries: _Queries | None = None,
    open_parts: frozenset[int] = frozenset(),
) -> Status:
    """A claim is in an extension when one of its framework arguments is: in some extension
    when one is in some extension of its part, in every extension when one part has each
    of its extensions holding one of them (every extension is one of each part's). A part
    too large to list is asked argument by argument (``queries``)."""
    by_part: dict[int, set[int]] = {}
    for i in indices:
        by_part.setdefault(component_of[i], set()).add(i)
    some = False
    for k, mine in by_part.items():
        if k in open_parts and queries is not None:
            some = some or any(queries.credulous(i) for i in sorted(mine))
            if any(queries.skeptical(i) for i in sorted(mine)):
                return Status.ACCEPTED
            if len(mine) > 1 and all(not e.isdisjoint(mine) for e in parts[k]):
                raise ArgmapError(
                    f"claim {claim_id} stands for {len(mine)} arguments in one connected part "
                    f"of the debate with more than {MAX_EXTENSIONS:,} {queries.semantics.title} "
                    "extensions, and no listed extension lacks all of them; ask about single "
                    "claims with argmap.credulous_acceptance / skeptical_acceptance on "
                    "flatten(debate, reading).framework, or choose a semantics with one "
                    "extension (grounded, ideal, eager)"
                )
            continue
        if len(mine) == 1:
            (only,) = mine
            hits = inside[only]
            if hits == len(parts[k]):
                return Status.ACCEPTED
            some = some or hits > 0
            continue
        holding = sum(1 for e in parts[k] if not e.isdisjoint(mine))
        if holding == len(parts[k]):
            return Status.ACCEPTED
        some = some or holding > 0
    return Status.CREDULOUS if some else Status.REJECTED


def _argument_statuses(
    flat: Flattening,
    parts: Sequence[Sequence[frozenset[int]]],
    component_of: list[int],
    indices: dict[str, list[int]],
    open_parts: frozenset[int] = frozenset(),
) -> dict[str, Status]:
    """Each debate argument's status: whether it stands (:func:`_stands`) in every, some or
    no extension. Whether it stands depends only on a few framework arguments (those of its
    claims, of the claims undercutting it, and its inference nodes), so each part's
    extensions are cut down to those, and the combinations of the cuts are tried."""
    framework = flat.framework
    undercutters = _undercutters(flat.debate)
    claim_at = _claim_at(flat)
    statuses = {}
    for argument in flat.debate.arguments:
        claims = [*argument.premises, argument.conclusion, *undercutters.get(argument.id, ())]
        relevant = {i for c in claims for i in indices.get(c, ())}
        relevant.update(framework.index(n) for n in flat.inference_nodes.get(argument.id, ()))
        by_part: dict[int, set[int]] = {}
        for i in relevant:
            by_part.setdefault(component_of[i], set()).add(i)
        cuts = []
        combinations = 1
        for k, mine in sorted(by_part.items()):
            if k in open_parts:
                raise ArgmapError(
                    f"argument {argument.id} lies in a connected part of the debate with more "
                    f"than {MAX_EXTENSIONS:,} extensions under this semantics; ask about its "
                    "claims one at a time, or choose a semantics with one extension "
                    "(grounded, ideal, eager)"
                )
            options = sorted({e & mine for e in parts[k]}, key=sorted)
            cuts.append([sorted(o) for o in options])
            combinations *= len(options)
        if combinations > _MAX_COMBINATIONS:
            raise ArgmapError(
                f"argument {argument.id} depends on more than {_MAX_COMBINATIONS:,} "
                "combinations of the extensions of the debate's independent parts; ask about "
                "its claims one at a time instead"
            )
        hits = count = 0
        for cut in product(cuts):
            count += 1
            standing = set(cut)
            claims_in = _claims_at(claim_at, standing)
            nodes = framework.arguments_at(sorted(standing))
            if _stands(argument, flat, nodes, claims_in, undercutters):
                hits += 1
        statuses[argument.id] = (
            Status.ACCEPTED if hits == count else Status.CREDULOUS if hits else Status.REJECTED
        )
    return statuses


def _claim_at(flat: Flattening) -> list[str | None]:
    """For each framework index, the claim its argument stands for (None for the others)."""
    claim_at: list[str | None] = [None] * len(flat.framework)
    for claim, args in flat.arguments_of.items():
        for a in args:
            claim_at[flat.framework.index(a)] = claim
    return claim_at


def _claims_at(claim_at: list[str | None], indices: Iterable[int]) -> frozenset[str]:
    """The claims that the framework arguments at ``indices`` stand for."""
    return frozenset(c for i in indices if (c := claim_at[i]) is not None)


def _claim_set(flat: Flattening, extension: Iterable[Hashable]) -> frozenset[str]:
    """The claims an extension (framework arguments) holds."""
    return _claims_at(_claim_at(flat), (flat.framework.index(a) for a in extension))


def _undercutters(debate: Debate) -> dict[str, set[str]]:
    """For each undercut argument id, the claims undercutting it."""
    undercutters: dict[str, set[str]] = {}
    for undercut in debate.undercuts:
        undercutters.setdefault(undercut.target, set()).add(undercut.source)
    return undercutters


def _argument_labels(
    debate: Debate, flat: Flattening, labelling: Any, grounded: dict[str, Label]
) -> dict[str, Label]:
    """Each argument's grounded label (see :meth:`Evaluation.argument_grounded_label`)."""
    if not debate.arguments:
        return {}
    extension = frozenset(a for a in flat.framework.arguments if labelling.label(a) is Label.IN)
    claims = frozenset(c for c, label in grounded.items() if label is Label.IN)
    standing = set(_standing(debate, flat, extension, claims))
    undercutters = _undercutters(debate)
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
    undercutters = _undercutters(debate)
    return [a.id for a in debate.arguments if _stands(a, flat, extension, claims, undercutters)]


def _stands(
    argument: Any,
    flat: Flattening,
    extension: frozenset[Any],
    claims: frozenset[str],
    undercutters: dict[str, set[str]],
) -> bool:
    """Whether one debate argument stands in an extension (framework arguments) holding
    ``claims``: its premises and conclusion are in, no claim undercutting it is, and one of
    the framework arguments the reading makes for it is."""
    if argument.conclusion not in claims or not claims.issuperset(argument.premises):
        return False
    if undercutters.get(argument.id, set()) & claims:
        return False
    nodes = flat.inference_nodes.get(argument.id)
    if flat.reading in (SupportReading.EVIDENTIAL, SupportReading.DEDUCTIVE) and nodes:
        return any(node in extension for node in nodes)
    # under the evidential reading with no support tree ending with it, its premises never
    # have evidence
    return flat.reading is not SupportReading.EVIDENTIAL
