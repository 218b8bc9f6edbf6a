"""Diagrams drawn by the real Graphviz: content, status styles, escaping, determinism,
size limits and notebook display."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pytest

from argmap import ArgumentFramework
from argmap.debate import Debate, DebateBuilder, flatten
from argmap.errors import ArgmapError, UnknownChoiceError
from argmap.explain.plain import PLAIN_WORDS
from argmap.render import (
    SFDP_LIMIT,
    DiagramOptions,
    RenderError,
    Theme,
    choose_engine,
    debate_graph,
    framework_graph,
    mimebundle,
    render,
    render_bytes,
    to_graph,
)

REPO = Path(__file__).resolve().parent.parent
MAPS = sorted((REPO / "maps").glob("*.argmap.toml"))
SVG = "{http://www.w3.org/2000/svg}"


def _nodes(svg: bytes) -> dict[str, dict]:
    """Node name -> its text (lines joined by spaces) and the attributes of its outline."""
    root = ET.fromstring(svg)
    out = {}
    for group in root.iter(f"{SVG}g"):
        if group.get("class") != "node":
            continue
        name = group.find(f"{SVG}title").text
        texts = [t.text or "" for t in group.iter(f"{SVG}text")]
        shapes = [
            e for e in group.iter() if e.tag in (f"{SVG}path", f"{SVG}polygon", f"{SVG}ellipse")
        ]
        out[name] = {"text": " ".join(texts), "shape": shapes[0].attrib if shapes else {}}
    return out


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_every_map_renders_with_each_claim_and_the_style_of_its_status(path):
    debate = Debate.load(path)
    result = debate.evaluate("preferred")
    svg = render_bytes(to_graph(result), "svg")
    nodes = _nodes(svg)
    theme = Theme()
    for claim in debate.claims:
        node = nodes[claim.id]
        assert claim.id in node["text"]
        assert _squash(claim.text) in _squash(node["text"])
        status = result.status(claim.id).value
        look = {
            "accepted": theme.accepted,
            "credulous": theme.credulous,
            "rejected": theme.rejected,
        }[status]
        # plain words unless formal: stands, undecided (credulous), falls
        assert PLAIN_WORDS[status].upper() in node["text"]
        shape = node["shape"]
        assert shape.get("stroke-width", "1") == f"{look.penwidth:g}"
        if status == "accepted":
            assert "stroke-dasharray" not in shape
        else:
            assert shape["stroke-dasharray"] == "5,2"
        if status == "rejected":
            assert shape["fill"].lower() == theme.rejected.fill.lower()
        else:
            assert shape["fill"].lower() == theme.stance_colours(claim.stance.value)[1].lower()


def test_grounded_overlay_draws_undecided_claims_dotted():
    nixon = Debate.load(REPO / "maps" / "nixon-diamond.argmap.toml")
    nodes = _nodes(render_bytes(to_graph(nixon.evaluate("grounded")), "svg"))
    assert "UNDECIDED" in nodes["pacifist"]["text"]
    assert nodes["pacifist"]["shape"]["stroke-dasharray"] == "1,5"
    assert "STANDS" in nodes["quaker"]["text"]


def test_diagrams_speak_plainly_unless_formal():
    """Node words and legend: STANDS, UNDECIDED, FALLS by default; the formal words
    (ACCEPTED, CREDULOUS, REJECTED) only with ``formal``."""
    nixon = Debate.load(REPO / "maps" / "nixon-diamond.argmap.toml")
    plain = debate_graph(nixon.evaluate("preferred")).source
    formal = debate_graph(nixon.evaluate("preferred"), DiagramOptions(formal=True)).source
    for word in ("ACCEPTED", "CREDULOUS", "REJECTED", "IN", "OUT", "UNDEC"):
        assert not re.search(rf"\b{word}\b", plain), word
    assert "STANDS" in plain and "FALLS" in plain  # the legend names every look
    assert "it stands in some views, not all" in plain
    assert "ACCEPTED" in formal and "CREDULOUS" in formal and "STANDS" not in formal


def test_relations_have_distinct_heads_and_undercuts_meet_the_relation():
    debate = Debate.load(REPO / "maps" / "smoking-ban.argmap.toml")
    source = debate_graph(debate).source
    assert 'studies -> health [arrowhead=normal color="#009E73"' in source
    assert 'choice -> ban [arrowhead=tee color="#CC3311"' in source
    joint = [line for line in source.splitlines() if "shape=point" in line]
    assert len(joint) == 1
    assert re.search(
        r'ventilation -> "relation \d+" \[arrowhead=tee color="#AA3377" penwidth=1.6 style=dashed',
        source,
    )


HOSTILE = (
    'He said "no" & <b>then</b> {left} [right] \\N back\\slash\nnew line '
    "عربي متن <script>alert(1)</script> 中文文本测试 ' single " + "x" * 500
)


def test_hostile_text_is_escaped_and_survives_the_round_trip():
    b = DebateBuilder(HOSTILE, title=HOSTILE)
    b.actor("a", HOSTILE)
    b.claim("c1", HOSTILE, stance="pro", actors=["a"], note=HOSTILE)
    b.claim("c2", "plain", stance="con")
    b.attacks("c2", "c1", rationale=HOSTILE)
    debate = b.build()
    graph = debate_graph(debate.evaluate("grounded"), DiagramOptions(show_derived=True))
    for html_label in re.findall(r"label=<(.*?)>\s*(?:\w+=|\])", graph.source):
        assert "<script>" not in html_label and "<b>" not in html_label
    svg = render_bytes(graph, "svg")
    assert b"<script>" not in svg and b"<b>" not in svg
    assert b"&lt;script&gt;" in svg
    nodes = _nodes(svg)  # also proves the SVG is well-formed XML
    expected = _squash(HOSTILE.replace("\n", " "))
    assert expected in _squash(nodes["c1"]["text"])
    titles = [
        a.get("{http://www.w3.org/1999/xlink}title") for a in ET.fromstring(svg).iter(f"{SVG}a")
    ]
    # the tooltip keeps the text, backslashes shown as ⧵ (never read as Graphviz escapes)
    assert any(t and "[right] ⧵N back⧵slash new line" in t for t in titles)


def test_hostile_framework_labels():
    af = ArgumentFramework.from_attacks([(HOSTILE, "<b>"), ("<b>", 'a"b')])
    svg = render_bytes(framework_graph(af, "grounded"), "svg")
    nodes = _nodes(svg)
    assert any("&" in n["text"] and "<b>" in n["text"] for n in nodes.values())


def test_same_map_gives_the_same_dot_bytes_even_in_another_process():
    path = REPO / "maps" / "eu-facial-recognition-ai-act-2024.argmap.toml"
    here = to_graph(
        Debate.load(path).evaluate("preferred"), show_derived=True, group_by="actor"
    ).source
    code = (
        "import sys; from argmap.debate import Debate; from argmap.render import to_graph; "
        f"sys.stdout.write(to_graph(Debate.load({str(path)!r}).evaluate('preferred'), "
        "show_derived=True, group_by='actor').source)"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    there = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    ).stdout
    assert here == there


@pytest.mark.parametrize("group_by", ["stance", "actor", "tag"])
def test_grouping_draws_one_cluster_per_group(group_by):
    debate = Debate.load(REPO / "maps" / "eu-facial-recognition-2022.argmap.toml")
    source = debate_graph(debate, DiagramOptions(group_by=group_by, legend=False)).source
    expected = {
        "stance": {c.stance for c in debate.claims},
        "actor": {c.actors[0] if c.actors else "" for c in debate.claims},
        "tag": {c.tags[0] if c.tags else "" for c in debate.claims},
    }[group_by]
    assert source.count("subgraph cluster_") == len(expected)


def test_theme_changes_the_picture():
    debate = Debate.load(REPO / "maps" / "reinstatement.argmap.toml")
    theme = attrs.evolve(Theme(), pro="#123456", font="Courier")
    source = debate_graph(debate, DiagramOptions(theme=theme)).source
    assert 'color="#123456"' in source and "fontname=Courier" in source


def test_bad_options_are_refused():
    debate = Debate.load(REPO / "maps" / "reinstatement.argmap.toml")
    with pytest.raises(
        UnknownChoiceError, match="unknown grouping 'colour'; use one of: stance, actor, tag"
    ):
        DiagramOptions(group_by="colour")
    with pytest.raises(UnknownChoiceError, match="unknown direction 'UP'"):
        DiagramOptions(direction="UP")
    with pytest.raises(ArgmapError, match="show_derived draws the attacks"):
        debate_graph(debate, DiagramOptions(show_derived=True))


def test_large_diagrams_switch_engine_or_refuse_without_running_graphviz():
    assert choose_engine(500, 700) == "dot"  # sparse: dot lays it out in seconds
    assert choose_engine(120, 360) == "sfdp"  # three edges per node: dot took over 90 s
    assert choose_engine(60, 130) == "dot"  # small: always dot
    assert choose_engine(5000, 20000) == "sfdp"
    chain = ArgumentFramework.from_attacks([(i, i + 1) for i in range(SFDP_LIMIT)])
    with pytest.raises(RenderError, match="lays out at most 60000 nodes plus edges"):
        render(chain, "never-written.svg")
    assert not Path("never-written.svg").exists()


def test_medium_framework_is_drawn_with_sfdp(tmp_path):
    af = ArgumentFramework.from_attacks(
        [(i, (i * 7 + 3) % 1500) for i in range(1500)] + [(i, i + 1) for i in range(1499)]
    )
    out = render(af, tmp_path / "big.svg")
    assert b"<svg" in out.read_bytes()[:400]


def test_render_writes_each_format_atomically(tmp_path):
    debate = Debate.load(REPO / "maps" / "nixon-diamond.argmap.toml")
    signatures = {"svg": b"<?xml", "png": b"\x89PNG", "pdf": b"%PDF", "dot": b"digraph"}
    for fmt, start in signatures.items():
        path = render(debate, tmp_path / f"n.{fmt}")
        assert path.read_bytes().startswith(start)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.dot", "n.pdf", "n.png", "n.svg"]


def test_missing_graphviz_is_a_clear_error_and_notebooks_fall_back_to_text(monkeypatch, tmp_path):
    debate = Debate.load(REPO / "maps" / "nixon-diamond.argmap.toml")
    assert "image/svg+xml" in debate._repr_mimebundle_()
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(RenderError, match="apt-get install graphviz"):
        render(debate, tmp_path / "x.svg")
    for obj in (debate, debate.evaluate("grounded"), ArgumentFramework.from_attacks([("a", "b")])):
        bundle = obj._repr_mimebundle_()
        # (an evaluation keeps its table: it needs no Graphviz)
        assert [k for k in bundle if k != "text/html"] == ["text/plain"]
    assert (
        mimebundle(debate)["text/plain"]
        == "Debate 'Is Nixon a pacifist?': 4 claims, 2 supports, 2 attacks, 0 undercuts"
    )
    render(debate, tmp_path / "still.dot")  # DOT needs no Graphviz
    assert (tmp_path / "still.dot").read_text().startswith("digraph")


def test_debate_graph_draws_what_it_is_given_and_computes_nothing(monkeypatch):
    import argmap.debate.evaluation
    import argmap.debate.readings

    debate = Debate.load(REPO / "maps" / "smoking-ban.argmap.toml")
    result = debate.evaluate("preferred", "deductive")
    flattening = flatten(debate, "deductive")

    def refuse(*args, **kwargs):
        raise AssertionError("debate_graph flattened or evaluated")

    monkeypatch.setattr(argmap.debate.readings, "flatten", refuse)
    monkeypatch.setattr(argmap.debate.evaluation, "flatten", refuse)
    derived = DiagramOptions(show_derived=True)
    evaluated = debate_graph(result, derived).source
    plain = debate_graph(flattening, derived).source
    assert "semantics, deductive support" in evaluated and "STANDS" in evaluated
    assert "semantics" not in plain and "STANDS" not in plain
    dotted = [line for line in plain.splitlines() if "style=dotted" in line]
    assert dotted and dotted == [line for line in evaluated.splitlines() if "style=dotted" in line]


def test_the_old_keyword_form_warns_and_draws_the_same():
    debate = Debate.load(REPO / "maps" / "smoking-ban.argmap.toml")
    new = debate_graph(
        debate.evaluate("grounded", "necessary"), DiagramOptions(group_by="stance")
    ).source
    with pytest.warns(DeprecationWarning, match="DiagramOptions"):
        old = debate_graph(debate, "grounded", support="necessary", group_by="stance").source
    assert old == new
    with pytest.warns(DeprecationWarning):
        old_plain = debate_graph(debate, None, show_derived=True, support="necessary").source
    assert (
        old_plain
        == debate_graph(flatten(debate, "necessary"), DiagramOptions(show_derived=True)).source
    )


# -- linked arguments ---------------------------------------------------------------------------

ARGUMENTS_MAP = REPO / "maps" / "arguments-example.argmap.toml"


def _edges(svg: bytes) -> dict[tuple[str, str], dict]:
    """(tail, head) -> the attributes of the edge's line, for every edge Graphviz drew."""
    out = {}
    for group in ET.fromstring(svg).iter(f"{SVG}g"):
        if group.get("class") != "edge":
            continue
        tail, head = group.find(f"{SVG}title").text.split("->")
        line = next(group.iter(f"{SVG}path")).attrib
        out[(tail, head)] = {**line, "stroke": line.get("stroke", "").upper()}
    return out


def test_linked_arguments_are_nodes_joining_their_premises_labelled_with_their_scheme():
    from argmap.debate.schemes import scheme

    debate = Debate.load(ARGUMENTS_MAP)
    result = debate.evaluate("grounded")
    svg = render_bytes(to_graph(result), "svg")
    nodes, edges = _nodes(svg), _edges(svg)
    theme = Theme()
    assert debate.arguments
    for argument in debate.arguments:
        node = nodes[argument.id]
        assert _squash(f"{argument.id} · ARGUMENT") in _squash(node["text"])
        assert _squash(scheme(argument.scheme).name) in _squash(node["text"])
        look = theme.status_style(result.argument_overlay(argument.id))
        assert PLAIN_WORDS[result.argument_overlay(argument.id)].upper() in node["text"]
        assert node["shape"].get("stroke-width", "1") == f"{look.penwidth:g}"
        for premise in argument.premises:  # premise -> node, no arrowhead: linked
            assert edges[(premise, argument.id)]["stroke"] == theme.support_colour
            assert (premise, argument.conclusion) not in edges
        assert edges[(argument.id, argument.conclusion)]["stroke"] == theme.support_colour
    # the teaching map's A1 stands; A2's chilling premise is in a mutual attack, so under
    # grounded semantics A2 is undecided, like its conclusion (docs/arguments.md)
    assert "STANDS" in nodes["A1"]["text"] and "UNDECIDED" in nodes["A2"]["text"]
    assert result.overlay("ban") == "undecided"
    # the undercut of A1 ends on A1's node, dashed; no joint point is drawn for it
    (undercut,) = debate.undercuts
    assert undercut.target == "A1"
    line = edges[(undercut.source, "A1")]
    assert line["stroke"] == theme.undercut_colour and "stroke-dasharray" in line
    assert not any(name.startswith("relation ") for name in nodes)
    assert "undercuts the argument" in nodes["legend key"]["text"]
    assert "undercuts the relation" not in nodes["legend key"]["text"]


def test_derived_attacks_on_an_argument_end_on_its_node():
    debate = Debate.load(ARGUMENTS_MAP)
    result = debate.evaluate("grounded", "deductive")
    on_arguments = [
        a
        for a in result.flattening.attacks
        if a.kind != "direct" and {a.attacker, a.target} & {x.id for x in debate.arguments}
    ]
    assert on_arguments  # children attacks A2 (mediated): A2 supports ban, which it attacks
    svg = render_bytes(to_graph(result, show_derived=True), "svg")
    nodes, edges = _nodes(svg), _edges(svg)
    expected = set(debate.claim_ids) | {a.id for a in debate.arguments} | {"legend key"}
    assert set(nodes) == expected  # no stray node made up for an argument id
    for attack in on_arguments:
        assert edges[(attack.attacker, attack.target)]["stroke"] == Theme().derived_colour


def test_argument_nodes_name_unknown_or_missing_schemes_and_follow_a_highlight():
    b = DebateBuilder("Q?")
    for claim in ("a", "b", "c", "d"):
        b.claim(claim, claim.upper())
    b.argument("A1", ["a", "b"], "c", scheme="my-own-scheme")
    b.argument("A2", ["c"], "d")
    debate = b.build()
    nodes = _nodes(render_bytes(debate_graph(debate), "svg"))
    assert "my-own-scheme" in nodes["A1"]["text"] and "argument" in nodes["A2"]["text"]
    source = debate_graph(debate, DiagramOptions(highlight={"c"}, legend=False)).source
    a1, a2 = (line for line in source.splitlines() if line.strip().startswith(("A1 [", "A2 [")))
    assert f'color="{Theme().argument_colour}"' in a1  # concludes a highlighted claim
    assert f'color="{Theme().dimmed}"' in a2


def test_one_premise_supports_are_still_drawn_as_one_arrow():
    debate = Debate.load(REPO / "maps" / "smoking-ban.argmap.toml")
    source = debate_graph(debate).source
    assert debate.supports and not debate.arguments
    assert "ARGUMENT" not in source and "premises joined" not in source
