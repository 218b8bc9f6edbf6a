"""The argumentation competition formats: ICCMA 2023 ``i23``, ASPARTIX ``apx`` and ``tgf``.

Readers tolerate what real files contain (CRLF line ends, trailing spaces,
blank lines, several spaces between fields, comments) and refuse anything
else with a :class:`~argmap.errors.ParseError` that names the file, the line
and what was expected. Nothing is ever guessed.

``i23`` (https://iccma2023.github.io/rules.html): a ``p af N`` line, then one
attack ``i j`` per line over arguments ``1..N``; lines starting with ``#`` are
comments. The arguments are the ints ``1..N``.

``apx`` (ASPARTIX, Egly, Gaggl and Woltran 2010): facts ``arg(a).`` and
``att(a,b).``, one or more per line; ``%`` starts a comment. Names are ASP
constants (letters, digits, ``_``) or double-quoted strings; arguments are
strings.

``tgf`` (Trivial Graph Format): one argument id per line, a line ``#``, then
one attack ``a b`` per line. Text after the id (a node label) is allowed and
ignored; arguments are strings.
"""

from __future__ import annotations

import os
import re
from collections.abc import Hashable
from pathlib import Path

from argmap.errors import FormatError, ParseError, excerpt
from argmap.formats._files import atomic_write_text, read_text
from argmap.framework import ArgumentFramework, PausedCyclicGC

__all__ = [
    "FORMATS",
    "MAX_ARGUMENTS",
    "format_apx",
    "format_framework",
    "format_i23",
    "format_tgf",
    "guess_format",
    "parse_apx",
    "parse_framework",
    "parse_i23",
    "parse_tgf",
    "read_framework",
    "witness_name",
    "write_framework",
]

FORMATS = ("i23", "apx", "tgf")

#: The most arguments an i23 p-line may declare unless the caller allows more
#: (``max_arguments=``, ``argmap solve --max-arguments``). The reader allocates for every
#: declared argument before it reads an attack (about 250 bytes each), so a header that
#: lies (``p af 1000000000`` over an empty body) is refused before it can exhaust memory:
#: ten million arguments need about 2.5 GB.
MAX_ARGUMENTS = 10_000_000
_SUFFIXES = {".i23": "i23", ".af": "i23", ".apx": "apx", ".tgf": "tgf"}


def _lines(text: str) -> list[str]:
    """Lines split at LF (a CR before it is dropped), so numbering matches editors.

    ``str.splitlines`` would also split at form feeds and Unicode separators,
    which may legitimately occur inside quoted names.
    """
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


def _is_index(token: str) -> bool:
    return token.isdigit() and token.isascii()


def parse_i23(
    text: str, source: str = "<string>", max_arguments: int = MAX_ARGUMENTS
) -> ArgumentFramework:
    """Read an ICCMA 2023 framework from text.

    A p-line declaring more than ``max_arguments`` arguments is refused before anything is
    allocated for them (see :data:`MAX_ARGUMENTS`).

    >>> af = parse_i23("p af 3\\n# a comment\\n1 2\\n2 3\\n")
    >>> af.arguments, af.attacks
    ((1, 2, 3), ((1, 2), (2, 3)))
    >>> parse_i23("p af 2\\n1 3\\n", "x.i23")
    Traceback (most recent call last):
    ...
    argmap.errors.ParseError: x.i23:2: argument 3 is out of range; the p-line declares 1 to 2
    >>> parse_i23("p af 1000000000\\n", "big.i23")
    Traceback (most recent call last):
    ...
    argmap.errors.ParseError: big.i23:1: the p-line declares 1000000000 arguments; ...
    """
    with PausedCyclicGC():
        return _parse_i23(text, source, max_arguments)


def _parse_i23(text: str, source: str, max_arguments: int) -> ArgumentFramework:
    n = -1
    # An index with more digits than n cannot be in range; checking the length first keeps
    # int() away from a 5000-digit token (which it refuses with a ValueError).
    width = 0
    header_line = 0
    successors: list[list[int]] = []
    lines = _lines(text)
    last = len(lines)
    for lineno, raw in enumerate(lines, 1):
        parts = raw.split()
        if len(parts) == 2:
            a, b = parts
            if n >= 0 and len(a) <= width and len(b) <= width and _is_index(a) and _is_index(b):
                i = int(a)
                j = int(b)
                if 0 < i <= n and 0 < j <= n:
                    successors[i - 1].append(j - 1)
                    continue
        # Everything below is the slow path: comments, the header, and errors.
        if not parts or raw.lstrip().startswith("#"):
            continue
        if parts[0] == "p":
            if n >= 0:
                raise ParseError(
                    source, lineno, f"a second p-line; the first is on line {header_line}"
                )
            if len(parts) != 3 or parts[1] != "af" or not _is_index(parts[2]):
                raise ParseError(
                    source,
                    lineno,
                    "expected the p-line 'p af <number of arguments>', "
                    f"found {excerpt(raw.strip())}",
                )
            declared = parts[2].lstrip("0") or "0"
            if len(declared) > len(str(max_arguments)) or int(declared) > max_arguments:
                shown = declared if len(declared) <= 30 else f"a {len(declared)}-digit number of"
                raise ParseError(
                    source,
                    lineno,
                    f"the p-line declares {shown} arguments; this reader accepts at most "
                    f"{max_arguments} (max_arguments, argmap solve --max-arguments), since it "
                    "allocates for every declared argument before reading an attack",
                )
            n = int(declared)
            width = len(str(n))
            header_line = lineno
            successors = [[] for _ in range(n)]
            continue
        if n < 0:
            raise ParseError(
                source,
                lineno,
                f"expected the p-line 'p af <n>' before any attack, found {excerpt(raw.strip())}",
            )
        truncated = (
            " (the file may be truncated)"
            if lineno == last and not text.endswith(("\n", "\r"))
            else ""
        )
        if len(parts) != 2:
            raise ParseError(
                source,
                lineno,
                "expected an attack as two argument indices 'i j', "
                f"found {excerpt(raw.strip())}{truncated}",
            )
        for token in parts:
            if not _is_index(token):
                raise ParseError(
                    source,
                    lineno,
                    "expected an argument index (a positive integer), "
                    f"found {excerpt(token)}{truncated}",
                )
            digits = token.lstrip("0") or "0"
            if len(digits) > width or not 0 < int(digits) <= n:
                shown = digits if len(digits) <= 30 else excerpt(digits)
                raise ParseError(
                    source,
                    lineno,
                    f"argument {shown} is out of range; the p-line declares 1 to {n}"
                    if n
                    else f"argument {shown} is out of range; the p-line declares no arguments",
                )
        # in range but written with leading zeros, which the fast path above leaves here
        successors[int(parts[0]) - 1].append(int(parts[1]) - 1)
    if n < 0:
        raise ParseError(
            source, None, "no p-line 'p af <n>' found; is this an ICCMA 2023 i23 file?"
        )
    return ArgumentFramework._from_indexed(tuple(range(1, n + 1)), successors)


_NAME = r'(?:[A-Za-z0-9_]+|"(?:[^"\\]|\\.)*")'
_FACT = re.compile(
    rf"\s*(?P<kind>arg|att)\s*\(\s*(?P<a>{_NAME})\s*(?:,\s*(?P<b>{_NAME})\s*)?\)\s*\.\s*"
)


_UNESCAPE = {"n": "\n", "r": "\r"}


def _unquote(name: str) -> str:
    if name.startswith('"'):
        return re.sub(r"\\(.)", lambda m: _UNESCAPE.get(m.group(1), m.group(1)), name[1:-1])
    return name


def parse_apx(text: str, source: str = "<string>") -> ArgumentFramework:
    """Read an ASPARTIX framework from text.

    >>> parse_apx("arg(a). arg(b).\\natt(a,b).  % a comment\\n").attacks
    (('a', 'b'),)
    """
    order: dict[str, int] = {}
    attacks: list[tuple[str, str, int]] = []
    for lineno, raw in enumerate(_lines(text), 1):
        line = raw.split("%", 1)[0] if "%" in raw and '"' not in raw else raw
        pos = 0
        stripped = line.rstrip()
        while pos < len(stripped):
            m = _FACT.match(stripped, pos)
            if m is None:
                rest = stripped[pos:].strip()
                if rest.startswith("%"):
                    break
                hint = " (the file may be truncated)" if not rest.endswith(".") else ""
                raise ParseError(
                    source,
                    lineno,
                    f"expected 'arg(name).' or 'att(name,name).', found {excerpt(rest)}{hint}",
                )
            kind, a, b = m.group("kind"), m.group("a"), m.group("b")
            if kind == "arg":
                if b is not None:
                    raise ParseError(
                        source,
                        lineno,
                        f"arg(...) takes one name, found {excerpt(m.group(0).strip())}",
                    )
                name = _unquote(a)
                if name in order:
                    raise ParseError(
                        source,
                        lineno,
                        f"argument {excerpt(name)} is declared twice (first on line {order[name]})",
                    )
                order[name] = lineno
            else:
                if b is None:
                    raise ParseError(
                        source,
                        lineno,
                        f"att(...) takes two names, found {excerpt(m.group(0).strip())}",
                    )
                attacks.append((_unquote(a), _unquote(b), lineno))
            pos = m.end()
    for a, b, lineno in attacks:
        for name in (a, b):
            if name not in order:
                raise ParseError(
                    source,
                    lineno,
                    f"an att(...) fact names {excerpt(name)}, which no arg(...) declares",
                )
    return ArgumentFramework(order, [(a, b) for a, b, _ in attacks])


def parse_tgf(text: str, source: str = "<string>") -> ArgumentFramework:
    """Read a Trivial Graph Format framework from text.

    >>> parse_tgf("a\\nb\\n#\\na b\\n").attacks
    (('a', 'b'),)
    """
    nodes: dict[str, int] = {}
    attacks: list[tuple[str, str]] = []
    in_edges = False
    for lineno, raw in enumerate(_lines(text), 1):
        parts = raw.split()
        if not parts:
            continue
        if parts == ["#"]:
            if in_edges:
                raise ParseError(source, lineno, "a second '#' separator line")
            in_edges = True
            continue
        if not in_edges:
            name = parts[0]
            if name in nodes:
                raise ParseError(
                    source,
                    lineno,
                    f"argument {excerpt(name)} is listed twice (first on line {nodes[name]})",
                )
            nodes[name] = lineno
            continue
        if len(parts) < 2:
            raise ParseError(
                source, lineno, f"expected an attack 'source target', found {excerpt(raw.strip())}"
            )
        a, b = parts[0], parts[1]
        for name in (a, b):
            if name not in nodes:
                raise ParseError(
                    source,
                    lineno,
                    f"an attack names {excerpt(name)}, which is not listed before '#'",
                )
        attacks.append((a, b))
    return ArgumentFramework(nodes, attacks)


_BARE_APX = re.compile(r"[A-Za-z0-9_]+")


def _apx_name(label: Hashable) -> str:
    text = str(label)
    if _BARE_APX.fullmatch(text):
        return text
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


def format_i23(af: ArgumentFramework) -> str:
    """The framework as ICCMA 2023 text; argument k is the k-th argument.

    When the labels are not exactly ``1..N`` a comment line per argument
    records which label each number stands for.

    >>> print(format_i23(ArgumentFramework.from_attacks([(1, 2)])), end="")
    p af 2
    1 2
    """
    n = len(af)
    out = [f"p af {n}"]
    if af.arguments != tuple(range(1, n + 1)):
        out.extend(f"# {k} {_comment_safe(label)}" for k, label in enumerate(af.arguments, 1))
    out.extend(f"{i + 1} {j + 1}" for i, row in enumerate(af.successors) for j in row)
    return "\n".join(out) + "\n"


def _comment_safe(label: Hashable) -> str:
    return " ".join(str(label).split())


def format_apx(af: ArgumentFramework) -> str:
    """The framework as ASPARTIX facts.

    >>> print(format_apx(ArgumentFramework.from_attacks([("a", "b")])), end="")
    arg(a).
    arg(b).
    att(a,b).
    """
    names = [_apx_name(a) for a in af.arguments]
    if len(set(names)) != len(names):
        raise FormatError("two arguments have the same printed apx name; relabel them")
    out = [f"arg({name})." for name in names]
    out.extend(f"att({names[i]},{names[j]})." for i, row in enumerate(af.successors) for j in row)
    return "\n".join(out) + "\n"


def format_tgf(af: ArgumentFramework) -> str:
    """The framework in Trivial Graph Format.

    >>> print(format_tgf(ArgumentFramework.from_attacks([("a", "b")])), end="")
    a
    b
    #
    a b
    """
    names = [str(a) for a in af.arguments]
    for name in names:
        if not name or len(name.split()) != 1 or name == "#" or name != name.strip():
            raise FormatError(
                f"argument {excerpt(name)} cannot be written to TGF, whose ids are single words; "
                "relabel it or write apx instead"
            )
    if len(set(names)) != len(names):
        raise FormatError(
            "two arguments have the same printed name; relabel them before writing TGF"
        )
    out = [*names, "#"]
    out.extend(f"{names[i]} {names[j]}" for i, row in enumerate(af.successors) for j in row)
    return "\n".join(out) + "\n"


def witness_name(label: Hashable) -> str:
    """An argument's name as an ICCMA answer line (``w a b c``) prints it.

    The line separates names by single spaces and the ICCMA rules give it no quoting, so a
    name that is empty, holds whitespace, or holds a character that does not print (a control
    character, a line or paragraph separator, an invisible format character) would make the
    line unreadable: it raises FormatError instead of being printed raw.

    >>> witness_name("a1"), witness_name(7)
    ('a1', '7')
    >>> witness_name("two words")
    Traceback (most recent call last):
    ...
    argmap.errors.FormatError: argument 'two words' cannot be printed in an ICCMA answer line: ...
    """
    name = str(label)
    if name and name.isprintable() and " " not in name:
        return name
    if not name:
        why = "it is empty"
    elif any(ch.isspace() for ch in name):
        why = "it holds whitespace"
    else:
        why = "it holds a character that does not print"
    raise FormatError(
        f"argument {excerpt(name)} cannot be printed in an ICCMA answer line: {why}; the line "
        "separates names by spaces and has no quoting, so rename it (or use i23, whose "
        "arguments are numbers)"
    )


_PARSERS = {"i23": parse_i23, "apx": parse_apx, "tgf": parse_tgf}
_FORMATTERS = {"i23": format_i23, "apx": format_apx, "tgf": format_tgf}


def guess_format(path: str | os.PathLike[str]) -> str:
    """The format a file name implies: ``.i23``/``.af`` i23, ``.apx`` apx, ``.tgf`` tgf."""
    suffix = Path(path).suffix.lower()
    try:
        return _SUFFIXES[suffix]
    except KeyError:
        raise ParseError(
            str(path),
            None,
            f"cannot tell the format from the suffix {suffix!r}; "
            f"name the format ({', '.join(FORMATS)}) explicitly",
        ) from None


def _check_format(fmt: str, source: str) -> str:
    if fmt not in _PARSERS:
        raise ParseError(
            source, None, f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}"
        )
    return fmt


def parse_framework(
    text: str, fmt: str, source: str = "<string>", max_arguments: int = MAX_ARGUMENTS
) -> ArgumentFramework:
    """Parse text in the named format (``i23``, ``apx`` or ``tgf``); ``max_arguments``
    bounds an i23 p-line (:data:`MAX_ARGUMENTS`)."""
    fmt = _check_format(fmt, source)
    if fmt == "i23":
        return parse_i23(text, source, max_arguments)
    return _PARSERS[fmt](text, source)


def read_framework(
    path: str | os.PathLike[str], fmt: str | None = None, max_arguments: int = MAX_ARGUMENTS
) -> ArgumentFramework:
    """Read a framework file; the format comes from ``fmt`` or the file's suffix;
    ``max_arguments`` bounds an i23 p-line (:data:`MAX_ARGUMENTS`).

    >>> import tempfile, os
    >>> folder = tempfile.mkdtemp()
    >>> path = os.path.join(folder, "af.apx")
    >>> write_framework(ArgumentFramework.from_attacks([("a", "b")]), path)
    >>> read_framework(path).attacks
    (('a', 'b'),)
    """
    fmt = _check_format(fmt, str(path)) if fmt else guess_format(path)
    return parse_framework(read_text(path), fmt, str(path), max_arguments)


def format_framework(af: ArgumentFramework, fmt: str) -> str:
    """The framework as text in the named format."""
    if fmt not in _FORMATTERS:
        raise FormatError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return _FORMATTERS[fmt](af)


def write_framework(
    af: ArgumentFramework, path: str | os.PathLike[str], fmt: str | None = None
) -> None:
    """Write a framework file atomically; the format comes from ``fmt`` or the suffix."""
    atomic_write_text(path, format_framework(af, fmt or guess_format(path)))
