"""Comparing maps (issue 17 item 5): symmetric, and empty exactly for equal maps, on
hypothesis-generated pairs; matching by id then by text; the command line."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import small_debates

from argmap.debate import Debate
from argmap.errors import ArgmapError
from argmap.explain.compare import compare_maps
from argmap.formats.maps import debate_from_document, debate_to_document

REPO = Path(__file__).resolve().parent.parent
EU = REPO / "tests" / "data" / "maps" / "eu-2022-extraction.argmap.toml"  # the first drawing


def _rename(document, old: str, new: str) -> None:
    for claim in document.get("claims", []):
        if claim["id"] == old:
            claim["id"] = new
    for table in ("supports", "attacks", "undercuts"):
        for relation in document.get(table, []):
            for end in ("from", "to"):
                relation[end] = " ".join(new if w == old else w for w in relation[end].split(" "))


def _mutate(document, op: str, data) -> None:
    claims = document.get("claims", [])
    if op == "rename" and claims:
        claim = data.draw(st.sampled_from(claims))
        _rename(document, claim["id"], claim["id"] + "x")
    elif op == "text" and claims:
        claim = data.draw(st.sampled_from(claims))
        claim["text"] = claim["text"] + data.draw(st.sampled_from(["!", " again", "X"]))
    elif op == "drop relation":
        tables = [t for t in ("supports", "attacks") if document.get(t)]
        if tables and not document.get("undercuts"):
            table = data.draw(st.sampled_from(tables))
            document[table].pop(data.draw(st.integers(0, len(document[table]) - 1)))
            if not document[table]:
                del document[table]
    elif op == "swap" and len(claims) > 1:
        claims[0], claims[-1] = claims[-1], claims[0]
    elif op == "title":
        document["debate"]["title"] = "Another title"
    elif op == "stance" and claims:
        claim = data.draw(st.sampled_from(claims))
        claim["stance"] = "con" if claim["stance"] != "con" else "pro"
    elif op == "attack" and len(claims) > 1:
        a, b = claims[0]["id"], claims[-1]["id"]
        document.setdefault("attacks", []).append({"from": a, "to": b})


@st.composite
def map_pairs(draw):
    left = draw(small_debates(max_claims=5))
    if draw(st.booleans()) and draw(st.booleans()):
        return left, draw(small_debates(max_claims=5))  # two unrelated maps
    ops = draw(
        st.lists(
            st.sampled_from(["rename", "text", "drop relation", "swap", "title", "stance",
                             "attack"]),
            max_size=3,
        )
    )  # fmt: skip
    document = copy.deepcopy(debate_to_document(left))
    data = draw(st.data())
    for op in ops:
        _mutate(document, op, data)
    try:
        right = debate_from_document(document)
    except ArgmapError:  # a mutation that left the map inconsistent (a duplicate relation)
        right = left
    return left, right


def _as_sets(comparison) -> dict:
    """The comparison with each list as a set: the lists follow the left map's order, which
    is the other map's when the sides are swapped."""
    return {k: sorted(map(repr, v)) if isinstance(v, list) else v
            for k, v in comparison.to_dict().items()}  # fmt: skip


@settings(max_examples=250, deadline=None)
@given(map_pairs(), st.sampled_from(["evidential", "necessary"]))
def test_comparison_is_symmetric_and_empty_exactly_for_equal_maps(pair, reading):
    left, right = pair
    forward = compare_maps(left, right, "grounded", reading)
    backward = compare_maps(right, left, "grounded", reading)
    assert _as_sets(forward.mirrored()) == _as_sets(backward)
    assert forward.empty == (left == right)
    assert (forward.text() == "The maps are the same.") == (left == right)


def test_a_renamed_claim_is_matched_by_its_text_and_differences_are_listed():
    model = Debate.load(EU)
    document = debate_to_document(model)
    _rename(document, "C14", "police-exceptions")
    document["attacks"] = [a for a in document["attacks"] if (a["from"], a["to"]) != ("C12", "C27")]
    del document["verdicts"]  # (they name C14)
    student = debate_from_document(document)
    found = compare_maps(model, student, "grounded")
    assert [(m.left, m.right, m.how) for m in found.matches if m.how == "text"] == [
        ("C14", "police-exceptions", "text")
    ]
    assert found.relations_only_left == ("C12 attacks C27",)
    assert found.relations_only_right == () and found.only_left == found.only_right == ()
    assert found.other == ("verdicts",)
    assert ("C27", "C27", "undecided", "stands") in found.verdicts


def test_the_command_prints_text_and_json(tmp_path):
    student = tmp_path / "student.argmap.toml"
    text = EU.read_text(encoding="utf-8").replace('title = "', 'title = "Student: ', 1)
    student.write_text(text, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "argmap", "diff", str(EU), str(student)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.endswith("Claims: 44 matched by id.\nAlso different: title.\n")
    same = subprocess.run(
        [sys.executable, "-m", "argmap", "diff", str(EU), str(EU), "--json"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    data = json.loads(same.stdout)
    assert data["same"] is True and data["semantics"] == "grounded"


# -- the drawing (argmap diff A B -o diff.svg|.html) ------------------------------------------

SVG = "{http://www.w3.org/2000/svg}"


def _boxes(source: str) -> dict[str, int]:
    """How many boxes of the merged drawing say each mark (the legend's words excepted)."""
    nodes = [line for line in source.splitlines() if line.lstrip().startswith(("c", "a"))]
    nodes = [line for line in nodes if "[label=<" in line]
    return {
        word: sum(word in line for line in nodes)
        for word in ("ONLY LEFT", "ONLY RIGHT", "VERDICT DIFFERS")
    }


def _edges_marked(source: str, word: str) -> int:
    return sum(f'label="{word}"' in line for line in source.splitlines() if "->" in line)


@settings(max_examples=60, deadline=None)
@given(map_pairs())
def test_the_drawing_marks_exactly_the_differences_and_mirrors_when_swapped(pair):
    from argmap.render.compare import comparison_graph

    left, right = pair
    forward = compare_maps(left, right, "grounded", "evidential")
    source = comparison_graph(left, right, forward).source
    boxes = _boxes(source)
    claims_and_arguments_left = len(forward.only_left) + len(forward.arguments_only_left)
    claims_and_arguments_right = len(forward.only_right) + len(forward.arguments_only_right)
    assert boxes["ONLY LEFT"] == claims_and_arguments_left
    assert boxes["ONLY RIGHT"] == claims_and_arguments_right
    assert boxes["VERDICT DIFFERS"] == len(forward.verdicts)
    assert _edges_marked(source, "only left") == len(forward.relations_only_left)
    assert _edges_marked(source, "only right") == len(forward.relations_only_right)
    backward = comparison_graph(right, left, compare_maps(right, left, "grounded", "evidential"))
    mirrored = _boxes(backward.source)
    assert (mirrored["ONLY LEFT"], mirrored["ONLY RIGHT"]) == (
        boxes["ONLY RIGHT"],
        boxes["ONLY LEFT"],
    )
    assert mirrored["VERDICT DIFFERS"] == boxes["VERDICT DIFFERS"]
    assert ("the maps are the same" in source) == (left == right)


def test_the_command_draws_the_comparison_of_the_teachers_maps(tmp_path):
    import re
    import xml.etree.ElementTree as ET

    text = (REPO / "docs" / "teaching" / "for-teachers.md").read_text(encoding="utf-8")
    for name, body in re.findall(r"```\n\$ cat (\S+)\n(.*?)```", text, re.DOTALL):
        (tmp_path / name).write_text(body, encoding="utf-8")
    left, right = tmp_path / "class.argmap.toml", tmp_path / "student.argmap.toml"
    out = tmp_path / "diff.svg"
    run = subprocess.run(
        [sys.executable, "-m", "argmap", "diff", str(left), str(right), "-o", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.endswith(f"wrote {out}\n")
    texts: dict[str, str] = {}
    for group in ET.fromstring(out.read_bytes()).iter(f"{SVG}g"):
        if group.get("class") == "node":
            words = " ".join(t.text or "" for t in group.iter(f"{SVG}text"))
            texts[group.find(f"{SVG}title").text] = words
    by_id = {words.split(" ·")[0].strip(): words for words in texts.values()}
    assert "ONLY LEFT" in by_id["footfall"] and "ONLY RIGHT" in by_id["window"]
    assert "measured ~ no2" in by_id and "differs in: text" in by_id["measured ~ no2"]
    for claim, words in [("air", "FALLS (LEFT), STANDS (RIGHT)"), ("delivery", "STANDS (LEFT)")]:
        assert words in by_id[claim] and "VERDICT DIFFERS" in by_id[claim]
    assert "FALLS IN BOTH" in by_id["ban"]
    page = tmp_path / "diff.html"
    run = subprocess.run(
        [sys.executable, "-m", "argmap", "diff", str(left), str(right), "-o", str(page)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    html_page = page.read_text(encoding="utf-8")
    assert "Claims only in the left map: footfall." in html_page and "<svg" in html_page
    bad = subprocess.run(
        [sys.executable, "-m", "argmap", "diff", str(left), str(right), "-o", str(left)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert bad.returncode != 0 and "a comparison is written as .svg" in bad.stderr
    same_name = subprocess.run(
        [sys.executable, "-m", "argmap", "diff", str(left), str(right), "-o", str(tmp_path)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert same_name.returncode != 0


def test_hostile_text_stays_text_in_the_drawing_and_the_page():
    import re

    from argmap.debate import DebateBuilder
    from argmap.render.compare import comparison_graph, comparison_html

    payload = '</td><script>alert(1)</script><img src=x onerror=alert(2)> URL="javascript:1"'

    def hostile(extra: bool) -> Debate:
        b = DebateBuilder(payload, title=payload)
        b.actor("a", payload)
        b.claim("c1", payload, kind="thesis", actors=["a"])
        b.claim("c2", "Second " + payload, stance="con")
        b.attacks("c2", "c1", rationale=payload)
        if extra:
            b.claim("c3", "Third " + payload, stance="pro")
            b.attacks("c3", "c2")
        return b.build()

    left, right = hostile(False), hostile(True)
    comparison = compare_maps(left, right)
    source = comparison_graph(left, right, comparison, left_name=payload).source
    assert "<script>" not in source and "&lt;script&gt;" in source
    assert 'URL="javascript' not in source
    page = comparison_html(left, right, comparison, left_name=payload, svg="<svg></svg>")
    assert "<script" not in page and "<img" not in page
    assert re.search(r"content=\"default-src 'none'; style-src 'sha256-", page)
