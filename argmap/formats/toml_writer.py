"""A small TOML writer: the canonical layout of a map file, any string written exactly.

The standard library reads TOML (``tomllib``) but does not write it; this module writes the
subset a map document needs (strings, integers, finite floats, booleans, lists, tables and
arrays of tables) and nothing else, so the core keeps to the standard library and attrs.
Strings are written in double quotes with escapes, so that ``tomllib`` reads back exactly
the same text whatever it holds (quotes, backslashes, newlines, control characters); control
characters and invisible direction marks are written as ``\\uXXXX`` so a person reading the
file sees them. A lone surrogate cannot be written (no UTF-8 file can hold one) and is
refused with a :class:`~argmap.errors.FormatError`.

>>> print(format_toml({"argmap": 1, "debate": {"question": 'Say "no"?'},
...                    "claims": [{"id": "a", "tags": ["x\\ty"]}]}), end="")
argmap = 1
<BLANKLINE>
[debate]
question = "Say \\"no\\"?"
<BLANKLINE>
[[claims]]
id = "a"
tags = ["x\\ty"]
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any

from argmap.errors import FormatError

__all__ = ["INVISIBLE_CHARACTERS", "format_toml", "toml_key", "toml_string", "toml_value"]

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")

_SHORT_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}

#: Characters a person reading the file would not see, other than the C0 controls (which
#: TOML and JSON must escape anyway): DEL and the C1 controls, direction marks and
#: overrides, the line and paragraph separators, the zero-width space and the BOM. Map
#: files write them as \\uXXXX escapes, which read back as the same characters.
INVISIBLE_CHARACTERS = re.compile(
    "[\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]"
)
_NEEDS_ESCAPE = re.compile('["\\\\\x00-\x1f]|' + INVISIBLE_CHARACTERS.pattern)
_SURROGATE = re.compile("[\ud800-\udfff]")


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string that ``tomllib`` reads back exactly.

    >>> toml_string('a "b"\\n\\u202e')
    '"a \\\\"b\\\\"\\\\n\\\\u202E"'
    """
    surrogate = _SURROGATE.search(text)
    if surrogate:
        raise FormatError(
            f"cannot write a lone surrogate (U+{ord(surrogate.group()):04X}) to a file; "
            "it is not a character"
        )

    def escape(match: re.Match[str]) -> str:
        ch = match.group()
        return _SHORT_ESCAPES.get(ch) or f"\\u{ord(ch):04X}"

    return '"' + _NEEDS_ESCAPE.sub(escape, text) + '"'


def toml_key(key: str) -> str:
    """A key, bare when it can be and quoted otherwise."""
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def toml_value(value: Any) -> str:
    """An inline TOML value: a string, number, boolean, list or inline table."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise FormatError(f"cannot write {value!r} to a map file; use a finite number")
        return repr(value)
    if isinstance(value, Mapping):
        inner = ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    if isinstance(value, Sequence):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise FormatError(f"cannot write {type(value).__name__} to TOML")


def _is_table_array(value: Any) -> bool:
    return (
        isinstance(value, Sequence)
        and not isinstance(value, str)
        and bool(value)
        and all(isinstance(item, Mapping) for item in value)
    )


def format_toml(document: Mapping[str, Any], comment: str | None = None) -> str:
    """A document as TOML: a ``# comment`` line if given, the top-level values, then each
    table as ``[name]`` and each list of tables as ``[[name]]`` entries, in the document's
    order, each followed by a blank line. Deeper tables and lists are written inline."""
    out = [f"# {comment}"] if comment else []
    if not document:
        return "\n".join(out) + ("\n" if out else "")
    blocks: list[tuple[str, Mapping[str, Any]]] = []
    for key, value in document.items():
        if isinstance(value, Mapping):
            blocks.append((f"[{toml_key(key)}]", value))
        elif _is_table_array(value):
            blocks.extend((f"[[{toml_key(key)}]]", item) for item in value)
        else:
            out.append(f"{toml_key(key)} = {toml_value(value)}")
    if len(out) > (1 if comment else 0):
        out.append("")
    for header, row in blocks:
        out.append(header)
        out.extend(f"{toml_key(k)} = {toml_value(v)}" for k, v in row.items())
        out.append("")
    return "\n".join(out) + ("" if out and out[-1] == "" else "\n")
