"""Map files (TOML and JSON): canonical writing, round trips, and every kind of mistake."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from hypothesis import given, settings
from strategies import rich_debates

from argmap.debate import Debate
from argmap.errors import MapError, ParseError
from argmap.formats.maps import (
    debate_to_document,
    format_map,
    parse_map,
    read_map,
    write_map,
)

SCHEMA = json.loads(resources.files("argmap").joinpath("schema/map.schema.json").read_text())


@pytest.mark.slow
@settings(max_examples=200)
@given(rich_debates(arguments=True, values=True))
def test_toml_round_trip_gives_an_equal_debate_and_the_same_bytes(debate):
    text = format_map(debate, "toml")
    again = parse_map(text, "toml")
    assert again == debate
    assert format_map(again, "toml") == text


@pytest.mark.slow
@settings(max_examples=200)
@given(rich_debates(arguments=True, values=True))
def test_json_round_trip_and_schema(debate):
    text = format_map(debate, "json")
    assert parse_map(text, "json") == debate
    jsonschema.validate(json.loads(text), SCHEMA)
    assert json.loads(text) == debate_to_document(debate)


def test_schema_is_itself_valid():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


GOOD = """argmap = 1

[debate]
question = "Ban it?"

[[actors]]
id = "p"
name = "Parliament"

[[claims]]
id = "ban"
text = "Ban it."
stance = "pro"
kind = "thesis"
actors = ["p"]

[[claims]]
id = "cost"
text = "It costs."
stance = "con"

[[attacks]]
from = "cost"
to = "ban"
"""


def test_good_file_loads():
    debate = parse_map(GOOD, source="good.argmap.toml")
    assert debate.claim_ids == ("ban", "cost")
    assert [r.id for r in debate.relations] == ["cost attacks ban"]


def _problems(text: str, fmt: str = "toml") -> list[str]:
    with pytest.raises(MapError) as info:
        parse_map(text, fmt, source="bad.argmap.toml")
    error = info.value
    assert str(error).startswith("bad.argmap.toml has ")
    return [f"{p.line}: {p}" for p in error.problems]


def test_every_mistake_is_reported_with_line_claim_field_and_fix():
    bad = (
        GOOD.replace('stance = "pro"', 'stance = "pros"').replace('to = "ban"', 'to = "bann"')
        + '\n[[supports]]\nfrom = "ban"\nto = "ban"\n\n[[claims]]\nid = "cost"\ntext = "Again."\nbase_score = 1.5\nactors = ["q"]\n\n[[undercuts]]\nfrom = "cost"\nto = "cost supports ban"\n'
    )
    problems = _problems(bad)
    assert problems == [
        "10: claim 'ban': field 'stance': unknown stance 'pros'; use one of: pro, con, neutral",
        "22: attack 'cost attacks bann': field 'to': unknown claim 'bann'; declare the claim first, or check the spelling",
        "26: support 'ban supports ban': claim 'ban' supports itself; remove the relation",
        "30: claim 'cost': field 'id': is a duplicate; give each claim its own id",
        "30: claim 'cost': field 'actors': unknown actor 'q'; declare the actor first, or check the spelling",
        "30: claim 'cost': field 'base_score': 1.5 is not in [0, 1]; use a number from 0 to 1",
        "36: undercut 'cost undercuts cost supports ban': field 'to': no relation has the id 'cost supports ban'; an undercut targets the id of a support, attack or argument, e.g. 'C18 supports C16'",
    ]


def test_unknown_field_suggests_the_close_one():
    problems = _problems(GOOD.replace('stance = "con"', 'stanse = "con"'))
    assert problems == ["17: claim 'cost': field 'stanse': unknown field; did you mean 'stance'?"]


def test_missing_version_debate_and_text():
    problems = _problems('[[claims]]\nid = "a"\n')
    assert problems == [
        "1: file: field 'argmap': is missing; start the file with: argmap = 1",
        "1: claim 'a': field 'text': is missing; add text = \"...\"",
        'None: debate: the [debate] table is missing; add [debate] with question = "..."',
    ]


def test_wrong_types_are_reported():
    text = GOOD.replace('actors = ["p"]', 'actors = "p"\ntags = [1]\nreconstructed = "yes"')
    problems = _problems(text)
    assert problems == [
        "10: claim 'ban': field 'actors': expected a list of strings, found a string; write actors = [\"...\", \"...\"]",
        "10: claim 'ban': field 'tags': expected a list of strings, found a list holding a number; write tags = [\"...\", \"...\"]",
        "10: claim 'ban': field 'reconstructed': expected true or false, found a string",
    ]


def test_unsupported_version():
    assert _problems(GOOD.replace("argmap = 1", "argmap = 2")) == [
        "1: file: field 'argmap': version 2 is not supported; this argmap reads version 1"
    ]


def test_toml_syntax_error_names_file_and_line():
    with pytest.raises(ParseError) as info:
        parse_map(GOOD.replace('name = "Parliament"', "name = Parliament"), source="x.argmap.toml")
    assert info.value.line == 8
    assert str(info.value).startswith("x.argmap.toml:8: not valid TOML")


def test_json_syntax_error_names_line():
    with pytest.raises(ParseError) as info:
        # A missing comma: every CPython 3.11+ places it on line 3 (a trailing comma is not a
        # fair probe: 3.13 reports it on the comma's line, earlier versions on the next).
        parse_map('{\n"argmap": 1\n"title": "x"\n}', "json", source="x.argmap.json")
    assert str(info.value).startswith("x.argmap.json:3: not valid JSON: Expecting ',' delimiter")


def test_file_round_trip_is_atomic_and_keeps_bytes(tmp_path):
    debate = parse_map(GOOD)
    for name in ("m.argmap.toml", "m.argmap.json"):
        path = tmp_path / name
        write_map(debate, path)
        assert read_map(path) == debate
        assert Debate.load(path) == debate
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.argmap.json", "m.argmap.toml"]


def test_failed_write_leaves_old_file(tmp_path):
    path = tmp_path / "m.argmap.toml"
    path.write_text("old")
    with pytest.raises(ParseError):
        write_map(parse_map(GOOD), path, format="yaml")
    assert path.read_text() == "old"


def test_unknown_extension():
    with pytest.raises(ParseError, match=r"name it \*.argmap.toml or \*.argmap.json"):
        read_map("debate.yaml")


def test_a_bad_id_is_reported_once_and_citations_must_be_tables():
    text = 'argmap = 1\n[debate]\nquestion = "Q"\n[[claims]]\nid = 5\ntext = "x"\n\n[[claims]]\nid = "b"\ntext = "y"\nsources = ["a string"]\n'
    assert _problems(text) == [
        "4: claim: field 'id': expected a string, found a number; put the value in quotes",
        "8: claim 'b': field 'sources': each citation is a table, found a string; write sources = [{ source = \"article\", locator = \"¶3\" }]",
    ]
