"""backend="auto": SAT per strongly connected component where the rule says so, the
search elsewhere, and the search alone without python-sat; every answer as the reference's."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference import reference_extensions
from strategies import as_indices, small_frameworks

from argmap import (
    ArgumentFramework,
    Semantics,
    count_extensions,
    credulous_acceptance,
    extensions,
    skeptical_acceptance,
    some_extension,
)
from argmap.errors import UnknownChoiceError
from argmap.semantics import backends, sat


@contextlib.contextmanager
def sat_from(size: int):
    """``auto`` gives every strongly connected component of ``size`` or more to SAT."""
    before = backends.SAT_MIN_COMPONENT
    backends.SAT_MIN_COMPONENT = size
    try:
        yield
    finally:
        backends.SAT_MIN_COMPONENT = before


@contextlib.contextmanager
def without_python_sat():
    """As if python-sat were not installed; building a solver fails the test."""

    def refuse():
        raise AssertionError("auto built a SAT solver without python-sat")

    saved = backends.sat_installed, sat._solver_class
    backends.sat_installed, sat._solver_class = (lambda: False), refuse
    try:
        yield
    finally:
        backends.sat_installed, sat._solver_class = saved


def _check_every_task(af, sem):
    A, R = as_indices(af)
    reference = {af.arguments_at(e) for e in reference_extensions(sem.code, A, R)}
    found = list(extensions(af, sem))
    assert len(found) == len(set(found)) and set(found) == reference
    assert count_extensions(af, sem) == len(reference)
    one = some_extension(af, sem)
    assert (one is None) if not reference else (one in reference)
    for argument in af.arguments:
        credulous = credulous_acceptance(af, argument, sem)
        assert credulous.accepted == any(argument in e for e in reference)
        if credulous.accepted:
            assert credulous.witness in reference and argument in credulous.witness
        skeptical = skeptical_acceptance(af, argument, sem)
        assert skeptical.accepted == all(argument in e for e in reference)
        if not skeptical.accepted:
            assert skeptical.witness in reference and argument not in skeptical.witness


SEMANTICS = sorted(Semantics, key=lambda s: s.code)


@settings(max_examples=200)
@given(small_frameworks(max_arguments=8), st.sampled_from(SEMANTICS), st.integers(1, 4))
def test_auto_with_sat_for_components_of_any_size(af, sem, size):
    with sat_from(size):
        _check_every_task(af, sem)


@settings(max_examples=100)
@given(small_frameworks(max_arguments=8), st.sampled_from(SEMANTICS))
def test_auto_without_python_sat_is_the_search(af, sem):
    with sat_from(1), without_python_sat():
        _check_every_task(af, sem)


def test_the_rule():
    assert backends.choose("search", 10**6) == "search"
    assert backends.choose("sat", 1) == "sat"
    assert backends.choose("python", 1) == "search"  # the former name
    assert backends.choose("auto", backends.SAT_MIN_COMPONENT - 1) == "search"
    assert backends.choose("auto", backends.SAT_MIN_COMPONENT) == "sat"
    with without_python_sat():
        assert backends.choose("auto", 10**6) == "search"
    with pytest.raises(UnknownChoiceError, match="use 'auto', 'search' or 'sat'"):
        backends.choose("gpu", 1)


def test_a_large_core_goes_to_sat_and_agrees_with_the_search():
    import random

    rng = random.Random(3)
    n = 250  # its grounded-undecided core: 198 arguments
    attacks = {(rng.randrange(n), rng.randrange(n)) for _ in range(3 * n)}
    af = ArgumentFramework(range(n), attacks)
    assert backends.largest_component(af) >= backends.SAT_MIN_COMPONENT
    for sem in ("PR", "ST", "SST", "CO"):
        auto = set(extensions(af, sem, limit=200))
        search = set(extensions(af, sem, limit=200, backend="search"))
        if len(auto) < 200:
            assert auto == search


def test_the_rule_measures_what_the_grounded_labelling_leaves_undecided():
    cycle = [("a", "b"), ("b", "c"), ("c", "a")]
    assert backends.largest_component(ArgumentFramework.from_attacks(cycle)) == 3
    # an unattacked argument defeats "a", so the grounded labelling decides the whole cycle
    settled = ArgumentFramework.from_attacks([*cycle, ("x", "a")])
    assert backends.largest_component(settled) == 0
    assert [sorted(e) for e in extensions(settled, "PR")] == [["b", "x"]]
    # a self-attacker attacking the cycle decides nothing: it stays undecided beside it
    undecided = ArgumentFramework.from_attacks([*cycle, ("s", "s"), ("s", "a")])
    assert backends.largest_component(undecided) == 3
    assert [sorted(e) for e in extensions(undecided, "PR")] == [[]]
