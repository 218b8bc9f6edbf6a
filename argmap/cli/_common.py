"""What every subcommand shares: an argument parser whose mistakes are one line, and exit codes."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

__all__ = ["EXIT_OK", "EXIT_USER_ERROR", "Parser", "UsageError", "add_command", "fail"]

EXIT_OK = 0
EXIT_USER_ERROR = 1


class UsageError(Exception):
    """A mistake in how the command was called."""


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that reports a mistake as one line and exit status 1."""

    def error(self, message: str) -> NoReturn:
        """Turn argparse's complaint into a UsageError (one line, exit status 1)."""
        raise UsageError(f"{message} (see '{self.prog} --help')")


def fail(prog: str, message: str) -> int:
    """Print ``prog: error: message`` to stderr and return the user-error exit status."""
    print(f"{prog}: error: {message}", file=sys.stderr)
    return EXIT_USER_ERROR


def add_command(
    subparsers: argparse._SubParsersAction, name: str, summary: str, doc: str | None
) -> argparse.ArgumentParser:
    """Register subcommand ``name``: ``summary`` in ``argmap --help``, the module's
    docstring ``doc`` (kept as written) in ``argmap NAME --help``."""
    return subparsers.add_parser(
        name,
        help=summary,
        description=doc,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
