"""Argument schemes, their critical questions, and which questions a map raises (issue 11,
items 3 and 4): the catalogue, map-defined schemes, the question report, and the
``schemes``, ``questions`` and ``check`` commands."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import REPO
from hypothesis import given
from hypothesis import strategies as st

from argmap.cli.main import main
from argmap.debate import Argument, DebateBuilder, Relation
from argmap.debate.questions import question_report
from argmap.debate.schemes import (
    CATALOGUE,
    SCHEME_ID_PATTERN,
    QuestionKind,
    catalogue_with,
    scheme,
    scheme_table_problems,
    schemes_from_tables,
)
from argmap.errors import DebateError, UnknownIdError


def attack(source, target, question=None):
    return Relation("attack", source, target, question=question)


def undercut(source, target, question=None):
    return Relation("undercut", source, target, question=question)


EXPERT = Argument(id="A3", premises=("C4", "C5"), conclusion="C1", scheme="expert-opinion")

# -- the catalogue ----------------------------------------------------------------------------

ISSUE_SCHEMES = [
    "practical-reasoning",
    "positive-consequences",
    "negative-consequences",
    "values",
    "expert-opinion",
    "position-to-know",
    "popular-opinion",
    "analogy",
    "precedent",
    "cause-to-effect",
    "sign",
    "slippery-slope",
    "verbal-classification",
]


def test_catalogue_has_the_issues_schemes_each_with_questions():
    ids = [s.id for s in CATALOGUE]
    assert len(CATALOGUE) >= 12
    assert ids == ISSUE_SCHEMES  # the order is fixed: output is deterministic
    assert len(set(ids)) == len(ids)
    question_ids = [q.id for s in CATALOGUE for q in s.questions]
    assert len(set(question_ids)) == len(question_ids)
    for s in CATALOGUE:
        assert SCHEME_ID_PATTERN.fullmatch(s.id)
        assert len(s.questions) >= 2, s.id
        assert s.premises, s.id
        assert len({r.id for r in s.premises}) == len(s.premises)
        assert s.source.startswith("Walton, Reed and Macagno 2008"), s.id
        for q in s.questions:
            prefix, _, name = q.id.partition(".")
            assert prefix == s.id and SCHEME_ID_PATTERN.fullmatch(name), q.id
            assert q.text.endswith("?"), q.id
        # every scheme has at least one question a critic must prove (an exception)
        assert any(q.kind is QuestionKind.EXCEPTION for q in s.questions), s.id


def test_question_kinds_follow_carneades():
    expert = scheme("expert-opinion")
    kinds = {q.id: q.kind.value for q in expert.questions}
    # Gordon, Prakken and Walton 2007: bias and consistency with other experts are
    # exceptions, the evidential backing an assumption, the rest ask about premises
    assert kinds == {
        "expert-opinion.expertise": "premise",
        "expert-opinion.field": "premise",
        "expert-opinion.opinion": "premise",
        "expert-opinion.bias": "exception",
        "expert-opinion.consistency": "exception",
        "expert-opinion.evidence": "assumption",
    }
    assert QuestionKind.ASSUMPTION.burden == "proponent"
    assert QuestionKind.PREMISE.burden == "proponent"
    assert QuestionKind.EXCEPTION.burden == "questioner"
    assert {q.kind for s in CATALOGUE for q in s.questions} == set(QuestionKind)


def test_scheme_lookup_names_the_known_ids():
    assert scheme("analogy").name == "Argument from analogy"
    with pytest.raises(UnknownIdError) as caught:
        scheme("analogie")
    message = str(caught.value)
    assert message.startswith("unknown scheme 'analogie'; known schemes: ")
    assert all(s.id in message for s in CATALOGUE)
    with pytest.raises(UnknownIdError, match=r"its questions are: analogy\.differences"):
        scheme("analogy").question("analogy.nope")


# -- schemes built from tables ----------------------------------------------------------------

PRECAUTION = {
    "id": "precaution",
    "name": "Argument from precaution",
    "premises": [
        {"id": "risk", "form": "A may cause serious harm H."},
        {"id": "uncertainty", "form": "Whether A causes H is not yet known."},
    ],
    "conclusion": "A should not be done until H is ruled out.",
    "questions": [
        {"id": "precaution.proportion", "text": "Is waiting proportionate?", "kind": "exception"},
        {"id": "precaution.plausible", "text": "Is H plausible?", "kind": "Assumption"},
    ],
    "source": "a teaching map",
}


def test_tables_build_schemes_and_round_trip():
    (built,) = schemes_from_tables([PRECAUTION])
    assert built.question("precaution.plausible").kind is QuestionKind.ASSUMPTION
    assert [r.id for r in built.premises] == ["risk", "uncertainty"]
    assert schemes_from_tables([built.to_table()], known=()) == (built,)
    assert schemes_from_tables([s.to_table() for s in CATALOGUE], known=()) == CATALOGUE
    assert catalogue_with([built])[-1] == built
    assert catalogue_with([built])[: len(CATALOGUE)] == CATALOGUE


def test_table_problems_are_all_reported_and_placed():
    bad = {
        **PRECAUTION,
        "colour": "red",
        "questions": [
            {"id": "analogy.base", "text": "Is it?", "kind": "exception"},
            {"id": "precaution.x", "text": "", "kind": "maybe"},
            {"id": "precaution.x", "text": "Again?", "kind": "premise"},
        ],
    }
    clash = {**PRECAUTION, "id": "analogy", "questions": []}
    problems = scheme_table_problems([bad, clash, "not a table"])
    assert [(p.item, p.field) for p in problems] == [
        (("schemes", 0), "colour"),
        (("schemes", 0), "questions"),
        (("schemes", 0), "questions"),
        (("schemes", 0), "questions"),
        (("schemes", 0), "questions"),
        (("schemes", 1), "id"),
        (("schemes", 2), None),
    ]
    messages = [p.message for p in problems]
    assert "question 1: 'analogy.base' does not start with 'precaution.'" in messages
    assert "question 2: 'text' must be non-empty text" in messages
    assert any(m.startswith("question 2: unknown question kind 'maybe'") for m in messages)
    assert "question 3: 'precaution.x' repeats" in messages
    assert "is already a scheme of the catalogue" in messages
    with pytest.raises(DebateError) as caught:
        schemes_from_tables([bad])
    assert len(caught.value.problems) == 5
    with pytest.raises(DebateError, match="is already a scheme"):
        catalogue_with(schemes_from_tables([PRECAUTION]) * 2)


def test_tables_need_their_fields_and_well_formed_roles():
    problems = scheme_table_problems([{"id": "x", "premises": [{"id": "Major", "form": " "}]}])
    assert [(p.field, p.message) for p in problems] == [
        ("name", "is missing"),
        ("conclusion", "is missing"),
        ("questions", "is missing"),
        ("premises", "premise 1: 'Major' is not a role id"),
        ("premises", "premise 1: 'form' must be non-empty text"),
    ]


# -- the question report ----------------------------------------------------------------------


def statuses(report, argument_id):
    entry = report.argument(argument_id)
    return {q.question.id: q.status for q in entry.questions}


def test_attack_on_a_premise_raises_its_question():
    report = question_report([EXPERT], [attack("C9", "C4", "expert-opinion.bias")])
    entry = report.argument("A3")
    (raised,) = entry.raised
    assert raised.question.id == "expert-opinion.bias"
    assert [(r.relation, r.claim, r.on) for r in raised.raised_by] == [
        ("C9 attacks C4", "C9", "premise")
    ]
    assert [q.question.id for q in entry.open] == [
        "expert-opinion.expertise",
        "expert-opinion.field",
        "expert-opinion.opinion",
        "expert-opinion.consistency",
        "expert-opinion.evidence",
    ]
    assert entry.premises == (("major", "C4"), ("minor", "C5"))
    assert report.warnings == ()


def test_undercut_of_the_argument_and_attack_on_the_conclusion_raise_questions():
    relations = [
        undercut("C9", "A3", "expert-opinion.evidence"),
        attack("C10", "C1", "expert-opinion.consistency"),
        attack("C11", "C1"),  # no question: raises nothing
    ]
    report = question_report([EXPERT], relations)
    found = statuses(report, "A3")
    assert found["expert-opinion.evidence"] == "raised"
    assert found["expert-opinion.consistency"] == "raised"
    assert [s for s in found.values()].count("raised") == 2
    by_id = {q.question.id: q for q in report.argument("A3").raised}
    assert by_id["expert-opinion.evidence"].raised_by[0].on == "argument"
    assert by_id["expert-opinion.consistency"].raised_by[0].on == "conclusion"
    # an assumption raised puts the burden on the proponent, an exception on the questioner
    assert by_id["expert-opinion.evidence"].question.kind is QuestionKind.ASSUMPTION
    assert by_id["expert-opinion.consistency"].question.kind is QuestionKind.EXCEPTION
    data = report.to_dict()["arguments"][0]
    kinds = {q["id"]: (q["kind"], q["burden"], q["status"]) for q in data["questions"]}
    assert kinds["expert-opinion.evidence"] == ("assumption", "proponent", "raised")
    assert kinds["expert-opinion.consistency"] == ("exception", "questioner", "raised")
    assert kinds["expert-opinion.bias"] == ("exception", "questioner", "open")


def test_every_question_is_open_without_relations():
    report = question_report([EXPERT], [])
    assert set(statuses(report, "A3").values()) == {"open"}
    text = report.text()
    assert "expert-opinion.evidence [assumption: presumed to hold]" in text
    assert "expert-opinion.bias [exception: does not count]" in text


def test_a_question_counts_only_for_the_argument_whose_scheme_has_it():
    analogy = Argument(id="A4", premises=("C4", "C6"), conclusion="C7", scheme="analogy")
    report = question_report([EXPERT, analogy], [attack("C9", "C4", "analogy.base")])
    assert "raised" not in statuses(report, "A3").values()
    assert statuses(report, "A4")["analogy.base"] == "raised"
    assert report.warnings == ()


def test_unknown_scheme_and_premise_count_are_warnings():
    arguments = [
        Argument(id="A1", premises=("C1",), conclusion="C2", scheme="expert-opinon"),
        Argument(id="A2", premises=("C1",), conclusion="C2", scheme="expert-opinion"),
        Argument(id="A5", premises=("C1", "C3"), conclusion="C2"),  # no scheme: no warning
    ]
    report = question_report(arguments, [])
    assert [(w.item, w.field) for w in report.warnings] == [
        (("arguments", 0), "scheme"),
        (("arguments", 1), "premises"),
    ]
    unknown, count = (str(w) for w in report.warnings)
    assert unknown.startswith("argument 'A1': field 'scheme': unknown scheme 'expert-opinon'")
    assert count == (
        "argument 'A2': field 'premises': has 1 premise; scheme 'expert-opinion' has 2 "
        "premise roles (major, minor); give one premise per role, in the roles' order"
    )
    assert report.argument("A1").questions == ()
    assert report.argument("A2").premises == (("major", "C1"),)


def test_misplaced_questions_are_warnings():
    relations = [
        attack("C9", "C4", "analogy.base"),  # A3 is an expert-opinion argument
        attack("C9", "C8", "expert-opinion.bias"),  # C8 belongs to no argument
        attack("C9", "C4", "expert-opinion.nope"),  # no scheme has it
        Relation("support", "C9", "C4", question="expert-opinion.bias"),
    ]
    report = question_report([EXPERT], relations)
    assert set(statuses(report, "A3").values()) == {"open"}
    assert [w.item for w in report.warnings] == [("relations", i) for i in range(4)]
    messages = [w.message for w in report.warnings]
    assert messages == [
        "raises 'analogy.base', which is not a question of the scheme of the argument it "
        "targets: A3 (expert-opinion)",
        "raises 'expert-opinion.bias' but targets 'C8', which is no argument and no premise "
        "or conclusion of one",
        "'expert-opinion.nope' is not a question of any known scheme",
        "a support raises no critical question",
    ]


def test_map_defined_schemes_join_the_report():
    (precaution,) = schemes_from_tables([PRECAUTION])
    argument = Argument(id="P1", premises=("C1", "C2"), conclusion="C3", scheme="precaution")
    relation = attack("C4", "C3", "precaution.proportion")
    assert question_report([argument], [relation]).warnings[0].field == "scheme"
    report = question_report([argument], [relation], catalogue_with([precaution]))
    assert report.warnings == ()
    assert statuses(report, "P1") == {
        "precaution.proportion": "raised",
        "precaution.plausible": "open",
    }


# -- properties -------------------------------------------------------------------------------

CLAIMS = [f"C{i}" for i in range(6)]
ALL_QUESTIONS = [q.id for s in CATALOGUE for q in s.questions] + ["nowhere.question"]


@st.composite
def question_cases(draw):
    count = draw(st.integers(1, 4))
    arguments = []
    for index in range(count):
        premises = draw(st.lists(st.sampled_from(CLAIMS), min_size=1, max_size=3, unique=True))
        conclusion = draw(st.sampled_from(CLAIMS))
        named = draw(st.one_of(st.none(), st.sampled_from([*ISSUE_SCHEMES, "unknown"])))
        arguments.append(
            Argument(id=f"A{index}", premises=premises, conclusion=conclusion, scheme=named)
        )
    targets = CLAIMS + [a.id for a in arguments]
    relation = st.builds(
        Relation,
        kind=st.sampled_from(["attack", "undercut"]),
        source=st.sampled_from(CLAIMS),
        target=st.sampled_from(targets),
        id=st.uuids().map(str),
        question=st.one_of(st.none(), st.sampled_from(ALL_QUESTIONS)),
    )
    return arguments, draw(st.lists(relation, max_size=6)), draw(relation)


def reference_raised(arguments, relations):
    """Straight from the definition: (argument, question) pairs some relation raises."""
    out = set()
    for argument in arguments:
        if argument.scheme not in ISSUE_SCHEMES:
            continue
        touched = {argument.id, argument.conclusion, *argument.premises}
        for relation in relations:
            if relation.question in scheme(argument.scheme).question_ids and (
                relation.target in touched
            ):
                out.add((argument.id, relation.question))
    return out


def raised_pairs(report):
    return {(e.argument, q.question.id) for e in report.arguments for q in e.raised}


@given(question_cases())
def test_every_question_is_raised_or_open_never_both(case):
    arguments, relations, _ = case
    report = question_report(arguments, relations)
    for entry in report.arguments:
        raised = {q.question.id for q in entry.raised}
        still_open = {q.question.id for q in entry.open}
        assert not raised & still_open
        expected = set(entry.scheme.question_ids) if entry.scheme is not None else set()
        assert raised | still_open == expected
        data = entry.to_dict()
        assert set(data["raised"]).isdisjoint(data["open"])
    assert raised_pairs(report) == reference_raised(arguments, relations)


@given(question_cases())
def test_raising_one_more_question_never_reopens_another(case):
    arguments, relations, extra = case
    before = raised_pairs(question_report(arguments, relations))
    after = raised_pairs(question_report(arguments, [*relations, extra]))
    assert before <= after
    assert len(after - before) <= len(arguments)  # one relation raises one question id


# -- the command line -------------------------------------------------------------------------


def run_argmap(*args):
    return subprocess.run(
        [sys.executable, "-m", "argmap", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=120,
    )


def test_schemes_json_round_trips_the_catalogue():
    result = run_argmap("schemes", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["schemes"]
    assert schemes_from_tables(data["schemes"], known=()) == CATALOGUE
    assert list(data["schemes"][0]) == [
        "id",
        "name",
        "premises",
        "conclusion",
        "questions",
        "source",
    ]


def test_schemes_text_has_a_block_per_scheme():
    result = run_argmap("schemes")
    assert result.returncode == 0, result.stderr
    blocks = result.stdout.strip().split("\n\n")
    assert len(blocks) == len(CATALOGUE)
    for block, s in zip(blocks, CATALOGUE, strict=True):
        assert block.splitlines()[0] == f"{s.id}: {s.name}"
        for number, q in enumerate(s.questions, 1):
            assert f"    {number}. {q.text}  [{q.id}, {q.kind.value}]" in block


def write_ban_map(path):
    """A map with a catalogue scheme, a map-defined scheme, and each warning: an unknown
    scheme, premises that do not fit the roles, a question of another scheme."""
    b = DebateBuilder("Ban it?")
    b.claim("ban", "Ban live facial recognition.", stance="pro", kind="thesis")
    b.claim("edps", "The EDPS says it is mass surveillance.", stance="pro")
    b.claim("expert", "The EDPS is the EU's expert on data protection.", stance="pro")
    b.claim("mass", "Live facial recognition is mass surveillance.", stance="pro")
    b.claim("lobby", "The EDPS has an institutional interest.", stance="con")
    b.claim("risk", "It may wrongly flag innocent people.", stance="pro")
    b.claim("unproven", "How often it does so is not yet known.", stance="pro")
    b.claim("cheap", "Flags are checked by an officer at once.", stance="con")
    b.scheme(PRECAUTION)
    b.argument("A1", ["expert", "edps"], "mass", scheme="expert-opinion")
    b.argument("A2", ["mass"], "ban", scheme="slipery-slope")
    b.argument("A3", ["risk", "unproven"], "ban", scheme="precaution")
    b.argument("A4", ["mass"], "ban", scheme="analogy")
    b.attacks("lobby", "expert", question="expert-opinion.bias")
    b.attacks("cheap", "ban", question="precaution.proportion")
    b.undercuts("cheap", "A1", question="analogy.base")
    b.build().save(path)
    return path


@pytest.fixture
def ban_map(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return write_ban_map(tmp_path / "ban.argmap.toml").name


BAN_WARNINGS = [
    "argmap: warning: ban.argmap.toml: argument 'A2': field 'scheme': unknown scheme "
    "'slipery-slope'; use one of: " + ", ".join(ISSUE_SCHEMES) + ", precaution, or define it "
    "in a [[schemes]] table",
    "argmap: warning: ban.argmap.toml: argument 'A4': field 'premises': has 1 premise; "
    "scheme 'analogy' has 2 premise roles (similarity, base); give one premise per role, in "
    "the roles' order",
    "argmap: warning: ban.argmap.toml: relation 'cheap undercuts A1': field 'question': raises "
    "'analogy.base', which is not a question of the scheme of the argument it targets: A1 "
    "(expert-opinion); name a question of the targeted argument's scheme (argmap schemes)",
]


def test_questions_command_prints_raised_and_open(ban_map, capsys):
    assert main(["questions", ban_map]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("A1: Argument from expert opinion (expert-opinion)\n")
    assert "  premises: major = expert, minor = edps; conclusion: mass\n" in out
    assert "    expert-opinion.bias [exception] " in out
    assert "      by lobby (lobby attacks expert); now the questioner must prove the point" in out
    assert "    expert-opinion.evidence [assumption: presumed to hold] " in out
    assert "\n\nA2: unknown scheme 'slipery-slope'\n" in out
    # the map's own scheme: its question raised by an attack on the conclusion
    assert "\n\nA3: Argument from precaution (precaution)\n" in out
    assert "      by cheap (cheap attacks ban); now the questioner must prove the point" in out
    assert "    precaution.plausible [assumption: presumed to hold] Is H plausible?\n" in out
    assert err.splitlines() == BAN_WARNINGS


def test_questions_command_json(ban_map, capsys):
    assert main(["questions", ban_map, "--json"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    data = json.loads(out)
    first = data["arguments"][0]
    assert first["raised"] == ["expert-opinion.bias"]
    assert first["questions"][3]["raised_by"] == [
        {"relation": "lobby attacks expert", "claim": "lobby", "target": "expert", "on": "premise"}
    ]
    assert data["arguments"][1]["known_scheme"] is False
    assert data["arguments"][2]["scheme_name"] == "Argument from precaution"
    assert data["arguments"][2]["raised"] == ["precaution.proportion"]
    assert [w["field"] for w in data["warnings"]] == ["scheme", "premises", "question"]


def test_check_warns_without_failing(ban_map, capsys):
    assert main(["check", ban_map, "--no-verdicts"]) == 0
    out, err = capsys.readouterr()
    assert out == "ok: ban.argmap.toml (8 claims, 3 relations)\n"
    assert err.splitlines() == BAN_WARNINGS


def test_check_on_the_shipped_maps_warns_about_nothing():
    result = run_argmap("check", *sorted(str(p) for p in (REPO / "maps").glob("*.argmap.toml")))
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr


# -- documentation ----------------------------------------------------------------------------


def test_docs_list_every_scheme_and_question():
    text = (REPO / "docs" / "schemes.md").read_text(encoding="utf-8")
    for s in CATALOGUE:
        assert f"`{s.id}`" in text, s.id
        for q in s.questions:
            assert f"`{q.id}`" in text, q.id
    cli = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert "## `argmap schemes`" in cli and "## `argmap questions`" in cli


def test_docs_catalogue_is_current():
    sys.path.insert(0, str(REPO / "docs"))
    try:
        from regenerate_schemes import PAGE, regenerate
    finally:
        sys.path.remove(str(REPO / "docs"))
    text = PAGE.read_text(encoding="utf-8")
    assert text == regenerate(text), "run python docs/regenerate_schemes.py"


def test_interchange_formats_say_they_leave_out_a_maps_own_schemes(tmp_path):
    from argmap.debate import Debate
    from argmap.formats.aif import aif_omissions
    from argmap.formats.argdown import argdown_omissions

    debate = Debate.load(write_ban_map(tmp_path / "ban.argmap.toml"))
    assert len(debate.schemes) == 1
    assert "the map's own argument schemes: 1" in aif_omissions(debate)
    assert "the map's own argument schemes: 1" in argdown_omissions(debate)
