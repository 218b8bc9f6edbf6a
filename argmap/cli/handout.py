"""``argmap handout``: a printable handout of a map.

    argmap handout MAP -o OUT.pdf|OUT.html [--paper a4|a3] [--semantics S] [--support R]
                   [--exercises SEED] [--follow-symlinks]

Writes the verdict in plain words (each thesis stands, falls or is undecided, and why, with
a one-line note when another reading of the supports would change it), the diagram fitted
to a page of the paper (a landscape page when the map is wide; a large map as an overview
page and parts, each printing its text at 6 points or more), and a numbered table of
the claims with their stance, status, holders and sources. A4 unless --paper a3. A PDF is
printed by a headless Chromium (sudo apt-get install chromium); .html needs nothing and
prints the same from a browser. The map's [classroom] profile chooses the semantics and
reading unless -s or --support do. --exercises SEED adds the questions of
'argmap exercise --map MAP --seed SEED' with room for the answers (the key stays with you:
'argmap exercise --map MAP --seed SEED --answers').
"""

from __future__ import annotations

import argparse
import re
import sys

from argmap.cli._classroom import add_classroom_options, chosen_reading
from argmap.cli._common import UsageError, add_command
from argmap.cli._inputs import add_reading_options, read_input
from argmap.cli._outputs import add_follow_symlinks, output_target
from argmap.debate import Debate
from argmap.formats._files import atomic_write_bytes

__all__ = ["add_parser", "run"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``handout`` and its options."""
    summary = "write a printable handout of a map (PDF or HTML, A4 or A3)"
    parser = add_command(subparsers, "handout", summary, __doc__)
    parser.add_argument("input", metavar="MAP", help="a map file")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="the handout: a .pdf or .html file"
    )
    parser.add_argument(
        "--paper", choices=("a4", "a3"), default="a4", help="paper size (default a4)"
    )
    parser.add_argument(
        "--exercises",
        type=int,
        metavar="SEED",
        help="add the exercise of this seed (questions only; see argmap exercise --map)",
    )
    add_reading_options(parser, "grounded")
    add_classroom_options(parser, "grounded")
    add_follow_symlinks(parser)
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """Write the handout and say what was written."""
    name = options.output.lower()
    if not name.endswith((".pdf", ".html", ".htm")):
        raise UsageError(f"a handout is .pdf or .html, not {options.output!r}")
    target = output_target(options.output, [options.input], options, stdout=False)
    assert target is not None  # stdout is refused above
    debate = read_input(options.input)
    if not isinstance(debate, Debate):
        raise UsageError(f"{options.input} is a framework file; handout takes a map")
    semantics, support = chosen_reading(options, debate)

    from argmap.render.handout import handout_html, print_pdf

    page = handout_html(
        debate, semantics, support, paper=options.paper, exercise_seed=options.exercises
    )
    if name.endswith(".pdf"):
        data = print_pdf(page)
        pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
        what = f"{pages} {options.paper.upper()} page{'s' if pages != 1 else ''}"
    else:
        data = page.encode("utf-8")
        what = f"a page that prints on {options.paper.upper()}"
    atomic_write_bytes(target, data)
    sys.stdout.write(f"wrote {options.output}: {what}, {len(debate.claims)} claims\n")
    return 0
