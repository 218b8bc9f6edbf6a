"""Argument schemes and their critical questions: the catalogue, lookup, and map-defined schemes.

A :class:`Scheme` is a recognisable kind of argument (Walton, Reed and Macagno 2008): the
forms of its premises (each with a role, such as ``major`` and ``minor``), the form of its
conclusion, and the critical questions a critic is entitled to ask of it. Each question has
a :class:`QuestionKind` following Carneades (Gordon, Prakken and Walton 2007): ``premise``
(it asks whether an ordinary premise holds), ``assumption`` (presumed to hold until
questioned) or ``exception`` (counts against the argument only once raised).
docs/schemes.md lists the catalogue and explains each choice.

>>> s = scheme("expert-opinion")
>>> s.name, [role.id for role in s.premises]
('Argument from expert opinion', ['major', 'minor'])
>>> q = s.question("expert-opinion.bias")
>>> q.kind.value, q.kind.burden
('exception', 'questioner')
>>> len(CATALOGUE) >= 12
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from argmap.choices import Choice
from argmap.debate._scheme_catalogue import CATALOGUE_TABLES
from argmap.errors import DebateError, Problem, UnknownChoiceError, UnknownIdError

__all__ = [
    "CATALOGUE",
    "SCHEME_ID_PATTERN",
    "CriticalQuestion",
    "PremiseRole",
    "QuestionKind",
    "Scheme",
    "catalogue_with",
    "scheme",
    "scheme_table_problems",
    "schemes_from_tables",
]

#: Scheme and premise-role ids, and the part of a question id after the dot: lowercase
#: words joined by hyphens (``expert-opinion``), so they read well and never need quoting.
SCHEME_ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

_TABLE_FIELDS = ("id", "name", "premises", "conclusion", "questions", "source")
_REQUIRED_FIELDS = ("id", "name", "premises", "conclusion", "questions")
_CATALOGUE_SCHEME = "a scheme of the catalogue"


class QuestionKind(Choice):
    """How a critical question bears on the burden of proof (Carneades).

    - ``premise``: the question asks whether one of the scheme's ordinary premises holds;
      a premise must be supported, so raising it asks the proponent for that support.
    - ``assumption``: presumed to hold while nobody asks; once raised, it holds only if the
      proponent supports it.
    - ``exception``: does not count while nobody asks; once raised, it defeats the argument
      only if the questioner shows it holds.

    >>> QuestionKind.parse("Assumption").burden
    'proponent'
    """

    PREMISE = "premise"
    ASSUMPTION = "assumption"
    EXCEPTION = "exception"

    @property
    def burden(self) -> str:
        """Who must prove the point once the question is raised: ``proponent`` (of the
        argument) for premises and assumptions, ``questioner`` for exceptions."""
        return "questioner" if self is QuestionKind.EXCEPTION else "proponent"

    @property
    def while_open(self) -> str:
        """What an unasked question means for the argument, in words."""
        return {
            "premise": "the premise stands as stated",
            "assumption": "presumed to hold",
            "exception": "does not count",
        }[self.value]


def _kind(value: QuestionKind | str) -> QuestionKind:
    return QuestionKind.parse(value)


@attrs.frozen
class PremiseRole:
    """One premise of a scheme: its role (``major``, ``minor``, ``goal``) and its form.

    >>> PremiseRole("goal", "Agent P has goal G.").id
    'goal'
    """

    id: str
    form: str


@attrs.frozen
class CriticalQuestion:
    """A question a critic may ask of an argument of a scheme; ``id`` is
    ``"<scheme id>.<name>"``, the value a relation's ``question`` names.

    >>> CriticalQuestion("analogy.base", "Is A true in C1?", "premise").kind
    <QuestionKind.PREMISE: 'premise'>
    """

    id: str
    text: str
    kind: QuestionKind = attrs.field(converter=_kind)


# Typed tuple converters (mypy's attrs plugin cannot solve converter=tuple's type variable).
def _premise_roles(value: Iterable[PremiseRole]) -> tuple[PremiseRole, ...]:
    return tuple(value)


def _questions(value: Iterable[CriticalQuestion]) -> tuple[CriticalQuestion, ...]:
    return tuple(value)


@attrs.frozen
class Scheme:
    """An argument scheme: premise roles in order, the conclusion's form, critical questions.

    The premises of an argument of this scheme are matched to ``premises`` in order.

    >>> s = scheme("sign")
    >>> s.question_ids
    ('sign.finding', 'sign.correlation', 'sign.other-causes')
    """

    id: str
    name: str
    premises: tuple[PremiseRole, ...] = attrs.field(converter=_premise_roles)
    conclusion: str
    questions: tuple[CriticalQuestion, ...] = attrs.field(converter=_questions)
    source: str = ""

    @property
    def question_ids(self) -> tuple[str, ...]:
        """The ids of the critical questions, in order."""
        return tuple(q.id for q in self.questions)

    def question(self, question_id: str) -> CriticalQuestion:
        """The critical question with this id; an UnknownIdError listing the scheme's own."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise UnknownIdError(
            f"unknown question {question_id!r} of scheme {self.id!r}; "
            f"its questions are: {', '.join(self.question_ids)}"
        )

    def to_table(self) -> dict[str, Any]:
        """The scheme as a plain table, the shape of a map's ``[[schemes]]`` table and of
        ``argmap schemes --json``; :func:`schemes_from_tables` reads it back.

        >>> schemes_from_tables([scheme("analogy").to_table()], known=())[0] == scheme("analogy")
        True
        """
        return {
            "id": self.id,
            "name": self.name,
            "premises": [{"id": r.id, "form": r.form} for r in self.premises],
            "conclusion": self.conclusion,
            "questions": [
                {"id": q.id, "text": q.text, "kind": q.kind.value} for q in self.questions
            ],
            "source": self.source,
        }


# -- building schemes from tables ----------------------------------------------------------


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _list_of_tables(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(v, Mapping) for v in value)


def _check_table(index: int, table: Any, taken: dict[str, str], problems: list[Problem]) -> None:
    item = ("schemes", index)

    def problem(where: str, field: str | None, message: str, hint: str = "") -> None:
        problems.append(Problem(where, field, message, hint, item=item))

    if not isinstance(table, Mapping):
        problem(f"scheme {index + 1}", None, "is not a table", "write it as a [[schemes]] table")
        return
    scheme_id = table.get("id")
    where = f"scheme {scheme_id!r}" if isinstance(scheme_id, str) else f"scheme {index + 1}"
    for field in sorted(set(table) - set(_TABLE_FIELDS), key=str):
        problem(where, str(field), "is not a field of a scheme", f"use {', '.join(_TABLE_FIELDS)}")
    for field in _REQUIRED_FIELDS:
        if field not in table:
            problem(where, field, "is missing")
    if "id" in table:
        if not isinstance(scheme_id, str) or not SCHEME_ID_PATTERN.fullmatch(scheme_id):
            problem(
                where,
                "id",
                f"{scheme_id!r} is not a scheme id",
                "use lowercase words joined by hyphens, e.g. 'expert-opinion'",
            )
            scheme_id = None
        elif scheme_id in taken:
            hint = (
                "a map cannot redefine a catalogue scheme: give yours its own id"
                if taken[scheme_id] == _CATALOGUE_SCHEME
                else "give each scheme its own id"
            )
            problem(where, "id", f"is already {taken[scheme_id]}", hint)
        else:
            taken[scheme_id] = f"the id of scheme {index + 1}"
    for field in ("name", "conclusion"):
        if field in table and not _text(table[field]):
            problem(where, field, "must be non-empty text")
    if "source" in table and not isinstance(table["source"], str):
        problem(where, "source", "must be text")
    if "premises" in table:
        roles = table["premises"]
        if not _list_of_tables(roles) or not roles:
            problem(where, "premises", "must be a non-empty list of {id, form} tables")
        else:
            seen: set[str] = set()
            for number, role in enumerate(roles, 1):
                extra = sorted(set(role) - {"id", "form"}, key=str)
                if extra:
                    problem(where, "premises", f"premise {number}: unknown fields {extra}")
                role_id = role.get("id")
                if not isinstance(role_id, str) or not SCHEME_ID_PATTERN.fullmatch(role_id):
                    problem(
                        where,
                        "premises",
                        f"premise {number}: {role_id!r} is not a role id",
                        "use lowercase words joined by hyphens, e.g. 'major'",
                    )
                elif role_id in seen:
                    problem(where, "premises", f"premise {number}: role {role_id!r} repeats")
                else:
                    seen.add(role_id)
                if not _text(role.get("form")):
                    problem(where, "premises", f"premise {number}: 'form' must be non-empty text")
    if "questions" in table:
        questions = table["questions"]
        if not _list_of_tables(questions):
            problem(where, "questions", "must be a list of {id, text, kind} tables")
            return
        seen_questions: set[str] = set()
        for number, question in enumerate(questions, 1):
            extra = sorted(set(question) - {"id", "text", "kind"}, key=str)
            if extra:
                problem(where, "questions", f"question {number}: unknown fields {extra}")
            question_id = question.get("id")
            prefix, dot, name = (
                question_id.partition(".") if isinstance(question_id, str) else ("", "", "")
            )
            if not dot or not SCHEME_ID_PATTERN.fullmatch(name):
                problem(
                    where,
                    "questions",
                    f"question {number}: {question_id!r} is not a question id",
                    "write '<scheme id>.<name>', e.g. 'expert-opinion.bias'",
                )
            elif scheme_id is not None and prefix != scheme_id:
                problem(
                    where,
                    "questions",
                    f"question {number}: {question_id!r} does not start with '{scheme_id}.'",
                    "a question id starts with its scheme's id",
                )
            elif question_id in seen_questions:
                problem(where, "questions", f"question {number}: {question_id!r} repeats")
            else:
                seen_questions.add(question_id)
            if not _text(question.get("text")):
                problem(where, "questions", f"question {number}: 'text' must be non-empty text")
            try:
                QuestionKind.parse(question.get("kind"))
            except UnknownChoiceError as exc:
                problem(where, "questions", f"question {number}: {exc}")


def scheme_table_problems(
    tables: Iterable[Any], known: Iterable[Scheme] | None = None
) -> list[Problem]:
    """Every mistake in a list of ``[[schemes]]`` tables, each placed as ``("schemes", i)``.

    ``known`` are the schemes already defined (the catalogue when ``None``): a table may not
    reuse one of their ids.

    >>> for problem in scheme_table_problems([{"id": "Bad Id", "name": "A scheme"}]):
    ...     print(problem.field, "|", problem.message)
    premises | is missing
    conclusion | is missing
    questions | is missing
    id | 'Bad Id' is not a scheme id
    """
    taken = {s.id: _CATALOGUE_SCHEME for s in (CATALOGUE if known is None else known)}
    problems: list[Problem] = []
    for index, table in enumerate(tables):
        _check_table(index, table, taken, problems)
    return problems


def schemes_from_tables(
    tables: Iterable[Any], known: Iterable[Scheme] | None = None
) -> tuple[Scheme, ...]:
    """Build schemes from plain tables of the ``[[schemes]]`` shape (docs/schemes.md).

    Raises :class:`~argmap.errors.DebateError` listing every mistake (see
    :func:`scheme_table_problems`); ``known`` as there.

    >>> table = {
    ...     "id": "precaution",
    ...     "name": "Argument from precaution",
    ...     "premises": [{"id": "risk", "form": "A may cause serious harm H."}],
    ...     "conclusion": "A should not be done until H is ruled out.",
    ...     "questions": [{"id": "precaution.proportion", "text": "Is the cost of waiting "
    ...                    "proportionate to H?", "kind": "exception"}],
    ... }
    >>> schemes_from_tables([table])[0].question_ids
    ('precaution.proportion',)
    """
    tables = list(tables)
    problems = scheme_table_problems(tables, known)
    if problems:
        raise DebateError(problems)
    return tuple(
        Scheme(
            id=t["id"],
            name=t["name"],
            premises=[PremiseRole(r["id"], r["form"]) for r in t["premises"]],
            conclusion=t["conclusion"],
            questions=[CriticalQuestion(q["id"], q["text"], q["kind"]) for q in t["questions"]],
            source=t.get("source", ""),
        )
        for t in tables
    )


CATALOGUE: tuple[Scheme, ...] = schemes_from_tables(CATALOGUE_TABLES, known=())
"""The built-in schemes (docs/schemes.md), in a fixed order."""


def catalogue_with(extra: Iterable[Scheme] = ()) -> tuple[Scheme, ...]:
    """The catalogue followed by ``extra`` (a map's own schemes); an id already taken is a
    :class:`~argmap.errors.DebateError`.

    >>> len(catalogue_with()) == len(CATALOGUE)
    True
    """
    schemes = list(CATALOGUE)
    ids = {s.id for s in schemes}
    problems = []
    for index, added in enumerate(extra):
        if added.id in ids:
            problems.append(
                Problem(
                    f"scheme {added.id!r}",
                    "id",
                    "is already a scheme",
                    "give each scheme its own id",
                    item=("schemes", index),
                )
            )
        ids.add(added.id)
        schemes.append(added)
    if problems:
        raise DebateError(problems)
    return tuple(schemes)


def scheme(scheme_id: str, schemes: Sequence[Scheme] | None = None) -> Scheme:
    """The scheme with this id among ``schemes`` (the catalogue when ``None``).

    >>> scheme("expert opinion")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownIdError: unknown scheme 'expert opinion'; known schemes: ...
    """
    pool = CATALOGUE if schemes is None else schemes
    for candidate in pool:
        if candidate.id == scheme_id:
            return candidate
    raise UnknownIdError(
        f"unknown scheme {scheme_id!r}; known schemes: {', '.join(s.id for s in pool)}"
    )
