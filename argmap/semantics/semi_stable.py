"""Semi-stable and stage extensions: complete and conflict-free sets of maximal range.

The range of a set ``S`` is ``S ∪ S⁺``; maximising it is minimising the UNDEC
part of the labelling.

References: M. Caminada, "Semi-stable semantics", COMMA 2006, and
M. Caminada, W. Carnielli and P. E. Dunne, "Semi-stable semantics", Journal of
Logic and Computation 22(5), 2012; B. Verheij, "Two approaches to dialectical
argumentation: admissible sets and argumentation stages", NAIC 1996 (stage).
Algorithm: :mod:`argmap.semantics.optimal`.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator

from argmap.framework import ArgumentFramework
from argmap.semantics._search import Mode
from argmap.semantics.decomposition import stable_labellings
from argmap.semantics.optimal import in_set, maximal_range

__all__ = [
    "semi_stable_extensions",
    "semi_stable_labellings",
    "stage_extensions",
    "stage_labellings",
]


def semi_stable_extensions(af: ArgumentFramework) -> Iterator[frozenset[Hashable]]:
    """Every semi-stable extension: the complete extensions with maximal range.

    They coincide with the stable extensions when any exist.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c"), ("c", "c")])
    >>> [sorted(e) for e in semi_stable_extensions(af)]
    [['b']]
    """
    for labelling in semi_stable_labellings(af):
        yield af.arguments_at(in_set(labelling))


def semi_stable_labellings(af: ArgumentFramework) -> Iterator[list[int]]:
    """The labellings of the semi-stable extensions: the stable ones when there are any
    (their range is everything; Caminada 2006), found lazily, else the complete labellings
    of maximal range, one range at a time (:func:`argmap.semantics.optimal.maximal_range`),
    without listing every preferred extension first."""
    stable = stable_labellings(af)
    one = next(stable, None)
    if one is not None:
        yield one
        yield from stable
    else:
        yield from maximal_range(af, Mode.COMPLETE)


def stage_extensions(af: ArgumentFramework) -> Iterator[frozenset[Hashable]]:
    """Every stage extension: the conflict-free sets with maximal range.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a")])
    >>> sorted(sorted(e) for e in stage_extensions(af))
    [['a'], ['b'], ['c']]
    """
    for labelling in stage_labellings(af):
        yield af.arguments_at(in_set(labelling))


def stage_labellings(af: ArgumentFramework) -> Iterator[list[int]]:
    """The labellings of the stage extensions (UNDEC-minimal conflict-free labellings).

    When stable extensions exist they are exactly the stage extensions (their range is
    everything; Verheij 1996), and they are found without listing every naive extension,
    of which a sparse framework can have exponentially many.
    """
    found_stable = False
    for labelling in stable_labellings(af):
        found_stable = True
        yield labelling
    if not found_stable:  # the conflict-free labellings of maximal range, lazily
        yield from maximal_range(af, Mode.CONFLICT_FREE)
