"""The optional SAT back end agrees with the brute-force reference on random frameworks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference import reference_extensions
from strategies import as_indices, small_frameworks

from argmap import (
    ArgumentFramework,
    count_extensions,
    credulous_acceptance,
    extensions,
    skeptical_acceptance,
    some_extension,
)
from argmap.errors import ArgmapError
from argmap.semantics.sat import SAT_SEMANTICS


def _reference(af, sem):
    A, R = as_indices(af)
    return {frozenset(af.arguments_at(sorted(e))) for e in reference_extensions(sem.code, A, R)}


@settings(max_examples=300)
@given(
    small_frameworks(max_arguments=8),
    st.sampled_from(sorted(SAT_SEMANTICS["credulous"], key=lambda s: s.code)),
    st.data(),
)
def test_credulous(af, sem, data):
    if not len(af):
        return
    argument = data.draw(st.sampled_from(af.arguments))
    answer = credulous_acceptance(af, argument, sem, backend="sat")
    reference = _reference(af, sem)
    assert answer.accepted == any(argument in e for e in reference)
    if answer.accepted:
        assert argument in answer.witness
        if sem.code == "ADM":  # the witness is an admissible set, so among the reference's
            assert af.is_admissible(answer.witness)
        assert answer.witness in reference


@settings(max_examples=300)
@given(
    small_frameworks(max_arguments=8),
    st.sampled_from(sorted(SAT_SEMANTICS["skeptical"], key=lambda s: s.code)),
    st.data(),
)
def test_skeptical(af, sem, data):
    if not len(af):
        return
    argument = data.draw(st.sampled_from(af.arguments))
    answer = skeptical_acceptance(af, argument, sem, backend="sat")
    reference = _reference(af, sem)
    assert answer.accepted == all(argument in e for e in reference)
    if not answer.accepted:
        assert answer.witness in reference and argument not in answer.witness


@settings(max_examples=300)
@given(
    small_frameworks(max_arguments=8),
    st.sampled_from(sorted(SAT_SEMANTICS["some"], key=lambda s: s.code)),
)
def test_some(af, sem):
    found = some_extension(af, sem, backend="sat")
    reference = _reference(af, sem)
    assert (found is None) == (not reference)
    if found is not None:
        assert found in reference


@settings(max_examples=150)
@given(
    small_frameworks(max_arguments=8),
    st.sampled_from(sorted(SAT_SEMANTICS["enumerate"], key=lambda s: s.code)),
)
def test_enumeration_and_counting(af, sem):
    found = list(extensions(af, sem, backend="sat"))
    assert len(found) == len(set(found)), "an extension was reported twice"
    assert set(found) == _reference(af, sem)
    assert count_extensions(af, sem, backend="sat") == len(found)
    assert list(extensions(af, sem, backend="sat")) == found, "the order must be fixed"
    assert list(extensions(af, sem, limit=1, backend="sat")) == found[:1]


def _side_by_side(first, second):
    """Two frameworks as one of two unlinked parts, their arguments interleaved."""
    left = [("L", a) for a in first.arguments]
    right = [("R", a) for a in second.arguments]
    order = [x for pair in zip(left, right, strict=False) for x in pair]
    order += left[len(right) :] + right[len(left) :]
    attacks = [(("L", a), ("L", b)) for a, b in first.attacks]
    attacks += [(("R", a), ("R", b)) for a, b in second.attacks]
    return ArgumentFramework(order, attacks)


@settings(max_examples=100)
@given(
    small_frameworks(max_arguments=4),
    small_frameworks(max_arguments=4),
    st.sampled_from(sorted(SAT_SEMANTICS["enumerate"], key=lambda s: s.code)),
)
def test_every_task_component_by_component(first, second, sem):
    af = _side_by_side(first, second)
    reference = _reference(af, sem)
    assert set(extensions(af, sem, backend="sat")) == reference
    assert count_extensions(af, sem, backend="sat") == len(reference)
    one = some_extension(af, sem, backend="sat")
    assert (one is None) if not reference else (one in reference)
    for argument in af.arguments:
        credulous = credulous_acceptance(af, argument, sem, backend="sat")
        assert credulous.accepted == any(argument in e for e in reference)
        if credulous.accepted:
            assert credulous.witness in reference and argument in credulous.witness
        skeptical = skeptical_acceptance(af, argument, sem, backend="sat")
        assert skeptical.accepted == all(argument in e for e in reference)
        if not skeptical.accepted:
            assert skeptical.witness in reference and argument not in skeptical.witness


def test_unsupported_semantics_and_backend_say_what_to_do():
    af = ArgumentFramework.from_attacks([("a", "b")])
    with pytest.raises(ArgmapError, match="not cf2; use backend='search'"):
        credulous_acceptance(af, "a", "cf2", backend="sat")
    with pytest.raises(ValueError, match="unknown backend 'gpu'"):
        credulous_acceptance(af, "a", "PR", backend="gpu")


def test_a_large_core_is_answered():
    # An ER-style framework whose giant strongly connected component survives propagation
    import random

    rng = random.Random(7)
    n = 300
    attacks = {(rng.randrange(n), rng.randrange(n)) for _ in range(4 * n)}
    af = ArgumentFramework(range(n), attacks)
    for argument in (0, 1, 2):
        sat = credulous_acceptance(af, argument, "PR", backend="sat")
        python = credulous_acceptance(af, argument, "PR")
        assert sat.accepted == python.accepted
        if sat.accepted:
            assert af.is_admissible(sat.witness) and argument in sat.witness


def test_solver_command_with_the_sat_backend(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "t.i23"
    path.write_text("p af 3\n1 2\n2 1\n2 3\n")

    def solve(*args):
        return subprocess.run(
            [sys.executable, "-m", "argmap", "solve", *args, "-f", str(path), "--backend", "sat"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    assert solve("-p", "DC-PR", "-a", "3") == "YES\nw 1 3\n"
    assert solve("-p", "DS-ST", "-a", "3") == "NO\nw 2\n"
    assert solve("-p", "SE-ST") in ("w 1 3\n", "w 2\n")
    assert sorted(solve("-p", "EE-PR").splitlines()) == ["w 1 3", "w 2"]
    assert solve("-p", "CE-CF2") == "2\n"  # not a SAT semantics: the search answers


def test_the_back_end_loads_python_sat_only_when_solving():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import argmap.semantics.sat\n"
        "print('pysat' in sys.modules)\n"
        "from argmap import ArgumentFramework, some_extension\n"
        "some_extension(ArgumentFramework.from_attacks([('a', 'b')]), 'PR', backend='sat')\n"
        "print('pysat' in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert run.stdout.split() == ["False", "True"]


def test_the_old_module_name_is_a_deprecated_alias():
    import importlib
    import sys

    from argmap.semantics import sat

    sys.modules.pop("argmap.sat", None)
    with pytest.warns(DeprecationWarning, match="argmap.semantics.sat"):
        old = importlib.import_module("argmap.sat")
    assert old.credulous is sat.credulous and old.SAT_SEMANTICS is SAT_SEMANTICS
