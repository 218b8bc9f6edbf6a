"""``argmap convert``: between debate formats, and from a debate to a framework or graph.

    argmap convert IN OUT [--from FORMAT] [--to FORMAT] [--support R] [--follow-symlinks]

Formats, each chosen by the file's name (a plain .json or .txt by its content) unless given:
  toml, json   argmap map files (*.argmap.toml, *.argmap.json)
  argdown      Argdown (*.argdown, *.ad), or argdown json output
  aif          AIF JSON: AIFdb nodesets, corpora (a folder), OVA's xAIF (*.aif.json, *.aif)
  kialo        Kialo's discussion export (*.kialo.txt)
  graphml      GraphML for yEd and Gephi (*.graphml; written, not read)
  i23 apx tgf  abstract frameworks
A debate written as a framework is first flattened under the support reading (default
evidential): claims become arguments, and the meta-arguments of undercuts and evidential
chains are added (docs/debates.md). A framework cannot become a debate. What a format
cannot hold is reported (docs/interchange.md). The output is written atomically, only to a
regular file or a new name, never over IN; OUT '-' writes to standard output (give --to).
"""

from __future__ import annotations

import argparse
import sys

from argmap.cli._common import UsageError, add_command
from argmap.cli._inputs import add_input_options, read_input
from argmap.cli._outputs import STDOUT, add_follow_symlinks, output_target, write_output
from argmap.debate import Debate
from argmap.formats.registry import (
    ALL_FORMATS,
    READABLE_FORMATS,
    check_format,
    format_as,
    guess_format,
    omissions,
)

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
        choices=READABLE_FORMATS,
        help="format of IN (default: from its name, or its content for .json)",
    )
    add_input_options(parser, with_from=False)
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
    if options.target_format is not None:
        target = check_format(options.target_format)
    else:
        target = guess_format(options.output)
    subject = read_input(options.input, options.source_format, strict=options.strict)
    write_output(destination, format_as(subject, target, options.support))
    if destination is not None:  # said on stdout, like every command that writes a file
        sys.stdout.write(f"wrote {options.output} ({target})\n")
    left_out = omissions(subject, target) if isinstance(subject, Debate) else ()
    if left_out:  # said, never dropped silently
        print(f"note: {target} cannot hold these parts of the map; left out:", file=sys.stderr)
        for line in left_out:
            print(f"  {line}", file=sys.stderr)
    return 0
