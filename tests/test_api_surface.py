"""Direct tests of public helpers that the other tests only reach indirectly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from argmap import ArgumentFramework
from argmap.debate import Debate, DebateBuilder, default_relation_id, find_problems
from argmap.errors import DebateError, ParseError
from argmap.formats._files import atomic_write_bytes
from argmap.formats.aif import read_aif, write_aif
from argmap.formats.argdown import read_argdown, write_argdown
from argmap.formats.graphs import write_graphml
from argmap.formats.maps import debate_from_document, debate_to_document, guess_map_format
from argmap.gradual import debate_qbaf
from argmap.render import dot_available, guess_picture_format, summary
from argmap.render.html import explorer_svg_source
from argmap.semantics.semi_stable import stage_labellings

REPO = Path(__file__).resolve().parent.parent
SMOKE = Debate.load(REPO / "maps" / "smoking-ban.argmap.toml")


def test_default_relation_id_and_find_problems():
    assert default_relation_id("undercut", "u", "a attacks b") == "u undercuts a attacks b"
    assert find_problems(SMOKE) == []
    b = DebateBuilder("Q?")
    b.claim("a", "A")
    b.supports("a", "a")
    with pytest.raises(DebateError) as info:  # a Debate runs find_problems when built
        b.build()
    assert [str(p) for p in info.value.problems] == [
        "support 'a supports a': claim 'a' supports itself; remove the relation"
    ]


def test_map_document_helpers():
    assert guess_map_format("x.argmap.toml") == "toml" and guess_map_format("x.JSON") == "json"
    with pytest.raises(ParseError, match="cannot tell the map format"):
        guess_map_format("x.yaml")
    assert debate_from_document(debate_to_document(SMOKE)) == SMOKE


def test_argdown_and_aif_files_round_trip(tmp_path):
    write_argdown(SMOKE, tmp_path / "s.argdown")
    assert read_argdown(tmp_path / "s.argdown").claim_ids == SMOKE.claim_ids
    write_aif(SMOKE, tmp_path / "s.aif.json")
    result = read_aif(tmp_path / "s.aif.json")
    assert result.debate.claim_ids == SMOKE.claim_ids and result.notes == ()
    assert json.loads((tmp_path / "s.aif.json").read_text())["argmap"]["question"] == SMOKE.question


def test_write_graphml_and_atomic_bytes(tmp_path):
    write_graphml(SMOKE, tmp_path / "s.graphml")
    assert (tmp_path / "s.graphml").read_text().count("<node ") == len(SMOKE)
    atomic_write_bytes(tmp_path / "b.bin", b"\x00\x01")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_render_helpers():
    assert dot_available()  # the test machine has Graphviz (.ci/run installs it)
    assert guess_picture_format("a.gv") == "dot" and guess_picture_format("a.PNG") == "png"
    assert (
        summary(SMOKE)
        == "Debate 'Should the city ban smoking in bars and restaurants?': 9 claims, 2 supports, 5 attacks, 1 undercut"
    )
    source = explorer_svg_source(SMOKE)
    assert source.count("STATUS") == len(SMOKE) and "Legend" not in source


def test_debate_qbaf_reads_supports_and_attacks():
    qbaf, notes = debate_qbaf(SMOKE, "euler")
    assert len(qbaf.attacks) == 5 and len(qbaf.supports) == 2
    assert (
        notes[-1] == "1 undercut is left out: gradual semantics here read supports and attacks only"
    )


def test_stage_labellings_are_the_stable_ones_when_those_exist():
    af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a")])
    assert len(list(stage_labellings(af))) == 2
    odd = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a")])
    assert len(list(stage_labellings(odd))) == 3  # no stable one: the range-maximal naive sets
