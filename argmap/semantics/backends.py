"""Which engine answers: the labelling search, the SAT back end, or each where it is faster.

``backend="auto"`` (the default) uses the optional SAT back end (:mod:`argmap.semantics.sat`)
only where measurements showed it faster, and only when python-sat is installed; without
python-sat it is the labelling search and nothing else changes. The grounded labelling
comes first (linear time; every complete labelling extends it), and the rule applies to the
strongly connected components of what it leaves undecided (measured with
``bench/scc_rule.py``; figures in docs/performance.md):

- a component of fewer than :data:`SAT_MIN_COMPONENT` arguments (in particular every
  argument of an acyclic framework, each its own component) goes to the search, where
  building a solver costs more than propagation needs;
- a larger one goes to the SAT solver, whose clause learning wins on dense cores with
  many extensions (AFGen n100p3q34ve: 1.06 s against 2.92 s for preferred) and on large
  sparse cores alike (the 896-argument core of ER n=1000 m=3000: 0.31 s against more
  than 20 s). Between 40 and 100 arguments the two were within milliseconds of each other
  either way (the 54-argument core of WS n=100: stable extensions 2 ms by the search,
  13 ms with SAT, solver set-up included), so the search keeps them.

Preferred and stable enumeration apply the rule to each component of the SCC
decomposition (:mod:`argmap.semantics.decomposition`); the other tasks apply it to the
largest undecided component and answer whole with the back end it picks. A framework that
propagation decides (BA n=2000: every argument) has none, and goes to the search.

>>> choose("search", 10_000), choose("sat", 1)
('search', 'sat')
"""

from __future__ import annotations

import functools

from argmap.errors import UnknownChoiceError
from argmap.framework import ArgumentFramework, strongly_connected_components
from argmap.semantics.grounded import grounded_undecided

__all__ = ["BACKENDS", "SAT_MIN_COMPONENT", "choose", "largest_component", "sat_installed"]

BACKENDS = ("auto", "search", "sat")

#: the smallest strongly connected component that ``auto`` gives to the SAT solver
SAT_MIN_COMPONENT = 100


@functools.cache
def sat_installed() -> bool:
    """Whether python-sat can be imported (checked once, without importing it)."""
    import importlib.util

    return importlib.util.find_spec("pysat") is not None


def check(backend: str) -> str:
    """The back end's canonical name (``"python"`` is the former name of ``"search"``)."""
    if backend == "python":
        return "search"
    if backend not in BACKENDS:
        raise UnknownChoiceError(f"unknown backend {backend!r}; use 'auto', 'search' or 'sat'")
    return backend


def choose(backend: str, component_size: int) -> str:
    """``"search"`` or ``"sat"`` for a strongly connected component of this many arguments."""
    backend = check(backend)
    if backend != "auto":
        return backend
    if component_size >= SAT_MIN_COMPONENT and sat_installed():
        return "sat"
    return "search"


def largest_component(af: ArgumentFramework) -> int:
    """The number of arguments in the largest strongly connected component of the part
    the grounded labelling leaves undecided (0 when it decides everything): the part a
    back end has to search (:func:`argmap.semantics.grounded.grounded_undecided`)."""
    _, rows = grounded_undecided(af)
    if not rows:
        return 0
    return max(len(c) for c in strongly_connected_components(rows))
