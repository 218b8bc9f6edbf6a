"""``--timeout S`` for the commands that compute before they write (evaluate, render, html).

The command's work runs under :func:`time_limit`; when ``S`` seconds pass it stops with
``argmap: error: stopped after S s (--timeout S); nothing was written`` and exit status
:data:`EXIT_TIMEOUT` (124, as coreutils' ``timeout`` and ICCMA harnesses read a run cut
short). Nothing is written: the commands compute the whole output first and write it (a file
atomically) only after the limit is lifted, and a Graphviz process still running is killed.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import signal
import sys
from collections.abc import Iterator
from types import FrameType

__all__ = ["EXIT_TIMEOUT", "TimeLimitReached", "add_timeout_option", "report", "time_limit"]

EXIT_TIMEOUT = 124


class TimeLimitReached(BaseException):
    """The command's ``--timeout`` passed before it finished. A BaseException, as
    KeyboardInterrupt is, so that no ``except Exception`` on the way swallows it."""


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, found {text!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, found {text!r}")
    return value


def add_timeout_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--timeout S``."""
    parser.add_argument(
        "--timeout",
        type=_seconds,
        metavar="S",
        help=f"stop after S seconds with exit status {EXIT_TIMEOUT}, writing nothing",
    )


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeLimitReached` in the block once ``seconds`` have passed (no limit
    when ``None``, or where the platform has no interval timer)."""
    if seconds is None or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitReached

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def report(seconds: float) -> int:
    """Say that the limit passed; the exit status to return."""
    print(
        f"argmap: error: stopped after {seconds:g} s (--timeout {seconds:g}); nothing was written",
        file=sys.stderr,
    )
    return EXIT_TIMEOUT
