"""i23, apx and tgf: what real files contain is read, what is wrong is refused with its line."""

from __future__ import annotations

import os

import pytest
from hypothesis import given
from hypothesis import strategies as st
from strategies import small_frameworks

from argmap import ArgumentFramework
from argmap.errors import FormatError, ParseError
from argmap.formats import format_framework, parse_framework, read_framework, write_framework
from argmap.formats.iccma import parse_apx, parse_i23, parse_tgf


def parse_error(parse, text: str, source: str) -> ParseError:
    """The ParseError that ``parse`` raises on ``text``."""
    with pytest.raises(ParseError) as info:
        parse(text, source)
    return info.value


def test_i23_tolerates_crlf_blank_lines_trailing_spaces_and_double_spaces():
    text = "# made by hand\r\np af 3  \r\n\r\n1  2\r\n# comment\r\n2 3   \r\n2 3\r\n"
    af = parse_i23(text)
    assert af.arguments == (1, 2, 3)
    assert af.attacks == ((1, 2), (2, 3))


def test_i23_without_final_newline_is_fine_when_complete():
    assert parse_i23("p af 2\n1 2").attacks == ((1, 2),)


def test_i23_empty_framework():
    assert len(parse_i23("p af 0\n")) == 0


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("1 2\np af 2\n", 1, "p-line"),
        ("p af 2\np af 2\n", 2, "second p-line"),
        ("p af x\n", 1, "'p af <number of arguments>'"),
        ("p aba 2\n", 1, "'p af <number of arguments>'"),
        ("p af 2\n1 2 3\n", 2, "two argument indices"),
        ("p af 2\n1 x\n", 2, "found 'x'"),
        ("p af 2\n1 3\n", 2, "out of range"),
        ("p af 2\n0 1\n", 2, "out of range"),
        ("p af 2\n-1 1\n", 2, "found '-1'"),
        ("p af 2\n1_0 1\n", 2, "found '1_0'"),
        ("p af 2\n1 2\n2", 3, "truncated"),
    ],
)
def test_i23_errors_name_the_line(text, line, fragment):
    error = parse_error(parse_i23, text, "bad.i23")
    assert error.line == line
    assert error.source == "bad.i23"
    assert fragment in str(error)
    assert str(error).startswith(f"bad.i23:{line}: ")


def test_i23_without_header_is_refused():
    with pytest.raises(ParseError, match="no p-line"):
        parse_i23("# only a comment\n", "x.i23")


def test_apx_tolerates_spacing_comments_and_several_facts_per_line():
    text = 'arg( a ). arg(b).\r\n% comment\n  att(a , b) .\narg("c d").\natt("c d",a).\n'
    af = parse_apx(text)
    assert af.arguments == ("a", "b", "c d")
    assert set(af.attacks) == {("a", "b"), ("c d", "a")}


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("arg(a).\narg(a).\n", 2, "declared twice"),
        ("arg(a).\natt(a,b).\n", 2, "'b'"),
        ("arg(a).\nattack(a,a).\n", 2, "expected 'arg(name).'"),
        ("arg(a).\natt(a,a)\n", 2, "truncated"),
        ("arg(a,b).\n", 1, "one name"),
        ("arg(a).\natt(a).\n", 2, "two names"),
    ],
)
def test_apx_errors_name_the_line(text, line, fragment):
    error = parse_error(parse_apx, text, "bad.apx")
    assert error.line == line
    assert fragment in str(error)


def test_tgf_reads_labels_and_refuses_unknown_nodes():
    af = parse_tgf("1 first node\n2\n#\n1 2 an edge label\n")
    assert af.arguments == ("1", "2") and af.attacks == (("1", "2"),)
    with pytest.raises(ParseError) as info:
        parse_tgf("1\n#\n1 3\n", "bad.tgf")
    assert info.value.line == 3 and "'3'" in str(info.value)
    with pytest.raises(ParseError, match="listed twice"):
        parse_tgf("1\n1\n#\n")
    with pytest.raises(ParseError, match="second '#'"):
        parse_tgf("1\n#\n#\n")


def test_tgf_refuses_ids_it_cannot_write():
    with pytest.raises(FormatError, match="single words"):
        format_framework(ArgumentFramework(["a b"], []), "tgf")


@given(af=small_frameworks(string_labels=True))
def test_apx_and_tgf_round_trip(af):
    for fmt in ("apx", "tgf"):
        assert parse_framework(format_framework(af, fmt), fmt) == af


@given(af=small_frameworks(string_labels=False))
def test_i23_round_trip_is_exact_for_numbered_frameworks(af):
    numbered = ArgumentFramework(
        range(1, len(af) + 1), [(af.index(a) + 1, af.index(b) + 1) for a, b in af.attacks]
    )
    assert parse_i23(format_framework(numbered, "i23")) == numbered


@given(af=small_frameworks(string_labels=True))
def test_i23_keeps_the_structure_and_records_labels(af):
    text = format_framework(af, "i23")
    back = parse_i23(text)
    assert back.successors == af.successors
    for k, label in enumerate(af.arguments, 1):
        assert f"# {k} {label}" in text


@given(names=st.lists(st.text(min_size=1, max_size=8), min_size=1, max_size=5, unique=True))
def test_apx_quotes_awkward_names(names):
    af = ArgumentFramework(names, [(names[0], names[-1])])
    assert parse_apx(format_framework(af, "apx")) == af


def test_files_are_written_atomically_and_read_back(tmp_path):
    af = ArgumentFramework.from_attacks([("a", "b")])
    path = tmp_path / "af.apx"
    write_framework(af, path)
    assert read_framework(path) == af
    assert [p.name for p in tmp_path.iterdir()] == ["af.apx"], "a temporary file was left behind"
    umask = os.umask(0)
    os.umask(umask)
    assert os.stat(path).st_mode & 0o777 == 0o666 & ~umask, "new files get the usual permissions"


def test_failed_write_keeps_the_old_file(tmp_path):
    path = tmp_path / "af.tgf"
    path.write_text("old\n")
    with pytest.raises(FormatError):
        write_framework(ArgumentFramework(["a b"], []), path)
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["af.tgf"]


def test_reading_problems_name_the_file(tmp_path):
    with pytest.raises(ParseError, match="no such file"):
        read_framework(tmp_path / "missing.i23")
    (tmp_path / "x.txt").write_text("p af 1\n")
    with pytest.raises(ParseError, match="cannot tell the format"):
        read_framework(tmp_path / "x.txt")
    assert len(read_framework(tmp_path / "x.txt", "i23")) == 1
    (tmp_path / "bin.i23").write_bytes(b"p af 1\n\xff\xfe\n")
    with pytest.raises(ParseError, match="not valid UTF-8") as info:
        read_framework(tmp_path / "bin.i23")
    assert info.value.line == 2
