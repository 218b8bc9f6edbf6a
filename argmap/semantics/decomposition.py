"""Preferred and stable labellings one strongly connected component at a time.

Both semantics are SCC-recursive (P. Baroni, M. Giacomin and G. Guida,
"SCC-recursiveness: a general schema for argumentation semantics", Artificial
Intelligence 168, 2005): a labelling is preferred (stable) exactly when, taking
the components in topological order, its part on each component is a
preferred (stable) labelling of that component *given* the labels of the
attackers outside it. An outside IN attacker makes an argument OUT; an
outside UNDEC attacker keeps it from being IN. This is the decomposition of
the SCC-P algorithm of F. Cerutti, M. Giacomin, M. Vallati and M. Zanella,
"An SCC recursive meta-algorithm for computing preferred labellings in
abstract argumentation", KR 2014.

Only the arguments the grounded labelling leaves undecided are decomposed: every preferred
and stable labelling extends the grounded one. A component of one argument is labelled
directly from its attackers' labels. Each larger component is solved by the labelling
search on a small framework: its
own arguments plus, when needed, one stand-in argument fixed IN that attacks
what outside IN arguments attack, and one self-attacking stand-in fixed UNDEC
that attacks what outside UNDEC arguments attack. The components are then
combined by a depth-first search with an explicit stack, so extensions come
lazily, in a fixed order, and a framework of many small components (blocks of
even cycles, say) costs the sum of its parts, not their product. When a component
has no stable labelling under its outside influence, the search jumps back to the
latest component that attacks it (or stops when none does), instead of trying every
choice of the components in between.
"""

from __future__ import annotations

from collections.abc import Iterator

from argmap.framework import ArgumentFramework, strongly_connected_components
from argmap.semantics._search import ANY, IN, OUT, UNDEC, Mode, search
from argmap.semantics.backends import check, choose
from argmap.semantics.grounded import grounded_indices, grounded_undecided
from argmap.semantics.optimal import maximal_in

__all__ = ["preferred_labellings", "stable_labellings"]


def _outside_influence(
    af: ArgumentFramework, component: list[int], local: dict[int, int], labels: list[int]
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Local indices attacked from outside by an IN argument, and (only) by an UNDEC one."""
    by_in: list[int] = []
    by_undec: list[int] = []
    for i, a in enumerate(component):
        outside = {labels[b] for b in af.predecessors[a] if b not in local}
        if IN in outside:
            by_in.append(i)
        elif UNDEC in outside:
            by_undec.append(i)
    return tuple(by_in), tuple(by_undec)


def _component_labellings(
    af: ArgumentFramework,
    component: list[int],
    local: dict[int, int],
    influence: tuple[tuple[int, ...], tuple[int, ...]],
    stable: bool,
    backend: str = "search",
) -> list[list[int]]:
    """The labellings of ``component`` (in its order) under the given outside influence."""
    by_in, by_undec = influence
    size = len(component)
    successors: list[list[int]] = [[] for _ in range(size)]
    for i, a in enumerate(component):
        for b in af.successors[a]:
            j = local.get(b)
            if j is not None:
                successors[i].append(j)
    domains = [IN | OUT if stable else ANY] * size
    if by_in:
        successors.append(list(by_in))
        domains.append(IN)
    if by_undec:
        successors.append([*by_undec, len(successors)])  # self-attacking, so it can be UNDEC
        domains.append(UNDEC)
    sub = ArgumentFramework._from_indexed(tuple(range(len(successors))), successors)
    if choose(backend, size) == "sat":
        # The stand-ins need no domains there: the IN one is unattacked, so complete
        # labellings make it IN, and the self-attacking UNDEC one is attacked only by itself.
        from argmap.semantics.sat import component_labellings

        return component_labellings(sub, size, stable)
    if stable:
        found = search(sub.successors, sub.predecessors, Mode.COMPLETE, domains)
    else:
        found = maximal_in(sub, Mode.COMPLETE, domains)
    return [labelling[:size] for labelling in found]


def _grounded_labels(af: ArgumentFramework) -> list[int]:
    """The grounded labelling as label codes (0 for UNDEC: not yet labelled)."""
    labels = [0] * len(af)
    for a in grounded_indices(af):
        labels[a] = IN
        for b in af.successors[a]:
            labels[b] = OUT
    return labels


def _singleton(af: ArgumentFramework, a: int, labels: list[int], stable: bool) -> list[list[int]]:
    """The labellings of the component made of ``a`` alone, given the labels before it: no
    framework and no search for the commonest component."""
    attackers = [labels[b] for b in af.predecessors[a] if b != a]
    if IN in attackers:
        return [[OUT]]
    if stable:
        # an UNDEC attacker cannot occur in a stable labelling; a self-attacker with no IN
        # attacker has no stable label
        return [] if a in af.successors[a] else [[IN]]
    if UNDEC in attackers or a in af.successors[a]:
        return [[UNDEC]]
    return [[IN]]


def _combine(af: ArgumentFramework, stable: bool, backend: str) -> Iterator[list[int]]:
    # Every preferred and stable labelling extends the grounded one (it is complete), and the
    # arguments the grounded labelling leaves undecided are attacked by none of its IN
    # arguments: so only those are decomposed, and the grounded labels stand for the rest.
    # On frameworks that propagation decides (BA n=2000: every argument) nothing is left.
    labels = _grounded_labels(af)
    undecided, rows = grounded_undecided(af)
    components = [[undecided[i] for i in c] for c in strongly_connected_components(rows)]
    locals_ = [{a: i for i, a in enumerate(c)} for c in components]
    # A component's labellings depend only on which of its arguments outside IN and UNDEC
    # arguments attack; backtracking revisits the same influence often, so solve each once.
    solved: list[dict] = [{} for _ in components]
    # The components that attack each component: a dead end at a component depends only on
    # their labels, so the search can jump straight back to the latest of them.
    component_of = {a: k for k, c in enumerate(components) for a in c}
    attacking = [
        sorted({component_of[b] for a in c for b in af.predecessors[a] if b in component_of} - {k})
        for k, c in enumerate(components)
    ]
    if not components:
        yield labels
        return
    # Depth-first over components: choices[k] holds component k's alternatives and the
    # index of the one in force.
    choices: list[tuple[list[list[int]], int]] = []
    k = 0
    while True:
        if k < len(components):
            if len(components[k]) == 1:
                alternatives = _singleton(af, components[k][0], labels, stable)
            else:
                influence = _outside_influence(af, components[k], locals_[k], labels)
                alternatives = solved[k].get(influence)
                if alternatives is None:
                    alternatives = _component_labellings(
                        af, components[k], locals_[k], influence, stable, backend
                    )
                    solved[k][influence] = alternatives
            position = 0
            if not alternatives:
                # No labelling of component k under this influence, whatever the components
                # that do not attack it hold (backjumping, Gaschnig 1979): resume at the
                # latest component that attacks k, or stop if none does.
                if not attacking[k]:
                    return
                del choices[attacking[k][-1] + 1 :]
                k = attacking[k][-1] + 1
        else:
            yield list(labels)
            alternatives, position = [], 0
        while position >= len(alternatives):  # exhausted: back up to the previous component
            if not choices:
                return
            k -= 1
            alternatives, position = choices.pop()
            position += 1
        choices.append((alternatives, position))
        for a, label in zip(components[k], alternatives[position], strict=True):
            labels[a] = label
        k += 1


def preferred_labellings(af: ArgumentFramework, backend: str = "search") -> Iterator[list[int]]:
    """Every preferred labelling (index level), lazily, component by component; with
    ``backend="auto"`` large components go to the SAT back end
    (:mod:`argmap.semantics.backends`)."""
    return _combine(af, False, check(backend))


def stable_labellings(af: ArgumentFramework, backend: str = "search") -> Iterator[list[int]]:
    """Every stable labelling (index level), lazily, component by component (``backend``
    as for :func:`preferred_labellings`)."""
    return _combine(af, True, check(backend))
