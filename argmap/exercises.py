"""Exercises for a class: small random frameworks with questions, worked answers, and a
checker for students' answers. The same seed always gives the same exercise.

>>> exercise = make_exercise(seed=7)
>>> print(exercise.text())  # doctest: +ELLIPSIS
Exercise 7: an argument framework with 5 arguments, a, b, c, d, e.
Attacks: ...
<BLANKLINE>
1. Which arguments are in the grounded extension? ...
>>> exercise.check(1, exercise.questions[0].answer_text).correct
True
"""

from __future__ import annotations

import random
import re
from typing import cast

import attrs

from argmap.errors import OutOfRangeError
from argmap.explain import explain_credulous, explain_skeptical, grounded_explanation
from argmap.framework import ArgumentFramework
from argmap.semantics import extensions, grounded_extension

__all__ = ["Exercise", "Feedback", "Question", "make_exercise", "parse_set", "parse_sets"]


def parse_set(text: str) -> frozenset[str]:
    """``"a c"``, ``"{a, c}"``, ``"a,c"`` give ``{a, c}``; ``"{}"``, ``"none"``, ``""`` the
    empty set.

    >>> sorted(parse_set("{a, c}"))
    ['a', 'c']
    """
    cleaned = text.strip().strip("{}").replace(",", " ")
    words = cleaned.split()
    if words == ["none"] or words == ["empty"]:
        return frozenset()
    return frozenset(words)


def parse_sets(text: str) -> frozenset[frozenset[str]]:
    """Several sets: ``"{a, c} {b}"`` or ``"a c; b"``; ``"none"`` is no set at all, and
    ``"{}"`` the one empty set.

    >>> sorted(sorted(s) for s in parse_sets("{a, c} {b}"))
    [['a', 'c'], ['b']]
    """
    text = text.strip()
    if text.lower() in ("none", "no extension", "no extensions", ""):
        return frozenset()
    groups = re.findall(r"\{([^}]*)\}", text) if "{" in text else text.split(";")
    return frozenset(parse_set(group) for group in groups)


def _show(values: frozenset[str]) -> str:
    return "{" + ", ".join(sorted(values)) + "}"


@attrs.frozen
class Question:
    """One question: its text, the kind of answer (``set``, ``sets`` or ``yes/no``), the
    right answer written out, and the worked solution."""

    number: int
    prompt: str
    kind: str
    answer_text: str
    solution: str
    _answer: object = attrs.field(repr=False)

    def is_right(self, given: str) -> bool:
        """Whether ``given`` is a right answer (order, braces and commas do not matter)."""
        if self.kind == "set":
            return parse_set(given) == self._answer
        if self.kind == "sets":
            return parse_sets(given) == self._answer
        return given.strip().lower() in (
            ("yes", "y", "true") if self._answer else ("no", "n", "false")
        )


@attrs.frozen
class Feedback:
    """Whether an answer is right, and what to say to the student."""

    correct: bool
    message: str


@attrs.frozen
class Exercise:
    """A framework and its questions."""

    seed: int
    framework: ArgumentFramework
    questions: tuple[Question, ...]

    def text(self) -> str:
        """The exercise as handed out."""
        names = ", ".join(str(a) for a in self.framework.arguments)
        attacks = ", ".join(f"{a} → {b}" for a, b in sorted(self.framework.attacks)) or "none"
        lines = [
            f"Exercise {self.seed}: an argument framework with {len(self.framework)} "
            f"arguments, {names}.",
            f"Attacks: {attacks}.",
            "",
        ]
        lines.extend(f"{q.number}. {q.prompt}" for q in self.questions)
        return "\n".join(lines)

    def solutions(self) -> str:
        """Every question with its answer and worked solution."""
        blocks = []
        for q in self.questions:
            blocks.append(f"{q.number}. {q.prompt}\nAnswer: {q.answer_text}\n{q.solution}")
        return "\n\n".join(blocks)

    def check(self, number: int, given: str) -> Feedback:
        """Mark the answer to question ``number``."""
        if not 1 <= number <= len(self.questions):
            raise OutOfRangeError(
                f"there is no question {number}; questions are 1 to {len(self.questions)}"
            )
        q = self.questions[number - 1]
        if q.is_right(given):
            return Feedback(True, f"{number}: right.")
        return Feedback(False, f"{number}: not right. The answer is {q.answer_text}.\n{q.solution}")


def make_exercise(seed: int = 0, size: int = 5) -> Exercise:
    """A random framework of ``size`` arguments (named a, b, c, ...) and five questions:
    the grounded extension, the preferred and stable extensions, and credulous and skeptical
    acceptance of one argument under preferred semantics."""
    if not 2 <= size <= 12:
        raise OutOfRangeError("size must be from 2 to 12 (the answers must be workable by hand)")
    rng = random.Random(seed)
    names = [chr(ord("a") + i) for i in range(size)]
    pairs = [(x, y) for x in names for y in names if x != y and rng.random() < 1.6 / size]
    af = ArgumentFramework(names, pairs)
    focus = rng.choice(names)

    # The arguments are the string names above.
    grounded = cast(frozenset[str], frozenset(grounded_extension(af)))
    preferred = cast(
        frozenset[frozenset[str]], frozenset(frozenset(e) for e in extensions(af, "preferred"))
    )
    stable = cast(
        frozenset[frozenset[str]], frozenset(frozenset(e) for e in extensions(af, "stable"))
    )
    credulous = explain_credulous(af, focus, "preferred")
    skeptical = explain_skeptical(af, focus, "preferred")

    def sets_text(sets: frozenset[frozenset[str]]) -> str:
        return " ".join(_show(s) for s in sorted(sets, key=sorted)) if sets else "none"

    questions = (
        Question(
            1,
            "Which arguments are in the grounded extension? (e.g. {a, c}, or {} for none)",
            "set",
            _show(grounded),
            "Round by round:\n" + grounded_explanation(af).text(),
            grounded,
        ),
        Question(
            2,
            "List every preferred extension (e.g. {a, c} {b}).",
            "sets",
            sets_text(preferred),
            "A preferred extension is a maximal admissible set: conflict-free, and it attacks "
            "every attacker of its members.",
            preferred,
        ),
        Question(
            3,
            "List every stable extension, or write none.",
            "sets",
            sets_text(stable),
            "A stable extension is conflict-free and attacks every argument outside it.",
            stable,
        ),
        Question(
            4,
            f"Is {focus} in some preferred extension (credulously accepted)? (yes/no)",
            "yes/no",
            "yes" if credulous.accepted else "no",
            credulous.text(),
            credulous.accepted,
        ),
        Question(
            5,
            f"Is {focus} in every preferred extension (skeptically accepted)? (yes/no)",
            "yes/no",
            "yes" if skeptical.accepted else "no",
            skeptical.text(),
            skeptical.accepted,
        ),
    )
    return Exercise(seed, af, questions)
