"""``argmap convert``: between debate formats, and from a debate to a framework or graph.

    argmap convert IN OUT [--from FORMAT] [--to FORMAT] [--support R] [--follow-symlinks]

Formats, each chosen by the file's name unless given:
  toml, json   argmap map files (*.argmap.toml, *.argmap.json)
  argdown      Argdown, a documented subset (*.argdown, *.ad)
  aif          AIF JSON as AIFdb and OVA write it (*.aif.json, *.aif)
  graphml      GraphML for yEd and Gephi (*.graphml; written, not read)
  i23 apx tgf  abstract frameworks
A debate written as a framework is first flattened under the support reading (default
evidential): claims become arguments, and the meta-arguments of undercuts and evidential
chains are added (docs/debates.md). A framework cannot become a debate. What a format
cannot hold is reported on standard error (docs/interchange.md). The output is written
atomically, only to a regular file or a new name, never over IN; OUT '-' writes to standard
output (give --to).
"""

from __future__ import annotations

import argparse
import sys

from argmap.cli._common import UsageError, add_command
from argmap.cli._inputs import ALL_FORMATS, DEBATE_FORMATS, input_format, read_input
from argmap.cli._outputs import STDOUT, add_follow_symlinks, output_target, write_output
from argmap.debate import Debate, flatten
from argmap.formats.aif import aif_omissions, format_aif
from argmap.formats.argdown import argdown_omissions, format_argdown
from argmap.formats.graphs import format_graphml
from argmap.formats.iccma import format_framework
from argmap.formats.maps import format_map
from argmap.framework import ArgumentFramework

__all__ = ["add_parser", "run"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``convert`` and its options."""
    parser = add_command(
        subparsers, "convert", "convert between map and framework formats", __doc__
    )
    parser.add_argument("input", metavar="IN", help="the file to read")
    parser.add_argument("output", metavar="OUT", help="the file to write ('-': stdout)")
    parser.add_argument(
        "--from",
        dest="source_format",
        choices=ALL_FORMATS,
        help="format of IN (default: from its suffix)",
    )
    parser.add_argument(
        "--to",
        dest="target_format",
        choices=ALL_FORMATS,
        help="format of OUT (default: from its suffix)",
    )
    parser.add_argument(
        "--support",
        default="evidential",
        metavar="R",
        help="support reading for map to framework (default evidential)",
    )
    add_follow_symlinks(parser)
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """Read IN and write OUT."""
    destination = output_target(options.output, [options.input], options)
    if options.output == STDOUT and options.target_format is None:
        raise UsageError("writing to standard output ('-') needs --to FORMAT")
    target = input_format(options.output, options.target_format)
    subject = read_input(options.input, options.source_format)
    write_output(destination, _converted(subject, target, options.support))
    if isinstance(subject, Debate):
        _report_omissions(subject, target)
    return 0


def _report_omissions(debate: Debate, target: str) -> None:
    """Say on standard error what the target format left out (never a silent loss)."""
    left_out = {"argdown": argdown_omissions, "aif": aif_omissions}.get(target)
    lines = left_out(debate) if left_out else ()
    if lines:
        print(f"note: {target} cannot hold these parts of the map; left out:", file=sys.stderr)
        for line in lines:
            print(f"  {line}", file=sys.stderr)


def _converted(subject: Debate | ArgumentFramework, target: str, support: str) -> str:
    """The text of ``subject`` in format ``target``."""
    if target == "graphml":
        return format_graphml(subject)
    if target in DEBATE_FORMATS:
        if not isinstance(subject, Debate):
            raise UsageError(
                "a framework cannot be converted to a map: it has no claims' texts, stances "
                "or supports; write it as i23, apx, tgf or graphml"
            )
        if target == "argdown":
            return format_argdown(subject)
        if target == "aif":
            return format_aif(subject)
        return format_map(subject, target)
    framework = flatten(subject, support).framework if isinstance(subject, Debate) else subject
    return format_framework(framework, target)
