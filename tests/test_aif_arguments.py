"""Linked arguments in AIF: one RA-node per argument with its scheme, read back as arguments;
undercuts of arguments as CA-nodes aimed at the RA-node; round trips on generated debates."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given, settings
from strategies import rich_debates

from argmap.debate import Debate
from argmap.errors import ParseError
from argmap.formats.aif import aif_omissions, format_aif, parse_aif
from argmap.formats.argdown import argdown_omissions
from argmap.formats.graphs import format_graphml, graphml_omissions

TEACHING = "maps/arguments-example.argmap.toml"


def _uncarried_stripped(debate: Debate) -> Debate:
    """The debate without what AIF does not carry: sources, citations, expected verdicts and
    the map's own schemes (arguments keep the scheme ids they name)."""
    return attrs.evolve(
        debate,
        sources=(),
        verdicts=(),
        schemes=(),
        claims=[attrs.evolve(c, sources=()) for c in debate.claims],
        relations=[attrs.evolve(r, sources=()) for r in debate.relations],
        arguments=[attrs.evolve(a, sources=()) for a in debate.arguments],
    )


@settings(max_examples=120)
@given(rich_debates(arguments=True))
def test_arguments_premises_schemes_and_questions_survive_a_round_trip(debate):
    result = parse_aif(format_aif(debate))
    assert result.notes == ()
    assert result.debate == _uncarried_stripped(debate)
    listed = " ".join(aif_omissions(debate))
    assert ("arguments' citations" in listed) == any(a.sources for a in debate.arguments)
    assert "arguments (" not in listed and "critical questions" not in listed
    assert ("schemes" in listed) == bool(debate.schemes)  # reported, not dropped silently


def test_a_linked_argument_is_one_ra_node_with_its_scheme():
    debate = Debate.load(TEACHING)
    document = json.loads(format_aif(debate))
    nodes = {n["nodeID"]: n for n in document["nodes"]}
    claim_node = {about["id"]: node for node, about in document["argmap"]["claims"].items()}
    ra = [n for n in document["nodes"] if n["type"] == "RA"]
    assert [(n["text"], n["scheme"]) for n in ra] == [
        ("Argument from verbal classification", "Argument from verbal classification"),
        ("Argument from negative consequences", "Argument from negative consequences"),
    ]
    a1 = ra[0]["nodeID"]
    into = [
        e["fromID"]
        for e in document["edges"]
        if e["toID"] == a1 and nodes[e["fromID"]]["type"] == "I"
    ]
    out = [e["toID"] for e in document["edges"] if e["fromID"] == a1]
    assert into == [claim_node["scans"], claim_node["scanning-everyone"]]
    assert out == [claim_node["mass-surveillance"]]
    # the undercut of A1 is a CA-node from watch-list aimed at A1's RA-node
    (undercut,) = [
        n for n, about in document["argmap"]["relations"].items() if about["id"].endswith("A1")
    ]
    assert nodes[undercut]["type"] == "CA"
    assert [e["toID"] for e in document["edges"] if e["fromID"] == undercut] == [a1]
    assert parse_aif(json.dumps(document)).debate.arguments == debate.arguments


AIFDB = {
    "nodes": [
        {"nodeID": "1", "text": "Ban the pesticide.", "type": "I"},
        {"nodeID": "2", "text": "Dr Lee is a toxicologist.", "type": "I"},
        {"nodeID": "3", "text": "Dr Lee says it harms bees.", "type": "I"},
        {"nodeID": "4", "text": "Dr Lee is paid by a rival firm.", "type": "I"},
        {"nodeID": "5", "text": "Bees pollinate crops.", "type": "I"},
        {"nodeID": "6", "text": "Farmers want it banned.", "type": "I"},
        {
            "nodeID": "10",
            "text": "Argument From Expert Opinion",
            "type": "RA",
            "timestamp": "",
            "scheme": "Argument From Expert Opinion",
            "schemeID": "25",
        },
        {"nodeID": "11", "text": "Default Conflict", "type": "CA", "scheme": "Default Conflict"},
        {"nodeID": "12", "text": "Default Inference", "type": "RA", "scheme": "Default Inference"},
        {"nodeID": "13", "text": "Popularity", "type": "RA", "scheme": "Argument From Popularity"},
        {"nodeID": "14", "text": "Default Inference", "type": "RA"},
    ],
    "edges": [
        {"edgeID": "a", "fromID": "2", "toID": "10"},
        {"edgeID": "b", "fromID": "3", "toID": "10"},
        {"edgeID": "c", "fromID": "10", "toID": "1"},
        {"edgeID": "d", "fromID": "4", "toID": "11"},
        {"edgeID": "e", "fromID": "11", "toID": "10"},
        {"edgeID": "f", "fromID": "5", "toID": "12"},
        {"edgeID": "g", "fromID": "12", "toID": "1"},
        {"edgeID": "h", "fromID": "6", "toID": "13"},
        {"edgeID": "i", "fromID": "13", "toID": "1"},
        {"edgeID": "j", "fromID": "5", "toID": "14"},
        {"edgeID": "k", "fromID": "3", "toID": "14"},
        {"edgeID": "l", "fromID": "14", "toID": "1"},
    ],
}


def test_an_aifdb_ra_node_with_several_premises_is_a_linked_argument_with_its_scheme():
    debate = parse_aif(json.dumps(AIFDB)).debate
    assert [(a.id, a.premises, a.conclusion, a.scheme) for a in debate.arguments] == [
        ("A10", ("n2", "n3"), "n1", "expert-opinion"),  # a catalogue name, read as its id
        ("A13", ("n6",), "n1", "Argument From Popularity"),  # unknown: kept as written
        ("A14", ("n5", "n3"), "n1", None),  # linked without a scheme
    ]
    assert [r.id for r in debate.supports] == ["n5 supports n1"]  # one premise, no scheme
    assert [(r.source, r.target) for r in debate.undercuts] == [("n4", "A10")]


def test_a_scheme_that_is_no_text_is_refused():
    document = json.loads(json.dumps(AIFDB))
    document["nodes"][6]["scheme"] = 25
    with pytest.raises(ParseError, match="RA-node '10' has a scheme that is no text"):
        parse_aif(json.dumps(document), "corpus.aif.json")


def test_formats_that_drop_arguments_say_so():
    debate = Debate.load(TEACHING)
    dropped = (
        "arguments (linked premises and their schemes): 2",
        "arguments' texts: 2",
        "undercuts of arguments: 1",
    )
    # Argdown writes them as premise-conclusion structures
    assert not set(dropped) & set(argdown_omissions(debate))
    assert aif_omissions(debate) == ("expected verdicts: 5",)
    # GraphML drew no arguments and crashed on the undercut of one; now it says what it drops
    assert graphml_omissions(debate)[-3:] == dropped
    assert "A1" not in format_graphml(debate)
