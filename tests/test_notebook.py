"""Notebook display (issue 17 item 7): an evaluation as an HTML table, explanations short
and readable, and commands that say what they wrote."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from argmap.debate import Debate, DebateBuilder, evaluate
from argmap.explain import explain_claim
from argmap.explain.plain import explain_plainly
from argmap.render.notebook import evaluation_html, mimebundle

REPO = Path(__file__).resolve().parent.parent
EU = REPO / "maps" / "eu-facial-recognition-2022.argmap.toml"


def _rows(table: str) -> list[list[str]]:
    return [re.findall(r"<td>(.*?)</td>", row) for row in re.findall(r"<tr><td>.*?</tr>", table)]


def test_an_evaluation_shows_as_a_table_of_claims_stances_statuses_and_holders():
    debate = Debate.load(EU)
    result = evaluate(debate, "grounded", "necessary")
    rows = _rows(evaluation_html(result))
    assert [r[0] for r in rows] == list(debate.claim_ids)
    words = {"accepted": "stands", "rejected": "falls", "undecided": "undecided"}
    for row in rows:
        claim = debate.claim(row[0])
        assert row[2] == claim.stance.value
        assert row[3] == words[result.overlay(claim.id)]
        holders = [debate.actor(a).name for a in claim.actors]
        assert row[4] == ", ".join(holders).replace("&", "&amp;").replace("'", "&#x27;")
    table = evaluation_html(result)
    assert "how the supports are read changes a verdict" in table  # C12 and C27 do
    bundle = result._repr_mimebundle_()
    assert bundle["text/html"].endswith(table) and bundle["text/plain"].startswith("Evaluation")


def test_hostile_text_stays_text_in_the_table():
    b = DebateBuilder("<b>Q?</b>")
    b.actor("x", "<img src=x onerror=alert(1)>")
    b.claim("a", "<script>alert(1)</script>", actors=["x"])
    table = evaluation_html(b.build().evaluate("grounded"))
    assert "<script>" not in table and "<img" not in table and "<b>" not in table
    assert "&lt;script&gt;" in table


def test_explanations_are_short_to_display():
    debate = Debate.load(EU)
    explanation = explain_claim(debate, "C12", "preferred")
    assert len(repr(explanation)) < 200 and "C12" in repr(explanation)
    assert str(explanation) == explanation.text()
    assert len(repr(explanation.grounded)) < 100
    shown = explanation._repr_html_()
    assert "<details><summary>formal explanation</summary>" in shown
    plain = explain_plainly(evaluate(debate, "grounded"), "C12")
    assert str(plain) == plain.text() and "<li>C12 is undecided" in plain._repr_html_()


def test_a_framework_without_graphviz_still_shows_as_text(monkeypatch):
    import argmap.render.output as output

    def broken(*args, **kwargs):
        raise RuntimeError("no dot")

    monkeypatch.setattr(output, "render_bytes", broken)
    result = evaluate(Debate.load(EU), "grounded")
    bundle = mimebundle(result)
    assert "image/svg+xml" not in bundle and "<table>" in bundle["text/html"]


def test_convert_says_what_it_wrote(tmp_path):
    out = tmp_path / "eu.argmap.json"
    run = subprocess.run(
        [sys.executable, "-m", "argmap", "convert", str(EU), str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"wrote {out} (json)\n"
    assert out.exists()
