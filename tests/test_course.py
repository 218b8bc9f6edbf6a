"""The policy-analysis course in docs/teaching/ (issue 13, item 3): six sessions a-f, each
with aims, a handout and exercises whose worked answers are executed (tests/test_docs.py runs
every ``>>>`` example of docs/**/*.md); here the course's shape is checked, and that it needs
nothing outside the repository."""

from __future__ import annotations

import re

import pytest
from conftest import REPO

TEACHING = REPO / "docs" / "teaching"
SESSIONS = {
    "a": "a-sources.md",
    "b": "b-arguments.md",
    "c": "c-values.md",
    "d": "d-proportionality.md",
    "e": "e-options.md",
    "f": "f-draw-your-own.md",
}


@pytest.mark.parametrize("letter,name", sorted(SESSIONS.items()))
def test_each_session_has_aims_a_handout_and_worked_exercises(letter, name):
    text = (TEACHING / name).read_text(encoding="utf-8")
    assert text.startswith(f"# Session {letter}: ")
    assert "**Aims.**" in text and "## Handout" in text and "## Exercises" in text
    exercises = re.findall(rf"^\*\*{letter}\.\d", text, re.M) or re.findall(
        r"^\*\*f\.\d", text, re.M
    )
    assert len(exercises) >= 2
    assert text.count("*Worked answer") >= len(exercises)
    assert text.count(">>> ") >= 5  # the worked answers are computed, and tests run them


def test_the_index_lists_every_session():
    index = (TEACHING / "README.md").read_text(encoding="utf-8")
    for letter, name in SESSIONS.items():
        assert re.search(
            rf"^\| {letter} \| \[{re.escape(name)}\]\({re.escape(name)}\) \|", index, re.M
        )


def test_the_course_needs_nothing_outside_the_repository():
    for page in TEACHING.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        assert "../shared" not in text and "shared/domain" not in text, page.name
        for path in re.findall(r"`((?:maps|tests/data|docs)/[^`\s]+\.(?:toml|md|svg))`", text):
            assert (REPO / path).exists(), f"{page.name} names {path}"
