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


EU_2024 = REPO / "tests" / "data" / "maps" / "eu-2024-extraction.argmap.toml"
FONT_POINTS = 11.0  # Theme().font_size: the claims' text in the drawing


def _diagram_pages(page: str) -> tuple[tuple[float, float], list[tuple[float, ...]], str]:
    """The drawing's size (points), each part's view box, and the diagram box's CSS."""
    shape = re.search(r'<svg[^>]*viewBox="0\.00 0\.00 ([0-9.]+) ([0-9.]+)"', page)
    views = [
        tuple(float(v) for v in box.split())
        for box in re.findall(r'<svg viewBox="([0-9. ]+)" preserveAspectRatio', page)
    ]
    css = re.search(r"\.diagram \{ width: ([0-9.]+)mm; height: ([0-9.]+)mm;", page)
    return (float(shape.group(1)), float(shape.group(2))), views, css.groups()


def test_a_large_map_is_printed_as_an_overview_and_legible_parts():
    from argmap.render.handout import MIN_TEXT_POINTS

    page = handout_html(Debate.load(EU_2024), "grounded", "evidential")
    (width, height), views, (box_w, box_h) = _diagram_pages(page)
    box_w, box_h = float(box_w), float(box_h)
    whole = min(box_w / (width * 25.4 / 72), box_h / (height * 25.4 / 72))
    assert FONT_POINTS * whole < MIN_TEXT_POINTS  # shrunk onto one page it is illegible
    assert len(views) >= 2
    assert page.count('<section class="diagram-page') == 1 + len(views)
    assert f"The next {len(views)} pages show it in parts" in page
    for x, y, w, h in views:  # every part prints the text at MIN_TEXT_POINTS or more
        scale = min(box_w / (w * 25.4 / 72), box_h / (h * 25.4 / 72))
        assert FONT_POINTS * scale >= MIN_TEXT_POINTS - 1e-6
        assert x >= 0 and y >= 0 and x + w <= width + 0.01 and y + h <= height + 0.01
    # together the parts cover the whole drawing: sample points of it
    for i in range(41):
        for j in range(41):
            px, py = width * i / 40, height * j / 40
            assert any(x <= px <= x + w and y <= py <= y + h for x, y, w, h in views), (px, py)
    # a small map keeps its one page
    small = handout_html(Debate.load(REPO / "maps" / "smoking-ban.argmap.toml"))
    assert small.count('<section class="diagram-page') == 1 and "part 1 of" not in small


def test_the_large_map_pdf_has_the_parts_on_a4_pages(tmp_path):
    out = tmp_path / "eu-2024.pdf"
    run = subprocess.run(
        [sys.executable, "-m", "argmap", "handout", str(EU_2024), "-o", str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    sizes = _page_sizes(out.read_bytes())
    _, views, _ = _diagram_pages(handout_html(Debate.load(EU_2024)))
    width, height = (v * POINTS_PER_MM for v in PAPERS["a4"])
    for size in sizes:
        assert sorted(size) == pytest.approx(sorted((width, height)), abs=2.0)
    landscape = [s for s in sizes if s[0] > s[1]]  # the wide map's overview and parts
    assert len(landscape) == 1 + len(views) and len(sizes) > len(landscape)


def test_parts_escape_the_title_and_too_many_parts_leave_the_overview(monkeypatch):
    from argmap.render import handout

    payload = "</p><script>alert(1)</script>"
    b = DebateBuilder(payload, title=payload)
    b.claim("c1", payload, kind="thesis")
    b.claim("c2", "Another claim", stance="con")
    b.attacks("c2", "c1")
    monkeypatch.setattr(handout, "MIN_TEXT_POINTS", 40.0)  # every map needs parts
    page = handout_html(b.build())
    assert (
        "<script" not in page and page.count("&lt;script&gt;alert(1)&lt;/script&gt;: the map") > 2
    )
    monkeypatch.setattr(handout, "MAX_DIAGRAM_PAGES", 1)
    page = handout_html(b.build())
    assert page.count('<section class="diagram-page') == 1
    assert "too large to print legibly on A4" in page
