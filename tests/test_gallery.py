"""docs/gallery/ is up to date with the code and the maps.

The DOT text must equal what the code draws now; the SVG and PNG must carry the SHA-256 of
that DOT text (docs/gallery/regenerate.py writes it), so a stale picture fails here even
though Graphviz versions lay pictures out with different bytes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GALLERY = REPO / "docs" / "gallery"
MAPS = sorted((REPO / "maps").glob("*.argmap.toml"))
HOW = "run: python docs/gallery/regenerate.py"

spec = importlib.util.spec_from_file_location("regenerate", GALLERY / "regenerate.py")
regenerate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(regenerate)


def test_gallery_has_exactly_the_maps():
    suffixes = (".dot", ".svg", ".png", ".html")
    pictures = {p.name for p in GALLERY.iterdir() if p.suffix in suffixes}
    expected = {f"{regenerate.stem(m)}{suffix}" for m in MAPS for suffix in suffixes}
    expected |= {regenerate.screenshot_name(size) for size in regenerate.SCREENSHOTS}
    assert pictures == expected, HOW


@pytest.mark.parametrize("map_path", MAPS, ids=lambda p: p.name)
def test_gallery_explorer_page_is_current(map_path):
    from argmap.debate import Debate
    from argmap.render.html import explorer_fingerprint

    page = (GALLERY / f"{regenerate.stem(map_path)}.html").read_text(encoding="utf-8")
    digest = explorer_fingerprint(Debate.load(map_path))
    assert f'<meta name="argmap-source" content="{digest}">' in page, HOW


def test_explorer_screenshots_show_the_current_page():
    from argmap.debate import Debate
    from argmap.render.html import explorer_fingerprint

    source = REPO / "maps" / f"{regenerate.SCREENSHOT_MAP}.argmap.toml"
    digest = explorer_fingerprint(Debate.load(source))
    for size in regenerate.SCREENSHOTS:
        png = (GALLERY / regenerate.screenshot_name(size)).read_bytes()
        assert regenerate.png_text(png).get(regenerate.KEY) == digest, HOW


@pytest.mark.parametrize("map_path", MAPS, ids=lambda p: p.name)
def test_gallery_picture_is_current(map_path):
    name = regenerate.stem(map_path)
    dot = regenerate.gallery_dot(map_path)
    assert (GALLERY / f"{name}.dot").read_text(encoding="utf-8") == dot, HOW
    digest = regenerate.fingerprint(dot)
    svg = (GALLERY / f"{name}.svg").read_bytes()
    assert f"<!-- {regenerate.KEY} {digest} -->".encode() in svg[:400], HOW
    png = (GALLERY / f"{name}.png").read_bytes()
    assert regenerate.png_text(png).get(regenerate.KEY) == digest, HOW


def test_png_marking_keeps_a_valid_png():
    import zlib

    png = (GALLERY / "nixon-diamond.png").read_bytes()
    at = 8
    while at < len(png):  # every chunk's CRC is right
        length = int.from_bytes(png[at : at + 4], "big")
        body = png[at + 4 : at + 8 + length]
        assert int.from_bytes(png[at + 8 + length : at + 12 + length], "big") == zlib.crc32(body)
        at += 12 + length
    assert at == len(png)
