"""Measure where the SAT back end beats the labelling search on one strongly connected
component, to choose the rule of ``backend="auto"`` (docs/performance.md).

    python bench/scc_rule.py [--timeout SECONDS]

For Erdős–Rényi and Watts–Strogatz frameworks of several sizes and densities, the largest
strongly connected component is cut out and its preferred and stable extensions are
enumerated by each back end in the same process (each run bounded by SIGALRM). Prints one
Markdown row per component: arguments, attacks per argument, seconds for each back end.
"""

from __future__ import annotations

import argparse
import signal
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generators import erdos_renyi, watts_strogatz  # noqa: E402

from argmap.formats import read_framework  # noqa: E402
from argmap.framework import strongly_connected_components  # noqa: E402
from argmap.semantics.tasks import extension_indices  # noqa: E402

AFGEN = HERE.parent / "tests" / "data" / "instances" / "afgen-i23"


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout


def largest_scc(af):
    core = max(strongly_connected_components(af.successors), key=len)
    return af._restrict_indices(core)


def timed(af, sem: str, backend: str, timeout: float) -> str:
    signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    start = time.perf_counter()
    try:
        count = sum(1 for _ in extension_indices(af, sem, backend=backend))
    except _Timeout:
        return f">{timeout:g}"
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return f"{time.perf_counter() - start:.3f} ({count})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--only", help="only the frameworks whose label contains this")
    options = parser.parse_args()
    cases = []
    for n in (10, 20, 30, 50, 100, 200):
        for ratio in (1.5, 2, 3, 5):
            cases.append((f"ER n={n} m={ratio}n", erdos_renyi(n, int(ratio * n), seed=n)))
    for n in (20, 50, 100, 200):
        cases.append((f"WS n={n} k=4", watts_strogatz(n, 4, 0.2, seed=n)))
        cases.append((f"WS n={n} k=8", watts_strogatz(n, 8, 0.2, seed=n)))
    for n in (500, 1000):
        cases.append((f"ER n={n} m=3n", erdos_renyi(n, 3 * n, seed=n)))
        cases.append((f"WS n={n} k=4", watts_strogatz(n, 4, 0.2, seed=n)))
    for path in sorted(AFGEN.glob("*.i23")):
        cases.append((f"AFGen {path.stem}", read_framework(path, "i23")))
    if options.only:
        cases = [(label, af) for label, af in cases if options.only in label]
    print("| framework | SCC arguments | attacks/argument | task | search s (n) | sat s (n) |")
    print("|---|---|---|---|---|---|")
    for label, af in cases:
        core = largest_scc(af)
        if len(core) < 2:
            continue
        density = core.num_attacks / len(core)
        for sem in ("PR", "ST"):
            cells = [timed(core, sem, b, options.timeout) for b in ("search", "sat")]
            print(
                f"| {label} | {len(core)} | {density:.2f} | EE-{sem} | {cells[0]} | {cells[1]} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
