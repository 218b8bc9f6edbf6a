"""The examples in the README and docs/ run, so they cannot rot.

``>>>`` examples are checked with doctest (output included); fenced ``python``
blocks are executed and must not raise; the README's shell commands are
checked against the files they name.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest
from conftest import REPO

DOCS = sorted([REPO / "README.md", *REPO.glob("docs/**/*.md")])
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.DOTALL)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: str(p.relative_to(REPO)))
def test_doctest_examples_pass(path: Path, monkeypatch) -> None:
    monkeypatch.chdir(REPO)  # examples name files such as maps/... relative to the repository
    result = doctest.testfile(
        str(path),
        module_relative=False,
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
    )
    assert result.failed == 0, (
        f"{result.failed} example(s) in {path.name} failed (see output above)"
    )


@pytest.mark.parametrize("path", DOCS, ids=lambda p: str(p.relative_to(REPO)))
def test_python_blocks_run(path: Path, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    for number, block in enumerate(PYTHON_BLOCK.findall(path.read_text(encoding="utf-8")), 1):
        code = compile(block, f"{path.name}[block {number}]", "exec")
        exec(code, {"__name__": f"docs_block_{number}", "TMP": tmp_path})


def test_docs_have_examples() -> None:
    """Guard against the two tests above silently finding nothing."""
    counted = sum(
        p.read_text(encoding="utf-8").count(">>>") + len(PYTHON_BLOCK.findall(p.read_text()))
        for p in DOCS
    )
    assert counted >= 5


def test_readme_main_command_prints_what_the_readme_shows() -> None:
    import subprocess
    import sys

    text = (REPO / "README.md").read_text(encoding="utf-8")
    shown = text.split("prints the two preferred extensions of the example framework:")[1]
    expected = shown.split("```")[1].strip("\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "argmap",
            "solve",
            "-p",
            "EE-PR",
            "-f",
            "docs/examples/reinstatement.apx",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip("\n") == expected
