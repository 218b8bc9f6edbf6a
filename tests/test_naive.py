"""Naive sets by Bron–Kerbosch (argmap.semantics.naive) against the definition: the
conflict-free sets maximal under inclusion (Baroni, Caminada and Giacomin 2011, "An
introduction to argumentation semantics", KER 26(4)), each listed once, and only those
holding or lacking an argument when asked."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reference import naive_sets
from strategies import as_indices, small_frameworks

from argmap import ArgumentFramework, credulous_acceptance, skeptical_acceptance
from argmap.debate import DebateBuilder, evaluate
from argmap.errors import ArgmapError
from argmap.semantics.naive import naive_indices
from argmap.semantics.scc_recursive import cf2_indices


@given(small_frameworks(max_arguments=9))
def test_the_naive_sets_are_the_maximal_conflict_free_sets_each_once(af):
    A, R = as_indices(af)
    listed = [frozenset(s) for s in naive_indices(af)]
    assert len(listed) == len(set(listed))
    assert set(listed) == set(naive_sets(A, R))
    assert all(s == sorted(s) for s in naive_indices(af))


@given(small_frameworks(max_arguments=8), st.data())
def test_holding_or_lacking_an_argument_lists_exactly_those_sets(af, data):
    if not len(af):
        return
    A, R = as_indices(af)
    target = data.draw(st.integers(0, len(af) - 1))
    every = set(naive_sets(A, R))
    holding = [frozenset(s) for s in naive_indices(af, include=target)]
    lacking = [frozenset(s) for s in naive_indices(af, exclude=target)]
    assert len(holding) == len(set(holding)) and len(lacking) == len(set(lacking))
    assert set(holding) == {s for s in every if target in s}
    assert set(lacking) == {s for s in every if target not in s}


@given(small_frameworks(max_arguments=8), st.data())
def test_past_the_bit_set_limit_the_labelling_search_lists_the_same_sets(af, data):
    from argmap.semantics import naive

    A, R = as_indices(af)
    every = set(naive_sets(A, R))
    target = data.draw(st.integers(0, len(af) - 1)) if len(af) else None
    limit = naive.BIT_SET_LIMIT
    try:
        naive.BIT_SET_LIMIT = -1
        listed = [frozenset(s) for s in naive_indices(af)]
        holding = [] if target is None else list(naive_indices(af, include=target))
        lacking = [] if target is None else list(naive_indices(af, exclude=target))
    finally:
        naive.BIT_SET_LIMIT = limit
    assert len(listed) == len(set(listed)) and set(listed) == every
    if target is not None:
        assert {frozenset(s) for s in holding} == {s for s in every if target in s}
        assert {frozenset(s) for s in lacking} == {s for s in every if target not in s}


def test_include_and_exclude_together_are_refused():
    af = ArgumentFramework.from_attacks([("a", "b")])
    with pytest.raises(ValueError, match="not both"):
        next(naive_indices(af, include=0, exclude=1))


@pytest.mark.timeout(60)
def test_a_framework_past_the_bit_set_limit_gives_its_first_naive_set_at_once():
    n = 50_000  # bit sets would take about 300 MB here; the labelling search, linear memory
    af = ArgumentFramework._from_indexed(tuple(range(n)), [[i + 1] for i in range(n - 1)] + [[]])
    first = next(naive_indices(af))
    chosen = set(first)
    assert af.is_conflict_free(first)
    assert all(i in chosen or (i - 1) in chosen or (i + 1) in chosen for i in range(n))


def cycle(n: int) -> ArgumentFramework:
    return ArgumentFramework._from_indexed(tuple(range(n)), [[(i + 1) % n] for i in range(n)])


def test_a_cycle_has_the_perrin_number_of_naive_sets():
    # The maximal independent sets of an n-cycle number P(n), the Perrin numbers
    # (Füredi 1987, "The number of maximal independent sets in connected graphs", JGT 11).
    perrin = [3, 0, 2]
    while len(perrin) <= 30:
        perrin.append(perrin[-2] + perrin[-3])
    for n in (3, 4, 5, 10, 25, 30):
        assert sum(1 for _ in naive_indices(cycle(n))) == perrin[n]


@pytest.mark.timeout(60)  # seconds at most; listing every cf2 extension first never ended
def test_a_long_cycle_answers_cf2_questions_without_listing_its_extensions():
    af = cycle(200)  # about 10^24 naive sets, every one a cf2 extension
    first = next(cf2_indices(af))
    assert af.is_conflict_free(first) and len(first) >= 67
    for argument in (0, 1, 199):
        assert credulous_acceptance(af, argument, "cf2").accepted
        assert not skeptical_acceptance(af, argument, "cf2").accepted
        assert credulous_acceptance(af, argument, "naive").accepted
        assert not skeptical_acceptance(af, argument, "naive").accepted


@pytest.mark.timeout(60)
def test_a_debate_round_a_long_cycle_stops_at_the_listing_limit_under_cf2():
    b = DebateBuilder("Q?")
    for i in range(60):
        b.claim(f"c{i}", f"Claim {i}.")
    for i in range(60):
        b.attacks(f"c{i}", f"c{(i + 1) % 60}")
    with pytest.raises(ArgmapError, match=r"more than 10,000 cf2 extensions"):
        evaluate(b.build(), "cf2")
