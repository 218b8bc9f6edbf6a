"""Map files: a debate as TOML (``*.argmap.toml``) or JSON (``*.argmap.json``).

Both hold the same document (``docs/map-format.md`` describes every field; the JSON Schema
is ``argmap/schema/map.schema.json``). Reading reports *every* mistake at once, each with
the file, the line of its table (TOML), the claim or relation at fault, the field and how
to fix it; nothing is half-built. Writing gives a canonical file: the same debate always
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

import datetime
import json
import math
import os
import re
import tomllib
from collections.abc import Callable
from typing import Any

from argmap.debate.model import (
    Actor,
    ActorKind,
    Citation,
    Claim,
    ClaimKind,
    Debate,
    Relation,
    RelationKind,
    Source,
    Stance,
    Verdicts,
    default_relation_id,
)
from argmap.errors import DebateError, MapError, ParseError, Problem
from argmap.formats._files import atomic_write_text, read_text

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

#: The ``argmap = N`` version this code reads and writes.
MAP_VERSION = 1
MAP_FORMATS = ("toml", "json")

_RELATION_TABLES = {
    "supports": RelationKind.SUPPORT,
    "attacks": RelationKind.ATTACK,
    "undercuts": RelationKind.UNDERCUT,
}
_TOP_KEYS = ("argmap", "debate", "sources", "actors", "claims", *_RELATION_TABLES, "verdicts")
_DEBATE_KEYS = ("question", "title", "date", "authors", "description")
_SOURCE_KEYS = ("id", "citation", "url", "date")
_ACTOR_KEYS = ("id", "name", "kind", "affiliation", "accepts", "note")
_CLAIM_KEYS = (
    "id",
    "text",
    "stance",
    "kind",
    "actors",
    "sources",
    "tags",
    "base_score",
    "note",
    "reconstructed",
)
_RELATION_KEYS = ("id", "from", "to", "rationale", "sources")
_CITATION_KEYS = ("source", "citation", "url", "locator")
_VERDICT_KEYS = ("semantics", "support", "accepted", "credulous", "rejected", "note")


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
    """A debate from the text of a map file; raises :class:`~argmap.errors.MapError`."""
    if format == "toml":
        try:
            document = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise _toml_error(source, exc) from None
        lines = _table_lines(text)
    elif format == "json":
        try:
            document = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ParseError(source, exc.lineno, f"not valid JSON: {exc.msg}") from None
        lines = {}
    else:
        raise ParseError(source, None, f"unknown map format {format!r}; use one of {MAP_FORMATS}")
    return debate_from_document(document, source, lines)


def _toml_error(source: str, exc: tomllib.TOMLDecodeError) -> ParseError:
    message = str(exc)
    match = re.search(r"\(at line (\d+), column (\d+)\)$", message)
    if match:
        detail = message[: match.start()].strip()
        return ParseError(
            source, int(match.group(1)), f"not valid TOML: {detail} (column {match.group(2)})"
        )
    return ParseError(source, None, f"not valid TOML: {message}")


def _table_lines(text: str) -> dict[tuple[str, int], int]:
    """The line of each ``[table]`` (index 0) and each ``[[array]]`` entry (index k)."""
    lines: dict[tuple[str, int], int] = {}
    counts: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        match = re.match(r"\s*\[\[\s*([A-Za-z_]+)\s*\]\]", line)
        if match:
            name = match.group(1)
            lines[(name, counts.get(name, 0))] = number
            counts[name] = counts.get(name, 0) + 1
            continue
        match = re.match(r"\s*\[\s*([A-Za-z_]+)\s*\]", line)
        if match:
            lines[(match.group(1), 0)] = number
    return lines


class _Reader:
    """Turns a parsed document into model objects, collecting every problem on the way."""

    def __init__(self, source: str, lines: dict[tuple[str, int], int]):
        self.source = source
        self.lines = lines
        self.problems: list[Problem] = []

    def problem(
        self, where: str, field: str | None, message: str, hint: str = "", line: int | None = None
    ) -> None:
        self.problems.append(Problem(where, field, message, hint, line))

    def table(self, value: Any, where: str, line: int | None) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.problem(where, None, f"expected a table, found {_type(value)}", "", line)
            return {}
        return value

    def known_keys(
        self, record: dict[str, Any], where: str, keys: tuple[str, ...], line: int | None
    ) -> None:
        for key in record:
            if key not in keys:
                close = _closest(key, keys)
                hint = f"did you mean {close!r}?" if close else f"known fields: {', '.join(keys)}"
                self.problem(where, key, "unknown field", hint, line)

    def string(
        self, record: dict[str, Any], key: str, where: str, line: int | None, required: bool = False
    ) -> str | None:
        value = record.get(key)
        if value is None:
            if required:
                self.problem(where, key, "is missing", f'add {key} = "..."', line)
            return None
        if isinstance(value, datetime.date) and key == "date":
            return value.isoformat()
        if not isinstance(value, str):
            self.problem(
                where,
                key,
                f"expected a string, found {_type(value)}",
                "put the value in quotes",
                line,
            )
            return None
        return value

    def strings(
        self, record: dict[str, Any], key: str, where: str, line: int | None
    ) -> tuple[str, ...]:
        value = record.get(key, [])
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        found = _type(value)
        if isinstance(value, list):
            found += " holding " + next(_type(v) for v in value if not isinstance(v, str))
        hint = f'write {key} = ["...", "..."]'
        self.problem(where, key, f"expected a list of strings, found {found}", hint, line)
        return ()

    def choice(
        self,
        record: dict[str, Any],
        key: str,
        kind: Any,
        default: Any,
        where: str,
        line: int | None,
    ) -> Any:
        value = record.get(key)
        if value is None:
            return default
        if not isinstance(value, str):
            self.problem(
                where,
                key,
                f"expected a string, found {_type(value)}",
                f"use one of: {kind.choices()}",
                line,
            )
            return default
        try:
            return kind.parse(value)
        except ValueError:
            self.problem(
                where,
                key,
                f"unknown {kind._noun()} {value!r}",
                f"use one of: {kind.choices()}",
                line,
            )
            return default

    def citations(
        self, record: dict[str, Any], where: str, line: int | None
    ) -> tuple[Citation, ...]:
        value = record.get("sources", [])
        if not isinstance(value, list):
            self.problem(
                where,
                "sources",
                f"expected a list of tables, found {_type(value)}",
                'write sources = [{ source = "article", locator = "¶3" }]',
                line,
            )
            return ()
        out = []
        for item in value:
            if not isinstance(item, dict):
                hint = 'write sources = [{ source = "article", locator = "¶3" }]'
                self.problem(
                    where, "sources", f"each citation is a table, found {_type(item)}", hint, line
                )
                continue
            entry = item
            self.known_keys(entry, f"{where} citation", _CITATION_KEYS, line)
            fields = {}
            for key in _CITATION_KEYS:
                fields[key] = self.string(entry, key, where, line)
            out.append(Citation(**fields))
        return tuple(out)

    def records(self, document: dict[str, Any], name: str) -> list[tuple[Any, str, int | None]]:
        value = document.get(name, [])
        if not isinstance(value, list):
            self.problem(
                name,
                None,
                f"expected an array of tables [[{name}]], found {_type(value)}",
                "",
                self.lines.get((name, 0)),
            )
            return []
        return [(item, name, self.lines.get((name, k))) for k, item in enumerate(value)]


def debate_from_document(
    document: Any, source: str = "<document>", lines: dict[tuple[str, int], int] | None = None
) -> Debate:
    """A debate from a parsed map document (the dict a TOML or JSON file holds)."""
    r = _Reader(source, lines or {})
    if not isinstance(document, dict):
        raise MapError(
            source, [Problem("file", None, f"expected a table at the top, found {_type(document)}")]
        )
    r.known_keys(document, "file", _TOP_KEYS, None)
    version = document.get("argmap")
    if version is None:
        r.problem("file", "argmap", "is missing", f"start the file with: argmap = {MAP_VERSION}", 1)
    elif version != MAP_VERSION or isinstance(version, bool):
        r.problem(
            "file",
            "argmap",
            f"version {version!r} is not supported",
            f"this argmap reads version {MAP_VERSION}",
            1,
        )

    debate_line = line = r.lines.get(("debate", 0))
    header = r.table(document.get("debate", {}), "debate", line)
    r.known_keys(header, "debate", _DEBATE_KEYS, line)
    if "debate" not in document:
        r.problem(
            "debate", None, "the [debate] table is missing", 'add [debate] with question = "..."'
        )
    question = r.string(header, "question", "debate", line, required="debate" in document) or ""

    sources = []
    for item, _, line in r.records(document, "sources"):
        record = r.table(item, "source", line)
        source_id = r.string(record, "id", "source", line, required=True) or ""
        where = f"source {source_id!r}"
        r.known_keys(record, where, _SOURCE_KEYS, line)
        citation = r.string(record, "citation", where, line, required=True) or ""
        sources.append(
            Source(
                source_id,
                citation,
                url=r.string(record, "url", where, line),
                date=r.string(record, "date", where, line),
            )
        )

    actors = []
    for item, _, line in r.records(document, "actors"):
        record = r.table(item, "actor", line)
        actor_id = r.string(record, "id", "actor", line, required=True) or ""
        where = f"actor {actor_id!r}"
        r.known_keys(record, where, _ACTOR_KEYS, line)
        actors.append(
            Actor(
                actor_id,
                r.string(record, "name", where, line, required=True) or "",
                kind=r.choice(record, "kind", ActorKind, ActorKind.GROUP, where, line),
                affiliation=r.string(record, "affiliation", where, line),
                note=r.string(record, "note", where, line),
                accepts=r.strings(record, "accepts", where, line),
            )
        )

    claims = []
    for item, _, line in r.records(document, "claims"):
        record = r.table(item, "claim", line)
        claim_id = r.string(record, "id", "claim", line, required=True) or ""
        where = f"claim {claim_id!r}"
        r.known_keys(record, where, _CLAIM_KEYS, line)
        fields: dict[str, Any] = {
            "text": r.string(record, "text", where, line, required=True) or "",
            "stance": r.choice(record, "stance", Stance, Stance.NEUTRAL, where, line),
            "kind": r.choice(record, "kind", ClaimKind, ClaimKind.REASON, where, line),
            "actors": r.strings(record, "actors", where, line),
            "sources": r.citations(record, where, line),
            "tags": r.strings(record, "tags", where, line),
        }
        score = record.get("base_score")
        if score is not None and (isinstance(score, bool) or not isinstance(score, int | float)):
            r.problem(
                where,
                "base_score",
                f"expected a number, found {_type(score)}",
                "use a number from 0 to 1",
                line,
            )
            score = None
        fields["base_score"] = float(score) if isinstance(score, int) else score
        fields["note"] = r.string(record, "note", where, line)
        reconstructed = record.get("reconstructed", False)
        if not isinstance(reconstructed, bool):
            r.problem(
                where,
                "reconstructed",
                f"expected true or false, found {_type(reconstructed)}",
                "",
                line,
            )
            reconstructed = False
        claims.append(Claim(claim_id, reconstructed=reconstructed, **fields))

    relations = []
    for table, kind in _RELATION_TABLES.items():
        for item, _, line in r.records(document, table):
            record = r.table(item, kind.value, line)
            source_claim = r.string(record, "from", kind.value, line, required=True) or ""
            target = r.string(record, "to", kind.value, line, required=True) or ""
            relation_id = r.string(record, "id", kind.value, line) or default_relation_id(
                kind, source_claim, target
            )
            where = f"{kind.value} {relation_id!r}"
            r.known_keys(record, where, _RELATION_KEYS, line)
            relations.append(
                Relation(
                    kind,
                    source_claim,
                    target,
                    id=relation_id,
                    rationale=r.string(record, "rationale", where, line),
                    sources=r.citations(record, where, line),
                )
            )

    verdicts = []
    for item, _, line in r.records(document, "verdicts"):
        record = r.table(item, "verdicts", line)
        r.known_keys(record, "verdicts", _VERDICT_KEYS, line)
        semantics = r.string(record, "semantics", "verdicts", line, required=True)
        support = r.string(record, "support", "verdicts", line) or "evidential"
        try:
            verdict = Verdicts(
                semantics or "grounded",
                support,
                accepted=r.strings(record, "accepted", "verdicts", line),
                credulous=r.strings(record, "credulous", "verdicts", line),
                rejected=r.strings(record, "rejected", "verdicts", line),
                note=r.string(record, "note", "verdicts", line),
            )
        except DebateError as exc:
            for p in exc.problems:
                r.problem("verdicts", p.field, p.message, p.hint, line)
            continue
        if semantics is not None:
            verdicts.append(verdict)

    try:
        debate = Debate(
            question,
            title=r.string(header, "title", "debate", debate_line),
            date=r.string(header, "date", "debate", debate_line),
            authors=r.strings(header, "authors", "debate", debate_line),
            description=r.string(header, "description", "debate", debate_line),
            sources=sources,
            actors=actors,
            claims=claims,
            relations=relations,
            verdicts=verdicts,
        )
    except DebateError as exc:
        structural = []
        for p in exc.problems:
            line = r.lines.get(p.item) if p.item else None
            said_already = _reported(r.problems, p) or (
                # an id the reader already found missing or malformed on this line
                p.field == "id" and any(q.field == "id" and q.line == line for q in r.problems)
            )
            if not said_already:
                structural.append(Problem(p.where, p.field, p.message, p.hint, line))
        r.problems.extend(structural)
        debate = None
    if r.problems:
        ordered = sorted(r.problems, key=lambda p: (p.line is None, p.line or 0))
        raise MapError(source, _unique(ordered))
    assert debate is not None
    return debate


def _reported(problems: list[Problem], problem: Problem) -> bool:
    # The reader has already said this, or said that the whole part is missing.
    return any(p.where == problem.where and p.field in (problem.field, None) for p in problems)


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[str] = set()
    out = []
    for p in problems:
        key = f"{p.line}:{p}"
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _type(value: Any) -> str:
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
    return type(value).__name__


def _closest(key: str, keys: tuple[str, ...]) -> str | None:
    import difflib

    matches = difflib.get_close_matches(key, keys, n=1, cutoff=0.6)
    return matches[0] if matches else None


# -- writing ----------------------------------------------------------------------------------


def debate_to_document(debate: Debate) -> dict[str, Any]:
    """The map document of a debate: plain dicts, lists, strings, numbers and booleans,
    with empty and default-valued fields left out."""
    document: dict[str, Any] = {"argmap": MAP_VERSION}
    header: dict[str, Any] = {"question": debate.question}
    _put(header, "title", debate.title)
    _put(header, "date", debate.date)
    _put(header, "authors", list(debate.authors))
    _put(header, "description", debate.description)
    document["debate"] = header
    if debate.sources:
        document["sources"] = [
            _compact({"id": s.id, "citation": s.citation, "url": s.url, "date": s.date})
            for s in debate.sources
        ]
    if debate.actors:
        document["actors"] = [
            _compact(
                {
                    "id": a.id,
                    "name": a.name,
                    "kind": a.kind.value,
                    "affiliation": a.affiliation,
                    "accepts": list(a.accepts),
                    "note": a.note,
                }
            )
            for a in debate.actors
        ]
    if debate.claims:
        document["claims"] = [_claim_document(c) for c in debate.claims]
    for table, kind in _RELATION_TABLES.items():
        rows = []
        for rel in debate.relations_of(kind):
            row: dict[str, Any] = {}
            if rel.id != default_relation_id(kind, rel.source, rel.target):
                row["id"] = rel.id
            row["from"] = rel.source
            row["to"] = rel.target
            _put(row, "rationale", rel.rationale)
            _put(row, "sources", [_citation_document(c) for c in rel.sources])
            rows.append(row)
        if rows:
            document[table] = rows
    if debate.verdicts:
        document["verdicts"] = [
            _compact(
                {
                    "semantics": v.semantics,
                    "support": v.support,
                    "accepted": list(v.accepted),
                    "credulous": list(v.credulous),
                    "rejected": list(v.rejected),
                    "note": v.note,
                }
            )
            for v in debate.verdicts
        ]
    return document


def _claim_document(claim: Claim) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": claim.id,
        "text": claim.text,
        "stance": claim.stance.value,
        "kind": claim.kind.value,
    }
    _put(row, "actors", list(claim.actors))
    _put(row, "sources", [_citation_document(c) for c in claim.sources])
    _put(row, "tags", list(claim.tags))
    _put(row, "base_score", claim.base_score)
    _put(row, "note", claim.note)
    if claim.reconstructed:
        row["reconstructed"] = True
    return row


def _citation_document(citation: Citation) -> dict[str, Any]:
    return _compact(
        {
            "source": citation.source,
            "citation": citation.citation,
            "url": citation.url,
            "locator": citation.locator,
        }
    )


def _put(row: dict[str, Any], key: str, value: Any) -> None:
    if value is not None and value != [] and value != "":
        row[key] = value


def _compact(row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in row.items():
        _put(out, key, value)
    return out


def format_map(debate: Debate, format: str = "toml") -> str:
    """The canonical text of a map file for ``debate``."""
    document = debate_to_document(debate)
    if format == "json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if format != "toml":
        raise ParseError(
            "<output>", None, f"unknown map format {format!r}; use one of {MAP_FORMATS}"
        )
    out = ["# argmap map file: see docs/map-format.md", f"argmap = {MAP_VERSION}", ""]
    out.append("[debate]")
    out.extend(_toml_pairs(document["debate"]))
    out.append("")
    for table in ("sources", "actors", "claims", *_RELATION_TABLES, "verdicts"):
        for row in document.get(table, []):
            out.append(f"[[{table}]]")
            out.extend(_toml_pairs(row))
            out.append("")
    return "\n".join(out)


def write_map(debate: Debate, path: str | os.PathLike[str], format: str | None = None) -> None:
    """Write ``debate`` as a map file, atomically; the format comes from the extension."""
    fmt = format or guess_map_format(path)
    atomic_write_text(path, format_map(debate, fmt))


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _toml_pairs(row: dict[str, Any]) -> list[str]:
    return [f"{_toml_key(k)} = {_toml_value(v)}" for k, v in row.items()]


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _toml_string(key)


def _toml_value(value: Any) -> str:
    encoders: dict[type, Callable[[Any], str]] = {
        bool: lambda v: "true" if v else "false",
        str: _toml_string,
        int: str,
        float: _toml_float,
    }
    for kind, encode in encoders.items():
        if isinstance(value, kind):
            return encode(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _toml_float(value: float) -> str:
    if not math.isfinite(value):
        raise ValueError(f"cannot write {value!r} to a map file")
    return repr(float(value))


_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _toml_string(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
