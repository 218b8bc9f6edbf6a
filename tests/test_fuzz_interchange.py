"""Every interchange reader (Argdown, argdown json, AIF, Kialo), on random text and on input
shaped like its format, returns a debate or raises a ParseError naming the file (and, for the
line-based formats, the line): never another exception, and no recursion that grows with the
input (deep nesting is an error)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.debate import Debate
from argmap.errors import ParseError
from argmap.formats.aif import parse_aif
from argmap.formats.argdown import import_argdown, import_argdown_json
from argmap.formats.kialo import parse_kialo

ARGDOWN_LINES = st.sampled_from(
    ["===", "title: x", "model:", "  mode: strict", "author:", "  - A", "[a]: A #pro",
     "[b]", "<c>: C", "<c>", "  + [a]", "  - <c>: C2", "  <_ [b]: B", "    _> <d>", "  >< [e]",
     "  -> [a]", "(1) [a]", "(2) premise text", "----", "-- Modus ponens {uses: [1, 2]} --",
     "--", "rule", "(3) [b]: conclusion", "# Heading {isGroup: false}", "// comment",
     "/* block", "end */", "<!-- x -->", "{scheme: \"x\"}", "{relation: support}",
     "* item", "1. item", "text continued", "", "   ", "@include(x.argdown)", "{a: [1, {b: 2}]}",
     "**bold** _it_ .^. @[a]", "\\[escaped\\]", "#(long tag)", "[a b]: x", "[a-b]: y"]
)  # fmt: skip
KIALO_LINES = st.sampled_from(
    ["Discussion Title: Q?", "", "1. T", "2. U", "1.1. Pro: A", "1.1. Con: B", "1.2. Pro: -> See 1.1.",
     "1.1.1. Con: -> See 1.", "1.2.1. Pro: x", "1.3. untagged", "1.1.1.1. Pro: deep",
     "continued line", "-> See 9.", "1.9.9. Con: orphan", "1.. Pro: bad", "0. Pro: zero"]
)  # fmt: skip


def _check(call, source: str, needs_line: bool) -> None:
    try:
        result = call()
    except ParseError as exc:
        assert exc.source == source
        if needs_line and "strict reading" in exc.message:
            assert exc.line is not None
        return
    assert isinstance(result.debate, Debate)
    assert all(isinstance(note, str) for note in result.notes)


@settings(max_examples=400)
@given(st.lists(ARGDOWN_LINES, max_size=20).map("\n".join) | st.text(max_size=300), st.booleans())
def test_argdown_reader_returns_a_debate_or_a_parse_error(text, strict):
    _check(lambda: import_argdown(text, "f.argdown", strict=strict), "f.argdown", True)


@settings(max_examples=300)
@given(st.lists(KIALO_LINES, max_size=20).map("\n".join) | st.text(max_size=300), st.booleans())
def test_kialo_reader_returns_a_debate_or_a_parse_error(text, strict):
    _check(lambda: parse_kialo(text, "f.kialo.txt", strict=strict), "f.kialo.txt", True)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 30) | st.sampled_from(["1", "2", "A", "I", "RA", "CA", "L", "YA", ""]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
        ["nodes", "edges", "AIF", "OVA", "nodeID", "text", "type", "fromID", "toID", "edgeID",
         "scheme", "statements", "arguments", "relations", "members", "pcs", "title",
         "relationType", "from", "to", "fromType", "toType", "inference", "data", "uses",
         "metadata", "source_id"]), inner, max_size=6),
    max_leaves=25,
)  # fmt: skip
NODE = st.fixed_dictionaries(
    {"nodeID": st.sampled_from(["1", "2", "3", 4, "4"]),
     "type": st.sampled_from(["I", "RA", "CA", "L", "YA", "MA", "TA", "PA"]),
     "text": st.sampled_from(["A", "Ana: A", "Default Inference", "Argument From Expert Opinion"])}
)  # fmt: skip
EDGE = st.fixed_dictionaries(
    {"edgeID": st.sampled_from(["e1", "e2", 3]),
     "fromID": st.sampled_from(["1", "2", "3", "4", "9"]),
     "toID": st.sampled_from(["1", "2", "3", "4", "9"])}
)  # fmt: skip
GRAPH = st.fixed_dictionaries(
    {"nodes": st.lists(NODE, max_size=6), "edges": st.lists(EDGE, max_size=8)}
)


@settings(max_examples=300)
@given(JSON_VALUES | GRAPH | GRAPH.map(lambda g: {"AIF": g, "OVA": {}, "text": "t"}), st.booleans())
def test_aif_reader_returns_a_debate_or_a_parse_error(document, strict):
    text = json.dumps(document)
    _check(lambda: parse_aif(text, "f.json", strict=strict), "f.json", False)


STATEMENT = st.fixed_dictionaries(
    {"members": st.lists(st.fixed_dictionaries({"text": st.sampled_from(["A", "B", " ", "#t x"])}), max_size=2)}
)  # fmt: skip
ARGUMENT = st.fixed_dictionaries(
    {"pcs": st.lists(st.fixed_dictionaries(
        {"title": st.sampled_from(["s1", "s2", "s3"]),
         "role": st.sampled_from(["premise", "main-conclusion", "intermediary-conclusion"]),
         "inference": st.fixed_dictionaries({"inferenceRules": st.lists(st.sampled_from(["MP", "x"]), max_size=2),
                                             "data": st.fixed_dictionaries({"uses": st.lists(st.integers(0, 4), max_size=3)})})}),
        max_size=4)}
)  # fmt: skip
RELATION = st.fixed_dictionaries(
    {"relationType": st.sampled_from(["support", "attack", "undercut", "contrary", "contradictory", "entails", "x"]),
     "from": st.sampled_from(["s1", "s2", "s3", "a1", "a2"]), "fromType": st.sampled_from(["equivalence-class", "argument"]),
     "to": st.sampled_from(["s1", "s2", "s3", "a1", "a2"]), "toType": st.sampled_from(["equivalence-class", "argument"])}
)  # fmt: skip
CLI_JSON = st.fixed_dictionaries(
    {"statements": st.dictionaries(st.sampled_from(["s1", "s2", "s3"]), STATEMENT, max_size=3),
     "arguments": st.dictionaries(st.sampled_from(["a1", "a2"]), ARGUMENT, max_size=2),
     "relations": st.lists(RELATION, max_size=6)}
)  # fmt: skip


@settings(max_examples=300)
@given(JSON_VALUES | CLI_JSON, st.booleans())
def test_argdown_json_reader_returns_a_debate_or_a_parse_error(document, strict):
    text = json.dumps(document)
    _check(lambda: import_argdown_json(text, "a.json", strict=strict), "a.json", False)


@pytest.mark.parametrize(
    "call",
    [
        lambda: parse_aif("[" * 100_000 + "]" * 100_000, "deep.json"),
        lambda: parse_aif(
            '{"nodes": ' + "[" * 100_000 + "]" * 100_000 + ', "edges": []}', "deep.json"
        ),
        lambda: import_argdown_json(
            '{"statements": ' + '{"a": ' * 50_000 + "1" + "}" * 50_001, "deep.json"
        ),
        lambda: import_argdown(
            "[a]: A {x: " + "[" * 100_000 + "]" * 100_000 + "}", "deep.json", strict=True
        ),
        lambda: import_argdown("===\nx: " + "[" * 100_000 + "]" * 100_000 + "\n===\n", "deep.json"),
    ],
)
def test_deep_nesting_is_an_error_not_a_recursion_error(call):
    with pytest.raises(ParseError) as info:
        call()
    assert info.value.source == "deep.json"


def test_long_outlines_and_trees_need_no_recursion():
    deep_kialo = "1. T\n" + "".join(f"{'1' + '.1' * k}. Pro: claim {k}\n" for k in range(1, 3000))
    assert len(parse_kialo(deep_kialo).debate.claims) == 3000
    deep_argdown = "[c0]: C\n" + "".join(f"{'  ' * k}+ [c{k}]: C{k}\n" for k in range(1, 3000))
    assert len(import_argdown(deep_argdown).debate.relations) == 2999
