"""Benchmark argmap beside its Python peers on the same instances, in one run.

    python bench/run.py [--suite NAME ...] [--timeout SECONDS] [--tools argmap,pygarg,...]
                        [--repeat N] [--instance TEXT ...] [--task TASK ...] [--wall]

Every (tool, task, instance) runs in its own subprocess (bench/adapters.py)
with a timeout; the runner records CPU time (user + system; ``--wall``: wall time) inside
the tool (parsing included, interpreter start-up excluded), the least of ``--repeat`` runs,
the process's peak memory, the
number of extensions and a digest of them, then prints one Markdown table per
suite with each peer's time as a ratio to argmap's and whether every tool that
finished agrees. Instances come from the seeded generators (bench/generators.py)
and from the AFGen samples in tests/data/instances; generated files go to a temporary folder.

Set up the peers in the environment that runs this script:
    pip install -e '.[bench]'
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generators import (  # noqa: E402
    barabasi_albert,
    circulant,
    erdos_renyi,
    even_cycles,
    watts_strogatz,
)

from argmap import ArgumentFramework  # noqa: E402
from argmap.errors import ArgmapError  # noqa: E402
from argmap.formats import read_framework, write_framework  # noqa: E402

TOOLS = [
    "argmap",
    "argmap-search",
    "argmap-sat",
    "pygarg",
    "python-argumentation",
    "formal-argumentation",
]
AFGEN = HERE.parent / "tests" / "data" / "instances" / "afgen-i23"
# More AFGen samples, when the shared instance folder sits beside the checkout (apx files,
# converted to i23 for the run; a file argmap refuses, such as a truncated one, is skipped).
SHARED_AFGEN = HERE.parent.parent.parent / "shared" / "instances" / "afgen-samples" / "apx"
# The tasks of issue 15's targets, each where pygarg offers it (pygarg has no stage).
DENSE_TASKS = [
    "EE-PR",
    "EE-ST",
    "CE-PR",
    "CE-ST",
    "DC-PR:1",
    "DS-PR:1",
    "DS-ST:1",
    "SE-PR",
    "EE-SST",
    "EE-STG",
]


def run_once(tool: str, task: str, path: Path, timeout: float) -> dict:
    sem, _, query = task.partition(":")
    start = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            str(HERE / "adapters.py"),
            tool,
            sem,
            str(path),
            *([query] if query else []),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        return {"status": "timeout", "wall": timeout}
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        last = (err.strip().splitlines() or ["?"])[-1]
        return {"status": "error", "wall": wall, "error": last[:120]}
    result = json.loads(out.strip().splitlines()[-1])
    result.update(status="ok", wall=wall)
    return result


def run_one(tool: str, task: str, path: Path, timeout: float, repeat: int = 1) -> dict:
    """The run of least CPU time among ``repeat`` runs (on a shared machine the least is
    the one least disturbed by other jobs); a timeout or an error ends the repetitions."""
    best: dict | None = None
    for _ in range(repeat):
        result = run_once(tool, task, path, timeout)
        if result["status"] != "ok":
            return result
        if best is None or result["cpu"] < best["cpu"]:
            best = result
    assert best is not None
    return best


# python-argumentation enumerates subsets and times out from 40 arguments (suite "small"),
# so the suites of larger instances leave it out to keep the run short.
SUITE_TOOLS = {
    "small": ["argmap", "pygarg", "python-argumentation", "formal-argumentation"],
    "dense": ["argmap", "argmap-search", "argmap-sat", "pygarg"],
    "easy": ["argmap", "pygarg"],
    "families": ["argmap", "argmap-search", "pygarg"],
    "grounded": ["argmap", "pygarg", "python-argumentation", "formal-argumentation"],
    "acceptance": ["argmap", "argmap-search", "argmap-sat", "pygarg"],
}


def suites(folder: Path, quick: bool) -> dict[str, list[tuple[str, Path, list[str]]]]:
    """name -> [(instance label, path, semantics)]."""

    def save(af, name: str) -> Path:
        path = folder / f"{name}.i23"
        write_framework(af, path, "i23")
        return path

    out: dict[str, list[tuple[str, Path, list[str]]]] = {}
    small = []
    for n in (20, 30, 40, 50):
        small.append(
            (f"ER n={n} m={2 * n}", save(erdos_renyi(n, 2 * n, seed=n), f"er{n}"), ["PR", "ST"])
        )
    out["small"] = small
    dense = [
        ("BA n=100 k=2", save(barabasi_albert(100, 2, seed=100), "ba100"), DENSE_TASKS),
        ("WS n=100 k=4 b=0.2", save(watts_strogatz(100, 4, 0.2, seed=100), "ws100"), DENSE_TASKS),
        (
            "circulant n=200 offsets 1,5,23,57",
            save(circulant(200, (1, 5, 23, 57)), "circ200"),
            DENSE_TASKS,
        ),
    ]
    afgen = sorted(AFGEN.glob("*.i23")) if AFGEN.is_dir() else []
    for path in afgen:
        # --quick: the three smaller samples whole, enumeration alone on the larger ones
        big = quick and path.stem not in ("n100p3q34ve", "n100p5q2", "n128p5q2_ve")
        dense.append((f"AFGen {path.stem}", path, ["EE-PR", "EE-ST"] if big else DENSE_TASKS))
    known = {p.stem for p in afgen}
    if SHARED_AFGEN.is_dir() and not quick:
        for apx in sorted(SHARED_AFGEN.glob("*.apx")):
            if apx.stem in known:
                continue
            try:
                af = read_framework(apx, "apx")
            except ArgmapError:
                continue  # e.g. the truncated n512p5q2_vh.apx
            numbered = ArgumentFramework._from_indexed(
                tuple(range(1, len(af) + 1)), [list(row) for row in af.successors]
            )
            dense.append((f"AFGen {apx.stem} (shared)", save(numbered, apx.stem), DENSE_TASKS))
    dense.append(
        (
            "WS n=2000 k=4 b=0.2",
            save(watts_strogatz(2000, 4, 0.2, seed=2000), "ws2000"),
            DENSE_TASKS,
        )
    )
    out["dense"] = dense
    pairs = [(2 * i + 1, 2 * i + 2) for i in range(60)]
    sixty = [(a, b) for a, b in pairs] + [(b, a) for a, b in pairs] + [(121, 122), (122, 123)]
    sixty.append((123, 121))
    cycles = ArgumentFramework.from_attacks(sorted(sixty))
    queries = [f"{task}:{a}" for task in ("DC-SST", "DS-SST", "DC-ID", "DS-ID") for a in (1, 121)]
    out["easy"] = [
        (
            "60 2-cycles + a 3-cycle",
            save(cycles, "sixty"),
            ["SE-SST", "SE-ID", "SE-EAG", "CE-PR", "CE-SST", "SE-STG", *queries],
        ),
        (
            "ER n=2000 m=10000",
            save(erdos_renyi(2000, 10_000, seed=1), "er2000m5"),
            ["SE-CO", "SE-ADM"],
        ),
    ]
    families = []
    sizes = (200, 500) if quick else (200, 500, 1000, 2000)
    for n in sizes:
        families.append(
            (f"ER n={n} m={3 * n}", save(erdos_renyi(n, 3 * n, seed=n), f"er{n}m3"), ["PR", "ST"])
        )
        families.append(
            (f"BA n={n} k=2", save(barabasi_albert(n, 2, seed=n), f"ba{n}"), ["PR", "ST"])
        )
        families.append(
            (f"WS n={n} k=4 b=0.2", save(watts_strogatz(n, 4, 0.2, seed=n), f"ws{n}"), ["PR", "ST"])
        )
    # Even cycles multiply extensions (about 2 per unlinked block), so these stay small
    # enough to enumerate: the point is many extensions, not many arguments.
    for n in (30, 60):
        families.append(
            (f"even cycles n={n}", save(even_cycles(n, seed=n), f"ev{n}"), ["PR", "ST"])
        )
    out["families"] = families
    big = []
    sizes = (50_000, 100_000) if quick else (50_000, 100_000, 200_000, 400_000)
    for n in sizes:
        big.append((f"ER n={n} m={4 * n}", save(erdos_renyi(n, 4 * n, seed=1), f"big{n}"), ["GR"]))
    out["grounded"] = big
    queries = []
    for m in (4000, 8000):
        path = save(erdos_renyi(2000, m, seed=7), f"acc{m}")
        tasks = [f"DC-PR:{a}" for a in (1, 2, 3)] + [f"DS-ST:{a}" for a in (1, 2, 3)]
        queries.append((f"ER n=2000 m={m}", path, tasks))
    out["acceptance"] = queries
    return out


ERRORS: list[str] = []  # distinct error messages, cited in the tables as e1, e2, ...
CLOCK = ["cpu"]  # the adapters' figure shown and compared: "cpu" or "seconds" (wall)


def fmt_time(r: dict) -> str:
    if r["status"] == "timeout":
        return "timeout"
    if r["status"] == "error":
        if r["error"] not in ERRORS:
            ERRORS.append(r["error"])
        return f"error (e{ERRORS.index(r['error']) + 1})"
    answer = f" {r['digest']}" if r["digest"] in ("YES", "NO", "NONE") else ""
    return f"{r[CLOCK[0]]:.3g} s / {r['peak_mb']:.0f} MB{answer}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--suite", action="append", help="run only these suites")
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--quick", action="store_true", help="smaller instances")
    parser.add_argument("--json", type=Path, help="also write every measurement here")
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per cell; the least CPU time is shown"
    )
    parser.add_argument(
        "--wall", action="store_true", help="show wall time instead of CPU time (user + system)"
    )
    parser.add_argument(
        "--instance", action="append", help="only instances whose label contains this"
    )
    parser.add_argument("--task", action="append", help="only these tasks (e.g. EE-ST, DC-PR:1)")
    options = parser.parse_args(argv)
    CLOCK[0] = "seconds" if options.wall else "cpu"
    chosen = options.tools.split(",")
    records = []
    print(f"# argmap benchmark, {time.strftime('%Y-%m-%d %H:%M')}")
    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.platform()}"
    )
    clock = "wall" if options.wall else "CPU (user + system)"
    print(
        f"timeout {options.timeout:.0f} s per run; each cell: {clock} seconds inside the tool "
        "(reading the file included, imports excluded) / peak memory of its process; "
        f"least of {options.repeat} run(s)\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for suite, items in suites(Path(tmp), options.quick).items():
            if options.suite and suite not in options.suite:
                continue
            tools = [t for t in SUITE_TOOLS[suite] if t in chosen]
            print(f"## {suite}\n")
            header = (
                "| instance | task | extensions | "
                + " | ".join(tools)
                + " | "
                + " | ".join(f"{t} / argmap" for t in tools if t != "argmap")
                + " | agree |"
            )
            print(header)
            print("|" + "---|" * (header.count("|") - 1))
            for label, path, semantics in items:
                if options.instance and not any(part in label for part in options.instance):
                    continue
                for sem in semantics:
                    if options.task and sem not in options.task:
                        continue
                    results = {
                        t: run_one(t, sem, path, options.timeout, options.repeat) for t in tools
                    }
                    task = sem if "-" in sem else f"EE-{sem}"
                    ok = [r for r in results.values() if r["status"] == "ok"]
                    agree = len({r["digest"] for r in ok}) <= 1
                    base = results.get("argmap", {})
                    ratios = []
                    for t in tools:
                        if t == "argmap":
                            continue
                        r = results[t]
                        if (
                            base.get("status") == "ok"
                            and r["status"] == "ok"
                            and base[CLOCK[0]] > 0
                        ):
                            ratios.append(f"{r[CLOCK[0]] / base[CLOCK[0]]:.2f}x")
                        elif base.get("status") == "ok" and r["status"] == "timeout":
                            ratios.append(f">{options.timeout / max(base[CLOCK[0]], 1e-3):.0f}x")
                        else:
                            ratios.append("-")
                    count = next((r["count"] for r in ok), "?")
                    print(
                        f"| {label} | {task} | {count} | "
                        + " | ".join(fmt_time(results[t]) for t in tools)
                        + " | "
                        + " | ".join(ratios)
                        + f" | {'yes' if agree else 'NO'} |",
                        flush=True,
                    )
                    records.append(
                        {
                            "suite": suite,
                            "instance": label,
                            "task": task,
                            "results": results,
                            "agree": agree,
                        }
                    )
            print()
    for k, message in enumerate(ERRORS, 1):
        print(f"e{k}: {message}")
    if options.json:
        options.json.write_text(json.dumps(records, indent=1))
    disagreements = [r for r in records if not r["agree"]]
    if disagreements:
        print(f"DISAGREEMENT on {len(disagreements)} runs")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
