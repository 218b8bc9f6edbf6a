"""Every semantics and every reasoning task against the brute-force reference.

The reference (tests/reference.py) tries every subset against the textbook
definition; hypothesis draws frameworks of up to 9 arguments with any
attacks, self-attacks included.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference import all_subsets, reference_extensions
from strategies import as_indices, small_frameworks

from argmap import (
    Labelling,
    Semantics,
    count_extensions,
    credulous_acceptance,
    extensions,
    is_extension,
    labellings,
    skeptical_acceptance,
    some_extension,
)

ALL = list(Semantics)


def expected(af, sem):
    A, R = as_indices(af)
    return {af.arguments_at(e) for e in reference_extensions(sem.code, A, R)}


@pytest.mark.parametrize("sem", ALL, ids=lambda s: s.code)
@settings(max_examples=150)
@given(af=small_frameworks())
def test_enumeration_matches_reference(sem, af):
    found = list(extensions(af, sem))
    assert len(found) == len(set(found)), "an extension was reported twice"
    assert set(found) == expected(af, sem)
    assert count_extensions(af, sem) == len(found)
    assert list(extensions(af, sem)) == found, "enumeration order must be deterministic"


@pytest.mark.parametrize("sem", ALL, ids=lambda s: s.code)
@settings(max_examples=100)
@given(af=small_frameworks())
def test_acceptance_matches_reference(sem, af):
    reference = expected(af, sem)
    one = some_extension(af, sem)
    if reference:
        assert one in reference
    else:
        assert one is None
    for argument in af.arguments:
        credulous = credulous_acceptance(af, argument, sem)
        assert credulous.accepted == any(argument in e for e in reference)
        if credulous.accepted:
            assert credulous.witness in reference and argument in credulous.witness
        else:
            assert credulous.witness is None
        skeptical = skeptical_acceptance(af, argument, sem)
        assert skeptical.accepted == all(argument in e for e in reference)
        if skeptical.accepted:
            assert skeptical.witness is None
        else:
            assert skeptical.witness in reference and argument not in skeptical.witness


@pytest.mark.parametrize("sem", ALL, ids=lambda s: s.code)
@settings(max_examples=60)
@given(af=small_frameworks(max_arguments=7), data=st.data())
def test_verification_matches_reference(sem, af, data):
    reference = expected(af, sem)
    for ext in reference:
        assert is_extension(af, ext, sem)
    candidates = list(all_subsets(af.arguments))
    for candidate in data.draw(st.lists(st.sampled_from(candidates), max_size=6)):
        assert is_extension(af, candidate, sem) == (candidate in reference)


@pytest.mark.parametrize("sem", ALL, ids=lambda s: s.code)
@settings(max_examples=40)
@given(af=small_frameworks(max_arguments=7))
def test_labellings_are_the_extensions_labelled(sem, af):
    for ext, lab in zip(extensions(af, sem), labellings(af, sem), strict=True):
        assert lab == Labelling.from_extension(af, ext)
        assert lab.in_ == ext
        assert lab.in_ | lab.out | lab.undec == frozenset(af.arguments)
        assert lab.out == frozenset(b for a in ext for b in af.attacked_by(a)) - ext
