"""The ICCMA readers (i23, apx, tgf), the map readers (TOML, JSON) and the networkx reader,
given anything, return a result or raise an ArgmapError (a ParseError naming the file and,
where there is one, the line): never another exception, never a traceback on the command
line. Inputs: random bytes, random JSON and TOML values of every type and of any depth, and
text shaped like each format with hostile pieces (5000-digit numbers, lying headers, dotted
keys thousands of parts long)."""

from __future__ import annotations

import datetime
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from argmap.errors import ArgmapError, ParseError
from argmap.formats.iccma import MAX_ARGUMENTS, parse_i23, read_framework
from argmap.formats.map_text import MAX_DEPTH
from argmap.formats.maps import parse_map, read_map

HUGE = "9" * 5000  # past Python's 4300-digit limit for int(str)


def _read_file(data: bytes, suffix: str, reader) -> None:
    """Write ``data`` to a file and read it; a ParseError must name that file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        try:
            reader(path)
        except ParseError as exc:
            assert exc.source == str(path)
        except ArgmapError:
            pass


# -- ICCMA formats --------------------------------------------------------------------------

I23_LINES = st.sampled_from(
    ["p af 3", "p af 0", "p af 1000000000", f"p af {HUGE}", "p af -1", "p af 3 4", "p bf 3",
     "1 2", "2 3", "3 3", "0 1", "4 1", f"{HUGE} 1", f"1 {HUGE}", "01 2", "1", "1 2 3", "a b",
     "# comment", "", "  1   2  ", "1 2\r", "١ ٢", "²", "p af ³"]
)  # fmt: skip
APX_LINES = st.sampled_from(
    ["arg(a).", "arg(b).", "att(a,b).", 'arg("x y").', 'att("x y",a).', "arg(a)", "att(a).",
     "arg(a,b).", "% c", "arg(a). att(a,a).", 'arg("\\', f"arg({HUGE}).", "att(a,zz).", ""]
)  # fmt: skip
TGF_LINES = st.sampled_from(["a", "b", "#", "a b", "b a", "a", "c d", "a b label", "", "# #"])


@settings(max_examples=300)
@given(st.lists(I23_LINES, max_size=10).map("\n".join) | st.text(max_size=200))
def test_i23_reader_never_crashes(text):
    try:
        af = parse_i23(text, "f.i23")
    except ParseError as exc:
        assert exc.source == "f.i23"
        assert exc.line is None or 1 <= exc.line <= text.count("\n") + 1
    else:
        assert len(af) <= MAX_ARGUMENTS


@settings(max_examples=200)
@given(st.lists(APX_LINES, max_size=10).map("\n".join) | st.text(max_size=200))
def test_apx_reader_never_crashes(text):
    _parse_any(text, "apx")


@settings(max_examples=200)
@given(st.lists(TGF_LINES, max_size=10).map("\n".join) | st.text(max_size=200))
def test_tgf_reader_never_crashes(text):
    _parse_any(text, "tgf")


def _parse_any(text: str, fmt: str) -> None:
    from argmap.formats.iccma import parse_framework

    try:
        parse_framework(text, fmt, f"f.{fmt}")
    except ParseError as exc:
        assert exc.source == f"f.{fmt}"


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.sampled_from([".i23", ".apx", ".tgf"]))
def test_framework_files_of_random_bytes_never_crash(data, suffix):
    _read_file(data, suffix, read_framework)


def test_a_lying_i23_header_is_refused_before_allocating():
    # p af 1000000000 over an empty body once allocated for the header: 8 GB, then a
    # MemoryError. The refusal names the limit and how to raise it.
    with pytest.raises(ParseError, match=r"declares 1000000000 arguments; .* at most 10000000"):
        parse_i23("p af 1000000000\n", "big.i23")
    with pytest.raises(ParseError, match="at most 5"):
        parse_i23("p af 6\n", "f.i23", max_arguments=5)
    assert len(parse_i23("p af 5\n", "f.i23", max_arguments=5)) == 5


def test_i23_indices_with_leading_zeros_still_count():
    assert parse_i23("p af 12\n01 2\n12 012\n").attacks == ((1, 2), (12, 12))


# -- map files: random values of every type and depth ----------------------------------------

MAP_KEYS = st.sampled_from(
    ["argmap", "debate", "question", "claims", "id", "text", "stance", "attacks", "supports",
     "undercuts", "arguments", "premises", "conclusion", "from", "to", "sources", "base_score",
     "verdicts", "semantics", "accepted", "actors", "name", "x"]
)  # fmt: skip
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=10**120, max_value=10**130)
    | st.floats()
    | st.text(max_size=8)
    | st.sampled_from(["pro", "con", "a", "b", "1"])
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(MAP_KEYS, inner, max_size=5),
    max_leaves=25,
)


def _nested(depth: int, leaf: object) -> object:
    """A value nested ``depth`` levels deep, alternating lists and tables (built in a loop)."""
    value = leaf
    for level in range(depth):
        value = [value] if level % 2 else {"claims": value}
    return value


DEEP = st.builds(_nested, st.integers(0, 3 * MAX_DEPTH), SCALARS.filter(lambda v: v is not None))
DOCUMENTS = (
    VALUES
    | DEEP
    | st.fixed_dictionaries(
        {"argmap": SCALARS, "debate": VALUES | st.just({"question": "Q"})},
        optional={"claims": VALUES, "attacks": VALUES, "arguments": VALUES},
    )
)


def _json_text(document: object) -> str:
    return json.dumps(document, allow_nan=True)


def _toml_value(value: object) -> str:
    """A TOML inline value: TOML has no null, so None becomes a string; NaN and infinities
    are TOML's own ``nan`` and ``inf``. Written with an explicit stack, not recursion."""
    out: list[str] = []
    todo: list[object] = [value]
    while todo:
        item = todo.pop()
        if isinstance(item, _Raw):
            out.append(item.text)
        elif item is None:
            out.append('"null"')
        elif isinstance(item, bool):
            out.append("true" if item else "false")
        elif isinstance(item, float):
            out.append(("-" if item < 0 else "") + "inf" if math.isinf(item) else repr(item))
            if math.isnan(item):
                out[-1] = "nan"
        elif isinstance(item, int | str):
            out.append(json.dumps(item) if isinstance(item, str) else str(item))
        elif isinstance(item, list):
            parts: list[object] = [_Raw("[")]
            for n, element in enumerate(item):
                parts += [_Raw(", ")] if n else []
                parts.append(element)
            todo.extend(reversed([*parts, _Raw("]")]))
        elif isinstance(item, dict):
            parts = [_Raw("{")]
            for n, (key, element) in enumerate(item.items()):
                parts.append(_Raw((", " if n else "") + json.dumps(key) + " = "))
                parts.append(element)
            todo.extend(reversed([*parts, _Raw("}")]))
    return "".join(out)


class _Raw:
    def __init__(self, text: str):
        self.text = text


def _toml_text(document: object) -> str:
    if not isinstance(document, dict):
        return f"value = {_toml_value(document)}\n"
    return "".join(f"{json.dumps(k)} = {_toml_value(v)}\n" for k, v in document.items())


def _parse_map(text: str, fmt: str) -> None:
    source = f"f.argmap.{fmt}"
    try:
        parse_map(text, fmt, source=source)
    except ParseError as exc:
        assert exc.source == source
    except ArgmapError as exc:  # a MapError lists the problems, each with its line
        assert str(exc).startswith(source)


@settings(max_examples=300)
@given(DOCUMENTS)
def test_json_maps_of_any_value_never_crash(document):
    _parse_map(_json_text(document), "json")


@settings(max_examples=300)
@given(DOCUMENTS)
def test_toml_maps_of_any_value_never_crash(document):
    _parse_map(_toml_text(document), "toml")


TOML_HOSTILE = st.sampled_from(
    ["argmap = 1", '[debate]\nquestion = "Q"', "a" + ".a" * 5000 + " = 1",
     "[a" + ".a" * 5000 + "]", '"a"' + '."a"' * 5000 + " = 1", "x = {" + "a." * 200 + "b = 1}",
     f"argmap = 0x{'f' * 5000}", f"argmap = 0o{'7' * 5000}", f"argmap = 0b{'1' * 5000}",
     f"argmap = {HUGE}", "argmap = 1e99999", "argmap = -inf", "argmap = nan", "x = " + "[" * 5000,
     "x = " + "{a = " * 5000, "[[claims]]", 'id = "a"', "base_score = 0.5",
     "date = 1979-05-27T07:32:00.999", "argmap = 1979-05-27"]
)  # fmt: skip


@settings(max_examples=150)
@given(st.lists(TOML_HOSTILE, max_size=6).map("\n".join))
def test_hostile_toml_pieces_never_crash(text):
    _parse_map(text, "toml")


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300), st.sampled_from([".argmap.toml", ".argmap.json"]))
def test_map_files_of_random_bytes_never_crash(data, suffix):
    _read_file(data, suffix, read_map)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ('argmap = "1"', "found a string '1'"),
        ("argmap = 1.0", "found a number 1.0"),
        ("argmap = true", "found a boolean"),
        ("argmap = 2", "version 2 is not supported"),
    ],
)
def test_a_wrong_version_says_what_was_found_and_what_is_accepted(text, found):
    with pytest.raises(ArgmapError) as caught:
        parse_map(f'{text}\n[debate]\nquestion = "Q"\n', "toml", source="v.toml")
    message = str(caught.value)
    assert found in message
    assert "line 1" in message
    assert "1" in message.split(found, 1)[1]  # what this argmap reads: version 1


# -- the networkx reader -------------------------------------------------------------------

networkx = pytest.importorskip("networkx")

ATTRIBUTES = st.dictionaries(
    st.sampled_from(["text", "stance", "kind", "tags", "base_score", "also", "relation",
                     "undercuts"]),
    VALUES | st.sampled_from(["support", "attack", "undercut", "pro"]),
    max_size=4,
)  # fmt: skip


@settings(max_examples=150)
@given(
    st.lists(st.tuples(st.sampled_from([1, "a", "b", 2.5]), ATTRIBUTES), max_size=4),
    st.lists(
        st.tuples(st.sampled_from([1, "a", "b"]), st.sampled_from([1, "a", "b"]), ATTRIBUTES),
        max_size=4,
    ),
    st.dictionaries(st.sampled_from(["question", "title", "date"]), VALUES, max_size=2),
)
def test_networkx_reader_never_crashes(nodes, edges, graph_attributes):
    from argmap.formats.graphs import from_networkx

    graph = networkx.DiGraph()
    graph.graph.update(graph_attributes)
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    try:
        debate = from_networkx(graph)
    except ArgmapError:
        return
    assert len(debate.claims) == len(graph)


# -- the command line: one line, the file and the line, exit status 1 ----------------------


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "argmap", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("name", "content", "command", "line", "words"),
    [
        ("big.i23", "p af 1000000000\n", ["solve", "-p", "SE-GR", "-f"], 1, "at most"),
        ("digits.i23", f"p af 3\n1 2\n{HUGE} 1\n", ["solve", "-p", "SE-GR", "-f"], 3, "range"),
        ("deep.argmap.json", "[" * 100_000, ["check"], 1, "nest"),
        ("dots.argmap.toml", "a" + ".a" * 100_000 + " = 1\n", ["check"], 1, "nest"),
        ("hex.argmap.toml", f"argmap = 0x{'f' * 5000}\n", ["evaluate"], 1, "digits"),
        ("number.argmap.json", '{"argmap": ' + HUGE + "}", ["render", "-o", "x.svg"], 1, "digits"),
    ],
)
def test_hostile_files_give_one_line_with_file_and_line(
    tmp_path, name, content, command, line, words
):
    path = tmp_path / name
    path.write_text(content)
    if "-o" in command:
        command = [*command[:-1], str(tmp_path / command[-1])]
    result = _cli(*command, str(path))
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"argmap: error: {path}:{line}: "), result.stderr
    assert words in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_solve_max_arguments_raises_the_i23_limit(tmp_path):
    path = tmp_path / "six.i23"
    path.write_text("p af 6\n1 2\n")
    refused = _cli("solve", "-p", "SE-GR", "-f", str(path), "--max-arguments", "5")
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"argmap: error: {path}:1: the p-line declares 6 arguments")
    allowed = _cli("solve", "-p", "SE-GR", "-f", str(path), "--max-arguments", "6")
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.split() == ["w", "1", "3", "4", "5", "6"]


def test_dates_are_values_not_versions():
    with pytest.raises(ArgmapError, match="found a date"):
        parse_map(f"argmap = {datetime.date(2022, 5, 1)}\n", "toml", source="d.toml")
