"""The live preview (issue 17 item 3): ``argmap serve`` tested through HTTP (every request
with a timeout): the page, a reload after the file is saved, a map mistake shown in the
page, and only 127.0.0.1 listening."""

from __future__ import annotations

import json
import select
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SMOKE = REPO / "maps" / "smoking-ban.argmap.toml"


def _get(url: str) -> tuple[int, str, str]:
    with urllib.request.urlopen(url, timeout=60) as response:
        body = response.read().decode("utf-8")
        return response.status, response.headers["Content-Type"], body


@pytest.fixture
def served(tmp_path):
    path = tmp_path / "live.argmap.toml"
    path.write_text(SMOKE.read_text(encoding="utf-8"), encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "argmap", "serve", str(path), "--port", "0", "--no-browser"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 120)
        assert ready, "the server did not start"
        line = proc.stdout.readline()
        assert line.startswith(f"serving {path} at http://127.0.0.1:"), line
        url = line.split(" at ")[1].split(" ")[0]
        yield path, url
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def _version(url: str) -> dict:
    status, kind, body = _get(url + "version")
    assert status == 200 and kind == "application/json"
    return json.loads(body)


def test_the_page_reloads_after_the_map_is_saved_and_shows_mistakes(served):
    path, url = served
    status, _, wrapper = _get(url)
    assert status == 200 and '<iframe id="map"' in wrapper and "connect-src 'self'" in wrapper
    first = _version(url)
    assert first["error"] is None
    _, _, page = _get(url + "map.html")
    assert "Ban smoking in bars and restaurants." in page
    assert _version(url)["version"] == first["version"]  # nothing changed: same version

    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Ban smoking in bars", "Ban smoking in pubs"), encoding="utf-8")
    second = _version(url)  # the next request sees the save: no waiting
    assert second["version"] > first["version"] and second["error"] is None
    assert "Ban smoking in pubs and restaurants." in _get(url + "map.html")[2]

    path.write_text(text.replace('stance = "pro"', 'stance = "yes"', 1), encoding="utf-8")
    broken = _version(url)
    assert broken["version"] > second["version"]
    assert "unknown stance 'yes'" in broken["error"] and "line" in broken["error"]
    _, _, problem = _get(url + "map.html")
    assert "The map has a mistake" in problem and "unknown stance &#x27;yes&#x27;" in problem

    path.write_text(text, encoding="utf-8")
    assert _version(url)["error"] is None
    with pytest.raises(urllib.error.HTTPError):
        _get(url + "secret")


def test_it_listens_on_127_0_0_1_only(served):
    _, url = served
    assert url.startswith("http://127.0.0.1:")
    from argmap.cli.serve import make_server

    server = make_server(SMOKE, 0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


def test_the_page_reloads_in_a_real_browser(served, browser):
    """In headless Chromium: the explorer shows in the page, a save reloads it, a mistake
    shows in the banner, and the page's policy blocks nothing it needs (no console error)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    path, url = served
    browser.get(url)
    browser.get_log("browser")  # start from a clean log
    wait = WebDriverWait(browser, 60)  # a bound on a hang, not a measurement
    wait.until(lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-version"))
    shown = browser.find_element(By.TAG_NAME, "body").get_attribute("data-version")

    def frame_text() -> str:
        browser.switch_to.frame("map")
        try:
            return browser.find_element(By.TAG_NAME, "body").get_attribute("textContent")
        finally:
            browser.switch_to.default_content()

    wait.until(lambda b: "Ban smoking in bars" in frame_text())
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Ban smoking in bars", "Ban smoking in pubs"), encoding="utf-8")
    wait.until(lambda b: b.find_element(By.TAG_NAME, "body").get_attribute("data-version") != shown)
    wait.until(lambda b: "Ban smoking in pubs" in frame_text())
    path.write_text(text.replace('stance = "pro"', 'stance = "yes"', 1), encoding="utf-8")
    problem = browser.find_element(By.ID, "problem")
    wait.until(lambda b: problem.is_displayed() and "unknown stance 'yes'" in problem.text)
    path.write_text(text, encoding="utf-8")
    wait.until(lambda b: not problem.is_displayed())
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []
