"""Gradual semantics with linked arguments: a linked argument supports its conclusion as one
supporter as strong as its weakest premise; a one-premise argument is exactly a support."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import small_debates

from argmap.debate import Debate, DebateBuilder
from argmap.errors import ArgmapError
from argmap.gradual import QBAF, contributions, debate_qbaf, debate_strengths, strengths

BIPOLAR = ["dfquad", "quad", "euler", "quadratic-energy"]
TEACHING = "docs/examples/arguments-example.argmap.toml"


@st.composite
def scored_debates(draw):
    """Small debates (supports, attacks, undercuts) whose claims have random base scores."""
    debate = draw(small_debates())
    claims = [attrs.evolve(c, base_score=draw(st.floats(0, 1))) for c in debate.claims]
    return attrs.evolve(debate, claims=claims)


def _supports_as_arguments(debate: Debate) -> Debate:
    """The same debate with every support written as a one-premise argument, in order, and
    each undercut of a support aimed at that argument."""
    names = {r.id: f"A{i}" for i, r in enumerate(debate.supports)}
    b = DebateBuilder(debate.question)
    for claim in debate.claims:
        b.claim(claim.id, claim.text, base_score=claim.base_score)
    for relation in debate.supports:
        b.argument(names[relation.id], [relation.source], relation.target)
    for relation in debate.attacks:
        b.attacks(relation.source, relation.target)
    for relation in debate.undercuts:
        b.undercuts(relation.source, names.get(relation.target, relation.target))
    return b.build()


@settings(max_examples=150)
@given(scored_debates(), st.sampled_from(BIPOLAR))
def test_one_premise_arguments_give_exactly_the_strengths_of_supports(debate, method):
    # Today's computation on supports: the QBAF of the claims, attacks and supports alone.
    today = strengths(
        QBAF(
            {c.id: c.base_score for c in debate.claims},
            [(r.source, r.target) for r in debate.attacks],
            [(r.source, r.target) for r in debate.supports],
        ),
        method,
    )
    converted = _supports_as_arguments(debate)
    assert len(converted.arguments) == len(debate.supports)
    result = debate_strengths(converted, method)
    assert dict(result) == dict(today)  # exactly, not approximately
    assert result.converged == today.converged


@settings(max_examples=150)
@given(
    st.floats(0, 1),
    st.lists(st.floats(0, 1), min_size=1, max_size=4),
    st.floats(0, 1),
    st.sampled_from(BIPOLAR),
)
def test_a_linked_argument_is_as_strong_as_its_weakest_premise(tau, premises, attacker, method):
    names = [f"p{i}" for i in range(len(premises))]
    base = {"t": tau, "x": attacker} | dict(zip(names, premises, strict=True))
    linked = QBAF(base, attacks=[("x", "t")], linked_supports=[(names, "t")])
    weakest = QBAF(
        {"t": tau, "x": attacker, "w": min(premises)}, attacks=[("x", "t")], supports=[("w", "t")]
    )
    assert strengths(linked, method)["t"] == strengths(weakest, method)["t"]


@st.composite
def acyclic_linked(draw):
    """An acyclic QBAF (edges go from lower to higher index) with one linked support of the
    last argument, and an argument that is not yet among its premises."""
    n = draw(st.integers(3, 7))
    names = [f"x{i}" for i in range(n)]
    base = {x: draw(st.floats(0, 1)) for x in names}
    forward = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1])
    attacks = [(names[i], names[j]) for i, j in draw(st.lists(forward, max_size=n, unique=True))]
    supports = [(names[i], names[j]) for i, j in draw(st.lists(forward, max_size=n, unique=True))]
    premises = draw(st.lists(st.sampled_from(names[:-1]), min_size=1, unique=True))
    extra = draw(st.sampled_from([x for x in names[:-1] if x not in premises] or [None]))
    return base, attacks, supports, premises, extra


@settings(max_examples=150)
@given(acyclic_linked(), st.sampled_from(BIPOLAR))
def test_adding_a_premise_never_strengthens_the_conclusion(case, method):
    base, attacks, supports, premises, extra = case
    if extra is None:
        return
    target = list(base)[-1]
    before = strengths(QBAF(base, attacks, supports, [(premises, target)]), method)[target]
    after = strengths(QBAF(base, attacks, supports, [((*premises, extra), target)]), method)
    assert after[target] <= before + 1e-12


def test_the_teaching_map_reads_its_linked_arguments_by_the_weakest_link():
    debate = Debate.load(TEACHING)
    qbaf, notes = debate_qbaf(debate, "dfquad")
    assert qbaf.linked_supports == (
        (("scans", "scanning-everyone"), "mass-surveillance"),
        (("mass-surveillance", "chilling"), "ban"),
    )
    assert "2 linked arguments count as one supporter each, as strong as its weakest premise" in (
        notes
    )
    result = debate_strengths(debate, "dfquad")
    # A1's premises are unattacked (0.5 each): vs = 0.5, so 0.5 + 0.5 * 0.5.
    assert result["mass-surveillance"] == 0.75
    # chilling and no-chilling attack each other: equal strengths s = 0.5 - 0.5 s, s = 1/3.
    assert result["chilling"] == pytest.approx(1 / 3)
    # ban: supporter min(0.75, 1/3) = 1/3 against children (0.5 - 0.5 * 0.5 = 0.25).
    expected = 0.5 + 0.5 * (1 / 3 - 0.25)
    assert result["ban"] == pytest.approx(expected)


def test_the_h_categoriser_refuses_linked_supports():
    q = QBAF({"a": 1.0, "b": 1.0, "c": 1.0}, linked_supports=[(("b", "c"), "a")])
    with pytest.raises(ArgmapError, match="attack-only"):
        strengths(q, "h-categoriser")


def test_removing_a_premise_removes_the_linked_support():
    q = QBAF({"a": 0.5, "p": 0.9, "q": 0.3}, linked_supports=[(("p", "q"), "a")])
    assert q.without("q").linked_supports == ()
    assert contributions(q, "a", "dfquad") == {"p": pytest.approx(0.15), "q": pytest.approx(0.15)}


@pytest.mark.parametrize(
    ("linked", "message"),
    [([((), "a")], "no premises"), ([(("p", "z"), "a")], "'z', which has no base score")],
)
def test_bad_linked_supports_are_refused(linked, message):
    with pytest.raises(ArgmapError, match=message):
        QBAF({"a": 0.5, "p": 0.5}, linked_supports=linked)
