"""The JSON Schema of a map document, generated from :mod:`argmap.formats.map_document`.

``argmap/schema/map.schema.json`` is this function's output, written by
``python -m argmap.formats.map_schema`` (the tests check the committed file is current).
Cross-references (an actor or source id named by a claim, the claims a relation joins,
the relation an undercut targets) are beyond a schema; argmap checks them on loading.

>>> schema = map_json_schema()
>>> schema["properties"]["claims"]["items"]["properties"]["stance"]["enum"]
['pro', 'con', 'neutral']
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from argmap.debate.model import ID_PATTERN
from argmap.formats._files import atomic_write_text
from argmap.formats.map_document import (
    CITATION,
    DOCUMENT_TABLES,
    MAP_VERSION,
    VERSION_FIELD,
    Field,
    FieldKind,
    Table,
)

__all__ = ["SCHEMA_PATH", "format_map_json_schema", "map_json_schema"]

#: Where the package keeps the generated schema.
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schema" / "map.schema.json"


def _field_schema(field: Field) -> dict[str, Any]:
    kind = field.kind
    schema: dict[str, Any]
    if kind is FieldKind.VERSION:
        # JSON Schema counts 1.0 as the integer 1; the reader is stricter and refuses 1.0.
        schema = {"type": "integer", "const": MAP_VERSION}
    elif kind is FieldKind.TEXT:
        schema = {"$ref": "#/$defs/text"}
    elif kind in (FieldKind.STRING, FieldKind.DATE_TEXT):
        schema = {"type": "string"}
    elif kind is FieldKind.ID:
        schema = {"$ref": "#/$defs/id"}
    elif kind is FieldKind.DATE:
        schema = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
    elif kind is FieldKind.CHOICE:
        schema = {"enum": list(field.choices)}
    elif kind is FieldKind.STRINGS:
        items: dict[str, Any] = {"type": "string"}
        if field.choices:
            items = {"enum": list(field.choices)}
        schema = {"type": "array", "items": items}
    elif kind is FieldKind.IDS:
        schema = {"type": "array", "items": {"$ref": "#/$defs/id"}}
    elif kind is FieldKind.RANKING:
        tier = {"type": "array", "items": {"$ref": "#/$defs/id"}, "minItems": 1}
        schema = {"type": "array", "items": {"anyOf": [{"$ref": "#/$defs/id"}, tier]}}
    elif kind is FieldKind.NUMBER:
        schema = {"type": "number"}
        if field.minimum is not None:
            schema["minimum"] = field.minimum
        if field.maximum is not None:
            schema["maximum"] = field.maximum
    elif kind is FieldKind.BOOLEAN:
        schema = {"type": "boolean"}
    elif kind is FieldKind.CITATIONS:
        schema = {"type": "array", "items": {"$ref": "#/$defs/citation"}}
    elif kind is FieldKind.TABLES:
        assert field.entries is not None, field.name
        schema = {"type": "array", "items": _record_schema(field.entries)}
        if field.minimum:
            schema["minItems"] = int(field.minimum)
    else:  # pragma: no cover - every kind is handled above
        raise AssertionError(kind)
    if field.default is not None:
        schema["default"] = field.default
    schema["description"] = field.description
    return schema


def _record_schema(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object"}
    required = [f.name for f in table.fields if f.required]
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    if table.one_of:
        schema["anyOf"] = [{"required": [name]} for name in table.one_of]
    schema["properties"] = {f.name: _field_schema(f) for f in table.fields}
    return schema


def _table_schema(table: Table) -> dict[str, Any]:
    record = _record_schema(table)
    if not table.array:
        return {"description": table.description, **record}
    return {"type": "array", "description": table.description, "items": record}


def map_json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a map document, from the one definition."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://argmap.invalid/schema/map-{MAP_VERSION}.schema.json",
        "title": f"argmap map file, version {MAP_VERSION}",
        "description": (
            "A debate: its question, sources, actors, claims, and the supports, attacks and "
            "undercuts between claims. TOML (*.argmap.toml) and JSON (*.argmap.json) map files "
            "hold this same document. Generated from argmap/formats/map_document.py; do not "
            "edit. Cross-references (an actor or source id named by a claim, the claims a "
            "relation joins, the relation an undercut targets) are checked by argmap when the "
            "file is loaded; see docs/map-format.md."
        ),
        "type": "object",
        "required": [VERSION_FIELD.name, *(t.name for t in DOCUMENT_TABLES if t.required)],
        "additionalProperties": False,
        "properties": {
            VERSION_FIELD.name: _field_schema(VERSION_FIELD),
            **{t.name: _table_schema(t) for t in DOCUMENT_TABLES},
        },
        "$defs": {
            "id": {"type": "string", "pattern": f"^{ID_PATTERN.pattern}$"},
            "text": {"type": "string", "pattern": "\\S"},
            "citation": {"description": CITATION.description, **_record_schema(CITATION)},
        },
    }


def format_map_json_schema() -> str:
    """The text of ``map.schema.json``: the schema as indented JSON with a final newline."""
    return json.dumps(map_json_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the schema to ``argmap/schema/map.schema.json`` (or the path given)."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else SCHEMA_PATH
    atomic_write_text(target, format_map_json_schema())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
