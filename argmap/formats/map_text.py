"""The text of a map file: parsed safely into a document, with the line of each table.

``tomllib`` and ``json`` parse map files, but some input makes them fail without a line
(a 5000-digit number) or recurse until Python gives up (thousands of nested brackets), and
``json`` keeps the last of two equal keys silently and returns lone surrogates
(``"\\ud800"``) as if they were text. A short scan of the text before parsing, which skips
strings and comments and keeps its own count of brackets (no recursion), refuses all of
these with the file and the line, and notes the line of every table and array entry so that
problems found later in the document can name their line. The AIF reader reads its JSON
through :func:`load_json` too, so one strict JSON reader serves every format.

>>> document, lines = load_json('{"argmap": 1,\\n "claims": [\\n  {"id": "a"}]}', "m.json")
>>> document["claims"], lines[("claims", 0)]
([{'id': 'a'}], 3)
>>> load_json('{"argmap": 1,\\n "argmap": 2}', "m.json")
Traceback (most recent call last):
...
argmap.errors.ParseError: m.json:2: the key 'argmap' is given twice in the same object
"""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

from argmap.errors import ParseError

__all__ = ["MAX_DEPTH", "MAX_NUMBER_DIGITS", "Lines", "load_json", "load_toml"]

#: Lists and tables nest at most this deep in a map file (a map needs five levels).
MAX_DEPTH = 32
#: A number in a map file has at most this many digits (a map needs one or two).
MAX_NUMBER_DIGITS = 100

#: The line of each table (``("debate", 0)``), array entry (``("claims", 3)``) and
#: top-level key (``("argmap", 0)``) of a map file.
Lines = dict[tuple[str, int], int]

_SURROGATE = re.compile("[\ud800-\udfff]")
_HEADER = re.compile(r"\[\[\s*([A-Za-z0-9_-]+)\s*\]\]|\[\s*([A-Za-z0-9_-]+)\s*\]")
_TOP_KEY = re.compile(r"([A-Za-z0-9_-]+)\s*=")
_BARE_RUN = re.compile(r"[0-9A-Za-z_+\-.:]+")


def _raw_surrogate(text: str, source: str) -> None:
    match = _SURROGATE.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise ParseError(
            source,
            line,
            f"holds a lone surrogate (U+{ord(match.group()):04X}), which is not a character",
        )


def _too_deep(source: str, line: int) -> ParseError:
    return ParseError(source, line, f"lists and tables nest more than {MAX_DEPTH} levels deep here")


def _too_long(source: str, line: int, digits: int) -> ParseError:
    return ParseError(
        source,
        line,
        f"a number of {digits} digits; numbers in a map file have at most {MAX_NUMBER_DIGITS}",
    )


# -- TOML -----------------------------------------------------------------------------------


# A whole string of each of TOML's four kinds, matched by the regex engine rather than a
# Python loop per character (a map is mostly text); an unclosed one falls back to the loop.
_TOML_STRINGS = {
    '"""': re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*""""{0,2}', re.DOTALL),
    "'''": re.compile(r"'''(?:[^']|'(?!''))*''''{0,2}"),
    '"': re.compile(r'"(?:[^"\\\n]|\\[^\n])*["\n]'),
    "'": re.compile(r"'[^'\n]*['\n]"),
}
_JSON_STRING = re.compile(r'"(?:[^"\\\n]|\\[^\n])*["\n]')


def _skip_toml_string(text: str, i: int) -> int:
    """The index just after the string that starts at ``i`` (any of TOML's four kinds)."""
    opener = text[i : i + 3] if text.startswith(text[i] * 3, i) else text[i]
    whole = _TOML_STRINGS[opener].match(text, i)
    if whole is not None:
        return whole.end()
    return _skip_toml_string_slowly(text, i)


def _skip_toml_string_slowly(text: str, i: int) -> int:
    quote = text[i]
    triple = text.startswith(quote * 3, i)
    j = i + (3 if triple else 1)
    n = len(text)
    while j < n:
        ch = text[j]
        if ch == "\\" and quote == '"':
            j += 2
            continue
        if triple:
            if text.startswith(quote * 3, j):
                j += 3
                for _ in range(2):  # the content may end with one or two quotes
                    if j < n and text[j] == quote:
                        j += 1
                return j
        elif ch == quote or ch == "\n":
            return j + 1
        j += 1
    return n


_RADIX_PREFIX = re.compile(r"[+-]?0[xob]")


def _toml_digits(word: str) -> int:
    """How many digits a bare word would have as a number (hex digits after ``0x``)."""
    if _RADIX_PREFIX.match(word):
        return sum(c in "0123456789abcdefABCDEF" for c in word) - 1
    return sum(c.isdigit() for c in word)


def load_toml(text: str, source: str) -> tuple[Any, Lines]:
    """The document a TOML map file holds, and its lines; ParseError with the line if the
    text is not TOML, nests too deep, holds a huge number or a lone surrogate."""
    _raw_surrogate(text, source)
    lines: Lines = {}
    counts: dict[str, int] = {}
    depth = 0
    line = 1
    line_start = True
    in_header_section = False
    dots = 0  # the dots of the key (or value) being read, quoted parts apart
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
            line_start = True
            dots = 0
            i += 1
            continue
        if ch in " \t\r":
            i += 1
            continue
        at_start, line_start = line_start, False
        if ch in "=,{}[]":
            dots = 0  # a new key or value starts
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
        elif ch in "\"'":
            end = _skip_toml_string(text, i)
            line += text.count("\n", i, end)
            i = end
        elif ch == "[" and at_start and depth == 0:
            match = _HEADER.match(text, i)
            if match:
                in_header_section = True
                if match.group(1):
                    name = match.group(1)
                    lines[(name, counts.get(name, 0))] = line
                    counts[name] = counts.get(name, 0) + 1
                else:
                    lines.setdefault((match.group(2), 0), line)
                i = match.end()
            else:  # a dotted or quoted header: brackets that close on the same line
                in_header_section = True
                depth += 1
                i += 1
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                raise _too_deep(source, line)
            i += 1
        elif ch in "]}":
            depth = max(depth - 1, 0)
            i += 1
        else:
            match = _BARE_RUN.match(text, i)
            if match is None:
                i += 1
                continue
            if at_start and depth == 0 and not in_header_section:
                key = _TOP_KEY.match(text, i)
                if key:
                    lines.setdefault((key.group(1), 0), line)
            word = match.group()
            # A word no longer than the limit cannot hold more digits than it allows.
            if len(word) > MAX_NUMBER_DIGITS:
                digits = _toml_digits(word)
                if digits > MAX_NUMBER_DIGITS:
                    raise _too_long(source, line, digits)
            # A dotted key (a.b.c = 1, [a.b.c]) nests one table per dot: tomllib builds
            # them in time quadratic in the number of parts, and the document would nest as
            # deep; a number or date in a value has at most one dot.
            dots += word.count(".")
            if dots > MAX_DEPTH:
                raise _too_deep(source, line)
            i = match.end()
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _toml_error(source, exc) from None
    except (ValueError, RecursionError) as exc:  # the scan above should rule these out
        raise ParseError(source, None, f"not valid TOML: {_clip(str(exc))}") from None
    return document, lines


def _toml_error(source: str, exc: tomllib.TOMLDecodeError) -> ParseError:
    message = str(exc)
    match = re.search(r"\(at line (\d+), column (\d+)\)$", message)
    if match:
        detail = message[: match.start()].strip()
        return ParseError(
            source, int(match.group(1)), f"not valid TOML: {detail} (column {match.group(2)})"
        )
    return ParseError(source, None, f"not valid TOML: {_clip(message)}")


def _clip(message: str, limit: int = 200) -> str:
    return message if len(message) <= limit else message[:limit] + "..."


# -- JSON -----------------------------------------------------------------------------------


class _Frame:
    """An open JSON object or array during the scan."""

    __slots__ = ("expect_key", "index", "is_object", "key", "keys")

    def __init__(self, is_object: bool, key: str | None):
        self.is_object = is_object
        self.key = key  # the key this container is the value of, in its parent object
        self.keys: set[str] = set()
        self.index = 0
        self.expect_key = is_object


def _json_string_end(text: str, i: int) -> int:
    whole = _JSON_STRING.match(text, i)
    if whole is not None:
        return whole.end()
    return _json_string_end_slowly(text, i)


def _json_string_end_slowly(text: str, i: int) -> int:
    j = i + 1
    n = len(text)
    while j < n:
        ch = text[j]
        if ch == "\\":
            j += 2
        elif ch == '"' or ch == "\n":
            return j + 1
        else:
            j += 1
    return n


def _decode_json_string(token: str) -> str | None:
    try:
        value = json.loads(token)
    except ValueError:
        return None  # not a well-formed string: json.loads of the whole text will say so
    return value if isinstance(value, str) else None


def load_json(text: str, source: str) -> tuple[Any, Lines]:
    """The document a JSON map file holds, and its lines; ParseError with the line if the
    text is not JSON, nests too deep, repeats a key, holds a huge number, NaN or a lone
    surrogate."""
    _raw_surrogate(text, source)
    lines: Lines = {}
    stack: list[_Frame] = []
    pending_key: str | None = None  # the last key read, for the value that follows
    line = 1
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch == '"':
            end = _json_string_end(text, i)
            token = text[i:end]
            frame = stack[-1] if stack else None
            if frame is not None and frame.is_object and frame.expect_key:
                key = _decode_json_string(token)
                if key is not None:
                    if key in frame.keys:
                        raise ParseError(
                            source,
                            line,
                            f"the key {_clip(repr(key), 60)} is given twice in the same object",
                        )
                    frame.keys.add(key)
                    pending_key = key
                    if len(stack) == 1:
                        lines.setdefault((key, 0), line)
                frame.expect_key = False
            elif "\\u" in token:
                value = _decode_json_string(token)
                match = _SURROGATE.search(value) if value is not None else None
                if match:
                    raise ParseError(
                        source,
                        line,
                        f"holds a lone surrogate (\\u{ord(match.group()):04x}), "
                        "which is not a character",
                    )
            line += token.count("\n")
            i = end
        elif ch in "{[":
            parent = stack[-1] if stack else None
            key = pending_key if parent is not None and parent.is_object else None
            if len(stack) == 1 and key is not None:
                lines[(key, 0)] = line
            elif (
                len(stack) == 2 and ch == "{" and parent is not None and not parent.is_object
            ) and parent.key is not None:
                lines[(parent.key, parent.index)] = line
            stack.append(_Frame(ch == "{", key))
            if len(stack) > MAX_DEPTH:
                raise _too_deep(source, line)
            i += 1
        elif ch in "}]":
            if stack:
                stack.pop()
            i += 1
        elif ch == ",":
            if stack:
                if stack[-1].is_object:
                    stack[-1].expect_key = True
                else:
                    stack[-1].index += 1
            i += 1
        elif ch == "-" or ch.isalnum():
            match = _BARE_RUN.match(text, i)
            word = match.group() if match else ch
            if word.lstrip("-") in ("NaN", "Infinity"):
                raise ParseError(
                    source, line, f"{word} is not a JSON number; write a number such as 0.5"
                )
            digits = sum(c.isdigit() for c in word)
            if digits > MAX_NUMBER_DIGITS:
                raise _too_long(source, line, digits)
            i += len(word)
        else:
            i += 1
    try:
        document = json.loads(text, object_pairs_hook=_refuse_duplicates)
    except json.JSONDecodeError as exc:
        raise ParseError(source, exc.lineno, f"not valid JSON: {exc.msg}") from None
    except (ValueError, RecursionError) as exc:  # the scan above should rule these out
        raise ParseError(source, None, f"not valid JSON: {_clip(str(exc))}") from None
    return document, lines


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # The scan finds repeated keys with their line; this is the backstop it cannot miss.
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"the key {key!r} is given twice in the same object")
            seen.add(key)
    return document
