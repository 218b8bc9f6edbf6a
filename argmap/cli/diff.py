"""``argmap diff``: compare two maps of the same debate.

    argmap diff LEFT RIGHT [--semantics S] [--support R] [--json] [--threshold X]
                           [-o OUT.svg|.png|.pdf|.dot|.html] [--follow-symlinks]

Claims are matched by id, then the rest by the similarity of their texts (at least X, 0.6
by default); lists the claims, relations and arguments only in one map, the matched claims
whose text, stance, kind, holders or sources differ, the claims whose verdict differs (stands,
falls, undecided; under LEFT's [classroom] reading unless -s or --support say otherwise),
and any other part that differs. "The maps are the same." when nothing does. --json prints
the same as one JSON object. -o also draws the two maps as one diagram: what both have in
grey, what only LEFT has blue and dashed, what only RIGHT has orange and dotted, and the
claims whose verdict differs with a thick reddish-purple border naming both verdicts (.html:
a page with the differences in words and the drawing). Exit status 0 whether or not the maps
differ.
"""

from __future__ import annotations

import argparse
import json
import sys

from argmap.cli._classroom import add_classroom_options, chosen_reading
from argmap.cli._common import UsageError, add_command
from argmap.cli._inputs import add_reading_options, read_input
from argmap.cli._outputs import add_follow_symlinks, output_target
from argmap.debate import Debate
from argmap.explain.compare import compare_maps
from argmap.formats._files import atomic_write_bytes

__all__ = ["add_parser", "run"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``diff`` and its options."""
    summary = "compare two maps: claims, relations, arguments and verdicts"
    parser = add_command(subparsers, "diff", summary, __doc__)
    parser.add_argument("left", metavar="LEFT", help="a map file (e.g. the model answer)")
    parser.add_argument("right", metavar="RIGHT", help="a map file (e.g. a student's map)")
    add_reading_options(parser, "grounded")
    add_classroom_options(parser, "grounded")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--threshold",
        type=float,
        default=0.6,
        metavar="X",
        help="least text similarity (0 to 1) to match claims with different ids (default 0.6)",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="also draw the comparison: .svg, .png, .pdf, .dot, or .html (drawing and words)",
    )
    add_follow_symlinks(parser)
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """Compare the maps and print the differences."""
    if not 0.0 <= options.threshold <= 1.0:
        raise UsageError("--threshold must be from 0 to 1")
    target, fmt = None, ""
    if options.output is not None:
        from argmap.render.compare import comparison_format

        fmt = comparison_format(options.output)  # fails before anything is computed
        target = output_target(options.output, [options.left, options.right], options, stdout=False)
    maps = []
    for path in (options.left, options.right):
        debate = read_input(path)
        if not isinstance(debate, Debate):
            raise UsageError(f"{path} is a framework file; diff compares maps")
        maps.append(debate)
    left, right = maps
    semantics, support = chosen_reading(options, left)
    comparison = compare_maps(left, right, semantics, support, threshold=options.threshold)
    if options.json:
        sys.stdout.write(json.dumps(comparison.to_dict(), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(f"left: {options.left}\nright: {options.right}\n")
        sys.stdout.write(comparison.text() + "\n")
    if target is not None:
        from argmap.render.compare import comparison_bytes

        data = comparison_bytes(
            left, right, comparison, fmt, left_name=options.left, right_name=options.right
        )
        atomic_write_bytes(target, data)
        if not options.json:  # standard output stays one JSON object
            sys.stdout.write(f"wrote {options.output}\n")
    return 0
