"""The classroom profile on the command line: a map's ``[classroom]`` semantics and support
reading apply when the command line names none, and ``--formal`` shows the formal terms."""

from __future__ import annotations

import argparse

from argmap.debate import Debate

__all__ = ["add_classroom_options", "chosen_reading"]


def add_classroom_options(parser: argparse.ArgumentParser, default_semantics: str) -> None:
    """``--formal``; and the reading options' defaults left empty, so that a map's
    classroom profile can fill them (:func:`chosen_reading`)."""
    parser.add_argument(
        "--formal",
        action="store_true",
        help="use the formal terms (IN/OUT/UNDEC, semantics and reading names, helper arguments)",
    )
    parser.set_defaults(semantics=None, support=None, default_semantics=default_semantics)


def chosen_reading(options: argparse.Namespace, debate: Debate) -> tuple[str, str]:
    """The semantics and support reading to use: the command line's, else the map's
    classroom profile's, else the command's defaults."""
    profile = debate.classroom
    semantics = options.semantics
    if semantics is None:
        chosen = profile.semantics if profile is not None else None
        semantics = chosen.title if chosen is not None else options.default_semantics
    support = options.support
    if support is None:
        reading = profile.support if profile is not None else None
        support = reading.value if reading is not None else "evidential"
    return semantics, support
