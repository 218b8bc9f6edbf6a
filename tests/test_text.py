"""Counted nouns agree with their count everywhere argmap prints them (one helper,
argmap._text.plural), and text is shortened one way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from argmap import ArgumentFramework
from argmap._text import plural, shorten
from argmap.debate import Debate
from argmap.render import summary

REPO = Path(__file__).resolve().parent.parent
SMOKE = REPO / "maps" / "smoking-ban.argmap.toml"


def test_plural_and_shorten():
    assert [plural(n, "claim") for n in (0, 1, 2)] == ["0 claims", "1 claim", "2 claims"]
    assert plural(1, "undercut is", "undercuts are") == "1 undercut is"
    assert shorten("a  b\nc", 10) == "a b c"
    assert shorten("abcdef ghij", 8) == "abcdef…" and len(shorten("x" * 50, 8)) == 8


def test_one_of_a_kind_is_singular_in_summaries():
    debate = Debate.load(SMOKE)
    assert len(debate.undercuts) == 1
    assert summary(debate).endswith(", 1 undercut")
    assert repr(ArgumentFramework(range(20), [(0, 1)])) == (
        "<ArgumentFramework: 20 arguments, 1 attack>"
    )


def test_check_says_one_documented_verdict_holds(tmp_path):
    text = SMOKE.read_text(encoding="utf-8")
    head, _, rest = text.partition("[[verdicts]]")
    one = head + "[[verdicts]]" + rest.split("[[verdicts]]")[0]
    path = tmp_path / "one.argmap.toml"
    path.write_text(one, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "argmap", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert ", 1 documented verdict holds)" in run.stdout
