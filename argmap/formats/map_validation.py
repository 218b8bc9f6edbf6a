"""Checking a map document against its one definition; problems placed in the document.

:func:`document_problems` checks a parsed map document (the dict a TOML or JSON file holds)
field by field against :mod:`argmap.formats.map_document`: unknown keys, missing required
fields, wrong types, values outside the allowed ones, the version. Each problem's ``item``
is its place in the document, ``(table, index)`` (``("claims", 3)`` is the fourth
``[[claims]]`` entry) and its ``field`` the key, so the reader gives it the line of that
entry without guessing. :func:`relocate` does the same for the problems a
:class:`~argmap.debate.Debate` finds in itself (unknown ids, duplicates, undercuts of
nothing), which the model places in its own terms (``("relations", 5)``).

>>> problems = document_problems({"argmap": 1, "debate": {"question": "Q?"},
...                               "claims": [{"id": "a", "text": "A", "stance": "PRO"}]})
>>> [(p.item, p.field, p.message) for p in problems]
[(('claims', 0), 'stance', "unknown stance 'PRO'")]
>>> problems[0].hint
"values are case-sensitive: write 'pro' (one of: pro, con, neutral)"
"""

from __future__ import annotations

import datetime
import difflib
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from argmap.debate.model import default_relation_id
from argmap.errors import Problem
from argmap.formats.map_document import (
    CITATION,
    DOCUMENT_TABLES,
    MAP_VERSION,
    TOP_KEYS,
    VERSION_FIELD,
    Field,
    FieldKind,
    Table,
    table,
)

__all__ = [
    "Place",
    "check_value",
    "describe",
    "document_problems",
    "entries",
    "locate",
    "read_value",
    "record_where",
    "relocate",
]

#: A place in a map document: a table and the index of its entry (0 for ``[debate]``).
Place = tuple[str, int]

_STRING_KINDS = (FieldKind.TEXT, FieldKind.STRING, FieldKind.ID)
_DATE_KINDS = (FieldKind.DATE, FieldKind.DATE_TEXT)
_LIST_KINDS = (
    FieldKind.STRINGS,
    FieldKind.IDS,
    FieldKind.CITATIONS,
    FieldKind.TABLES,
    FieldKind.RANKING,
)


def describe(value: Any) -> str:
    """What sort of value this is, for messages: ``a string``, ``a list``, ..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, datetime.datetime):
        return "a date and time"
    if isinstance(value, datetime.date):
        return "a date"
    if isinstance(value, datetime.time):
        return "a time"
    return type(value).__name__


def _short(value: Any, limit: int = 60) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**limit:
        return f"a number of {len(str(abs(value)))} digits"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 5] + "...'"


def _range(field: Field) -> str:
    return f"[{field.minimum:g}, {field.maximum:g}]"


def check_value(field: Field, value: Any) -> tuple[str, str] | None:
    """``(message, hint)`` when ``value`` is not what ``field`` holds, ``None`` when it is.

    >>> check_value(table("claims").field("base_score"), 1.5)
    ('1.5 is not in [0, 1]', 'use a number from 0 to 1')
    """
    kind = field.kind
    if kind is FieldKind.VERSION:
        if isinstance(value, int) and not isinstance(value, bool):
            if value == MAP_VERSION:
                return None
            return (
                f"version {_short(value)} is not supported",
                f"this argmap reads version {MAP_VERSION}",
            )
        found = describe(value) + ("" if value is None else f" {_short(value)}")
        return (
            f"expected the integer {MAP_VERSION}, found {found}",
            f"write argmap = {MAP_VERSION}",
        )
    if kind in _STRING_KINDS or kind in _DATE_KINDS:
        if isinstance(value, str) or (kind in _DATE_KINDS and _is_date(value)):
            return None
        return f"expected a string, found {describe(value)}", "put the value in quotes"
    if kind is FieldKind.CHOICE:
        choices = ", ".join(field.choices)
        if not isinstance(value, str):
            return f"expected a string, found {describe(value)}", f"use one of: {choices}"
        if value in field.choices:
            return None
        folded = [c for c in field.choices if c.casefold() == value.strip().casefold()]
        if folded:
            return (
                f"unknown {field.choice_noun} {_short(value)}",
                f"values are case-sensitive: write {folded[0]!r} (one of: {choices})",
            )
        return f"unknown {field.choice_noun} {_short(value)}", f"use one of: {choices}"
    if kind in (FieldKind.STRINGS, FieldKind.IDS):
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            unknown = [v for v in value if field.choices and v not in field.choices]
            if unknown:
                return (
                    f"unknown {field.choice_noun} {_short(unknown[0])}",
                    f"use some of: {', '.join(field.choices)}",
                )
            return None
        found = describe(value)
        if isinstance(value, list):
            found += " holding " + next(describe(v) for v in value if not isinstance(v, str))
        return f"expected a list of strings, found {found}", f'write {field.name} = ["...", "..."]'
    if kind is FieldKind.RANKING:
        hint = f'write {field.name} = ["first", ["second", "equal second"], "last"]'
        if not isinstance(value, list):
            return f"expected a list, found {describe(value)}", hint
        for n, entry in enumerate(value, start=1):
            if isinstance(entry, str):
                continue
            if isinstance(entry, list) and all(isinstance(v, str) for v in entry):
                continue
            return (
                f"entry {n}: expected a value id or a list of value ids, found {describe(entry)}",
                hint,
            )
        return None
    if kind is FieldKind.NUMBER:
        hint = f"use a number from {field.minimum:g} to {field.maximum:g}"
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"expected a number, found {describe(value)}", hint
        inside = (field.minimum is None or value >= field.minimum) and (
            field.maximum is None or value <= field.maximum
        )
        if (isinstance(value, float) and not math.isfinite(value)) or not inside:
            return f"{_short(value)} is not in {_range(field)}", hint
        return None
    if kind is FieldKind.BOOLEAN:
        if isinstance(value, bool):
            return None
        return f"expected true or false, found {describe(value)}", ""
    if kind is FieldKind.CITATIONS:
        hint = 'write sources = [{ source = "article", locator = "¶3" }]'
        if not isinstance(value, list):
            return f"expected a list of tables, found {describe(value)}", hint
        for n, item in enumerate(value, start=1):
            if not isinstance(item, dict):
                return f"each citation is a table, found {describe(item)}", hint
            problem = _citation_problem(item)
            if problem:
                return f"citation {n}: {problem[0]}", problem[1]
        return None
    if kind is FieldKind.TABLES:
        assert field.entries is not None, field.name
        return _tables_problem(field, field.entries, value)
    raise AssertionError(kind)  # pragma: no cover - every kind is handled above


def _tables_problem(field: Field, entries: Table, value: Any) -> tuple[str, str] | None:
    example = ", ".join(f'{f.name} = "..."' for f in entries.fields if f.required)
    hint = f"write {field.name} = [{{ {example} }}]"
    if not isinstance(value, list):
        return f"expected a list of tables, found {describe(value)}", hint
    least = int(field.minimum or 0)
    if len(value) < least:
        return f"expected at least {least} {entries.noun}", hint
    for n, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            return f"each {entries.noun} is a table, found {describe(item)}", hint
        for key in item:
            if key not in entries.field_names:
                return (
                    f"{entries.noun} {n}: unknown field {_short(key)}",
                    _known(key, entries.field_names),
                )
        for entry_field in entries.fields:
            if entry_field.name not in item:
                if entry_field.required:
                    return f"{entries.noun} {n}: {entry_field.name!r} is missing", hint
                continue
            problem = check_value(entry_field, item[entry_field.name])
            if problem:
                return f"{entries.noun} {n}: field {entry_field.name!r}: {problem[0]}", problem[1]
    return None


def _is_date(value: Any) -> bool:
    return isinstance(value, datetime.date)


def _citation_problem(item: dict[str, Any]) -> tuple[str, str] | None:
    for key in item:
        if key not in CITATION.field_names:
            return f"unknown field {_short(key)}", _known(key, CITATION.field_names)
    for field in CITATION.fields:
        if field.name in item:
            problem = check_value(field, item[field.name])
            if problem:
                return f"field {field.name!r}: {problem[0]}", problem[1]
    if not any(item.get(name) for name in CITATION.one_of):
        return "names no source", "give 'source', 'citation' or 'url'"
    return None


def read_value(field: Field, value: Any) -> Any:
    """The model's value for a field whose value passed :func:`check_value`: a TOML date
    as its ``YYYY-MM-DD`` text, a list as a tuple, an integer score as a float."""
    if field.kind in _DATE_KINDS and _is_date(value) and not isinstance(value, str):
        return value.isoformat()
    if field.kind in (FieldKind.STRINGS, FieldKind.IDS):
        return tuple(value)
    if field.kind is FieldKind.RANKING:
        return tuple(entry if isinstance(entry, str) else tuple(entry) for entry in value)
    if field.kind is FieldKind.NUMBER and isinstance(value, int):
        return float(value)
    return value


def _known(key: str, names: Sequence[str]) -> str:
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else f"known fields: {', '.join(names)}"


def record_where(spec: Table, record: Any) -> str:
    """How messages name an entry: ``claim 'C1'``, ``attack 'a attacks b'``, ``debate``."""
    if not isinstance(record, dict):
        return spec.noun
    if spec.relation_kind is not None:
        given = record.get("id")
        source, target = record.get("from"), record.get("to")
        if isinstance(given, str):
            return f"{spec.noun} {_short(given)}"
        if isinstance(source, str) and isinstance(target, str):
            return f"{spec.noun} {_short(default_relation_id(spec.relation_kind, source, target))}"
        return spec.noun
    if "id" in spec.field_names and isinstance(record.get("id"), str):
        return f"{spec.noun} {_short(record['id'])}"
    return spec.noun


def entries(document: Mapping[str, Any], spec: Table) -> list[Any]:
    """The entries of a table in a document that passed the table-level checks: the list of
    an array of tables, or the one table ``[debate]`` (none when absent or malformed)."""
    value = document.get(spec.name)
    if spec.array:
        return value if isinstance(value, list) else []
    return [value] if spec.name in document else []


def document_problems(document: Any) -> list[Problem]:
    """Every way ``document`` departs from the map definition, each placed at its
    ``(table, index)`` and field; empty when the document has the right shape.

    Cross-references (does this claim id exist?) are the debate's to check; see
    :func:`relocate`.
    """
    if not isinstance(document, dict):
        return [Problem("file", None, f"expected a table at the top, found {describe(document)}")]
    problems: list[Problem] = []
    for key in document:
        if key not in TOP_KEYS:
            problems.append(
                Problem("file", key, "unknown field", _known(key, TOP_KEYS), item=(key, 0))
            )
    version_place = (VERSION_FIELD.name, 0)
    if VERSION_FIELD.name not in document:
        problems.append(
            Problem(
                "file",
                VERSION_FIELD.name,
                "is missing",
                f"start the file with: argmap = {MAP_VERSION}",
                item=version_place,
            )
        )
    else:
        problem = check_value(VERSION_FIELD, document[VERSION_FIELD.name])
        if problem:
            problems.append(Problem("file", VERSION_FIELD.name, *problem, item=version_place))

    for spec in DOCUMENT_TABLES:
        value = document.get(spec.name)
        if spec.name not in document:
            if spec.required:
                problems.append(
                    Problem(
                        spec.name,
                        None,
                        f"the [{spec.name}] table is missing",
                        f'add [{spec.name}] with {spec.fields[0].name} = "..."',
                        item=(spec.name, 0),
                    )
                )
            continue
        if spec.array and not isinstance(value, list):
            problems.append(
                Problem(
                    spec.name,
                    None,
                    f"expected an array of tables [[{spec.name}]], found {describe(value)}",
                    item=(spec.name, 0),
                )
            )
            continue
        for index, record in enumerate(entries(document, spec)):
            problems.extend(_record_problems(spec, record, (spec.name, index)))
    return problems


def _record_problems(spec: Table, record: Any, place: Place) -> list[Problem]:
    where = record_where(spec, record)
    if not isinstance(record, dict):
        return [Problem(where, None, f"expected a table, found {describe(record)}", item=place)]
    problems = [
        Problem(where, key, "unknown field", _known(key, spec.field_names), item=place)
        for key in record
        if key not in spec.field_names
    ]
    for field in spec.fields:
        value = record.get(field.name)
        if field.name not in record:  # (JSON's null is a value, and not one a field takes)
            if field.required:
                example = "[...]" if field.kind in _LIST_KINDS else '"..."'
                problems.append(
                    Problem(
                        where, field.name, "is missing", f"add {field.name} = {example}", item=place
                    )
                )
            continue
        problem = check_value(field, value)
        if problem:
            problems.append(Problem(where, field.name, *problem, item=place))
    return problems


def relocate(problems: Iterable[Problem], places: Mapping[str, Sequence[Place]]) -> list[Problem]:
    """The problems a Debate found in itself, placed in the document it was read from.

    ``places`` maps each of the debate's collections (``claims``, ``relations``, ...) to the
    document place of each of its members, in order, as the reader built them; the
    debate's own fields are in ``[debate]``.
    """
    out = []
    for problem in problems:
        if problem.item is None:
            place: Place = ("debate", 0)
        else:
            collection, index = problem.item
            place = places[collection][index]
        out.append(Problem(problem.where, problem.field, problem.message, problem.hint, item=place))
    return out


def _position(problem: Problem) -> tuple[int, int, int]:
    if problem.item is None:
        return (-1, 0, -1)
    name, index = problem.item
    order = [t.name for t in DOCUMENT_TABLES]
    if name not in order:
        return (-1, index, -1)
    names = table(name).field_names
    field = names.index(problem.field) if problem.field in names else -1
    return (order.index(name), index, field)


def locate(
    shape: Iterable[Problem],
    debate: Iterable[Problem],
    lines: Mapping[Place, int],
) -> list[Problem]:
    """The problems of a map file, each with its line, in the order of the file.

    ``shape`` are :func:`document_problems`, ``debate`` the relocated problems of the
    debate; a debate problem on a field (or an entry) the shape check already faulted is a
    consequence of that fault and is left out.
    """
    shape = list(shape)
    faulted = {(p.item, p.field) for p in shape}
    found = shape + [
        p for p in debate if (p.item, p.field) not in faulted and (p.item, None) not in faulted
    ]
    located = []
    seen: set[tuple[Any, ...]] = set()
    for p in found:
        line = lines.get(p.item) if p.item else None
        if p.item == (VERSION_FIELD.name, 0) and line is None:
            line = 1
        key = (line, p.where, p.field, p.message, p.hint)
        if key not in seen:
            seen.add(key)
            located.append(Problem(p.where, p.field, p.message, p.hint, line, p.item))
    return sorted(located, key=lambda p: (p.line is None, p.line or 0, *_position(p)))
