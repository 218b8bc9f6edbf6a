"""``argmap check``: validate a map file, and the verdicts it documents.

    argmap check MAP [MAP ...] [--no-verdicts]

Prints ``ok: MAP (...)`` for each valid map. A map with mistakes is reported with every
problem (file, line, claim or relation, field, fix); a documented verdict that the evaluation
does not give is reported claim by claim. Exit status 0 when every map is valid and its
verdicts hold, 1 otherwise.

Warnings, which do not change the exit status, go to standard error as ``argmap: warning:
MAP: ...``: an argument whose scheme is unknown or whose premises do not fit its scheme's
premise roles, and a relation whose question is not a question of the scheme of the
argument it targets (see ``argmap questions`` and docs/schemes.md).
"""

from __future__ import annotations

import argparse
import sys

from argmap._text import plural
from argmap.cli._common import EXIT_OK, EXIT_USER_ERROR, UsageError, add_command
from argmap.cli._inputs import add_input_options, read_input
from argmap.debate import Debate
from argmap.debate.questions import debate_question_report
from argmap.errors import ArgmapError, Problem

__all__ = ["add_parser", "run", "scheme_warnings"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``check`` and its options."""
    parser = add_command(
        subparsers, "check", "validate map files and their documented verdicts", __doc__
    )
    parser.add_argument("inputs", nargs="+", metavar="MAP", help="map files to check")
    add_input_options(parser)
    parser.add_argument(
        "--no-verdicts", action="store_true", help="check the file only, not its [[verdicts]]"
    )
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """Check each map; report every problem."""
    status = EXIT_OK
    for path in options.inputs:
        try:
            debate = read_input(path, options.source_format, strict=options.strict)
        except ArgmapError as exc:
            print(f"argmap: error: {exc}", file=sys.stderr)
            status = EXIT_USER_ERROR
            continue
        if not isinstance(debate, Debate):
            raise UsageError(f"{path} is a framework file; check takes map files")
        for warning in scheme_warnings(debate):
            print(f"argmap: warning: {path}: {warning}", file=sys.stderr)
        mismatches = [] if options.no_verdicts else debate.check_verdicts()
        if mismatches:
            status = EXIT_USER_ERROR
            print(
                f"argmap: error: {path}: {len(mismatches)} documented verdicts do not hold:",
                file=sys.stderr,
            )
            for line in mismatches:
                print(f"  {line}", file=sys.stderr)
            continue
        held = len(debate.verdicts)
        checked = (
            ""
            if options.no_verdicts
            else f", {plural(held, 'documented verdict')} {'holds' if held == 1 else 'hold'}"
        )
        print(
            f"ok: {path} ({plural(len(debate.claims), 'claim')}, "
            f"{plural(len(debate.relations), 'relation')}{checked})"
        )
    return status


def scheme_warnings(debate: Debate) -> tuple[Problem, ...]:
    """The warnings of :func:`argmap.debate.questions.question_report` for a debate (the
    same ``argmap questions`` gives)."""
    return debate_question_report(debate).warnings
