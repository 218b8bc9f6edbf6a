"""Exercises: deterministic, answers right by the brute-force reference, marking fair."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference import reference_extensions
from strategies import as_indices

from argmap.exercises import make_exercise, parse_set, parse_sets


@settings(max_examples=100)
@given(st.integers(0, 10_000), st.integers(2, 7))
def test_answers_agree_with_the_reference(seed, size):
    exercise = make_exercise(seed, size)
    af = exercise.framework
    A, R = as_indices(af)

    def ref(code):
        return {frozenset(af.arguments_at(sorted(e))) for e in reference_extensions(code, A, R)}

    (grounded,) = ref("GR")
    preferred, stable = ref("PR"), ref("ST")
    q = exercise.questions
    assert parse_set(q[0].answer_text) == grounded
    assert parse_sets(q[1].answer_text) == preferred
    assert parse_sets(q[2].answer_text) == stable
    focus = q[3].prompt.split()[1]
    assert (q[3].answer_text == "yes") == any(focus in e for e in preferred)
    assert (q[4].answer_text == "yes") == all(focus in e for e in preferred)
    for question in q:  # the written answer is marked right
        assert exercise.check(question.number, question.answer_text).correct


def test_same_seed_same_exercise():
    assert make_exercise(3).text() == make_exercise(3).text()
    assert make_exercise(3).text() != make_exercise(4).text()


def test_marking_is_forgiving_about_form_and_strict_about_content():
    exercise = make_exercise(7)
    assert exercise.check(1, "b").correct and exercise.check(1, "{ b }").correct
    assert exercise.check(2, "{b,c} {a,b}").correct and exercise.check(2, "a b; b c").correct
    wrong = exercise.check(2, "{a, b}")
    assert not wrong.correct and wrong.message.startswith(
        "2: not right. The answer is {a, b} {b, c}."
    )
    assert exercise.check(4, "Yes").correct and not exercise.check(4, "no").correct
    with pytest.raises(ValueError, match="questions are 1 to 5"):
        exercise.check(6, "x")


def test_parsers():
    assert parse_set("{}") == frozenset() and parse_set("none") == frozenset()
    assert parse_sets("none") == frozenset()
    assert parse_sets("{}") == frozenset({frozenset()})


def test_size_limits():
    with pytest.raises(ValueError, match="size must be from 2 to 12"):
        make_exercise(1, 40)
