"""Exercises from a real map (issue 17 item 4): every answer agrees with an evaluation done
here, on 100 seeds of the teaching map; answers that are not among the choices are asked
again with the choices."""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from argmap.debate import Debate, evaluate
from argmap.debate.questions import debate_question_report
from argmap.errors import OutOfRangeError
from argmap.exercises import MapExerciseMaker, make_exercise, map_exercise
from argmap.explain.whatif import without_claims

REPO = Path(__file__).resolve().parent.parent
TEACHING = REPO / "maps" / "arguments-example.argmap.toml"
EU = REPO / "maps" / "eu-facial-recognition-2022.argmap.toml"


def _right_answer(question) -> str:
    if question.many:
        return question.answer_text  # "a, b" or "none"
    return question.answer_text.removeprefix("any of ").split(", ")[0]


def _check_against_evaluation(debate: Debate, semantics: str, support: str, seeds) -> set:
    result = evaluate(debate, semantics, support)
    maker = MapExerciseMaker(debate, semantics, support)
    flat = result.flattening

    @cache
    def status_without(thesis: str, claim: str):
        return evaluate(without_claims(debate, [claim]), semantics, support).status(thesis)

    report = debate_question_report(debate)
    seen = set()
    for seed in seeds:
        for question in maker.make(seed).questions:
            prompt = question.prompt
            assert question.right <= set(question.choices)
            if prompt.startswith("Which of these claims stand?"):
                seen.add("stand")
                stand = {c for c in question.choices if result.overlay(c) == "accepted"}
                assert question.right == stand
            elif "brings it down" in prompt:
                seen.add("attacker")
                target = prompt.split(" ")[0]
                assert result.overlay(target) == "rejected" and question.right
                attacks = [a for a in flat.attacks if a.target == target]
                for choice in question.choices:
                    mine = [a for a in attacks if a.attacker == choice]
                    assert mine  # every choice attacks the claim under this reading
                    if choice in question.right:
                        assert result.overlay(choice) == "accepted"
                    elif result.overlay(choice) == "accepted":  # an undercut cancels it
                        assert not any(a.unconditional for a in mine)
            elif "Taking out which one" in prompt:
                seen.add("flip")
                thesis = prompt.split(" ")[0]
                before = result.status(thesis)
                for choice in question.choices:
                    flips = status_without(thesis, choice) is not before
                    assert flips == (choice in question.right), (thesis, choice)
                assert question.right
            else:
                seen.add("question")
                argument = prompt.split(" ")[1]
                entry = report.argument(argument)
                raised = {q.question.id for q in entry.questions if q.raised_by}
                assert question.right == set(question.choices) - raised
                assert question.right
            feedback = question.check(_right_answer(question))
            assert feedback is not None and feedback.correct
    return seen


def test_answers_agree_with_the_evaluation_on_100_seeds_of_the_teaching_map():
    debate = Debate.load(TEACHING)
    seen = _check_against_evaluation(debate, "grounded", "evidential", range(100))
    assert seen == {"stand", "attacker", "flip", "question"}


def test_answers_agree_on_the_eu_map_under_another_reading():
    debate = Debate.load(EU)
    seen = _check_against_evaluation(debate, "preferred", "necessary", range(25))
    assert {"stand", "attacker", "flip"} <= seen


def test_an_answer_not_among_the_choices_is_invalid_not_wrong():
    exercise = map_exercise(Debate.load(TEACHING), seed=4)
    first = exercise.questions[0]
    assert first.check("maybe") is None and first.check("99") is None
    assert first.check("") is None
    message = first.invalid("maybe")
    assert "'maybe' is not an answer to question 1" in message
    assert all(c in message for c in first.choices)
    one = next(q for q in exercise.questions if not q.many)
    assert one.check(f"{one.choices[0]} {one.choices[-1]}") is None or len(one.choices) == 1
    assert one.check("1") is not None  # a number names a choice
    random_exercise = make_exercise(seed=7)
    with pytest.raises(OutOfRangeError, match="answer yes or no"):
        random_exercise.check(4, "maybe")


def test_the_command_asks_again_and_marks(tmp_path):
    exercise = map_exercise(Debate.load(TEACHING), seed=4)
    answers = ["maybe"] + [_right_answer(q) for q in exercise.questions]
    run = subprocess.run(
        [sys.executable, "-m", "argmap", "exercise", "--map", str(TEACHING), "--seed", "4"],
        input="\n".join(answers) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "'maybe' is not an answer to question 1" in run.stdout
    n = len(exercise.questions)
    assert run.stdout.count(": right.") == n and run.stdout.endswith(f"{n} of {n} right.\n")
    key = subprocess.run(
        [sys.executable, "-m", "argmap", "exercise", "--map", str(TEACHING), "--seed", "4",
         "--answers"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert key.returncode == 0 and key.stdout.count("\nAnswer: ") == n
    stopped = subprocess.run(
        [sys.executable, "-m", "argmap", "exercise", "--map", str(TEACHING)],
        input="",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert stopped.returncode == 1 and "no answer to question 1; stopping." in stopped.stdout
