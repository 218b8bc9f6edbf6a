"""``argmap explain``: why a claim stands or falls.

    argmap explain MAP CLAIM [--semantics S] [--support R] [--perspective ACTOR] [--audience ID]
                             [--formal] [--frames DIR] [--highlight OUT.svg] [--what-if]
                             [--follow-symlinks]

Prints whether the claim stands, falls or is undecided, and why, in the claims' own words:
each claim the reason needs, once, and an attack the support reading derived told as the
chain of supports drawn. A map's [classroom] profile chooses the semantics and reading when
the command line does not; when another reading would change a thesis's verdict, one line
says so. --formal prints the formal explanation instead: the grounded rounds with IN, OUT and
UNDEC; for other semantics an admissible set that holds it with the answer to every attack
(or why none can), and an extension without it (or why every extension has it); the attacks
the support reading derived, with their support chains; and the texts and holders of the
claims named.
--frames writes the grounded rounds as pictures frame-00.svg, frame-01.svg, ...;
--highlight draws the map with the explanation's claims highlighted; --what-if adds the
smallest sets of claims whose removal would change the status. DIR must be a folder or a
new name in one; OUT a regular file or a new name (never '-': the explanation is printed).
"""

from __future__ import annotations

import argparse
import sys

from argmap._text import plural
from argmap.cli._classroom import add_classroom_options, chosen_reading
from argmap.cli._common import UsageError, add_command
from argmap.cli._inputs import (
    add_audience_option,
    add_input_options,
    add_reading_options,
    read_input,
)
from argmap.cli._outputs import add_follow_symlinks, output_folder, output_target
from argmap.debate import Debate
from argmap.debate import evaluate as evaluate_debate
from argmap.explain import explain_claim
from argmap.explain.plain import explain_plainly, reading_note
from argmap.explain.whatif import smallest_removals

__all__ = ["add_parser", "run"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``explain`` and its options."""
    summary = "explain why a claim of a map stands or falls"
    parser = add_command(subparsers, "explain", summary, __doc__)
    parser.add_argument("input", metavar="MAP", help="a map file")
    add_input_options(parser)
    parser.add_argument("claim", metavar="CLAIM", help="the id of the claim to explain")
    add_reading_options(parser, "grounded")
    add_audience_option(parser)
    add_classroom_options(parser, "grounded")
    parser.add_argument(
        "--frames", metavar="DIR", help="write the grounded rounds as SVG frames into DIR"
    )
    parser.add_argument(
        "--highlight", metavar="OUT", help="draw the map with this explanation's claims highlighted"
    )
    parser.add_argument(
        "--what-if",
        action="store_true",
        help="also find the smallest removals that change the status",
    )
    add_follow_symlinks(parser)
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """Explain the claim and write the pictures asked for."""
    frames = output_folder(options.frames, options) if options.frames is not None else None
    highlight = (
        output_target(options.highlight, [options.input], options, stdout=False)
        if options.highlight is not None
        else None
    )
    highlight_format = None
    if highlight is not None:
        from argmap.render import guess_picture_format

        # options.highlight is the name given (highlight is set only when it is)
        highlight_format = guess_picture_format(str(options.highlight))  # fails early
    debate = read_input(options.input, options.source_format, strict=options.strict)
    if not isinstance(debate, Debate):
        raise UsageError(f"{options.input} is a framework file; explain takes a map")
    debate.claim(options.claim)
    semantics, support = chosen_reading(options, debate)
    result = evaluate_debate(debate, semantics, support, options.perspective, options.audience)
    explanation = explain_claim(debate, options.claim, evaluation=result)
    note = reading_note(result, formal=options.formal)
    out = sys.stdout
    if options.formal:
        out.write(explanation.text() + "\n")
        if note:
            out.write(note + "\n")
    else:
        out.write(explain_plainly(result, options.claim, note=note).text() + "\n")
    if options.what_if:
        found = smallest_removals(
            debate,
            options.claim,
            result.semantics,
            result.reading,
            perspective=options.perspective,
            audience=options.audience,
        )
        out.write("\n" + (found.text() if options.formal else found.plain()) + "\n")
    if frames is not None:
        from argmap.render import write_frames

        paths = write_frames(debate, frames, result.reading.value)
        frames = plural(len(paths), "frame")
        out.write(f"\nwrote {frames} of the grounded rounds to {options.frames}\n")
    if highlight is not None:
        from argmap.render import explanation_graph, render

        render(explanation_graph(explanation), highlight, highlight_format)
        out.write(f"wrote {options.highlight}\n")
    return 0
