"""Map files: a debate as TOML (``*.argmap.toml``) or JSON (``*.argmap.json``).

Both hold the same document, defined once in :mod:`argmap.formats.map_document` (from which
the checks of :mod:`argmap.formats.map_validation`, the field order written here and the JSON
Schema ``argmap/schema/map.schema.json`` follow; ``docs/map-format.md`` describes every
field). Reading reports *every* mistake at once, each with the file, the line of its table
or entry, the claim or relation at fault, the field and how to fix it; nothing is
half-built. Writing gives a canonical file: the same debate always
gives the same bytes, and reading it back gives an equal debate.

>>> from argmap.debate import DebateBuilder
>>> b = DebateBuilder("Ban it?", title="A tiny map")
>>> _ = b.claim("ban", "Ban it.", stance="pro", kind="thesis")
>>> _ = b.claim("cost", "It costs jobs.", stance="con")
>>> _ = b.attacks("cost", "ban")
>>> text = format_map(b.build())
>>> print(text)
# argmap map file: see docs/map-format.md
argmap = 1
<BLANKLINE>
[debate]
question = "Ban it?"
title = "A tiny map"
<BLANKLINE>
[[claims]]
id = "ban"
text = "Ban it."
stance = "pro"
kind = "thesis"
<BLANKLINE>
[[claims]]
id = "cost"
text = "It costs jobs."
stance = "con"
kind = "reason"
<BLANKLINE>
[[attacks]]
from = "cost"
to = "ban"
<BLANKLINE>
>>> parse_map(text) == b.build()
True
"""

from __future__ import annotations

import enum
import json
import os
from typing import Any

from argmap.debate.classroom import ClassroomProfile
from argmap.debate.model import (
    Actor,
    Argument,
    Audience,
    Citation,
    Claim,
    Debate,
    ExpectedVerdicts,
    Relation,
    Source,
    Value,
    default_relation_id,
)
from argmap.debate.schemes import CriticalQuestion, PremiseRole, Scheme
from argmap.errors import DebateError, MapError, ParseError, Problem
from argmap.formats._files import atomic_write_text, read_text
from argmap.formats.map_document import (
    CITATION,
    CRITICAL_QUESTION,
    DOCUMENT_TABLES,
    MAP_VERSION,
    PREMISE_ROLE,
    FieldKind,
    Table,
)
from argmap.formats.map_text import Lines, load_json, load_toml
from argmap.formats.map_validation import (
    Place,
    document_problems,
    entries,
    locate,
    read_value,
    relocate,
)
from argmap.formats.toml_writer import INVISIBLE_CHARACTERS, format_toml
from argmap.semantics.names import Semantics

__all__ = [
    "MAP_FORMATS",
    "MAP_VERSION",
    "debate_from_document",
    "debate_to_document",
    "format_map",
    "guess_map_format",
    "parse_map",
    "read_map",
    "write_map",
]

MAP_FORMATS = ("toml", "json")

# The model class each array of tables fills (the relation tables fill Relation).
_MODELS: dict[str, Any] = {
    "sources": Source,
    "values": Value,
    "actors": Actor,
    "audiences": Audience,
    "claims": Claim,
    "arguments": Argument,
    "schemes": Scheme,
    "verdicts": ExpectedVerdicts,
}

# The model class each entry of a list of inline tables (FieldKind.TABLES) fills.
_ENTRY_MODELS: dict[Table, Any] = {
    PREMISE_ROLE: PremiseRole,
    CRITICAL_QUESTION: CriticalQuestion,
}


def guess_map_format(path: str | os.PathLike[str]) -> str:
    """``"toml"`` or ``"json"`` from a file name (``x.argmap.toml``, ``x.json``...)."""
    name = os.fspath(path).lower()
    if name.endswith(".toml"):
        return "toml"
    if name.endswith(".json"):
        return "json"
    raise ParseError(
        os.fspath(path), None, "cannot tell the map format; name it *.argmap.toml or *.argmap.json"
    )


# -- reading ----------------------------------------------------------------------------------


def read_map(path: str | os.PathLike[str], format: str | None = None) -> Debate:
    """Read a map file; the format comes from the extension unless given."""
    fmt = format or guess_map_format(path)
    return parse_map(read_text(path), fmt, source=os.fspath(path))


def parse_map(text: str, format: str = "toml", source: str = "<string>") -> Debate:
    """A debate from the text of a map file; raises :class:`~argmap.errors.MapError`
    (or :class:`~argmap.errors.ParseError` when the text is not TOML or JSON)."""
    if format == "toml":
        document, lines = load_toml(text, source)
    elif format == "json":
        document, lines = load_json(text, source)
    else:
        raise ParseError(source, None, f"unknown map format {format!r}; use one of {MAP_FORMATS}")
    return debate_from_document(document, source, lines)


def _record_fields(
    spec: Table, record: Any, place: Place, faulted: set[tuple[Any, str | None]]
) -> dict[str, Any]:
    """The model's keyword arguments for one entry: each field that passed the checks; a
    required string that did not is given as "" (the debate then reports nothing new about
    it, since the fault is already reported)."""
    if not isinstance(record, dict):
        record = {}
    fields: dict[str, Any] = {}
    for field in spec.fields:
        value = record.get(field.name)
        if value is None or (place, field.name) in faulted:
            if field.required and field.kind is FieldKind.TABLES:
                fields[field.model_attribute] = ()
            elif field.required and field.kind is not FieldKind.CHOICE:
                fields[field.model_attribute] = ""
            continue
        if field.kind is FieldKind.CITATIONS:
            fields[field.model_attribute] = tuple(
                Citation(**_record_fields(CITATION, item, place, set())) for item in value
            )
        elif field.kind is FieldKind.TABLES:
            entries_table = field.entries
            assert entries_table is not None, field.name
            fields[field.model_attribute] = tuple(
                _ENTRY_MODELS[entries_table](**_record_fields(entries_table, item, place, set()))
                for item in value
            )
        else:
            fields[field.model_attribute] = read_value(field, value)
    return fields


def debate_from_document(
    document: Any, source: str = "<document>", lines: Lines | None = None
) -> Debate:
    """A debate from a parsed map document (the dict a TOML or JSON file holds).

    ``lines`` gives the line of each table and entry (as :mod:`argmap.formats.map_text`
    finds them), so that every problem names its line.
    """
    shape = document_problems(document)
    if not isinstance(document, dict):
        raise MapError(source, shape)
    faulted = {(p.item, p.field) for p in shape}
    header: dict[str, Any] = {}
    profile: dict[str, Any] | None = None
    parts: dict[str, list[Any]] = {
        "sources": [],
        "values": [],
        "actors": [],
        "audiences": [],
        "claims": [],
        "arguments": [],
        "relations": [],
        "schemes": [],
    }
    parts["verdicts"] = []
    places: dict[str, list[Place]] = {name: [] for name in parts}
    places["classroom"] = [("classroom", 0)]
    for spec in DOCUMENT_TABLES:
        for index, record in enumerate(entries(document, spec)):
            place = (spec.name, index)
            fields = _record_fields(spec, record, place, faulted)
            if spec.name == "classroom":
                profile = fields
                continue
            if not spec.array:
                header = fields
                continue
            if spec.relation_kind is not None:
                collection, part = "relations", Relation(spec.relation_kind, **fields)
            elif spec.name == "verdicts" and "semantics" not in fields:
                continue  # reported: without a semantics there is nothing to check
            else:
                collection, part = spec.name, _MODELS[spec.name](**fields)
            parts[collection].append(part)
            places[collection].append(place)
    debate = None
    found: list[Problem] = []
    try:
        classroom = ClassroomProfile(**profile) if profile is not None else None
        debate = Debate(header.pop("question", ""), **header, **parts, classroom=classroom)
    except DebateError as exc:
        found = relocate(exc.problems, places)
    problems = locate(shape, found, lines or {})
    if problems or debate is None:
        raise MapError(source, problems)
    return debate


# -- writing ----------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, Semantics):
        return value.title  # maps spell semantics by name ("preferred"), not ICCMA code
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


def _row(spec: Table, part: Any) -> dict[str, Any]:
    """One entry of the document, fields in the definition's order; empty fields and
    defaults left out (except those always written), a relation's default id too."""
    row: dict[str, Any] = {}
    for field in spec.fields:
        value = getattr(part, field.model_attribute)
        if field.kind is FieldKind.CITATIONS:
            value = [_row(CITATION, citation) for citation in value]
        elif field.kind is FieldKind.RANKING:
            value = [tier[0] if len(tier) == 1 else list(tier) for tier in value]
        elif field.kind is FieldKind.TABLES:
            assert field.entries is not None, field.name
            value = [_row(field.entries, entry) for entry in value]
        else:
            value = _plain(value)
        if value is None or value == "" or (value == [] and not field.required):
            continue  # (a required list is written even empty: a scheme with no questions)
        if not field.always_written and field.default is not None and value == field.default:
            continue
        if (
            spec.relation_kind is not None
            and field.name == "id"
            and value == default_relation_id(spec.relation_kind, part.source, part.target)
        ):
            continue
        row[field.name] = value
    return row


def debate_to_document(debate: Debate) -> dict[str, Any]:
    """The map document of a debate: plain dicts, lists, strings, numbers and booleans,
    with empty and default-valued fields left out."""
    document: dict[str, Any] = {"argmap": MAP_VERSION}
    for spec in DOCUMENT_TABLES:
        if spec.name == "classroom":
            if debate.classroom is not None:
                document[spec.name] = _row(spec, debate.classroom)
            continue
        if not spec.array:
            document[spec.name] = _row(spec, debate)
            continue
        if spec.relation_kind is not None:
            members = debate.relations_of(spec.relation_kind)
        else:
            members = getattr(debate, spec.name)
        rows = [_row(spec, member) for member in members]
        if rows:
            document[spec.name] = rows
    return document


def format_map(debate: Debate, format: str = "toml") -> str:
    """The canonical text of a map file for ``debate``."""
    document = debate_to_document(debate)
    if format == "json":
        text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
        # json escapes C0 controls itself; the other invisible characters are escaped too,
        # as in TOML, so that a person reading the file sees them (they occur only inside
        # strings, where \uXXXX reads back as the same character).
        return INVISIBLE_CHARACTERS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if format != "toml":
        raise ParseError(
            "<output>", None, f"unknown map format {format!r}; use one of {MAP_FORMATS}"
        )
    return format_toml(document, comment="argmap map file: see docs/map-format.md")


def write_map(debate: Debate, path: str | os.PathLike[str], format: str | None = None) -> None:
    """Write ``debate`` as a map file, atomically; the format comes from the extension."""
    fmt = format or guess_map_format(path)
    atomic_write_text(path, format_map(debate, fmt))
