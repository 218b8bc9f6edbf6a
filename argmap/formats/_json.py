"""Reading JSON strictly: duplicate keys and lone surrogates are refused with the line.

``json.loads`` keeps the last of two equal keys and turns ``"\\ud800"`` into a string no
UTF-8 file can hold (it crashes whatever writes it later). Interchange readers refuse both,
naming the file and the line, instead of guessing.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
from typing import Any

from argmap.errors import ParseError, excerpt

__all__ = ["find_lone_surrogate", "load_json"]

_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_LOW_SURROGATE = re.compile(r"\\u[dD][c-fC-F][0-9a-fA-F]{2}")
_RAW_SURROGATE = re.compile("[\ud800-\udfff]")
_WHITESPACE = re.compile(r"[ \t\n\r]*")


class _DuplicateKey(Exception):
    def __init__(self, key: str):
        self.key = key
        self.position: int | None = None


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return result


def find_lone_surrogate(text: str) -> int | None:
    """The position in JSON ``text`` of a lone surrogate, raw or as a ``\\uXXXX`` escape
    (an escaped high surrogate followed by an escaped low one is a proper pair), or None."""
    raw = _RAW_SURROGATE.search(text)
    if raw is not None:
        return raw.start()
    if "\\u" not in text:
        return None
    paired_low = -1
    for match in _SURROGATE_ESCAPE.finditer(text):
        start = match.start()
        before = start - 1
        while before >= 0 and text[before] == "\\":
            before -= 1
        if (
            start - 1 - before
        ) % 2:  # the backslash is itself escaped: "\\ud800" is text, not an escape
            continue
        if start == paired_low:
            continue
        if match.group()[3].lower() in "89ab" and _LOW_SURROGATE.match(text, match.end()):
            paired_low = match.end()
            continue
        return start
    return None


def _line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


def load_json(text: str, source: str) -> Any:
    """Parse JSON ``text``; syntax errors, duplicate keys in an object and lone surrogates
    raise ParseError naming ``source`` and the line."""
    try:
        document = json.loads(text, object_pairs_hook=_refuse_duplicates)
    except json.JSONDecodeError as exc:
        raise ParseError(source, exc.lineno, f"not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise ParseError(source, None, "the JSON is nested too deeply to read") from None
    except _DuplicateKey as duplicate:
        position = _locate_duplicate(text)
        line = _line_of(text, position) if position is not None else None
        raise ParseError(
            source,
            line,
            f"the key {excerpt(duplicate.key)} appears twice in one object; JSON readers "
            "disagree on which value counts, so keep one",
        ) from None
    position = find_lone_surrogate(text)
    if position is not None:
        raise ParseError(
            source,
            _line_of(text, position),
            "a lone surrogate (half of a UTF-16 pair, e.g. \\ud800) is not a character "
            "and no UTF-8 file can hold it; remove it",
        )
    return document


def _locate_duplicate(text: str) -> int | None:
    """Where the first duplicate key is (the error path only): parse again with the
    pure-Python scanner, whose object parser can be wrapped to see positions."""
    decoder = json.JSONDecoder(object_pairs_hook=_refuse_duplicates)

    def parse_object(s_and_end: tuple[str, int], *rest: Any) -> Any:
        s, end = s_and_end
        try:
            return json.decoder.JSONObject(s_and_end, *rest)  # type: ignore[attr-defined]
        except _DuplicateKey as duplicate:
            if duplicate.position is None:
                duplicate.position = _second_key(s, end, duplicate.key, scan_once)
            raise

    decoder.parse_object = parse_object  # type: ignore[attr-defined]
    scan_once = json.scanner.py_make_scanner(decoder)  # type: ignore[attr-defined]
    decoder.scan_once = scan_once  # type: ignore[attr-defined]
    try:
        decoder.decode(text)
    except _DuplicateKey as duplicate:
        return duplicate.position
    except (RecursionError, ValueError):
        return None
    return None


def _skip_whitespace(s: str, index: int) -> int:
    """The index of the first non-whitespace character at or after ``index``."""
    match = _WHITESPACE.match(s, index)
    assert match is not None  # the pattern matches the empty string
    return match.end()


def _second_key(s: str, index: int, key: str, scan_once: Any) -> int | None:
    """The position of the second ``key`` among the keys of the object whose ``{`` ends
    just before ``index`` (its values are skipped with the scanner)."""
    seen = False
    index = _skip_whitespace(s, index)
    while index < len(s) and s[index] == '"':
        name, after = json.decoder.scanstring(s, index + 1)  # type: ignore[attr-defined]
        if name == key:
            if seen:
                return index
            seen = True
        index = _skip_whitespace(s, after) + 1  # past the ':'
        index = _skip_whitespace(s, index)
        _, index = scan_once(s, index)
        index = _skip_whitespace(s, index)
        if index >= len(s) or s[index] != ",":
            break
        index = _skip_whitespace(s, index + 1)
    return None
