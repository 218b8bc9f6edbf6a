"""Reading what the subcommands are given: a map file or a framework file."""

from __future__ import annotations

import argparse
from pathlib import Path

from argmap.cli._common import UsageError
from argmap.debate import Debate, SupportReading
from argmap.formats.iccma import FORMATS as FRAMEWORK_FORMATS
from argmap.formats.iccma import read_framework
from argmap.formats.maps import MAP_FORMATS, read_map
from argmap.framework import ArgumentFramework
from argmap.semantics import Semantics

__all__ = ["ALL_FORMATS", "add_reading_options", "input_format", "read_input"]

ALL_FORMATS = (*MAP_FORMATS, *FRAMEWORK_FORMATS)
_SUFFIXES = {
    ".toml": "toml",
    ".json": "json",
    ".i23": "i23",
    ".af": "i23",
    ".apx": "apx",
    ".tgf": "tgf",
}


def input_format(path: str, given: str | None = None) -> str:
    """The format of a file: ``given``, else its suffix."""
    if given is not None:
        if given not in ALL_FORMATS:
            raise UsageError(f"unknown format {given!r}; use one of: {', '.join(ALL_FORMATS)}")
        return given
    suffix = Path(path).suffix.lower()
    if suffix in _SUFFIXES:
        return _SUFFIXES[suffix]
    raise UsageError(
        f"cannot tell the format of {path!r} from its name; use a name ending in "
        ".argmap.toml, .argmap.json, .i23, .apx or .tgf, or give the format"
    )


def read_input(path: str, fmt: str | None = None) -> Debate | ArgumentFramework:
    """A debate (map files) or a framework (i23, apx, tgf)."""
    fmt = input_format(path, fmt)
    if fmt in MAP_FORMATS:
        return read_map(path, fmt)
    return read_framework(path, fmt)


def _semantics(value: str) -> Semantics:
    return Semantics.parse(value)


def _reading(value: str) -> SupportReading:
    return SupportReading.parse(value)


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
