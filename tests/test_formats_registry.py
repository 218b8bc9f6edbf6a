"""The formats registry: one choice of reader and writer by format name or file ending,
used by the command line and by library code alike."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_interchange import AIF

from argmap import ArgumentFramework
from argmap.debate import Debate
from argmap.errors import ArgmapError, FormatError, UnknownFormatError
from argmap.formats import (
    ALL_FORMATS,
    DEBATE_FORMATS,
    FILE_ENDINGS,
    FRAMEWORK_FORMATS,
    WRITE_ONLY_FORMATS,
    format_as,
    guess_format,
    read,
    write,
)

REPO = Path(__file__).resolve().parent.parent
NIXON = Debate.load(REPO / "maps" / "nixon-diamond.argmap.toml")
AF = ArgumentFramework.from_attacks([("a", "b"), ("b", "c")])


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("eu.argmap.toml", "toml"),
        ("EU.ARGMAP.JSON", "json"),
        ("dir.aif/x.aif.json", "aif"),  # .aif.json before .json; the folder does not count
        ("x.aif", "aif"),
        ("x.argdown", "argdown"),
        ("x.ad", "argdown"),
        ("x.graphml", "graphml"),
        ("x.i23", "i23"),
        ("x.af", "i23"),
        ("x.apx", "apx"),
        ("x.tgf", "tgf"),
    ],
)
def test_guess_format_by_ending(name, expected):
    assert guess_format(name) == expected


def test_the_lists_agree():
    assert set(ALL_FORMATS) == {f for _, f in FILE_ENDINGS}
    assert (*DEBATE_FORMATS, *FRAMEWORK_FORMATS, *WRITE_ONLY_FORMATS) == ALL_FORMATS
    assert len(set(ALL_FORMATS)) == len(ALL_FORMATS)


def test_unknown_formats_are_argmap_errors_and_value_errors():
    for call in (
        lambda: guess_format("notes.txt"),
        lambda: read(REPO / "maps" / "nixon-diamond.argmap.toml", "yaml"),
        lambda: format_as(AF, "dot"),
    ):
        with pytest.raises(UnknownFormatError) as info:
            call()
        assert isinstance(info.value, ArgmapError) and isinstance(info.value, ValueError)
    with pytest.raises(UnknownFormatError, match=r"cannot tell the format of 'notes\.txt'"):
        guess_format("notes.txt")


@pytest.mark.parametrize("fmt", [f for f in ALL_FORMATS if f not in WRITE_ONLY_FORMATS])
def test_every_readable_format_round_trips(tmp_path, fmt):
    subject = NIXON if fmt in DEBATE_FORMATS else AF
    path = tmp_path / f"x.{'argmap.' if fmt in ('toml', 'json') else ''}{fmt}"
    write(subject, path)
    back = read(path)
    if fmt == "kialo":  # an outline: the entries' numbers are the ids
        assert isinstance(back, Debate)
        assert sorted(c.text for c in back.claims) == sorted(c.text for c in NIXON.claims)
    elif fmt in DEBATE_FORMATS:
        assert isinstance(back, Debate) and back.claim_ids == NIXON.claim_ids
    elif fmt == "i23":  # numbers its arguments 1..n in order
        assert isinstance(back, ArgumentFramework) and back.attacks == ((1, 2), (2, 3))
    else:
        assert isinstance(back, ArgumentFramework) and back.attacks == AF.attacks
    assert read(path, fmt) == back  # the name given agrees with the name guessed


def test_a_debate_is_flattened_to_a_framework_under_the_reading():
    text = format_as(NIXON, "apx", support="none")
    assert text.count("att(") == sum(1 for _ in NIXON.attacks)


def test_what_cannot_be_done_is_refused():
    with pytest.raises(FormatError, match="a framework cannot be converted to a map"):
        format_as(AF, "toml")
    with pytest.raises(UnknownFormatError, match="does not read it"):
        read("x.graphml")


def test_aif_notes_are_collected_or_warned(tmp_path):
    path = tmp_path / "x.aif.json"
    path.write_text(json.dumps(AIF), encoding="utf-8")
    notes: list[str] = []
    debate = read(path, notes=notes)
    assert isinstance(debate, Debate) and len(notes) == 2 and "MA-node" in notes[0]
    with pytest.warns(UserWarning) as caught:
        read(path)
    assert [str(w.message) for w in caught] == [f"{path}: {note}" for note in notes]
