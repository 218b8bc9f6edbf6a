"""``argmap exercise``: a small random framework with questions, and a checker.

    argmap exercise [--seed N] [--size N]                 print the exercise
    argmap exercise --seed N --solutions                  print it with worked answers
    argmap exercise --seed N --answer 1 "{a, c}" --answer 4 yes
                                                          mark answers

The same seed always gives the same exercise. Exit status 0 when every answer given is
right, 1 when one is not (or on a mistake in the command).
"""

from __future__ import annotations

import argparse
import sys

from argmap.cli._common import EXIT_OK, EXIT_USER_ERROR, UsageError, add_command
from argmap.exercises import make_exercise

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
    parser.set_defaults(handler=run)
    return parser


def run(options: argparse.Namespace) -> int:
    """Print, solve or mark the exercise."""
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
