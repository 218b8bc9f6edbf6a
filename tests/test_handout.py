"""Handouts (issue 17 item 2): the PDF's pages are A4 (or A3), read back from the file; the
page holds the verdict in plain words, the fitted diagram and a numbered table of claims with
holders and sources; every text escaped."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from argmap.debate import Debate, DebateBuilder
from argmap.render.handout import PAPERS, handout_html, write_handout

REPO = Path(__file__).resolve().parent.parent
EU = REPO / "tests" / "data" / "maps" / "eu-2022-extraction.argmap.toml"  # the first drawing
POINTS_PER_MM = 72 / 25.4


def _page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's MediaBox width and height in points, as the PDF states them."""
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", pdf)
    return [(float(w), float(h)) for w, h in boxes]


@pytest.mark.parametrize("paper", ["a4", "a3"])
def test_the_pdf_pages_are_the_paper_asked_for(tmp_path, paper):
    out = tmp_path / f"eu-{paper}.pdf"
    run = subprocess.run(
        [sys.executable, "-m", "argmap", "handout", str(EU), "-o", str(out), "--paper", paper],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF-")
    sizes = _page_sizes(pdf)
    width, height = (v * POINTS_PER_MM for v in PAPERS[paper])
    assert len(sizes) >= 2
    for size in sizes:  # portrait pages, and the wide map's landscape page
        assert sorted(size) == pytest.approx(sorted((width, height)), abs=2.0)
    assert any(w > h for w, h in sizes) and sizes[0][0] < sizes[0][1]
    assert run.stdout == f"wrote {out}: {len(sizes)} {paper.upper()} pages, 44 claims\n"


def test_the_page_holds_verdict_diagram_and_numbered_claims():
    debate = Debate.load(EU)
    page = handout_html(debate, "grounded", "evidential")
    rows = re.findall(r"<tr><td>(\d+)</td><td>([^<]+)</td>", page)
    assert [int(n) for n, _ in rows] == list(range(1, len(debate.claims) + 1))
    assert [c for _, c in rows] == list(debate.claim_ids)
    assert "<strong>C12</strong> (pro)" in page and "<em>undecided</em>" in page
    assert "Note: how the supports are read changes a verdict" in page
    assert "Tudorache" in page and "POLITICO" in page  # holders and sources
    svg = re.search(r"<svg[^>]*>", page).group(0)
    assert "viewBox" in svg and "width=" not in svg and "height=" not in svg
    assert "@page diagram { size: A4 landscape" in page  # the EU map is wide
    assert not re.search(r"\b(IN|OUT|UNDEC)\b", page.split("<section")[0])


def test_hostile_text_stays_text_and_the_page_runs_nothing():
    payload = "</td><script>alert(1)</script><img src=x onerror=alert(2)>"
    b = DebateBuilder(payload, title=payload)
    b.actor("a", payload)
    b.claim("c1", payload, kind="thesis", actors=["a"], sources=[{"citation": payload}])
    page = handout_html(b.build(), diagram=False)
    assert (
        "<script" not in page
        and "<img" not in page
        and "onerror=alert" not in page.replace("&lt;img src=x onerror=alert(2)&gt;", "")
    )
    style = re.search(r"<style>(.*?)</style>", page, re.DOTALL).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"content=\"default-src 'none'; style-src 'sha256-{digest}'\"" in page


def test_the_output_name_and_paper_are_checked(tmp_path):
    from argmap.render.output import RenderError

    with pytest.raises(RenderError, match=r"a handout is \.pdf or \.html"):
        write_handout(Debate.load(EU), tmp_path / "x.png")
    with pytest.raises(RenderError, match="unknown paper 'letter'"):
        handout_html(Debate.load(EU), paper="letter", diagram=False)
    html_out = write_handout(Debate.load(EU), tmp_path / "eu.html", paper="a3")
    assert "@page { size: A3 portrait" in html_out.read_text(encoding="utf-8")


def test_blank_exercises_can_be_added_without_the_key():
    from argmap.exercises import map_exercise

    debate = Debate.load(EU)
    page = handout_html(debate, diagram=False, exercise_seed=3)
    exercise = map_exercise(debate, seed=3)
    assert page.count('<p class="answer">Answer:</p>') == len(exercise.questions) > 0
    for question in exercise.questions:
        assert question.prompt.replace("'", "&#x27;").replace('"', "&quot;") in page
    assert "Answer: " not in page  # no key
    assert "<h2>Exercises</h2>" not in handout_html(debate, diagram=False)
