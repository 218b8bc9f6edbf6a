"""The map document has one definition (argmap/formats/map_document.py); the JSON Schema,
the reader and the writer agree with it on every field, and hostile text survives both
formats exactly."""

from __future__ import annotations

import copy
import json
import tomllib
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from payloads import hostile_text

from argmap.debate import DebateBuilder
from argmap.debate.model import ActorKind, ClaimKind, Stance, SupportReading
from argmap.errors import ArgmapError, DebateError, FormatError, MapError, ParseError
from argmap.formats.map_document import (
    CITATION,
    CRITICAL_QUESTION,
    DOCUMENT_TABLES,
    PREMISE_ROLE,
    TOP_KEYS,
    Field,
    FieldKind,
    table,
)
from argmap.formats.map_schema import SCHEMA_PATH, format_map_json_schema, map_json_schema
from argmap.formats.maps import debate_to_document, format_map, parse_map
from argmap.formats.toml_writer import format_toml, toml_string

REPO = Path(__file__).resolve().parent.parent
VALIDATOR = jsonschema.Draft202012Validator(map_json_schema())

# A canonical document using every table; each test below changes one field of it.
BASE = {
    "argmap": 1,
    "debate": {"question": "Ban it?"},
    "sources": [{"id": "s", "citation": "A report, 2022."}],
    "values": [{"id": "privacy", "name": "Privacy"}, {"id": "security", "name": "Security"}],
    "actors": [{"id": "p", "name": "Parliament", "kind": "group"}],
    "audiences": [{"id": "parl", "name": "Parliament 2023", "order": ["privacy", "security"]}],
    "claims": [
        {"id": "a", "text": "Ban it.", "stance": "pro", "kind": "thesis"},
        {"id": "b", "text": "It helps.", "stance": "pro", "kind": "reason"},
        {"id": "c", "text": "It costs.", "stance": "con", "kind": "objection"},
    ],
    "schemes": [
        {
            "id": "precaution",
            "name": "Argument from precaution",
            "premises": [{"id": "risk", "form": "A may cause serious harm H."}],
            "conclusion": "A should not be done until H is ruled out.",
            "questions": [
                {
                    "id": "precaution.proportion",
                    "text": "Is waiting proportionate?",
                    "kind": "exception",
                }
            ],
        }
    ],
    "arguments": [{"id": "A1", "premises": ["b", "c"], "conclusion": "a", "scheme": "precaution"}],
    "supports": [{"from": "b", "to": "a"}],
    "attacks": [{"from": "c", "to": "a"}],
    "undercuts": [{"from": "c", "to": "b supports a"}],
    "verdicts": [{"semantics": "grounded", "support": "evidential"}],
    "classroom": {"support": "necessary"},
}


def _reader_accepts(document) -> bool:
    """Whether the reader accepts the document, read both as JSON and as TOML text."""
    outcomes = set()
    for fmt, text in (("json", json.dumps(document)), ("toml", format_toml(document))):
        try:
            parse_map(text, fmt, source=f"t.argmap.{fmt}")
            outcomes.add(True)
        except ParseError:  # a MapError, or a number too long to be a number
            outcomes.add(False)
    assert len(outcomes) == 1, f"TOML and JSON readers disagree on {document}"
    return outcomes.pop()


def _schema_accepts(document) -> bool:
    return VALIDATOR.is_valid(document)


def _entry(document, table_name):
    entry = document[table_name]
    return entry if isinstance(entry, dict) else entry[0]


def _sample(table_name: str, field: Field):
    """A valid value, not the default, for a field of the BASE document."""
    specific = {
        ("supports", "id"): "own id",
        ("attacks", "id"): "own id",
        ("undercuts", "id"): "own id",
        ("claims", "actors"): ["p"],
        ("actors", "accepts"): ["a"],
        ("arguments", "scheme"): "analogy",
        ("claims", "values"): ["privacy"],
        ("arguments", "values"): ["security"],
        ("audiences", "actors"): ["p"],
        ("verdicts", "audience"): "parl",
        ("classroom", "semantics"): "grounded",  # (an ICCMA code is written back as the name)
        ("classroom", "hide"): ["support", "formal"],
    }
    if (table_name, field.name) in specific:
        return specific[(table_name, field.name)]
    if field.required:  # already in BASE, where the other entries refer to it
        return _entry(BASE, table_name)[field.name]
    if field.kind is FieldKind.CHOICE:
        return field.choices[-1] if field.choices[-1] != field.default else field.choices[0]
    return {
        FieldKind.TEXT: "Some text.",
        FieldKind.STRING: "Some text.",
        FieldKind.DATE: "2022-05-01",
        FieldKind.DATE_TEXT: "May 2022",
        FieldKind.STRINGS: ["x", "y"],
        FieldKind.IDS: ["a"],
        FieldKind.NUMBER: 0.25,
        FieldKind.BOOLEAN: True,
        FieldKind.CITATIONS: [{"source": "s", "locator": "¶3"}],
    }[field.kind]


def _wrong(field: Field):
    """A value of the wrong type for the field."""
    if field.kind in (
        FieldKind.STRINGS,
        FieldKind.IDS,
        FieldKind.CITATIONS,
        FieldKind.TABLES,
        FieldKind.RANKING,
    ):
        return "not a list"
    return [1] if field.kind is not FieldKind.NUMBER else "0.5"


FIELDS = [(t.name, f) for t in DOCUMENT_TABLES for f in t.fields]


def test_the_committed_schema_is_the_generated_one():
    assert SCHEMA_PATH.read_text(encoding="utf-8") == format_map_json_schema(), (
        "run: python -m argmap.formats.map_schema"
    )
    jsonschema.Draft202012Validator.check_schema(map_json_schema())


def test_the_base_document_is_accepted_and_canonical():
    assert _schema_accepts(BASE) and _reader_accepts(BASE)
    assert debate_to_document(parse_map(json.dumps(BASE), "json")) == BASE


@pytest.mark.parametrize(("table_name", "field"), FIELDS, ids=lambda v: getattr(v, "name", v))
def test_every_field_is_accepted_by_reader_and_schema_and_written_back(table_name, field):
    document = copy.deepcopy(BASE)
    _entry(document, table_name)[field.name] = _sample(table_name, field)
    if (table_name, field.name) in {("supports", "id"), ("attacks", "id")}:
        document["undercuts"] = []  # the undercut names the relation by its default id
        del document["undercuts"]
    assert _schema_accepts(document)
    assert _reader_accepts(document)
    debate = parse_map(json.dumps(document), "json")
    assert debate_to_document(debate) == document
    text = format_map(debate)
    assert parse_map(text) == debate and format_map(parse_map(text)) == text


@pytest.mark.parametrize(("table_name", "field"), FIELDS, ids=lambda v: getattr(v, "name", v))
def test_a_value_of_the_wrong_type_is_refused_by_both(table_name, field):
    document = copy.deepcopy(BASE)
    _entry(document, table_name)[field.name] = _wrong(field)
    assert not _schema_accepts(document)
    assert not _reader_accepts(document)


@pytest.mark.parametrize(("table_name", "field"), FIELDS, ids=lambda v: getattr(v, "name", v))
def test_json_null_is_refused_by_both(table_name, field):
    document = copy.deepcopy(BASE)
    _entry(document, table_name)[field.name] = None
    assert not _schema_accepts(document)
    with pytest.raises(MapError, match="found null"):
        parse_map(json.dumps(document), "json")


@pytest.mark.parametrize("table_name", [t.name for t in DOCUMENT_TABLES])
def test_a_null_table_is_refused_by_both(table_name):
    document = {**copy.deepcopy(BASE), table_name: None}
    assert not _schema_accepts(document)
    with pytest.raises(MapError, match="found null"):
        parse_map(json.dumps(document), "json")


@pytest.mark.parametrize(
    ("table_name", "field"),
    [(t, f) for t, f in FIELDS if f.required],
    ids=lambda v: getattr(v, "name", v),
)
def test_a_missing_required_field_is_refused_by_both(table_name, field):
    document = copy.deepcopy(BASE)
    del _entry(document, table_name)[field.name]
    assert not _schema_accepts(document)
    assert not _reader_accepts(document)


@pytest.mark.parametrize("table_name", [None, "sources", *(t.name for t in DOCUMENT_TABLES)])
def test_an_unknown_key_is_refused_by_both(table_name):
    document = copy.deepcopy(BASE)
    if table_name is None:
        document["zzz"] = 1
    elif table_name == "sources":  # a citation
        _entry(document, "claims")["sources"] = [{"source": "s", "zzz": "x"}]
    else:
        _entry(document, table_name)["zzz"] = "x"
    assert not _schema_accepts(document)
    assert not _reader_accepts(document)


CHOICES = [(t, f) for t, f in FIELDS if f.kind is FieldKind.CHOICE]


@pytest.mark.parametrize(("table_name", "field"), CHOICES, ids=lambda v: getattr(v, "name", v))
def test_enum_values_agree_and_are_case_sensitive(table_name, field):
    schema_entry = map_json_schema()["properties"][table_name]
    properties = schema_entry.get("items", schema_entry)["properties"]
    assert properties[field.name]["enum"] == list(field.choices)
    for value in field.choices:
        document = copy.deepcopy(BASE)
        _entry(document, table_name)[field.name] = value
        assert _schema_accepts(document) and _reader_accepts(document), value
        for variant in {value.upper(), value.capitalize(), value.swapcase()} - set(field.choices):
            _entry(document, table_name)[field.name] = variant
            assert not _schema_accepts(document), variant
            assert not _reader_accepts(document), variant


def test_the_choices_are_the_models_enums():
    assert table("claims").field("stance").choices == tuple(s.value for s in Stance)
    assert table("claims").field("kind").choices == tuple(k.value for k in ClaimKind)
    assert table("actors").field("kind").choices == tuple(k.value for k in ActorKind)
    assert table("verdicts").field("support").choices == tuple(r.value for r in SupportReading)


def test_numbers_outside_the_range_are_refused_by_both():
    for score in (-0.1, 1.5, 10**400):
        document = copy.deepcopy(BASE)
        _entry(document, "claims")["base_score"] = score
        assert not _schema_accepts(document) and not _reader_accepts(document), score


def test_docs_list_every_field_and_value():
    text = (REPO / "docs" / "map-format.md").read_text(encoding="utf-8")
    for t in (*DOCUMENT_TABLES, CITATION, PREMISE_ROLE, CRITICAL_QUESTION):
        for f in t.fields:
            assert f"`{f.name}`" in text, f.name
            for value in f.choices:
                if f.name != "semantics":
                    assert f"`{value}`" in text, value
    assert "argmap/formats/map_document.py" in text
    assert set(TOP_KEYS) <= {"argmap", *(t.name for t in DOCUMENT_TABLES)}


NESTED = [
    (t.name, f.name, entry)
    for t in DOCUMENT_TABLES
    for f in t.fields
    if f.kind is FieldKind.TABLES
    for entry in f.entries.fields
]


@pytest.mark.parametrize(("table_name", "list_name", "entry"), NESTED, ids=str)
def test_mistakes_inside_inline_tables_are_refused_by_both(table_name, list_name, entry):
    """Each field of a premise role or critical question: missing, of the wrong type, an
    unknown key beside it, and (for a choice) a value in the wrong case."""
    mutations = [lambda e: e.pop(entry.name), lambda e: e.update({entry.name: [1]})]
    mutations.append(lambda e: e.update({"zzz": "x"}))
    if entry.kind is FieldKind.CHOICE:
        mutations.append(lambda e: e.update({entry.name: e[entry.name].upper()}))
    for mutate in mutations:
        document = copy.deepcopy(BASE)
        mutate(_entry(document, table_name)[list_name][0])
        assert not _schema_accepts(document), document
        assert not _reader_accepts(document), document


def test_a_scheme_needs_a_premise_role_and_may_have_no_questions():
    document = copy.deepcopy(BASE)
    _entry(document, "schemes")["questions"] = []
    assert _schema_accepts(document) and _reader_accepts(document)
    assert debate_to_document(parse_map(json.dumps(document), "json")) == document
    _entry(document, "schemes")["premises"] = []
    assert not _schema_accepts(document) and not _reader_accepts(document)


def test_map_scheme_mistakes_are_reported_with_their_lines():
    document = copy.deepcopy(BASE)
    first = _entry(document, "schemes")
    document["schemes"] = [
        {**first, "id": "expert-opinion"},
        {**first, "premises": [{"id": "risk", "form": "A.", "zz": 1}]},
        {**first, "name": " ", "questions": [{**first["questions"][0], "id": "other.q"}]},
    ]
    text = format_toml(document)
    with pytest.raises(MapError) as info:
        parse_map(text, source="m.argmap.toml")
    lines = [n for n, line in enumerate(text.splitlines(), 1) if line == "[[schemes]]"]
    assert [f"{p.line}: {p}" for p in info.value.problems] == [
        f"{lines[0]}: scheme 'expert-opinion': field 'id': is already a scheme of the "
        "catalogue; a map cannot redefine a catalogue scheme: give yours its own id",
        f"{lines[0]}: scheme 'expert-opinion': field 'questions': question 1: "
        "'precaution.proportion' does not start with 'expert-opinion.'; a question id starts "
        "with its scheme's id",
        f"{lines[1]}: scheme 'precaution': field 'premises': premise role 1: unknown field "
        "'zz'; known fields: id, form",
        f"{lines[2]}: scheme 'precaution': field 'id': is already the id of scheme 2; give "
        "each scheme its own id",
        f"{lines[2]}: scheme 'precaution': field 'name': must be non-empty text",
        f"{lines[2]}: scheme 'precaution': field 'questions': question 1: 'other.q' does not "
        "start with 'precaution.'; a question id starts with its scheme's id",
    ]


def test_uppercase_stance_says_what_is_accepted():
    document = copy.deepcopy(BASE)
    _entry(document, "claims")["stance"] = "PRO"
    text = format_toml(document)
    with pytest.raises(MapError) as info:
        parse_map(text, source="m.argmap.toml")
    line = text[: text.index('id = "a"')].count("\n")  # the line of its [[claims]]
    assert [f"{p.line}: {p}" for p in info.value.problems] == [
        f"{line}: claim 'a': field 'stance': unknown stance 'PRO'; "
        "values are case-sensitive: write 'pro' (one of: pro, con, neutral)"
    ]


# -- the version ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ('"1"', "expected the integer 1, found a string '1'; write argmap = 1"),
        ("1.0", "expected the integer 1, found a number 1.0; write argmap = 1"),
        ("true", "expected the integer 1, found a boolean True; write argmap = 1"),
        ("2", "version 2 is not supported; this argmap reads version 1"),
    ],
)
def test_the_version_must_be_the_integer_1(written, message):
    for fmt, text in (
        ("toml", f'# a map\nargmap = {written}\n[debate]\nquestion = "Q?"\n'),
        ("json", f'{{\n"argmap": {written},\n"debate": {{"question": "Q?"}}}}'),
    ):
        with pytest.raises(MapError) as info:
            parse_map(text, fmt, source="m")
        assert [f"{p.line}: {p}" for p in info.value.problems] == [
            f"2: file: field 'argmap': {message}"
        ], fmt


# -- hostile input ----------------------------------------------------------------------------


def _parse_error(text: str, fmt: str) -> ParseError:
    with pytest.raises(ParseError) as info:
        parse_map(text, fmt, source=f"m.argmap.{fmt}")
    assert info.value.source == f"m.argmap.{fmt}"
    return info.value


def test_duplicate_json_keys_are_refused_with_the_line():
    top = _parse_error('{"argmap": 1,\n"debate": {"question": "Q?"},\n"argmap": 1}', "json")
    assert (top.line, top.message) == (3, "the key 'argmap' is given twice in the same object")
    text = json.dumps(BASE, indent=1).replace('"text": "It helps."', '"text": "x", "text": "y"')
    inner = _parse_error(text, "json")
    assert inner.line == text[: text.index('"text": "x"')].count("\n") + 1
    assert "'text' is given twice" in inner.message
    # equal after decoding: "\u0061" is "a"
    assert "given twice" in _parse_error('{"a": 1, "\\u0061": 2}', "json").message


def test_lone_surrogates_are_refused_with_the_line():
    json_text = json.dumps(BASE, indent=1).replace("It costs.", "It \\ud800 costs.")
    error = _parse_error(json_text, "json")
    assert error.line == json_text[: json_text.index("\\ud800")].count("\n") + 1
    assert "lone surrogate" in error.message
    # a proper pair is one character and passes
    ok = json.dumps(BASE).replace("It costs.", "It \\ud83d\\ude00 costs.")
    assert parse_map(ok, "json").claim("c").text == "It \U0001f600 costs."
    toml_text = format_toml(BASE)
    raw = _parse_error(toml_text.replace("It costs.", "It \ud800 costs."), "toml")
    assert raw.line == toml_text[: toml_text.index("It costs.")].count("\n") + 1
    assert "lone surrogate" in raw.message
    escaped = _parse_error(toml_text.replace("It costs.", "It \\ud800 costs."), "toml")
    assert escaped.line == raw.line and "Unicode scalar value" in escaped.message
    raw_json = _parse_error(json.dumps(BASE, ensure_ascii=False).replace("costs", "\udfff"), "json")
    assert raw_json.line == 1 and "lone surrogate" in raw_json.message


def test_a_lone_surrogate_cannot_enter_a_debate_or_a_file():
    b = DebateBuilder("Q?")
    b.claim("a", "A \ud800")
    with pytest.raises(DebateError, match="lone surrogate"):
        b.build()
    with pytest.raises(FormatError, match="lone surrogate"):
        toml_string("x\udc00")


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_huge_numbers_are_refused_with_the_line(fmt):
    document = copy.deepcopy(BASE)
    _entry(document, "claims")["base_score"] = 0.5
    text = format_toml(document) if fmt == "toml" else json.dumps(document, indent=1)
    text = text.replace("0.5", "1" * 5000)
    error = _parse_error(text, fmt)
    assert error.line == text[: text.index("1111")].count("\n") + 1
    assert "a number of 5000 digits" in error.message
    assert len(str(error)) < 200


@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_deep_nesting_is_refused_with_the_line_and_no_recursion(fmt):
    deep = "[" * 5000 + "]" * 5000
    if fmt == "toml":
        text = f'argmap = 1\n[debate]\nquestion = "Q?"\nauthors = {deep}\n'
    else:
        text = f'{{"argmap": 1,\n"debate": {{"question": "Q?",\n"authors": {deep}}}}}'
    error = _parse_error(text, fmt)
    assert error.line == (4 if fmt == "toml" else 3)
    assert "nest more than 32 levels" in error.message


def test_nan_and_infinity_are_not_json_numbers():
    for word in ("NaN", "Infinity", "-Infinity"):
        text = json.dumps(BASE).replace('"stance"', f'"base_score": {word}, "stance"', 1)
        assert f"{word} is not a JSON number" in _parse_error(text, "json").message


def test_json_problems_name_their_line():
    document = copy.deepcopy(BASE)
    document["attacks"][0]["to"] = "zz"
    text = json.dumps(document, indent=2)
    with pytest.raises(MapError) as info:
        parse_map(text, "json", source="m.argmap.json")
    [problem] = info.value.problems
    assert problem.line == text[: text.index('"from": "c"')].count("\n")  # the line of its {
    assert str(problem).startswith("attack 'c attacks zz': field 'to': unknown claim 'zz'")


def test_headers_inside_multiline_strings_do_not_move_the_lines():
    document = copy.deepcopy(BASE)
    _entry(document, "claims")["note"] = "x"
    text = format_toml(document).replace('note = "x"', 'note = """\n[[claims]]\n"""')
    text = text.replace('to = "a"\n\n[[undercuts]]', 'to = "zz"\n\n[[undercuts]]')
    with pytest.raises(MapError) as info:
        parse_map(text, source="m.argmap.toml")
    [problem] = info.value.problems
    assert problem.line == text[: text.index('[[attacks]]\nfrom = "c"')].count("\n") + 1


# -- exact round trips on hostile text --------------------------------------------------------

_TEXT = hostile_text().filter(str.strip)
_ANY = hostile_text()


@st.composite
def hostile_debates(draw):
    """Debates with hostile text in every free-text field (ids keep their pattern, except
    relation ids, which are free text)."""
    b = DebateBuilder(
        draw(_TEXT),
        title=draw(_ANY),
        date="2022-05-01",
        authors=draw(st.lists(_ANY, max_size=2)),
        description=draw(_ANY),
    )
    b.source("s", draw(_TEXT), url=draw(_ANY), date=draw(_ANY))
    b.actor("p", draw(_TEXT), kind="party", affiliation=draw(_ANY), note=draw(_ANY))
    citation = {"source": "s", "citation": draw(_ANY), "url": draw(_ANY), "locator": draw(_ANY)}
    b.claim("a", draw(_TEXT), stance="pro", kind="thesis", actors=["p"], sources=[citation])
    b.claim("b", draw(_TEXT), tags=draw(st.lists(_ANY, max_size=3)), note=draw(_ANY))
    support = b.supports("b", "a", rationale=draw(_ANY), id=draw(_TEXT))
    b.attacks("a", "b", rationale=draw(_ANY), sources=[citation])
    b.undercuts("a", support)
    b.verdicts("grounded", accepted=["a"], note=draw(_ANY))
    b.scheme(
        {
            "id": "own",
            "name": draw(_TEXT),
            "premises": [{"id": "first", "form": draw(_TEXT)}],
            "conclusion": draw(_TEXT),
            "questions": [{"id": "own.q", "text": draw(_TEXT), "kind": "exception"}],
            "source": draw(_ANY),
        }
    )
    return b.build()


@settings(max_examples=150)
@given(hostile_debates(), st.sampled_from(["toml", "json"]))
def test_hostile_text_round_trips_exactly(debate, fmt):
    text = format_map(debate, fmt)
    again = parse_map(text, fmt)
    assert again == debate
    assert format_map(again, fmt) == text


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))) | hostile_text())
def test_any_string_is_written_so_that_tomllib_reads_it_back(text):
    assert tomllib.loads(f"x = {toml_string(text)}")["x"] == text


def test_invisible_characters_are_written_as_escapes():
    b = DebateBuilder("Q\u202e?\u200f")
    b.claim("a", "A\x85")
    for fmt in ("toml", "json"):
        text = format_map(b.build(), fmt)
        assert "\u202e" not in text and "\u200f" not in text and "\x85" not in text
        assert parse_map(text, fmt) == b.build()


def test_every_reader_error_is_an_argmap_error():
    for text in ("[", "{", "\ud800", "argmap = 1e999", "x = [" * 40):
        for fmt in ("toml", "json"):
            with pytest.raises(ArgmapError):
                parse_map(text, fmt)
