"""Reading what the subcommands are given: a map file or a framework file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from argmap.cli._common import UsageError
from argmap.debate import Debate
from argmap.formats.aif import read_aif
from argmap.formats.argdown import read_argdown
from argmap.formats.iccma import FORMATS as FRAMEWORK_FORMATS
from argmap.formats.iccma import read_framework
from argmap.formats.maps import MAP_FORMATS, read_map
from argmap.framework import ArgumentFramework

__all__ = ["ALL_FORMATS", "DEBATE_FORMATS", "add_reading_options", "input_format", "read_input"]

DEBATE_FORMATS = (*MAP_FORMATS, "argdown", "aif")
ALL_FORMATS = (*DEBATE_FORMATS, *FRAMEWORK_FORMATS, "graphml")
_ENDINGS = (
    (".aif.json", "aif"),
    (".aif", "aif"),
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


def input_format(path: str, given: str | None = None) -> str:
    """The format of a file: ``given``, else its suffix."""
    if given is not None:
        if given not in ALL_FORMATS:
            raise UsageError(f"unknown format {given!r}; use one of: {', '.join(ALL_FORMATS)}")
        return given
    name = Path(path).name.lower()
    for ending, fmt in _ENDINGS:
        if name.endswith(ending):
            return fmt
    raise UsageError(
        f"cannot tell the format of {path!r} from its name; use a name ending in "
        ".argmap.toml, .argmap.json, .argdown, .aif.json, .graphml, .i23, .apx or .tgf, "
        "or give the format"
    )


def read_input(path: str, fmt: str | None = None) -> Debate | ArgumentFramework:
    """A debate (map files, Argdown, AIF) or a framework (i23, apx, tgf). Notes on what an
    import left out go to stderr."""
    fmt = input_format(path, fmt)
    if fmt in MAP_FORMATS:
        return read_map(path, fmt)
    if fmt == "argdown":
        return read_argdown(path)
    if fmt == "aif":
        result = read_aif(path)
        for note in result.notes:
            print(f"argmap: note: {path}: {note}", file=sys.stderr)
        return result.debate
    if fmt == "graphml":
        raise UsageError("argmap writes GraphML but does not read it; convert from the map file")
    return read_framework(path, fmt)


def add_reading_options(parser: argparse.ArgumentParser, default_semantics: str) -> None:
    """``--semantics``, ``--support`` and ``--perspective``, shared by several commands."""
    parser.add_argument(
        "-s",
        "--semantics",
        default=default_semantics,
        metavar="S",
        help=f"semantics name or ICCMA code, e.g. preferred or ST (default: {default_semantics})",
    )
    parser.add_argument(
        "--support",
        default="evidential",
        metavar="R",
        help="support reading: evidential (default), deductive, necessary or none",
    )
    parser.add_argument(
        "--perspective",
        metavar="ACTOR",
        help="evaluate as this actor sees it (its claims preferred); maps only",
    )
