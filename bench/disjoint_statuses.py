"""Statuses without listing extensions: 60 disjoint 2-cycles plus a 3-cycle (issue 15).

    python bench/disjoint_statuses.py [--pairs 60] [--repeat 3]

The framework has 2^60 preferred, semi-stable and stage extensions. The target: the
credulous and skeptical status of every argument under semi-stable, stage, ideal and eager
semantics, and a debate map of that shape evaluated under them, in under a second. Three
measurements, each in CPU time (``time.process_time`` in this process; user + system time of
the child for the command line), the best of ``--repeat`` runs:

- ``framework``: DC and DS of every argument (``credulous_acceptance`` and
  ``skeptical_acceptance``), once per back end;
- ``evaluate()``: the debate map (one claim per argument, one attack per attack) under each
  support reading and back end, statuses of every claim plus the first 10,000 extensions;
- ``argmap evaluate``: the command line on the map written to a temporary file, Python start-up
  and imports included.

Every row checks its answer: the two sides of each 2-cycle credulous and not accepted, the
3-cycle rejected (stage: credulous), nothing accepted under ideal and eager.
Results: docs/performance.md, "Statuses without listing".
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from argmap import ArgumentFramework
from argmap.debate import Debate, DebateBuilder, evaluate
from argmap.semantics import credulous_acceptance, skeptical_acceptance
from argmap.semantics.backends import sat_installed

SEMANTICS = ("semi-stable", "stage", "ideal", "eager")
READINGS = ("evidential", "deductive", "necessary", "none")


def attacks(pairs: int) -> list[tuple[str, str]]:
    """``pairs`` mutual attacks a_i <-> b_i and the triangle x -> y -> z -> x."""
    found = [(f"a{i}", f"b{i}") for i in range(pairs)] + [(f"b{i}", f"a{i}") for i in range(pairs)]
    return [*found, ("x", "y"), ("y", "z"), ("z", "x")]


def debate(pairs: int) -> Debate:
    """The debate map of the same shape: one claim per argument, one attack per attack."""
    b = DebateBuilder(f"{pairs} disputes and a triangle?")
    for i in range(pairs):
        b.claim(f"a{i}", f"Yes, {i}.", stance="pro")
        b.claim(f"b{i}", f"No, {i}.", stance="con")
    for claim in "xyz":
        b.claim(claim, f"Claim {claim}.")
    for source, target in attacks(pairs):
        b.attacks(source, target)
    return b.build()


def expected(semantics: str, claim: str) -> tuple[bool, bool]:
    """(credulous, skeptical) of an argument or claim, from the shape alone."""
    if semantics in ("ideal", "eager"):
        return False, False
    if claim in "xyz":
        return semantics == "stage", False
    return True, False


def best(run, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def framework_rows(pairs: int, repeat: int, backends: list[str]) -> list[tuple[str, ...]]:
    af = ArgumentFramework.from_attacks(attacks(pairs))
    rows = []
    for backend in backends:
        for semantics in SEMANTICS:

            def run(semantics: str = semantics, backend: str = backend) -> None:
                for a in af.arguments:
                    got = (
                        credulous_acceptance(af, a, semantics, backend).accepted,
                        skeptical_acceptance(af, a, semantics, backend).accepted,
                    )
                    assert got == expected(semantics, a), (semantics, backend, a, got)

            rows.append(("framework DC+DS", semantics, backend, "", f"{best(run, repeat):.3f}"))
    return rows


def evaluate_rows(pairs: int, repeat: int, backends: list[str]) -> list[tuple[str, ...]]:
    d = debate(pairs)
    rows = []
    for backend in backends:
        for reading in READINGS if backend == "auto" else ("evidential",):
            for semantics in SEMANTICS:
                summary = []

                def run(semantics=semantics, backend=backend, reading=reading, summary=summary):
                    result = evaluate(d, semantics, reading, backend=backend)
                    for claim in d.claim_ids:
                        status = result.status(claim).value
                        got = (status != "rejected", status == "accepted")
                        assert got == expected(semantics, claim), (semantics, claim, status)
                    summary[:] = [result.extension_summary]

                seconds = best(run, repeat)
                rows.append(("evaluate()", semantics, backend, reading, f"{seconds:.3f}", *summary))
    return rows


def cli_rows(pairs: int, repeat: int) -> list[tuple[str, ...]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "disputes.argmap.toml")
        debate(pairs).save(path)
        for semantics in SEMANTICS:
            times = []
            for _ in range(repeat):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                done = subprocess.run(
                    [sys.executable, "-m", "argmap", "evaluate", path, "-s", semantics],
                    capture_output=True,
                    text=True,
                    timeout=120,
                    check=True,
                )
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                times.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            headline = done.stdout.splitlines()[1].split(": ", 1)[1]
            rows.append(
                ("argmap evaluate", semantics, "auto", "evidential", f"{min(times):.3f}", headline)
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()
    backends = ["auto", "search"] + (["sat"] if sat_installed() else [])
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f}; CPU seconds, best of {options.repeat}"
    )
    print("| what | semantics | back end | reading | CPU s | extensions |")
    print("|---|---|---|---|---|---|")
    rows = framework_rows(options.pairs, options.repeat, backends)
    rows += evaluate_rows(options.pairs, options.repeat, backends)
    rows += cli_rows(options.pairs, options.repeat)
    for row in rows:
        cells = list(row) + [""] * (6 - len(row))
        print("| " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
