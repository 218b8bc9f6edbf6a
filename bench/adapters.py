"""Run one tool on one i23 file and print a JSON line: time, count and a digest of the answer.

    python bench/adapters.py TOOL TASK FILE [ARGUMENT]

TOOL is argmap (the default back end, auto), argmap-search, argmap-sat, pygarg,
python-argumentation or formal-argumentation. TASK is a semantics code (GR, PR, ST:
enumerate every extension), EE-XX, CE-XX, SE-XX, or DC-XX / DS-XX with an ARGUMENT number
(argmap and pygarg only; pygarg knows PR, ST, SST, CO, GR, ID). SE is compared by whether
an extension exists, since tools may find different ones. The tool's modules are
imported before the clock starts; reading the file is timed, in wall time (``seconds``) and
in CPU time of the process (``cpu``: user + system, what counts on a shared machine; every
tool solves in process, pygarg and argmap with python-sat's compiled solvers). The digest
(sha256 of the sorted extensions as sorted argument numbers, or YES/NO) lets
the runner check that all tools agree.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import resource
import sys
import time


def _read_pairs(path: str) -> tuple[int, list[tuple[int, int]]]:
    n = 0
    pairs = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if not parts or parts[0].startswith("#"):
                continue
            if parts[0] == "p":
                n = int(parts[2])
            else:
                pairs.append((int(parts[0]), int(parts[1])))
    return n, pairs


def _task(sem: str) -> tuple[str, str]:
    """``"PR"`` (enumerate, the old spelling) or ``"EE-PR"`` -> ``("EE", "PR")``."""
    if "-" in sem:
        task, code = sem.split("-", 1)
        return task, code
    return "EE", sem


def run_argmap(sem: str, path: str, query: str | None = None, backend: str = "auto"):
    from argmap.formats import read_framework
    from argmap.semantics.tasks import (
        count_extensions,
        credulous_acceptance,
        extension_indices,
        skeptical_acceptance,
        some_extension,
    )

    af = read_framework(path, "i23")
    task, code = _task(sem)
    if task == "DC":
        return credulous_acceptance(af, int(query), code, backend=backend).accepted
    if task == "DS":
        return skeptical_acceptance(af, int(query), code, backend=backend).accepted
    if task == "CE":
        return Count(count_extensions(af, code, backend=backend))
    if task == "SE":
        return Some(some_extension(af, code, backend=backend) is not None)
    return [[i + 1 for i in ext] for ext in extension_indices(af, code, backend=backend)]


def run_argmap_search(sem: str, path: str, query: str | None = None):
    return run_argmap(sem, path, query, backend="search")


def run_argmap_sat(sem: str, path: str, query: str | None = None):
    return run_argmap(sem, path, query, backend="sat")


class Count(int):
    """A CE answer (compared by value, not listed)."""


class Some(int):
    """An SE answer: whether an extension was found (tools may find different ones)."""


def run_pygarg(sem: str, path: str, query: str | None = None):
    from pygarg.dung import dimacs_parser, solver

    args, atts = dimacs_parser.parse(path)
    task, code = _task(sem)
    if task == "DC":
        return bool(solver.credulous_acceptability(args, atts, query, code)[0])
    if task == "DS":
        return bool(solver.skeptical_acceptability(args, atts, query, code)[0])
    if task == "CE":
        return Count(solver.extension_counting(args, atts, code))
    if task == "SE":
        return Some(solver.compute_some_extension(args, atts, code) != "NO")
    if code == "GR":
        return [[int(a) for a in solver.compute_grounded_extension(args, atts)]]
    return [[int(a) for a in ext] for ext in solver.extension_enumeration(args, atts, code)]


def run_py_arg(sem: str, path: str, query: str | None = None) -> list[list[int]]:
    from py_arg.abstract_argumentation_classes.abstract_argumentation_framework import (
        AbstractArgumentationFramework,
    )
    from py_arg.abstract_argumentation_classes.argument import Argument
    from py_arg.abstract_argumentation_classes.defeat import Defeat
    from py_arg.algorithms.semantics.get_grounded_extension import get_grounded_extension
    from py_arg.algorithms.semantics.get_preferred_extensions import get_preferred_extensions
    from py_arg.algorithms.semantics.get_stable_extensions import get_stable_extensions

    n, pairs = _read_pairs(path)
    arguments = [Argument(str(i)) for i in range(1, n + 1)]
    defeats = [Defeat(arguments[a - 1], arguments[b - 1]) for a, b in pairs]
    af = AbstractArgumentationFramework("bench", arguments, defeats)
    if sem == "GR":
        found = [get_grounded_extension(af)]
    elif sem == "PR":
        found = list(get_preferred_extensions(af))
    else:
        found = list(get_stable_extensions(af))
    return [[int(a.name) for a in ext] for ext in found]


def run_formal(sem: str, path: str, query: str | None = None) -> list[list[int]]:
    from argumentation.core import dung

    n, pairs = _read_pairs(path)
    af = dung.ArgumentationFramework(
        arguments=frozenset(str(i) for i in range(1, n + 1)),
        defeats=frozenset((str(a), str(b)) for a, b in pairs),
    )
    if sem == "GR":
        found = [dung.grounded_extension(af)]
    elif sem == "PR":
        found = dung.preferred_extensions(af)
    else:
        found = dung.stable_extensions(af)
    return [[int(a) for a in ext] for ext in found]


def _peak_mb() -> float:
    """Peak resident memory of this process since exec (VmHWM; ru_maxrss would include
    the parent's peak inherited across fork)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


TOOLS = {
    "argmap": run_argmap,
    "argmap-search": run_argmap_search,
    "argmap-sat": run_argmap_sat,
    "pygarg": run_pygarg,
    "python-argumentation": run_py_arg,
    "formal-argumentation": run_formal,
}


PRELOAD = {
    "argmap": ["argmap.formats", "argmap.semantics.tasks", "argmap.semantics.sat", "pysat.solvers"],
    "argmap-search": ["argmap.formats", "argmap.semantics.tasks"],
    "argmap-sat": [
        "argmap.formats",
        "argmap.semantics.tasks",
        "argmap.semantics.sat",
        "pysat.solvers",
    ],
    "pygarg": ["pygarg.dung.dimacs_parser", "pygarg.dung.solver"],
    "python-argumentation": [
        "py_arg.algorithms.semantics.get_preferred_extensions",
        "py_arg.algorithms.semantics.get_stable_extensions",
        "py_arg.algorithms.semantics.get_grounded_extension",
    ],
    "formal-argumentation": ["argumentation.core.dung", "argumentation.core.labelling"],
}


def main() -> None:
    tool, sem, path = sys.argv[1:4]
    query = sys.argv[4] if len(sys.argv) > 4 else None
    for module in PRELOAD[tool]:  # import time is not the tool's solving time
        importlib.import_module(module)
    start = time.perf_counter()
    cpu_start = time.process_time()
    answer = TOOLS[tool](sem, path, query)
    cpu = time.process_time() - cpu_start
    elapsed = time.perf_counter() - start
    if isinstance(answer, bool):
        canonical = [[1]] if answer else []
        digest = "YES" if answer else "NO"
    elif isinstance(answer, Count):
        canonical = []
        digest = f"count {int(answer)}"
    elif isinstance(answer, Some):
        canonical = [[1]] if answer else []
        digest = "SOME" if answer else "NONE"
    else:
        canonical = sorted(sorted(ext) for ext in answer)
        digest = hashlib.sha256(json.dumps(canonical).encode()).hexdigest()[:16]
    peak_mb = _peak_mb()
    count = int(answer) if isinstance(answer, Count) else len(canonical)
    print(
        json.dumps(
            {"seconds": elapsed, "cpu": cpu, "count": count, "digest": digest, "peak_mb": peak_mb}
        )
    )


if __name__ == "__main__":
    main()
