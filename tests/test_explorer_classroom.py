"""The explorer for a class (issue 17 items 1 and 2): reasons in plain words unless "show the
formal terms", the map's classroom profile (opening view, hidden controls, note), and a print
stylesheet that prints the map on one A4 page and the selected claim's panel after it."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from argmap.debate import Debate
from argmap.render.html import explorer_data, write_explorer

REPO = Path(__file__).resolve().parent.parent
EU = REPO / "tests" / "data" / "maps" / "eu-2022-extraction.argmap.toml"  # the first drawing
PROFILE = '\n[classroom]\nsupport = "necessary"\nhide = ["semantics", "support"]\nnote = "Necessary supports this week."\n'


@pytest.fixture(scope="module")
def class_map(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("class") / "eu.argmap.toml"
    path.write_text(EU.read_text(encoding="utf-8") + PROFILE, encoding="utf-8")
    return path


def test_the_page_carries_plain_reasons_and_the_profile(class_map):
    data = explorer_data(Debate.load(class_map))
    assert data["defaults"] == {"semantics": "grounded", "reading": "necessary"}
    assert data["classroom"] == {"hide": ["semantics", "support"], "note": PROFILE.split('"')[-2]}
    for reading, reasons in data["plain"].items():
        assert set(reasons) == set(data["order"])
        for claim, sentence in reasons.items():
            assert sentence.startswith(claim + " ")
            assert not re.search(r"\b(IN|OUT|UNDEC)\b|~|<", sentence), (reading, sentence)
    assert data["plain"]["necessary"]["C12"].startswith("C12 stands: every attack on it fails")
    assert explorer_data(Debate.load(EU))["classroom"] == {"hide": [], "note": None}


def _pdf_pages(browser) -> list[tuple[float, float]]:
    pdf = base64.b64decode(
        browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"]
    )
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", pdf)
    return [(float(w), float(h)) for w, h in boxes]


def test_plain_reasons_formal_switch_hidden_controls_and_print(browser, class_map, tmp_path):
    page = tmp_path / "class.html"
    write_explorer(Debate.load(class_map), page)
    browser.set_window_size(1400, 900)
    browser.get(page.as_uri())
    assert not browser.find_element(By.ID, "semantics").is_displayed()
    assert not browser.find_element(By.ID, "reading").is_displayed()
    assert browser.find_element(By.ID, "actor").is_displayed()
    assert "Necessary supports this week." in browser.find_element(By.TAG_NAME, "header").text
    assert len(_pdf_pages(browser)) == 1  # nothing selected: the map alone, one page
    browser.find_element(By.CSS_SELECTOR, 'g.node[data-claim="C12"]').click()
    panel = browser.find_element(By.ID, "panel")
    assert "C12 stands: every attack on it fails" in panel.text
    assert "grounded label" not in panel.text
    sizes = _pdf_pages(browser)  # the map, then the selected claim's panel
    assert len(sizes) >= 2
    assert all(sorted(s) == pytest.approx([595.3, 841.9], abs=2) for s in sizes)
    note = browser.find_element(By.ID, "reading-note")
    assert note.is_displayed()
    assert note.text.startswith("Note: how the supports are read changes a verdict: C12 ")
    words = browser.find_element(By.ID, "side").text
    assert not re.search(r"\b(IN|OUT|UNDEC|ACCEPTED|REJECTED|CREDULOUS)\b", words)
    browser.find_element(By.ID, "formal").click()
    assert "(necessary reading of supports): accepted (grounded label IN)" in panel.text
    assert note.text.startswith("Note: the support reading changes a verdict (necessary here)")
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
