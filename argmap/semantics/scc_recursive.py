"""The SCC-recursive semantics cf2 and stage2.

A framework with one strongly connected component (SCC) takes the base
semantics (naive sets for cf2, stage extensions for stage2). Otherwise the
SCCs are processed in topological order: in each SCC ``S`` the arguments
attacked from an earlier part of the extension are dropped, and the rest,
``UP(S, E)``, is solved again as a framework of its own. The recursion of the
definition is run on an explicit stack, so its depth never touches Python's
recursion limit.

References: P. Baroni, M. Giacomin and G. Guida, "SCC-recursiveness: a general
schema for argumentation semantics", Artificial Intelligence 168(1-2), 2005
(cf2); W. Dvořák and S. A. Gaggl, "Stage semantics and the SCC-recursive
schema for argumentation semantics", Journal of Logic and Computation 26(4),
2016 (stage2).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator

from argmap.framework import ArgumentFramework, strongly_connected_components
from argmap.semantics._search import Mode
from argmap.semantics.optimal import in_set, maximal_in, minimal_undec

__all__ = ["cf2_extensions", "stage2_extensions"]

Base = Callable[[ArgumentFramework], Iterator[list[int]]]
Frame = Generator[list[int], list[list[int]], list[list[int]]]


def _frame(af: ArgumentFramework, keep: list[int], base: Base) -> Frame:
    """One level of the recursion on the sub-framework ``af`` restricted to ``keep``.

    Yields a list of ``af`` indices whenever it needs the extensions of that
    sub-framework, receives them, and returns its own extensions.
    """
    sub = af._restrict_indices(keep)
    components = strongly_connected_components(sub.successors)
    if len(components) == 1:
        return [[keep[i] for i in in_set(lab)] for lab in base(sub)]
    partial: list[list[int]] = [[]]  # sub indices
    predecessors = sub.predecessors
    local = {g: i for i, g in enumerate(keep)}
    for component in components:
        extended = []
        for ext in partial:
            chosen = set(ext)
            up = [a for a in component if chosen.isdisjoint(predecessors[a])]
            results = yield [keep[a] for a in up]
            for result in results:
                extended.append(ext + [local[g] for g in result])
        partial = extended
    return [sorted(keep[i] for i in ext) for ext in partial]


def scc_recursive_indices(af: ArgumentFramework, base: Base) -> list[list[int]]:
    """Extensions (sorted index lists) of the SCC-recursive semantics with ``base``."""
    stack = [_frame(af, list(range(len(af))), base)]
    value: list[list[int]] | None = None
    while True:
        try:
            request = stack[-1].send(value)  # type: ignore[arg-type]
        except StopIteration as stop:
            stack.pop()
            if not stack:
                return stop.value
            value = stop.value
            continue
        stack.append(_frame(af, request, base))
        value = None


def _naive(sub: ArgumentFramework) -> Iterator[list[int]]:
    return maximal_in(sub, Mode.CONFLICT_FREE)


def _stage(sub: ArgumentFramework) -> Iterator[list[int]]:
    return minimal_undec(sub, Mode.CONFLICT_FREE)


def cf2_indices(af: ArgumentFramework) -> list[list[int]]:
    """cf2 extensions as sorted index lists."""
    return scc_recursive_indices(af, _naive)


def stage2_indices(af: ArgumentFramework) -> list[list[int]]:
    """stage2 extensions as sorted index lists."""
    return scc_recursive_indices(af, _stage)


def cf2_extensions(af: ArgumentFramework) -> Iterator[frozenset]:
    """Every cf2 extension (Baroni, Giacomin and Guida 2005).

    Odd and even cycles are treated alike: in a three-cycle each argument is
    accepted by some extension.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    >>> sorted(sorted(e) for e in cf2_extensions(af))
    [['a', 'd'], ['b', 'd'], ['c']]
    """
    for ext in cf2_indices(af):
        yield af.labels(ext)


def stage2_extensions(af: ArgumentFramework) -> Iterator[frozenset]:
    """Every stage2 extension (Dvořák and Gaggl 2016).

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    >>> sorted(sorted(e) for e in stage2_extensions(af))
    [['a', 'd'], ['b', 'd'], ['c']]
    """
    for ext in stage2_indices(af):
        yield af.labels(ext)
