"""Every file format argmap reads or writes, chosen by name or by the file's ending.

The one place that knows which reader and writer go with which format: the command line
and library code both ask here, so a file ending means the same everywhere.

======================  =========================================  ==================
format                  file names                                 holds
======================  =========================================  ==================
``toml``, ``json``      ``*.argmap.toml``, ``*.argmap.json``       a debate (map file)
``argdown``             ``*.argdown``, ``*.ad`` (``argdown json``)  a debate
``aif``                 ``*.aif.json``, ``*.aif``, a folder        a debate
``kialo``               ``*.kialo.txt``, ``*.kialo``               a debate
``i23``, ``apx``,       ``*.i23`` (``*.af``), ``*.apx``, ``*.tgf``  a framework
``tgf``
``graphml``             ``*.graphml`` (written, not read)          either
======================  =========================================  ==================

A ``.json`` file whose name says no more (an AIFdb ``nodeset1234.json``, OVA's xAIF,
``argdown json`` output) is recognised by its content (:func:`detect_format`): ``nodes``
and ``edges`` (or an ``"AIF"`` object holding them) mean AIF, ``statements`` and
``arguments`` Argdown's JSON; anything else is read as a map file.

>>> guess_format("eu.argmap.toml"), guess_format("corpus/x.aif.json"), guess_format("af.apx")
('toml', 'aif', 'apx')
>>> from argmap import ArgumentFramework
>>> print(format_as(ArgumentFramework.from_attacks([("a", "b")]), "apx"), end="")
arg(a).
arg(b).
att(a,b).
"""

from __future__ import annotations

import os
import re
import warnings

from argmap.debate import Debate, flatten
from argmap.errors import ArgmapError, FormatError, UnknownFormatError
from argmap.formats._files import atomic_write_text, read_text
from argmap.formats.aif import aif_omissions, format_aif, read_aif
from argmap.formats.argdown import argdown_omissions, format_argdown, read_argdown_import
from argmap.formats.graphs import format_graphml, graphml_omissions
from argmap.formats.iccma import FORMATS as _ICCMA_FORMATS
from argmap.formats.iccma import format_framework, read_framework
from argmap.formats.kialo import format_kialo, kialo_omissions, read_kialo
from argmap.formats.maps import MAP_FORMATS, format_map, read_map
from argmap.framework import ArgumentFramework

__all__ = [
    "ALL_FORMATS",
    "DEBATE_FORMATS",
    "FILE_ENDINGS",
    "FRAMEWORK_FORMATS",
    "READABLE_FORMATS",
    "WRITE_ONLY_FORMATS",
    "check_format",
    "detect_format",
    "format_as",
    "guess_format",
    "omissions",
    "read",
    "write",
]

#: Formats that hold a debate (claims, stances, supports, ...).
DEBATE_FORMATS: tuple[str, ...] = (*MAP_FORMATS, "argdown", "aif", "kialo")
#: Formats that hold an abstract argument framework (ICCMA's).
FRAMEWORK_FORMATS: tuple[str, ...] = tuple(_ICCMA_FORMATS)
#: Formats argmap writes but does not read.
WRITE_ONLY_FORMATS: tuple[str, ...] = ("graphml",)
#: Every format name, in the order the command line lists them.
ALL_FORMATS: tuple[str, ...] = (*DEBATE_FORMATS, *FRAMEWORK_FORMATS, *WRITE_ONLY_FORMATS)
#: The formats argmap reads (``--from`` takes these).
READABLE_FORMATS: tuple[str, ...] = (*DEBATE_FORMATS, *FRAMEWORK_FORMATS)
#: File endings and the format each names, tried in this order (``.aif.json`` before
#: ``.json``); matched on the lower-cased file name.
FILE_ENDINGS: tuple[tuple[str, str], ...] = (
    (".aif.json", "aif"),
    (".aif", "aif"),
    (".kialo.txt", "kialo"),
    (".kialo", "kialo"),
    (".toml", "toml"),
    (".json", "json"),
    (".argdown", "argdown"),
    (".ad", "argdown"),
    (".graphml", "graphml"),
    (".i23", "i23"),
    (".af", "i23"),
    (".apx", "apx"),
    (".tgf", "tgf"),
)


def check_format(format: str) -> str:
    """``format`` if argmap knows it, else :class:`~argmap.errors.UnknownFormatError`."""
    if format not in ALL_FORMATS:
        raise UnknownFormatError(f"unknown format {format!r}; use one of: {', '.join(ALL_FORMATS)}")
    return format


def guess_format(path: str | os.PathLike[str]) -> str:
    """The format a file's name implies (see the table above), or
    :class:`~argmap.errors.UnknownFormatError` when its ending names none."""
    name = os.path.basename(os.fspath(path)).lower()
    for ending, format in FILE_ENDINGS:
        if name.endswith(ending):
            return format
    raise UnknownFormatError(
        f"cannot tell the format of {os.fspath(path)!r} from its name; use a name ending in "
        ".argmap.toml, .argmap.json, .argdown, .aif.json, .graphml, .i23, .apx or .tgf, "
        "or give the format"
    )


def detect_format(path: str | os.PathLike[str]) -> str:
    """The format of a file, by its name and, where the name leaves it open (a plain
    ``.json``, or an ending argmap does not know), by its content; a folder is an AIF corpus.

    Content decides only between formats that cannot be mistaken for one another: a JSON
    object with ``nodes`` and ``edges`` (or ``"AIF"`` holding them) is AIF, one with
    ``statements`` and ``arguments`` is ``argdown json`` output, other JSON a map file; a
    text starting ``Discussion Title:`` is a Kialo export.
    """
    if os.path.isdir(path):
        return "aif"
    name = os.path.basename(os.fspath(path)).lower()
    try:
        by_name: str | None = guess_format(path)
    except UnknownFormatError:
        if not os.path.isfile(path):  # nothing to look into: the name had to tell
            raise
        by_name = None
    if by_name is not None and not (by_name == "json" and not name.endswith(".argmap.json")):
        return by_name
    try:
        text = read_text(path)
    except ArgmapError:
        if by_name is not None:
            return by_name
        raise
    detected = _by_content(text)
    if detected is None:
        if by_name is not None:
            return by_name
        raise UnknownFormatError(
            f"cannot tell the format of {os.fspath(path)!r} from its name or its content; "
            "give the format (--from FORMAT)"
        )
    return detected


_JSON_KEY = re.compile(r'"(nodes|edges|AIF|statements|arguments)"\s*:')


def _by_content(text: str) -> str | None:
    """The format a file's text shows, or None; looks at top-level-looking JSON keys only
    (the readers check the whole document)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("Discussion Title:"):
        return "kialo"
    if stripped.startswith("{"):
        keys = set(_JSON_KEY.findall(text[:1_000_000]))
        if {"nodes", "edges"} <= keys or "AIF" in keys:
            return "aif"
        if {"statements", "arguments"} <= keys:
            return "argdown"
        return "json"
    return None


def read(
    path: str | os.PathLike[str],
    format: str | None = None,
    *,
    notes: list[str] | None = None,
    strict: bool = False,
) -> Debate | ArgumentFramework:
    """A debate (map files, Argdown, AIF, Kialo) or a framework (i23, apx, tgf) from a file; the
    format is ``format`` or the one :func:`detect_format` finds (by name, then content).

    An import can leave things out (Argdown's rendering settings, AIF's locutions, ...); a
    note on each is appended to ``notes`` when a list is given, else issued as a
    ``UserWarning``, so nothing is dropped silently; ``strict=True`` refuses such a file
    instead. Reading errors are :class:`~argmap.errors.ParseError` (or
    :class:`~argmap.errors.MapError`) naming the file and line.
    """
    format = check_format(format) if format is not None else detect_format(path)
    if format in MAP_FORMATS:
        return read_map(path, format)
    if format in ("argdown", "aif", "kialo"):
        reader = {"argdown": read_argdown_import, "aif": read_aif, "kialo": read_kialo}[format]
        result = reader(path, strict=strict)
        for note in result.notes:
            if notes is not None:
                notes.append(note)
            else:
                warnings.warn(f"{os.fspath(path)}: {note}", UserWarning, stacklevel=2)
        return result.debate
    if format in WRITE_ONLY_FORMATS:
        raise UnknownFormatError(
            f"argmap writes {format} but does not read it; convert from the map file"
        )
    return read_framework(path, format)


def omissions(debate: Debate, format: str) -> tuple[str, ...]:
    """What writing ``debate`` in ``format`` leaves out, one line per part (empty when the
    format holds all of it, as the map formats do). A framework format keeps only the
    flattened arguments and attacks, which ``docs/interchange.md`` says once; it is not listed
    here part by part.

    >>> from argmap.debate import Debate
    >>> omissions(Debate.load("maps/smoking-ban.argmap.toml"), "aif")
    ('expected verdicts: 2',)
    >>> omissions(Debate.load("maps/smoking-ban.argmap.toml"), "toml")
    ()
    """
    left_out = {
        "argdown": argdown_omissions,
        "aif": aif_omissions,
        "kialo": kialo_omissions,
        "graphml": graphml_omissions,
    }.get(check_format(format))
    return left_out(debate) if left_out else ()


def format_as(subject: Debate | ArgumentFramework, format: str, support: str = "evidential") -> str:
    """The text of ``subject`` in ``format``. A debate written as a framework is first
    flattened under the support reading ``support``; a framework cannot be written as a
    debate (:class:`~argmap.errors.FormatError`)."""
    check_format(format)
    if format == "graphml":
        return format_graphml(subject)
    if format in DEBATE_FORMATS:
        if not isinstance(subject, Debate):
            raise FormatError(
                "a framework cannot be converted to a map: it has no claims' texts, stances "
                "or supports; write it as i23, apx, tgf or graphml"
            )
        if format == "argdown":
            return format_argdown(subject)
        if format == "aif":
            return format_aif(subject)
        if format == "kialo":
            return format_kialo(subject)
        return format_map(subject, format)
    framework = flatten(subject, support).framework if isinstance(subject, Debate) else subject
    return format_framework(framework, format)


def write(
    subject: Debate | ArgumentFramework,
    path: str | os.PathLike[str],
    format: str | None = None,
    support: str = "evidential",
) -> None:
    """Write ``subject`` to ``path`` in ``format`` (by default the one its name implies),
    atomically and only where :func:`~argmap.formats.check_output_path` allows."""
    format = check_format(format) if format is not None else guess_format(path)
    atomic_write_text(path, format_as(subject, format, support))
