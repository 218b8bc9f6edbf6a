"""The code base is ruff-clean (lint and format)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import REPO


@pytest.mark.parametrize(
    "args", [["check", "."], ["format", "--check", "."]], ids=["check", "format"]
)
def test_ruff(args: list[str]) -> None:
    # The ruff installed with the test extra, beside the interpreter running the tests:
    # found the same way in any virtual environment, whatever PATH says.
    result = subprocess.run(
        [sys.executable, "-m", "ruff", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    sys.stdout.write(result.stdout + result.stderr)
    assert result.returncode == 0, result.stdout + result.stderr
