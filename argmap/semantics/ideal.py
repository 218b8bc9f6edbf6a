"""Ideal and eager extensions: the largest admissible set inside every preferred
(respectively semi-stable) extension.

Both are unique, and both are computed one weakly connected component at a time
(:mod:`argmap.semantics.components`): the ideal (eager) extension of a framework is the
union of those of its components.

**Ideal, without listing preferred extensions.** An admissible set ``S`` is inside every
preferred extension exactly when no attacker of ``S`` is credulously accepted under
preferred semantics (that is, belongs to some admissible set): P. E. Dunne, "The
computational complexity of ideal semantics", Artificial Intelligence 173(18), 2009
(the characterisation behind his algorithm for the ideal extension; also P. M. Dung,
P. Mancarella and F. Toni, "Computing ideal sceptical argumentation", Artificial
Intelligence 171(10-15), 2007). Proof sketch: if an attacker of ``S`` is in a preferred
``E``, ``S ⊄ E``; if none is, ``S ∪ E`` is conflict-free (``E`` would have to counter-attack
any member of ``S`` that attacked it) and admissible, so ``S ⊆ E`` by maximality. So the
ideal extension is the largest admissible subset of the credulously accepted arguments
that no credulously accepted argument attacks; that set is conflict-free, so its
admissible subsets are closed under union and the greatest fixed point of "remove every
member that the set fails to defend" is the largest of them. Credulous acceptance takes
at most one labelling search per argument, and each search's extension settles all its
members at once.

**Eager.** The intersection of the semi-stable extensions: those are the stable ones when
a stable extension exists, and then the intersection is found by asking, argument by
argument, for a stable extension without it (each one found removes everything it lacks).
Otherwise the same question is asked of semi-stable extensions, still without listing
them, by range maximisation with the labelling search (the counterexample-guided loop of
W. Dvořák, M. Järvisalo, J. P. Wallner and S. Woltran, "Complexity-sensitive decision
procedures for abstract argumentation", Artificial Intelligence 206, 2014, that the SAT
back end runs): find a complete labelling without the argument IN whose range is inside no
maximal range found so far, grow its range until no complete labelling has a larger one,
look for a labelling without the argument IN with exactly that range, and otherwise rule out
every range inside it. The same greatest fixed point then gives the largest admissible
subset.

References: M. Caminada, "Comparing two unique extension semantics for formal
argumentation: ideal and eager", BNAIC 2007 (eager).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable

from argmap.framework import ArgumentFramework
from argmap.semantics._search import ANY, IN, OUT, UNDEC, Mode, first, search
from argmap.semantics.complete import stable_domains
from argmap.semantics.components import split
from argmap.semantics.decomposition import stable_labellings
from argmap.semantics.grounded import grounded_indices
from argmap.semantics.optimal import grow_range, in_set

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


def credulously_admissible(af: ArgumentFramework) -> list[bool]:
    """Per index, whether the argument belongs to some admissible set (equivalently some
    complete or preferred extension)."""
    n = len(af)
    status: list[bool | None] = [None] * n
    grounded = grounded_indices(af)
    for a in grounded:
        status[a] = True
        for b in af.successors[a]:
            status[b] = False  # attacked by the grounded extension: OUT in every labelling
    for a in range(n):
        if a in af.successors[a]:
            status[a] = False
    for target in range(n):
        if status[target] is not None:
            continue
        domains = [ANY] * n
        domains[target] = IN
        found = first(search(af.successors, af.predecessors, Mode.COMPLETE, domains))
        if found is None:
            status[target] = False
        else:
            for a in in_set(found):
                status[a] = True
    return [bool(s) for s in status]


def _ideal_part(af: ArgumentFramework) -> list[int]:
    accepted = credulously_admissible(af)
    predecessors = af.predecessors
    candidates = [
        a for a in range(len(af)) if accepted[a] and not any(accepted[b] for b in predecessors[a])
    ]
    return largest_admissible_subset(af, candidates)


def _eager_part(af: ArgumentFramework) -> list[int]:
    stable = first(stable_labellings(af))
    if stable is not None:
        common = set(in_set(stable))
        for target in sorted(common):
            if target not in common:
                continue
            domains = stable_domains(af)
            domains[target] = OUT
            found = first(search(af.successors, af.predecessors, Mode.COMPLETE, domains))
            if found is not None:
                common.intersection_update(in_set(found))
    else:
        common = set(range(len(af)))
        for target in range(len(af)):
            if target in common:
                found = semi_stable_lacking(af, target)
                if found is not None:  # a semi-stable extension without it
                    common.intersection_update(in_set(found))
    return largest_admissible_subset(af, common)


def semi_stable_lacking(af: ArgumentFramework, target: int) -> list[int] | None:
    """A semi-stable labelling with ``target`` not IN, or None when every semi-stable
    extension contains it; found by range maximisation (see the module's docstring)."""
    n = len(af)
    ruled_out: list[list[tuple[int, int]]] = []  # ranges inside a maximal one already seen
    while True:
        domains = [ANY] * n
        domains[target] = OUT | UNDEC
        found = first(search(af.successors, af.predecessors, Mode.COMPLETE, domains, ruled_out))
        if found is None:
            return None
        grown = grow_range(af, found, Mode.COMPLETE)
        exact = [UNDEC if grown[i] == UNDEC else IN | OUT for i in range(n)]
        exact[target] &= OUT | UNDEC
        witness = first(search(af.successors, af.predecessors, Mode.COMPLETE, exact))
        if witness is not None:
            return witness
        outside = [(i, IN | OUT) for i in range(n) if grown[i] == UNDEC]
        if not outside:  # the range is everything: each semi-stable extension is stable
            return None
        ruled_out.append(outside)


def _by_component(af: ArgumentFramework, solve: Callable[[ArgumentFramework], list[int]]):
    parts = split(af)
    found: list[int] = []
    for k, part in enumerate(parts.parts):
        found.extend(parts.globalise(k, solve(part)))
    return sorted(found)


def ideal_indices(af: ArgumentFramework) -> list[int]:
    """The ideal extension as sorted indices."""
    return _by_component(af, _ideal_part)


def eager_indices(af: ArgumentFramework) -> list[int]:
    """The eager extension as sorted indices."""
    return _by_component(af, _eager_part)


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
