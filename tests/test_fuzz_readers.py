"""Every reader, given any text, returns a debate or raises a ParseError naming the file:
never another exception (random text, and random JSON shaped like the format)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.errors import ParseError
from argmap.formats.aif import parse_aif
from argmap.formats.argdown import parse_argdown
from argmap.formats.maps import parse_map

ARGDOWN_PIECES = st.sampled_from(
    ["[a]: A", "[b]", "<c>: C #pro", "  + [a]", "  - <c>", "  <_ [b]: B", "  _> [a]", "===",
     "title: x", "# Head", "// c", "  >< [d]: D", "    + [e]: E #con", "(1) p", "", "  -> [a]"]
)  # fmt: skip


# The reader warns about what it leaves out (a relation with nothing above it, say): on
# random pieces that is most examples, and the warnings are not what this test checks.
@pytest.mark.filterwarnings("ignore::UserWarning")
@settings(max_examples=300)
@given(st.lists(ARGDOWN_PIECES, max_size=12).map("\n".join) | st.text(max_size=200))
def test_argdown_reader_never_crashes(text):
    try:
        parse_argdown(text, "f.argdown")
    except ParseError as exc:
        assert exc.source == "f.argdown"


JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 30) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
        ["nodes", "edges", "nodeID", "text", "type", "fromID", "toID", "edgeID", "argmap", "claims", "id"]
    ), inner, max_size=5),
    max_leaves=20,
)  # fmt: skip
NODE = st.fixed_dictionaries(
    {"nodeID": st.sampled_from(["1", "2", "3", 4]), "type": st.sampled_from(["I", "RA", "CA", "L", "YA", "MA", "XX"]),
     "text": st.sampled_from(["A", "", "Ana: A", None])}
)  # fmt: skip
EDGE = st.fixed_dictionaries(
    {"fromID": st.sampled_from(["1", "2", "3", "9"]), "toID": st.sampled_from(["1", "2", "3", "9"])}
)


@settings(max_examples=300)
@given(
    JSONISH
    | st.fixed_dictionaries(
        {"nodes": st.lists(NODE, max_size=5), "edges": st.lists(EDGE, max_size=6)}
    )
)
def test_aif_reader_never_crashes(document):
    try:
        parse_aif(json.dumps(document), "f.aif.json")
    except ParseError as exc:
        assert exc.source == "f.aif.json"


MAP_LINES = st.sampled_from(
    ["argmap = 1", "[debate]", 'question = "Q"', "[[claims]]", 'id = "a"', 'id = "b"', 'text = "T"',
     'stance = "pro"', "stance = 3", "[[attacks]]", 'from = "a"', 'to = "b"', "[[supports]]",
     '[[undercuts]]', 'to = "a attacks b"', "base_score = 2", "tags = [1]", "[[verdicts]]",
     'semantics = "PR"', 'accepted = ["a"]', "[[actors]]", 'name = "N"', "kind = []", "",
     "authors = " + "[" * 40, "base_score = " + "1" * 120, "note = '''", "stance = 'PRO'",
     'note = "\\ud800"', "argmap = 1.0", 'argmap = "1"', "date = 2022-05-01"]
)  # fmt: skip


@settings(max_examples=300)
@given(st.lists(MAP_LINES, max_size=16).map("\n".join) | st.text(max_size=200))
def test_map_reader_never_crashes(text):
    try:
        parse_map(text, "toml", source="f.argmap.toml")
    except ParseError as exc:
        assert exc.source == "f.argmap.toml"


MAP_JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
        ["argmap", "debate", "question", "claims", "id", "text", "stance", "attacks", "from",
         "to", "sources", "base_score", "verdicts", "semantics", "accepted"]
    ), inner, max_size=5),
    max_leaves=20,
)  # fmt: skip
JSON_PIECES = st.sampled_from(
    ['{"argmap": 1', '"debate": {"question": "Q"}', '"claims": [', '{"id": "a", "text": "T"}',
     '"a": 1, "a": 2', '"\\ud800"', "1" * 120, "NaN", "[" * 40, "]", "}", ",", ":", "\n"]
)  # fmt: skip


@settings(max_examples=300)
@given(
    MAP_JSONISH.map(lambda d: json.dumps(d, allow_nan=True))
    | st.lists(JSON_PIECES, max_size=12).map("".join)
    | st.text(max_size=200)
)
def test_json_map_reader_never_crashes(text):
    try:
        parse_map(text, "json", source="f.argmap.json")
    except ParseError as exc:
        assert exc.source == "f.argmap.json"
