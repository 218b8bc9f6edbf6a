"""Linked arguments under every support reading, against brute-force references written
from the definitions in docs/arguments.md, and the properties the docs promise."""

from __future__ import annotations

from pathlib import Path

import pytest
from bipolar_reference import (
    Evidential,
    deductive_framework,
    necessary_closure,
    necessary_pairs,
)
from hypothesis import given, settings
from reference import reference_extensions
from strategies import argument_debates, small_debates

from argmap.debate import DebateBuilder, Status, evaluate
from argmap.errors import ArgmapError, DebateError
from argmap.semantics import Label

READINGS = ["evidential", "deductive", "necessary", "none"]
SEMANTICS = ["grounded", "preferred", "stable"]
CODES = {"grounded": "GR", "preferred": "PR", "stable": "ST"}
RANK = {Status.REJECTED: 0, Status.CREDULOUS: 1, Status.ACCEPTED: 2}


def _pairs(debate, kind):
    return {(r.source, r.target) for r in debate.relations_of(kind)}


def _linked(debate):
    return [(frozenset(a.premises), a.conclusion) for a in debate.arguments]


def _claim_extensions(extensions, claims):
    return {frozenset(x for x in e if x in claims) for e in extensions}


# -- the evaluation is the reference's, linked arguments included -----------------------------


@settings(max_examples=150)
@given(argument_debates(max_claims=5))
def test_evidential_with_linked_arguments_matches_oren_and_norman(debate):
    supports = _pairs(debate, "support") | {(a.premises, a.conclusion) for a in debate.arguments}
    reference = Evidential(debate.claim_ids, supports, _pairs(debate, "attack"))
    assert set(evaluate(debate, "preferred", "evidential").extensions) == reference.preferred()
    assert evaluate(debate, "grounded", "evidential").extensions == (reference.grounded(),)


@settings(max_examples=150)
@pytest.mark.parametrize("semantics", SEMANTICS)
@given(debate=argument_debates(max_claims=5))
def test_necessary_with_linked_arguments_makes_each_premise_necessary(semantics, debate):
    A = set(debate.claim_ids)
    R = necessary_closure(
        necessary_pairs(_pairs(debate, "support"), _linked(debate)), _pairs(debate, "attack")
    )
    expected = reference_extensions(CODES[semantics], A, R)
    assert set(evaluate(debate, semantics, "necessary").extensions) == expected


@settings(max_examples=100)
@pytest.mark.parametrize("semantics", SEMANTICS)
@given(debate=argument_debates(max_claims=4))
def test_deductive_with_linked_arguments_uses_a_conjunction_node(semantics, debate):
    A, R = deductive_framework(
        debate.claim_ids, _pairs(debate, "support"), _linked(debate), _pairs(debate, "attack")
    )
    expected = _claim_extensions(reference_extensions(CODES[semantics], A, R), debate.claim_ids)
    assert set(evaluate(debate, semantics, "deductive").extensions) == expected


# -- (a) a one-premise argument is a support ----------------------------------------------------


def _supports_as_arguments(debate):
    """The same debate with every support written as a one-premise argument of the same id
    (undercuts of a support then target the argument)."""
    b = DebateBuilder(debate.question)
    for c in debate.claims:
        b.claim(c.id, c.text)
    renamed = {}
    for k, r in enumerate(debate.supports):
        renamed[r.id] = b.argument(f"S{k}", [r.source], r.target)
    for r in debate.attacks:
        b.attacks(r.source, r.target, id=r.id)
    for r in debate.undercuts:
        b.undercuts(r.source, renamed.get(r.target, r.target))
    return b.build()


def _statuses(debate, semantics, reading, claims=None):
    result = evaluate(debate, semantics, reading)
    return {c: (result.status(c), result.grounded_label(c)) for c in claims or debate.claim_ids}


@settings(max_examples=150)
@pytest.mark.parametrize("reading", READINGS)
@given(debate=small_debates(max_claims=5))
def test_one_premise_arguments_give_exactly_the_results_of_supports(reading, debate):
    as_arguments = _supports_as_arguments(debate)
    assert len(as_arguments.arguments) == len(debate.supports)
    for semantics in SEMANTICS:
        assert _statuses(as_arguments, semantics, reading) == _statuses(debate, semantics, reading)


# -- (b) a defeated premise lends the conclusion nothing --------------------------------------


def _rebuilt(debate, replace=None, evidential=False):
    """``debate`` with the argument ``replace = (id, premises)`` given those premises, or
    removed when premises is None. Under the evidential reading a removed argument is
    replaced by one from a claim with no evidence (in a support cycle), so that its
    conclusion does not become prima facie."""
    b = DebateBuilder(debate.question)
    for c in debate.claims:
        b.claim(c.id, c.text)
    if evidential:
        b.claim("dead0", "no evidence")
        b.claim("dead1", "no evidence")
        b.supports("dead0", "dead1")
        b.supports("dead1", "dead0")
    for r in debate.supports:
        b.supports(r.source, r.target)
    for r in debate.attacks:
        b.attacks(r.source, r.target)
    for a in debate.arguments:
        if replace and a.id == replace[0]:
            if replace[1] is not None:
                b.argument(a.id, replace[1], a.conclusion)
            elif evidential:
                b.argument(a.id, ["dead0"], a.conclusion)
        else:
            b.argument(a.id, a.premises, a.conclusion)
    return b.build()


@settings(max_examples=150)
@pytest.mark.parametrize("reading", ["evidential", "deductive", "necessary"])
@given(debate=argument_debates(max_claims=5))
def test_a_linked_argument_with_a_defeated_premise_lends_its_conclusion_nothing(reading, debate):
    grounded = evaluate(debate, "grounded", reading)
    for argument in debate.arguments:
        if not any(grounded.grounded_label(p) is Label.OUT for p in argument.premises):
            continue
        c = argument.conclusion
        if reading == "necessary":
            # each premise is necessary: a defeated premise defeats the conclusion
            assert grounded.grounded_label(c) is Label.OUT
            continue
        without = _rebuilt(debate, (argument.id, None), evidential=reading == "evidential")
        for semantics in SEMANTICS:
            assert _statuses(debate, semantics, reading, [c]) == _statuses(
                without, semantics, reading, [c]
            )
        assert grounded.argument_status(argument.id) is Status.REJECTED


# -- (c) adding a premise never strengthens an argument ----------------------------------------


@settings(max_examples=150)
@pytest.mark.parametrize("reading", READINGS)
@given(debate=argument_debates(max_claims=5))
def test_adding_a_premise_never_strengthens_an_argument(reading, debate):
    for argument in debate.arguments:
        if reading == "deductive" and len(argument.premises) == 1:
            continue  # see test_deductive_one_to_two_premises_can_strengthen_the_conclusion
        extra = [
            c for c in debate.claim_ids if c not in argument.premises and c != argument.conclusion
        ]
        if not extra:
            continue
        stronger = _rebuilt(debate, (argument.id, [*argument.premises, extra[0]]))
        c = argument.conclusion
        for semantics in SEMANTICS:
            before = evaluate(debate, semantics, reading)
            after = evaluate(stronger, semantics, reading)
            assert RANK[after.status(c)] <= RANK[before.status(c)], (semantics, argument)
            assert (
                RANK[after.argument_status(argument.id)]
                <= RANK[before.argument_status(argument.id)]
            )


def test_deductive_one_to_two_premises_can_strengthen_the_conclusion():
    """The documented exception (docs/arguments.md): under the deductive reading an attack
    on the conclusion of a one-premise argument is an attack on its premise (modus tollens);
    for two premises only on their conjunction, so a premise that also defends the
    conclusion is no longer defeated with it."""

    def debate(premises):
        b = DebateBuilder("Q?")
        for c in ("p", "q", "x", "c"):
            b.claim(c, c)
        b.argument("A", premises, "c")
        b.attacks("x", "c")
        b.attacks("p", "x")
        return b.build()

    assert evaluate(debate(["p"]), "grounded", "deductive").status("c") is Status.REJECTED
    assert evaluate(debate(["p", "q"]), "grounded", "deductive").status("c") is Status.ACCEPTED


# -- undercuts of arguments -------------------------------------------------------------------


@settings(max_examples=100)
@pytest.mark.parametrize("reading", ["evidential", "deductive", "necessary"])
@given(debate=argument_debates(max_claims=4))
def test_an_unanswered_undercut_of_an_argument_cancels_it(reading, debate):
    b = DebateBuilder(debate.question)
    for c in debate.claims:
        b.claim(c.id, c.text)
    for r in debate.relations:
        b._relations.append(r)
    for a in debate.arguments:
        b._arguments.append(a)
    b.claim("u", "an unanswered undercutter")
    target = debate.arguments[0]
    b.undercuts("u", target.id)
    undercut = b.build()
    removed = _rebuilt(debate, (target.id, None), evidential=reading == "evidential")
    for semantics in SEMANTICS:
        assert _statuses(undercut, semantics, reading, debate.claim_ids) == _statuses(
            removed, semantics, reading, debate.claim_ids
        )
        assert evaluate(undercut, semantics, reading).argument_status(target.id) is (
            Status.REJECTED
        )


# -- statuses of arguments and the model's checks ----------------------------------------------


def _ban_debate():
    b = DebateBuilder("Ban live facial recognition?")
    b.claim("scans", "It scans every face in the crowd.")
    b.claim("mass", "Scanning everyone is mass surveillance.")
    b.claim("surveillance", "Live facial recognition is mass surveillance.")
    b.claim("targeted", "It only matches faces against a watch list.")
    b.argument("A1", ["scans", "mass"], "surveillance", scheme="verbal-classification")
    b.attacks("targeted", "mass")
    return b


@pytest.mark.parametrize("reading", READINGS)
def test_a_linked_argument_stands_only_with_every_premise(reading):
    debate = _ban_debate().build()
    result = evaluate(debate, "grounded", reading)
    assert result.status("mass") is Status.REJECTED
    assert result.argument_status("A1") is Status.REJECTED
    expected = {"evidential": "rejected", "necessary": "rejected"}.get(reading, "accepted")
    assert result.status("surveillance").value == expected
    assert "A1" not in result.debate.claim_ids and all("A1" not in e for e in result.extensions)


def test_an_argument_stands_when_its_premises_do():
    b = _ban_debate()
    b.claim("lists", "Watch lists hold thousands of people.")
    b.attacks("lists", "targeted")
    result = evaluate(b.build(), "grounded", "evidential")
    assert result.status("surveillance") is Status.ACCEPTED
    assert result.argument_status("A1") is Status.ACCEPTED


def test_an_attack_on_an_argument_is_refused_with_a_hint():
    b = _ban_debate()
    b.attacks("targeted", "A1")
    with pytest.raises(DebateError, match="undercut it"):
        b.build()


@pytest.mark.parametrize(
    ("premises", "conclusion", "message"),
    [
        ([], "surveillance", "is empty"),
        (["scans", "scans"], "surveillance", "listed twice"),
        (["scans", "ghost"], "surveillance", "unknown claim 'ghost'"),
        (["scans", "mass"], "scans", "is also a premise"),
        (["scans"], "ghost", "unknown claim 'ghost'"),
    ],
)
def test_a_malformed_argument_is_refused(premises, conclusion, message):
    b = _ban_debate()
    b.argument("A2", premises, conclusion)
    with pytest.raises(DebateError, match=message):
        b.build()


def test_argument_ids_are_unique_among_claims_relations_and_arguments():
    for clash in ("scans", "A1", "targeted attacks mass"):
        b = _ban_debate()
        b.argument(clash, ["scans"], "mass") if clash != "scans" else b.argument(
            clash, ["mass"], "surveillance"
        )
        with pytest.raises(DebateError):
            b.build()


def test_the_evidential_cap_counts_trees():
    from argmap.debate import readings

    b = DebateBuilder("Q?")
    width = 6
    for layer in range(8):
        for k in range(width):
            b.claim(f"c{layer}_{k}", "x")
    b.claim("top", "x")
    for layer in range(7):
        for k in range(width):
            for j in range(width):
                b.supports(f"c{layer}_{j}", f"c{layer + 1}_{k}")
    b.argument("A", [f"c7_{k}" for k in range(2)], "top")
    b.claim("doubt", "x")
    b.attacks("doubt", "c0_0")
    debate = b.build()
    # 6**7 chains reach each claim of the last layer: past the cap, so the reading is built
    # with one argument per claim, which gives grounded and preferred exactly
    flat = readings.flatten(debate, "evidential")
    assert flat.compact and len(debate.claims) < len(flat.framework) < 500
    result = evaluate(debate, "grounded", "evidential")
    assert result.grounded_label("c0_0") is Label.OUT
    assert result.accepted == tuple(c for c in debate.claim_ids if c != "c0_0")
    assert result.argument_status("A") is Status.ACCEPTED
    with pytest.raises(ArgmapError, match=str(readings.MAX_EVIDENTIAL_ARGUMENTS)):
        evaluate(debate, "semi-stable", "evidential")


# -- the teaching map of docs/arguments.md -----------------------------------------------------

EXAMPLE = Path(__file__).resolve().parent.parent / "maps" / "arguments-example.argmap.toml"


def test_the_teaching_map_keeps_its_documented_verdicts_and_round_trips():
    from argmap.debate import Debate
    from argmap.formats.maps import format_map, parse_map

    debate = Debate.load(EXAMPLE)
    assert [a.id for a in debate.arguments] == ["A1", "A2"]
    assert len(debate.verdicts) == 5 and debate.check_verdicts() == []
    assert format_map(debate) == EXAMPLE.read_text(encoding="utf-8")
    assert parse_map(format_map(debate, "json"), "json") == debate


def test_evaluate_json_lists_each_argument_with_its_status():
    from argmap.cli.evaluate import as_json
    from argmap.debate import Debate

    data = as_json(evaluate(Debate.load(EXAMPLE), "preferred", "evidential"))
    assert data["arguments"] == [
        {
            "argument": "A1",
            "premises": ["scans", "scanning-everyone"],
            "conclusion": "mass-surveillance",
            "scheme": "verbal-classification",
            "status": "accepted",
        },
        {
            "argument": "A2",
            "premises": ["mass-surveillance", "chilling"],
            "conclusion": "ban",
            "scheme": "negative-consequences",
            "status": "credulous",
        },
    ]
    assert not any(row["claim"] in ("A1", "A2") for row in data["claims"])


# The critical questions of the teaching map, as `argmap questions` prints them (and as
# docs/arguments.md shows them): each relation that raises a question says which.
EXAMPLE_QUESTIONS = """\
A1: Argument from verbal classification (verbal-classification)
  premises: individual = scans, classification = scanning-everyone; conclusion: mass-surveillance
  raised:
    verbal-classification.vagueness [exception] Is F or G so vague that a is a borderline case?
      by watch-list (watch-list undercuts A1); now the questioner must prove the point
  open:
    verbal-classification.property [premise: the premise stands as stated] Does a definitely have F, or is there room for doubt?
    verbal-classification.strength [exception: does not count] Is the classification weak or disputed rather than firmly established?

A2: Argument from negative consequences (negative-consequences)
  premises: consequence = mass-surveillance, value = chilling; conclusion: ban
  raised:
    negative-consequences.evidence [assumption] What evidence shows that A would bring C about?
      by no-chilling (no-chilling attacks chilling); now the proponent must prove the point
    negative-consequences.opposite [exception] Would A also have good consequences that ought to be weighed against C?
      by children (children attacks ban); now the questioner must prove the point
  open:
    negative-consequences.likelihood [premise: the premise stands as stated] How likely is it that C will follow if A is brought about?
"""


def test_the_teaching_map_shows_raised_and_open_questions(capsys):
    from argmap.cli.main import main

    assert main(["questions", str(EXAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert out == EXAMPLE_QUESTIONS
    assert err == ""  # no warnings: every scheme known, every question of its argument's
    assert main(["check", str(EXAMPLE)]) == 0
    assert "warning" not in capsys.readouterr().err


def test_the_teaching_map_questions_as_json(capsys):
    import json

    from argmap.cli.main import main

    assert main(["questions", str(EXAMPLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["warnings"] == []
    summary = [
        (a["id"], a["scheme"], [(p["role"], p["claim"]) for p in a["premises"]], a["raised"],
         a["open"])
        for a in data["arguments"]
    ]  # fmt: skip
    assert summary == [
        (
            "A1",
            "verbal-classification",
            [("individual", "scans"), ("classification", "scanning-everyone")],
            ["verbal-classification.vagueness"],
            ["verbal-classification.property", "verbal-classification.strength"],
        ),
        (
            "A2",
            "negative-consequences",
            [("consequence", "mass-surveillance"), ("value", "chilling")],
            ["negative-consequences.evidence", "negative-consequences.opposite"],
            ["negative-consequences.likelihood"],
        ),
    ]
    raisings = {
        q["id"]: (q["kind"], q["burden"], q["raised_by"])
        for a in data["arguments"]
        for q in a["questions"]
        if q["status"] == "raised"
    }
    assert raisings == {
        "verbal-classification.vagueness": (
            "exception",
            "questioner",
            [
                {
                    "relation": "watch-list undercuts A1",
                    "claim": "watch-list",
                    "target": "A1",
                    "on": "argument",
                }
            ],
        ),
        "negative-consequences.evidence": (
            "assumption",
            "proponent",
            [
                {
                    "relation": "no-chilling attacks chilling",
                    "claim": "no-chilling",
                    "target": "chilling",
                    "on": "premise",
                }
            ],
        ),
        "negative-consequences.opposite": (
            "exception",
            "questioner",
            [
                {
                    "relation": "children attacks ban",
                    "claim": "children",
                    "target": "ban",
                    "on": "conclusion",
                }
            ],
        ),
    }


@settings(max_examples=150)
@given(debate=argument_debates(max_claims=5, undercuts=True))
def test_argument_grounded_labels_agree_with_the_statuses(debate):
    # IN exactly when the argument stands in the grounded extension; OUT only when it
    # stands in no complete extension (so in no preferred or stable one either).
    for reading in ("evidential", "deductive", "necessary", "none"):
        grounded = evaluate(debate, "grounded", reading)
        complete = evaluate(debate, "complete", reading)
        for argument in debate.arguments:
            label = grounded.argument_grounded_label(argument.id)
            standing = grounded.argument_status(argument.id) is Status.ACCEPTED
            assert (label is Label.IN) == standing, (reading, argument.id)
            if label is Label.OUT:
                assert complete.argument_status(argument.id) is Status.REJECTED, reading
            word = grounded.argument_overlay(argument.id)
            assert word == {"IN": "accepted", "OUT": "rejected", "UNDEC": "undecided"}[label.name]


def test_an_argument_with_an_undecided_premise_is_undecided_not_rejected():
    b = DebateBuilder("Q?")
    for c in ("scans", "mass", "ban", "doubt"):
        b.claim(c, c)
    b.argument("A1", ["scans", "mass"], "ban")
    b.attacks("doubt", "mass")
    b.attacks("mass", "doubt")
    result = b.build().evaluate("grounded")
    assert result.argument_overlay("A1") == "undecided"
    assert result.overlay("ban") == "undecided"
    assert result.argument_status("A1") is Status.REJECTED  # in no (the one) extension
