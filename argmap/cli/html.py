"""``argmap html``: the interactive explorer page of a map, one self-contained file.

    argmap html MAP -o MAP.html [--follow-symlinks] [--timeout S]

The page embeds the map's diagram, its evaluation under every semantics and support reading,
the grounded explanation of every claim and the grounded rounds; it opens from file:// in
any current browser, with no server and no network (docs/explorer.md). OUT '-' writes the
page to standard output; OUT must be a regular file or a new name, never the map itself.
--timeout S stops after S seconds, writing nothing, with exit status 124.
"""

from __future__ import annotations

import argparse
import sys

from argmap._text import plural
from argmap.cli._common import UsageError, add_command
from argmap.cli._deadline import TimeLimitReached, add_timeout_option, report, time_limit
from argmap.cli._inputs import add_input_options, read_input
from argmap.cli._outputs import add_follow_symlinks, output_target, write_output
from argmap.debate import Debate

__all__ = ["add_parser", "run"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``html`` and its options."""
    summary = "write the interactive explorer page of a map"
    parser = add_command(subparsers, "html", summary, __doc__)
    parser.add_argument("input", metavar="MAP", help="a map file (or Argdown, AIF)")
    add_input_options(parser)
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="the .html file to write ('-': stdout)"
    )
    add_follow_symlinks(parser)
    add_timeout_option(parser)
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """Write the page."""
    from argmap.render.html import explorer_html

    target = output_target(options.output, [options.input], options)
    debate = read_input(options.input, options.source_format, strict=options.strict)
    if not isinstance(debate, Debate):
        raise UsageError(f"{options.input} is a framework file; the explorer takes a map")
    try:
        with time_limit(options.timeout):
            page = explorer_html(debate)
    except TimeLimitReached:
        return report(options.timeout)
    write_output(target, page)
    if target is not None:
        sys.stdout.write(f"wrote {options.output}: {plural(len(debate.claims), 'claim')}\n")
    return 0
