"""The types are true: pyright (standard mode) finds no error in ``argmap/`` or in the typed
example of the public API (docs/typed_example.py), mypy --strict finds none in the example,
and the example runs.

pyright comes from the ``pyright`` PyPI package (its bundled JavaScript runs on the
machine's Node.js, so no download is needed where ``node`` is installed); mypy from ``mypy``.
Both are in the ``test`` extra.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO

EXAMPLE = REPO / "docs" / "typed_example.py"
WRONG_STANCE = "from argmap.debate import Claim\n\nClaim('a', 'A', stance=3)\n"
# A cold run of either checker on a loaded machine; a hang fails instead of stopping CI.
CHECKER_TIMEOUT = 600


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, capture_output=True, text=True, timeout=CHECKER_TIMEOUT, check=False
    )


def _pyright_config(folder: Path) -> tuple[Path, list[str]]:
    """pyproject's [tool.pyright] for the interpreter running the tests, and the files to
    check: its ``include`` and the example. The repository's own ``.venv`` (which this
    interpreter may not be) is left to the command line's --pythonpath; the files are given
    on the command line, since a config's ``include`` must be relative to it."""
    settings = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    config = dict(settings["pyright"])
    files = [str(REPO / path) for path in config.pop("include")] + [str(EXAMPLE)]
    config.pop("venvPath", None)
    config.pop("venv", None)
    config["extraPaths"] = [str(REPO)]
    path = folder / "pyrightconfig.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path, files


def _pyright(config: Path, files: list[str]) -> tuple[dict[str, Any], list[str]]:
    """pyright's JSON report on ``files``, and its errors as ``file:line: message``."""
    done = _run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--project",
            str(config),
            "--pythonpath",
            sys.executable,
            "--outputjson",
            *files,
        ],
        cwd=config.parent,
    )
    assert done.stdout, f"pyright printed nothing: {done.stderr}"
    report = json.loads(done.stdout)
    errors = [
        f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    return report, errors


@pytest.mark.slow
def test_pyright_finds_no_error_in_the_package_or_the_typed_example(tmp_path):
    config, files = _pyright_config(tmp_path)
    assert {"typeCheckingMode": "standard"}.items() <= json.loads(config.read_text()).items()
    report, errors = _pyright(config, files)
    assert errors == [], "\n".join(errors)
    assert report["summary"]["errorCount"] == 0
    # Every file was checked: the package's and the example.
    assert report["summary"]["filesAnalyzed"] == len(list((REPO / "argmap").rglob("*.py"))) + 1


def test_pyright_would_catch_a_wrong_type(tmp_path):
    """The check above can fail: with the same settings, pyright resolves argmap and
    refuses a stance the model's type refuses."""
    config, _ = _pyright_config(tmp_path)
    wrong = tmp_path / "wrong.py"
    wrong.write_text(WRONG_STANCE, encoding="utf-8")
    _, errors = _pyright(config, [str(wrong)])
    assert len(errors) == 1 and 'cannot be assigned to parameter "stance"' in errors[0], errors


def test_mypy_strict_finds_no_error_in_the_typed_example(tmp_path):
    # follow-imports=silent: the example is judged; argmap's own modules are pyright's
    # to check (above), as they would be for a project that installs argmap.
    done = _run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            str(EXAMPLE),
        ],
        cwd=REPO,
    )
    assert re.search(r"^Success: no issues found in 1 source file$", done.stdout, re.M), (
        done.stdout + done.stderr
    )
    assert done.returncode == 0


def test_mypy_strict_would_catch_a_wrong_type(tmp_path):
    """The mypy check above can fail: a claim with a stance the model's type refuses."""
    wrong = tmp_path / "wrong.py"
    wrong.write_text(WRONG_STANCE, encoding="utf-8")
    done = _run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--follow-imports=silent",
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            str(wrong),
        ],
        cwd=REPO,
    )
    assert done.returncode == 1
    assert 'Argument "stance" to "Claim" has incompatible type "int"' in done.stdout


def test_the_typed_example_runs():
    # -W error: the example uses no deprecated name.
    done = _run([sys.executable, "-W", "error", str(EXAMPLE)], cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "typed example: all checks passed\n"
