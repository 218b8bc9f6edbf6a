"""Naive sets: the conflict-free sets maximal under inclusion, one by one.

A naive set is a maximal independent set of the conflict graph (an edge wherever one
argument attacks the other), with the self-attacking arguments left out, since no
conflict-free set holds them. It is therefore a maximal clique of the complement graph,
and the sets are listed by the Bron–Kerbosch algorithm with Tomita's pivot rule, which
reports each maximal clique exactly once and never compares a set with those already
reported (a search that checks each candidate against every earlier set takes time
quadratic in their number: 3.5 s for the 1,130 naive sets of a 25-cycle). Sets of
arguments are Python integers used as bit sets; the search runs on an explicit stack, so
its depth never touches the recursion limit. Bit sets as wide as the framework, one per
argument and a few per level of the stack, take memory quadratic in its size, so a
framework of more than :data:`BIT_SET_LIMIT` arguments is searched instead by the labelling
search of :mod:`argmap.semantics.optimal` (linear memory; each set is then compared with
those before it).

References: C. Bron and J. Kerbosch, "Algorithm 457: finding all cliques of an undirected
graph", Communications of the ACM 16(9), 1973; E. Tomita, A. Tanaka and H. Takahashi,
"The worst-case time complexity for generating all maximal cliques and computational
experiments", Theoretical Computer Science 363(1), 2006. Naive semantics: P. Baroni,
M. Caminada and M. Giacomin, "An introduction to argumentation semantics", Knowledge
Engineering Review 26(4), 2011.
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.framework import ArgumentFramework
from argmap.semantics._search import ANY, IN, Mode
from argmap.semantics.optimal import in_set, maximal_in

__all__ = ["BIT_SET_LIMIT", "naive_indices"]

#: Frameworks of at most this many arguments are searched with bit sets (at this size the
#: conflict sets take 2 MB, and a stack as deep as the framework 6 MB more).
BIT_SET_LIMIT = 4096


def _members(mask: int) -> list[int]:
    """The indices of the bits set in ``mask``, ascending."""
    members = []
    while mask:
        low = mask & -mask
        members.append(low.bit_length() - 1)
        mask ^= low
    return members


def naive_indices(
    af: ArgumentFramework, *, include: int | None = None, exclude: int | None = None
) -> Iterator[list[int]]:
    """Every naive set of ``af`` as a sorted list of argument indices, lazily, each once;
    only those holding the argument at index ``include``, or lacking the one at
    ``exclude``, when given (for credulous and skeptical questions: the search starts
    from that argument chosen, or excluded, instead of listing every set).

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a"), ("d", "d")])
    >>> [[af.arguments[i] for i in s] for s in naive_indices(af)]
    [['a'], ['b'], ['c']]
    >>> [[af.arguments[i] for i in s] for s in naive_indices(af, exclude=af.index("a"))]
    [['b'], ['c']]
    """
    if include is not None and exclude is not None:
        raise ValueError("give include or exclude, not both")
    n = len(af)
    if n > BIT_SET_LIMIT:
        yield from _by_labelling_search(af, include, exclude)
        return
    conflicts = [0] * n  # bit set of the arguments each one attacks or is attacked by
    usable = 0  # the arguments that do not attack themselves
    for a, targets in enumerate(af.successors):
        for b in targets:
            conflicts[a] |= 1 << b
            conflicts[b] |= 1 << a
    for a in range(n):
        if conflicts[a] >> a & 1:
            conflicts[a] &= ~(1 << a)
        else:
            usable |= 1 << a

    def branches(candidates: int, excluded: int) -> int:
        """Tomita's pivot: the u in candidates or excluded leaving fewest branches; every
        maximal set extending the current one holds u or an argument in conflict with u,
        so only those candidates need a branch of their own."""
        best = candidates
        best_count = best.bit_count()
        pool = candidates | excluded
        while pool:
            low = pool & -pool
            pool ^= low
            u = low.bit_length() - 1
            branch = candidates & (conflicts[u] | low)
            count = branch.bit_count()
            if count < best_count:
                best, best_count = branch, count
                if count <= 1:
                    break
        return best

    # A candidate can join the chosen set; an excluded argument could too, but every set
    # with it has been listed (or is not wanted): a set it could join is not reported.
    chosen, candidates, excluded = 0, usable, 0
    if include is not None:
        if not usable >> include & 1:
            return  # a self-attacking argument is in no conflict-free set
        chosen = 1 << include
        candidates = usable & ~(conflicts[include] | chosen)
    if exclude is not None:
        candidates &= ~(1 << exclude)
        excluded = usable & (1 << exclude)
    if not candidates:
        if not excluded:
            yield _members(chosen)
        return
    # Each frame: [chosen, candidates, excluded, branches left].
    stack = [[chosen, candidates, excluded, branches(candidates, excluded)]]
    while stack:
        frame = stack[-1]
        chosen, candidates, excluded, todo = frame
        if not todo:
            stack.pop()
            continue
        low = todo & -todo
        v = low.bit_length() - 1
        keep = ~(conflicts[v] | low)
        child_candidates = candidates & keep
        child_excluded = excluded & keep
        frame[1] = candidates & ~low
        frame[2] = excluded | low
        frame[3] = todo ^ low
        if not child_candidates:
            if not child_excluded:
                yield _members(chosen | low)
            continue
        stack.append(
            [
                chosen | low,
                child_candidates,
                child_excluded,
                branches(child_candidates, child_excluded),
            ]
        )


def _by_labelling_search(
    af: ArgumentFramework, include: int | None, exclude: int | None
) -> Iterator[list[int]]:
    """The naive sets of a large framework from the IN-maximal conflict-free labellings.
    With ``include`` the search keeps that argument IN (a labelling IN-maximal among those
    is IN-maximal outright); with ``exclude`` the sets are filtered, since one maximal
    among the sets lacking the argument may not be maximal."""
    domains = None
    if include is not None:
        domains = [ANY] * len(af)
        domains[include] = IN
    for labelling in maximal_in(af, Mode.CONFLICT_FREE, domains):
        members = in_set(labelling)
        if exclude is None or exclude not in members:
            yield members
