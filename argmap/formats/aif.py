"""AIF JSON, as AIFdb and OVA write it: read a debate from it, write one as it.

A document has ``nodes`` (``nodeID``, ``text``, ``type``) and ``edges`` (``fromID``,
``toID``); OVA adds layout keys, AIFdb ``locutions``, both ignored. Reading (Reed et al.'s
Argument Interchange Format, Chesñevar et al. 2006, KER 21(4); AIFdb, Lawrence et al. 2012):

- every I-node (a proposition) becomes a claim, its id ``n<nodeID>`` (cleaned to argmap's
  id characters);
- an RA-node (inference) with premises ``p1..pk`` and conclusion ``c`` becomes k supports
  ``pi → c`` (linked premises are read as separate supports);
- a CA-node (conflict) from ``a`` to ``b`` becomes an attack; a CA-node aimed at an RA- or
  CA-node becomes an undercut of the relations that node stands for;
- YA-nodes joining an L-node (a locution, ``"Speaker: words"``) to an I-node make the speaker
  an actor who holds the claim;
- MA (rephrase), PA (preference) and TA (transition) nodes have no counterpart in argmap's
  debate model: they are left out and the import's ``notes`` count them.

Dangling edges, unknown node types, I-nodes without text, and RA/CA nodes missing an end are
errors naming the node or edge.

AIF has no place for a debate's question or a claim's stance and kind, so argmap's writer
adds them under a top-level ``"argmap"`` key (``question``, ``title``, ``date``, and for each
I-node its claim ``id``, ``stance`` and ``kind``), which other AIF tools ignore and this
reader uses when present: a debate written and read back keeps its claims as they were.

>>> doc = '''{"nodes": [
...   {"nodeID": "1", "text": "Ban it.", "type": "I"},
...   {"nodeID": "2", "text": "It is risky.", "type": "I"},
...   {"nodeID": "3", "text": "Default Inference", "type": "RA"}],
...  "edges": [{"edgeID": "a", "fromID": "2", "toID": "3"},
...            {"edgeID": "b", "fromID": "3", "toID": "1"}]}'''
>>> result = parse_aif(doc)
>>> [r.id for r in result.debate.relations], result.notes
(['n2 supports n1'], ())
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

import attrs

from argmap.debate import Actor, Claim, Debate, Relation
from argmap.debate.model import ID_PATTERN, RelationKind
from argmap.errors import DebateError, ParseError
from argmap.formats._files import atomic_write_text, read_text

__all__ = ["AIFImport", "format_aif", "parse_aif", "read_aif", "write_aif"]

_KNOWN_TYPES = {"I", "L", "RA", "CA", "MA", "PA", "YA", "TA"}


@attrs.frozen
class AIFImport:
    """The debate read from an AIF document, and notes on what was left out."""

    debate: Debate
    notes: tuple[str, ...] = ()


def _claim_id(node_id: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9_.\-]", "-", str(node_id))
    candidate = f"n{cleaned}"
    return candidate if ID_PATTERN.fullmatch(candidate) else f"n-{abs(hash(node_id))}"


def _speaker(text: str) -> str | None:
    if ":" in text:
        name = text.split(":", 1)[0].strip()
        return name or None
    return None


def parse_aif(text: str, source: str = "<string>", question: str | None = None) -> AIFImport:
    """A debate from AIF JSON text."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseError(source, exc.lineno, f"not valid JSON: {exc.msg}") from None
    if (
        not isinstance(document, dict)
        or not isinstance(document.get("nodes"), list)
        or not isinstance(document.get("edges"), list)
    ):
        raise ParseError(
            source, None, "expected an AIF document: an object with 'nodes' and 'edges' lists"
        )

    nodes: dict[str, dict[str, Any]] = {}
    for position, node in enumerate(document["nodes"]):
        if not isinstance(node, dict) or "nodeID" not in node:
            raise ParseError(source, None, f"node #{position + 1} has no nodeID")
        node_id = str(node["nodeID"])
        kind = node.get("type")
        if kind not in _KNOWN_TYPES:
            raise ParseError(
                source,
                None,
                f"node {node_id!r} has unknown type {kind!r}; "
                f"AIF types are {', '.join(sorted(_KNOWN_TYPES))}",
            )
        if node_id in nodes:
            raise ParseError(source, None, f"node id {node_id!r} is used twice")
        if kind in ("I", "L") and not str(node.get("text") or "").strip():
            raise ParseError(source, None, f"{kind}-node {node_id!r} has no text")
        nodes[node_id] = node

    incoming: dict[str, list[str]] = {n: [] for n in nodes}
    outgoing: dict[str, list[str]] = {n: [] for n in nodes}
    for position, edge in enumerate(document["edges"]):
        if not isinstance(edge, dict):
            raise ParseError(source, None, f"edge #{position + 1} is not an object")
        name = edge.get("edgeID", f"#{position + 1}")
        start, end = str(edge.get("fromID")), str(edge.get("toID"))
        for end_name, value in (("fromID", start), ("toID", end)):
            if value not in nodes:
                raise ParseError(
                    source, None, f"edge {name!r} is dangling: its {end_name} {value!r} is no node"
                )
        outgoing[start].append(end)
        incoming[end].append(start)

    def kind_of(node_id: str) -> str:
        return nodes[node_id]["type"]

    extra = document.get("argmap") if isinstance(document.get("argmap"), dict) else {}
    described = extra.get("claims") if isinstance(extra.get("claims"), dict) else {}
    claims = []
    claim_of: dict[str, str] = {}
    for node_id in nodes:
        if kind_of(node_id) == "I":
            about = described.get(node_id) if isinstance(described.get(node_id), dict) else {}
            claim_id = str(about.get("id") or _claim_id(node_id))
            if claim_id in claim_of.values():
                raise ParseError(
                    source,
                    None,
                    f"node ids {node_id!r} and another both become the claim id {claim_id!r}",
                )
            claim_of[node_id] = claim_id

    relations: list[Relation] = []
    stands_for: dict[str, list[str]] = {}  # RA/CA node -> relation ids
    pending_undercuts: list[tuple[str, str]] = []
    for node_id in nodes:
        kind = kind_of(node_id)
        if kind not in ("RA", "CA"):
            continue
        sources = [n for n in incoming[node_id] if kind_of(n) == "I"]
        targets = outgoing[node_id]
        if not sources or len(targets) != 1:
            raise ParseError(
                source, None,
                f"{kind}-node {node_id!r} needs at least one I-node pointing to it and exactly one "
                f"node it points to; it has {len(sources)} and {len(targets)}",
            )  # fmt: skip
        target = targets[0]
        if kind_of(target) == "I":
            relation_kind = RelationKind.SUPPORT if kind == "RA" else RelationKind.ATTACK
            ids = []
            for premise in sources:
                relation = Relation(relation_kind, claim_of[premise], claim_of[target], id=None)
                if relation.id not in {r.id for r in relations}:
                    relations.append(relation)
                ids.append(relation.id)
            stands_for[node_id] = ids
        elif kind == "CA" and kind_of(target) in ("RA", "CA"):
            pending_undercuts.extend((premise, target) for premise in sources)
        else:
            raise ParseError(
                source,
                None,
                f"{kind}-node {node_id!r} points to a {kind_of(target)}-node, "
                "which argmap cannot read",
            )
    for premise, target in pending_undercuts:
        for relation_id in stands_for.get(target, []):
            relations.append(Relation(RelationKind.UNDERCUT, claim_of[premise], relation_id))

    actors: dict[str, Actor] = {}
    actor_of: dict[str, str] = {}
    holders: dict[str, list[str]] = {}
    for node_id in nodes:
        if kind_of(node_id) != "YA":
            continue
        speakers = [_speaker(nodes[n]["text"]) for n in incoming[node_id] if kind_of(n) == "L"]
        said = [n for n in outgoing[node_id] if kind_of(n) == "I"]
        for name in speakers:
            if not name:
                continue
            if name not in actor_of:
                base = "a-" + (re.sub(r"[^A-Za-z0-9_.\-]", "-", name).strip("-.") or "speaker")
                actor_id, number = base, 1
                while actor_id in actors:
                    number += 1
                    actor_id = f"{base}-{number}"
                actor_of[name] = actor_id
                actors[actor_id] = Actor(actor_id, name, kind="person")
            actor_id = actor_of[name]
            for claim_node in said:
                holders.setdefault(claim_of[claim_node], [])
                if actor_id not in holders[claim_of[claim_node]]:
                    holders[claim_of[claim_node]].append(actor_id)

    for node_id, claim_id in claim_of.items():
        about = described.get(node_id) if isinstance(described.get(node_id), dict) else {}
        claims.append(
            Claim(
                claim_id,
                " ".join(str(nodes[node_id]["text"]).split()),
                stance=about.get("stance", "neutral"),
                kind=about.get("kind", "reason"),
                actors=holders.get(claim_id, []),
            )
        )

    notes = []
    for kind, meaning in (("MA", "rephrase"), ("PA", "preference"), ("TA", "transition")):
        count = sum(1 for n in nodes if kind_of(n) == kind)
        if count:
            plural = "s" if count != 1 else ""
            notes.append(
                f"{count} {kind}-node{plural} ({meaning}) left out: argmap's debate model "
                f"has no {meaning} relation"
            )
    try:
        debate = Debate(
            question or extra.get("question") or "(imported from AIF; no question given)",
            title=extra.get("title"),
            date=extra.get("date"),
            claims=claims,
            relations=relations,
            actors=list(actors.values()),
        )
    except DebateError as exc:
        raise ParseError(source, None, str(exc)) from None
    return AIFImport(debate, tuple(notes))


def read_aif(path: str | os.PathLike[str]) -> AIFImport:
    """Read an AIF JSON file (``.aif.json`` or ``.aif``, or OVA's ``.json``)."""
    return parse_aif(read_text(path), os.fspath(path))


def format_aif(debate: Debate) -> str:
    """The debate as AIF JSON: claims as I-nodes, each support as an RA-node, each attack as
    a CA-node, each undercut as a CA-node aimed at the RA- or CA-node of its relation, and
    each actor's claims as L- and YA-nodes ("Name: text"). Node ids are numbers in order."""
    nodes: list[dict[str, str]] = []
    edges: list[dict[str, str]] = []

    def node(text: str, kind: str) -> str:
        node_id = str(len(nodes) + 1)
        nodes.append({"nodeID": node_id, "text": text, "type": kind})
        return node_id

    def edge(start: str, end: str) -> None:
        edges.append({"edgeID": str(len(edges) + 1), "fromID": start, "toID": end})

    i_node = {claim.id: node(claim.text, "I") for claim in debate.claims}
    s_node: dict[str, str] = {}
    for relation in debate.relations:
        if relation.kind is RelationKind.UNDERCUT:
            continue
        if relation.kind is RelationKind.SUPPORT:
            s_node[relation.id] = node("Default Inference", "RA")
        else:
            s_node[relation.id] = node("Default Conflict", "CA")
        edge(i_node[relation.source], s_node[relation.id])
        edge(s_node[relation.id], i_node[relation.target])
    for undercut in debate.undercuts:
        conflict = node("Default Conflict", "CA")
        edge(i_node[undercut.source], conflict)
        edge(conflict, s_node[undercut.target])
    for claim in debate.claims:
        for actor_id in claim.actors:
            locution = node(f"{debate.actor(actor_id).name}: {claim.text}", "L")
            asserting = node("Asserting", "YA")
            edge(locution, asserting)
            edge(asserting, i_node[claim.id])
    extra = {
        "question": debate.question,
        "title": debate.title,
        "date": debate.date,
        "claims": {
            i_node[c.id]: {"id": c.id, "stance": c.stance.value, "kind": c.kind.value}
            for c in debate.claims
        },
    }
    document = {"nodes": nodes, "edges": edges, "locutions": [], "argmap": extra}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def write_aif(debate: Debate, path: str | os.PathLike[str]) -> None:
    """Write the debate as AIF JSON, atomically."""
    atomic_write_text(path, format_aif(debate))
