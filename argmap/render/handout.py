"""Printable handouts of a map: the diagram fitted to A4 (or A3) pages, the verdict in
plain words, and a numbered table of the claims with their holders and sources.

The diagram gets one page (landscape when it is wide) when its claims' text prints at
:data:`MIN_TEXT_POINTS` or larger there. A larger map is printed as an overview page, the
whole map shrunk with a numbered grid drawn over it, followed by one page per grid cell, each
at a scale where the text prints at least that large (each part repeats a strip of its
neighbours' edges, so a box the grid cuts is readable on one of them). Past
:data:`MAX_DIAGRAM_PAGES` parts only the overview is printed, with a line saying so.

:func:`handout_html` makes one self-contained HTML page whose print stylesheet sets the
paper size (CSS ``@page``); :func:`write_handout` writes it, or prints it to PDF with a
headless Chromium (Debian's ``chromium``; ``ARGMAP_CHROMIUM`` names another browser), so
that the PDF's pages are exactly A4 or A3. Every text of the map is escaped; the page runs
no script and loads nothing.

>>> from argmap.debate import Debate
>>> page = handout_html(Debate.load("maps/smoking-ban.argmap.toml"), diagram=False)
>>> "@page { size: A4 portrait" in page and "<td>ban</td>" in page
True
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from argmap.debate import Debate, Evaluation, SupportReading
from argmap.debate import evaluate as evaluate_debate
from argmap.explain.plain import explain_plainly, plain_status, reading_note
from argmap.formats._files import atomic_write_bytes, check_output_path
from argmap.render.output import RenderError, picture_bytes
from argmap.render.theme import Theme
from argmap.semantics import Semantics

__all__ = [
    "MAX_DIAGRAM_PAGES",
    "MIN_TEXT_POINTS",
    "PAPERS",
    "find_chromium",
    "handout_html",
    "print_pdf",
    "write_handout",
]

#: Paper sizes in millimetres (width, height), portrait.
PAPERS = {"a4": (210, 297), "a3": (297, 420)}
_MARGIN_MM = 12
#: How long the browser may take to print a handout.
PRINT_TIMEOUT = 120
#: The smallest size, in points, a claim's text may print at on a diagram page: 6 pt is
#: about the smallest print read without a magnifier. Below it the diagram is cut into parts.
MIN_TEXT_POINTS = 6.0
#: At most this many parts; a map that needs more gets its overview only (and a line that
#: says to use A3 or the explorer).
MAX_DIAGRAM_PAGES = 40
#: The share of a part's width (and height) it repeats of each neighbour's.
_OVERLAP = 0.05
_MM_PER_POINT = 25.4 / 72
#: Room for the caption above a diagram, in millimetres.
_CAPTION_MM = 12


def _parts(
    width: float, height: float, box_w: float, box_h: float, font_size: float
) -> tuple[int, int, list[tuple[float, float, float, float]]]:
    """The grid (columns, rows) and each part's view box (x, y, width, height, in the
    drawing's points, row by row) that print the drawing's text at MIN_TEXT_POINTS or more
    on a box_w x box_h mm page; (1, 1, []) when the whole drawing already does."""

    def scale(w: float, h: float) -> float:  # printed size of one drawn point, in points
        return min(box_w / (w * _MM_PER_POINT), box_h / (h * _MM_PER_POINT))

    if font_size * scale(width, height) >= MIN_TEXT_POINTS:
        return 1, 1, []
    need = MIN_TEXT_POINTS / font_size
    columns = max(1, math.ceil(width * _MM_PER_POINT * need / box_w))
    rows = max(1, math.ceil(height * _MM_PER_POINT * need / box_h))
    while True:
        cell_w, cell_h = width / columns, height / rows
        pad_w = cell_w * _OVERLAP if columns > 1 else 0.0
        pad_h = cell_h * _OVERLAP if rows > 1 else 0.0
        views = []
        for row in range(rows):
            for column in range(columns):
                x0, x1 = (
                    max(0.0, column * cell_w - pad_w),
                    min(width, (column + 1) * cell_w + pad_w),
                )
                y0, y1 = max(0.0, row * cell_h - pad_h), min(height, (row + 1) * cell_h + pad_h)
                views.append((x0, y0, x1 - x0, y1 - y0))
        widest = max(v[2] for v in views)
        tallest = max(v[3] for v in views)
        if font_size * scale(widest, tallest) >= MIN_TEXT_POINTS * (1 - 1e-9):
            return columns, rows, views
        # the tighter direction gets one more part (each step shrinks a part: this ends)
        if box_w / widest <= box_h / tallest:
            columns += 1
        else:
            rows += 1


def _svg_view(svg: str, view: tuple[float, float, float, float]) -> str:
    """A drawing that shows only ``view`` of the overview's drawing: a ``<use>`` of its
    graph (Graphviz's ``graph0`` group), so the page holds the map once; a copy of the
    drawing, its ids dropped, when that group is missing."""
    box = " ".join(f"{v:.2f}" for v in view)
    if 'id="graph0"' in svg:
        return (
            f'<svg viewBox="{box}" preserveAspectRatio="xMidYMid meet"><use href="#graph0"/></svg>'
        )
    head_end = svg.find(">")
    head = re.sub(r'viewBox="[^"]*"', f'viewBox="{box}"', svg[:head_end])
    return head + re.sub(r'\sid="[^"]*"', "", svg[head_end:])


def _grid_overlay(svg: str, width: float, height: float, columns: int, rows: int) -> str:
    """The overview with the parts' grid drawn over it, each cell numbered as its page."""
    cell_w, cell_h = width / columns, height / rows
    size = min(cell_w, cell_h) / 5
    marks = []
    for row in range(rows):
        for column in range(columns):
            x, y = column * cell_w, row * cell_h
            number = row * columns + column + 1
            marks.append(
                f'<rect x="{x:.2f}" y="{y:.2f}" width="{cell_w:.2f}" height="{cell_h:.2f}" '
                'fill="none" stroke="#555555" stroke-width="2" stroke-dasharray="12,6"/>'
                f'<text x="{x + size * 0.3:.2f}" y="{y + size:.2f}" font-size="{size:.2f}" '
                f'font-family="sans-serif" fill="#555555" fill-opacity="0.6">{number}</text>'
            )
    end = svg.rfind("</svg>")
    return svg[:end] + f'<g class="parts">{"".join(marks)}</g>' + svg[end:]


def _policy(style: str) -> str:
    """The page loads nothing and runs nothing: only its own style applies (by hash)."""
    digest = base64.b64encode(hashlib.sha256(style.encode("utf-8")).digest()).decode()
    return f"default-src 'none'; style-src 'sha256-{digest}'"


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _svg_fitted(svg: str) -> str:
    """Graphviz's SVG without its fixed size: it then scales to the box CSS gives it,
    keeping its proportions (the viewBox stays)."""
    start = svg.find("<svg")
    svg = svg[start:]
    head_end = svg.find(">")
    head = re.sub(r'\s(width|height)="[^"]*"', "", svg[:head_end])
    return head + ' preserveAspectRatio="xMidYMid meet"' + svg[head_end:]


def _sources(debate: Debate, claim_id: str) -> str:
    parts = []
    known = {s.id: s for s in debate.sources}
    for citation in debate.claim(claim_id).sources:
        words = []
        if citation.source and citation.source in known:
            words.append(known[citation.source].citation)
        if citation.citation:
            words.append(citation.citation)
        if citation.url:
            words.append(citation.url)
        if citation.locator:
            words.append(citation.locator)
        parts.append(", ".join(words))
    return "; ".join(parts)


def handout_html(
    debate: Debate,
    semantics: Semantics | str = "grounded",
    support: SupportReading | str = "evidential",
    *,
    paper: str = "a4",
    diagram: bool = True,
    evaluation: Evaluation | None = None,
    exercise_seed: int | None = None,
) -> str:
    """The handout page (see the module's docstring). ``diagram=False`` leaves the
    picture out (no Graphviz needed); ``exercise_seed`` adds the exercise of that seed
    (:func:`argmap.exercises.map_exercise`) with room for the answers, and no key."""
    if paper not in PAPERS:
        raise RenderError(f"unknown paper {paper!r}; use one of: {', '.join(PAPERS)}")
    result = evaluation or evaluate_debate(debate, semantics, support)
    width, height = PAPERS[paper]
    e = _escape
    title = debate.title or debate.question
    verdict = []
    for thesis in debate.theses:
        word = plain_status(result, thesis.id)
        reason = explain_plainly(result, thesis.id).reasons[0][1]
        verdict.append(
            f"<li><strong>{e(thesis.id)}</strong> ({e(thesis.stance.value)}): "
            f"{e(thesis.text)} <em>{e(word)}</em>. {e(reason)}</li>"
        )
    note = reading_note(result)
    picture, orientation = "", "portrait"
    box_w, box_h = width - 2 * _MARGIN_MM, height - 2 * _MARGIN_MM - _CAPTION_MM
    if diagram:
        svg = picture_bytes(result, "svg").decode("utf-8")
        shape = re.search(r'viewBox="[-0-9.]+ [-0-9.]+ ([0-9.]+) ([0-9.]+)"', svg)
        if shape and float(shape.group(1)) > float(shape.group(2)):
            # A wide map gets landscape pages of the same paper, fitted to them.
            orientation = "landscape"
            box_w, box_h = height - 2 * _MARGIN_MM, width - 2 * _MARGIN_MM - _CAPTION_MM
        picture = _diagram_pages(_svg_fitted(svg), shape, title, paper, box_w, box_h)
    exercises = ""
    if exercise_seed is not None:
        from argmap.exercises import MapExerciseMaker

        maker = MapExerciseMaker(debate, result.semantics, result.reading)
        blocks = "".join(
            f'<div class="exercise"><pre>{e(q.text())}</pre><p class="answer">Answer:</p></div>'
            for q in maker.make(exercise_seed).questions
        )
        exercises = f"<h2>Exercises</h2>{blocks}"
    rows = []
    for number, claim in enumerate(debate.claims, start=1):
        holders = ", ".join(debate.actor(a).name for a in claim.actors)
        rows.append(
            f"<tr><td>{number}</td><td>{e(claim.id)}</td><td>{e(claim.text)}</td>"
            f"<td>{e(claim.stance.value)}</td><td>{e(plain_status(result, claim.id))}</td>"
            f"<td>{e(holders)}</td><td>{e(_sources(debate, claim.id))}</td></tr>"
        )
    style = f"""
@page {{ size: {paper.upper()} portrait; margin: {_MARGIN_MM}mm; }}
@page diagram {{ size: {paper.upper()} {orientation}; margin: {_MARGIN_MM}mm; }}
.diagram-page {{ page: diagram; break-before: page; break-after: page; }}
.caption {{ margin: 0 0 2mm; font-size: 9pt; }}
body {{ font-family: sans-serif; font-size: 10pt; margin: 0; color: #000; }}
h1 {{ font-size: 15pt; margin: 0 0 2mm; }}
.question {{ margin: 0 0 2mm; }}
.diagram {{ width: {box_w}mm; height: {box_h}mm; overflow: hidden; }}
.diagram svg {{ width: 100%; height: 100%; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 0.3mm solid #555; padding: 1mm; vertical-align: top; text-align: left; }}
thead {{ display: table-header-group; }}
tr {{ page-break-inside: avoid; }}
.exercise {{ page-break-inside: avoid; }}
.exercise pre {{ white-space: pre-wrap; font-family: inherit; margin: 0 0 1mm; }}
.answer {{ border-bottom: 0.3mm solid #555; min-height: 12mm; margin: 0 0 4mm; }}
@media screen {{ .diagram {{ width: 100%; height: 85vh; }} }}
"""
    question = f'<p class="question">Question: {e(debate.question)}</p>' if debate.title else ""
    profile = debate.classroom
    if profile is not None and profile.note:  # the teacher's word to the class
        question += f'<p class="note">{e(profile.note)}</p>'
    reading = f"{result.semantics.title} semantics, {result.reading.value} reading of supports"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_policy(style)}">
<title>{e(title)}</title><style>{style}</style></head>
<body>
<h1>{e(title)}</h1>{question}
<h2>Verdict</h2>
<ul class="verdict">{"".join(verdict) or "<li>The map names no thesis.</li>"}</ul>
{f"<p><em>{e(note)}</em></p>" if note else ""}
<p class="reading">A claim stands, falls or is undecided ({e(reading)}).</p>
{picture}
<h2>Claims</h2>
<table><thead><tr><th>No.</th><th>id</th><th>claim</th><th>stance</th><th>status</th>
<th>held by</th><th>sources</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
{exercises}
</body></html>
"""


def _diagram_pages(
    svg: str, shape: re.Match[str] | None, title: str, paper: str, box_w: float, box_h: float
) -> str:
    """The diagram's pages: one, or an overview and its parts (see the module's docstring)."""
    e = _escape
    one = (
        f'<section class="diagram-page"><p class="caption">{e(title)}: the map</p>'
        f'<div class="diagram">{svg}</div></section>'
    )
    if shape is None:
        return one
    width, height = float(shape.group(1)), float(shape.group(2))
    columns, rows, views = _parts(width, height, box_w, box_h, Theme().font_size)
    if not views:
        return one
    count = len(views)
    if count > MAX_DIAGRAM_PAGES:
        return (
            f'<section class="diagram-page"><p class="caption">{e(title)}: the map, too large '
            f"to print legibly on {paper.upper()} ({count} pages would be needed); print it "
            "on A3, or use the explorer page (argmap html)</p>"
            f'<div class="diagram">{svg}</div></section>'
        )
    pages = [
        f'<section class="diagram-page"><p class="caption">{e(title)}: the map, overview. '
        f"The next {count} pages show it in parts, {columns} across and {rows} down, numbered "
        f'as on this page.</p><div class="diagram">'
        f"{_grid_overlay(svg, width, height, columns, rows)}</div></section>"
    ]
    for number, view in enumerate(views, start=1):
        row, column = divmod(number - 1, columns)
        pages.append(
            f'<section class="diagram-page part"><p class="caption">{e(title)}: the map, part '
            f"{number} of {count} (row {row + 1}, column {column + 1})</p>"
            f'<div class="diagram">{_svg_view(svg, view)}</div></section>'
        )
    return "".join(pages)


def find_chromium() -> str | None:
    """The headless browser that prints PDFs: ``ARGMAP_CHROMIUM``, else ``chromium``,
    ``chromium-browser`` or ``google-chrome`` on the PATH."""
    named = os.environ.get("ARGMAP_CHROMIUM")
    if named:
        return shutil.which(named)
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def print_pdf(page: str) -> bytes:
    """The PDF a headless Chromium prints from the page (RenderError without one)."""
    browser = find_chromium()
    if browser is None:
        raise RenderError(
            "printing a handout to PDF needs Chromium (on Debian or Ubuntu: sudo apt-get "
            "install chromium); or write it as .html and print that from a browser"
        )
    with tempfile.TemporaryDirectory(prefix="argmap-handout-") as folder:
        source = Path(folder) / "handout.html"
        target = Path(folder) / "handout.pdf"
        source.write_text(page, encoding="utf-8")
        command = [
            browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
            f"--user-data-dir={Path(folder) / 'profile'}", "--no-pdf-header-footer",
            f"--print-to-pdf={target}", source.as_uri(),
        ]  # fmt: skip
        try:
            done = subprocess.run(command, capture_output=True, timeout=PRINT_TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise RenderError(f"Chromium did not print within {PRINT_TIMEOUT} s") from None
        if done.returncode != 0 or not target.exists():
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise RenderError(f"Chromium failed to print: {detail[-1] if detail else 'no PDF'}")
        return target.read_bytes()


def write_handout(
    debate: Debate,
    path: str | os.PathLike[str],
    semantics: Semantics | str = "grounded",
    support: SupportReading | str = "evidential",
    *,
    paper: str = "a4",
) -> Path:
    """Write the handout as ``.html`` or ``.pdf`` (by the file name), atomically."""
    name = os.fspath(path).lower()
    if not name.endswith((".pdf", ".html", ".htm")):
        raise RenderError(f"a handout is .pdf or .html, not {os.fspath(path)!r}")
    target = check_output_path(path)
    page = handout_html(debate, semantics, support, paper=paper)
    data = print_pdf(page) if name.endswith(".pdf") else page.encode("utf-8")
    atomic_write_bytes(target, data)
    return Path(path)
