"""The SCC-recursive semantics cf2 and stage2.

A framework with one strongly connected component (SCC) takes the base
semantics (naive sets for cf2, stage extensions for stage2). Otherwise the
SCCs are processed in topological order: in each SCC ``S`` the arguments
attacked from an earlier part of the extension are dropped, and the rest,
``UP(S, E)``, is solved again as a framework of its own. The recursion of the
definition is run as a depth-first search over an explicit stack of tasks, so
extensions come lazily and no depth touches Python's recursion limit.

References: P. Baroni, M. Giacomin and G. Guida, "SCC-recursiveness: a general
schema for argumentation semantics", Artificial Intelligence 168(1-2), 2005
(cf2); W. Dvořák and S. A. Gaggl, "Stage semantics and the SCC-recursive
schema for argumentation semantics", Journal of Logic and Computation 26(4),
2016 (stage2).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator

from argmap.framework import ArgumentFramework, strongly_connected_components
from argmap.semantics._search import Mode
from argmap.semantics.optimal import in_set, maximal_in
from argmap.semantics.semi_stable import stage_labellings

__all__ = ["cf2_extensions", "stage2_extensions"]

Base = Callable[[ArgumentFramework], Iterator[list[int]]]
Task = tuple  # (kind, payload, next task): pending work as an immutable linked list

_SOLVE = 0  # payload: a set of arguments to solve as a framework of its own
_UP = 1  # payload: an SCC; solve its arguments not attacked by the extension so far


def scc_recursive_indices(af: ArgumentFramework, base: Base) -> Iterator[list[int]]:
    """Extensions (sorted index lists) of the SCC-recursive semantics with ``base``, lazily.

    A depth-first search over a stack of pending tasks. Solving a set of
    arguments either takes one base extension of it (a choice point, when it
    is a single SCC) or schedules its SCCs in topological order; an SCC, when
    its turn comes, is cut down to the arguments the extension built so far
    does not attack. Pending tasks form an immutable linked list, so a choice
    point saves them in constant time; the extension is undone through a
    trail. Nothing recurses.
    """
    predecessors = af.predecessors
    in_extension = bytearray(len(af))
    trail: list[int] = []
    tasks: Task | None = (_SOLVE, list(range(len(af))), None)
    choices: list[list] = []  # [tasks after, alternatives, index taken, trail length]

    def take(alternative: list[int]) -> None:
        """Add a component's chosen extension to the extension being built."""
        for a in alternative:
            in_extension[a] = 1
        trail.extend(alternative)

    while True:
        if tasks is None:
            yield sorted(trail)
        else:
            kind, payload, rest = tasks
            if kind == _UP:
                up = [a for a in payload if not any(in_extension[b] for b in predecessors[a])]
                tasks = (_SOLVE, up, rest)
                continue
            sub = af._restrict_indices(payload)
            components = strongly_connected_components(sub.successors)
            if len(components) != 1:
                for component in reversed(components):
                    rest = (_UP, [payload[i] for i in component], rest)
                tasks = rest
                continue
            alternatives = [[payload[i] for i in in_set(lab)] for lab in base(sub)]
            choices.append([rest, alternatives, 0, len(trail)])
            take(alternatives[0])
            tasks = rest
            continue
        # Backtrack to the latest choice point with an alternative left.
        while choices:
            point = choices[-1]
            rest, alternatives, taken, mark = point
            for a in trail[mark:]:
                in_extension[a] = 0
            del trail[mark:]
            if taken + 1 < len(alternatives):
                point[2] = taken + 1
                take(alternatives[taken + 1])
                tasks = rest
                break
            choices.pop()
        else:
            return


def _naive(sub: ArgumentFramework) -> Iterator[list[int]]:
    return maximal_in(sub, Mode.CONFLICT_FREE)


def _stage(sub: ArgumentFramework) -> Iterator[list[int]]:
    return stage_labellings(sub)


def cf2_indices(af: ArgumentFramework) -> Iterator[list[int]]:
    """cf2 extensions as sorted index lists."""
    return scc_recursive_indices(af, _naive)


def stage2_indices(af: ArgumentFramework) -> Iterator[list[int]]:
    """stage2 extensions as sorted index lists."""
    return scc_recursive_indices(af, _stage)


def cf2_extensions(af: ArgumentFramework) -> Iterator[frozenset[Hashable]]:
    """Every cf2 extension (Baroni, Giacomin and Guida 2005).

    Odd and even cycles are treated alike: in a three-cycle each argument is
    accepted by some extension.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    >>> sorted(sorted(e) for e in cf2_extensions(af))
    [['a', 'd'], ['b', 'd'], ['c']]
    """
    for ext in cf2_indices(af):
        yield af.arguments_at(ext)


def stage2_extensions(af: ArgumentFramework) -> Iterator[frozenset[Hashable]]:
    """Every stage2 extension (Dvořák and Gaggl 2016).

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    >>> sorted(sorted(e) for e in stage2_extensions(af))
    [['a', 'd'], ['b', 'd'], ['c']]
    """
    for ext in stage2_indices(af):
        yield af.arguments_at(ext)
