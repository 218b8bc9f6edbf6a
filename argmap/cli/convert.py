"""``argmap convert``: between debate formats, and from a debate to a framework or graph.

    argmap convert IN OUT [--from FORMAT] [--to FORMAT] [--support R]

Formats, each chosen by the file's name unless given:
  toml, json   argmap map files (*.argmap.toml, *.argmap.json)
  argdown      Argdown, a documented subset (*.argdown, *.ad)
  aif          AIF JSON as AIFdb and OVA write it (*.aif.json, *.aif)
  graphml      GraphML for yEd and Gephi (*.graphml; written, not read)
  i23 apx tgf  abstract frameworks
A debate written as a framework is first flattened under the support reading (default
evidential): claims become arguments, and the meta-arguments of undercuts and evidential
chains are added (docs/debates.md). A framework cannot become a debate. What a format
cannot hold is reported (docs/interchange.md). The output is written atomically.
"""

from __future__ import annotations

import argparse

from argmap.cli._common import UsageError, add_command
from argmap.cli._inputs import ALL_FORMATS, DEBATE_FORMATS, input_format, read_input
from argmap.debate import Debate, flatten
from argmap.formats.aif import write_aif
from argmap.formats.argdown import write_argdown
from argmap.formats.graphs import write_graphml
from argmap.formats.iccma import write_framework
from argmap.formats.maps import write_map

__all__ = ["add_parser", "run"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``convert`` and its options."""
    parser = add_command(
        subparsers, "convert", "convert between map and framework formats", __doc__
    )
    parser.add_argument("input", metavar="IN", help="the file to read")
    parser.add_argument("output", metavar="OUT", help="the file to write")
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
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """Read IN and write OUT."""
    target = input_format(options.output, options.target_format)
    subject = read_input(options.input, options.source_format)
    if target == "graphml":
        write_graphml(subject, options.output)
        return 0
    if target in DEBATE_FORMATS:
        if not isinstance(subject, Debate):
            raise UsageError(
                "a framework cannot be converted to a map: it has no claims' texts, stances "
                "or supports; write it as i23, apx, tgf or graphml"
            )
        writers = {"argdown": write_argdown, "aif": write_aif}
        if target in writers:
            writers[target](subject, options.output)
        else:
            write_map(subject, options.output, target)
        return 0
    framework = (
        flatten(subject, options.support).framework if isinstance(subject, Debate) else subject
    )
    write_framework(framework, options.output, target)
    return 0
