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

from argmap._text import shorten
from argmap.debate import Debate, Evaluation, Status, SupportReading
from argmap.debate import evaluate as evaluate_debate
from argmap.debate.questions import debate_question_report
from argmap.errors import OutOfRangeError
from argmap.explain import explain_credulous, explain_skeptical, grounded_explanation
from argmap.explain.plain import attackers_of, attackers_that_win, explain_plainly, plain_status
from argmap.explain.whatif import smallest_removals
from argmap.framework import ArgumentFramework
from argmap.semantics import Semantics, extensions, grounded_extension

__all__ = [
    "Exercise",
    "Feedback",
    "MapExercise",
    "MapExerciseMaker",
    "MapQuestion",
    "Question",
    "make_exercise",
    "map_exercise",
    "parse_set",
    "parse_sets",
]


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


_YES_NO = ("yes", "y", "true", "no", "n", "false")


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
        if q.kind == "yes/no" and given.strip().lower() not in _YES_NO:
            raise OutOfRangeError(  # not wrong: no answer at all ("maybe"); say what is
                f"{given.strip()!r} is not an answer to question {number}: answer yes or no"
            )
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


# -- exercises from a real map --------------------------------------------------------------


@attrs.frozen
class MapQuestion:
    """One question about a map: its prompt, the numbered choices (claim ids, or critical
    question ids), whether the answer is a set of choices (``many``) or one choice, and the
    right answers: for ``many`` the exact set, otherwise any one of ``right``.

    An answer names choices by number or id, separated by commas or spaces; ``none`` is the
    empty set. An answer that names something not among the choices is *invalid* (not
    wrong): :meth:`parse` returns None and :meth:`invalid` says what the choices are, so the
    question can be asked again.
    """

    number: int
    prompt: str
    choices: tuple[str, ...]
    many: bool
    right: frozenset[str]
    solution: str
    labels: tuple[str, ...] = ()
    """What each choice shows beside its id (a claim's text, a question's text)."""

    def parse(self, given: str) -> frozenset[str] | None:
        """The choices an answer names, or None when it names anything else (or, for a
        one-choice question, not exactly one)."""
        words = given.replace(",", " ").replace("{", " ").replace("}", " ").split()
        if self.many and [w.lower() for w in words] in (["none"], []):
            return frozenset() if words else None
        picked = set()
        for word in words:
            if word.isdigit() and 1 <= int(word) <= len(self.choices):
                picked.add(self.choices[int(word) - 1])
            elif word in self.choices:
                picked.add(word)
            else:
                return None
        if not self.many and len(picked) != 1:
            return None
        return frozenset(picked)

    def invalid(self, given: str) -> str:
        """What to say to an answer :meth:`parse` refuses: the valid choices."""
        numbers = f"1 to {len(self.choices)}" if len(self.choices) > 1 else "1"
        how = (
            "one or more of the numbers or ids, or none"
            if self.many
            else "exactly one number or id"
        )
        return (
            f"{given.strip()!r} is not an answer to question {self.number}: answer with {how} "
            f"({numbers}: {', '.join(self.choices)})."
        )

    @property
    def answer_text(self) -> str:
        """The right answer written out."""
        chosen = [c for c in self.choices if c in self.right]
        if self.many:
            return ", ".join(chosen) if chosen else "none"
        return chosen[0] if len(chosen) == 1 else "any of " + ", ".join(chosen)

    def check(self, given: str) -> Feedback | None:
        """Mark an answer; None when it is invalid (ask again)."""
        picked = self.parse(given)
        if picked is None:
            return None
        correct = picked == self.right if self.many else picked <= self.right
        if correct:
            return Feedback(True, f"{self.number}: right. {self.solution}")
        return Feedback(
            False, f"{self.number}: not right. The answer is {self.answer_text}. {self.solution}"
        )

    def text(self) -> str:
        """The question and its numbered choices."""
        lines = [f"{self.number}. {self.prompt}"]
        labels = self.labels or ("",) * len(self.choices)
        for k, (choice, label) in enumerate(zip(self.choices, labels, strict=True), start=1):
            shown = f': "{label}"' if label else ""
            lines.append(f"   {k}) {choice}{shown}")
        return "\n".join(lines)


@attrs.frozen
class MapExercise:
    """Questions about one map under one semantics and support reading."""

    seed: int
    evaluation: Evaluation
    questions: tuple[MapQuestion, ...]

    def text(self) -> str:
        """The exercise as handed out."""
        debate = self.evaluation.debate
        lines = [
            f"Exercise {self.seed} on the map: {debate.title or debate.question}",
            "A claim stands, falls or is undecided (see argmap explain).",
            "",
        ]
        lines.extend(q.text() + "\n" for q in self.questions)
        return "\n".join(lines).rstrip()

    def answers(self) -> str:
        """Every question with its answer and why."""
        return "\n\n".join(
            f"{q.text()}\nAnswer: {q.answer_text}\n{q.solution}" for q in self.questions
        )


class MapExerciseMaker:
    """Makes exercises from one map: evaluates it once, and remembers what-if searches, so
    that many seeds are cheap (``map_exercise`` makes one).

    Questions, when the map allows them: which of six claims stand; why a falling claim
    falls (pick the attacker that wins); which single claim's removal would flip a thesis
    (:func:`~argmap.explain.whatif.smallest_removals`); which critical question of an
    argument is still open (:mod:`argmap.debate.questions`).
    """

    def __init__(
        self,
        debate: Debate,
        semantics: Semantics | str = "grounded",
        support: SupportReading | str = "evidential",
    ) -> None:
        self.debate = debate
        self.evaluation = evaluate_debate(debate, semantics, support)
        self._flips: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
        self._winners = {c: attackers_that_win(self.evaluation, c) for c in debate.claim_ids}

    def make(self, seed: int) -> MapExercise:
        """The exercise for ``seed`` (the same seed always gives the same exercise)."""
        rng = random.Random(seed)
        makers = (self._which_stand, self._why_falls, self._what_flips, self._open_question)
        questions: list[MapQuestion] = []
        for maker in makers:
            question = maker(rng, len(questions) + 1)
            if question is not None:
                questions.append(question)
        return MapExercise(seed, self.evaluation, tuple(questions))

    def _text(self, claim_id: str) -> str:
        return shorten(self.debate.claim(claim_id).text, 80)

    def _which_stand(self, rng: random.Random, number: int) -> MapQuestion | None:
        ids = list(self.debate.claim_ids)
        chosen = sorted(rng.sample(ids, min(6, len(ids))), key=ids.index)
        right = frozenset(c for c in chosen if plain_status(self.evaluation, c) == "stands")
        reasons = [explain_plainly(self.evaluation, c).reasons[0][1] for c in chosen]
        return MapQuestion(
            number,
            "Which of these claims stand? (numbers or ids; none if none does)",
            tuple(chosen),
            True,
            right,
            " ".join(reasons),
            tuple(self._text(c) for c in chosen),
        )

    def _why_falls(self, rng: random.Random, number: int) -> MapQuestion | None:
        falling = [
            c
            for c in self.debate.claim_ids
            if plain_status(self.evaluation, c) == "falls" and self._winners[c]
        ]
        contested = [c for c in falling if len(attackers_of(self.evaluation, c)) > 1]
        pool = contested or falling
        if not pool:
            return None
        target = rng.choice(pool)
        choices = attackers_of(self.evaluation, target)
        why = explain_plainly(self.evaluation, target).reasons[0][1]
        return MapQuestion(
            number,
            f'{target} ("{self._text(target)}") falls. Which claim that attacks it brings it '
            "down? (one number or id)",
            choices,
            False,
            frozenset(self._winners[target]),
            f"{why} (An attack brings a claim down when its attacker stands and no undercut "
            "that stands cancels it.)",
            tuple(self._text(c) for c in choices),
        )

    def _flip(self, thesis: str) -> tuple[frozenset[str], tuple[str, ...]]:
        if thesis not in self._flips:
            found = smallest_removals(
                self.debate,
                thesis,
                self.evaluation.semantics,
                self.evaluation.reading,
                max_size=1,
                max_checks=len(self.debate.claims) + 1,
            )
            flips = frozenset(c for change in found.changes if len(change) == 1 for c in change)
            others = tuple(c for c in self.debate.claim_ids if c != thesis and c not in flips)
            self._flips[thesis] = (flips, others)
        return self._flips[thesis]

    def _what_flips(self, rng: random.Random, number: int) -> MapQuestion | None:
        candidates = [c.id for c in self.debate.theses] or list(self.debate.claim_ids)
        rng.shuffle(candidates)
        for thesis in candidates[:3]:
            flips, others = self._flip(thesis)
            if not flips:
                continue
            right = rng.sample(sorted(flips), min(1, len(flips)))
            wrong = rng.sample(others, min(3, len(others)))
            choices = [*right, *wrong]
            rng.shuffle(choices)
            before = self.evaluation.status(thesis)
            now = plain_status(self.evaluation, thesis)
            change = {
                Status.ACCEPTED: "make it no longer stand",
                Status.REJECTED: "make it stand",
                Status.CREDULOUS: "settle it one way or the other",
            }[before]
            return MapQuestion(
                number,
                f'{thesis} ("{self._text(thesis)}") {_VERBS[now]}. Taking out which one of '
                f"these claims (with its relations) would {change}? (one number or id)",
                tuple(choices),
                False,
                frozenset(choices) & flips,
                "Taking out any one of "
                + ", ".join(c for c in self.debate.claim_ids if c in flips)
                + f" would {change}; taking out any other claim would not.",
                tuple(self._text(c) for c in choices),
            )
        return None

    def _open_question(self, rng: random.Random, number: int) -> MapQuestion | None:
        report = debate_question_report(self.debate)
        entries = [e for e in report.arguments if e.scheme is not None and e.open and e.questions]
        if not entries:
            return None
        entry = rng.choice(entries)
        scheme = entry.scheme
        assert scheme is not None  # kept above
        choices = tuple(q.question.id for q in entry.questions)
        raised = [
            f"{q.question.id} is raised by {', '.join(r.claim for r in q.raised_by)}"
            for q in entry.raised
        ]
        return MapQuestion(
            number,
            f"Argument {entry.argument} ({scheme.name}) concludes {entry.conclusion}. Which of "
            "its critical questions has no claim raised yet? (one number or id)",
            choices,
            False,
            frozenset(q.question.id for q in entry.open),
            "Open: "
            + ", ".join(q.question.id for q in entry.open)
            + (". " + "; ".join(raised) + "." if raised else "."),
            tuple(q.question.text for q in entry.questions),
        )


_VERBS = {"stands": "stands", "falls": "falls", "undecided": "is undecided"}


def map_exercise(
    debate: Debate,
    seed: int = 1,
    semantics: Semantics | str = "grounded",
    support: SupportReading | str = "evidential",
) -> MapExercise:
    """Questions about a real map (see :class:`MapExerciseMaker`).

    >>> from argmap.debate import Debate
    >>> smoke = Debate.load("maps/smoking-ban.argmap.toml")
    >>> exercise = map_exercise(smoke, seed=3)
    >>> first = exercise.questions[0]
    >>> first.check(first.answer_text).correct, first.check("maybe") is None
    (True, True)
    """
    return MapExerciseMaker(debate, semantics, support).make(seed)
