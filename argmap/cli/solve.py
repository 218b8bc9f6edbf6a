"""``argmap solve``: an ICCMA-2023-compatible solver interface.

    argmap solve                         name and version
    argmap solve --problems              the supported tasks, as [DC-CO,DS-CO,...]
    argmap solve -p TASK -f FILE [-a ARG] [-fo i23|apx|tgf]
                 [--backend auto|search|sat] [--timeout SECONDS]

Tasks are ``XX-YY`` with XX one of DC, DS, SE, EE, CE and YY a semantics code.
Output follows the ICCMA 2023 rules: DC prints ``YES`` and a ``w`` line with an
extension containing the argument, or ``NO``; DS prints ``YES``, or ``NO`` and
a ``w`` line with an extension without it; SE prints a ``w`` line or ``NO``.
EE prints one ``w`` line per extension (``NO`` if there is none) and CE the
number of extensions. An empty extension is the line ``w``.

A ``w`` line separates names by spaces and has no quoting, so for every task but CE an
apx or tgf framework with an argument name that is empty, holds whitespace or does not
print is refused (naming the argument) before anything is solved: such a name is never
printed raw.

``--backend`` picks the engine: ``auto`` (the default) uses the optional SAT back end
(``pip install 'argmap[sat]'``) where it is faster and the labelling search elsewhere,
``search`` and ``sat`` force one (sat answers under ADM, CO, GR, PR, ST, SST, STG, ID and
EAG; other semantics always use the search). EE prints each extension as it is found.

``--timeout SECONDS`` bounds the wall time: when it runs out, nothing is printed on
standard output (EE's lines are then held back until the answer is complete), a one-line
message goes to standard error and the exit status is 124, the status of GNU ``timeout``
that ICCMA-style run scripts read as "no answer in time".
"""

from __future__ import annotations

import argparse
import math
import signal
import sys
import threading
from collections.abc import Callable, Hashable, Iterable

from argmap import __version__
from argmap.cli._common import UsageError, add_command
from argmap.errors import ParseError
from argmap.formats.iccma import FORMATS, guess_format, read_framework, witness_name
from argmap.framework import ArgumentFramework
from argmap.semantics.names import Semantics
from argmap.semantics.tasks import (
    count_extensions,
    credulous_acceptance,
    extension_indices,
    skeptical_acceptance,
    some_extension,
)

__all__ = ["EXIT_TIMEOUT", "PROBLEMS", "add_parser", "run"]

#: the exit status when --timeout runs out (that of GNU timeout)
EXIT_TIMEOUT = 124

TASKS = ("DC", "DS", "SE", "EE", "CE")
PROBLEMS = tuple(f"{task}-{sem.code}" for task in TASKS for sem in Semantics)


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``solve`` and its options."""
    summary = "answer an ICCMA task on a framework file"
    parser = add_command(subparsers, "solve", summary, __doc__)
    parser.add_argument("-p", dest="problem", metavar="TASK", help="the task, e.g. DC-PR or EE-ST")
    parser.add_argument("-f", dest="file", metavar="FILE", help="the framework file")
    parser.add_argument("-a", dest="query", metavar="ARG", help="the query argument (DC and DS)")
    parser.add_argument(
        "-fo",
        dest="fmt",
        metavar="FORMAT",
        choices=FORMATS,
        help="the file format: i23 (default unless the suffix says apx or tgf), apx or tgf",
    )
    parser.add_argument("--problems", action="store_true", help="list the supported tasks and exit")
    parser.add_argument(
        "--backend",
        choices=("auto", "search", "sat", "python"),
        default="auto",
        help="auto (default): SAT where it is faster when python-sat is installed, else the "
        "labelling search; search or sat force one (python is the former name of search)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        metavar="SECONDS",
        help="give up after this many seconds: no answer printed, exit status 124",
    )
    parser.set_defaults(handler=run)
    return parser


def _witness(names: list[str], members: Iterable[int]) -> str:
    shown = " ".join(names[i] for i in sorted(members))
    return f"w {shown}" if shown else "w"


def _resolve_query(af: ArgumentFramework, query: str | None, task: str) -> Hashable:
    if query is None:
        raise UsageError(f"task {task} needs a query argument: add -a ARG")
    candidates: list[Hashable] = [query]
    if query.isdigit() and query.isascii():
        candidates.insert(0, int(query))
    for candidate in candidates:
        if candidate in af:
            return candidate
    raise UsageError(f"the query argument {query!r} is not in the framework")


def _sat_answers(semantics: Semantics) -> bool:
    from argmap.semantics.sat import SAT_SEMANTICS  # pure Python; python-sat loads only to solve

    return semantics in SAT_SEMANTICS["enumerate"]


class _TimeUp(BaseException):
    """Raised in the main thread when --timeout runs out (a BaseException, so that no
    ``except Exception`` on the way turns it into another error)."""


def _within(seconds: float, solve: Callable[[], int]) -> int:
    """Run ``solve`` with a wall-clock limit (SIGALRM; the SAT back end returns to Python
    between slices of conflicts, so the limit also acts there)."""
    if (
        not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        raise UsageError("--timeout needs a Unix system and the main thread")

    def time_up(signum: int, frame: object) -> None:
        raise _TimeUp

    previous = signal.signal(signal.SIGALRM, time_up)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return solve()
    except _TimeUp:
        print(
            f"argmap solve: no answer within {seconds:g} s (--timeout); nothing printed",
            file=sys.stderr,
        )
        return EXIT_TIMEOUT
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run(options: argparse.Namespace) -> int:
    """Answer the task in ``options``; user mistakes raise UsageError or ArgmapError."""
    out = sys.stdout
    if options.problems:
        out.write("[" + ",".join(PROBLEMS) + "]\n")
        return 0
    if options.problem is None and options.file is None:
        out.write(f"argmap {__version__}\nThe argmap developers\n")
        return 0
    if options.problem is None or options.file is None:
        raise UsageError("give both -p TASK and -f FILE (or no options for the version)")
    problem = options.problem.strip().upper()
    if problem not in PROBLEMS:
        raise UsageError(
            f"unsupported task {options.problem!r}; 'argmap solve --problems' lists them"
        )
    timeout = getattr(options, "timeout", None)
    if timeout is None:
        return _answer(options, problem, out.write)
    if not (math.isfinite(timeout) and timeout > 0):
        raise UsageError(f"--timeout must be a positive number of seconds, not {timeout:g}")
    held: list[str] = []
    status = _within(timeout, lambda: _answer(options, problem, held.append))
    if status == 0:
        out.write("".join(held))  # the whole answer, only once it is complete
    return status


def _answer(options: argparse.Namespace, problem: str, write: Callable[[str], object]) -> int:
    """Solve ``problem`` and pass the answer's lines to ``write`` as they are known."""
    task, code = problem.split("-", 1)
    semantics = Semantics.parse(code)
    fmt = options.fmt
    if fmt is None:
        try:
            fmt = guess_format(options.file)
        except ParseError:
            fmt = "i23"
    af = read_framework(options.file, fmt)
    # Checked before solving: a name that would break the answer line is refused up front.
    names = [witness_name(a) for a in af.arguments] if task != "CE" else []
    backend = options.backend
    if backend == "sat" and not _sat_answers(semantics):
        backend = "search"  # the SAT back end does not know this semantics
    if task in ("DC", "DS"):
        query = _resolve_query(af, options.query, problem)
        if task == "DC":
            answer = credulous_acceptance(af, query, semantics, backend=backend)
            write("YES\n" if answer.accepted else "NO\n")
            if answer.accepted:
                assert answer.witness is not None  # an accepted argument comes with its extension
                write(_witness(names, af.indices(answer.witness)) + "\n")
        else:
            answer = skeptical_acceptance(af, query, semantics, backend=backend)
            write("YES\n" if answer.accepted else "NO\n")
            if not answer.accepted:
                assert answer.witness is not None  # a refusal comes with an extension without it
                write(_witness(names, af.indices(answer.witness)) + "\n")
    elif task == "SE":
        ext = some_extension(af, semantics, backend=backend)
        write("NO\n" if ext is None else _witness(names, af.indices(ext)) + "\n")
    elif task == "EE":
        any_found = False
        for ext in extension_indices(af, semantics, backend=backend):
            any_found = True
            write(_witness(names, ext) + "\n")
        if not any_found:
            write("NO\n")
    else:
        write(f"{count_extensions(af, semantics, backend=backend)}\n")
    return 0
