"""Kialo's discussion export: read, written back in the same outline, round trips (a
generated 130-entry export and hypothesis-generated outlines), lines that do not fit."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from argmap.errors import FormatError, ParseError
from argmap.formats import detect_format, read
from argmap.formats.kialo import format_kialo, kialo_omissions, parse_kialo

DATA = Path(__file__).parent / "data" / "kialo"
GENERATED = DATA / "generated-car-free-centres.kialo.txt"


def _generator():
    spec = importlib.util.spec_from_file_location("kialo_generate", DATA / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generated_export_is_what_its_generator_writes():
    assert GENERATED.read_text(encoding="utf-8") == _generator().generate()


def test_an_export_of_130_entries_round_trips():
    text = GENERATED.read_text(encoding="utf-8")
    entries = [line for line in text.splitlines() if line[:1].isdigit()]
    assert len(entries) == 130 and sum("-> See" in line for line in entries) == 6
    result = parse_kialo(text, str(GENERATED))
    assert result.notes == ()
    assert (len(result.debate.claims), len(result.debate.relations)) == (124, 129)
    assert format_kialo(result.debate) == text  # the same outline, byte for byte
    assert parse_kialo(format_kialo(result.debate)).debate == result.debate
    assert result.debate.evaluate("grounded").status("1").value == "rejected"


def test_pro_con_links_stances_and_kinds():
    result = parse_kialo(
        "Discussion Title: Ban it?\n\n1. Ban it.\n1.1. Pro: It is risky.\n"
        "1.1.1. Con: The risk is small.\n1.1.1.1. Pro: -> See 1.2.\n1.2. Con: It is costly.\n"
    )
    debate = result.debate
    assert debate.question == "Ban it?"
    assert [(c.id, c.stance.value, c.kind.value) for c in debate.claims] == [
        ("1", "pro", "thesis"), ("1.1", "pro", "reason"), ("1.1.1", "con", "objection"),
        ("1.2", "con", "objection"),
    ]  # fmt: skip
    assert {(r.source, r.kind.value, r.target) for r in debate.relations} == {
        ("1.1", "support", "1"), ("1.1.1", "attack", "1.1"), ("1.2", "attack", "1"),
        ("1.2", "support", "1.1.1"),
    }  # fmt: skip


def test_a_multi_thesis_discussion():
    text = (
        "Discussion Title: Which transport policy?\n\n1. Which transport policy?\n"
        "1.1. Ban cars.\n1.1.1. Pro: Cleaner air.\n1.2. Charge for cars.\n"
        "1.2.1. Con: -> See 1.1.1.\n"
    )
    debate = parse_kialo(text).debate
    assert [c.id for c in debate.theses] == ["1.1", "1.2"]
    assert {c.stance.value for c in debate.claims} == {"neutral"}
    assert format_kialo(debate) == text


@pytest.mark.parametrize(
    "text,line,message",
    [
        ("1. T\n1.1.1. Pro: orphan\n", 2, "entry 1.1.1. left out: its parent 1.1. is not"),
        ("1. T\n1.1. Pro: A\n1.1. Con: B\n", 3, "the number is used before, on line 2"),
        ("1. T\n1.1. Pro: -> See 1.9.\n", 2, "links to 1.9., which is no claim"),
        ("1. T\n1.1. Pro: -> See 1.\n1.1.1. Con: x\n", 3, "its parent 1.1. is a link"),
        ("stray words\n1. T\n", 1, "'stray words' left out: expected an entry"),
        ("1. T\n1.1. Just text\n1.2. Pro: A\n", 2, "has no 'Pro:' or 'Con:'; read as Pro"),
    ],
)
def test_lines_that_do_not_fit_are_reported_with_their_line(text, line, message):
    result = parse_kialo(text, "d.kialo.txt")
    assert any(n.startswith(f"line {line}: ") and message in n for n in result.notes), result.notes
    with pytest.raises(ParseError) as info:
        parse_kialo(text, "d.kialo.txt", strict=True)
    assert (info.value.source, info.value.line) == ("d.kialo.txt", line)


def test_no_entries_is_an_error():
    with pytest.raises(ParseError, match="expected a Kialo export"):
        parse_kialo("just a note\n", "x.kialo.txt")


def test_writing_says_what_it_leaves_out_and_refuses_unwritable_texts():
    from argmap.debate import Claim, Debate

    smoking = Debate.load("maps/smoking-ban.argmap.toml")
    assert "undercuts: 1" in kialo_omissions(smoking)
    back = parse_kialo(format_kialo(smoking)).debate
    assert sorted(c.text for c in back.claims) == sorted(c.text for c in smoking.claims)
    bad = Debate("Q", claims=[Claim("a", "1.2. looks like an entry", kind="thesis")])
    with pytest.raises(FormatError, match="reads as an entry"):
        format_kialo(bad)


def test_kialo_files_are_recognised_by_name_and_content(tmp_path):
    plain = tmp_path / "export.txt"
    plain.write_text(GENERATED.read_text(encoding="utf-8"), encoding="utf-8")
    assert detect_format(plain) == detect_format(GENERATED) == "kialo"
    assert len(read(plain).claims) == 124


TEXTS = st.sampled_from(["A reason.", "Another one.", "Costs rise.", "Air gets cleaner."])


@st.composite
def outlines(draw):
    """A Kialo outline (depth first, numbered as Kialo numbers), with links to earlier
    claims that are not the entry's own ancestors."""
    lines = ["Discussion Title: Q?", "", "1. The thesis."]
    stack = [("1", 0)]  # (number, children so far)
    defined = ["1"]
    linked: set[tuple[str, str, str]] = set()
    for _ in range(draw(st.integers(0, 25))):
        depth = draw(st.integers(1, len(stack)))
        del stack[depth:]
        parent, count = stack[-1]
        stack[-1] = (parent, count + 1)
        number = f"{parent}.{count + 1}"
        label = draw(st.sampled_from(["Pro", "Con"]))
        candidates = [
            d for d in defined if not parent.startswith(d) and d.rpartition(".")[0] != parent
        ]
        if candidates and draw(st.booleans()) and draw(st.booleans()):
            target = draw(st.sampled_from(candidates))
            if (parent, target, label) not in linked:  # Kialo links a claim once per place
                linked.add((parent, target, label))
                lines.append(f"{number}. {label}: -> See {target}.")
                continue
        lines.append(f"{number}. {label}: {draw(TEXTS)}")
        defined.append(number)
        stack.append((number, 0))
    return "\n".join(lines) + "\n"


@settings(max_examples=150)
@given(outlines())
def test_generated_outlines_round_trip(text):
    result = parse_kialo(text)
    assert result.notes == ()
    assert format_kialo(result.debate) == text
