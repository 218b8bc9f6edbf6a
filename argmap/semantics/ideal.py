"""Ideal and eager extensions: the largest admissible set inside every preferred
(respectively semi-stable) extension.

Both are unique. They are computed as the greatest fixed point of "remove
every member that the set fails to defend" started from the intersection of
the preferred (semi-stable) extensions; that intersection is conflict-free, so
the admissible sets inside it are closed under union and the fixpoint is the
largest of them.

References: P. M. Dung, P. Mancarella and F. Toni, "Computing ideal sceptical
argumentation", Artificial Intelligence 171(10-15), 2007 (ideal); M. Caminada,
"Comparing two unique extension semantics for formal argumentation: ideal and
eager", BNAIC 2007 (eager).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Iterator

from argmap.framework import ArgumentFramework
from argmap.semantics.decomposition import preferred_labellings
from argmap.semantics.optimal import in_set, minimal_undec_among

__all__ = ["eager_extension", "ideal_extension"]


def largest_admissible_subset(af: ArgumentFramework, candidates: Iterable[int]) -> list[int]:
    """The largest admissible subset of a conflict-free set of indices (sorted)."""
    successors = af.successors
    predecessors = af.predecessors
    members = set(candidates)
    hits = [0] * len(af)  # how many members attack each argument
    for i in members:
        for j in successors[i]:
            hits[j] += 1
    queue = [a for a in members if any(hits[b] == 0 for b in predecessors[a])]
    while queue:
        a = queue.pop()
        if a not in members:
            continue
        members.discard(a)
        for b in successors[a]:
            hits[b] -= 1
            if hits[b] == 0:
                queue.extend(c for c in successors[b] if c in members)
    return sorted(members)


def _intersection(af: ArgumentFramework, labellings: Iterator[list[int]]) -> set[int]:
    common = set(range(len(af)))
    for labelling in labellings:
        common.intersection_update(in_set(labelling))
        if not common:
            break
    return common


def ideal_indices(af: ArgumentFramework) -> list[int]:
    """The ideal extension as sorted indices."""
    return largest_admissible_subset(af, _intersection(af, preferred_labellings(af)))


def eager_indices(af: ArgumentFramework) -> list[int]:
    """The eager extension as sorted indices."""
    semi_stable = minimal_undec_among(preferred_labellings(af))
    return largest_admissible_subset(af, _intersection(af, semi_stable))


def ideal_extension(af: ArgumentFramework) -> frozenset[Hashable]:
    """The ideal extension: the largest admissible set contained in every preferred extension.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "b")])
    >>> sorted(ideal_extension(af))  # the grounded extension is empty
    ['a']
    """
    return af.arguments_at(ideal_indices(af))


def eager_extension(af: ArgumentFramework) -> frozenset[Hashable]:
    """The eager extension: the largest admissible set contained in every semi-stable extension.

    >>> from argmap import ArgumentFramework
    >>> attacks = [("a", "b"), ("b", "a"), ("b", "c"), ("c", "c"), ("c", "d")]
    >>> sorted(eager_extension(ArgumentFramework.from_attacks(attacks)))
    ['b', 'd']
    """
    return af.arguments_at(eager_indices(af))
