"""The solver command, through real subprocesses, as ICCMA would call it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from argmap.cli.solve import PROBLEMS

ICCMA_EXAMPLE = "p af 5\n# this is a comment\n1 2\n2 4\n4 5\n5 4\n5 5\n"


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "argmap", *args],
        capture_output=True,
        text=True,
        cwd=cwd or REPO,
        check=False,
        timeout=120,
    )


@pytest.fixture
def example(tmp_path):
    path = tmp_path / "example.i23"
    path.write_text(ICCMA_EXAMPLE)
    return path


def test_no_task_prints_name_and_version():
    result = run("solve")
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("argmap ")


def test_problems_lists_every_task():
    result = run("solve", "--problems")
    assert result.returncode == 0
    line = result.stdout.strip()
    assert line.startswith("[") and line.endswith("]") and " " not in line
    listed = line[1:-1].split(",")
    assert listed == list(PROBLEMS)
    for task in ("DC-CO", "DS-PR", "SE-ST", "EE-SST", "CE-STG", "DC-ID", "DS-EAG", "SE-CF2"):
        assert task in listed


@pytest.mark.parametrize(
    ("task", "query", "expected"),
    [
        ("DC-CO", "4", "YES\nw 1 3 4\n"),
        ("DC-CO", "5", "NO\n"),
        ("DS-CO", "4", "NO\nw 1 3\n"),
        ("DS-PR", "4", "YES\n"),
        ("DC-ST", "2", "NO\n"),
        ("DS-GR", "1", "YES\n"),
        ("DS-ST", "3", "YES\n"),
    ],
)
def test_acceptance_output_follows_iccma_2023(example, task, query, expected):
    result = run("solve", "-p", task, "-f", str(example), "-a", query)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        ("SE-GR", "w 1 3\n"),
        ("SE-PR", "w 1 3 4\n"),
        ("EE-CO", "w 1 3 4\nw 1 3\n"),
        ("CE-CO", "2\n"),
        ("CE-ST", "1\n"),
    ],
)
def test_extension_output(example, task, expected):
    result = run("solve", "-p", task, "-f", str(example))
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected


def test_empty_extension_and_missing_extension(tmp_path):
    path = tmp_path / "cycle.i23"
    path.write_text("p af 3\n1 2\n2 3\n3 1\n")
    assert run("solve", "-p", "SE-GR", "-f", str(path)).stdout == "w\n"
    assert run("solve", "-p", "SE-ST", "-f", str(path)).stdout == "NO\n"
    assert run("solve", "-p", "EE-ST", "-f", str(path)).stdout == "NO\n"


def test_apx_input_by_suffix_and_option(tmp_path):
    path = tmp_path / "af.apx"
    path.write_text("arg(a).\narg(b).\natt(a,b).\n")
    assert run("solve", "-p", "DC-GR", "-f", str(path), "-a", "a").stdout == "YES\nw a\n"
    renamed = tmp_path / "af.txt"
    renamed.write_text(path.read_text())
    result = run("solve", "-p", "DS-GR", "-f", str(renamed), "-fo", "apx", "-a", "b")
    assert result.stdout == "NO\nw a\n"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["solve", "-p", "DC-XX", "-f", "FILE", "-a", "1"], "unsupported task 'DC-XX'"),
        (["solve", "-p", "DC-CO", "-f", "missing.i23", "-a", "1"], "missing.i23: no such file"),
        (["solve", "-p", "DC-CO", "-f", "FILE"], "needs a query argument"),
        (["solve", "-p", "DC-CO", "-f", "FILE", "-a", "9"], "'9' is not in the framework"),
        (["solve", "-p", "DC-CO", "-f", "BAD", "-a", "1"], "bad.i23:3: argument 7 is out of range"),
        (["solve", "-f", "FILE"], "give both -p TASK and -f FILE"),
        (["solve", "--frobnicate"], "unrecognized arguments: --frobnicate"),
        (["solve", "-p", "DC-CO", "-f", "FILE", "-fo", "xml"], "invalid choice: 'xml'"),
    ],
)
def test_user_mistakes_are_one_line_and_exit_1(example, tmp_path, args, fragment):
    bad = tmp_path / "bad.i23"
    bad.write_text("p af 2\n1 2\n1 7\n")
    args = [str(example) if a == "FILE" else str(bad) if a == "BAD" else a for a in args]
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("argmap: error: ")
    assert fragment in lines[0]
    assert "Traceback" not in result.stderr


def test_console_script_is_installed():
    exe = Path(sys.executable).parent / "argmap"
    if not exe.exists():
        pytest.fail("the argmap console script is missing; install with pip install -e '.[test]'")
    result = subprocess.run([str(exe), "solve"], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout.startswith("argmap ")
