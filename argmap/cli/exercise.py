"""``argmap exercise``: practice exercises, on a small random framework or on a real map.

    argmap exercise [--seed N] [--size N]                 print the exercise
    argmap exercise --seed N --solutions                  print it with worked answers
    argmap exercise --seed N --answer 1 "{a, c}" --answer 4 yes
                                                          mark answers
    argmap exercise --map MAP [--seed N]                  ask questions about a map
    argmap exercise --map MAP [--seed N] --answers        print them with the answer key

The same seed always gives the same exercise. On a map, the questions are asked one by one
and each answer is checked (which claims stand, which attacker brings a claim down, which
single removal would flip a thesis, which critical question is still open); an answer that
is not one of the choices is asked again, with the choices. The map's [classroom] profile
chooses the semantics and support reading unless --semantics or --support do.
Exit status 0 when every answer given is right, 1 when one is not (or on a mistake in the
command).
"""

from __future__ import annotations

import argparse
import sys

from argmap.cli._classroom import add_classroom_options, chosen_reading
from argmap.cli._common import EXIT_OK, EXIT_USER_ERROR, UsageError, add_command
from argmap.cli._inputs import add_reading_options, read_input
from argmap.debate import Debate
from argmap.errors import ArgmapError
from argmap.exercises import MapExercise, make_exercise, map_exercise

__all__ = ["add_parser", "run"]


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``exercise`` and its options."""
    summary = "make a practice exercise and check answers"
    parser = add_command(subparsers, "exercise", summary, __doc__)
    parser.add_argument(
        "--seed", type=int, default=1, metavar="N", help="which exercise (default 1)"
    )
    parser.add_argument(
        "--size", type=int, default=5, metavar="N", help="number of arguments, 2 to 12 (default 5)"
    )
    parser.add_argument("--solutions", action="store_true", help="print the worked answers")
    parser.add_argument(
        "--answer",
        nargs=2,
        action="append",
        metavar=("Q", "ANSWER"),
        help="an answer to question Q to check; repeat for several",
    )
    parser.add_argument("--map", metavar="MAP", help="ask questions about this map")
    parser.add_argument(
        "--answers", action="store_true", help="with --map: print the questions and the key"
    )
    add_reading_options(parser, "grounded")
    add_classroom_options(parser, "grounded")
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """Print, solve or mark the exercise."""
    if options.map is not None:
        return _run_map(options)
    if options.answers:
        raise UsageError("--answers goes with --map (for a random framework use --solutions)")
    try:
        exercise = make_exercise(options.seed, options.size)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    out = sys.stdout
    if options.answer:
        status = EXIT_OK
        for number, given in options.answer:
            if not number.isdigit():
                raise UsageError(
                    f"question numbers are 1 to {len(exercise.questions)}, not {number!r}"
                )
            try:
                feedback = exercise.check(int(number), given)
            except ValueError as exc:
                raise UsageError(str(exc)) from None
            out.write(feedback.message + "\n")
            if not feedback.correct:
                status = EXIT_USER_ERROR
        return status
    out.write((exercise.solutions() if options.solutions else exercise.text()) + "\n")
    return EXIT_OK


def _run_map(options: argparse.Namespace) -> int:
    debate = read_input(options.map)
    if not isinstance(debate, Debate):
        raise UsageError(f"{options.map} is a framework file; --map takes a map")
    semantics, support = chosen_reading(options, debate)
    try:
        exercise = map_exercise(debate, options.seed, semantics, support)
    except ArgmapError:
        raise
    out = sys.stdout
    if not exercise.questions:
        raise UsageError(f"{options.map} has too few claims for an exercise")
    if options.answers:
        out.write(exercise.answers() + "\n")
        return EXIT_OK
    return _ask(exercise, out)


def _ask(exercise: MapExercise, out) -> int:
    """Ask each question on standard input until a valid answer comes; mark it."""
    header, _, _ = exercise.text().partition("\n\n")
    out.write(header + "\n")
    right = 0
    for question in exercise.questions:
        out.write("\n" + question.text() + "\n")
        while True:
            out.write("> ")
            out.flush()
            line = sys.stdin.readline()
            if not line:  # no more answers: stop, and say so
                out.write(f"\nno answer to question {question.number}; stopping.\n")
                out.write(f"{right} of {len(exercise.questions)} right.\n")
                return EXIT_USER_ERROR
            feedback = question.check(line)
            if feedback is None:
                out.write(question.invalid(line) + "\n")
                continue
            out.write(feedback.message + "\n")
            right += feedback.correct
            break
    out.write(f"\n{right} of {len(exercise.questions)} right.\n")
    return EXIT_OK if right == len(exercise.questions) else EXIT_USER_ERROR
