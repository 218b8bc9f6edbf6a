"""Independent parts of a framework: its weakly connected components.

Two arguments with no chain of attacks between them, in either direction, cannot
constrain each other, so under every semantics argmap computes the extensions of a
framework are exactly the unions of one extension of each weakly connected component
(the components are the framework's "disjoint union"; every semantics here satisfies the
directionality and disjoint-union properties of P. Baroni and M. Giacomin, "On principle-based
evaluation of extension-based argumentation semantics", Artificial Intelligence 171, 2007).
Hence counting multiplies over the components, one extension of each gives one of the
whole, and an argument's acceptance is decided inside its own component. A framework of
sixty unlinked mutual attacks has 2^60 preferred extensions but sixty parts of two
arguments each.

>>> from argmap import ArgumentFramework
>>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("c", "d")])
>>> [[af.arguments[i] for i in part] for part in split(af).members]
[['a', 'b'], ['c', 'd']]
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Sequence

import attrs

from argmap.framework import ArgumentFramework

__all__ = ["Split", "product", "split", "weak_components"]


def weak_components(af: ArgumentFramework) -> list[list[int]]:
    """The weakly connected components as sorted index lists, ordered by their first index.

    Breadth-first over attacks in both directions, without recursion.
    """
    successors = af.successors
    predecessors = af.predecessors
    n = len(af)
    component = [-1] * n
    parts: list[list[int]] = []
    for root in range(n):
        if component[root] != -1:
            continue
        number = len(parts)
        component[root] = number
        members = [root]
        frontier = [root]
        while frontier:
            a = frontier.pop()
            for b in successors[a]:
                if component[b] == -1:
                    component[b] = number
                    members.append(b)
                    frontier.append(b)
            for b in predecessors[a]:
                if component[b] == -1:
                    component[b] = number
                    members.append(b)
                    frontier.append(b)
        members.sort()
        parts.append(members)
    return parts


@attrs.frozen(eq=False)
class Split:
    """A framework cut into its weakly connected components.

    ``members[k]`` lists component ``k``'s indices in the framework (sorted);
    ``parts[k]`` is the component as a framework of its own whose arguments are the local
    indices ``0..len(members[k]) - 1`` (local ``i`` is ``members[k][i]``);
    ``component_of[a]`` and ``local[a]`` place index ``a``.
    """

    members: list[list[int]]
    parts: list[ArgumentFramework]
    component_of: list[int]
    local: list[int]
    #: per semantics, one extension of each component (global indices), filled on demand
    some: dict[object, list[list[int]]] = attrs.field(factory=dict)
    #: per semantics with one extension (ideal, eager), that extension, filled on demand
    unique: dict[object, list[int]] = attrs.field(factory=dict)

    def globalise(self, k: int, local_indices: Sequence[int]) -> list[int]:
        """Component ``k``'s local indices as indices of the whole framework."""
        members = self.members[k]
        return [members[i] for i in local_indices]


def _build(af: ArgumentFramework) -> Split:
    members = weak_components(af)
    n = len(af)
    component_of = [0] * n
    local = [0] * n
    for k, part in enumerate(members):
        for i, a in enumerate(part):
            component_of[a] = k
            local[a] = i
    if len(members) == 1:
        parts = [af]  # one component: the framework itself, local = global
    else:
        successors = af.successors
        parts = []
        for part in members:
            rows = [[local[b] for b in successors[a]] for a in part]
            parts.append(ArgumentFramework._from_indexed(tuple(range(len(part))), rows))
    return Split(members, parts, component_of, local)


# Frameworks are immutable, so a split is computed once per framework object. Keyed by id
# with a weak reference to check the object is still the same one (hashing a framework
# walks all its attacks); the cache keeps the most recent few.
_CACHE: dict[int, tuple[weakref.ref, Split]] = {}
_CACHE_SIZE = 8


def split(af: ArgumentFramework) -> Split:
    """The weakly connected components of ``af`` (cached for the framework object)."""
    key = id(af)
    hit = _CACHE.get(key)
    if hit is not None and hit[0]() is af:
        return hit[1]
    result = _build(af)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[key] = (weakref.ref(af), result)
    return result


def product(choices: Sequence[Sequence[list[int]]]) -> Iterator[list[int]]:
    """Every union of one list from each of ``choices`` (sorted), lazily, last varying
    fastest; nothing when some component offers no choice."""
    if any(not options for options in choices):
        return
    positions = [0] * len(choices)
    while True:
        chosen: list[int] = []
        for options, p in zip(choices, positions, strict=True):
            chosen.extend(options[p])
        chosen.sort()
        yield chosen
        k = len(choices) - 1
        while k >= 0 and positions[k] + 1 == len(choices[k]):
            positions[k] = 0
            k -= 1
        if k < 0:
            return
        positions[k] += 1
