"""Gradual semantics: the reference values of the issue, hand-computed cases, a brute-force
reference (synchronous iteration) on acyclic graphs, fixpoints on cycles, and properties
from the literature (Amgoud and Ben-Naim 2018; Baroni, Rago and Toni 2019)."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from argmap.errors import ArgmapError
from argmap.gradual import QBAF, GradualMethod, _update, contributions, strengths

EXAMPLE = QBAF(
    {"a": 0.5, "b": 0.8, "c": 0.6, "d": 0.4},
    attacks=[("c", "a"), ("d", "c")],
    supports=[("b", "a")],
)
BIPOLAR = ["dfquad", "quad", "euler", "quadratic-energy"]


@pytest.mark.parametrize(
    "method,a,c",
    [
        ("dfquad", 0.72, 0.36),  # the reference values
        ("quadratic-energy", 0.537017, 0.517241),
        ("euler", 0.544392, 0.543572),
        ("quad", 0.61, 0.36),  # by hand: c = 0.6(1-0.4); a = mean(0.5(1-0.36), 1-0.5(1-0.8))
    ],
)
def test_reference_values(method, a, c):
    result = strengths(EXAMPLE, method)
    assert result.converged and result.iterations == 0
    assert result["a"] == pytest.approx(a, abs=5e-7)
    assert result["c"] == pytest.approx(c, abs=5e-7)
    assert result["b"] == 0.8 and result["d"] == 0.4  # unattacked, unsupported: the base score


def test_h_categoriser_on_a_two_cycle_and_a_chain():
    cycle = strengths(QBAF({"a": 1.0, "b": 1.0}, attacks=[("a", "b"), ("b", "a")]), "h-categoriser")
    assert cycle.converged
    assert cycle["a"] == pytest.approx((math.sqrt(5) - 1) / 2, abs=1e-8)
    assert cycle["b"] == pytest.approx(0.618034, abs=5e-7)
    chain = strengths(
        QBAF({"a": 1.0, "b": 1.0, "c": 1.0}, attacks=[("a", "b"), ("b", "c")]), "h-categoriser"
    )
    assert (chain["a"], chain["b"], chain["c"]) == (1.0, 0.5, pytest.approx(2 / 3))


def test_h_categoriser_refuses_supports():
    with pytest.raises(ArgmapError, match="attack-only"):
        strengths(EXAMPLE, "h-categoriser")


def test_bad_input_is_refused():
    with pytest.raises(ArgmapError, match="use a number in"):
        QBAF({"a": 1.5})
    with pytest.raises(ArgmapError, match="names 'z'"):
        QBAF({"a": 0.5}, attacks=[("z", "a")])
    with pytest.raises(ArgmapError, match="unknown gradual method 'best'"):
        strengths(EXAMPLE, "best")


def test_non_convergence_is_reported_not_hidden():
    cycle = QBAF({"a": 0.9, "b": 0.9, "c": 0.9}, attacks=[("a", "b"), ("b", "c"), ("c", "a")])
    result = strengths(cycle, "dfquad", max_iterations=3)
    assert not result.converged
    assert result.notes and "did not settle within 3 iterations" in result.notes[0]
    assert "NOT converged" in repr(result)


def test_contributions_are_removal_differences():
    result = contributions(EXAMPLE, "a", "dfquad")
    assert result["b"] == pytest.approx(0.72 - 0.5 * (1 - 0.36))
    assert result["c"] == pytest.approx(0.72 - (0.5 + 0.5 * 0.8))
    assert result["d"] == pytest.approx(0.72 - (0.5 + 0.5 * (0.8 - 0.6)))


@st.composite
def qbafs(draw, acyclic: bool, attack_only: bool = False, max_size: int = 7):
    n = draw(st.integers(1, max_size))
    names = [f"x{i}" for i in range(n)]
    base = {x: draw(st.floats(0, 1)) for x in names}
    pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
    if acyclic:
        pairs = pairs.filter(lambda p: p[0] < p[1])  # edges go forward: no cycle
    attacks = [(names[i], names[j]) for i, j in draw(st.lists(pairs, max_size=2 * n, unique=True))]
    supports = (
        []
        if attack_only
        else [
            (names[i], names[j])
            for i, j in draw(st.lists(pairs, max_size=2 * n, unique=True))
            if (names[i], names[j]) not in attacks
        ]
    )
    return QBAF(base, attacks, supports)


def _synchronous(q: QBAF, method: str, rounds: int) -> dict:
    """The obviously correct reference: update every argument from the previous round's
    values, ``rounds`` times (exact on an acyclic graph once rounds exceed its depth)."""
    update = _update(GradualMethod.parse(method))
    value = dict(q.base)
    for _ in range(rounds):
        value = {
            a: update(
                q.base[a],
                [value[b] for b in q.attackers_of(a)],
                [value[b] for b in q.supporters_of(a)],
            )
            for a in q.arguments
        }
    return value


@settings(max_examples=200)
@given(qbafs(acyclic=True), st.sampled_from([*BIPOLAR, "h-categoriser"]))
def test_one_pass_equals_synchronous_iteration_on_acyclic_graphs(q, method):
    assume(method != "h-categoriser" or not q.supports)
    result = strengths(q, method)
    reference = _synchronous(q, method, len(q.arguments) + 1)
    assert result.converged and result.iterations == 0
    for a in q.arguments:
        assert result[a] == pytest.approx(reference[a], abs=1e-12)
        assert 0.0 <= result[a] <= 1.0


@settings(max_examples=200)
@given(qbafs(acyclic=False), st.sampled_from(BIPOLAR))
def test_converged_strengths_are_fixpoints_on_cycles(q, method):
    result = strengths(q, method)
    update = _update(GradualMethod.parse(method))
    if result.converged:
        for a in q.arguments:
            expected = update(
                q.base[a],
                [result[b] for b in q.attackers_of(a)],
                [result[b] for b in q.supporters_of(a)],
            )
            assert result[a] == pytest.approx(expected, abs=1e-6)
    else:
        assert result.notes


@settings(max_examples=200)
@given(qbafs(acyclic=False, attack_only=True))
def test_h_categoriser_always_converges(q):
    result = strengths(q, "h-categoriser")
    assert result.converged
    for a in q.arguments:
        assert result[a] == pytest.approx(
            q.base[a] / (1 + sum(result[b] for b in q.attackers_of(a))), abs=1e-6
        )


@pytest.mark.slow
@settings(max_examples=200)
@given(qbafs(acyclic=True), st.sampled_from(BIPOLAR), st.data())
def test_monotonicity(q, method, data):
    # Raising an attacker's base score never raises its target; raising a supporter's never
    # lowers it (for a direct, sole relation between the two on an acyclic graph).
    relations = [("attack", p) for p in q.attacks] + [("support", p) for p in q.supports]
    assume(relations)
    kind, (source, target) = data.draw(st.sampled_from(relations))
    assume(sum(1 for _, p in relations if p[1] == target) == 1)
    higher = dict(q.base)
    higher[source] = data.draw(st.floats(q.base[source], 1))
    before = strengths(q, method)[target]
    after = strengths(QBAF(higher, q.attacks, q.supports), method)[target]
    if kind == "attack":
        assert after <= before + 1e-12
    else:
        assert after >= before - 1e-12


@settings(max_examples=200)
@given(
    st.floats(0, 1),
    st.lists(st.floats(0, 1), max_size=4),
    st.sampled_from(["dfquad", "euler", "quadratic-energy"]),
)
def test_balance(tau, scores, method):
    # Attackers and supporters of equal strengths cancel out (Amgoud and Ben-Naim's balance
    # for these aggregations): the target keeps its base score.
    base = (
        {"t": tau}
        | {f"a{i}": s for i, s in enumerate(scores)}
        | {f"s{i}": s for i, s in enumerate(scores)}
    )
    q = QBAF(
        base,
        [(f"a{i}", "t") for i in range(len(scores))],
        [(f"s{i}", "t") for i in range(len(scores))],
    )
    assert strengths(q, method)["t"] == pytest.approx(tau, abs=1e-12)


@settings(max_examples=100)
@given(st.floats(0, 1))
def test_stability(tau):
    for method in [*BIPOLAR, "h-categoriser"]:
        assert strengths(QBAF({"a": tau}), method)["a"] == tau
