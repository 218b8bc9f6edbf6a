"""Across audiences: which conclusions hold whatever you value (Bench-Capon 2003).

Bench-Capon calls an argument *objectively acceptable* when it is accepted by every
audience, *subjectively acceptable* when it is accepted by some, and *indefensible* when
by none; "every audience" ranges over every total order of the values. Here a claim is
accepted by an audience when it is skeptically accepted (status ``accepted``) under the
chosen semantics and support reading in the debate as the audience weighs it
(:func:`argmap.debate.values.defeat_debate`). ``declared=True`` ranges over the map's own
``[[audiences]]`` instead.

The orders are not enumerated blindly. An attack's outcome depends only on which of the
values on either side ranks highest, so it is settled as soon as one of those values is
placed in a ranking built from the top: a search over rankings that places only values
still in play, merges rankings that have settled the same attacks the same way, and stops
once every attack is settled, visits each distinct defeat graph once. Deciding subjective
acceptance is NP-complete and objective acceptance co-NP-complete (Dunne and Bench-Capon,
"Complexity in value-based argument systems", JELIA 2004), so a limit stays: past
``limit`` distinct defeat graphs (or ``100 * limit`` search states) the call stops with an
:class:`~argmap.errors.ArgmapError` naming the limit, instead of running on.

>>> from argmap.debate import DebateBuilder
>>> b = DebateBuilder("Ban live facial recognition?")
>>> _ = b.claim("ban", "Ban it.", kind="thesis", values=["privacy"])
>>> _ = b.claim("catch", "It catches suspects.", values=["security"])
>>> _ = b.claim("fact", "It was used at 3 protests.")
>>> _ = b.attacks("catch", "ban")
>>> _ = b.attacks("ban", "catch")
>>> result = across_audiences(b.build(), "grounded")
>>> [(s.claim, s.standing.value) for s in result.standings]
[('ban', 'subjective'), ('catch', 'subjective'), ('fact', 'objective')]
>>> result.standing("ban").accepted_by.ranking
'privacy > security'
"""

from __future__ import annotations

import enum
import math

import attrs

from argmap._text import plural, shorten
from argmap.debate.evaluation import Status, evaluate
from argmap.debate.model import Audience, Debate, RelationKind
from argmap.debate.readings import SupportReading
from argmap.debate.values import values_of
from argmap.errors import ArgmapError
from argmap.semantics import Semantics

__all__ = [
    "MAX_DEFEAT_GRAPHS",
    "AcrossAudiences",
    "ClaimStanding",
    "Standing",
    "across_audiences",
    "distinct_rankings",
]

#: How many distinct defeat graphs :func:`across_audiences` evaluates before it stops.
MAX_DEFEAT_GRAPHS = 2_000


class Standing(enum.Enum):
    """A claim's standing across audiences (Bench-Capon 2003)."""

    OBJECTIVE = "objective"
    """Accepted by every audience."""
    SUBJECTIVE = "subjective"
    """Accepted by some audiences, not by all."""
    INDEFENSIBLE = "indefensible"
    """Accepted by no audience."""

    @property
    def plain(self) -> str:
        """For which audiences the claim stands, in plain words.

        >>> Standing.SUBJECTIVE.plain
        'some audiences'
        """
        return _PLAIN_STANDING[self]


_PLAIN_STANDING = {
    Standing.OBJECTIVE: "every audience",
    Standing.SUBJECTIVE: "some audiences",
    Standing.INDEFENSIBLE: "no audience",
}


@attrs.frozen
class ClaimStanding:
    """A claim's standing, with an audience that accepts it and one that does not (when
    there are such audiences)."""

    claim: str
    standing: Standing
    accepted_by: Audience | None
    not_accepted_by: Audience | None


@attrs.frozen
class AcrossAudiences:
    """Every claim's standing across audiences; read it with :meth:`standing`."""

    debate: Debate
    semantics: Semantics
    reading: SupportReading
    #: True: the map's declared audiences; False: every total order of its values.
    declared: bool
    #: How many audiences that is (n! total orders of n values, or the declared count).
    audiences: int
    #: How many distinct defeat graphs were evaluated to cover them.
    defeat_graphs: int
    standings: tuple[ClaimStanding, ...]

    def standing(self, claim_id: str) -> ClaimStanding:
        """The claim's standing."""
        self.debate.claim(claim_id)
        return next(s for s in self.standings if s.claim == claim_id)

    def claims_with(self, standing: Standing | str) -> tuple[str, ...]:
        """The ids of the claims with this standing, in debate order."""
        wanted = Standing(standing)
        return tuple(s.claim for s in self.standings if s.standing is wanted)

    def table(self, width: int = 60, *, plain: bool = False) -> str:
        """A plain-text table: claim, standing, an audience that accepts it and one that
        does not (for a subjective claim), and the claim's text. ``plain`` puts the
        standing in plain words (for every audience, some audiences or no audience, the
        claim stands) instead of Bench-Capon's terms."""
        if plain:
            rows = [["claim", "stands for", "for", "not for", "text"]]
        else:
            rows = [["claim", "standing", "accepted by", "not accepted by", "text"]]
        for s in self.standings:
            text = self.debate.claim(s.claim).text
            rows.append(
                [
                    s.claim,
                    s.standing.plain if plain else s.standing.value,
                    _who(s.accepted_by) if s.standing is Standing.SUBJECTIVE else "",
                    _who(s.not_accepted_by) if s.standing is Standing.SUBJECTIVE else "",
                    shorten(text, width),
                ]
            )
        sizes = [max(len(r[i]) for r in rows) for i in range(4)]
        lines = [
            "  ".join([*(r[i].ljust(sizes[i]) for i in range(4)), r[4]]).rstrip() for r in rows
        ]
        scope = (
            f"the {plural(self.audiences, 'declared audience')}"
            if self.declared
            else f"all {plural(self.audiences, 'ranking')} of the values"
        )
        lines.append(f"({scope}; {plural(self.defeat_graphs, 'distinct defeat graph')} evaluated)")
        return "\n".join(lines)


def _who(audience: Audience | None) -> str:
    return "" if audience is None else audience.name


def _contests(debate: Debate) -> list[tuple[frozenset[str], frozenset[str]]]:
    """The value sets of each attack whose outcome a ranking can change: both sides
    promote a value. (Each pair once; the outcome depends only on the two sets.)"""
    found: dict[tuple[frozenset[str], frozenset[str]], None] = {}
    for relation in debate.relations:
        if relation.kind is RelationKind.SUPPORT:
            continue
        attacker = frozenset(values_of(debate, relation.source))
        target = frozenset(values_of(debate, relation.target))
        if attacker and target:
            found.setdefault((attacker, target), None)
    return list(found)


def distinct_rankings(debate: Debate, limit: int = MAX_DEFEAT_GRAPHS) -> list[Audience]:
    """One total order of the debate's values for each distinct defeat graph that some
    total order gives, each as an :class:`~argmap.debate.Audience` named by its ranking.

    >>> from argmap.debate import DebateBuilder
    >>> b = DebateBuilder("Q?")
    >>> _ = b.claim("a", "A.", values=["privacy"])
    >>> _ = b.claim("b", "B.", values=["security"])
    >>> _ = b.claim("c", "C.", values=["cost"])
    >>> _ = b.attacks("a", "b")
    >>> [r.ranking for r in distinct_rankings(b.build())]
    ['privacy > security > cost', 'security > privacy > cost']
    """
    values = debate.value_ids
    contests = _contests(debate)
    in_play = [frozenset(a | t) for a, t in contests]
    results: list[Audience] = []
    seen_outcomes: set[frozenset[int]] = set()
    visited: set[tuple[frozenset[str], frozenset[int]]] = set()
    # Depth-first, iteratively: a state is the ranking so far (from the top) and the
    # contests it has settled as failing.
    stack: list[tuple[tuple[str, ...], frozenset[int]]] = [((), frozenset())]
    states = 0
    while stack:
        placed, failing = stack.pop()
        states += 1
        if states > 100 * limit:
            raise _too_many(debate, limit)
        placed_set = frozenset(placed)
        open_contests = [k for k, vals in enumerate(in_play) if not vals & placed_set]
        if not open_contests:
            if failing not in seen_outcomes:
                seen_outcomes.add(failing)
                if len(seen_outcomes) > limit:
                    raise _too_many(debate, limit)
                order = (*placed, *(v for v in values if v not in placed_set))
                results.append(
                    Audience("", " > ".join(order), [(v,) for v in order])  # a total order
                )
            continue
        candidates = sorted({v for k in open_contests for v in in_play[k]}, key=values.index)
        for value in reversed(candidates):  # reversed: the stack pops them in order
            settled = frozenset(
                k for k in open_contests if value in contests[k][1] and value not in contests[k][0]
            )
            state = (placed_set | {value}, failing | settled)
            if state in visited:
                continue
            visited.add(state)
            stack.append(((*placed, value), failing | settled))
    return results


def _too_many(debate: Debate, limit: int) -> ArgmapError:
    return ArgmapError(
        f"the {plural(len(debate.value_ids), 'value')} of this debate give more than {limit} "
        "distinct defeat graphs across all rankings; compare the declared audiences instead "
        "(declared=True, or argmap evaluate --audiences --declared), or raise the limit"
    )


def across_audiences(
    debate: Debate,
    semantics: Semantics | str = "preferred",
    support: SupportReading | str = "evidential",
    *,
    declared: bool = False,
    limit: int = MAX_DEFEAT_GRAPHS,
) -> AcrossAudiences:
    """Each claim's standing across audiences: objective, subjective or indefensible.

    ``declared=False`` ranges over every total order of the debate's values
    (Bench-Capon's definition); ``declared=True`` over the debate's own audiences.
    """
    sem = Semantics.parse(semantics)
    reading = SupportReading.parse(support)
    if declared:
        if not debate.audiences:
            raise ArgmapError(
                "the debate declares no audiences; add [[audiences]] to the map, or compare "
                "all rankings of the values (declared=False, argmap evaluate --audiences)"
            )
        audiences = list(debate.audiences)
        count = len(audiences)
    else:
        audiences = distinct_rankings(debate, limit)
        count = math.factorial(len(debate.value_ids))
    accepted_by: dict[str, Audience] = {}
    not_accepted_by: dict[str, Audience] = {}
    for audience in audiences:
        result = evaluate(debate, sem, reading, audience=audience)
        for claim_id in debate.claim_ids:
            if result.status(claim_id) is Status.ACCEPTED:
                accepted_by.setdefault(claim_id, audience)
            else:
                not_accepted_by.setdefault(claim_id, audience)
    standings = []
    for claim_id in debate.claim_ids:
        yes, no = accepted_by.get(claim_id), not_accepted_by.get(claim_id)
        if yes is not None and no is None:
            standing = Standing.OBJECTIVE
        elif yes is not None:
            standing = Standing.SUBJECTIVE
        else:
            standing = Standing.INDEFENSIBLE
        standings.append(ClaimStanding(claim_id, standing, yes, no))
    return AcrossAudiences(debate, sem, reading, declared, count, len(audiences), tuple(standings))
