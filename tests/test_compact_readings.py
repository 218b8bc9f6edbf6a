"""The compact readings against the explicit ones they stand in for.

Evidential: the reference is the Polberg and Oren (2014) translation the reading uses below
its limit, one framework argument per support tree. Deductive and necessary: the reference is
the explicit closure, one attack per derived pair (Cayrol and Lagasquie-Schiex 2013; Nouioua
2013). Where the supports have no cycle and the explicit form would be too large, the reading
is built compactly instead (``Flattening.compact``); under the semantics defined by complete
labellings every claim's status, grounded label and extension, and every argument's status,
must be the same, and the derived attacks asked claim by claim must be the explicit ones.
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.debate import Debate, DebateBuilder, evaluate_flattening, flatten, readings
from argmap.errors import ArgmapError

EXACT = [s.title for s in readings.EXACT_WHEN_COMPACT]


@contextmanager
def _cap(limit: int, name: str = "MAX_EVIDENTIAL_ARGUMENTS"):
    saved = getattr(readings, name)
    setattr(readings, name, limit)
    try:
        yield
    finally:
        setattr(readings, name, saved)


@st.composite
def acyclic_debates(draw, cycles: bool = False, arguments: bool = True):
    """Debates whose supports and argument premises only point from a lower-numbered claim
    to a higher one (so they have no cycle; with ``cycles``, any way), with any attacks, up
    to three undercuts of supports, attacks or arguments, and up to two protected claims.
    Without ``arguments``, supports only (a linked or declared argument inside a support
    cycle keeps the tree framework)."""
    n = draw(st.integers(2, 6))
    ids = [f"c{i}" for i in range(n)]
    b = DebateBuilder("Q?")
    for claim_id in ids:
        b.claim(claim_id, claim_id.upper())
    ordered = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(
        lambda p: p[0] != p[1] if cycles else p[0] < p[1]
    )
    relation_ids = [
        b.supports(ids[i], ids[j]) for i, j in draw(st.lists(ordered, max_size=n, unique=True))
    ]
    for k in range(draw(st.integers(0, 2 if arguments else 0))):
        j = draw(st.integers(1, n - 1))
        before = [c for c in ids if c != ids[j]] if cycles else ids[:j]
        premises = draw(st.lists(st.sampled_from(before), min_size=1, max_size=3, unique=True))
        relation_ids.append(b.argument(f"A{k}", premises, ids[j]))
    pairs = st.tuples(st.sampled_from(ids), st.sampled_from(ids))
    for a, c in draw(st.lists(pairs, max_size=2 * n, unique=True)):
        relation_ids.append(b.attacks(a, c))
    if relation_ids:
        for u, r in draw(
            st.lists(
                st.tuples(st.sampled_from(ids), st.sampled_from(relation_ids)),
                max_size=3,
                unique=True,
            )
        ):
            b.undercuts(u, r)
    protected = draw(st.lists(st.sampled_from(ids), max_size=2, unique=True))
    return b.build(), protected


def _traces(attacks):
    """What a derived attack says, with its chains' lengths: where two shortest chains tie,
    the search from the claim asked about may find the other one."""
    return {
        (
            a.attacker,
            a.target,
            a.kind,
            a.via,
            a.conditions,
            len(a.attacker_chain),
            len(a.target_chain),
        )
        for a in attacks
    }


def _outcome(debate: Debate, flat: readings.Flattening, semantics: str):
    result = evaluate_flattening(flat, semantics)
    return (
        {c: (result.status(c), result.grounded_label(c)) for c in debate.claim_ids},
        sorted(sorted(e) for e in result.extensions),
        {
            a.id: (result.argument_status(a.id), result.argument_grounded_label(a.id))
            for a in debate.arguments
        },
    )


@settings(max_examples=500)
@given(acyclic_debates(), st.sampled_from(EXACT))
def test_the_compact_reading_agrees_with_the_tree_framework(case, semantics):
    debate, protected = case
    trees = flatten(debate, "evidential", protected)
    assert not trees.compact
    with _cap(-1):  # every map passes the cap, so every acyclic one is built compactly
        compact = flatten(debate, "evidential", protected)
    assert compact.compact
    assert compact.attacks == trees.attacks  # the direct attacks, with their undercuts
    assert _outcome(debate, compact, semantics) == _outcome(debate, trees, semantics)


@settings(max_examples=400)
@given(acyclic_debates(cycles=True, arguments=False), st.sampled_from(EXACT))
def test_the_compact_reading_agrees_through_support_cycles(case, semantics):
    debate, protected = case
    trees = flatten(debate, "evidential", protected)
    with _cap(-1):
        compact = flatten(debate, "evidential", protected)
    assert compact.compact
    assert _outcome(debate, compact, semantics) == _outcome(debate, trees, semantics)


def test_a_way_through_a_support_cycle_needs_every_claim_on_it():
    # outside supports a, a supports b, b supports c, c supports a: the tree of c is
    # c<b<a<outside, so an attack on b defeats c although b is not c's supporter's supporter
    b = DebateBuilder("Q?")
    for c in ("outside", "a", "b", "c", "doubt"):
        b.claim(c, c)
    for x, y in (("outside", "a"), ("a", "b"), ("b", "c"), ("c", "a")):
        b.supports(x, y)
    b.attacks("doubt", "b")
    debate = b.build()
    with _cap(-1):
        compact = flatten(debate, "evidential")
    assert compact.compact
    result = evaluate_flattening(compact, "grounded")
    assert result.accepted == ("outside", "a", "doubt")
    assert result.rejected == ("b", "c")
    assert (
        result.accepted == evaluate_flattening(flatten(debate, "evidential"), "grounded").accepted
    )


def test_a_declared_argument_inside_a_support_cycle_keeps_the_tree_framework():
    b = DebateBuilder("Q?")
    for c in ("outside", "a", "b"):
        b.claim(c, c)
    b.supports("outside", "a")
    b.supports("a", "b")
    b.argument("A1", ["b"], "a")
    with _cap(-1), pytest.raises(ArgmapError, match="support cycle"):
        flatten(b.build(), "evidential")


@settings(max_examples=400)
@given(
    acyclic_debates(cycles=True),
    st.sampled_from(["deductive", "necessary"]),
    st.sampled_from(EXACT),
)
def test_the_compact_closure_agrees_with_the_explicit_one(case, reading, semantics):
    debate, _ = case  # a perspective's protected claims keep the explicit closure
    explicit = flatten(debate, reading)
    assert not explicit.compact
    with _cap(-1, "_COMPACT_PAIRS"):  # every map passes, so every one is built compactly
        compact = flatten(debate, reading)
    assert compact.compact
    assert all(a.kind == "direct" for a in compact.attacks)
    for claim_id in debate.claim_ids:
        assert _traces(compact.attacks_on(claim_id)) == _traces(explicit.attacks_on(claim_id))
        assert _traces(compact.attacks_by(claim_id)) == _traces(explicit.attacks_by(claim_id))
    assert _outcome(debate, compact, semantics) == _outcome(debate, explicit, semantics)


def test_a_perspective_keeps_the_explicit_closure():
    b = DebateBuilder("Q?")
    for c in "abc":
        b.claim(c, c)
    b.supports("a", "b")
    b.attacks("c", "b")
    with _cap(-1, "_COMPACT_PAIRS"):
        assert flatten(b.build(), "deductive").compact
        assert not flatten(b.build(), "deductive", protected=["a"]).compact


def test_the_compact_reading_is_needed_only_past_the_cap_and_is_one_argument_per_claim():
    b = DebateBuilder("Q?")
    width, layers = 5, 9
    for layer in range(layers):
        for k in range(width):
            b.claim(f"c{layer}_{k}", "x")
    for layer in range(layers - 1):
        for k in range(width):
            for j in range(width):
                b.supports(f"c{layer}_{j}", f"c{layer + 1}_{k}")
    b.claim("doubt", "x")
    b.attacks("doubt", "c4_0")
    debate = b.build()
    flat = flatten(debate, "evidential")
    # 5**8 = 390,625 chains reach each claim of the last layer; the compact framework has
    # each claim, its "no support holds" node, one node per support and one "~" per claim
    assert flat.compact
    supports = len(debate.supports)
    assert len(flat.framework) == len(debate.claims) + 8 * width + supports + 8 * width
    result = evaluate_flattening(flat, "preferred")
    # c4_0 falls; every claim above still has chains through the other four of layer 4
    assert result.rejected == ("c4_0",)
    assert result.grounded_label("c8_0").name == "IN"


@pytest.mark.parametrize("reading", ["evidential", "deductive", "necessary"])
@pytest.mark.parametrize("semantics", ["semi-stable", "stage", "eager", "admissible", "cf2"])
def test_a_compact_reading_refuses_semantics_it_cannot_answer_exactly(reading, semantics):
    b = DebateBuilder("Q?")
    for c in "abcd":
        b.claim(c, c)
    for x, y in ("ab", "ac", "bd", "cd"):
        b.supports(x, y)
    with _cap(1), _cap(-1, "_COMPACT_PAIRS"):
        flat = flatten(b.build(), reading)
    assert flat.compact
    with pytest.raises(ArgmapError, match=f"not under {semantics}: choose one of those"):
        evaluate_flattening(flat, semantics)


def test_undercut_diamonds_in_a_row_take_the_compact_closure():
    # 16 diamonds of undercut supports: 2**16 ways from n0 to n16, each with its own set of
    # undercut supports, so the explicit deductive closure passes its work limit (it used to
    # run past 60 s comparing the sets); the compact closure has no sets outside cycles
    b = DebateBuilder("Diamonds?")
    b.claim("n0", "n0")
    b.claim("u", "undercutter")
    for i in range(16):
        for c in (f"l{i}", f"r{i}", f"n{i + 1}"):
            b.claim(c, c)
        for s, t in (
            (f"n{i}", f"l{i}"),
            (f"n{i}", f"r{i}"),
            (f"l{i}", f"n{i + 1}"),
            (f"r{i}", f"n{i + 1}"),
        ):
            b.undercuts("u", b.supports(s, t))
    b.claim("x", "x")
    b.attacks("x", "n16")
    debate = b.build()
    flat = flatten(debate, "deductive")
    assert flat.compact
    result = evaluate_flattening(flat, "grounded")
    # u is unattacked and undercuts every support, so no derived attack holds: x attacks
    # only n16, and everything before it stands
    assert result.rejected == ("n16",)
    (on_l15,) = flat.attacks_on("l15")
    assert (on_l15.attacker, on_l15.kind, len(on_l15.conditions)) == ("x", "mediated", 1)
    # n3's attack by x can be cancelled 2**13 ways, one per way from n3 to n16: listing them
    # is the explicit closure's cost again, so asking stops at the work limit
    with pytest.raises(ArgmapError, match="MAX_CLOSURE_WORK"):
        flat.attacks_on("n3")
