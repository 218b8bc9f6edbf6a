"""Conflict-free and admissible sets, complete and stable extensions.

All four are enumerated by the labelling search of :mod:`argmap.semantics._search`
(each set corresponds to exactly one labelling, so nothing is reported twice);
stable extensions go through it one strongly connected component at a time
(:mod:`argmap.semantics.decomposition`).

References: P. M. Dung, Artificial Intelligence 77(2), 1995 (Definitions 5, 6,
13 and 23); M. Caminada, "On the issue of reinstatement in argumentation",
JELIA 2006 (complete labellings).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence

from argmap.framework import ArgumentFramework
from argmap.semantics._search import IN, OUT, Mode, search
from argmap.semantics.decomposition import stable_labellings
from argmap.semantics.optimal import in_set

__all__ = [
    "admissible_sets",
    "complete_extensions",
    "conflict_free_sets",
    "stable_extensions",
]


def index_labellings(
    af: ArgumentFramework, mode: Mode, domains: Sequence[int] | None = None
) -> Iterator[list[int]]:
    """The labellings of ``mode`` within ``domains``, each a list of label codes indexed
    by argument (the search's own form; :func:`argmap.labellings` gives Labelling
    objects)."""
    return search(af.successors, af.predecessors, mode, domains)


def stable_domains(af: ArgumentFramework) -> list[int]:
    """Domains that forbid UNDEC: complete labellings within them are the stable ones."""
    return [IN | OUT] * len(af)


def _extensions(af: ArgumentFramework, mode: Mode, domains: Sequence[int] | None):
    for labelling in index_labellings(af, mode, domains):
        yield af.arguments_at(in_set(labelling))


def conflict_free_sets(af: ArgumentFramework) -> Iterator[frozenset[Hashable]]:
    """Every conflict-free set (no member attacks a member), the empty set included.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b")])
    >>> sorted(sorted(s) for s in conflict_free_sets(af))
    [[], ['a'], ['b']]
    """
    return _extensions(af, Mode.CONFLICT_FREE, None)


def admissible_sets(af: ArgumentFramework) -> Iterator[frozenset[Hashable]]:
    """Every admissible set (conflict-free and defending its members), the empty set included.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a")])
    >>> sorted(sorted(s) for s in admissible_sets(af))
    [[], ['a'], ['b']]
    """
    return _extensions(af, Mode.ADMISSIBLE, None)


def complete_extensions(af: ArgumentFramework) -> Iterator[frozenset[Hashable]]:
    """Every complete extension (admissible and containing everything it defends).

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a")])
    >>> sorted(sorted(s) for s in complete_extensions(af))
    [[], ['a'], ['b']]
    """
    return _extensions(af, Mode.COMPLETE, None)


def stable_extensions(af: ArgumentFramework) -> Iterator[frozenset[Hashable]]:
    """Every stable extension (conflict-free and attacking every other argument).

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("c", "c")])
    >>> list(stable_extensions(af))
    []
    """
    for labelling in stable_labellings(af):
        yield af.arguments_at(in_set(labelling))
