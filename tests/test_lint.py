"""The code base is ruff-clean (lint and format)."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from conftest import REPO


def _ruff() -> list[str]:
    exe = shutil.which("ruff", path=str(REPO / ".venv" / "bin")) or shutil.which("ruff")
    if exe is None:
        pytest.fail("ruff is not installed; install the test extra: pip install -e '.[test]'")
    return [exe]


@pytest.mark.parametrize(
    "args", [["check", "."], ["format", "--check", "."]], ids=["check", "format"]
)
def test_ruff(args: list[str]) -> None:
    result = subprocess.run(
        [*_ruff(), *args], cwd=REPO, capture_output=True, text=True, check=False
    )
    sys.stdout.write(result.stdout + result.stderr)
    assert result.returncode == 0, result.stdout + result.stderr
