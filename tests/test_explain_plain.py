"""Plain-language explanations (issue 17 item 1): statuses as "stands", "falls" and
"undecided", reasons in the claims' own words, no formal label and no helper argument of a
support reading, and work linear in what is explained (issue 18 item 3)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import small_debates

from argmap.debate import Debate, evaluate
from argmap.debate.model import Claim, Relation
from argmap.explain.plain import explain_plainly, plain_status, reading_note

FORMAL = re.compile(r"\b(IN|OUT|UNDEC)\b|grounded|preferred|evidential|deductive|necessary")
READINGS = ["evidential", "deductive", "necessary", "none"]


def _helpers(evaluation) -> list[str]:
    """The names and descriptions of the reading's helper arguments, and its tree labels."""
    flat = evaluation.flattening
    drawn = {a.id for a in evaluation.debate.arguments}  # the map's own arguments may be named
    names = [*(n for n in flat.meta if n not in drawn), *flat.meta.values()]
    names += [a for args in flat.arguments_of.values() for a in args if "<" in str(a)]
    return [str(n) for n in names]


def _assert_plain(evaluation, explanation) -> None:
    """The words argmap writes (claims' own texts aside, which may say "necessary")."""
    text = explanation.text()
    for claim in evaluation.debate.claims:
        text = text.replace(claim.text, "").replace(claim.text[:89], "")
    for name in sorted(evaluation.debate.claim_ids, key=len, reverse=True):
        text = text.replace(name, "")  # an id such as E-OPT-IN is the map-maker's word
    assert not FORMAL.search(text), text
    for helper in _helpers(evaluation):
        assert helper not in text, (helper, text)


@settings(max_examples=200, deadline=None)
@given(
    small_debates(max_claims=5),
    st.sampled_from(["grounded", "preferred", "stable"]),
    st.sampled_from(READINGS),
    st.data(),
)
def test_plain_explanations_use_no_formal_terms_and_agree_with_the_evaluation(
    debate, semantics, reading, data
):
    claim = data.draw(st.sampled_from(debate.claim_ids))
    result = evaluate(debate, semantics, reading)
    explanation = explain_plainly(result, claim)
    _assert_plain(result, explanation)
    assert explanation.status == plain_status(result, claim)
    assert explanation.reasons[0][0] == claim
    for claim_id, sentence in explanation.reasons:  # each claim's sentence gives its status
        word = plain_status(result, claim_id)
        verb = {"stands": "stands", "falls": "falls", "undecided": "is undecided"}[word]
        assert sentence.startswith(f"{claim_id} {verb}")
    assert len({c for c, _ in explanation.reasons}) == len(explanation.reasons)  # once each


@settings(max_examples=300, deadline=None)
@given(small_debates(max_claims=5), st.sampled_from(READINGS), st.data())
def test_grounded_reasons_are_found_at_the_claims_level(debate, reading, data):
    """Under grounded semantics every status has a reason the teacher drew: a falling claim
    a standing attacker or no standing support, a standing claim only failed attacks, an
    undecided claim an undecided attacker or support; never the fallback."""
    claim = data.draw(st.sampled_from(debate.claim_ids))
    result = evaluate(debate, "grounded", reading)
    for claim_id, sentence in explain_plainly(result, claim).reasons:
        assert "no coherent view" not in sentence, sentence
        assert " but  cancels" not in sentence, sentence
        assert not sentence.endswith(f"{claim_id} is undecided."), sentence


@settings(max_examples=300, deadline=None)
@given(small_debates(max_claims=6), st.sampled_from(READINGS), st.data())
def test_grounded_reasons_never_go_in_a_circle(debate, reading, data):
    """A decided claim's reason relies only on claims the grounded fixpoint decided no later
    (each claim's round read from grounded_claim_rounds; a claim falls in the round its
    attacker stands, and stands only after its attackers fell), so no reason is circular
    ("C12 falls because C27 stands; C27 stands because C12 falls")."""
    from argmap.explain import grounded_claim_rounds

    claim = data.draw(st.sampled_from(debate.claim_ids))
    result = evaluate(debate, "grounded", reading)
    states = grounded_claim_rounds(result.flattening)

    def decided(c):  # (round, 1 for falls): falling in round r comes after standing in r
        for k, state in enumerate(states):
            if state[c] in ("accepted", "rejected"):
                return (k, 1 if state[c] == "rejected" else 0)
        return None

    explanation = explain_plainly(result, claim)
    for claim_id, relied in explanation.relies_on:
        own = decided(claim_id)
        if own is None:
            continue
        for other in relied:
            theirs = decided(other)
            assert theirs is not None, (claim_id, other, explanation.text())
            if theirs[1] == own[1]:  # a support chain: decided no later
                assert theirs[0] <= own[0], (claim_id, other, explanation.text())
            else:
                assert theirs < own, (claim_id, other, explanation.text())


@pytest.mark.parametrize("reading", READINGS)
@pytest.mark.parametrize(
    "path",
    [
        "maps/arguments-example.argmap.toml",
        "maps/eu-facial-recognition-2022.argmap.toml",
        "maps/eu-facial-recognition-ai-act-2024.argmap.toml",
    ],
)
def test_teaching_maps_are_explained_plainly(path, reading):
    debate = Debate.load(path)
    result = evaluate(debate, "grounded", reading)
    for claim in debate.claim_ids:
        explanation = explain_plainly(result, claim)
        _assert_plain(result, explanation)
        assert "no coherent view" not in explanation.text()


def test_a_derived_attack_is_told_once_as_the_chain_drawn():
    debate = Debate.load("tests/data/maps/eu-2022-extraction.argmap.toml")
    text = explain_plainly(evaluate(debate, "grounded", "necessary"), "C12").text()
    assert "C44 attacks C14, which C12 needs (C14 → C12)" in text
    assert text.count("which C12 needs") == 1


def test_the_reading_note_says_when_a_thesis_changes():
    debate = Debate.load("tests/data/maps/eu-2022-extraction.argmap.toml")
    note = reading_note(evaluate(debate, "grounded", "evidential"))
    assert note is not None and "\n" not in note and "C12 stands" in note
    assert not FORMAL.search(note)
    formal = reading_note(evaluate(debate, "grounded", "evidential"), formal=True)
    assert formal is not None and "necessary" in formal
    smoke = Debate.load("maps/smoking-ban.argmap.toml")
    assert reading_note(evaluate(smoke, "grounded")) is None


def _chain(n: int) -> Debate:
    claims = [Claim(f"c{i}", f"claim {i}") for i in range(n)]
    return Debate("Q?", claims=claims, relations=[
        Relation("attack", f"c{i + 1}", f"c{i}") for i in range(n - 1)
    ])  # fmt: skip


def test_explaining_a_long_chain_touches_each_claim_once(monkeypatch):
    """Linear, measured by work done rather than time: on a 3,000-claim attack chain the
    plain explanation grades each attack once per claim that needs it, and the formal
    one looks each grounded step up in constant time (it was a scan per lookup)."""
    from argmap.explain import explain_claim
    from argmap.explain import plain as plain_module
    from argmap.explain.acceptance import GroundedExplanation

    debate = _chain(3_000)
    result = evaluate(debate, "grounded")
    calls = {"attack_word": 0}
    original = plain_module._Reasoner.attack_word

    def counted(self, attack):
        calls["attack_word"] += 1
        return original(self, attack)

    monkeypatch.setattr(plain_module._Reasoner, "attack_word", counted)
    explanation = explain_plainly(result, "c0")
    assert len(explanation.reasons) == 3_000
    assert calls["attack_word"] == 2_999  # one per attack, not one per pair of claims
    formal = explain_claim(debate, "c0", evaluation=result)
    scans = {"n": 0}
    original_step = GroundedExplanation._step

    def counted_step(self, argument):
        scans["n"] += 1
        return original_step(self, argument)

    monkeypatch.setattr(GroundedExplanation, "_step", counted_step)
    assert formal.text().count("\n") > 3_000
    assert scans["n"] < 10  # the main argument is picked once, not per name


def test_the_classroom_profile_chooses_the_reading_and_formal_shows_the_terms(tmp_path, capsys):
    from argmap.cli.main import main

    text = Path("tests/data/maps/eu-2022-extraction.argmap.toml").read_text(encoding="utf-8")
    class_map = tmp_path / "class.argmap.toml"
    class_map.write_text(text + '\n[classroom]\nsupport = "necessary"\n', encoding="utf-8")
    assert main(["explain", str(class_map), "C12"]) == 0
    plain = capsys.readouterr().out
    assert "It stands.\nNote: how the supports are read changes a verdict" in plain
    assert not FORMAL.search(plain.replace(Debate.load(class_map).claim("C12").text, ""))
    assert main(["explain", str(class_map), "C12", "--support", "evidential"]) == 0
    assert "It is undecided." in capsys.readouterr().out  # the command line wins
    assert main(["explain", str(class_map), "C12", "--formal"]) == 0
    formal = capsys.readouterr().out
    assert "(necessary reading of supports): accepted (grounded label IN)" in formal
    assert "Note: the support reading changes a verdict (necessary here)" in formal
    class_map.write_text(text + '\n[classroom]\nhide = ["formals"]\n', encoding="utf-8")
    assert main(["explain", str(class_map), "C12"]) == 1
    assert "unknown control 'formals'; use some of: semantics" in capsys.readouterr().err


def _plain_words_only(output: str, debate: Debate) -> str:
    """What ``argmap evaluate`` wrote in its own words: claims' texts (cut or whole), ids
    and actor ids removed, and the one line that names the semantics and reading."""
    lines = [
        line
        for line in output.splitlines()
        if not line.startswith("Each claim stands, falls or is undecided")
    ]
    text = "\n".join(lines)
    for claim in debate.claims:
        words = " ".join(claim.text.split())
        for cut in range(len(words), 8, -1):  # the table cuts texts at --width
            if words[:cut] in text:
                text = text.replace(words[:cut], "")
                break
    names = [*debate.claim_ids, *(a.id for a in debate.actors)]
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "")
    return text


TEACHING_MAPS = [
    "maps/smoking-ban.argmap.toml",
    "maps/nixon-diamond.argmap.toml",
    "maps/arguments-example.argmap.toml",
    "tests/data/maps/eu-2022-extraction.argmap.toml",
]


@pytest.mark.parametrize("path", TEACHING_MAPS)
@pytest.mark.parametrize("semantics", ["grounded", "preferred", "stable"])
@pytest.mark.parametrize("reading", READINGS)
def test_evaluate_speaks_plainly_unless_formal(path, semantics, reading, capsys):
    """``argmap evaluate``'s table and verdict: stands, falls, undecided; no IN/OUT/UNDEC, no
    accepted/credulous/rejected, no semantics or reading named beyond its one line, no helper
    argument of the reading; ``--formal`` keeps the formal table."""
    from argmap.cli.main import main

    debate = Debate.load(path)
    args = ["evaluate", path, "-s", semantics, "--support", reading, "--width", "200"]
    assert main(args) == 0
    out = capsys.readouterr().out
    result = evaluate(debate, semantics, reading)
    own = _plain_words_only(out, debate)
    assert not FORMAL.search(own), own
    assert not re.search(r"\b(accepted|credulous|rejected|stable|extensions?)\b", own), own
    for helper in _helpers(result):
        assert helper not in own, helper
    table = out.splitlines()[4 : 4 + len(debate.claims)]
    rows = {line.split()[0]: line.split()[3] for line in table}
    for claim in debate.claims:  # the table agrees with the evaluation
        assert rows[claim.id] == plain_status(result, claim.id)
    note = reading_note(result)
    assert (note is not None and note in out) == (note is not None)
    assert main([*args, "--formal"]) == 0
    formal = capsys.readouterr().out
    assert re.search(r"\b(IN|OUT|UNDEC)\b", formal) and "grounded" in formal.splitlines()[3]


def test_evaluate_says_when_the_reading_changes_a_verdict(capsys):
    from argmap.cli.main import main

    path = "tests/data/maps/eu-2022-extraction.argmap.toml"
    assert main(["evaluate", path, "-s", "grounded", "--support", "necessary"]) == 0
    lines = capsys.readouterr().out.splitlines()
    notes = [line for line in lines if line.startswith("Note: ")]
    assert notes == [
        "Note: how the supports are read changes a verdict: C12 is undecided if supports are "
        "read otherwise; C27 is undecided if supports are read otherwise."
    ]
    assert main(["evaluate", path, "-s", "grounded", "--support", "necessary", "--formal"]) == 0
    formal = capsys.readouterr().out
    assert "Note: the support reading changes a verdict (necessary here): C12 is undecided" in (
        formal
    )


def test_a_claim_with_many_failing_attacks_lists_a_few_and_counts_the_rest():
    from argmap.debate import DebateBuilder
    from argmap.explain.plain import MAX_LISTED_ATTACKS

    b = DebateBuilder("Q?")
    b.claim("s", "S")
    for k in range(MAX_LISTED_ATTACKS + 3):
        b.claim(f"a{k}", f"A{k}")
        b.claim(f"d{k}", f"D{k}")
        b.attacks(f"a{k}", "s")
        b.attacks(f"d{k}", f"a{k}")
    text = str(explain_plainly(evaluate(b.build(), "grounded"), "s"))
    assert "s stands: every attack on it fails" in text
    assert "and 3 more attacks on it, which fail too" in text
    listed = [k for k in range(MAX_LISTED_ATTACKS + 3) if f"but a{k} falls" in text]
    assert listed == list(range(MAX_LISTED_ATTACKS))  # the first ones, each explained
    assert (
        f"- a{MAX_LISTED_ATTACKS - 1} falls" in text
        and f"- a{MAX_LISTED_ATTACKS} falls" not in text
    )
