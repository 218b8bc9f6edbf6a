"""Every user mistake raises an ArgmapError, and still the built-in class callers caught
before (ValueError, TypeError, KeyError), so old ``except`` clauses keep working."""

from __future__ import annotations

from pathlib import Path

import pytest

from argmap import ArgumentFramework, credulous_acceptance, labellings
from argmap.debate import Debate
from argmap.errors import ArgmapError
from argmap.exercises import make_exercise
from argmap.explain.acceptance import admissible_core
from argmap.explain.whatif import smallest_removals
from argmap.render import to_graph

REPO = Path(__file__).resolve().parent.parent
AF = ArgumentFramework.from_attacks([("a", "b"), ("b", "c")])


@pytest.mark.parametrize(
    ("call", "builtin", "message"),
    [
        (lambda: next(labellings(AF, "GR")).label("z"), KeyError, "unknown argument 'z'"),
        (lambda: credulous_acceptance(AF, "a", "PR", backend="gpu"), ValueError, "backend"),
        (lambda: make_exercise(size=40), ValueError, "size must be from 2 to 12"),
        (lambda: make_exercise().check(9, "x"), ValueError, "there is no question 9"),
        (lambda: admissible_core(AF, "c", frozenset({"c"})), ValueError, "does not defend"),
        (
            lambda: smallest_removals(
                Debate.load(REPO / "maps" / "nixon-diamond.argmap.toml"), "quaker", kind="x"
            ),
            ValueError,
            "unknown kind 'x'",
        ),
        (lambda: to_graph(42), TypeError, "cannot draw int"),
    ],
)
def test_mistakes_are_argmap_errors(call, builtin, message):
    with pytest.raises(ArgmapError, match=message) as info:
        call()
    assert isinstance(info.value, builtin)
