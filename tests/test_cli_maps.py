"""The map subcommands (render, evaluate, check, convert) run as a user runs them: in a
subprocess, with exit codes and files checked."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from argmap import ArgumentFramework
from argmap.cli.main import build_parser
from argmap.debate import Debate
from argmap.formats.argdown import read_argdown
from argmap.formats.iccma import read_framework
from argmap.formats.maps import format_map

REPO = Path(__file__).resolve().parent.parent
EU = REPO / "maps" / "eu-facial-recognition-ai-act-2024.argmap.toml"
# the first EU map, drawn with supports, attacks and undercuts of relations only: argmap's
# what-if search and Argdown writer do not handle undercuts of linked arguments yet
EU_FIRST = REPO / "tests" / "data" / "maps" / "eu-2024-extraction.argmap.toml"
NIXON = REPO / "maps" / "nixon-diamond.argmap.toml"


def argmap(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "argmap", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_render_writes_the_picture_and_prints_what_stands(tmp_path):
    out = tmp_path / "eu.svg"
    run = argmap("render", EU, "-o", out)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"wrote {out}: 94 claims, grounded semantics, evidential support"
    assert lines[1].startswith("C12 (pro) undecided: The AI Act should ban")
    assert lines[2].startswith("C27 (con) undecided: Law enforcement should keep")
    assert lines[3].startswith("stands (85 of 94): C01 C02")
    assert lines[4].startswith("Note: how the supports are read changes a verdict")
    for line in lines[1:3]:  # the verdict before the claim's text, in plain words only
        assert re.match(r"C\d+ \((pro|con)\) (stands|falls|undecided): ", line)
    formal = argmap("render", EU, "-o", tmp_path / "formal.svg", "--formal").stdout.splitlines()
    assert formal[1].startswith("C12 (pro) rejected, grounded UNDEC: The AI Act should ban")
    assert formal[3].startswith("accepted (85 of 94): C01 C02")
    picture = out.read_text(encoding="utf-8")
    assert picture.startswith("<?xml") and "STANDS" in picture and "ACCEPTED" not in picture
    # under the title: the thesis's verdict changes with the reading
    assert "how the supports are read changes a verdict: C12 falls" in picture
    assert argmap("render", EU, "-o", out, "--formal").returncode == 0
    assert "the support reading changes a verdict (evidential here)" in out.read_text("utf-8")
    assert "ACCEPTED" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt,start", [("png", b"\x89PNG"), ("pdf", b"%PDF"), ("dot", b"digraph")])
def test_render_formats_and_options(tmp_path, fmt, start):
    out = tmp_path / "picture.bin"
    run = argmap(
        "render",
        NIXON,
        "-o",
        out,
        "--format",
        fmt,
        "--semantics",
        "PR",
        "--support",
        "deductive",
        "--group-by",
        "stance",
        "--direction",
        "LR",
        "--derived",
        "--no-legend",
        "-q",
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    assert out.read_bytes().startswith(start)


def test_render_a_framework_file(tmp_path):
    run = argmap(
        "render", REPO / "docs" / "examples" / "reinstatement.apx", "-o", tmp_path / "af.dot"
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        f"wrote {tmp_path / 'af.dot'}: 5 arguments, 5 attacks",
        "grounded IN: (none)",
    ]


def test_evaluate_table_and_json():
    run = argmap("evaluate", NIXON, "--semantics", "grounded", "--formal")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[:2] == [
        "Is Nixon a pacifist?",
        "grounded semantics, evidential support: 1 extension",
    ]
    assert "pacifist (pro): rejected, grounded UNDEC" in run.stdout
    plain = argmap("evaluate", NIXON, "--semantics", "grounded")
    assert "pacifist (pro) is undecided." in plain.stdout and "UNDEC" not in plain.stdout
    data = json.loads(argmap("evaluate", EU, "--json", "--perspective", "greens").stdout)
    assert data["perspective"] == "greens"
    assert {t["claim"]: t["status"] for t in data["theses"]} == {
        "C12": "accepted",
        "C27": "rejected",
    }
    assert len(data["claims"]) == 94 and data["semantics"] == "preferred"


def test_check_reports_problems_and_failing_verdicts(tmp_path):
    ok = argmap("check", *sorted((REPO / "maps").glob("*.argmap.toml")))
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.count("ok: ") == len(list((REPO / "maps").glob("*.argmap.toml")))
    bad = tmp_path / "bad.argmap.toml"
    bad.write_text(
        NIXON.read_text(encoding="utf-8").replace('stance = "pro"', 'stance = "yes"'),
        encoding="utf-8",
    )
    run = argmap("check", bad)
    assert run.returncode == 1
    assert run.stderr.splitlines() == [
        f"argmap: error: {bad} has 1 problem:",
        "  line 24: claim 'pacifist': field 'stance': unknown stance 'yes'; use one of: pro, con, neutral",
    ]
    wrong = tmp_path / "wrong.argmap.toml"
    wrong.write_text(
        NIXON.read_text(encoding="utf-8")
        + '\n[[verdicts]]\nsemantics = "grounded"\naccepted = ["pacifist"]\n',
        encoding="utf-8",
    )
    run = argmap("check", wrong)
    assert run.returncode == 1
    assert (
        "pacifist under grounded semantics with evidential support: documented accepted, evaluated rejected"
        in run.stderr
    )


def test_convert_between_map_formats_and_to_frameworks(tmp_path):
    as_json = tmp_path / "nixon.argmap.json"
    assert argmap("convert", NIXON, as_json).returncode == 0
    assert Debate.load(as_json) == Debate.load(NIXON)
    back = tmp_path / "nixon.argmap.toml"
    assert argmap("convert", as_json, back).returncode == 0
    assert back.read_text(encoding="utf-8") == format_map(Debate.load(NIXON))
    for fmt in ("i23", "apx", "tgf"):
        out = tmp_path / f"eu.{fmt}"
        run = argmap("convert", EU, out, "--support", "deductive")
        assert run.returncode == 0, run.stderr
        af = read_framework(out)
        assert isinstance(af, ArgumentFramework) and len(af) >= 60
    refused = argmap("convert", tmp_path / "eu.apx", tmp_path / "x.argmap.toml")
    assert refused.returncode == 1
    assert "a framework cannot be converted to a map" in refused.stderr


@pytest.mark.parametrize(
    "args,message",
    [
        (["render", "missing.argmap.toml", "-o", "x.svg"], "missing.argmap.toml: no such file"),
        (["render", str(NIXON)], "the following arguments are required: -o/--output"),
        (["render", str(NIXON), "-o", "x.gif"], "cannot tell the picture format of 'x.gif'"),
        (["evaluate", str(NIXON), "--semantics", "best"], "unknown semantics 'best'"),
        (["evaluate", str(NIXON), "--support", "strong"], "unknown support reading 'strong'"),
        (["evaluate", str(NIXON), "--perspective", "nobody"], "unknown actor 'nobody'"),
        (["evaluate", "notes.txt"], "cannot tell the format of 'notes.txt'"),
        (["convert", str(NIXON), "out.xyz"], "cannot tell the format of 'out.xyz'"),
    ],
)
def test_user_mistakes_are_one_clear_line(tmp_path, args, message):
    run = argmap(*args, cwd=tmp_path)
    assert run.returncode == 1
    assert run.stderr.startswith("argmap: error: ") and message in run.stderr
    assert "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


def test_every_option_has_help():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    assert set(commands.choices) == {
        "render",
        "evaluate",
        "explain",
        "html",
        "check",
        "convert",
        "exercise",
        "solve",
        "schemes",
        "questions",
        "diff",
        "handout",
        "serve",
    }
    for name, sub in commands.choices.items():
        for action in sub._actions:
            assert action.help, f"argmap {name} {action.option_strings or action.dest} has no help"
        assert argmap(name, "--help").returncode == 0


@pytest.mark.slow
def test_explain_prints_reasons_and_writes_pictures(tmp_path):
    run = argmap(
        "explain",
        EU_FIRST,
        "C12",
        "--frames",
        tmp_path / "frames",
        "--highlight",
        tmp_path / "why.svg",
        "--what-if",
        "--formal",
    )
    assert run.returncode == 0, run.stderr
    assert (
        "round 1: C12 (through C04 → C01 → C12) is OUT: L01 attacks it and L01 is IN (round 1)."
        in run.stdout
    )
    # L01 alone is not enough: C27 still attacks C12 and C12 would be undecided
    assert (
        "C12 is rejected under grounded semantics (evidential reading); removing any one of "
        "these sets of 2 changes that:\n- C27, L01: C12 becomes accepted\n"
        "(1326 evaluations; complete up to size 2)"
    ) in run.stdout
    frames = sorted(p.name for p in (tmp_path / "frames").iterdir())
    assert frames[0] == "frame-00.svg" and len(frames) >= 3
    assert (tmp_path / "why.svg").read_bytes().startswith(b"<?xml")
    plain = argmap("explain", EU_FIRST, "C12", "--what-if")
    assert plain.returncode == 0, plain.stderr
    assert "It falls.\n" in plain.stdout and "- C12 falls: L01 attacks it, and L01 stands." in (
        plain.stdout
    )
    assert "- C27, L01 (C12 would stand)" in plain.stdout
    assert not re.search(r"\b(IN|OUT|UNDEC)\b|grounded|evidential", plain.stdout)
    bad = argmap("explain", EU_FIRST, "C99")
    assert bad.returncode == 1 and "unknown claim 'C99'" in bad.stderr


def test_evaluate_gradual_and_robustness():
    run = argmap("evaluate", REPO / "maps" / "reinstatement.argmap.toml", "--gradual", "dfquad")
    assert run.returncode == 0, run.stderr
    assert "dfquad strengths (converged):" in run.stdout
    assert "charge    0.344  #######\n" in run.stdout
    data = json.loads(argmap("evaluate", NIXON, "--gradual", "euler", "--json").stdout)
    assert data["gradual"]["method"] == "euler" and data["gradual"]["converged"] is True
    assert all(0 <= row["strength"] <= 1 for row in data["claims"])
    table = argmap("evaluate", NIXON, "--robustness").stdout.splitlines()
    assert table[0].split()[:3] == ["claim", "GR/evi", "GR/ded"]
    assert any(line.startswith("* quaker") for line in table)
    # plain: the debate never settles pacifist (grounded UNDEC, preferred credulous)
    assert table[3].split() == ["pacifist"] + ["undecided"] * 12
    formal = argmap("evaluate", NIXON, "--robustness", "--formal").stdout.splitlines()
    assert formal[3].split()[:3] == ["*", "pacifist", "rej"]
    refused = argmap("evaluate", NIXON, "--gradual", "h-categoriser")
    assert refused.returncode == 1 and "attack-only" in refused.stderr


def test_render_with_strengths(tmp_path):
    out = tmp_path / "s.dot"
    assert argmap("render", NIXON, "-o", out, "--gradual", "quad", "-q").returncode == 0
    assert 'BGCOLOR="#E0E0E0"' in out.read_text()


def test_exercise_command(tmp_path):
    shown = argmap("exercise", "--seed", "7")
    assert shown.returncode == 0 and shown.stdout.startswith(
        "Exercise 7: an argument framework with 5 arguments"
    )
    right = argmap("exercise", "--seed", "7", "--answer", "1", "{b}", "--answer", "4", "yes")
    assert right.returncode == 0 and right.stdout.splitlines() == ["1: right.", "4: right."]
    wrong = argmap("exercise", "--seed", "7", "--answer", "3", "none")
    assert wrong.returncode == 1 and "3: not right. The answer is {a, b} {b, c}." in wrong.stdout
    assert argmap("exercise", "--size", "40").returncode == 1


def test_convert_covers_argdown_aif_and_graphml(tmp_path):
    smoke = REPO / "maps" / "smoking-ban.argmap.toml"
    left_out = {}
    for name in ("s.argdown", "s.aif.json", "s.graphml"):
        run = argmap("convert", smoke, tmp_path / name)
        assert run.returncode == 0, run.stderr
        left_out[name] = run.stderr.splitlines()
    # what a format cannot hold is said, not dropped silently (#19)
    assert left_out["s.argdown"] == [
        "note: argdown cannot hold these parts of the map; left out:",
        "  the debate's description: 1",
        "  expected verdicts: 2",
        "  relations' rationales: 1",
    ]
    assert left_out["s.aif.json"] == [
        "note: aif cannot hold these parts of the map; left out:",
        "  expected verdicts: 2",
    ]
    back = tmp_path / "back.argmap.toml"
    assert argmap("convert", tmp_path / "s.argdown", back).returncode == 0
    assert Debate.load(back).claim_ids == Debate.load(smoke).claim_ids
    evaluated = argmap("evaluate", tmp_path / "s.aif.json", "-s", "grounded", "--json")
    assert json.loads(evaluated.stdout)["theses"] == [
        {"claim": "ban", "status": "accepted", "grounded": "IN"}
    ]
    assert b"<graphml" in (tmp_path / "s.graphml").read_bytes()
    # an undercut of one relation among several from the same claim (refused before issue 14)
    written = argmap("convert", EU, tmp_path / "eu.argdown")
    assert written.returncode == 0
    undercuts = {r.id for r in Debate.load(EU).undercuts}
    assert {r.id for r in read_argdown(tmp_path / "eu.argdown").undercuts} == undercuts
    unread = argmap("convert", tmp_path / "s.graphml", tmp_path / "x.argmap.toml")
    assert unread.returncode == 1 and "does not read it" in unread.stderr


def test_aif_notes_go_to_stderr(tmp_path):
    doc = {
        "nodes": [
            {"nodeID": "1", "text": "A", "type": "I"},
            {"nodeID": "2", "text": "Default Preference", "type": "PA"},
        ],
        "edges": [],
    }
    path = tmp_path / "c.aif.json"
    path.write_text(json.dumps(doc))
    run = argmap("convert", path, tmp_path / "c.argmap.toml")
    assert run.returncode == 0
    assert (
        run.stderr
        == f"argmap: note: {path}: 1 PA-node (preference) left out: argmap's debate model has no preference relation\n"
    )


def test_html_command_writes_the_explorer(tmp_path):
    out = tmp_path / "nixon.html"
    run = argmap("html", NIXON, "-o", out)
    assert run.returncode == 0, run.stderr
    assert run.stdout == f"wrote {out}: 4 claims\n"
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    refused = argmap(
        "html", REPO / "docs" / "examples" / "reinstatement.apx", "-o", tmp_path / "x.html"
    )
    assert refused.returncode == 1 and "the explorer takes a map" in refused.stderr
