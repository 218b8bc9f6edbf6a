"""Maximal and minimal labellings by repeated search (the PrefSAT scheme, without SAT).

Preferred extensions are the complete labellings with a maximal IN set, naive
sets the conflict-free ones with a maximal IN set; semi-stable and stage sets
are those with a minimal UNDEC set. Each is found the same way: take any
labelling, then repeatedly ask the search for one that strictly improves on it
(a superset of IN, or a subset of UNDEC) until none exists; report it, block
everything it dominates with a clause, and start again.

Reference: F. Cerutti, P. E. Dunne, M. Giacomin and M. Vallati, "Computing
preferred extensions in abstract argumentation: a SAT-based approach",
TAFA 2013, LNCS 8306; the same loop serves semi-stable and stage semantics
(W. Dvořák, M. Järvisalo, J. P. Wallner and S. Woltran, "Complexity-sensitive
decision procedures for abstract argumentation", Artificial Intelligence 206,
2014).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from argmap.framework import ArgumentFramework
from argmap.semantics._search import (
    ANY,
    IN,
    OUT,
    UNDEC,
    Clause,
    Mode,
    branching_order,
    first,
    search,
)

__all__ = ["grow_in", "maximal_in", "minimal_undec", "shrink_undec"]


def _order(af: ArgumentFramework) -> list[int]:
    return branching_order(af.successors, af.predecessors)


def grow_in(
    af: ArgumentFramework,
    mode: Mode,
    labelling: list[int],
    domains: Sequence[int] | None = None,
    order: Sequence[int] | None = None,
) -> list[int]:
    """Extend ``labelling`` to one whose IN set is maximal (within ``domains``)."""
    n = len(af)
    base = list(domains) if domains is not None else [ANY] * n
    order = order if order is not None else _order(af)
    while True:
        grown = list(base)
        rest = []
        for i, d in enumerate(labelling):
            if d == IN:
                grown[i] &= IN
            elif base[i] & IN:
                rest.append((i, IN))
        if not rest:
            return labelling
        better = first(search(af.successors, af.predecessors, mode, grown, [rest], order))
        if better is None:
            return labelling
        labelling = better


def maximal_in(
    af: ArgumentFramework, mode: Mode, domains: Sequence[int] | None = None
) -> Iterator[list[int]]:
    """Every labelling of ``mode`` (within ``domains``) whose IN set is maximal."""
    order = _order(af)
    blocked: list[Clause] = []
    while True:
        found = first(search(af.successors, af.predecessors, mode, domains, blocked, order))
        if found is None:
            return
        found = grow_in(af, mode, found, domains, order)
        yield found
        outside = [(i, IN) for i, d in enumerate(found) if d != IN]
        if not outside:
            return
        blocked.append(outside)


def shrink_undec(
    af: ArgumentFramework,
    mode: Mode,
    labelling: list[int],
    domains: Sequence[int] | None = None,
    order: Sequence[int] | None = None,
) -> list[int]:
    """Improve ``labelling`` until its UNDEC set is minimal (within ``domains``)."""
    n = len(af)
    base = list(domains) if domains is not None else [ANY] * n
    order = order if order is not None else _order(af)
    while True:
        undec = [i for i, d in enumerate(labelling) if d == UNDEC]
        if not undec:
            return labelling
        tighter = [b if labelling[i] == UNDEC else b & (IN | OUT) for i, b in enumerate(base)]
        clause = [(i, IN | OUT) for i in undec]
        better = first(search(af.successors, af.predecessors, mode, tighter, [clause], order))
        if better is None:
            return labelling
        labelling = better


def minimal_undec(
    af: ArgumentFramework, mode: Mode, domains: Sequence[int] | None = None
) -> Iterator[list[int]]:
    """Every labelling of ``mode`` (within ``domains``) whose UNDEC set is minimal.

    Several labellings can share one minimal UNDEC set (in a two-cycle both
    arguments' labellings have none), so each minimal set found is followed by
    every labelling with exactly that UNDEC set.
    """
    n = len(af)
    base = list(domains) if domains is not None else [ANY] * n
    order = _order(af)
    blocked: list[Clause] = []
    while True:
        found = first(search(af.successors, af.predecessors, mode, base, blocked, order))
        if found is None:
            return
        found = shrink_undec(af, mode, found, base, order)
        exact = [b & UNDEC if found[i] == UNDEC else b & (IN | OUT) for i, b in enumerate(base)]
        yield from search(af.successors, af.predecessors, mode, exact, (), order)
        undec = [(i, IN | OUT) for i, d in enumerate(found) if d == UNDEC]
        if not undec:
            return
        blocked.append(undec)


def in_set(labelling: Sequence[int]) -> list[int]:
    """The indices labelled IN."""
    return [i for i, d in enumerate(labelling) if d == IN]


def out_set(labelling: Sequence[int]) -> list[int]:
    """The indices labelled OUT."""
    return [i for i, d in enumerate(labelling) if d == OUT]
