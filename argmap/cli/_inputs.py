"""Reading what the subcommands are given: a map file or a framework file (the format
chosen by :mod:`argmap.formats.registry`), and the reading options several commands share."""

from __future__ import annotations

import argparse
import sys

from argmap.debate import Debate
from argmap.formats.registry import read
from argmap.framework import ArgumentFramework

__all__ = ["add_reading_options", "read_input"]


def read_input(path: str, fmt: str | None = None) -> Debate | ArgumentFramework:
    """A debate (map files, Argdown, AIF) or a framework (i23, apx, tgf), read by
    :func:`argmap.formats.read`. Notes on what an import left out go to stderr."""
    notes: list[str] = []
    subject = read(path, fmt, notes=notes)
    for note in notes:
        print(f"argmap: note: {path}: {note}", file=sys.stderr)
    return subject


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


def add_audience_option(parser: argparse.ArgumentParser) -> None:
    """``--audience``: evaluate for one of the map's audiences (rankings of values)."""
    parser.add_argument(
        "--audience",
        metavar="ID",
        help="apply this audience's ranking of values (an [[audiences]] id of the map): "
        "attacks on a claim whose best value it ranks higher than the attacker's fail",
    )
