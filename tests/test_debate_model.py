"""The debate model and its evaluation API: errors that list every mistake, lookups,
statuses, verdicts, perspectives, and textbook bipolar examples with their sources."""

from __future__ import annotations

import pytest

from argmap.debate import (
    Claim,
    DebateBuilder,
    Relation,
    Status,
    evaluate,
    flatten,
)
from argmap.debate import evaluation as evaluation_module
from argmap.debate import readings as readings_module
from argmap.errors import ArgmapError, DebateError, UnknownIdError
from argmap.semantics import Label


def _builder():
    b = DebateBuilder("Ban it?")
    b.actor("p", "Parliament", kind="institution")
    b.claim("ban", "Ban it.", stance="pro", kind="thesis", actors=["p"])
    b.claim("cost", "It costs.", stance="con")
    return b


def test_every_problem_is_listed_at_once():
    b = _builder()
    b.claim("ban", "Again.")
    b.claim("bad id", "x", actors=["nobody"], base_score=2)
    b.supports("cost", "cost")
    b.attacks("cost", "ghost")
    b.undercuts("ban", "no such relation")
    with pytest.raises(DebateError) as info:
        b.build()
    assert [str(p) for p in info.value.problems] == [
        "claim 'ban': field 'id': is a duplicate; give each claim its own id",
        "claim 'bad id': field 'id': 'bad id' is not a valid id; use letters, digits, '_', '.' or '-', starting with a letter, digit or '_'",
        "claim 'bad id': field 'actors': unknown actor 'nobody'; declare the actor first, or check the spelling",
        "claim 'bad id': field 'base_score': 2 is not in [0, 1]; use a number from 0 to 1",
        "support 'cost supports cost': claim 'cost' supports itself; remove the relation",
        "attack 'cost attacks ghost': field 'to': unknown claim 'ghost'; declare the claim first, or check the spelling",
        "undercut 'ban undercuts no such relation': field 'to': no relation has the id 'no such relation'; an undercut targets the id of a support, attack or argument, e.g. 'C18 supports C16'",
    ]
    assert str(info.value).startswith("the debate has 7 problems:\n  claim 'ban'")


def test_undercut_of_an_undercut_and_duplicate_relation_are_refused():
    b = _builder()
    r = b.attacks("cost", "ban")
    b.attacks("cost", "ban")
    u = b.undercuts("ban", r)
    b.undercuts("cost", u)
    with pytest.raises(DebateError) as info:
        b.build()
    messages = [str(p) for p in info.value.problems]
    assert (
        "attack 'cost attacks ban': field 'id': is a duplicate; a relation is given twice; remove one or give it its own id"
        in messages
    )
    assert any("is an undercut; undercuts target supports and attacks only" in m for m in messages)


def test_unknown_choices_say_what_is_allowed():
    with pytest.raises(DebateError, match="unknown stance 'pros'; use one of: pro, con, neutral"):
        Claim("a", "A", stance="pros")
    with pytest.raises(DebateError, match="unknown relation kind 'rebut'"):
        Relation("rebut", "a", "b")
    with pytest.raises(
        ArgmapError,
        match="unknown support reading 'strong'; use one of: deductive, necessary, evidential, none",
    ):
        flatten(_builder().build(), "strong")


def test_lookups_name_the_known_ids():
    debate = _builder().build()
    assert debate.claim("ban").stance.value == "pro"
    with pytest.raises(UnknownIdError, match=r"unknown claim 'bna'; known: 'ban', 'cost'"):
        debate.claim("bna")
    with pytest.raises(UnknownIdError, match="unknown actor 'x'; known: 'p'"):
        debate.claims_held_by("x")
    assert debate.claims_held_by("p") == (debate.claim("ban"),)


def test_relations_are_grouped_by_kind_in_given_order():
    b = DebateBuilder("Q?")
    for c in "abc":
        b.claim(c, c)
    b.attacks("a", "b")
    b.supports("c", "a")
    b.undercuts("c", "a attacks b")
    b.supports("b", "c")
    assert [r.id for r in b.build().relations] == [
        "c supports a",
        "b supports c",
        "a attacks b",
        "c undercuts a attacks b",
    ]


def test_debate_is_immutable_and_hashable_parts_compare_equal():
    d1, d2 = _builder().build(), _builder().build()
    assert d1 == d2
    with pytest.raises(AttributeError):
        d1.question = "other"  # type: ignore[misc]


def test_statuses_table_and_verdict():
    b = _builder()
    b.claim("cheap", "It is cheap.", stance="pro", actors=["p"])
    b.attacks("cost", "ban")
    b.attacks("ban", "cost")
    b.attacks("cheap", "cost")
    result = b.build().evaluate("preferred")
    assert result.status("ban") is Status.ACCEPTED
    assert result.rejected == ("cost",)
    assert result.grounded_label("cost") is Label.OUT
    assert (
        str(result.verdict)
        == "ban (pro): accepted, grounded IN\np: 2 of 2 claims accepted, 0 credulous, 0 rejected"
    )
    assert result.rows()[1] == {
        "claim": "cost",
        "stance": "con",
        "kind": "reason",
        "status": "rejected",
        "grounded": "OUT",
        "text": "It costs.",
    }


def test_no_stable_extension_is_said_in_the_table():
    b = DebateBuilder("Q?")
    b.claim("odd", "This claim defeats itself.")
    b.attacks("odd", "odd")
    result = b.build().evaluate("stable")
    assert result.extensions == ()
    assert result.status("odd") is Status.REJECTED
    assert result.table().endswith("(no stable extension: every claim counts as rejected)")


def test_many_extensions_are_listed_up_to_the_limit_and_counted_as_more(monkeypatch):
    b = DebateBuilder("Q?")
    for i in range(4):
        b.claim(f"a{i}", "x")
        b.claim(f"b{i}", "y")
        b.attacks(f"a{i}", f"b{i}")
        b.attacks(f"b{i}", f"a{i}")
    monkeypatch.setattr(evaluation_module, "MAX_EXTENSIONS", 10)
    result = b.build().evaluate("preferred")  # 16 extensions, four parts of two
    assert len(result.extensions) == 10 and result.more_extensions
    assert result.extension_summary == "more than 10 extensions"
    assert result.credulous == tuple(f"{x}{i}" for i in range(4) for x in "ab")
    monkeypatch.setattr(evaluation_module, "MAX_EXTENSIONS", 16)
    every = set(evaluation_module.evaluate(b.build(), "preferred", backend="search").extensions)
    assert len(every) == 16
    monkeypatch.setattr(evaluation_module, "MAX_EXTENSIONS", 4)
    few = b.build().evaluate("preferred")
    assert len(few.extensions) == 4 and set(few.extensions) < every and few.more_extensions
    # the first four share the first part's choice; one past the list that lacks it is made
    # part by part, and is a true extension
    (shared,) = [c for c in ("a0", "b0") if all(c in e for e in few.extensions)]
    without = few.extension_without(shared)
    assert without in every and shared not in without
    grounded = b.build().evaluate("grounded")
    assert len(grounded.extensions) == 1 and not grounded.more_extensions


def test_one_part_with_too_many_extensions_is_asked_claim_by_claim(monkeypatch):
    b = DebateBuilder("Q?")
    for i in range(4):
        b.claim(f"a{i}", "x")
        b.claim(f"b{i}", "y")
        b.attacks(f"a{i}", f"b{i}")
        b.attacks(f"b{i}", f"a{i}")
    b.claim("hub", "z")
    b.claim("base", "w")
    for i in range(4):
        b.attacks(f"a{i}", "hub")  # one connected part of 16 preferred extensions
    b.attacks("base", "a0")
    full = b.build().evaluate("preferred")
    assert not full.more_extensions and full.status("base").value == "accepted"
    monkeypatch.setattr(evaluation_module, "MAX_EXTENSIONS", 3)
    for backend in ("search", "sat"):
        few = evaluation_module.evaluate(b.build(), "preferred", backend=backend)
        assert few.more_extensions and len(few.extensions) == 3
        assert few.rows() == full.rows()
        assert few.extension_without("hub") in set(full.extensions)
    # an argument inside that part needs every extension of it: refused, with advice
    b.argument("A1", ["a1"], "a2")
    with pytest.raises(ArgmapError, match=r"argument A1 lies in a connected part .* more than 3"):
        b.build().evaluate("preferred", "none")


def test_too_many_evidential_chains_stop_with_advice(monkeypatch):
    b = DebateBuilder("Q?")
    for c in "abcdef":
        b.claim(c, c)
    for x, y in ("ab", "ac", "bd", "cd", "de", "df", "ef"):
        b.supports(x, y)
    monkeypatch.setattr(readings_module, "MAX_EVIDENTIAL_ARGUMENTS", 5)
    # no support cycle: past the limit the reading is built with one argument per claim
    assert flatten(b.build(), "evidential").compact
    b.claim("g", "g")
    b.supports("g", "a")
    b.argument("A1", ["f"], "a")  # now a, b, d, f and a, c, d, f are cycles through an
    # argument, which the compact reading cannot stand in for
    with pytest.raises(ArgmapError, match=r"more than 5 arguments .* cycle"):
        flatten(b.build(), "evidential")
    assert len(flatten(b.build(), "deductive").framework) == 7


def test_perspective_by_claims_and_by_accepts():
    b = DebateBuilder("Q?")
    b.actor("s", "States", accepts=["keep"])
    b.claim("ban", "Ban.", stance="pro", kind="thesis")
    b.claim("keep", "Keep.", stance="con", kind="thesis")
    b.attacks("ban", "keep")
    b.attacks("keep", "ban")
    debate = b.build()
    assert debate.viewpoint_of("s") == ("keep",)
    assert evaluate(debate, "grounded", perspective="s").accepted == ("keep",)
    assert evaluate(debate, "grounded", perspective=["ban"]).accepted == ("ban",)
    assert evaluate(debate, "grounded").accepted == ()


# -- textbook examples -----------------------------------------------------------------------


def _abc(supports, attacks):
    b = DebateBuilder("Q?")
    for c in sorted({x for pair in supports + attacks for x in pair}):
        b.claim(c, c.upper())
    for s, t in supports:
        b.supports(s, t)
    for s, t in attacks:
        b.attacks(s, t)
    return b.build()


def test_supported_and_mediated_attacks():
    # Cayrol and Lagasquie-Schiex (2013), IJAR 54(7), Definitions 6 and 7: a supports b and
    # b attacks c gives the supported attack (a, c); a attacks b and c supports b gives the
    # mediated attack (a, c).
    supported = flatten(_abc([("a", "b")], [("b", "c")]), "deductive")
    assert [(d.attacker, d.target, d.kind) for d in supported.attacks] == [
        ("b", "c", "direct"),
        ("a", "c", "supported"),
    ]
    assert (
        supported.attacks[1].explain()
        == "a attacks c (supported attack): a supports b, and b attacks c directly."
    )
    mediated = flatten(_abc([("c", "b")], [("a", "b")]), "deductive")
    assert [(d.attacker, d.target, d.kind) for d in mediated.attacks] == [
        ("a", "b", "direct"),
        ("a", "c", "mediated"),
    ]


def test_secondary_and_extended_attacks():
    # Nouioua and Risch (2010) / Cayrol and Lagasquie-Schiex (2013), Definitions 9 and 10:
    # with necessary support, a attacks b and b supports c gives the secondary attack (a, c);
    # b supports a and b attacks c gives the extended attack (a, c).
    secondary = flatten(_abc([("b", "c")], [("a", "b")]), "necessary")
    assert [(d.attacker, d.target, d.kind) for d in secondary.attacks] == [
        ("a", "b", "direct"),
        ("a", "c", "secondary"),
    ]
    assert (
        secondary.attacks[1].explain()
        == "a attacks c (secondary attack): a attacks b directly, and b supports c, so c cannot stand without b."
    )
    extended = flatten(_abc([("b", "a")], [("b", "c")]), "necessary")
    assert [(d.attacker, d.target, d.kind) for d in extended.attacks] == [
        ("b", "c", "direct"),
        ("a", "c", "extended"),
    ]


def test_deductive_and_necessary_are_dual():
    # Cayrol and Lagasquie-Schiex (2013), Proposition 4: a deductive support from a to b is a
    # necessary support from b to a, and the derived attacks coincide.
    d = _abc([("a", "b"), ("b", "c")], [("d", "c"), ("c", "e")])
    n = _abc([("b", "a"), ("c", "b")], [("d", "c"), ("c", "e")])
    assert set(flatten(d, "deductive").framework.attacks) == set(
        flatten(n, "necessary").framework.attacks
    )


def test_evidential_support_needs_a_chain_from_prima_facie_evidence():
    # Oren and Norman (2008): an argument is acceptable only with evidential support from
    # the environment; here b and c support each other and nothing else supports them.
    debate = _abc([("b", "c"), ("c", "b"), ("a", "d")], [("c", "a")])
    result = evaluate(debate, "grounded", "evidential")
    assert result.accepted == ("a", "d")
    assert flatten(debate, "evidential").arguments_of["b"] == ()
    assert flatten(debate, "evidential").arguments_of["d"] == ("d<a",)


def test_undercut_cancels_an_attack_until_itself_defeated():
    # Modgil (2009), "Reasoning about preferences in argumentation frameworks", AIJ 173:
    # an attack on an attack; with the meta-argument encoding of Boella et al. (2009).
    b = DebateBuilder("Q?")
    for c in "abu":
        b.claim(c, c)
    r = b.attacks("a", "b")
    b.undercuts("u", r)
    debate = b.build()
    assert evaluate(debate, "grounded").accepted == ("a", "b", "u")
    b.claim("v", "v")
    b.attacks("v", "u")
    assert evaluate(b.build(), "grounded").accepted == ("a", "v")
    flat = flatten(debate, "none")
    assert flat.meta == {
        "~a": "a is not accepted",
        "a~>1": "the attacks of a that need a attacks b hold",
    }


def test_claims_without_support_never_count_against_the_evidential_limit(monkeypatch):
    # Each claim without support has exactly one tree, itself; the limit is on the trees of
    # supported claims, so a large map with no supports is never refused.
    b = DebateBuilder("Q?")
    for k in range(12):
        b.claim(f"c{k}", "x")
    b.attacks("c0", "c1")
    monkeypatch.setattr(readings_module, "MAX_EVIDENTIAL_ARGUMENTS", 5)
    flat = flatten(b.build(), "evidential")
    assert len(flat.framework) == 12
    b.supports("c2", "c3")
    for k in range(4, 9):
        b.supports("c2", f"c{k}")
    b.supports("c9", "c2")
    b.argument("A1", ["c8"], "c2")  # a cycle through an argument: no compact framework
    with pytest.raises(ArgmapError, match=r"more than 5 arguments .* at claim 'c7'"):
        flatten(b.build(), "evidential")


def test_the_closure_stops_at_its_work_limit_with_a_clear_error(monkeypatch):
    b = DebateBuilder("Q?")
    for k in range(6):
        b.claim(f"c{k}", "x")
    for k in range(5):
        b.supports(f"c{k}", f"c{k + 1}")
    b.attacks("c5", "c0")
    assert len(flatten(b.build(), "deductive").attacks) == 6 * 1  # c0..c5 attack c0
    monkeypatch.setattr(readings_module, "MAX_CLOSURE_WORK", 3)
    # no support cycle: past the limit the reading is built compactly instead
    assert all(flatten(b.build(), r).compact for r in ("deductive", "necessary"))
    b.supports("c5", "c0")  # a cycle of six: the compact form lists its ways too, past 3 steps
    for reading in ("deductive", "necessary"):
        with pytest.raises(ArgmapError, match=r"more than 3 steps .*MAX_CLOSURE_WORK"):
            flatten(b.build(), reading)
