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
from argmap.semantics.naive import naive_indices
from argmap.semantics.optimal import in_set
from argmap.semantics.semi_stable import stage_labellings

__all__ = ["cf2_extensions", "stage2_extensions"]

#: A base semantics: the extensions of a framework of one SCC, as index lists, lazily;
#: with ``include`` (``exclude``) an index, only those that hold (lack) that argument.
Base = Callable[..., Iterator[list[int]]]
Task = tuple  # (kind, payload, next task): pending work as an immutable linked list

_SOLVE = 0  # payload: a set of arguments to solve as a framework of its own
_UP = 1  # payload: an SCC; solve its arguments not attacked by the extension so far


def scc_recursive_indices(
    af: ArgumentFramework, base: Base, target: int | None = None, wanted: bool = True
) -> Iterator[list[int]]:
    """Extensions (sorted index lists) of the SCC-recursive semantics with ``base``, lazily;
    with ``target``, only those that hold it (``wanted``) or lack it.

    A depth-first search over a stack of pending tasks. Solving a set of
    arguments either takes one base extension of it (a choice point, when it
    is a single SCC) or schedules its SCCs in topological order; an SCC, when
    its turn comes, is cut down to the arguments the extension built so far
    does not attack. Pending tasks form an immutable linked list, so a choice
    point saves them in constant time; the extension is undone through a
    trail. Nothing recurses. A choice point asks the base semantics for its next
    extension only when it backtracks there, so the first extensions come at once
    even where one SCC has very many (a long cycle: exponentially many naive sets).
    With a ``target``, the SCC that holds it is asked only for base extensions that hold
    (or lack) it, so a credulous or skeptical question on one long cycle is one search.
    """
    predecessors = af.predecessors
    in_extension = bytearray(len(af))
    trail: list[int] = []
    tasks: Task | None = (_SOLVE, list(range(len(af))), None)
    choices: list[tuple[Task | None, Iterator[list[int]], int]] = []
    # each: (tasks after, the SCC's further base extensions, trail length)

    def take(alternative: list[int]) -> None:
        """Add a component's chosen extension to the extension being built."""
        for a in alternative:
            in_extension[a] = 1
        trail.extend(alternative)

    while True:
        if tasks is None:
            if target is None or bool(in_extension[target]) == wanted:
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
            if target is not None and target in payload:
                local = payload.index(target)
                found = base(sub, include=local) if wanted else base(sub, exclude=local)
            else:
                found = base(sub)
            alternatives = _globalised(found, payload)
            # Without a target a base semantics gives every framework at least one
            # extension (the empty set, at the least); with one there may be none.
            first = next(alternatives, None)
            if first is not None:
                choices.append((rest, alternatives, len(trail)))
                take(first)
                tasks = rest
                continue
        # Backtrack to the latest choice point with an alternative left.
        while choices:
            rest, alternatives, mark = choices[-1]
            for a in trail[mark:]:
                in_extension[a] = 0
            del trail[mark:]
            alternative = next(alternatives, None)
            if alternative is not None:
                take(alternative)
                tasks = rest
                break
            choices.pop()
        else:
            return


def _globalised(found: Iterator[list[int]], payload: list[int]) -> Iterator[list[int]]:
    """``found``'s index lists, each index taken back to ``payload``'s (a function, not a
    generator expression in the loop, which would read ``payload`` when resumed, after the
    loop had moved it on)."""
    for members in found:
        yield [payload[i] for i in members]


def _stage(
    sub: ArgumentFramework, *, include: int | None = None, exclude: int | None = None
) -> Iterator[list[int]]:
    for labelling in stage_labellings(sub):
        members = in_set(labelling)
        if (include is None or include in members) and (exclude is None or exclude not in members):
            yield members


def cf2_indices(
    af: ArgumentFramework, target: int | None = None, wanted: bool = True
) -> Iterator[list[int]]:
    """cf2 extensions as sorted index lists (with ``target``: those that hold it, when
    ``wanted``, or lack it)."""
    return scc_recursive_indices(af, naive_indices, target, wanted)


def stage2_indices(
    af: ArgumentFramework, target: int | None = None, wanted: bool = True
) -> Iterator[list[int]]:
    """stage2 extensions as sorted index lists (with ``target``: those that hold it, when
    ``wanted``, or lack it)."""
    return scc_recursive_indices(af, _stage, target, wanted)


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
