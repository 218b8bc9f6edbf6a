"""argmap solve: --timeout gives no partial answer, --backend gives the same answers."""

from __future__ import annotations

import subprocess
import sys

import pytest


def solve(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "argmap", "solve", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def two_cycles(path, count: int):
    lines = [f"p af {2 * count}"]
    for i in range(count):
        lines += [f"{2 * i + 1} {2 * i + 2}", f"{2 * i + 2} {2 * i + 1}"]
    path.write_text("\n".join(lines) + "\n")
    return str(path)


@pytest.mark.parametrize("backend", ["search", "sat", "auto"])
def test_a_timeout_prints_nothing_and_exits_124(tmp_path, backend):
    # 2^40 preferred extensions: no machine lists them in half a second
    path = two_cycles(tmp_path / "big.i23", 40)
    result = solve("-p", "EE-PR", "-f", path, "--timeout", "0.5", "--backend", backend)
    assert result.returncode == 124
    assert result.stdout == ""
    assert result.stderr == ("argmap solve: no answer within 0.5 s (--timeout); nothing printed\n")


def test_an_answer_within_the_timeout_is_whole(tmp_path):
    path = two_cycles(tmp_path / "small.i23", 3)
    plain = solve("-p", "EE-PR", "-f", path)
    bounded = solve("-p", "EE-PR", "-f", path, "--timeout", "100")
    assert plain.returncode == bounded.returncode == 0
    assert bounded.stdout == plain.stdout and len(plain.stdout.splitlines()) == 8


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf"])
def test_a_timeout_must_be_positive(tmp_path, value):
    path = two_cycles(tmp_path / "small.i23", 1)
    result = solve("-p", "EE-PR", "-f", path, "--timeout", value)
    assert result.returncode == 1 and result.stdout == ""
    assert "--timeout must be a positive number of seconds" in result.stderr


@pytest.mark.parametrize("task", ["EE-PR", "EE-SST", "EE-STG", "CE-PR", "CE-CO", "EE-ID"])
def test_every_backend_gives_the_same_answer(tmp_path, task):
    path = tmp_path / "af.i23"
    path.write_text("p af 6\n1 2\n2 1\n2 3\n3 4\n4 5\n5 3\n6 6\n6 1\n")
    answers = set()
    for backend in ("search", "sat", "auto", "python"):
        result = solve("-p", task, "-f", str(path), "--backend", backend)
        assert result.returncode == 0, result.stderr
        answers.add(frozenset(result.stdout.splitlines()))
    assert len(answers) == 1


def test_easy_answers_come_first(tmp_path):
    # counting multiplies over components; SE-CO is the grounded extension
    path = two_cycles(tmp_path / "sixty.i23", 60)
    assert solve("-p", "CE-PR", "-f", path).stdout == f"{2**60}\n"
    assert solve("-p", "SE-CO", "-f", path).stdout == "w\n"
    assert solve("-p", "SE-SST", "-f", path).stdout.startswith("w 1 3 5 ")
