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
