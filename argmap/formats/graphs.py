"""Graphs for other tools: GraphML (yEd, Gephi, Cytoscape) and networkx.

Both carry a debate's claims as nodes (id, text, stance, kind, actors, tags, and the status
and grounded label when an evaluation is given) and its relations as edges with their kind.
GraphML and networkx have no edges onto edges, so an undercut is an edge from the undercutter
to the target of the relation it undercuts, with kind ``undercut`` and ``undercuts`` naming
that relation. Frameworks become plain directed graphs, one edge per attack.

networkx is an optional extra (``pip install 'argmap[networkx]'``): only
:func:`to_networkx` and :func:`from_networkx` import it, when called.

>>> from argmap.debate import DebateBuilder
>>> b = DebateBuilder("Q?")
>>> _ = b.claim("a", "A & <b>", stance="pro")
>>> _ = b.claim("c", "C")
>>> _ = b.attacks("c", "a")
>>> print(format_graphml(b.build()).splitlines()[0])
<?xml version="1.0" encoding="UTF-8"?>
>>> "A &amp; &lt;b&gt;" in format_graphml(b.build())
True
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from typing import Any

from argmap.debate import Claim, Debate, Evaluation, Relation
from argmap.debate.model import RelationKind
from argmap.errors import FormatError
from argmap.formats._files import atomic_write_text
from argmap.formats._omissions import omissions
from argmap.framework import ArgumentFramework

__all__ = ["format_graphml", "from_networkx", "graphml_omissions", "to_networkx", "write_graphml"]

_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = ("label", "text", "stance", "kind", "actors", "tags", "status", "grounded")
_EDGE_KEYS = ("kind", "relation", "undercuts")


def _node_rows(debate: Debate, evaluation: Evaluation | None) -> list[tuple[str, dict[str, str]]]:
    rows = []
    for claim in debate.claims:
        data = {
            "label": claim.id,
            "text": claim.text,
            "stance": claim.stance.value,
            "kind": claim.kind.value,
            "actors": ", ".join(debate.actor(a).name for a in claim.actors),
            "tags": ", ".join(claim.tags),
        }
        if evaluation is not None:
            data["status"] = evaluation.status(claim.id).value
            data["grounded"] = evaluation.grounded_label(claim.id).name
        rows.append((claim.id, data))
    return rows


def _edge_rows(debate: Debate) -> list[tuple[str, str, dict[str, str]]]:
    rows = []
    arguments = {a.id for a in debate.arguments}
    for relation in debate.relations:
        if relation.kind is RelationKind.UNDERCUT:
            if relation.target in arguments:
                continue  # arguments are not carried (graphml_omissions says so)
            target = debate.relation(relation.target)
            rows.append(
                (
                    relation.source,
                    target.target,
                    {"kind": "undercut", "relation": relation.id, "undercuts": target.id},
                )
            )
        else:
            rows.append(
                (
                    relation.source,
                    relation.target,
                    {"kind": relation.kind.value, "relation": relation.id},
                )
            )
    return rows


#: The parts of a debate (names from ``argmap.formats._omissions.PARTS``) that GraphML and
#: networkx carry, besides the question, title, date, claims, supports, attacks and the
#: undercuts of relations: the claims' holders (by name) and the relations' ids.
_CARRIED = frozenset({"claim actors", "relation ids"})


def graphml_omissions(debate: Debate) -> tuple[str, ...]:
    """What writing ``debate`` as GraphML (or to networkx) leaves out, one line per part.

    >>> from argmap.debate import Debate
    >>> graphml_omissions(Debate.load("maps/nixon-diamond.argmap.toml"))
    ("the debate's description: 1", 'expected verdicts: 4')
    """
    return omissions(debate, _CARRIED)


def format_graphml(subject: Debate | Evaluation | ArgumentFramework) -> str:
    """GraphML text for a debate (with the statuses of an evaluation, if one is given) or a
    framework; deterministic, escaped by the XML writer. Text XML 1.0 cannot hold (control
    characters other than tab and newlines) is refused with a :class:`FormatError`."""
    ET.register_namespace("", _NS)
    root = ET.Element(f"{{{_NS}}}graphml")
    if isinstance(subject, ArgumentFramework):
        nodes = [(f"a{i}", {"label": str(a)}) for i, a in enumerate(subject.arguments)]
        edges = [
            (f"a{i}", f"a{j}", {"kind": "attack"})
            for i, row in enumerate(subject.successors)
            for j in row
        ]
    else:
        evaluation = subject if isinstance(subject, Evaluation) else None
        debate = subject.debate if isinstance(subject, Evaluation) else subject
        nodes = _node_rows(debate, evaluation)
        edges = _edge_rows(debate)
    node_keys = [k for k in _NODE_KEYS if any(k in data for _, data in nodes)]
    edge_keys = [k for k in _EDGE_KEYS if any(k in data for _, _, data in edges)]
    for scope, keys in (("node", node_keys), ("edge", edge_keys)):
        for key in keys:
            ET.SubElement(
                root,
                f"{{{_NS}}}key",
                {"id": f"{scope}-{key}", "for": scope, "attr.name": key, "attr.type": "string"},
            )
    graph = ET.SubElement(root, f"{{{_NS}}}graph", {"id": "argmap", "edgedefault": "directed"})
    for node_id, data in nodes:
        element = ET.SubElement(graph, f"{{{_NS}}}node", {"id": node_id})
        for key in node_keys:
            if key in data:
                ET.SubElement(element, f"{{{_NS}}}data", {"key": f"node-{key}"}).text = _xml_safe(
                    data[key], f"node {node_id!r}, {key}"
                )
    for number, (start, end, data) in enumerate(edges):
        element = ET.SubElement(
            graph, f"{{{_NS}}}edge", {"id": f"e{number}", "source": start, "target": end}
        )
        for key in edge_keys:
            if key in data:
                ET.SubElement(element, f"{{{_NS}}}data", {"key": f"edge-{key}"}).text = _xml_safe(
                    data[key], f"edge {start!r} -> {end!r}, {key}"
                )
    ET.indent(root)
    # A reader turns a raw carriage return into a newline; as a character reference it stays
    # (the writer puts none elsewhere: it indents with newlines and escapes attributes).
    body = ET.tostring(root, encoding="unicode").replace("\r", "&#13;")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def _xml_safe(text: str, where: str) -> str:
    """``text`` checked for GraphML, the one place map text is made fit for it: the XML
    writer escapes markup; a character XML 1.0 cannot hold even escaped (a control
    character other than tab and newlines, a lone surrogate, U+FFFE, U+FFFF) is refused,
    since dropping or replacing it would lose text silently."""
    for position, ch in enumerate(text):
        if not _xml_char(ord(ch)):
            raise FormatError(
                f"GraphML (XML 1.0) cannot hold the character U+{ord(ch):04X} at position "
                f"{position + 1} of {where}; remove it from the map, or convert to another format"
            )
    return text


def _xml_char(code: int) -> bool:
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def write_graphml(
    subject: Debate | Evaluation | ArgumentFramework, path: str | os.PathLike[str]
) -> None:
    """Write GraphML atomically."""
    atomic_write_text(path, format_graphml(subject))


def _networkx() -> Any:
    try:
        import networkx
    except ImportError:
        raise FormatError(
            "networkx is not installed; install it with: pip install 'argmap[networkx]'"
        ) from None
    return networkx


def to_networkx(subject: Debate | Evaluation | ArgumentFramework) -> Any:
    """A ``networkx.DiGraph``: for a debate, nodes are claim ids with their attributes, edges
    carry ``kind`` (``support``, ``attack``, ``undercut``) and ``relation``; the graph's
    ``question``, ``title`` and ``date`` are graph attributes. For a framework, nodes are the
    arguments and edges the attacks."""
    nx = _networkx()
    graph = nx.DiGraph()
    if isinstance(subject, ArgumentFramework):
        graph.add_nodes_from(subject.arguments)
        graph.add_edges_from(subject.attacks, kind="attack")
        return graph
    evaluation = subject if isinstance(subject, Evaluation) else None
    debate = subject.debate if isinstance(subject, Evaluation) else subject
    graph.graph.update({"question": debate.question, "title": debate.title, "date": debate.date})
    for claim_id, data in _node_rows(debate, evaluation):
        claim = debate.claim(claim_id)
        data = {
            **data,
            "actors": list(claim.actors),
            "tags": list(claim.tags),
            "base_score": claim.base_score,
        }
        data.pop("label")
        graph.add_node(claim_id, **data)
    for start, end, data in _edge_rows(debate):
        if graph.has_edge(start, end):
            # a support and an attack (or undercut) between the same claims: keep all
            graph.edges[start, end].setdefault("also", []).append(data)
        else:
            graph.add_edge(start, end, **data)
    return graph


def from_networkx(graph: Any, question: str | None = None) -> Debate:
    """A debate from a ``networkx.DiGraph`` whose nodes carry ``text`` (else the node's name
    is the text) and optionally ``stance``, ``kind``, ``tags``, ``base_score``; and whose
    edges carry ``kind`` (``support`` or ``attack``; ``undercut`` edges need ``undercuts``, the
    id of the relation). Nodes become claims with their names (as strings) as ids. An
    attribute of the wrong type is refused with a :class:`FormatError` naming the node or
    edge, never passed on to fail later."""
    claims = []
    for node, data in graph.nodes(data=True):
        where = f"node {_shown(node)}"
        text = data.get("text", node)
        if text is None:
            raise FormatError(f"{where}: attribute 'text' is None; give a string")
        claims.append(
            Claim(
                str(node),
                str(text),
                stance=_attribute(data, "stance", str, where, "neutral"),
                kind=_attribute(data, "kind", str, where, "reason"),
                tags=_strings(data, "tags", where),
                base_score=_score(data, where),
            )
        )
    relations = []
    for start, end, data in graph.edges(data=True):
        where = f"edge {_shown(start)} -> {_shown(end)}"
        also = _attribute(data, "also", list, where, [])
        for item in [data, *also]:
            if not isinstance(item, dict):
                raise FormatError(f"{where}: each entry of 'also' is a dict, found {_kind(item)}")
            kind = _attribute(item, "kind", str, where, "attack")
            relation_id = _attribute(item, "relation", str, where, None)
            if kind == "undercut":
                if "undercuts" not in item:
                    raise FormatError(
                        f"undercut edge {start!r} -> {end!r} does not say which relation it "
                        "undercuts (its 'undercuts' attribute)"
                    )
                undercuts = _attribute(item, "undercuts", str, where, "")
                relations.append(Relation("undercut", str(start), undercuts, id=relation_id))
            else:
                relations.append(Relation(kind, str(start), str(end), id=relation_id))
    title = graph.graph.get("title")
    date = graph.graph.get("date")
    given_question = question or graph.graph.get("question") or "(imported from networkx)"
    for key, value in (("question", given_question), ("title", title), ("date", date)):
        if value is not None and not isinstance(value, str):
            raise FormatError(f"graph attribute {key!r} is {_kind(value)}; give a string")
    return Debate(given_question, title=title, date=date, claims=claims, relations=relations)


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:55] + "..."


def _kind(value: Any) -> str:
    return f"{type(value).__name__} {_shown(value)}"


def _attribute(data: dict[str, Any], key: str, wanted: type, where: str, default: Any) -> Any:
    value = data.get(key, default)
    if value is default or isinstance(value, wanted):
        return value
    noun = {str: "a string", list: "a list"}[wanted]
    raise FormatError(f"{where}: attribute {key!r} is {_kind(value)}; give {noun}")


def _strings(data: dict[str, Any], key: str, where: str) -> list[str]:
    value = data.get(key, [])
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise FormatError(f"{where}: attribute {key!r} is {_kind(value)}; give a list of strings")
    return list(value)


def _score(data: dict[str, Any], where: str) -> float | int | None:
    value = data.get("base_score")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FormatError(f"{where}: attribute 'base_score' is {_kind(value)}; give a number")
    return value  # the debate checks its range
