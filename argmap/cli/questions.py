"""``argmap questions``: the critical questions of a map's arguments, raised and open.

    argmap questions MAP [--json]

For each argument of the map: its scheme, its premises by role, the critical questions
raised (by which relation, from which claim) and the open ones, each with its kind:
an open assumption is presumed to hold, an open exception does not count (Carneades; see
docs/schemes.md). Warnings (an unknown scheme, premises that do not fit the scheme's roles,
a question that is not one of the targeted argument's scheme) go to standard error as
``argmap: warning: ...`` and do not change the exit status. --json prints one object,
{"arguments": [...], "warnings": [...]}, and no warnings on standard error.
"""

from __future__ import annotations

import argparse
import json
import sys

from argmap.cli._common import EXIT_OK, UsageError, add_command
from argmap.cli._inputs import add_input_options, read_input
from argmap.debate import Debate
from argmap.debate.questions import debate_question_report

__all__ = ["add_parser", "debate_question_report", "run"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``questions`` and its options."""
    summary = "list each argument's critical questions: raised and open"
    parser = add_command(subparsers, "questions", summary, __doc__)
    parser.add_argument("input", metavar="MAP", help="a map file")
    add_input_options(parser)
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of the text"
    )
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """Print the report; warnings on standard error (text) or in the object (JSON)."""
    debate = read_input(options.input, options.source_format, strict=options.strict)
    if not isinstance(debate, Debate):
        raise UsageError(f"{options.input} is a framework file; questions takes a map")
    report = debate_question_report(debate)
    if options.json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    sys.stdout.write(report.text() + "\n")
    for warning in report.warnings:
        print(f"argmap: warning: {options.input}: {warning}", file=sys.stderr)
    return EXIT_OK
