"""Benchmark instances with reference answers (tests/data/instances, see tests/data/PROVENANCE.md)."""

from __future__ import annotations

import re

import pytest
from conftest import DATA

from argmap import count_extensions, extensions, is_extension, some_extension
from argmap.errors import ParseError
from argmap.formats import read_framework

PROBO = ["ex1", "ex2", "ex3"]
SOLVED = ["CO", "GR", "PR", "ST"]
INSTANCES = DATA / "instances"


def parse_probo_solution(text: str) -> set[frozenset[str]]:
    """probo list syntax: ``[[a2,a5],[],[a1,a3,a4]]``."""
    inner = text.strip()
    assert inner.startswith("[") and inner.endswith("]"), inner
    return {
        frozenset(name for name in group.split(",") if name)
        for group in re.findall(r"\[([^\[\]]*)\]", inner[1:-1])
    }


@pytest.mark.parametrize("sem", SOLVED)
@pytest.mark.parametrize("name", PROBO)
def test_probo_examples_match_reference_solutions(name, sem):
    af = read_framework(INSTANCES / "probo-examples" / f"{name}.apx")
    solution = (INSTANCES / "probo-examples" / "solutions" / f"{name}.apx.EE-{sem}").read_text()
    expected = parse_probo_solution(solution)
    assert expected, "the reference solution parsed to nothing"
    assert set(extensions(af, sem)) == expected


@pytest.mark.parametrize("name", PROBO)
def test_probo_tgf_and_apx_describe_the_same_framework(name):
    apx = read_framework(INSTANCES / "probo-examples" / f"{name}.apx")
    tgf = read_framework(INSTANCES / "probo-examples" / f"{name}.tgf")
    assert set(apx.arguments) == set(tgf.arguments)
    assert set(apx.attacks) == set(tgf.attacks)
    assert apx.num_attacks > 0


# Counts of stable extensions confirmed by two independent solvers (PROVENANCE.md).
STABLE_COUNTS = {"n100p3q34ve": 473, "n100p5q2": 3, "n128p5q2_ve": 7, "n150p3q34n": 1618}


@pytest.mark.parametrize(
    "name",
    [
        # 1618 stable extensions to enumerate: the slowest single test of the suite
        pytest.param(name, marks=pytest.mark.slow) if name == "n150p3q34n" else name
        for name in sorted(STABLE_COUNTS)
    ],
)
def test_afgen_stable_counts(name):
    af = read_framework(INSTANCES / "afgen-i23" / f"{name}.i23")
    assert count_extensions(af, "ST") == STABLE_COUNTS[name]


@pytest.mark.parametrize("name", ["n100p5q2", "n128p5q2_ve"])
def test_afgen_preferred_are_verified_and_contain_the_stable(name):
    af = read_framework(INSTANCES / "afgen-i23" / f"{name}.i23")
    preferred = list(extensions(af, "PR"))
    stable = set(extensions(af, "ST"))
    assert stable <= set(preferred)
    for e in preferred:
        assert is_extension(af, e, "PR")
    assert some_extension(af, "GR") == frozenset(), "PROVENANCE: grounded extension is empty"


@pytest.mark.parametrize(
    "name", ["n100p3q34ve", "n100p5q2", "n128p5q2_ve", "n150p3q34n", "n256p3q08n"]
)
def test_afgen_i23_is_the_apx_renumbered(name):
    apx = read_framework(INSTANCES / "afgen-samples" / "apx" / f"{name}.apx")
    i23 = read_framework(INSTANCES / "afgen-i23" / f"{name}.i23")
    number = {label: k for k, label in enumerate(apx.arguments, 1)}
    assert {(number[a], number[b]) for a, b in apx.attacks} == set(i23.attacks)
    assert len(apx) == len(i23)


@pytest.mark.parametrize("name", ["n100p3q34ve", "n150p3q34n", "n256p3q08n"])
def test_afgen_tgf_matches_apx(name):
    apx = read_framework(INSTANCES / "afgen-samples" / "apx" / f"{name}.apx")
    tgf = read_framework(INSTANCES / "afgen-samples" / "tgf" / f"{name}.tgf")
    # The TGF numbers the arguments 1..n in the order the apx declares them.
    assert tgf.arguments == tuple(str(k) for k in range(1, len(apx) + 1))
    names = dict(zip(tgf.arguments, apx.arguments, strict=True))
    assert {(names[a], names[b]) for a, b in tgf.attacks} == set(apx.attacks)


def test_truncated_afgen_file_is_refused_with_its_line():
    path = INSTANCES / "afgen-samples" / "apx" / "n512p5q2_vh.sample.apx"
    with pytest.raises(ParseError) as info:
        read_framework(path)
    error = info.value
    assert error.line == len(path.read_text().splitlines())
    assert "att(a194,a2" in str(error) and "truncated" in str(error)


def test_iccma_2023_site_example():
    af = read_framework(INSTANCES / "iccma2023-site" / "test.apx")
    assert set(extensions(af, "PR")) == {frozenset({"a", "c", "d"})}
    assert set(extensions(af, "GR")) == {frozenset({"a", "c"})}
