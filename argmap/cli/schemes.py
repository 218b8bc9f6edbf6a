"""``argmap schemes``: the catalogue of argument schemes and their critical questions.

    argmap schemes [--json]

Prints one block per scheme: its id and name, its premises by role, the form of its
conclusion, and its critical questions numbered, each with its id and kind (premise,
assumption or exception; see docs/schemes.md). --json prints {"schemes": [...]}, each
scheme in the shape of a map's [[schemes]] table.
"""

from __future__ import annotations

import argparse
import json
import sys

from argmap.cli._common import EXIT_OK, add_command
from argmap.debate.schemes import CATALOGUE, Scheme

__all__ = ["add_parser", "as_json", "run", "scheme_text"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``schemes`` and its options."""
    parser = add_command(
        subparsers, "schemes", "list the argument schemes and their critical questions", __doc__
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of the text"
    )
    parser.set_defaults(handler=run)
    return parser


def as_json(schemes: tuple[Scheme, ...] = CATALOGUE) -> dict:
    """The catalogue as plain data (what ``--json`` prints)."""
    return {"schemes": [s.to_table() for s in schemes]}


def scheme_text(scheme: Scheme) -> str:
    """One scheme as a block of text."""
    lines = [f"{scheme.id}: {scheme.name}"]
    for role in scheme.premises:
        lines.append(f"  premise ({role.id}): {role.form}")
    lines.append(f"  conclusion: {scheme.conclusion}")
    lines.append("  critical questions:")
    for number, question in enumerate(scheme.questions, 1):
        lines.append(f"    {number}. {question.text}  [{question.id}, {question.kind.value}]")
    if scheme.source:
        lines.append(f"  source: {scheme.source}")
    return "\n".join(lines)


def run(options: argparse.Namespace) -> int:
    """Print the catalogue."""
    if options.json:
        sys.stdout.write(json.dumps(as_json(), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write("\n\n".join(scheme_text(s) for s in CATALOGUE) + "\n")
    return EXIT_OK
