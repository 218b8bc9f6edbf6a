"""Labellings with a maximal IN set or a minimal UNDEC set.

Preferred extensions are the complete labellings with a maximal IN set, naive
sets the conflict-free ones with a maximal IN set.

**Maximal IN, by one pruned depth-first search.** The search of
:mod:`argmap.semantics._search` tries IN before the other labels, and its
labellings are canonical (OUT is exactly what IN attacks). So a labelling
found later can never have a strictly larger IN set than one found earlier:
where their branches part, the earlier one has an argument IN that the later
one lacks, or attacks an argument that the later one does not. Hence a
labelling is maximal exactly when its IN set is not inside one already
reported, and a branch is cut as soon as everything that could still be IN
fits inside a reported set. This is the pruning of S. Nofal, K. Atkinson and
P. E. Dunne, "Algorithms for decision problems in argument systems under
preferred semantics", Artificial Intelligence 207, 2014, on complete
labellings.

**Minimal UNDEC.** Semi-stable extensions are the complete labellings with a
minimal UNDEC set (maximal range), stage extensions the conflict-free ones.
Since range grows with the set, every such labelling is also IN-maximal, so
they are the IN-maximal labellings whose UNDEC set is minimal among them
(M. Caminada, W. Carnielli and P. E. Dunne, "Semi-stable semantics", Journal
of Logic and Computation 22(5), 2012: every semi-stable extension is
preferred).

Restricting the domains first (an argument forced IN, say) and taking the
first IN-maximal labelling gives a preferred extension with that property:
an IN-maximal labelling among those containing the argument is IN-maximal
outright, since every larger one contains it too.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from argmap.framework import ArgumentFramework
from argmap.semantics._search import ANY, IN, OUT, UNDEC, Mode, branching_order, first, search

__all__ = [
    "grow_range",
    "in_set",
    "maximal_in",
    "maximal_range",
    "minimal_undec",
    "minimal_undec_among",
]


_PRUNE_WINDOW = 8


def _order(af: ArgumentFramework) -> list[int]:
    return branching_order(af.successors, af.predecessors)


def _mask(labelling: Sequence[int], label: int) -> int:
    """The indices whose domain includes ``label``, as an int bitmask."""
    mask = 0
    bit = 1
    for d in labelling:
        if d & label:
            mask |= bit
        bit <<= 1
    return mask


def maximal_in(
    af: ArgumentFramework, mode: Mode, domains: Sequence[int] | None = None
) -> Iterator[list[int]]:
    """Every labelling of ``mode`` (within ``domains``) whose IN set is maximal, lazily."""
    reported: list[int] = []

    def inside_reported(dom: list[int]) -> bool:
        """Whether every labelling below this search node is inside a reported one."""
        # Only the most recent reports: depth-first search stays near them, and
        # comparing against all of them costs more than the pruning saves.
        # (Leaves are still checked against every report below.)
        if not reported:
            return False
        possible = _mask(dom, IN)
        return any(not possible & ~r for r in reported[-_PRUNE_WINDOW:])

    for labelling in search(
        af.successors, af.predecessors, mode, domains, (), _order(af), inside_reported
    ):
        members = _mask(labelling, IN)
        if any(not members & ~r for r in reported):
            continue
        reported.append(members)
        yield labelling


def minimal_undec(
    af: ArgumentFramework, mode: Mode, domains: Sequence[int] | None = None
) -> Iterator[list[int]]:
    """Every labelling of ``mode`` (within ``domains``) whose UNDEC set is minimal.

    Computed from all IN-maximal labellings, so it yields only once those are known.
    """
    return minimal_undec_among(maximal_in(af, mode, domains))


def minimal_undec_among(labellings: Iterator[list[int]]) -> Iterator[list[int]]:
    """Those of the given labellings whose UNDEC set is minimal among them, in order."""
    candidates = list(labellings)
    undecided = [_mask(lab, UNDEC) for lab in candidates]
    for lab, u in zip(candidates, undecided, strict=True):
        if not any(v != u and not v & ~u for v in undecided):
            yield lab


def grow_range(af: ArgumentFramework, labelling: list[int], mode: Mode) -> list[int]:
    """A labelling of ``mode`` whose range (IN or OUT) contains ``labelling``'s and is
    maximal among the labellings of ``mode``: a strictly larger range is asked for (one
    clause: some UNDEC argument becomes IN or OUT) until there is none."""
    n = len(af)
    while True:
        undecided = [i for i in range(n) if labelling[i] == UNDEC]
        if not undecided:
            return labelling
        domains = [ANY if labelling[i] == UNDEC else IN | OUT for i in range(n)]
        larger = [(i, IN | OUT) for i in undecided]
        bigger = first(search(af.successors, af.predecessors, mode, domains, [larger]))
        if bigger is None:
            return labelling
        labelling = bigger


def maximal_range(af: ArgumentFramework, mode: Mode) -> Iterator[list[int]]:
    """Every labelling of ``mode`` whose range is maximal (its UNDEC set minimal), lazily,
    one maximal range at a time, without listing the IN-maximal labellings first.

    The counterexample-guided loop of W. Dvořák, M. Järvisalo, J. P. Wallner and S. Woltran,
    "Complexity-sensitive decision procedures for abstract argumentation", Artificial
    Intelligence 206, 2014, on the labelling search: find a labelling whose range is inside
    no maximal range found so far, grow its range (:func:`grow_range`), yield every
    labelling with exactly that range, and rule out every range inside it.
    """
    n = len(af)
    ruled_out: list[list[tuple[int, int]]] = []
    while True:
        found = first(search(af.successors, af.predecessors, mode, None, ruled_out))
        if found is None:
            return
        grown = grow_range(af, found, mode)
        exact = [UNDEC if grown[i] == UNDEC else IN | OUT for i in range(n)]
        yield from search(af.successors, af.predecessors, mode, exact)
        outside = [(i, IN | OUT) for i in range(n) if grown[i] == UNDEC]
        if not outside:  # the range is everything: there is no other
            return
        ruled_out.append(outside)


def in_set(labelling: Sequence[int]) -> list[int]:
    """The indices labelled IN."""
    return [i for i, d in enumerate(labelling) if d == IN]
