"""Names renamed for clarity keep their old spelling one release, with a DeprecationWarning,
and the old spelling gives the same answer as the new."""

from __future__ import annotations

import pytest

from argmap import ArgumentFramework

AF = ArgumentFramework.from_attacks([("a", "b"), ("b", "c")])


def test_labels_is_arguments_at():
    with pytest.warns(DeprecationWarning, match="use ArgumentFramework.arguments_at"):
        old = AF.labels([0, 2])
    assert old == AF.arguments_at([0, 2]) == {"a", "c"}


def test_attacks_between_is_is_attack():
    with pytest.warns(DeprecationWarning, match="use ArgumentFramework.is_attack"):
        old = AF.attacks_between("a", "b")
    assert old is AF.is_attack("a", "b") is True
    assert AF.is_attack("b", "a") is False


@pytest.mark.parametrize("module", ["argmap.debate", "argmap.debate.model"])
def test_verdicts_is_expected_verdicts(module):
    import importlib

    from argmap.debate import ExpectedVerdicts

    with pytest.warns(DeprecationWarning, match=f"use {module}.ExpectedVerdicts"):
        old = importlib.import_module(module).Verdicts
    assert old is ExpectedVerdicts
    with pytest.raises(AttributeError):
        _ = importlib.import_module(module).NoSuchName


def test_semantics_kinds_is_semantics_names():
    import importlib
    import sys

    from argmap.semantics.names import Semantics

    sys.modules.pop("argmap.semantics.kinds", None)
    with pytest.warns(DeprecationWarning, match="use argmap.semantics.names"):
        old = importlib.import_module("argmap.semantics.kinds")
    assert old.Semantics is Semantics
