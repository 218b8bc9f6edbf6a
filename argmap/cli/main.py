"""The ``argmap`` entry point: dispatches to one subcommand module each.

Exit status: 0 success; 1 a user mistake (bad option, missing or malformed
file, unknown argument or semantics, a map whose documented verdicts do not hold),
reported on stderr as ``argmap: error: ...`` with no traceback (a map with several
mistakes lists each on its own line).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from argmap import __version__
from argmap.cli import (
    check,
    convert,
    diff,
    evaluate,
    exercise,
    explain,
    handout,
    html,
    questions,
    render,
    schemes,
    serve,
    solve,
)
from argmap.cli._common import EXIT_OK, Parser, UsageError, fail
from argmap.errors import ArgmapError

__all__ = ["build_parser", "main"]


def build_parser() -> Parser:
    """The ``argmap`` parser with every subcommand registered."""
    parser = Parser(
        prog="argmap",
        description="Map policy debates as formal argument frameworks.",
    )
    parser.add_argument("--version", action="version", version=f"argmap {__version__}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)
    for command in (
        render,
        evaluate,
        explain,
        html,
        check,
        convert,
        exercise,
        solve,
        schemes,
        questions,
        diff,
        handout,
        serve,
    ):
        command.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    try:
        options = parser.parse_args(argv)
        handler = getattr(options, "handler", None)
        if handler is None:
            parser.print_help()
            return EXIT_OK
        return handler(options)
    except (UsageError, ArgmapError) as exc:
        return fail("argmap", str(exc))
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (e.g. `| head`); not an error of ours
        return EXIT_OK
    except KeyboardInterrupt:
        return fail("argmap", "interrupted")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
