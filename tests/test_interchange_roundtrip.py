"""No silent loss (issue #19): hostile text goes through Argdown, AIF and GraphML and comes
back exactly, or the writer refuses with the reason; readers report what they skip; solve
never prints a name that breaks its answer line; error messages quote a short window.

What each format carries (and so what is compared):

- Argdown: the question, title, date and authors; each claim's id, text, stance, kind and
  tags; the supports, attacks and undercuts (default ids). Not notes, actors, rationales.
- AIF: everything but sources, citations and expected verdicts (argmap's own parts go under
  the document's "argmap" key), so the debate read back is equal to the one written.
- GraphML (read back by networkx): each claim's text; the text XML 1.0 can hold (see
  ``_xml_text``).
"""

from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from payloads import INJECTION_PAYLOADS, hostile_text

from argmap.cli.main import main
from argmap.debate import Actor, Claim, Debate, Relation
from argmap.errors import DebateError, FormatError, ParseError, excerpt
from argmap.formats.aif import aif_omissions, format_aif, parse_aif
from argmap.formats.argdown import argdown_omissions, format_argdown, parse_argdown
from argmap.formats.graphs import format_graphml
from argmap.formats.iccma import parse_apx, parse_i23, witness_name

TEXT = hostile_text().filter(lambda text: text.strip() != "")


@st.composite
def hostile_debates(draw):
    """Four claims (a thesis, a support, an attack on it, an undercut of the support) with
    hostile text in every free-text field: question, title, authors, claim texts, notes,
    tags, actor names and notes, and rationales."""
    actors = [
        Actor("a0", draw(TEXT), kind="person", note=draw(st.none() | TEXT)),
        Actor("a1", draw(TEXT), affiliation=draw(st.none() | TEXT)),
    ]
    claims = [
        Claim(
            f"c{k}",
            draw(TEXT),
            stance=draw(st.sampled_from(["pro", "con", "neutral"])),
            kind=draw(st.sampled_from(["thesis", "reason", "objection", "evidence"])),
            actors=draw(st.lists(st.sampled_from(["a0", "a1"]), unique=True, max_size=2)),
            tags=draw(st.lists(TEXT, max_size=2)),
            note=draw(st.none() | TEXT),
        )
        for k in range(4)
    ]
    relations = [
        Relation("support", "c1", "c0", rationale=draw(st.none() | TEXT)),
        Relation("attack", "c2", "c1", rationale=draw(st.none() | TEXT)),
        Relation("undercut", "c3", "c1 supports c0", rationale=draw(st.none() | TEXT)),
    ]
    return Debate(
        draw(TEXT),
        title=draw(st.none() | TEXT),
        date=draw(st.none() | st.just("2024-05-01")),
        authors=draw(st.lists(TEXT, max_size=2)),
        actors=actors,
        claims=claims,
        relations=relations,
    )


def _argdown_can_hold(tag: str) -> bool:
    return (
        tag not in {"pro", "con", "neutral", "thesis", "reason", "objection", "exception",
                    "evidence", "rebuttal", "context"}
        and tag == tag.strip()
        and tag != ""
        and ")" not in tag
        and "//" not in tag
        and "/*" not in tag
        and not re.search("[\x00-\x1f\x7f-\x9f\u2028\u2029]", tag)
    )  # fmt: skip


@settings(max_examples=60)
@given(hostile_debates())
def test_argdown_gives_back_hostile_text_exactly_or_refuses(debate):
    try:
        text = format_argdown(debate)
    except FormatError as exc:  # only a tag Argdown cannot hold is refused here
        assert not all(_argdown_can_hold(t) for c in debate.claims for t in c.tags)
        assert "the tag" in str(exc) and "cannot be written in Argdown" in str(exc)
        return
    back = parse_argdown(text)
    assert (back.question, back.title, back.date, back.authors) == (
        debate.question,
        debate.title,
        debate.date,
        debate.authors,
    )
    carried = lambda c: (c.id, c.text, c.stance, c.kind, c.tags)  # noqa: E731
    assert [carried(c) for c in back.claims] == [carried(c) for c in debate.claims]
    assert back.relations == tuple(
        Relation(r.kind, r.source, r.target, id=r.id) for r in debate.relations
    )
    assert "claims' notes" in " ".join(argdown_omissions(debate)) or not any(
        c.note for c in debate.claims
    )


@settings(max_examples=60)
@given(hostile_debates())
def test_aif_gives_back_hostile_debates_exactly(debate):
    result = parse_aif(format_aif(debate))
    assert result.debate == debate
    assert result.notes == ()
    assert aif_omissions(debate) == ()


def _xml_text(text: str) -> bool:
    """XML 1.0 holds no C0 control but tab and newline, and its parsers turn CR into LF."""
    return not re.search("[\x00-\x08\x0b-\x1f\ufffe\uffff]", text)


@settings(max_examples=40)
@given(st.lists(TEXT.filter(_xml_text), min_size=1, max_size=4))
def test_graphml_read_back_by_networkx_has_every_text(texts):
    debate = Debate("Q", claims=[Claim(f"c{k}", t) for k, t in enumerate(texts)])
    graph = nx.parse_graphml(format_graphml(debate))
    assert [graph.nodes[f"c{k}"]["text"] for k in range(len(texts))] == texts


@pytest.mark.parametrize("payload", INJECTION_PAYLOADS)
def test_each_injection_payload_survives_argdown_and_aif(payload):
    debate = Debate(
        payload, title=payload, claims=[Claim("a", payload, stance="pro", kind="thesis")]
    )
    assert parse_argdown(format_argdown(debate)) == debate
    assert parse_aif(format_aif(debate)).debate == debate


def test_the_reported_argdown_loss_is_gone():
    """The issue's case: ' // ' and a URL cut the text and dropped the tags after them."""
    text = "See https://example.org/a//b // this is text, not a comment #pro #thesis"
    debate = Debate("Q", claims=[Claim("a", text, stance="pro", kind="thesis")])
    back = parse_argdown(format_argdown(debate))
    assert back.claim("a").text == text
    assert (back.claim("a").stance.value, back.claim("a").kind.value) == ("pro", "thesis")


@pytest.mark.parametrize(
    "debate,where",
    [
        (Debate("Q", claims=[Claim("a", "A", tags=["pro"])]), "claim 'a': the tag 'pro'"),
        (Debate("Q", claims=[Claim("a", "A", tags=["x)y"])]), "claim 'a': the tag 'x)y'"),
        # found by the hostile-text property: '//' inside #(...) began a comment on reading
        (Debate("Q", claims=[Claim("a", "A", tags=["see a//b #pro"])]), "claim 'a': the tag"),
        (Debate("Q", claims=[Claim("a", "A", tags=["x /* y"])]), "claim 'a': the tag"),
        (Debate("Q", claims=[Claim("a", "A", tags=["x\ny"])]), "claim 'a': the tag"),
    ],
)
def test_argdown_writer_refuses_what_it_cannot_hold(debate, where):
    with pytest.raises(FormatError, match=re.escape(where)):
        format_argdown(debate)


@pytest.mark.parametrize(
    "make",
    [
        lambda: Debate("Q", claims=[Claim("a", "bad \ud800 text")]),
        lambda: Debate("Q \udc00", claims=[Claim("a", "A")]),
    ],
)
def test_a_lone_surrogate_never_reaches_a_writer(make):
    """No file can hold a lone surrogate; the Debate refuses it, so no writer meets one."""
    with pytest.raises(DebateError, match="lone surrogate"):
        make()


def test_argdown_reader_refuses_lone_surrogates_and_block_comments_with_the_line():
    cases = [
        ('===\ntitle: "\\ud800"\n===\n[a]: A\n', 2, "lone surrogate"),
        ("[a]: A\n[b]: B \\udc00\n", 2, "lone surrogate"),
        ("[a]: A\n\n[b]: x /* not closed\n", 3, "never closed"),
        ("===\ntitle: a\ntitle: b\n===\n[a]: A\n", 3, "the key 'title' is given twice"),
    ]
    for text, line, message in cases:
        with pytest.raises(ParseError) as info:
            parse_argdown(text, "m.argdown")
        assert (info.value.source, info.value.line) == ("m.argdown", line)
        assert message in info.value.message


# -- what the AIF reader reports -----------------------------------------------------------

BASE_NODES = [
    {"nodeID": "1", "text": "Ban it.", "type": "I"},
    {"nodeID": "2", "text": "It is risky.", "type": "I"},
    {"nodeID": "3", "text": "Tests were flawed.", "type": "I"},
    {"nodeID": "4", "text": "The flaw was fixed.", "type": "I"},
    {"nodeID": "10", "text": "Default Inference", "type": "RA"},
    {"nodeID": "11", "text": "Default Conflict", "type": "CA"},
    {"nodeID": "12", "text": "Default Conflict", "type": "CA"},
]
BASE_EDGES = [
    {"edgeID": "a", "fromID": "2", "toID": "10"},
    {"edgeID": "b", "fromID": "10", "toID": "1"},
    {"edgeID": "c", "fromID": "3", "toID": "11"},
    {"edgeID": "d", "fromID": "11", "toID": "10"},  # 3 undercuts "2 supports 1"
    {"edgeID": "e", "fromID": "4", "toID": "12"},
    {"edgeID": "f", "fromID": "12", "toID": "11"},  # 4 undercuts that undercut
]


def _aif(nodes=BASE_NODES, edges=BASE_EDGES) -> str:
    return json.dumps({"nodes": nodes, "edges": edges}, indent=1)


def test_aif_undercut_of_an_undercut_is_reported_with_its_nodes():
    result = parse_aif(_aif())
    assert [r.id for r in result.debate.relations] == [
        "n2 supports n1",
        "n3 undercuts n2 supports n1",
    ]
    assert result.notes == (
        "CA-node '12' left out: it undercuts CA-node '11', itself an undercut, and argmap's "
        "debate model has no undercut of an undercut",
    )


@pytest.mark.parametrize(
    "edge,note",
    [
        ({"edgeID": "g", "toID": "1"}, "edge 'g' left out: it has no fromID"),
        ({"edgeID": "g", "fromID": "4", "toID": None}, "edge 'g' left out: its toID is null"),
        ({"fromID": None, "toID": "1"}, "edge #7 left out: its fromID is null"),
    ],
)
def test_aif_edge_without_an_end_is_reported_and_never_meets_a_node_named_none(edge, note):
    nodes = [*BASE_NODES, {"nodeID": "None", "text": "A node named None.", "type": "I"}]
    result = parse_aif(_aif(nodes, [*BASE_EDGES, edge]))
    assert note in result.notes
    assert all("nNone" not in (r.source, r.target) for r in result.debate.relations)
    assert len(result.debate.relations) == 2


def test_aif_numeric_text_is_read_as_text_and_reported():
    nodes = [{**BASE_NODES[0], "text": 42}, *BASE_NODES[1:]]
    result = parse_aif(_aif(nodes))
    assert result.debate.claim("n1").text == "42"
    assert "I-node '1' has the number 42 as its text, read as the text '42'" in result.notes


@pytest.mark.parametrize(
    "text,line,message",
    [
        ('{"nodes": [],\n "edges": [],\n "nodes": []}', 3, "the key 'nodes' is given twice"),
        (
            '{"nodes": [{"nodeID": "1", "type": "I",\n  "text": "A", "text": "B"}], "edges": []}',
            2,
            "the key 'text' is given twice",
        ),
        ('{"nodes": [{"nodeID": "1", "type": "I",\n "text": "\\ud800"}], "edges": []}', 2, "lone"),
        (
            '{"nodes": [{"nodeID": "1", "type": "I",\n "text": "\\udfff\\ud83d"}], "edges": []}',
            2,
            "lone",
        ),
    ],
)
def test_aif_duplicate_keys_and_lone_surrogates_are_refused_with_the_line(text, line, message):
    with pytest.raises(ParseError) as info:
        parse_aif(text, "corpus.aif.json")
    assert (info.value.source, info.value.line) == ("corpus.aif.json", line)
    assert message in info.value.message


def test_aif_escaped_surrogate_pair_and_escaped_backslash_are_fine():
    nodes = [{"nodeID": "1", "type": "I", "text": "X"}]
    text = _aif(nodes, []).replace('"X"', '"\\ud83d\\ude00 \\\\ud800"')
    assert parse_aif(text).debate.claim("n1").text == "\U0001f600 \\ud800"


@pytest.mark.parametrize("text", [["a"], {"a": 1}, True, None])
def test_aif_text_that_is_no_string_or_number_is_refused(text):
    nodes = [{"nodeID": "1", "type": "I", "text": text}]
    with pytest.raises(ParseError, match="I-node '1' has"):
        parse_aif(_aif(nodes, []))


# -- solve keeps its answer lines parseable -------------------------------------------------


@pytest.mark.parametrize(
    "name", ["two words", "line\nbreak", "", "tab\there", "nb\u00a0sp", "\x1b[2J"]
)
def test_solve_refuses_names_that_would_break_the_answer_line(tmp_path, capsys, name):
    escaped = name.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    path = tmp_path / "af.apx"
    path.write_text(f'arg("{escaped}"). arg(b). att(b,"{escaped}").\n', encoding="utf-8")
    assert parse_apx(path.read_text(encoding="utf-8")).arguments[0] == name
    for task in ("SE-GR", "EE-PR", "DC-CO", "DS-PR"):
        assert main(["solve", "-p", task, "-f", str(path), "-a", "b"]) != 0
        captured = capsys.readouterr()
        assert captured.out == ""
        assert "cannot be printed in an ICCMA answer line" in captured.err
    assert main(["solve", "-p", "CE-PR", "-f", str(path)]) == 0  # a count prints no name
    assert capsys.readouterr().out == "1\n"


def test_solve_prints_ordinary_quoted_names(tmp_path, capsys):
    path = tmp_path / "af.apx"
    path.write_text('arg("a-1"). arg("é"). att("a-1","é").\n', encoding="utf-8")
    assert main(["solve", "-p", "SE-GR", "-f", str(path)]) == 0
    assert capsys.readouterr().out == "w a-1\n"
    assert witness_name("é") == "é"


# -- error messages quote a short window -----------------------------------------------------


def test_a_huge_bad_line_is_not_quoted_whole():
    huge = "1 2 " * 2_500_000  # a 10 MB line
    with pytest.raises(ParseError) as info:
        parse_i23(f"p af 2\n{huge}\n", "big.i23")
    assert info.value.line == 2 and len(str(info.value)) < 400
    assert "…" in str(info.value) and "(80 of 99" in str(info.value)
    with pytest.raises(ParseError) as info:
        parse_apx("arg(a).\n" + "x" * 10_000_000 + "\n", "big.apx")
    assert info.value.line == 2 and len(str(info.value)) < 400
    with pytest.raises(ParseError) as info:
        parse_argdown(
            "[a]: A\n  + [b]: B {x: " + "y" * 10_000_000 + "]}\n", "big.argdown", strict=True
        )
    assert info.value.line == 2 and len(str(info.value)) < 400


def test_excerpt_and_the_message_limit():
    assert excerpt("short") == "'short'"
    shown = excerpt("a" * 50 + "BAD" + "b" * 1000, around=50)
    assert "BAD" in shown and shown.startswith("…") and len(shown) < 120
    assert len(str(ParseError("f", 1, "x" * 1_000_000))) < 2100
