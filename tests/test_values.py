"""Values and audiences (#12), checked against a reference written from Bench-Capon's
definitions (tests/values_reference.py) on hypothesis-generated value maps."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from values_reference import defeat_graph, reference_extensions, standings, total_orders

from argmap.debate import (
    Audience,
    Debate,
    DebateBuilder,
    Standing,
    Status,
    across_audiences,
    defeat_debate,
    distinct_rankings,
    evaluate,
    failed_attacks,
)
from argmap.errors import ArgmapError, DebateError
from argmap.formats.maps import parse_map
from argmap.semantics import Semantics

REPO = Path(__file__).resolve().parent.parent
VALUES = ["privacy", "security", "assembly", "cost"]


@st.composite
def value_maps(draw, max_claims: int = 5, max_values: int = 3, supports: bool = False):
    """Claims c0.. promoting 0-2 of the values v0..; random attacks (self-attacks too),
    optionally supports and undercuts of arguments that promote values."""
    n = draw(st.integers(1, max_claims))
    ids = [f"c{i}" for i in range(n)]
    values = VALUES[: draw(st.integers(1, max_values))]
    b = DebateBuilder("Q?")
    for claim_id in ids:
        b.claim(claim_id, claim_id, values=draw(st.lists(st.sampled_from(values), max_size=2,
                                                         unique=True)))  # fmt: skip
    pairs = st.tuples(st.sampled_from(ids), st.sampled_from(ids))
    for a, c in draw(st.lists(pairs, max_size=2 * n, unique=True)):
        b.attacks(a, c)
    if supports and n > 1:
        for a, c in draw(st.lists(pairs, max_size=n, unique=True)):
            if a != c:
                b.supports(a, c)
        if draw(st.booleans()):
            premises = draw(st.lists(st.sampled_from(ids[1:]), min_size=1, max_size=2,
                                     unique=True))  # fmt: skip
            b.argument("A", premises, ids[0],
                       values=draw(st.lists(st.sampled_from(values), max_size=1)))  # fmt: skip
            b.undercuts(draw(st.sampled_from(ids)), "A")
    return b.build(), values


def _values_of(debate: Debate) -> dict:
    return {c.id: frozenset(c.values) for c in debate.claims}


def _attack_pairs(debate: Debate) -> set:
    return {(r.source, r.target) for r in debate.attacks}


def _audience(rank: dict) -> Audience:
    tiers: dict[int, list[str]] = {}
    for value, k in rank.items():
        tiers.setdefault(k, []).append(value)
    return Audience("x", "X", [tiers[k] for k in sorted(tiers)])


CODES = [s.code for s in Semantics]


@settings(max_examples=150)
@given(value_maps(), st.data())
def test_statuses_for_an_audience_are_those_of_the_defeat_graph(mapped, data):
    debate, values = mapped
    # An audience with ties: a random weak order of some of the values.
    named = data.draw(st.lists(st.sampled_from(values), unique=True, min_size=1))
    rank = {v: data.draw(st.integers(0, len(named) - 1)) for v in named}
    rank = {v: sorted(set(rank.values())).index(k) for v, k in rank.items()}  # no gaps
    audience = _audience(rank)
    defeats = defeat_graph(_attack_pairs(debate), _values_of(debate), rank)
    for code in CODES:
        result = evaluate(debate, code, "none", audience=audience)
        expected = reference_extensions(code, debate.claim_ids, defeats)
        assert set(result.extensions) == set(expected), code
    failed = {(f.relation.source, f.relation.target) for f in failed_attacks(debate, audience)}
    assert failed == _attack_pairs(debate) - defeats


@settings(max_examples=100)
@given(value_maps(max_values=3))
def test_objective_and_subjective_acceptance_match_all_total_orders(mapped):
    debate, _ = mapped
    values = debate.value_ids
    for code in ("GR", "PR", "ST"):
        got = across_audiences(debate, code, "none")
        want = standings(code, debate.claim_ids, _attack_pairs(debate), _values_of(debate), values)
        assert {s.claim: s.standing.value for s in got.standings} == want, code
        for s in got.standings:  # the witnesses really accept it, or really do not
            if s.accepted_by is not None:
                assert (
                    evaluate(debate, code, "none", audience=s.accepted_by).status(s.claim)
                    is Status.ACCEPTED
                )
            if s.not_accepted_by is not None:
                assert (
                    evaluate(debate, code, "none", audience=s.not_accepted_by).status(s.claim)
                    is not Status.ACCEPTED
                )


@settings(max_examples=100)
@given(value_maps(max_values=4))
def test_the_search_finds_every_distinct_defeat_graph_once(mapped):
    debate, _ = mapped
    graphs = {
        frozenset(defeat_graph(_attack_pairs(debate), _values_of(debate), rank))
        for rank in total_orders(debate.value_ids)
    }
    found = [
        frozenset((r.source, r.target) for r in defeat_debate(debate, audience).attacks)
        for audience in distinct_rankings(debate)
    ]
    assert len(found) == len(set(found)) and set(found) == graphs


@settings(max_examples=100)
@given(value_maps(supports=True), st.permutations(VALUES[:3]))
def test_every_reading_applies_to_the_defeat_graph(mapped, order):
    debate, _ = mapped
    audience = Audience("x", "X", list(order))
    rank = {v: i for i, v in enumerate(order)}
    # The reference removal: an attack fails when the target's best value ranks above the
    # attacker's; an undercut of an argument likewise with the argument's values; the
    # undercuts of a removed attack go with it.
    values = _values_of(debate) | {a.id: frozenset(a.values) for a in debate.arguments}
    removed = {
        r.id
        for r in debate.relations
        if r.kind.value != "support"
        and r.target in values
        and (r.source, r.target) not in defeat_graph({(r.source, r.target)}, values, rank)
    }
    kept = [r for r in debate.relations if r.id not in removed and r.target not in removed]
    weighed = attrs.evolve(debate, relations=kept)
    for reading in ("evidential", "deductive", "necessary", "none"):
        for code in ("GR", "PR"):
            got = evaluate(debate, code, reading, audience=audience)
            want = evaluate(weighed, code, reading)
            assert got.extensions == want.extensions, (reading, code)
            assert got.argument_statuses == want.argument_statuses


@settings(max_examples=150)
@given(value_maps(max_values=3))
def test_a_claim_without_values_is_never_immune_and_never_fails_to_defeat(mapped):
    debate, values = mapped
    for rank in total_orders(values):
        for failure in failed_attacks(debate, _audience(rank)):
            assert failure.attacker_values and failure.target_values


@st.composite
def single_value_acyclic(draw):
    """One value per claim, and no cycle of attacks among claims of one value: an attack
    between two claims of the same value only from a lower to a higher index."""
    n = draw(st.integers(1, 6))
    ids = [f"c{i}" for i in range(n)]
    values = VALUES[: draw(st.integers(1, 3))]
    value = {c: draw(st.sampled_from(values)) for c in ids}
    b = DebateBuilder("Q?")
    for c in ids:
        b.claim(c, c, values=[value[c]])
    pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
    for i, j in draw(st.lists(pairs, max_size=3 * n, unique=True)):
        if value[ids[i]] != value[ids[j]] or i < j:
            b.attacks(ids[i], ids[j])
    return b.build()


@settings(max_examples=150)
@given(single_value_acyclic())
def test_bench_capon_no_single_value_cycle_gives_one_preferred_extension(debate):
    # Bench-Capon 2003, Theorem 12: a VAF with no cycle of attacks in a single value has,
    # for each audience, a unique preferred extension (which is then also stable).
    for order in itertools.permutations(debate.value_ids):
        result = evaluate(debate, "preferred", "none", audience=Audience("x", "X", list(order)))
        assert len(result.extensions) == 1, order
        assert (
            result.extensions
            == evaluate(
                debate, "stable", "none", audience=Audience("x", "X", list(order))
            ).extensions
        )


def test_a_single_value_cycle_can_leave_two_preferred_extensions():
    # The theorem's condition is needed: a 2-cycle within one value stays a 2-cycle.
    b = DebateBuilder("Q?")
    b.claim("a", "A", values=["privacy"])
    b.claim("b", "B", values=["privacy"])
    b.attacks("a", "b")
    b.attacks("b", "a")
    result = evaluate(b.build(), "preferred", "none", audience=Audience("x", "X", ["privacy"]))
    assert len(result.extensions) == 2


def _ban_debate() -> Debate:
    b = DebateBuilder("Ban live facial recognition in public spaces?")
    b.value("privacy", "privacy")
    b.value("security", "public security")
    b.actor("ep", "European Parliament")
    b.actor("council", "Council")
    b.claim("ban", "Ban it.", kind="thesis", values=["privacy"], actors=["ep"])
    b.claim("exceptions", "Allow it for serious crime.", kind="thesis", values=["security"],
            actors=["council"])  # fmt: skip
    b.claim("error", "Error rates are higher for some groups.")
    b.attacks("ban", "exceptions")
    b.attacks("exceptions", "ban")
    b.audience("parliament", "Parliament", ["privacy", "security"], actors=["ep"])
    b.audience("states", "Member states", ["security", "privacy"], actors=["council"])
    return b.build()


def test_two_audiences_reach_opposite_verdicts_from_the_same_claims():
    debate = _ban_debate()
    assert evaluate(debate, "grounded").accepted == ("error",)
    assert evaluate(debate, "grounded", audience="parliament").accepted == ("ban", "error")
    assert evaluate(debate, "grounded", audience="states").accepted == ("exceptions", "error")
    (failure,) = evaluate(debate, "grounded", audience="parliament").failed_attacks
    assert failure.explain(debate) == (
        "exceptions's attack on ban fails for Parliament, which ranks privacy above public security"
    )


def test_an_actor_with_an_audience_sees_the_debate_through_it():
    debate = _ban_debate()
    seen = evaluate(debate, "grounded", perspective="council")
    assert seen.audience is not None and seen.audience.id == "states"
    assert seen.accepted == ("exceptions", "error")
    # an explicit audience wins over the actor's own
    assert evaluate(debate, "grounded", perspective="council", audience="parliament").accepted == (
        "ban",
        "error",
    )


def test_declared_audiences_and_all_rankings():
    debate = _ban_debate()
    every = across_audiences(debate, "grounded")
    assert every.audiences == 2 and every.defeat_graphs == 2
    assert every.claims_with(Standing.SUBJECTIVE) == ("ban", "exceptions")
    assert every.claims_with("objective") == ("error",)
    declared = across_audiences(debate, "grounded", declared=True)
    assert declared.standing("ban").accepted_by.id == "parliament"
    assert declared.standing("ban").not_accepted_by.id == "states"
    with pytest.raises(ArgmapError, match="declares no audiences"):
        across_audiences(attrs.evolve(debate, audiences=()), declared=True)


def test_ties_do_not_protect_and_unnamed_values_rank_last():
    b = DebateBuilder("Q?")
    b.claim("a", "A", values=["privacy"])
    b.claim("b", "B", values=["security"])
    b.claim("c", "C", values=["cost"])
    b.attacks("a", "b")
    b.attacks("c", "a")
    debate = b.build()
    tied = Audience("t", "T", [["privacy", "security"]])
    # privacy and security tie: a defeats b; cost is not named, so below both: c fails
    assert [f.relation.id for f in failed_attacks(debate, tied)] == ["c attacks a"]
    # only security named: a's attack on b fails; privacy and cost tie below it
    only = Audience("s", "S", ["security"])
    assert [f.relation.id for f in failed_attacks(debate, only)] == ["a attacks b"]


def test_the_limit_stops_the_search_with_a_message():
    debate = _ban_debate()
    with pytest.raises(ArgmapError, match="more than 1 distinct defeat graphs"):
        across_audiences(debate, limit=1)


def test_many_values_without_contests_cost_one_evaluation():
    # 12 values (479,001,600 rankings), but no attack between two value-laden claims:
    # one defeat graph, evaluated once.
    b = DebateBuilder("Q?")
    for i in range(12):
        b.claim(f"c{i}", f"C{i}", values=[f"v{i}"])
    b.claim("fact", "F")
    for i in range(12):
        b.attacks("fact", f"c{i}")
    result = across_audiences(b.build(), "grounded")
    assert result.defeat_graphs == 1 and result.audiences == 479_001_600
    assert result.claims_with("indefensible") == tuple(f"c{i}" for i in range(12))


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ('[[claims]]\nid = "a"\ntext = "A"\nvalues = ["privasy"]\n', "unknown value 'privasy'"),
        (
            '[[audiences]]\nid = "x"\nname = "X"\norder = ["privacy", "privacy"]\n',
            "value 'privacy' is ranked twice",
        ),
        ('[[audiences]]\nid = "x"\nname = "X"\norder = [1]\n', "expected a value id"),
        (
            '[[audiences]]\nid = "x"\nname = "X"\norder = ["privacy"]\nactors = ["nobody"]\n',
            "unknown actor 'nobody'",
        ),
        (
            '[[verdicts]]\nsemantics = "grounded"\naudience = "nobody"\n',
            "unknown audience 'nobody'",
        ),
    ],
)
def test_value_mistakes_are_reported_with_their_line(snippet, message):
    text = (
        'argmap = 1\n[debate]\nquestion = "Q?"\n[[values]]\nid = "privacy"\nname = "Privacy"\n'
        + snippet
    )
    with pytest.raises(ArgmapError) as info:
        parse_map(text, "toml", source="m.argmap.toml")
    assert message in str(info.value) and "m.argmap.toml has 1 problem" in str(info.value)
    assert "line 7:" in str(info.value)


def test_an_actor_in_two_audiences_is_refused():
    b = DebateBuilder("Q?")
    b.actor("ep", "EP")
    b.audience("x", "X", ["privacy"], actors=["ep"])
    b.audience("y", "Y", ["security"], actors=["ep"])
    with pytest.raises(DebateError, match="already holds audience 'x'"):
        b.build()


VALUES_MAP = REPO / "maps" / "values-example.argmap.toml"


def _cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "argmap", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def test_the_teaching_map_reaches_opposite_verdicts_per_audience_on_the_command_line():
    runs = {
        audience: _cli("evaluate", VALUES_MAP, "-s", "grounded", "--audience", audience, "--json")
        for audience in ("civil-liberties", "public-safety")
    }
    status = {}
    for audience, run in runs.items():
        assert run.returncode == 0, run.stderr
        data = json.loads(run.stdout)
        assert data["audience"]["id"] == audience
        status[audience] = {t["claim"]: t["status"] for t in data["theses"]}
        reasons = [f["reason"] for f in data["failed_attacks"]]
        if audience == "public-safety":
            assert reasons == [
                "ban's attack on allow fails for City police, which ranks public security "
                "above privacy",
                "wrongful's attack on allow fails for City police, which ranks public security "
                "above non-discrimination",
            ]
    assert status["civil-liberties"] == {"ban": "accepted", "allow": "rejected"}
    assert status["public-safety"] == {"ban": "rejected", "allow": "accepted"}


def test_the_teaching_map_standings_across_audiences_on_the_command_line():
    run = _cli("evaluate", VALUES_MAP, "-s", "grounded", "--audiences", "--json")
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["rankings"] == 24 and data["defeat_graphs"] == 4
    standing = {c["claim"]: c["standing"] for c in data["claims"]}
    assert standing["ban"] == standing["allow"] == "subjective"
    assert standing["review"] == "indefensible"
    assert standing["wrongful"] == standing["nist"] == "objective"
    declared = json.loads(
        _cli("evaluate", VALUES_MAP, "-s", "grounded", "--audiences", "--declared", "--json").stdout
    )
    ban = next(c for c in declared["claims"] if c["claim"] == "ban")
    assert ban["accepted_by"]["id"] == "civil-liberties"
    assert ban["not_accepted_by"]["id"] == "public-safety"


def test_the_standings_table_is_in_plain_words_unless_formal():
    def rows(*extra: str) -> dict[str, list[str]]:
        run = _cli("evaluate", VALUES_MAP, "-s", "grounded", "--audiences", *extra)
        assert run.returncode == 0, run.stderr
        return {line.split()[0]: line.split() for line in run.stdout.splitlines()[3:-1]}

    plain, formal = rows(), rows("--formal")
    assert plain["claim"][:3] == ["claim", "stands", "for"]
    assert plain["ban"][1:3] == ["some", "audiences"]
    assert plain["review"][1:3] == ["no", "audience"]
    assert plain["wrongful"][1:3] == ["every", "audience"]
    words = {w for row in plain.values() for w in row}
    assert not words & {"objective", "subjective", "indefensible", "standing"}
    assert formal["ban"][1] == "subjective" and formal["review"][1] == "indefensible"
    assert formal["wrongful"][1] == "objective"


def test_audience_options_misused_are_usage_errors():
    run = _cli("evaluate", VALUES_MAP, "--declared")
    assert run.returncode == 1 and "--declared goes with --audiences" in run.stderr
    run = _cli("evaluate", VALUES_MAP, "--audience", "nobody")
    assert run.returncode == 1 and "unknown audience 'nobody'" in run.stderr
    assert "Traceback" not in run.stderr


def test_the_diagram_tags_values_and_fades_the_attacks_that_fail():
    import xml.etree.ElementTree as ET

    from argmap.render import debate_graph, render_bytes

    debate = Debate.load(VALUES_MAP)
    result = evaluate(debate, "grounded", audience="public-safety")
    root = ET.fromstring(render_bytes(debate_graph(result), "svg"))
    ns = {"s": "http://www.w3.org/2000/svg", "x": "http://www.w3.org/1999/xlink"}
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "values: privacy · freedom of assembly" in texts  # ban's tag, by value names
    assert "for City police (security > privacy > assembly > non-discrimination)" in texts
    edges = {}
    for group in root.iterfind(".//s:g[@class='edge']", ns):
        title = group.find("s:title", ns).text
        link = group.find(".//s:a", ns)
        edges[title] = (
            link.get("{http://www.w3.org/1999/xlink}title") if link is not None else None,
            group.find(".//s:path", ns).get("stroke-dasharray"),
            [t.text for t in group.iterfind(".//s:text", ns)],
        )
    reason, dashes, labels = edges["ban->allow"]
    assert reason == next(
        f.explain(debate) for f in result.failed_attacks if f.relation.source == "ban"
    )
    assert dashes and labels == ["fails"]
    assert edges["allow->ban"][2] == []  # the attack that succeeds is drawn as usual
    # without an audience nothing fails and nothing is faded
    plain = render_bytes(debate_graph(evaluate(debate, "grounded")), "svg").decode()
    assert ">fails<" not in plain


def test_failure_sentences_name_whose_preference_makes_an_attack_fail():
    from argmap.explain.failures import failed_attacks_by, failed_attacks_on

    debate = _ban_debate()
    parliament = evaluate(debate, "grounded", audience="parliament")
    assert failed_attacks_on(parliament, "ban") == [
        "exceptions's attack on ban fails for Parliament, which ranks privacy above public security"
    ]
    assert failed_attacks_by(parliament, "ban") == []
    # a perspective without an audience: the actor's claims cannot be defeated from outside
    b = DebateBuilder("Q?")
    b.actor("ger", "Germany")
    b.claim("mine", "Mine.", actors=["ger"])
    b.claim("theirs", "Theirs.")
    b.attacks("theirs", "mine")
    seen = evaluate(b.build(), "grounded", perspective="ger")
    assert failed_attacks_on(seen, "mine") == [
        "theirs's attack on mine fails as Germany sees it: Germany holds or accepts mine, "
        "not theirs"
    ]
    assert failed_attacks_on(evaluate(b.build(), "grounded"), "mine") == []


def test_explanations_say_which_attacks_fail_for_the_audience_and_why():
    reason = (
        "ban's attack on allow fails for City police, which ranks public security above privacy"
    )
    plain = _cli("explain", VALUES_MAP, "allow", "--audience", "public-safety")
    assert plain.returncode == 0, plain.stderr
    assert "allow stands" in plain.stdout and reason in plain.stdout
    assert "nothing attacks it" not in plain.stdout.split("\n- catch")[0]
    formal = _cli("explain", VALUES_MAP, "allow", "--audience", "public-safety", "--formal")
    assert "Attacks on it that do not count here:\n- " + reason in formal.stdout
    assert "For City police, ranking security > privacy" in formal.stdout
    # without the audience the same attack counts, and the explanation says nothing of values
    bare = _cli("explain", VALUES_MAP, "allow")
    assert "allow falls" in bare.stdout and "fails for" not in bare.stdout
    what_if = _cli("explain", VALUES_MAP, "ban", "--audience", "public-safety", "--what-if")
    assert what_if.returncode == 0, what_if.stderr
