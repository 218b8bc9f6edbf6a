"""Time limits and layout engines: ``--timeout`` on evaluate, render and html stops cleanly
(a message, exit status 124, nothing written); ``--engine`` and the automatic choice of
Graphviz engine; the explorer of a large map and of a reading past its limit."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import REPO

from argmap.cli._deadline import EXIT_TIMEOUT
from argmap.debate import DebateBuilder
from argmap.debate import readings as readings_module
from argmap.render import html as html_module
from argmap.render import output as output_module
from argmap.render.output import RenderError, dot_available, picture_bytes


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "argmap", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=300,
    )


def _chain_map(claims: int):
    b = DebateBuilder("Q?")
    for k in range(claims):
        b.claim(f"c{k}", f"Claim {k}.")
    for k in range(claims - 1):
        b.attacks(f"c{k + 1}", f"c{k}")
    return b.build()


@pytest.fixture
def large_map(tmp_path):
    # reading it alone takes far longer than the 1 ms the tests allow
    path = tmp_path / "large.argmap.toml"
    _chain_map(400).save(path)
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["evaluate"],
        ["render", "-o", "OUT.svg"],
        ["html", "-o", "OUT.html"],
    ],
)
def test_timeout_stops_cleanly_and_writes_nothing(tmp_path, large_map, command):
    command = [part.replace("OUT", str(tmp_path / "out")) for part in command]
    result = _cli(*command, str(large_map), "--timeout", "0.001")
    assert result.returncode == EXIT_TIMEOUT == 124
    assert result.stderr == (
        "argmap: error: stopped after 0.001 s (--timeout 0.001); nothing was written\n"
    )
    assert result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["large.argmap.toml"]


def test_a_generous_timeout_changes_nothing(tmp_path):
    path = tmp_path / "small.argmap.toml"
    _chain_map(5).save(path)
    plain = _cli("evaluate", str(path), "-s", "grounded")
    limited = _cli("evaluate", str(path), "-s", "grounded", "--timeout", "120")
    assert plain.returncode == limited.returncode == 0
    assert plain.stdout == limited.stdout
    assert "c4" in plain.stdout


@pytest.mark.parametrize("value", ["0", "-1", "nan", "soon"])
def test_timeout_must_be_a_positive_number(tmp_path, value):
    result = _cli("evaluate", "map.argmap.toml", "--timeout", value)
    assert result.returncode == 1
    assert "--timeout" in result.stderr and "seconds" in result.stderr


@pytest.mark.skipif(not dot_available(), reason="Graphviz is not installed")
def test_engine_option_draws_with_the_engine_asked(tmp_path):
    path = tmp_path / "small.argmap.toml"
    _chain_map(4).save(path)
    for engine in ("sfdp", "dot"):
        out = tmp_path / f"{engine}.svg"
        result = _cli("render", str(path), "-o", str(out), "--engine", engine, "-q")
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(b"<?xml")
    refused = _cli("render", str(path), "-o", str(tmp_path / "x.svg"), "--engine", "circo")
    assert refused.returncode == 1 and "invalid choice: 'circo'" in refused.stderr


def test_an_automatic_dot_that_does_not_finish_falls_back_to_sfdp(monkeypatch):
    calls = []

    def fake_render(graph, fmt, engine="dot", timeout=300.0, dpi=None):
        calls.append((engine, timeout))
        if engine == "dot":
            raise RenderError(f"Graphviz 'dot' did not finish within {timeout:g} s; ...")
        return b"<svg/>"

    monkeypatch.setattr(output_module, "render_bytes", fake_render)
    notes: list[str] = []
    debate = _chain_map(3)
    assert picture_bytes(debate, "svg", timeout=100, notes=notes) == b"<svg/>"
    assert calls == [("dot", 20.0), ("sfdp", 80.0)]
    assert notes and "drawn by 'sfdp' instead" in notes[0]
    # an engine asked for is used as asked: no fallback
    calls.clear()
    with pytest.raises(RenderError, match="did not finish"):
        picture_bytes(debate, "svg", engine="dot", timeout=100)
    assert calls == [("dot", 100)]


def test_the_explorer_of_a_large_map_computes_grounded_only(monkeypatch):
    monkeypatch.setattr(html_module, "EXPLORER_ALL_SEMANTICS_LIMIT", 3)
    data = html_module.explorer_data(_chain_map(5))
    for reading in data["readings"]:
        assert data["status"][reading]["grounded"]["c4"] == "accepted"
        assert data["status"][reading]["grounded"]["c3"] == "rejected"
        assert data["status"][reading]["preferred"] is None


def test_the_explorer_says_a_reading_past_its_limit_was_not_computed(monkeypatch):
    b = DebateBuilder("Q?")
    for c in "abcd":
        b.claim(c, c)
    for x, y in ("ab", "ac", "bd", "cd"):
        b.supports(x, y)
    b.argument("A1", ["d"], "b")  # a cycle through an argument: no compact framework
    monkeypatch.setattr(readings_module, "MAX_EVIDENTIAL_ARGUMENTS", 1)
    data = html_module.explorer_data(b.build())
    assert all(v is None for v in data["status"]["evidential"].values())
    assert data["explanations"]["evidential"]["d"].startswith("Not computed: the evidential")
    assert data["status"]["deductive"]["grounded"]["d"] == "accepted"


def test_the_explorer_shows_a_compact_evidential_reading_where_it_is_exact(monkeypatch):
    b = DebateBuilder("Q?")
    for c in "abcd":
        b.claim(c, c)
    for x, y in ("ab", "ac", "bd", "cd"):
        b.supports(x, y)
    monkeypatch.setattr(readings_module, "MAX_EVIDENTIAL_ARGUMENTS", 1)
    status = html_module.explorer_data(b.build())["status"]["evidential"]
    assert status["grounded"]["d"] == "accepted"
    assert status["semi-stable"] is None  # not exact on the compact framework
