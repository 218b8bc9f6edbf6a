"""AIF JSON, as AIFdb and OVA write it: read a debate from it, write one as it.

A document has ``nodes`` (``nodeID``, ``text``, ``type``) and ``edges`` (``fromID``,
``toID``); OVA adds layout keys, AIFdb ``locutions``, both ignored. Reading (Reed et al.'s
Argument Interchange Format, Chesñevar et al. 2006, KER 21(4); AIFdb, Lawrence et al. 2012):

- every I-node (a proposition) becomes a claim, its id ``n<nodeID>`` (cleaned to argmap's
  id characters);
- an RA-node (inference) with one premise ``p`` and conclusion ``c`` becomes a support
  ``p → c``; an RA-node with several premises (linked: they hold together) becomes one
  argument, its id ``A<nodeID>``; an RA-node that names a scheme (AIFdb's and OVA's
  ``"scheme"`` key, other than ``Default Inference``) becomes an argument with that scheme,
  however many premises it has (a catalogue scheme's name, e.g. ``Argument From Expert
  Opinion``, read as its id, ``expert-opinion``; any other name kept as written);
- a CA-node (conflict) from ``a`` to ``b`` becomes an attack; a CA-node aimed at an RA- or
  CA-node becomes an undercut of the relations (or the argument) that node stands for;
- YA-nodes joining an L-node (a locution, ``"Speaker: words"``) to an I-node make the speaker
  an actor who holds the claim;
- MA (rephrase), PA (preference) and TA (transition) nodes have no counterpart in argmap's
  debate model: they are left out and the import's ``notes`` count them.

Dangling edges, unknown node types, I-nodes without text, and RA/CA nodes missing an end are
errors naming the node or edge. Edges without an end, undercuts of undercuts and numeric node
texts are left out or converted and reported in ``notes``; duplicate JSON keys and lone
surrogates are refused with the line.

AIF has no place for a debate's question or a claim's stance and kind, so argmap's writer
adds them under a top-level ``"argmap"`` key (the debate's header, each I-node's claim id,
stance, kind, tags, note and base score, each S-node's relation id, rationale and critical
question, each argument's id, scheme id and text, the actors and each L-node's actor), which
other AIF tools ignore and this reader uses when present: a debate written and read back is
equal to it but for sources, citations and verdicts.

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
from collections import Counter
from typing import Any

import attrs

from argmap.debate import Actor, Argument, Claim, Debate, Relation
from argmap.debate.model import ID_PATTERN, RelationKind, default_relation_id
from argmap.debate.schemes import CATALOGUE
from argmap.errors import DebateError, ParseError, excerpt
from argmap.formats._files import atomic_write_text, read_text
from argmap.formats._omissions import omissions
from argmap.formats.map_text import load_json

__all__ = [
    "AIFImport",
    "aif_omissions",
    "format_aif",
    "parse_aif",
    "read_aif",
    "write_aif",
]

_KNOWN_TYPES = {"I", "L", "RA", "CA", "MA", "PA", "YA", "TA"}

#: The scheme AIFdb and OVA give an RA-node that names none.
DEFAULT_INFERENCE = "Default Inference"
_SCHEME_BY_NAME = {s.name.casefold(): s.id for s in CATALOGUE}
_NAME_BY_SCHEME = {s.id: s.name for s in CATALOGUE}


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


def _is_id(value: object) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool)


class _Extension:
    """argmap's own ``"argmap"`` key, checked: a wrong type is an error, never guessed."""

    def __init__(self, document: dict[str, Any], source: str):
        self.source = source
        extra = document.get("argmap")
        self.extra: dict[str, Any] = extra if isinstance(extra, dict) else {}
        self.claims = self.table("claims")
        self.relations = self.table("relations")
        self.arguments = self.table("arguments")
        self.speakers = self.table("speakers")

    def fail(self, where: str, expected: str) -> ParseError:
        return ParseError(self.source, None, f"the 'argmap' key's {where} must be {expected}")

    def table(self, key: str) -> dict[str, Any]:
        value = self.extra.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(repr(key), "an object")
        return value

    def entry(self, table: dict[str, Any], node_id: str, where: str) -> dict[str, Any]:
        value = table.get(node_id, {})
        if not isinstance(value, dict):
            raise self.fail(f"{where} for node {excerpt(node_id)}", "an object")
        return value

    def text(self, mapping: dict[str, Any], key: str, where: str) -> str | None:
        value = mapping.get(key)
        if value is not None and not isinstance(value, str):
            raise self.fail(f"{where} {key!r}", "a string")
        return value

    def texts(self, mapping: dict[str, Any], key: str, where: str) -> list[str]:
        value = mapping.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(f"{where} {key!r}", "a list of strings")
        return value

    def actors(self) -> list[Actor] | None:
        listed = self.extra.get("actors")
        if listed is None:
            return None
        if not isinstance(listed, list) or not all(isinstance(a, dict) for a in listed):
            raise self.fail("'actors'", "a list of objects")
        return [
            Actor(
                str(self.text(a, "id", "actor") or ""),
                str(self.text(a, "name", "actor") or ""),
                kind=self.text(a, "kind", "actor") or "group",
                affiliation=self.text(a, "affiliation", "actor"),
                note=self.text(a, "note", "actor"),
                accepts=self.texts(a, "accepts", "actor"),
            )
            for a in listed
        ]


def parse_aif(
    text: str, source: str = "<string>", question: str | None = None, *, strict: bool = False
) -> AIFImport:
    """A debate from AIF JSON text, and notes on everything the reader left out.

    Duplicate keys in a JSON object and lone surrogates (``"\\ud800"``) are refused with the
    line; an edge without a ``fromID`` or ``toID`` (or with a null one), a CA-node that
    undercuts an undercut, and an I- or L-node whose text is a number are reported in
    ``notes`` with their ids.
    """
    document, _ = load_json(text, source)  # the same strict JSON as map files
    document, notes = _aif_part(document, source)
    try:
        result = _read(document, source, question, notes, strict)
    except DebateError as exc:
        raise ParseError(source, None, str(exc)) from None
    if strict and result.notes:
        raise ParseError(source, None, f"{result.notes[0]} (refused: strict reading)")
    return result


def _aif_part(document: Any, source: str) -> tuple[dict[str, Any], list[str]]:
    """The AIF graph of a document: the document itself (AIFdb, OVA) or its ``"AIF"`` object
    (xAIF, as OVA3 and arg-tech's tools write it), with a note naming the parts of an xAIF
    document left out. SADFace and anything else without ``nodes`` and ``edges`` is refused."""
    notes: list[str] = []
    if isinstance(document, dict) and isinstance(document.get("AIF"), dict):
        others = sorted(k for k in document if k != "AIF")
        if others:
            notes.append(
                "xAIF parts left out (the layout and the analysed text, not the argument): "
                + ", ".join(repr(k) for k in others)
            )
        document = document["AIF"]
    if isinstance(document, dict) and _is_sadface(document):
        raise ParseError(
            source, None,
            "this is SADFace (nodes with 'id', edges with 'source_id'/'target_id'), not AIF; "
            "argmap does not read SADFace: convert it to AIF first (e.g. with arguebuf)",
        )  # fmt: skip
    if (
        not isinstance(document, dict)
        or not isinstance(document.get("nodes"), list)
        or not isinstance(document.get("edges"), list)
    ):
        raise ParseError(
            source, None, "expected an AIF document: an object with 'nodes' and 'edges' lists"
        )
    return document, notes


def _is_sadface(document: dict[str, Any]) -> bool:
    metadata = document.get("metadata")
    if isinstance(metadata, dict) and ("sadface" in metadata or "core" in metadata):
        return True
    edges = document.get("edges")
    return (
        isinstance(edges, list)
        and bool(edges)
        and isinstance(edges[0], dict)
        and "source_id" in edges[0]
        and "fromID" not in edges[0]
    )


def _read(
    document: dict[str, Any],
    source: str,
    question: str | None,
    notes: list[str] | None = None,
    strict: bool = False,
) -> AIFImport:
    notes = [] if notes is None else notes

    def skip(message: str) -> None:
        """Leave out a part of a real corpus that cannot be read, said; strict refuses."""
        if strict:
            raise ParseError(source, None, f"{message} (refused: strict reading)")
        notes.append(message)

    nodes: dict[str, dict[str, Any]] = {}
    text_of: dict[str, str] = {}
    for position, node in enumerate(document["nodes"]):
        if not isinstance(node, dict) or not _is_id(node.get("nodeID")):
            raise ParseError(
                source, None, f"node #{position + 1} has no nodeID (a string or an integer)"
            )
        node_id = str(node["nodeID"])
        kind = node.get("type")
        if kind not in _KNOWN_TYPES:
            raise ParseError(
                source,
                None,
                f"node {excerpt(node_id)} has unknown type {excerpt(str(kind))}; "
                f"AIF types are {', '.join(sorted(_KNOWN_TYPES))}",
            )
        if node_id in nodes:
            if node != nodes[node_id]:  # the same node twice (corpora repeat them) merges
                skip(f"node id {excerpt(node_id)} is used twice for different nodes; the "
                     "first is kept")  # fmt: skip
            continue
        nodes[node_id] = node
        if kind in ("I", "L"):
            value = node.get("text")
            if isinstance(value, int | float) and not isinstance(value, bool):
                text_of[node_id] = str(value)
                notes.append(
                    f"{kind}-node {excerpt(node_id)} has the number {value} as its text, "
                    f"read as the text {str(value)!r}"
                )
            elif isinstance(value, str) and value.strip():
                text_of[node_id] = value
            else:
                what = (
                    "no text"
                    if value is None or isinstance(value, str)
                    else "a text that is not a string"
                )
                raise ParseError(source, None, f"{kind}-node {excerpt(node_id)} has {what}")

    incoming: dict[str, list[str]] = {n: [] for n in nodes}
    outgoing: dict[str, list[str]] = {n: [] for n in nodes}
    for position, edge in enumerate(document["edges"]):
        if not isinstance(edge, dict):
            raise ParseError(source, None, f"edge #{position + 1} is not an object")
        edge_id = edge.get("edgeID")
        name = excerpt(str(edge_id)) if _is_id(edge_id) else f"#{position + 1}"
        ends = []
        for end_name in ("fromID", "toID"):
            value = edge.get(end_name)
            if value is None:
                ends.append(None)
                notes.append(
                    f"edge {name} left out: it has no {end_name}"
                    if end_name not in edge
                    else f"edge {name} left out: its {end_name} is null"
                )
                continue
            if not _is_id(value) or str(value) not in nodes:
                skip(f"edge {name} left out: it is dangling, its {end_name} "
                     f"{excerpt(str(value))} is no node")  # fmt: skip
                ends.append(None)
                continue
            ends.append(str(value))
        start, end = ends
        if start is None or end is None or end in outgoing[start]:
            continue  # left out, or the same edge again
        outgoing[start].append(end)
        incoming[end].append(start)

    def kind_of(node_id: str) -> str:
        return nodes[node_id]["type"]

    extension = _Extension(document, source)
    claim_of: dict[str, str] = {}
    for node_id in nodes:
        if kind_of(node_id) == "I":
            about = extension.entry(extension.claims, node_id, "claim")
            claim_id = extension.text(about, "id", "claim") or _claim_id(node_id)
            if claim_id in claim_of.values():
                raise ParseError(
                    source,
                    None,
                    f"node ids {excerpt(node_id)} and another both become the claim id "
                    f"{excerpt(claim_id)}",
                )
            claim_of[node_id] = claim_id

    relations: list[Relation] = []
    arguments: list[Argument] = []
    relation_ids: set[str] = set()
    stands_for: dict[str, list[str]] = {}  # RA/CA node -> relation ids
    pending_undercuts: list[tuple[str, str, str]] = []  # premise, CA node, target node
    for node_id in nodes:
        kind = kind_of(node_id)
        if kind not in ("RA", "CA"):
            continue
        sources = list(dict.fromkeys(n for n in incoming[node_id] if kind_of(n) == "I"))
        targets = outgoing[node_id]
        if not sources or len(targets) != 1:
            skip(f"{kind}-node {excerpt(node_id)} left out: it needs at least one I-node "
                 "pointing to it and exactly one node it points to; it has "
                 f"{len(sources)} and {len(targets)}")  # fmt: skip
            continue
        target = targets[0]
        if kind == "RA" and kind_of(target) == "I":
            argument = _argument(extension, nodes[node_id], sources, source)
            if argument is not None or len(sources) > 1:
                about = argument or {}
                argument_id = about.get("id") or _fresh_id(
                    f"A{_claim_id(node_id)[1:]}", set(claim_of.values()) | relation_ids
                )
                arguments.append(
                    Argument(
                        argument_id,
                        [claim_of[p] for p in sources],
                        claim_of[target],
                        scheme=about.get("scheme"),
                        text=about.get("text"),
                    )
                )
                relation_ids.add(argument_id)
                stands_for[node_id] = [argument_id]
                continue
        if kind_of(target) == "I":
            relation_kind = RelationKind.SUPPORT if kind == "RA" else RelationKind.ATTACK
            ids = []
            for premise in sources:
                relation = _relation(
                    extension,
                    node_id,
                    len(sources),
                    relation_kind,
                    claim_of[premise],
                    claim_of[target],
                )
                if relation.id not in relation_ids:
                    relation_ids.add(relation.id)
                    relations.append(relation)
                ids.append(relation.id)
            stands_for[node_id] = ids
        elif kind == "CA" and kind_of(target) in ("RA", "CA"):
            pending_undercuts.extend((premise, node_id, target) for premise in sources)
        else:
            skip(f"{kind}-node {excerpt(node_id)} left out: it points to a "
                 f"{kind_of(target)}-node, which argmap's model has no place for")  # fmt: skip
    undercut_of_undercut: set[str] = set()
    premises_of = Counter(conflict for _, conflict, _ in pending_undercuts)
    for premise, conflict, target in pending_undercuts:
        if target not in stands_for:
            if conflict not in undercut_of_undercut:
                undercut_of_undercut.add(conflict)
                notes.append(
                    f"CA-node {excerpt(conflict)} left out: it undercuts CA-node "
                    f"{excerpt(target)}, itself an undercut, and argmap's debate model has no "
                    "undercut of an undercut"
                )
            continue
        count = len(stands_for[target]) * premises_of[conflict]
        for relation_id in stands_for[target]:
            relations.append(
                _relation(
                    extension,
                    conflict,
                    count,
                    RelationKind.UNDERCUT,
                    claim_of[premise],
                    relation_id,
                )
            )

    actors: dict[str, Actor] = {}
    listed = extension.actors()
    if listed is not None:
        actors = {actor.id: actor for actor in listed}
    actor_of: dict[str, str] = {}
    holders: dict[str, list[str]] = {}
    for node_id in nodes:
        if kind_of(node_id) != "YA":
            continue
        said = [n for n in outgoing[node_id] if kind_of(n) == "I"]
        for locution in (n for n in incoming[node_id] if kind_of(n) == "L"):
            actor_id = extension.text(extension.speakers, locution, "speaker of an L-node")
            if actor_id is None:
                name = _speaker(text_of[locution])
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
                held = holders.setdefault(claim_of[claim_node], [])
                if actor_id not in held:
                    held.append(actor_id)

    claims = []
    for node_id, claim_id in claim_of.items():
        about = extension.entry(extension.claims, node_id, "claim")
        score = about.get("base_score")
        if score is not None and (isinstance(score, bool) or not isinstance(score, int | float)):
            raise extension.fail("claim 'base_score'", "a number")
        claims.append(
            Claim(
                claim_id,
                text_of[node_id],
                stance=extension.text(about, "stance", "claim") or "neutral",
                kind=extension.text(about, "kind", "claim") or "reason",
                actors=holders.get(claim_id, []),
                tags=extension.texts(about, "tags", "claim"),
                note=extension.text(about, "note", "claim"),
                base_score=score,
                reconstructed=about.get("reconstructed") is True,
            )
        )

    for kind, meaning in (("MA", "rephrase"), ("PA", "preference"), ("TA", "transition")):
        count = sum(1 for n in nodes if kind_of(n) == kind)
        if count:
            plural = "s" if count != 1 else ""
            notes.append(
                f"{count} {kind}-node{plural} ({meaning}) left out: argmap's debate model "
                f"has no {meaning} relation"
            )
    extra = extension.extra
    debate = Debate(
        question
        or extension.text(extra, "question", "debate")
        or "(imported from AIF; no question given)",
        title=extension.text(extra, "title", "debate"),
        date=extension.text(extra, "date", "debate"),
        authors=extension.texts(extra, "authors", "debate"),
        description=extension.text(extra, "description", "debate"),
        claims=claims,
        arguments=arguments,
        relations=relations,
        actors=list(actors.values()),
    )
    return AIFImport(debate, tuple(notes))


def _fresh_id(wanted: str, taken: set[str]) -> str:
    candidate, number = wanted, 1
    while candidate in taken:
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate


def _argument(
    extension: _Extension, node: dict[str, Any], premises: list[str], source: str
) -> dict[str, str | None] | None:
    """What argmap knows of the argument an RA-node stands for: its id, scheme and text
    from argmap's own key, else the node's ``"scheme"`` (a catalogue name read as its id);
    ``None`` for an RA-node that is a plain support (one premise, no scheme)."""
    node_id = str(node["nodeID"])
    if node_id in extension.arguments:
        about = extension.entry(extension.arguments, node_id, "argument")
        return {key: extension.text(about, key, "argument") for key in ("id", "scheme", "text")}
    named = node.get("scheme")
    if named is None and isinstance(node.get("text"), str) and node["text"] not in _KNOWN_TYPES:
        named = node["text"]  # AIFdb and OVA name an RA-node's scheme in its text
    if named is not None and not isinstance(named, str):
        raise ParseError(source, None, f"RA-node {excerpt(node_id)} has a scheme that is no text")
    if named is None or not named.strip() or named.strip() == DEFAULT_INFERENCE:
        return None
    named = named.strip()
    return {"id": None, "scheme": _SCHEME_BY_NAME.get(named.casefold(), named), "text": None}


def _relation(
    extension: _Extension,
    node_id: str,
    count: int,
    kind: RelationKind,
    source: str,
    target: str,
) -> Relation:
    """The relation an S-node stands for; argmap's own id and rationale for it apply only
    when the node stands for exactly one relation (as argmap writes it)."""
    about = extension.entry(extension.relations, node_id, "relation") if count == 1 else {}
    own_id = extension.text(about, "id", "relation")
    return Relation(
        kind,
        source,
        target,
        id=default_relation_id(kind, source, target) if own_id is None else own_id,
        rationale=extension.text(about, "rationale", "relation"),
        question=extension.text(about, "question", "relation"),
    )


def read_aif(path: str | os.PathLike[str], *, strict: bool = False) -> AIFImport:
    """Read an AIF JSON file (``.aif.json`` or ``.aif``, AIFdb's ``nodesetNNNN.json``, OVA's
    xAIF), or a folder of them, an AIFdb corpus: its ``.json`` files' nodes and edges, in
    file-name order, as one debate (AIFdb's node ids are unique across a corpus; a node
    repeated byte for byte is one node)."""
    if not os.path.isdir(path):
        return parse_aif(read_text(path), os.fspath(path), strict=strict)
    folder = os.fspath(path)
    names = sorted(n for n in os.listdir(folder) if n.lower().endswith(".json"))
    if not names:
        raise ParseError(folder, None, "the folder holds no .json files (an AIFdb corpus)")
    nodes: list[Any] = []
    edges: list[Any] = []
    notes: list[str] = []
    for name in names:
        file = os.path.join(folder, name)
        document, _ = load_json(read_text(file), file)
        part, left_out = _aif_part(document, file)
        nodes.extend(part["nodes"])
        edges.extend(part["edges"])
        notes.extend(f"{name}: {note}" for note in left_out)
    try:
        result = _read({"nodes": nodes, "edges": edges}, folder, None, notes, strict)
    except DebateError as exc:
        raise ParseError(folder, None, str(exc)) from None
    if strict and result.notes:
        raise ParseError(folder, None, f"{result.notes[0]} (refused: strict reading)")
    return result


_CARRIED = frozenset(
    {"description", "actors", "actor details", "actor accepts", "claim actors", "claim notes",
     "base scores", "reconstructed", "relation ids", "rationales", "arguments",
     "argument texts", "questions", "argument undercuts"}
)  # fmt: skip
"""The parts of a debate (names from ``argmap.formats._omissions.PARTS``) that AIF carries,
besides the question, title, date, authors, claims and relations."""


def aif_omissions(debate: Debate) -> tuple[str, ...]:
    """What writing ``debate`` as AIF leaves out, one line per part (empty: nothing).

    >>> from argmap.debate import Debate
    >>> aif_omissions(Debate.load("maps/smoking-ban.argmap.toml"))
    ('expected verdicts: 2',)
    """
    return omissions(debate, _CARRIED)


def format_aif(debate: Debate) -> str:
    """The debate as AIF JSON: claims as I-nodes, each support as an RA-node, each argument as
    one RA-node with an edge from each premise and one to the conclusion (its scheme's name
    as the node's text and ``"scheme"``, as AIFdb and OVA write them), each attack as a
    CA-node, each undercut as a CA-node aimed at the RA- or CA-node of its relation or
    argument, and each actor's claims as L- and YA-nodes ("Name: text"). Node ids are
    numbers in order.

    Texts are written exactly (JSON escapes what it must); argmap's own parts go under the
    ``"argmap"`` key; :func:`aif_omissions` says what is left out. (A lone surrogate, which
    no UTF-8 file can hold, never gets this far: a Debate refuses it.)
    """
    nodes: list[dict[str, str]] = []
    edges: list[dict[str, str]] = []

    def node(text: str, kind: str, scheme: str | None = None) -> str:
        node_id = str(len(nodes) + 1)
        nodes.append({"nodeID": node_id, "text": text, "type": kind})
        if scheme is not None:
            nodes[-1]["scheme"] = scheme
        return node_id

    def edge(start: str, end: str) -> None:
        edges.append({"edgeID": str(len(edges) + 1), "fromID": start, "toID": end})

    i_node = {claim.id: node(claim.text, "I") for claim in debate.claims}
    s_node: dict[str, str] = {}
    relations: dict[str, dict[str, str]] = {}
    for relation in debate.relations:
        if relation.kind is RelationKind.UNDERCUT:
            continue
        if relation.kind is RelationKind.SUPPORT:
            s_node[relation.id] = node("Default Inference", "RA")
        else:
            s_node[relation.id] = node("Default Conflict", "CA")
        edge(i_node[relation.source], s_node[relation.id])
        edge(s_node[relation.id], i_node[relation.target])
        relations[s_node[relation.id]] = _relation_extension(relation)
    arguments: dict[str, dict[str, str]] = {}
    for argument in debate.arguments:
        name = (
            _NAME_BY_SCHEME.get(argument.scheme, argument.scheme)
            if argument.scheme is not None
            else DEFAULT_INFERENCE
        )
        s_node[argument.id] = node(name, "RA", name)
        for premise in argument.premises:
            edge(i_node[premise], s_node[argument.id])
        edge(s_node[argument.id], i_node[argument.conclusion])
        arguments[s_node[argument.id]] = _argument_extension(argument)
    for undercut in debate.undercuts:
        conflict = node("Default Conflict", "CA")
        edge(i_node[undercut.source], conflict)
        edge(conflict, s_node[undercut.target])
        relations[conflict] = _relation_extension(undercut)
    speakers: dict[str, str] = {}
    for claim in debate.claims:
        for actor_id in claim.actors:
            locution = node(f"{debate.actor(actor_id).name}: {claim.text}", "L")
            speakers[locution] = actor_id
            asserting = node("Asserting", "YA")
            edge(locution, asserting)
            edge(asserting, i_node[claim.id])
    extra = {
        "question": debate.question,
        "title": debate.title,
        "date": debate.date,
        "authors": list(debate.authors),
        "description": debate.description,
        "claims": {i_node[c.id]: _claim_extension(c) for c in debate.claims},
        "relations": relations,
        "arguments": arguments,
        "actors": [_actor_extension(a) for a in debate.actors],
        "speakers": speakers,
    }
    document = {"nodes": nodes, "edges": edges, "locutions": [], "argmap": extra}
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    return text


def _claim_extension(claim: Claim) -> dict[str, Any]:
    out: dict[str, Any] = {"id": claim.id, "stance": claim.stance.value, "kind": claim.kind.value}
    if claim.tags:
        out["tags"] = list(claim.tags)
    if claim.note is not None:
        out["note"] = claim.note
    if claim.base_score is not None:
        out["base_score"] = claim.base_score
    if claim.reconstructed:
        out["reconstructed"] = True
    return out


def _actor_extension(actor: Actor) -> dict[str, Any]:
    out: dict[str, Any] = {"id": actor.id, "name": actor.name, "kind": actor.kind.value}
    if actor.affiliation is not None:
        out["affiliation"] = actor.affiliation
    if actor.note is not None:
        out["note"] = actor.note
    if actor.accepts:
        out["accepts"] = list(actor.accepts)
    return out


def _relation_extension(relation: Relation) -> dict[str, str]:
    out = {"id": relation.id}
    if relation.rationale is not None:
        out["rationale"] = relation.rationale
    if relation.question is not None:
        out["question"] = relation.question
    return out


def _argument_extension(argument: Argument) -> dict[str, str]:
    out = {"id": argument.id}
    if argument.scheme is not None:
        out["scheme"] = argument.scheme
    if argument.text is not None:
        out["text"] = argument.text
    return out


def write_aif(debate: Debate, path: str | os.PathLike[str]) -> None:
    """Write the debate as AIF JSON, atomically."""
    atomic_write_text(path, format_aif(debate))
