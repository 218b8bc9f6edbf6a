"""``argmap render``: a map or framework file to a picture, with the evaluation overlaid.

    argmap render MAP -o OUT.svg [--semantics S] [--support R] [--group-by stance|actor|tag]
                                 [--format svg|png|pdf|dot] [--direction BT|TB|LR|RL]
                                 [--derived] [--gradual METHOD] [--no-legend] [--no-actors]
                                 [--plain] [--formal] [--quiet] [--follow-symlinks]
                                 [--engine auto|dot|sfdp|neato] [--timeout S]

The picture's format follows OUT's suffix unless --format is given. Each claim is marked
STANDS, UNDECIDED or FALLS (--formal: ACCEPTED, CREDULOUS, UNDECIDED, REJECTED); when
another reading of the supports would change a thesis's verdict, a line under the title says
so. A map's [classroom] profile chooses the semantics and reading when the command line does
not. After writing it, the command prints which claims stand: each thesis's status and
grounded label, and the accepted claims (--quiet prints nothing). OUT '-' writes the picture
to standard output (give --format; nothing else is printed). OUT must be a regular file or a
new name, never the map itself (docs/cli.md). Frameworks (.i23, .apx, .tgf) are drawn with
their grounded labelling.
--engine chooses the Graphviz layout (default auto: from the diagram's size and density,
falling back to sfdp with a note when dot does not finish in its share of the time).
--timeout S stops after S seconds, writing nothing, with exit status 124.
"""

from __future__ import annotations

import argparse
import io
import sys

from argmap._text import plural
from argmap.cli._classroom import add_classroom_options, chosen_reading
from argmap.cli._common import add_command
from argmap.cli._deadline import TimeLimitReached, add_timeout_option, report, time_limit
from argmap.cli._inputs import (
    add_audience_option,
    add_input_options,
    add_reading_options,
    read_input,
)
from argmap.cli._outputs import add_follow_symlinks, output_target, write_output
from argmap.debate import Debate, Evaluation, Flattening, flatten
from argmap.debate import evaluate as evaluate_debate
from argmap.explain.plain import plain_status, reading_note
from argmap.gradual import debate_strengths
from argmap.render import DIRECTIONS, FORMATS, GROUPINGS, guess_picture_format, picture_bytes
from argmap.render.output import ENGINES
from argmap.semantics import Label, grounded_labelling

__all__ = ["add_parser", "run"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``render`` and its options."""
    parser = add_command(
        subparsers, "render", "draw a map or framework as SVG, PNG, PDF or DOT", __doc__
    )
    parser.add_argument(
        "input", metavar="MAP", help="a map file (.argmap.toml, .argmap.json) or a framework file"
    )
    add_input_options(parser)
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="the picture to write ('-': stdout)"
    )
    parser.add_argument(
        "--format", choices=FORMATS, help="picture format (default: from OUT's suffix)"
    )
    add_reading_options(parser, "grounded")
    add_audience_option(parser)
    add_classroom_options(parser, "grounded")
    parser.add_argument(
        "--group-by", choices=GROUPINGS, help="box the claims of each stance, actor or tag"
    )
    parser.add_argument(
        "--direction",
        choices=DIRECTIONS,
        default="BT",
        help="layout direction (default BT: theses on top)",
    )
    parser.add_argument(
        "--derived",
        action="store_true",
        help="also draw the attacks the support reading derives (dotted)",
    )
    parser.add_argument("--no-legend", action="store_true", help="leave out the legend")
    parser.add_argument(
        "--no-actors", action="store_true", help="leave out the actors under each claim"
    )
    parser.add_argument(
        "--gradual",
        metavar="METHOD",
        help="show each claim's strength (dfquad, quad, euler, quadratic-energy, h-categoriser)",
    )
    parser.add_argument("--plain", action="store_true", help="draw the map without evaluating it")
    parser.add_argument("-q", "--quiet", action="store_true", help="print nothing")
    parser.add_argument(
        "--engine",
        choices=ENGINES,
        default="auto",
        help="Graphviz layout engine (default auto: dot for small or sparse diagrams, sfdp "
        "for large ones, and sfdp when dot does not finish in time)",
    )
    add_follow_symlinks(parser)
    add_timeout_option(parser)
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """Draw the picture and print what stands (nothing is written past ``--timeout``)."""
    target = output_target(options.output, [options.input], options)
    fmt = options.format or guess_picture_format(options.output)
    notes: list[str] = []
    try:
        with time_limit(options.timeout):
            picture, summary = _draw(options, fmt, notes)
    except TimeLimitReached:
        return report(options.timeout)
    for note in notes:
        print(f"argmap: note: {note}", file=sys.stderr)
    write_output(target, picture)
    if not (options.quiet or target is None):  # standard output carries the picture alone
        sys.stdout.write(summary)
    return 0


def _draw(options: argparse.Namespace, fmt: str, notes: list[str]) -> tuple[bytes, str]:
    """The picture and the summary ``render`` prints after writing it."""
    subject = read_input(options.input, options.source_format, strict=options.strict)
    out = io.StringIO()
    engine = None if options.engine == "auto" else options.engine
    if isinstance(subject, Debate):
        result: Evaluation | None = None
        semantics, support = chosen_reading(options, subject)
        note = None
        if not options.plain:
            result = evaluate_debate(
                subject, semantics, support, options.perspective, options.audience
            )
            note = reading_note(result, formal=options.formal)  # under the picture's title
        drawn: Evaluation | Flattening | Debate = subject
        if result is not None:
            drawn = result
        elif options.derived:  # the derived attacks come from the reading
            drawn = flatten(subject, support)
        picture = picture_bytes(
            drawn,
            fmt,
            group_by=options.group_by,
            direction=options.direction,
            show_derived=options.derived,
            show_actors=not options.no_actors,
            legend=not options.no_legend,
            strengths=debate_strengths(subject, options.gradual) if options.gradual else None,
            formal=options.formal,
            caption=note,
            engine=engine,
            notes=notes,
        )
        out.write(f"wrote {options.output}: {plural(len(subject.claims), 'claim')}")
        if result is None:
            out.write(", not evaluated\n")
        else:
            out.write(f", {result.semantics.title} semantics, {result.reading.value} support\n")
            out.write(_stands(result) if options.formal else _stands_plainly(result, note))
        return picture, out.getvalue()
    labelling = None if options.plain else grounded_labelling(subject)
    picture = picture_bytes(
        subject,
        fmt,
        labelling=labelling,
        direction=options.direction,
        engine=engine,
        notes=notes,
    )
    out.write(
        f"wrote {options.output}: {plural(len(subject), 'argument')}, "
        f"{plural(subject.num_attacks, 'attack')}\n"
    )
    if labelling is not None:
        names = " ".join(str(a) for a in subject.arguments if labelling.label(a) is Label.IN)
        out.write(f"grounded IN: {names or '(none)'}\n")
    return picture, out.getvalue()


def _stands_plainly(result: Evaluation, note: str | None) -> str:
    """What render prints unless ``--formal``: each thesis in plain words, the claims that
    stand, and the note saying another reading changes a thesis's verdict, if it does."""
    lines = [
        f"{claim.id} ({claim.stance.value}) {plain_status(result, claim.id)}: {claim.text}"
        for claim in result.debate.theses
    ]
    standing = [c for c in result.debate.claim_ids if plain_status(result, c) == "stands"]
    lines.append(f"stands ({len(standing)} of {len(result.debate.claims)}): {' '.join(standing)}")
    if note:
        lines.append(note)
    return "\n".join(lines) + "\n"


def _stands(result: Evaluation) -> str:
    lines = []
    for claim, status, label in result.verdict.theses:
        lines.append(
            f"{claim.id} ({claim.stance.value}) {status.value}, grounded {label.name}: {claim.text}"
        )
    accepted = result.accepted
    lines.append(f"accepted ({len(accepted)} of {len(result.debate.claims)}): {' '.join(accepted)}")
    return "\n".join(lines) + "\n"
