"""``argmap solve``: an ICCMA-2023-compatible solver interface.

    argmap solve                         name and version
    argmap solve --problems              the supported tasks, as [DC-CO,DS-CO,...]
    argmap solve -p TASK -f FILE [-a ARG] [-fo i23|apx|tgf]
                 [--backend python|sat]

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

``--backend sat`` answers DC (ADM, CO, PR, ST), DS (CO, GR, PR, ST) and SE (CO, PR, ST)
with the optional SAT back end (``pip install 'argmap[sat]'``); everything else uses the
pure-Python engine.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Hashable, Iterable

from argmap import __version__
from argmap.cli._common import UsageError, add_command
from argmap.errors import ParseError
from argmap.formats.iccma import (
    FORMATS,
    MAX_ARGUMENTS,
    guess_format,
    read_framework,
    witness_name,
)
from argmap.framework import ArgumentFramework
from argmap.semantics.names import Semantics
from argmap.semantics.tasks import (
    count_extensions,
    credulous_acceptance,
    extension_indices,
    skeptical_acceptance,
    some_extension,
)

__all__ = ["PROBLEMS", "add_parser", "run"]

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
        "--max-arguments",
        type=_positive,
        default=MAX_ARGUMENTS,
        metavar="N",
        help=f"refuse an i23 file whose p-line declares more than N arguments (default "
        f"{MAX_ARGUMENTS}), before allocating for them",
    )
    parser.add_argument(
        "--backend",
        choices=("python", "sat"),
        default="python",
        help="python (default): the pure-Python engine; sat: the optional SAT back end "
        "for DC, DS and SE where it applies",
    )
    parser.set_defaults(handler=run)
    return parser


def _positive(text: str) -> int:
    if not (text.isdigit() and text.isascii()) or int(text) == 0 or len(text) > 18:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, found {text!r}")
    return int(text)


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


def _sat_answers(task: str, semantics: Semantics) -> bool:
    from argmap.semantics.sat import SAT_SEMANTICS  # pure Python; python-sat loads only to solve

    kind = {"DC": "credulous", "DS": "skeptical", "SE": "some"}.get(task)
    return kind is not None and semantics in SAT_SEMANTICS[kind]


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
    task, code = problem.split("-", 1)
    semantics = Semantics.parse(code)
    fmt = options.fmt
    if fmt is None:
        try:
            fmt = guess_format(options.file)
        except ParseError:
            fmt = "i23"
    af = read_framework(options.file, fmt, options.max_arguments)
    # Checked before solving: a name that would break the answer line is refused up front.
    names = [witness_name(a) for a in af.arguments] if task != "CE" else []
    if task in ("DC", "DS"):
        query = _resolve_query(af, options.query, problem)
        backend = options.backend if _sat_answers(task, semantics) else "python"
        if task == "DC":
            answer = credulous_acceptance(af, query, semantics, backend=backend)
            out.write("YES\n" if answer.accepted else "NO\n")
            if answer.accepted:
                assert answer.witness is not None  # an accepted argument comes with its extension
                out.write(_witness(names, af.indices(answer.witness)) + "\n")
        else:
            answer = skeptical_acceptance(af, query, semantics, backend=backend)
            out.write("YES\n" if answer.accepted else "NO\n")
            if not answer.accepted:
                assert answer.witness is not None  # a refusal comes with an extension without it
                out.write(_witness(names, af.indices(answer.witness)) + "\n")
    elif task == "SE":
        backend = options.backend if _sat_answers(task, semantics) else "python"
        ext = some_extension(af, semantics, backend=backend)
        out.write("NO\n" if ext is None else _witness(names, af.indices(ext)) + "\n")
    elif task == "EE":
        any_found = False
        for ext in extension_indices(af, semantics):
            any_found = True
            out.write(_witness(names, ext) + "\n")
        if not any_found:
            out.write("NO\n")
    else:
        out.write(f"{count_extensions(af, semantics)}\n")
    return 0
