"""Regenerate docs/gallery/ from maps/: for every map, its diagram under grounded semantics
with evidential support as DOT text, SVG and PNG, and its explorer page (HTML); and
screenshots of the EU 2022 explorer page at desktop and phone widths (headless Chromium).

    python docs/gallery/regenerate.py

The SVG and PNG carry the SHA-256 of the DOT text they were drawn from (an XML comment; a
PNG tEXt chunk), so tests/test_gallery.py can tell when the committed pictures are out of
date with the code without comparing bytes that differ between Graphviz versions.
"""

from __future__ import annotations

import hashlib
import struct
import sys
import zlib
from pathlib import Path

from argmap.debate import Debate
from argmap.formats._files import atomic_write_bytes, atomic_write_text
from argmap.render import debate_graph, render_bytes

GALLERY = Path(__file__).resolve().parent
MAPS = GALLERY.parent.parent / "maps"
KEY = "argmap-dot-sha256"


def png_dpi(claims: int) -> int:
    """Small maps sharp; the large EU maps (about 5,000 px wide at 96 dpi) smaller."""
    return 96 if claims <= 20 else 48


def gallery_dot(map_path: Path) -> str:
    """The DOT text of a map's gallery picture."""
    debate = Debate.load(map_path)
    return debate_graph(debate.evaluate("grounded", "evidential")).source


def fingerprint(dot: str) -> str:
    """SHA-256 of the DOT text, in hex."""
    return hashlib.sha256(dot.encode("utf-8")).hexdigest()


def stem(map_path: Path) -> str:
    """``eu-facial-recognition-2022`` for ``eu-facial-recognition-2022.argmap.toml``."""
    return map_path.name.removesuffix(".argmap.toml")


def mark_svg(svg: bytes, digest: str) -> bytes:
    """The SVG with ``<!-- argmap-dot-sha256 DIGEST -->`` after its XML declaration."""
    head, sep, rest = svg.partition(b"?>")
    comment = f"\n<!-- {KEY} {digest} -->".encode()
    return head + sep + comment + rest if sep else comment + svg


def mark_png(png: bytes, digest: str) -> bytes:
    """The PNG with a tEXt chunk ``argmap-dot-sha256`` right after its header chunk."""
    body = KEY.encode("latin-1") + b"\0" + digest.encode("latin-1")
    chunk = struct.pack(">I", len(body)) + b"tEXt" + body
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + body) & 0xFFFFFFFF)
    end_of_header = 8 + 4 + 4 + 13 + 4  # signature, IHDR length, type, data, CRC
    return png[:end_of_header] + chunk + png[end_of_header:]


def png_text(png: bytes) -> dict[str, str]:
    """The tEXt chunks of a PNG."""
    out, at = {}, 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind = png[at + 4 : at + 8]
        if kind == b"tEXt":
            key, _, value = png[at + 8 : at + 8 + length].partition(b"\0")
            out[key.decode("latin-1")] = value.decode("latin-1")
        at += 12 + length
    return out


SCREENSHOT_MAP = "eu-facial-recognition-2022"
SCREENSHOTS = {"desktop": (1400, 900), "phone": (390, 844)}


def screenshot_name(size: str) -> str:
    """``eu-facial-recognition-2022-explorer-desktop.png`` and the phone one."""
    return f"{SCREENSHOT_MAP}-explorer-{size}.png"


def take_screenshots(page: Path, digest: str) -> None:
    """Screenshots of ``page`` at each width, marked with the page's fingerprint."""
    import shutil

    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--hide-scrollbars",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(
        service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options
    )
    try:
        for size, (width, height) in SCREENSHOTS.items():
            driver.set_window_size(width, height)
            driver.get(page.as_uri())
            node = driver.find_element("css selector", 'g.node[data-claim="C12"]')
            driver.execute_script(
                "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", node
            )
            png = driver.get_screenshot_as_png()
            atomic_write_bytes(GALLERY / screenshot_name(size), mark_png(png, digest))
    finally:
        driver.quit()


def main() -> int:
    import graphviz

    from argmap.render.html import explorer_fingerprint, write_explorer

    for old in GALLERY.glob("*.*"):
        if old.suffix in (".dot", ".svg", ".png", ".html"):
            old.unlink()
    for map_path in sorted(MAPS.glob("*.argmap.toml")):
        dot = gallery_dot(map_path)
        digest = fingerprint(dot)
        graph = graphviz.Source(dot)
        name = stem(map_path)
        atomic_write_text(GALLERY / f"{name}.dot", dot)
        atomic_write_bytes(GALLERY / f"{name}.svg", mark_svg(render_bytes(graph, "svg"), digest))
        png = render_bytes(graph, "png", dpi=png_dpi(len(Debate.load(map_path).claims)))
        atomic_write_bytes(GALLERY / f"{name}.png", mark_png(png, digest))
        write_explorer(Debate.load(map_path), GALLERY / f"{name}.html")
        print(f"{name}: dot, svg, png, html")
    page = GALLERY / f"{SCREENSHOT_MAP}.html"
    take_screenshots(
        page, explorer_fingerprint(Debate.load(MAPS / f"{SCREENSHOT_MAP}.argmap.toml"))
    )
    print(f"{SCREENSHOT_MAP}: explorer screenshots ({', '.join(SCREENSHOTS)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
