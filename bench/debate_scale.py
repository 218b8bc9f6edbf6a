"""The debate layer at Kialo scale: generated maps through the command line.

    python bench/debate_scale.py [--sizes 2000:8000,5000:20000] [--limit 60] [--seed 0]
                                 [--steps check,evaluate,explain,render,html,browser] [--acyclic]
                                 [--chains 10000,30000]

A generated map (:func:`kialo_map`) has a Kialo-like tree (each claim supports or attacks an
earlier one, the thesis at the root) plus cross-links (further supports, attacks and
undercuts) up to the number of relations asked. Each step runs ``argmap`` in its own process
under ``/usr/bin/time`` with a time limit, and the table reports wall time and peak memory
(maximum resident set size), with the CPU time (user + system: on a shared machine the
wall time also counts the others' work), or why the step stopped. Targets (issue 18): 2,000 claims /
8,000 relations, each step under 10 s and 1 GB; 5,000 / 20,000 under 60 s or a clear
refusal naming the limit; ``--chains``: an attack chain's thesis explained, under 2 s at
10,000 claims. Results: docs/performance.md, "Maps at Kialo scale".
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from argmap.debate import Debate, DebateBuilder

READINGS = ("evidential", "deductive", "necessary", "none")


def kialo_map(claims: int, relations: int, seed: int = 0, acyclic: bool = False) -> Debate:
    """A seeded map of ``claims`` claims and ``relations`` relations: a random recursive tree
    (claim ``k`` supports or attacks one of the claims before it, half each), then
    cross-links drawn at random until ``relations`` are reached: 40% attacks, 40% supports
    (nine in ten from a later claim to an earlier one, as Kialo's reused claims mostly
    point up the tree; the rest anywhere, so support cycles occur), 20% undercuts of an
    existing support or attack. With ``acyclic``, every support points up the tree (from a
    later claim to an earlier one), as in a Kialo export, so the supports have no cycle."""
    rng = random.Random(seed)
    b = DebateBuilder(f"Generated debate ({claims} claims, {relations} relations)?")
    ids = [f"c{k}" for k in range(claims)]
    b.claim(ids[0], "The thesis.", stance="pro", kind="thesis")
    for k in range(1, claims):
        b.claim(ids[k], f"Claim {k}.", stance=rng.choice(("pro", "con")))
    seen: set[tuple[str, str, str]] = set()
    cuttable: list[str] = []
    count = 0

    def relate(kind: str, source: str, target: str) -> None:
        nonlocal count
        if source == target or (kind, source, target) in seen:
            return
        seen.add((kind, source, target))
        if kind == "support":
            cuttable.append(b.supports(source, target))
        elif kind == "attack":
            cuttable.append(b.attacks(source, target))
        else:
            b.undercuts(source, target)
        count += 1

    for k in range(1, claims):
        relate(rng.choice(("support", "attack")), ids[k], ids[rng.randrange(k)])
    while count < relations:
        roll = rng.random()
        if roll < 0.4:
            relate("attack", rng.choice(ids), rng.choice(ids))
        elif roll < 0.8:
            a, c = rng.randrange(claims), rng.randrange(claims)
            if (acyclic or rng.random() < 0.9) and a < c:
                a, c = c, a
            relate("support", ids[a], ids[c])
        else:
            relate("undercut", rng.choice(ids), rng.choice(cuttable))
    return b.build()


def attack_chain(claims: int) -> Debate:
    """The thesis c0 attacked by c1, attacked by c2, ... up to ``claims`` claims: grounded
    semantics decides every claim, and explaining the thesis walks the whole chain (the
    issue 18 target: ``explain`` under 2 s at 10,000 claims)."""
    b = DebateBuilder(f"An attack chain of {claims} claims?")
    b.claim("c0", "The thesis.", stance="pro", kind="thesis")
    for k in range(1, claims):
        b.claim(f"c{k}", f"Claim {k}.", stance="con" if k % 2 else "pro")
        b.attacks(f"c{k}", f"c{k - 1}")
    return b.build()


def _chain_steps(path: str, out: str) -> list[tuple[str, list[str]]]:
    return [
        ("check", ["check", path]),
        ("evaluate (grounded)", ["evaluate", path]),
        ("explain c0", ["explain", path, "c0"]),
        ("html", ["html", path, "-o", os.path.join(out, "chain.html")]),
    ]


def _steps(path: str, out: str, chosen: set[str]) -> list[tuple[str, list[str]]]:
    steps: list[tuple[str, list[str]]] = []
    if "check" in chosen:
        steps.append(("check", ["check", path]))
    if "evaluate" in chosen:
        for reading in READINGS:
            for semantics in ("grounded", "preferred"):
                steps.append(
                    (
                        f"evaluate {reading} {semantics}",
                        ["evaluate", path, "--support", reading, "-s", semantics],
                    )
                )
    if "explain" in chosen:
        for reading in READINGS:
            steps.append((f"explain c1 {reading}", ["explain", path, "c1", "--support", reading]))
    if "render" in chosen:
        steps.append(("render (svg)", ["render", path, "-o", os.path.join(out, "map.svg"), "-q"]))
    if "html" in chosen or "browser" in chosen:
        steps.append(("html", ["html", path, "-o", os.path.join(out, "map.html")]))
    return steps


def _browser(page: str, limit: float) -> str:
    """Open the explorer page in headless Chromium (Debian's, through chromedriver): the
    time until the load event with every claim drawn, the claims drawn, the console errors,
    and the time a click on the first claim takes to fill the panel."""
    import shutil

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    try:
        driver.set_page_load_timeout(limit)
        started = time.perf_counter()
        driver.get(Path(page).as_uri())
        loaded = time.perf_counter() - started
        nodes = driver.find_elements(By.CSS_SELECTOR, "g.node[data-claim]")
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        started = time.perf_counter()
        driver.execute_script(
            "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", nodes[0]
        )
        panel = driver.find_element(By.ID, "panel").text
        clicked = time.perf_counter() - started
        return (
            f"loaded in {loaded:.1f} s, {len(nodes)} claims drawn, {len(errors)} console "
            f"errors; a click filled the panel ({len(panel)} characters) in {clicked:.2f} s"
        )
    finally:
        driver.quit()


def _run(args: list[str], limit: float) -> str:
    """``argmap ARGS`` in its own process group (killed whole at the limit, so no timed-out
    run keeps a core busy): wall time, CPU time (user + system) and peak memory."""
    command = ["/usr/bin/time", "-f", "%e %U %S %M", sys.executable, "-m", "argmap", *args]
    started = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    ) as process:
        try:
            _, stderr = process.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            return f"stopped at {limit:.0f} s"
    lines = stderr.strip().splitlines()
    try:
        seconds, user, system, kilobytes = lines[-1].split()
        cpu = float(user) + float(system)
        figure = f"{float(seconds):.1f} s ({cpu:.1f} s CPU), {int(kilobytes) // 1024} MB"
    except (IndexError, ValueError):
        figure = f"{time.perf_counter() - started:.1f} s"
    if process.returncode != 0:
        message = next((line for line in lines if "error" in line), lines[0] if lines else "")
        return f"{figure}, exit {process.returncode}: {message[:140]}"
    return figure


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="2000:8000,5000:20000")
    parser.add_argument("--limit", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--steps", default="check,evaluate,explain,render,html")
    parser.add_argument(
        "--acyclic", action="store_true", help="supports only up the tree (no support cycle)"
    )
    parser.add_argument(
        "--chains",
        default="",
        help="attack chains of these many claims (say 10000,30000), each checked, "
        "evaluated, its thesis explained and its explorer page written; with --sizes '' "
        "only the chains run",
    )
    options = parser.parse_args(argv)
    chosen = set(options.steps.split(","))
    with tempfile.TemporaryDirectory() as folder:
        for size in filter(None, options.chains.split(",")):
            path = os.path.join(folder, f"chain-{size}.argmap.toml")
            attack_chain(int(size)).save(path)
            print(f"## an attack chain of {int(size)} claims", flush=True)
            for name, args in _chain_steps(path, folder):
                print(f"{name:32} {_run(args, options.limit)}", flush=True)
        for size in filter(None, options.sizes.split(",")):
            claims, relations = (int(x) for x in size.split(":"))
            path = os.path.join(folder, f"kialo-{claims}.argmap.toml")
            kialo_map(claims, relations, options.seed, options.acyclic).save(path)
            shape = ", supports up the tree only" if options.acyclic else ""
            print(
                f"## {claims} claims, {relations} relations (seed {options.seed}{shape})",
                flush=True,
            )
            for name, args in _steps(path, folder, chosen):
                print(f"{name:32} {_run(args, options.limit)}", flush=True)
            if "browser" in chosen:
                page = os.path.join(folder, "map.html")
                print(f"{'open in Chromium (wall)':32} {_browser(page, options.limit)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
