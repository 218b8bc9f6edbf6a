"""Grounded semantics: the least fixed point of the characteristic function.

Computed by propagation in time linear in arguments plus attacks: an argument
with no attacker left that is not OUT becomes IN, and everything it attacks
becomes OUT (the "grounded labelling" algorithm; see M. Modgil and
M. Caminada, "Proof theories and algorithms for abstract argumentation
frameworks", in Argumentation in Artificial Intelligence, Springer 2009).

Reference: P. M. Dung, Artificial Intelligence 77(2), 1995, Definition 20.
"""

from __future__ import annotations

from collections.abc import Hashable

from argmap.framework import Adjacency, ArgumentFramework
from argmap.semantics.labelling import Labelling

__all__ = ["grounded_extension", "grounded_labelling", "grounded_rounds", "grounded_undecided"]


def grounded_rounds(af: ArgumentFramework) -> list[tuple[list[int], list[int]]]:
    """The grounded fixpoint round by round, on indices.

    Round ``k`` is ``(became_in, became_out)``: the arguments first defended
    after ``k`` applications of the characteristic function, and the arguments
    they attack that were not already OUT. Used by explanations; the union of
    the IN lists is the grounded extension.
    """
    successors = af.successors
    n = len(af)
    alive = list(af.in_degrees)  # attackers not (yet) OUT
    state = [0] * n  # 0 undecided, 1 IN, 2 OUT
    frontier = [i for i in range(n) if alive[i] == 0]
    rounds = []
    while frontier:
        for i in frontier:
            state[i] = 1
        became_out = []
        for i in frontier:
            for j in successors[i]:
                if state[j] == 0:
                    state[j] = 2
                    became_out.append(j)
        nxt = []
        for j in became_out:
            for k in successors[j]:
                alive[k] -= 1
                if alive[k] == 0 and state[k] == 0:
                    nxt.append(k)
        rounds.append((sorted(frontier), sorted(became_out)))
        frontier = nxt
    return rounds


def grounded_indices(af: ArgumentFramework) -> list[int]:
    """The grounded extension as sorted indices."""
    successors = af.successors
    n = len(af)
    alive = list(af.in_degrees)
    state = bytearray(n)  # 0 undecided, 1 IN, 2 OUT
    stack = [i for i in range(n) if alive[i] == 0]
    members = []
    while stack:
        i = stack.pop()
        if state[i]:
            continue
        state[i] = 1
        members.append(i)
        for j in successors[i]:
            if state[j] == 0:
                state[j] = 2
                for k in successors[j]:
                    alive[k] -= 1
                    if alive[k] == 0 and state[k] == 0:
                        stack.append(k)
    members.sort()
    return members


def grounded_undecided(af: ArgumentFramework) -> tuple[list[int], Adjacency]:
    """The arguments the grounded labelling leaves UNDEC (sorted indices) and the attacks
    among them (``rows[i]``: the positions in that list of what its ``i``-th argument
    attacks). Every complete labelling extends the grounded one and no grounded IN argument
    attacks these, so complete-based semantics (preferred, stable, semi-stable) are decided
    on this part alone; on frameworks that propagation decides it is empty."""
    members = grounded_indices(af)
    decided = bytearray(len(af))
    for a in members:
        decided[a] = 1
        for b in af.successors[a]:
            decided[b] = 1
    undecided = [a for a in range(len(af)) if not decided[a]]
    position = {a: i for i, a in enumerate(undecided)}
    successors = af.successors
    rows = tuple(tuple(position[b] for b in successors[a] if b in position) for a in undecided)
    return undecided, rows


def grounded_extension(af: ArgumentFramework) -> frozenset[Hashable]:
    """The grounded extension: the least complete extension.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("d", "e"), ("e", "d")])
    >>> sorted(grounded_extension(af))
    ['a', 'c']
    """
    return af.arguments_at(grounded_indices(af))


def grounded_labelling(af: ArgumentFramework) -> Labelling:
    """The grounded labelling: IN the grounded extension, OUT what it attacks, UNDEC the rest."""
    return Labelling.from_extension(af, grounded_extension(af))
