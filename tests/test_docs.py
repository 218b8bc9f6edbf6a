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


def test_readme_main_command_prints_what_the_readme_shows(tmp_path) -> None:
    import shlex
    import subprocess
    import sys

    text = (REPO / "README.md").read_text(encoding="utf-8")
    setup = text.split("## Set up and run")[1]
    command = setup.split("```sh\n")[1].split("\n```")[0]
    expected = setup.split("which claims stand under grounded semantics:")[1].split("```")[1]
    words = shlex.split(command.split("&& ")[-1])
    assert words[0] == ".venv/bin/argmap"
    args = [str(REPO / w) if w.startswith("maps/") else w for w in words[1:]]
    result = subprocess.run(
        [sys.executable, "-m", "argmap", *args],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip("\n") == expected.strip("\n")
    assert (tmp_path / "eu-2024.svg").read_bytes().startswith(b"<?xml")


@pytest.mark.slow
def test_cli_transcripts_in_docs_are_what_the_commands_print(tmp_path) -> None:
    """Every ``$ argmap ...`` transcript in docs/cli.md, docs/arguments.md and docs/teaching/,
    run in a scratch folder holding maps/ and the files the transcript itself shows with
    ``$ cat FILE``."""
    import shlex
    import shutil
    import subprocess
    import sys

    shutil.copytree(REPO / "maps", tmp_path / "maps")
    nixon = (REPO / "maps" / "nixon-diamond.argmap.toml").read_text(encoding="utf-8")
    (tmp_path / "bad.argmap.toml").write_text(nixon.replace('stance = "pro"', 'stance = "yes"'))
    text = "\n".join(
        p.read_text(encoding="utf-8")
        for p in [
            REPO / "docs" / "cli.md",
            REPO / "docs" / "arguments.md",
            *sorted((REPO / "docs" / "teaching").glob("*.md")),
        ]
    )
    ran = 0
    for block in re.findall(r"```\n(\$ .*?)```", text, re.DOTALL):
        steps = re.split(r"^\$ ", block, flags=re.M)[1:]
        for step in steps:
            command, _, shown = step.partition("\n")
            words = shlex.split(command)  # as a shell reads the quotes a reader copies
            if words[0] == "cat":
                (tmp_path / words[1]).write_text(shown, encoding="utf-8")
                continue
            assert words[0] == "argmap", command
            run = subprocess.run(
                [sys.executable, "-m", "argmap", *words[1:]],
                cwd=tmp_path,
                capture_output=True,
                text=True,
                check=False,
            )
            assert (run.stdout + run.stderr).rstrip("\n") == shown.rstrip("\n"), command
            ran += 1
    assert ran >= 10


API_MODULES = [
    "argmap", "argmap.errors", "argmap.semantics", "argmap.debate", "argmap.formats",
    "argmap.formats.maps",
    "argmap.formats.argdown", "argmap.formats.aif", "argmap.formats.graphs", "argmap.explain",
    "argmap.explain.whatif", "argmap.gradual", "argmap.render", "argmap.render.labels",
    "argmap.render.html", "argmap.exercises", "argmap.semantics.sat",
]  # fmt: skip


@pytest.mark.parametrize("module", API_MODULES)
def test_api_reference_names_every_public_name(module) -> None:
    import importlib

    page = (REPO / "docs" / "api.md").read_text(encoding="utf-8")
    section = page.split(f"## `{module}`:")[1].split("\n## ")[0]
    missing = [n for n in importlib.import_module(module).__all__ if f"- `{n}` (" not in section]
    assert not missing, f"docs/api.md lacks {missing} under {module}"
