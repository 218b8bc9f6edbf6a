"""Hostile text in every field of a map, through every rendered output (issue #19).

Each injection payload (tests/payloads.py) goes into every text field of a debate — claim
text, note, tags, actor names and notes, source citations, locators and URLs, relation ids
and rationales, title and question; claim and actor ids only where the id rules allow
(``STATUS``) — and into framework argument names. The outputs are then read back with real
parsers, not searched for strings:

- DOT: Graphviz's own reader (``dot -Tjson0``) must find exactly the map's nodes and edges,
  each claim's label and tooltip decoding to its text, and no attribute argmap did not set;
- SVG (drawn by the real ``dot``), parsed with ElementTree: only the elements and
  attributes Graphviz draws, no link at all, each claim's box holding exactly its own text;
- GraphML, parsed: exactly the map's nodes and texts, character for character;
- the explorer page in headless Chromium: no script runs, no claim's text is replaced (a
  claim whose id, text and holder are ``STATUS`` keeps them), links only to http(s) sources.

A hypothesis property runs generated hostile text through SVG and GraphML.
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from payloads import INJECTION_PAYLOADS, hostile_text
from selenium.webdriver.common.by import By

from argmap.debate import Debate, DebateBuilder, RelationKind, flatten
from argmap.errors import FormatError
from argmap.formats.graphs import format_graphml
from argmap.framework import ArgumentFramework
from argmap.render import DiagramOptions, debate_graph, framework_graph, render_bytes
from argmap.render.html import explorer_html, write_explorer
from argmap.render.labels import (
    TOOLTIP_BACKSLASH,
    SafeDigraph,
    attribute_text,
    html_label,
    web_url,
)
from argmap.render.theme import Theme

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
EVIL_URLS = (
    "javascript:window.__pwned=7",
    "JaVaScRiPt:window.__pwned=8",
    " javascript:window.__pwned=9",
    "data:text/html,<script>window.__pwned=10</script>",
    "file:///etc/passwd",
    "//example.org/protocol-relative",
    "vbscript:msgbox(1)",
)
GOOD_URL = "https://example.org/source?a=1&b=2"
SHOWN_STATUS_WORDS = {"ACCEPTED", "CREDULOUS", "UNDECIDED", "REJECTED", "STANDS", "FALLS", ""}


# -- the hostile map ----------------------------------------------------------------------------


def hostile_debate(arguments: bool = True) -> Debate:
    """Every payload in every text field; ids hostile where the id rules allow; with
    ``arguments``, a linked argument too."""
    title = " | ".join(INJECTION_PAYLOADS[:4])
    b = DebateBuilder(" ".join(INJECTION_PAYLOADS), title=title, description=title)
    b.source("s1", INJECTION_PAYLOADS[0], url=EVIL_URLS[0])
    b.source("s2", "A good source " + INJECTION_PAYLOADS[3], url=GOOD_URL)
    for number, payload in enumerate(INJECTION_PAYLOADS):
        b.actor(f"actor{number}", payload, note=payload, affiliation=payload)
    b.actor("STATUS", "STATUS")
    claims = ["STATUS"]
    b.claim(  # id, text and holder all read STATUS, the explorer's old slot marker
        "STATUS",
        "STATUS",
        stance="pro",
        kind="thesis",
        actors=["STATUS"],
        tags=["STATUS"],
        sources=[{"source": "s2", "locator": "STATUS"}],
    )
    for number, payload in enumerate(INJECTION_PAYLOADS):
        claim_id = f"c{number}"
        claims.append(claim_id)
        b.claim(
            claim_id,
            payload,
            stance=("pro", "con", "neutral")[number % 3],
            actors=[f"actor{number}", "STATUS"] if number % 2 else [f"actor{number}"],
            tags=[payload, "tag"],
            note=payload if number % 2 else None,  # claims without a note: text as tooltip
            sources=[
                {"source": "s1", "locator": payload},
                {"source": "s2"},
                {"citation": payload, "url": EVIL_URLS[number % len(EVIL_URLS)]},
            ],
        )
    relation_ids = []
    for number, payload in enumerate(INJECTION_PAYLOADS):
        source, target = claims[number + 1], claims[number]
        add = b.attacks if number % 2 else b.supports
        relation_ids.append(
            add(source, target, id=f"{payload} #{number}", rationale=payload, sources=[payload])
        )
    b.undercuts(claims[-1], relation_ids[0], id=INJECTION_PAYLOADS[0], rationale="undercut")
    b.undercuts(claims[3], relation_ids[5], id=INJECTION_PAYLOADS[2], rationale="<x>")
    if not arguments:
        return b.build()
    # a linked argument whose scheme (unknown, so drawn as written) and text are hostile,
    # undercut by a relation with a hostile id and rationale
    b.argument(
        "ARG", [claims[1], claims[2]], "STATUS", scheme=INJECTION_PAYLOADS[1],
        text=INJECTION_PAYLOADS[0],
    )  # fmt: skip
    b.undercuts(claims[5], "ARG", id=INJECTION_PAYLOADS[6], rationale=INJECTION_PAYLOADS[3])
    return b.build()


def hostile_framework() -> ArgumentFramework:
    names = list(INJECTION_PAYLOADS)
    attacks = [(names[i], names[(i + 1) % len(names)]) for i in range(len(names))]
    return ArgumentFramework.from_attacks([*attacks, (names[0], names[7])])


@pytest.fixture(scope="module")
def debate() -> Debate:
    return hostile_debate()


def _squash(text: str) -> str:
    return "".join(text.split())


def _one_line(text: str) -> str:
    return " ".join(text.translate({i: " " for i in range(32)} | {0x7F: " "}).split())


def _tooltip_of(text: str) -> str:
    """A tooltip as the reader sees it: one line, backslashes shown as ⧵."""
    return _one_line(text).replace("\\", TOOLTIP_BACKSLASH)


def _tooltip(debate: Debate, claim_id: str) -> str:
    claim = debate.claim(claim_id)
    return _tooltip_of(claim.text + (f" ({claim.note})" if claim.note else ""))


def _box_text(debate: Debate, claim_id: str, word: str, show_actors: bool = True) -> str:
    """Everything a claim's box says: header, text, holders, status word."""
    claim = debate.claim(claim_id)
    actors = ", ".join(debate.actor(a).name for a in claim.actors) if show_actors else ""
    header = f"{claim.id} · {claim.stance.value.upper()} · {claim.kind.value}"
    return _squash(header + _one_line(claim.text) + _one_line(actors) + word)


def _expected_nodes(debate: Debate, legend: bool = True) -> set[str]:
    relation_index = {r.id: i for i, r in enumerate(debate.relations)}
    arguments = {a.id for a in debate.arguments}
    joints = {
        f"relation {relation_index[u.target]}"
        for u in debate.undercuts
        if u.target not in arguments
    }
    legend_key = {"legend key"} if legend else set()
    return set(debate.claim_ids) | arguments | joints | legend_key


def _expected_edge_count(debate: Debate, derived: int = 0) -> int:
    arguments = {a.id for a in debate.arguments}
    undercut_targets = {u.target for u in debate.undercuts if u.target not in arguments}
    drawn = [r for r in debate.relations if r.kind is not RelationKind.UNDERCUT]
    argument_edges = sum(len(a.premises) + 1 for a in debate.arguments)
    return len(drawn) + len(undercut_targets) + len(debate.undercuts) + argument_edges + derived


# -- DOT, read back by Graphviz -----------------------------------------------------------------


def _dot_read_back(source: str) -> dict:
    done = subprocess.run(
        ["dot", "-Tjson0"], input=source.encode(), capture_output=True, timeout=120, check=True
    )
    return json.loads(done.stdout)


def _decode_attribute(value: str) -> str:
    return html.unescape(value)  # attribute_text writes & < > " as entities


def _decode_label(markup: str) -> str:
    # argmap's own tags removed (user text has no '<' left), then the text decoded
    return html.unescape(re.sub(r"<[^>]*>", " ", markup).replace("\\\\", "\\"))


_DOT_NODE_KEYS = {
    # attributes argmap sets on a claim, a joint or the legend
    "label", "style", "color", "fillcolor", "fontcolor", "penwidth", "tooltip", "shape",
    "width",
    # what Graphviz adds when it lays the graph out, and node defaults it repeats
    "height", "pos", "fontname", "fontsize", "margin", "_gvid", "name",
}  # fmt: skip
_DOT_EDGE_KEYS = {
    "arrowhead", "color", "penwidth", "tooltip", "style", "constraint", "fontname",
    "fontsize", "pos", "_gvid", "tail", "head",
}  # fmt: skip
_THEME = Theme()
_STYLES = {
    s.style
    for s in (
        _THEME.accepted,
        _THEME.credulous,
        _THEME.undecided,
        _THEME.rejected,
        _THEME.unevaluated,
    )
}


@pytest.mark.parametrize("group_by", [None, "stance", "actor", "tag"])
def test_dot_read_back_has_exactly_the_maps_nodes_labels_and_tooltips(debate, group_by):
    derived = [a for a in flatten(debate, "evidential").attacks if a.kind != "direct"]
    options = DiagramOptions(group_by=group_by, show_derived=True)
    graph = debate_graph(debate.evaluate("grounded"), options)
    parsed = _dot_read_back(graph.source)
    subgraphs = parsed.get("_subgraph_cnt", 0)
    nodes = parsed["objects"][subgraphs:]
    by_name = {node["name"]: node for node in nodes}
    assert len(by_name) == len(nodes)
    assert set(by_name) == _expected_nodes(debate)
    assert len(parsed.get("edges", [])) == _expected_edge_count(debate, len(derived))
    clusters = [o["name"] for o in parsed["objects"][:subgraphs]]
    assert all(re.fullmatch(r"cluster_(\d+|legend)", name) for name in clusters)
    for claim in debate.claims:
        node = by_name[claim.id]
        assert set(node) <= _DOT_NODE_KEYS, set(node) - _DOT_NODE_KEYS
        assert node["style"] in _STYLES
        assert _decode_attribute(node["tooltip"]) == _tooltip(debate, claim.id)
        assert _squash(_one_line(claim.text)) in _squash(_decode_label(node["label"]))
    for argument in debate.arguments:
        node = by_name[argument.id]
        assert set(node) <= _DOT_NODE_KEYS, set(node) - _DOT_NODE_KEYS
        assert node["style"] in _STYLES
        assert _squash(_one_line(argument.scheme)) in _squash(_decode_label(node["label"]))
        assert _decode_attribute(node["tooltip"]) == _tooltip_of(
            f"{argument.id}: {argument.scheme}. {argument.text}"
        )
    for edge in parsed.get("edges", []):
        assert set(edge) <= _DOT_EDGE_KEYS, set(edge) - _DOT_EDGE_KEYS
    tooltips = {_decode_attribute(edge["tooltip"]) for edge in parsed.get("edges", [])}
    for relation in debate.relations:
        expected = _tooltip_of(
            relation.id + (f": {relation.rationale}" if relation.rationale else "")
        )
        assert expected in tooltips


def test_dot_of_a_hostile_framework_has_exactly_its_arguments():
    af = hostile_framework()
    parsed = _dot_read_back(framework_graph(af, "grounded", title=INJECTION_PAYLOADS[0]).source)
    nodes = parsed["objects"][parsed.get("_subgraph_cnt", 0) :]
    assert [node["name"] for node in nodes] == [f"a{i}" for i in range(len(af))]
    assert len(parsed["edges"]) == af.num_attacks
    for node, argument in zip(nodes, af.arguments, strict=True):
        assert set(node) <= _DOT_NODE_KEYS
        shown = _one_line(argument if len(argument) <= 60 else argument[:59] + "…")
        assert _decode_attribute(node["tooltip"]) == shown.replace("\\", TOOLTIP_BACKSLASH)
        label = _squash(_decode_label(node["label"]))
        assert label in {_squash(shown) + word for word in ("ACCEPTED", "REJECTED", "UNDECIDED")}


# -- SVG, drawn by Graphviz and parsed ----------------------------------------------------------

_SVG_ELEMENTS = {"svg", "g", "title", "polygon", "polyline", "path", "ellipse", "text", "a"}
_SVG_ATTRIBUTES = {
    "width", "height", "viewBox", "id", "class", "transform", "fill", "stroke", "points", "d",
    "cx", "cy", "rx", "ry", "x", "y", "text-anchor", "font-family", "font-size", "font-weight",
    "font-style", "stroke-width", "stroke-dasharray", "stroke-opacity", "fill-opacity",
    f"{XLINK}title",
}  # fmt: skip


def check_svg(svg: bytes, debate: Debate | None, names: set[str]) -> ET.Element:
    """Only Graphviz's drawing vocabulary, no link, exactly the expected nodes; each claim's
    box says exactly its header, text, holders and status word."""
    root = ET.fromstring(svg)  # well-formed, or this raises
    for element in root.iter():
        assert element.tag.startswith(SVG), element.tag
        assert element.tag[len(SVG) :] in _SVG_ELEMENTS, element.tag
        assert set(element.attrib) <= _SVG_ATTRIBUTES, element.attrib
        for name, value in element.attrib.items():
            # A title is shown as text (a tooltip), so it may say "javascript:"; every other
            # attribute (no href is allowed at all, see _SVG_ATTRIBUTES) must not.
            if name != f"{XLINK}title":
                assert not value.lower().lstrip().startswith(("javascript:", "data:"))
    groups = [g for g in root.iter(f"{SVG}g") if g.get("class") == "node"]
    assert {g.find(f"{SVG}title").text for g in groups} == names
    assert len(groups) == len(names)
    if debate is None:
        return root
    for group in groups:
        claim_id = group.find(f"{SVG}title").text
        if claim_id not in debate.claim_ids:
            continue
        texts = [t.text or "" for t in group.iter(f"{SVG}text")]
        word = texts[-1] if texts[-1] in SHOWN_STATUS_WORDS else ""
        assert _squash("".join(texts)) == _box_text(debate, claim_id, word), claim_id
        tooltips = [a.get(f"{XLINK}title") for a in group.iter(f"{SVG}a")]
        assert tooltips == [_tooltip(debate, claim_id)]
    return root


def test_svg_of_the_hostile_map_has_only_its_nodes_and_texts(debate):
    options = DiagramOptions(group_by="actor", show_derived=True)
    graph = debate_graph(debate.evaluate("preferred"), options)
    svg = render_bytes(graph, "svg")
    root = check_svg(svg, debate, _expected_nodes(debate))
    edge_titles = [
        a.get(f"{XLINK}title")
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "edge"
        for a in g.iter(f"{SVG}a")
    ]
    assert _tooltip_of(f"{INJECTION_PAYLOADS[0]} #0: {INJECTION_PAYLOADS[0]}") in edge_titles
    cluster_texts = {
        _squash("".join(t.text or "" for t in g.iter(f"{SVG}text")))
        for g in root.iter(f"{SVG}g")
        if g.get("class") == "cluster"
    }
    assert {_squash(_one_line(a.name)) for a in debate.actors if debate.claims_held_by(a.id)} <= (
        cluster_texts
    )
    # the title (debate title and question) is drawn as text, whole
    graph_texts = "".join(t.text or "" for t in root.find(f"{SVG}g").findall(f"{SVG}text"))
    assert _squash(_one_line(debate.title)) in _squash(graph_texts)


def test_svg_of_a_hostile_framework_has_only_its_arguments():
    af = hostile_framework()
    svg = render_bytes(framework_graph(af, "grounded"), "svg")
    root = check_svg(svg, None, {f"a{i}" for i in range(len(af))})
    tooltips = sorted(a.get(f"{XLINK}title") for a in root.iter(f"{SVG}a"))
    expected = sorted(
        _tooltip_of(str(a) if len(str(a)) <= 60 else str(a)[:59] + "…") for a in af.arguments
    )
    assert [t for t in tooltips if t in expected] == expected


# -- the escaping functions themselves ----------------------------------------------------------


def test_safe_digraph_never_writes_user_text_as_html_or_more_attributes():
    graph = SafeDigraph()
    for number, payload in enumerate(INJECTION_PAYLOADS):
        graph.node(f"n{number}", tooltip=payload, label=payload, comment=payload)
    graph.node("own", label=html_label("<B>bold</B>"))
    parsed = _dot_read_back(graph.source)
    for number, payload in enumerate(INJECTION_PAYLOADS):
        node = parsed["objects"][number]
        assert set(node) <= _DOT_NODE_KEYS | {"comment"}
        assert _decode_attribute(node["tooltip"]) == _tooltip_of(payload)
    assert "label=<<B>bold</B>>" in graph.source


def test_node_names_must_be_names_argmap_makes():
    graph = SafeDigraph()
    for name in ("<x>", "a:b", 'a"b', "a\\b", "a\nb", ""):
        with pytest.raises(ValueError, match="not a node name"):
            graph.node(name)
        with pytest.raises(ValueError, match="not a node name"):
            graph.edge("ok", name)


def test_links_keep_only_http_and_https():
    for url in (*EVIL_URLS, "https://", "http://exa mple.org", "https://a.org/\nb", None):
        assert web_url(url) is None, url
    assert web_url(GOOD_URL) == GOOD_URL and web_url("HTTP://EXAMPLE.ORG") == "HTTP://EXAMPLE.ORG"
    graph = SafeDigraph()
    graph.node("a", URL=EVIL_URLS[0], href=EVIL_URLS[3])
    graph.node("b", URL=GOOD_URL)
    assert "javascript" not in graph.source and "data:" not in graph.source
    assert f'URL="{attribute_text(GOOD_URL)}"' in graph.source


# -- GraphML, parsed ----------------------------------------------------------------------------


def check_graphml(text: str, debate: Debate) -> None:
    root = ET.fromstring(text.encode("utf-8"))
    keys = {k.get("id"): k.get("attr.name") for k in root.iter(f"{GRAPHML}key")}
    nodes = {}
    for node in root.iter(f"{GRAPHML}node"):
        nodes[node.get("id")] = {keys[d.get("key")]: d.text or "" for d in node}
    assert list(nodes) == list(debate.claim_ids)
    for claim in debate.claims:
        data = nodes[claim.id]
        assert data["text"] == claim.text
        assert data["actors"] == ", ".join(debate.actor(a).name for a in claim.actors)
        assert data["tags"] == ", ".join(claim.tags)
    edges = [
        {keys[d.get("key")]: d.text or "" for d in edge} for edge in root.iter(f"{GRAPHML}edge")
    ]
    assert [e["relation"] for e in edges] == [r.id for r in debate.relations]
    for edge in root.iter(f"{GRAPHML}edge"):
        assert edge.get("source") in nodes and edge.get("target") in nodes


def test_graphml_of_the_hostile_map_has_exactly_its_nodes_and_texts():
    # without the argument: GraphML cannot yet write an undercut aimed at an argument
    # (format_graphml looks its target up as a relation; argmap/formats/graphs.py)
    debate = hostile_debate(arguments=False)
    check_graphml(format_graphml(debate), debate)
    check_graphml(format_graphml(debate.evaluate("grounded")), debate)


def test_graphml_of_a_hostile_framework_keeps_every_name():
    af = hostile_framework()
    root = ET.fromstring(format_graphml(af).encode("utf-8"))
    labels = [d.text for n in root.iter(f"{GRAPHML}node") for d in n]
    assert labels == [str(a) for a in af.arguments]


# -- the explorer page in a real browser --------------------------------------------------------


def _page_texts(page: str) -> dict[str, list[str]]:
    """Claim id -> the texts of its box in the page as written (before any script runs)."""
    svg = page[page.index("<svg") : page.index("</svg>") + len("</svg>")]
    root = ET.fromstring(svg)
    out = {}
    for group in root.iter(f"{SVG}g"):
        title = group.find(f"{SVG}title")
        if group.get("class") == "node" and title is not None:
            out[title.text] = [t.text or "" for t in group.iter(f"{SVG}text")]
    return out


_BROWSER_TEXTS = """
const out = {};
for (const group of document.querySelectorAll('#map g.node[data-claim]')) {
  out[group.dataset.claim] = Array.from(group.querySelectorAll('text')).map(t => [
    t.textContent, t.getAttribute('data-argmap-slot') || '']);
}
return out;
"""


def test_explorer_runs_no_script_and_replaces_no_claim_text(browser, tmp_path, debate):
    path = tmp_path / "hostile.html"
    write_explorer(debate, path)
    page = path.read_text(encoding="utf-8")
    written = _page_texts(page)
    browser.get(path.as_uri())
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.execute_script("return document.documentElement.classList.contains('ready')")
    for claim_id in debate.claim_ids:
        group = browser.find_element(By.CSS_SELECTOR, f'g.node[data-claim="{claim_id}"]')
        browser.execute_script(
            "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", group
        )
        assert browser.find_element(By.ID, "panel-title").text == claim_id
        shown = browser.execute_script(_BROWSER_TEXTS)
        assert set(shown) == set(debate.claim_ids)
        for other, texts in shown.items():
            slots = [text for text, slot in texts if slot == "status"]
            rest = [text for text, slot in texts if slot != "status"]
            assert len(slots) == 1 and slots[0] in SHOWN_STATUS_WORDS - {""}, (other, slots)
            assert rest == written[other][:-1], other  # every other text as written
        links = browser.execute_script(
            "return Array.from(document.querySelectorAll('#panel a')).map(a => a.href)"
        )
        assert all(link == GOOD_URL for link in links), links
        assert browser.execute_script("return window.__pwned === undefined")
    # the hostile argument: its scheme and text shown as text, its one slot its status
    for argument in debate.arguments:
        group = browser.find_element(By.CSS_SELECTOR, f'g.node[data-argument="{argument.id}"]')
        browser.execute_script(
            "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", group
        )
        assert browser.find_element(By.ID, "panel-title").text == argument.id
        scheme_text = browser.find_element(By.CSS_SELECTOR, "#panel .scheme-name").text
        assert _squash(scheme_text) == _squash(_one_line(argument.scheme))
        words = browser.execute_script(
            "return Array.from(arguments[0].querySelectorAll('text'))"
            ".map(t => [t.textContent, t.getAttribute('data-argmap-slot') || ''])",
            group,
        )
        assert [t for t, slot in words if slot] in (
            ["STANDS"],
            ["UNDECIDED"],
            ["FALLS"],
        )
        assert [t for t, slot in words if not slot] == written[argument.id][:-1]
        assert browser.find_elements(By.CSS_SELECTOR, "#panel img, #panel script") == []
        assert browser.execute_script("return window.__pwned === undefined")
    # the STATUS claim selected: id, text and holder still read STATUS; its slot the status
    group = browser.find_element(By.CSS_SELECTOR, 'g.node[data-claim="STATUS"]')
    browser.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", group
    )
    assert browser.find_element(By.ID, "panel-title").text == "STATUS"
    status_texts = browser.execute_script(_BROWSER_TEXTS)["STATUS"]
    assert [t for t, slot in status_texts if not slot].count("STATUS") == 3
    assert browser.find_element(By.CSS_SELECTOR, "#panel .claim-text").text == "STATUS"
    browser.execute_script("arguments[0].click()", browser.find_element(By.ID, "round-next"))
    assert browser.execute_script(_BROWSER_TEXTS)["STATUS"][:-1] == [
        [t, ""] for t in written["STATUS"][:-1]
    ]
    assert browser.execute_script("return window.__pwned === undefined")
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []


def test_explorer_data_carries_only_web_links(debate):
    page = explorer_html(debate, svg="<svg></svg>")
    payload = page.partition('<script type="application/json" id="argmap-data">')[2]
    data = json.loads(payload.partition("</script>")[0])
    urls = {s["url"] for c in data["claims"].values() for s in c["sources"]}
    assert urls == {GOOD_URL, None}


# -- generated hostile text ---------------------------------------------------------------------


@st.composite
def generated_debates(draw) -> Debate:
    text = hostile_text().filter(lambda t: t.strip())
    b = DebateBuilder(draw(text), title=draw(st.none() | text))
    b.actor("a", draw(text))
    b.claim("t", draw(text), stance="pro", kind="thesis", actors=["a"], note=draw(st.none() | text))
    b.claim("r", draw(text), stance="con", note=draw(st.none() | text), tags=[draw(text)])
    b.claim("s", draw(text), actors=["a"])
    attack = b.attacks("r", "t", id=draw(text), rationale=draw(st.none() | text))
    b.supports("s", "t", rationale=draw(st.none() | text))
    b.undercuts("s", attack, rationale=draw(text))
    return b.build()


@settings(max_examples=30)
@given(generated_debates())
def test_generated_hostile_text_stays_text_in_svg_and_graphml(debate):
    graph = debate_graph(debate.evaluate("grounded"), DiagramOptions(group_by="actor"))
    check_svg(render_bytes(graph, "svg"), debate, _expected_nodes(debate))
    texts = [c.text for c in debate.claims] + [a.name for a in debate.actors]
    texts += [t for c in debate.claims for t in c.tags] + [r.id for r in debate.relations]
    if any(_outside_xml(text) for text in texts):
        with pytest.raises(FormatError, match=r"GraphML \(XML 1\.0\) cannot hold"):
            format_graphml(debate)
    else:
        check_graphml(format_graphml(debate), debate)


def _outside_xml(text: str) -> bool:
    return bool(re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]", text))


def test_graphml_keeps_carriage_returns_and_refuses_what_xml_cannot_hold():
    b = DebateBuilder("Q?")
    b.claim("c1", "line\r\nbreak\rand\ttab ]]> &amp; <x>")
    b.claim("c2", "escape \x1b here")
    debate = b.build()
    with pytest.raises(FormatError, match=r"U\+001B at position 8 of node 'c2', text"):
        format_graphml(debate)
    kept = DebateBuilder("Q?")
    kept.claim("c1", "line\r\nbreak\rand\ttab ]]> &amp; <x>")
    check_graphml(format_graphml(kept.build()), kept.build())
