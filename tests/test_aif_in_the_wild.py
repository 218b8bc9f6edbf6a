"""AIF as real tools write it: AIFdb nodesets, xAIF (OVA3, arg-tech's pipeline), corpora
with dangling edges and repeated nodes, folders of nodesets; SADFace refused clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap.errors import ParseError
from argmap.formats import detect_format, read
from argmap.formats.aif import format_aif, parse_aif, read_aif

DATA = Path(__file__).parent / "data" / "aif"


def test_aifdb_nodesets_and_xaif_import():
    original = read_aif(DATA / "6064-original.json")
    assert len(original.debate.claims) == 9 and len(original.debate.relations) == 5
    assert [a.name for a in original.debate.actors] == ["CL", "NL"]  # from L- and YA-nodes
    assert original.notes == (
        "8 TA-nodes (transition) left out: argmap's debate model has no transition relation",
    )
    xaif = read_aif(DATA / "xaif.json")
    assert [r.id for r in xaif.debate.relations] == [
        "n15_164926162804546033 supports n2_164926129380455983"
    ]
    assert xaif.notes[0] == (
        "xAIF parts left out (the layout and the analysed text, not the argument): 'OVA', 'text'"
    )
    assert len(read_aif(DATA / "xaif-empty.json").debate.claims) == 0


def test_sadface_is_refused_clearly():
    with pytest.raises(ParseError, match=r"this is SADFace .* not AIF; argmap does not read"):
        read_aif(DATA / "sadface.json")


def test_files_are_recognised_by_content(tmp_path):
    nodeset = tmp_path / "nodeset6064.json"  # AIFdb's name: no .aif in it
    nodeset.write_bytes((DATA / "6064-original.json").read_bytes())
    xaif = tmp_path / "28106.json"
    xaif.write_bytes((DATA / "xaif.json").read_bytes())
    assert detect_format(nodeset) == detect_format(xaif) == "aif"
    assert detect_format(tmp_path) == "aif"  # a folder: a corpus
    notes: list[str] = []
    assert len(read(nodeset, notes=notes).claims) == 9 and notes


def _corpus() -> dict:
    nodes = [
        {"nodeID": "1", "text": "Ban it.", "type": "I"},
        {"nodeID": "2", "text": "It is risky.", "type": "I"},
        {"nodeID": "3", "text": "Risk needs action.", "type": "I"},
        {"nodeID": "4", "text": "Argument From Expert Opinion", "type": "RA",
         "scheme": "Argument From Expert Opinion", "schemeID": "11"},
        {"nodeID": "5", "text": "Default Conflict", "type": "CA"},
        {"nodeID": "6", "text": "It is safe.", "type": "I"},
    ]  # fmt: skip
    edges = [
        {"edgeID": "a", "fromID": "2", "toID": "4"},
        {"edgeID": "b", "fromID": "3", "toID": "4"},
        {"edgeID": "c", "fromID": "4", "toID": "1"},
        {"edgeID": "d", "fromID": "6", "toID": "5"},
        {"edgeID": "e", "fromID": "5", "toID": "2"},
    ]
    return {"nodes": nodes, "edges": edges}


def test_dangling_edges_and_repeated_nodes_are_reported_and_skipped():
    corpus = _corpus()
    corpus["nodes"].append(dict(corpus["nodes"][0]))  # byte-identical: merged silently
    corpus["edges"].append({"edgeID": "x", "fromID": "6", "toID": "999"})  # dangling
    corpus["nodes"].append({"nodeID": "6", "text": "Something else.", "type": "I"})
    result = parse_aif(json.dumps(corpus), "corpus.json")
    assert result.notes == (
        "node id '6' is used twice for different nodes; the first is kept",
        "edge 'x' left out: it is dangling, its toID '999' is no node",
    )
    (argument,) = result.debate.arguments
    assert (argument.premises, argument.conclusion, argument.scheme) == (
        ("n2", "n3"), "n1", "expert-opinion",
    )  # fmt: skip
    assert [r.id for r in result.debate.relations] == ["n6 attacks n2"]
    with pytest.raises(ParseError, match=r"corpus.json: node id '6' .* \(refused: strict"):
        parse_aif(json.dumps(corpus), "corpus.json", strict=True)


def test_a_folder_of_nodesets_is_one_debate(tmp_path):
    corpus = _corpus()
    first = {"nodes": corpus["nodes"][:4], "edges": corpus["edges"][:3]}
    second = {"AIF": {"nodes": corpus["nodes"][:1] + corpus["nodes"][4:], "edges": corpus["edges"][3:]},
              "OVA": {}}  # fmt: skip
    second["AIF"]["nodes"].append(corpus["nodes"][1])
    (tmp_path / "nodeset1.json").write_text(json.dumps(first), encoding="utf-8")
    (tmp_path / "nodeset2.json").write_text(json.dumps(second), encoding="utf-8")
    result = read_aif(tmp_path)
    assert len(result.debate.claims) == 4 and len(result.debate.arguments) == 1
    assert [r.id for r in result.debate.relations] == ["n6 attacks n2"]
    assert result.notes == (
        "nodeset2.json: xAIF parts left out (the layout and the analysed text, not the "
        "argument): 'OVA'",
    )


def test_linked_arguments_and_schemes_of_a_foreign_file_survive_a_round_trip():
    first = parse_aif(json.dumps(_corpus())).debate
    written = json.loads(format_aif(first))
    del written["argmap"]  # as another AIF tool would keep it: the graph only
    again = parse_aif(json.dumps(written)).debate
    assert [(len(a.premises), a.scheme) for a in again.arguments] == [(2, "expert-opinion")]
    texts = {c.id: c.text for c in again.claims}
    (argument,) = again.arguments
    assert sorted(texts[p] for p in argument.premises) == ["It is risky.", "Risk needs action."]
    assert texts[argument.conclusion] == "Ban it."
