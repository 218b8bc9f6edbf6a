"""What would change a claim's status, and how robust statuses are.

:func:`smallest_removals` finds the smallest sets of claims (or relations) whose removal
changes a claim's status; :func:`smallest_additions` the smallest sets of new attacks that do.
Both search by increasing size and stop at the first size that works, so every answer is
minimal; they stop early, and say so, after ``max_checks`` evaluations or past ``max_size``.
:func:`robustness` tabulates each claim's status across semantics and support readings.

>>> from argmap.debate import Debate
>>> charge = Debate.load("maps/reinstatement.argmap.toml")
>>> print(smallest_removals(charge, "charge", "grounded").text())  # doctest: +NORMALIZE_WHITESPACE
charge is accepted under grounded semantics (evidential reading);
removing any one of these changes that:
- discount: charge becomes rejected
- checked: charge becomes rejected
(4 evaluations; complete up to size 1)
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import attrs

from argmap.debate import Debate, Status, SupportReading, evaluate
from argmap.debate.model import Relation, RelationKind
from argmap.errors import UnknownChoiceError
from argmap.explain.plain import PLAIN_WORDS
from argmap.semantics import Semantics

__all__ = [
    "DIRECTIONAL",
    "Robustness",
    "WhatIf",
    "robustness",
    "smallest_additions",
    "smallest_removals",
    "without_claims",
    "without_relations",
]

#: Semantics for which a claim's status depends only on the claims that can reach it
#: (directionality, Baroni and Giacomin 2007, AIJ 171); the search then only tries those.
DIRECTIONAL = frozenset(
    {Semantics.GROUNDED, Semantics.COMPLETE, Semantics.PREFERRED, Semantics.IDEAL, Semantics.CF2}
)


@attrs.frozen
class WhatIf:
    """The smallest changes found: ``changes`` (each a tuple of claim ids, relation ids or
    attack pairs), the status each leads to, whether the search was complete."""

    claim_id: str
    semantics: Semantics
    reading: SupportReading
    kind: str
    before: Status
    changes: tuple[tuple, ...]
    after: tuple[Status, ...]
    checked: int
    searched_size: int
    limit_hit: bool

    def plain(self) -> str:
        """In plain words, without the names of semantics and readings.

        >>> from argmap.debate import Debate
        >>> charge = Debate.load("maps/reinstatement.argmap.toml")
        >>> print(smallest_removals(charge, "charge", "grounded").plain())
        charge stands. It would no longer stand if any one of these claims were taken out:
        - discount (charge would not stand)
        - checked (charge would not stand)
        """
        word = {
            Status.ACCEPTED: "stand",
            Status.CREDULOUS: "stand in some views only",
            Status.REJECTED: "not stand",
        }
        now = {
            Status.ACCEPTED: "stands",
            Status.CREDULOUS: "stands in some views only",
            Status.REJECTED: "does not stand",
        }[self.before]
        noun = {"claims": "claims", "relations": "relations", "attacks": "new attacks"}[self.kind]
        verb = "added" if self.kind == "attacks" else "taken out"
        if not self.changes:
            return (
                f"{self.claim_id} {now}. No change of up to {self.searched_size} {noun} "
                "alters that."
            )
        size = len(self.changes[0])
        which = "any one of these" if size == 1 else f"any one of these sets of {size}"
        after = {s for s in self.after}
        if len(after) == 1:
            only = next(iter(after))
            lead = f"It would {word[only]}"
            if only is Status.REJECTED:
                lead = "It would no longer stand"
        else:
            lead = "That would change"
        lines = [f"{self.claim_id} {now}. {lead} if {which} {noun} were {verb}:"]
        for change, status in zip(self.changes, self.after, strict=True):
            shown = ", ".join(" attacks ".join(c) if isinstance(c, tuple) else c for c in change)
            lines.append(f"- {shown} ({self.claim_id} would {word[status]})")
        if self.limit_hit:
            lines.append("(the search stopped early: there may be other changes of this size)")
        return "\n".join(lines)

    def text(self) -> str:
        """Plain English."""
        verb = {"claims": "removing", "relations": "removing", "attacks": "adding"}[self.kind]
        head = (
            f"{self.claim_id} is {self.before.value} under {self.semantics.title} semantics "
            f"({self.reading.value} reading)"
        )
        if not self.changes:
            reach = f"no {verb} of up to {self.searched_size} {self.kind} changes that"
            note = " (search stopped early: limit reached)" if self.limit_hit else ""
            return f"{head}; {reach}{note}.\n({self.checked} evaluations)"
        size = len(self.changes[0])
        which = "any one of these" if size == 1 else f"any one of these sets of {size}"
        lines = [f"{head}; {verb} {which} changes that:"]
        for change, status in zip(self.changes, self.after, strict=True):
            shown = ", ".join(" attacks ".join(c) if isinstance(c, tuple) else c for c in change)
            lines.append(f"- {shown}: {self.claim_id} becomes {status.value}")
        complete = (
            "search stopped early: limit reached"
            if self.limit_hit
            else f"complete up to size {size}"
        )
        lines.append(f"({self.checked} evaluations; {complete})")
        return "\n".join(lines)


def without_claims(debate: Debate, removed: Iterable[str]) -> Debate:
    """The debate without these claims, their relations, the linked arguments that use them
    (an argument needs all its premises jointly) and undercuts of those relations and
    arguments."""
    gone = set(removed)
    arguments = [
        a for a in debate.arguments if a.conclusion not in gone and gone.isdisjoint(a.premises)
    ]
    relations = [r for r in debate.relations if r.source not in gone and r.target not in gone]
    kept_ids = {r.id for r in relations} | {a.id for a in arguments}
    relations = [
        r for r in relations if r.kind is not RelationKind.UNDERCUT or r.target in kept_ids
    ]
    return attrs.evolve(
        debate,
        claims=[c for c in debate.claims if c.id not in gone],
        arguments=arguments,
        relations=relations,
        actors=[
            attrs.evolve(a, accepts=[c for c in a.accepts if c not in gone]) for a in debate.actors
        ],
        verdicts=(),
    )


def without_relations(debate: Debate, removed: Iterable[str]) -> Debate:
    """The debate without these relations (and undercuts of them)."""
    gone = set(removed)
    relations = [r for r in debate.relations if r.id not in gone]
    relations = [
        r for r in relations if r.kind is not RelationKind.UNDERCUT or r.target not in gone
    ]
    return attrs.evolve(debate, relations=relations, verdicts=())


def _with_attacks(debate: Debate, pairs: Iterable[tuple[str, str]]) -> Debate:
    extra = [Relation("attack", a, b, id=f"what-if {a} attacks {b}") for a, b in pairs]
    return attrs.evolve(debate, relations=[*debate.relations, *extra], verdicts=())


def _relevant_claims(
    debate: Debate, claim_id: str, semantics: Semantics, reading: SupportReading
) -> list[str]:
    """Claims whose removal could change ``claim_id``'s status: all of them, or under a
    directional semantics with the evidential or no support reading, those that reach it
    through supports, linked arguments, attacks and undercuts (an undercut reaches the
    target of the relation it undercuts, or the conclusion of the argument)."""
    others = [c for c in debate.claim_ids if c != claim_id]
    if semantics not in DIRECTIONAL or reading not in (
        SupportReading.EVIDENTIAL,
        SupportReading.NONE,
    ):
        return others
    influencers: dict[str, list[str]] = {}
    arguments = {a.id: a for a in debate.arguments}
    for argument in debate.arguments:  # a linked argument's premises reach its conclusion
        influencers.setdefault(argument.conclusion, []).extend(argument.premises)
    for relation in debate.relations:
        if relation.kind is RelationKind.UNDERCUT:  # of a relation, or of an argument
            undercut = arguments.get(relation.target)
            target = undercut.conclusion if undercut else debate.relation(relation.target).target
        else:
            target = relation.target
        influencers.setdefault(target, []).append(relation.source)
    reached = {claim_id}
    stack = [claim_id]
    while stack:
        for source in influencers.get(stack.pop(), ()):
            if source not in reached:
                reached.add(source)
                stack.append(source)
    return [c for c in others if c in reached]


def _search(
    debate: Debate,
    claim_id: str,
    semantics: Semantics,
    reading: SupportReading,
    perspective: str | None,
    kind: str,
    candidates: Sequence,
    apply,
    max_size: int,
    max_checks: int,
    audience: str | None = None,
) -> WhatIf:
    before = evaluate(debate, semantics, reading, perspective, audience).status(claim_id)
    checked = 0

    def result(found: list, after: list, size: int, limit_hit: bool) -> WhatIf:
        return WhatIf(
            claim_id, semantics, reading, kind, before, tuple(found), tuple(after), checked,
            size, limit_hit,
        )  # fmt: skip

    for size in range(1, max_size + 1):
        found, after = [], []
        for change in itertools.combinations(candidates, size):
            if checked >= max_checks:
                return result(found, after, size, True)
            checked += 1
            changed = apply(debate, change)
            status = evaluate(changed, semantics, reading, perspective, audience).status(claim_id)
            if status is not before:
                found.append(change)
                after.append(status)
        if found:
            return result(found, after, size, False)
    return result([], [], max_size, False)


def smallest_removals(
    debate: Debate,
    claim_id: str,
    semantics: Semantics | str = "grounded",
    support: SupportReading | str = "evidential",
    *,
    kind: str = "claims",
    max_size: int = 3,
    max_checks: int = 5_000,
    perspective: str | None = None,
    audience: str | None = None,
) -> WhatIf:
    """The smallest sets of other claims (``kind="claims"``) or of relations
    (``kind="relations"``) whose removal changes ``claim_id``'s status (as ``perspective``
    sees it, or for ``audience``, when given)."""
    debate.claim(claim_id)
    sem, reading = Semantics.parse(semantics), SupportReading.parse(support)
    if kind == "claims":
        candidates: list = _relevant_claims(debate, claim_id, sem, reading)
        apply = without_claims
    elif kind == "relations":
        candidates = [r.id for r in debate.relations]
        apply = without_relations
    else:
        raise UnknownChoiceError(f"unknown kind {kind!r}; use 'claims' or 'relations'")
    return _search(
        debate,
        claim_id,
        sem,
        reading,
        perspective,
        kind,
        candidates,
        apply,
        max_size,
        max_checks,
        audience,
    )


def smallest_additions(
    debate: Debate,
    claim_id: str,
    semantics: Semantics | str = "grounded",
    support: SupportReading | str = "evidential",
    *,
    max_size: int = 1,
    max_checks: int = 5_000,
    perspective: str | None = None,
    audience: str | None = None,
) -> WhatIf:
    """The smallest sets of new attacks (between existing claims, none a self-attack) that
    change ``claim_id``'s status. Attacks on the claim itself are tried first."""
    debate.claim(claim_id)
    sem, reading = Semantics.parse(semantics), SupportReading.parse(support)
    existing = {(r.source, r.target) for r in debate.attacks}
    ids = debate.claim_ids
    pairs = [(a, b) for b in ids for a in ids if a != b and (a, b) not in existing]
    pairs.sort(key=lambda p: p[1] != claim_id)
    return _search(
        debate,
        claim_id,
        sem,
        reading,
        perspective,
        "attacks",
        pairs,
        _with_attacks,
        max_size,
        max_checks,
        audience,
    )


@attrs.frozen
class Robustness:
    """Each claim's status under several semantics and readings (``columns``); ``words``
    the same in :meth:`Evaluation.overlay`'s words (under grounded semantics undecided is
    told from rejected), for the plain table."""

    debate: Debate
    columns: tuple[tuple[Semantics, SupportReading], ...]
    statuses: dict[str, tuple[Status, ...]]
    words: dict[str, tuple[str, ...]] = attrs.field(factory=dict)

    @property
    def differing(self) -> tuple[str, ...]:
        """Claims whose status is not the same in every column."""
        return tuple(c for c in self.debate.claim_ids if len(set(self.statuses[c])) > 1)

    def table(self, *, plain: bool = False) -> str:
        """A claims x columns table; ``*`` marks claims whose status differs. ``plain``
        writes stands, undecided and falls (from ``words``) instead of acc, cred and rej.

        >>> from argmap.debate import Debate
        >>> nixon = Debate.load("maps/nixon-diamond.argmap.toml")
        >>> print(robustness(nixon, ["GR"], ["evidential"]).table(plain=True))
          claim         GR/evi
          quaker        stands
          republican    stands
          pacifist      undecided
          not-pacifist  undecided
        """
        if plain:
            cells_of = {c: tuple(PLAIN_WORDS[w] for w in self.words[c]) for c in self.words}
        else:
            short = {Status.ACCEPTED: "acc", Status.CREDULOUS: "cred", Status.REJECTED: "rej"}
            cells_of = {c: tuple(short[s] for s in self.statuses[c]) for c in self.statuses}
        size = 9 if plain else 7
        heads = [f"{s.code}/{r.value[:3]}" for s, r in self.columns]
        width = max(len(c) for c in self.debate.claim_ids) if self.debate.claims else 5
        lines = [
            ("  " + "claim".ljust(width) + "  " + "  ".join(h.ljust(size) for h in heads)).rstrip()
        ]
        for claim_id in self.debate.claim_ids:
            cells = cells_of[claim_id]
            mark = "*" if len(set(cells)) > 1 else " "
            shown = "  ".join(cell.ljust(size) for cell in cells)
            lines.append(f"{mark} {claim_id.ljust(width)}  {shown}".rstrip())
        return "\n".join(lines)


def robustness(
    debate: Debate,
    semantics: Iterable[Semantics | str] = ("grounded", "preferred", "stable"),
    readings: Iterable[SupportReading | str] = ("evidential", "deductive", "necessary", "none"),
) -> Robustness:
    """Each claim's status under every combination of ``semantics`` and ``readings``.

    >>> from argmap.debate import Debate
    >>> nixon = Debate.load("maps/nixon-diamond.argmap.toml")
    >>> report = robustness(nixon, ["GR", "PR"], ["evidential", "deductive"])
    >>> report.differing
    ('quaker', 'republican', 'pacifist', 'not-pacifist')
    """
    columns = tuple(
        (Semantics.parse(s), SupportReading.parse(r)) for s in semantics for r in readings
    )
    results = [evaluate(debate, s, r) for s, r in columns]
    statuses = {c: tuple(res.status(c) for res in results) for c in debate.claim_ids}
    words = {c: tuple(res.overlay(c) for res in results) for c in debate.claim_ids}
    return Robustness(debate, columns, statuses, words)
