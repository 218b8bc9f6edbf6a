"""Preferred extensions and naive sets: maximal complete and maximal conflict-free sets.

References: P. M. Dung, Artificial Intelligence 77(2), 1995, Definition 7
(preferred); P. Baroni, M. Caminada and M. Giacomin, "An introduction to
argumentation semantics", Knowledge Engineering Review 26(4), 2011 (naive).
Algorithms: :mod:`argmap.semantics.optimal` (preferred), :mod:`argmap.semantics.naive`.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator

from argmap.framework import ArgumentFramework
from argmap.semantics.decomposition import preferred_labellings
from argmap.semantics.naive import naive_indices
from argmap.semantics.optimal import in_set

__all__ = ["naive_extensions", "preferred_extensions"]


def preferred_extensions(af: ArgumentFramework) -> Iterator[frozenset[Hashable]]:
    """Every preferred extension: the admissible sets maximal under inclusion.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
    >>> sorted(sorted(e) for e in preferred_extensions(af))
    [['a', 'c'], ['b']]
    """
    for labelling in preferred_labellings(af):
        yield af.arguments_at(in_set(labelling))


def naive_extensions(af: ArgumentFramework) -> Iterator[frozenset[Hashable]]:
    """Every naive extension: the conflict-free sets maximal under inclusion.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a")])
    >>> sorted(sorted(e) for e in naive_extensions(af))
    [['a'], ['b'], ['c']]
    """
    for members in naive_indices(af):
        yield af.arguments_at(members)
