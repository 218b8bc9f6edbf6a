"""Critical questions in use: which questions of each argument's scheme are raised, which open.

An argument that names a scheme carries that scheme's critical questions. An attack or
undercut raises one when its ``question`` names it and its target is the argument itself
(the inference), one of the argument's premises, or its conclusion; a question no relation
raises is *open*. Following Carneades (Gordon, Prakken and Walton 2007), an open
assumption is presumed to hold and an open exception does not count; once raised, an
assumption (or premise) must be supported by the argument's proponent, and an exception
must be shown by the questioner (see :class:`~argmap.debate.schemes.QuestionKind`).

The report works on any objects with the attributes of the debate model: arguments with
``id``, ``premises``, ``conclusion`` and ``scheme``; relations with ``id``, ``kind``,
``source``, ``target`` and ``question`` (a relation without ``question`` raises none).

>>> import attrs
>>> @attrs.frozen
... class Arg:
...     id: str
...     premises: tuple
...     conclusion: str
...     scheme: str | None = None
>>> @attrs.frozen
... class Rel:
...     kind: str
...     source: str
...     target: str
...     id: str
...     question: str | None = None
>>> a3 = Arg("A3", ("C4", "C5"), "C1", "expert-opinion")
>>> r = Rel("attack", "C9", "C4", "C9 attacks C4", "expert-opinion.bias")
>>> report = question_report([a3], [r])
>>> [q.question.id for q in report.argument("A3").raised]
['expert-opinion.bias']
>>> len(report.argument("A3").open), report.warnings
(5, ())
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from argmap.debate.schemes import CATALOGUE, CriticalQuestion, Scheme, catalogue_with
from argmap.errors import Problem, UnknownIdError

__all__ = [
    "ArgumentQuestions",
    "QuestionReport",
    "QuestionStatus",
    "Raising",
    "debate_question_report",
    "known_schemes",
    "question_report",
]

RAISING_KINDS = ("attack", "undercut")
"""The relation kinds that may raise a critical question."""


@attrs.frozen
class Raising:
    """One relation raising a question: its id, the claim it comes from, what it targets
    (``on``: ``argument`` for the inference, ``premise`` or ``conclusion``)."""

    relation: str
    claim: str
    target: str
    on: str


@attrs.frozen
class QuestionStatus:
    """A critical question of one argument, and the relations that raise it (none: open)."""

    question: CriticalQuestion
    raised_by: tuple[Raising, ...] = ()

    @property
    def status(self) -> str:
        """``raised`` when some relation raises the question, ``open`` otherwise."""
        return "raised" if self.raised_by else "open"

    def to_dict(self) -> dict[str, Any]:
        """The question and its status as plain data (``argmap questions --json``)."""
        return {
            "id": self.question.id,
            "text": self.question.text,
            "kind": self.question.kind.value,
            "burden": self.question.kind.burden,
            "status": self.status,
            "raised_by": [attrs.asdict(r) for r in self.raised_by],
        }


@attrs.frozen
class ArgumentQuestions:
    """One argument's scheme and the status of each of its critical questions.

    ``scheme`` is the scheme found (``None`` when the argument names none or an unknown
    one; ``scheme_id`` is the name as written); ``premises`` pairs each premise claim with
    its role, matched in order (``None`` past the scheme's roles).
    """

    argument: str
    scheme_id: str | None
    scheme: Scheme | None
    premises: tuple[tuple[str | None, str], ...]
    conclusion: str
    questions: tuple[QuestionStatus, ...] = ()

    @property
    def raised(self) -> tuple[QuestionStatus, ...]:
        """The questions some relation raises, in the scheme's order."""
        return tuple(q for q in self.questions if q.raised_by)

    @property
    def open(self) -> tuple[QuestionStatus, ...]:
        """The questions no relation raises, in the scheme's order."""
        return tuple(q for q in self.questions if not q.raised_by)

    def to_dict(self) -> dict[str, Any]:
        """The argument's entry as plain data (``argmap questions --json``)."""
        return {
            "id": self.argument,
            "scheme": self.scheme_id,
            "scheme_name": self.scheme.name if self.scheme is not None else None,
            "known_scheme": self.scheme is not None,
            "premises": [{"role": role, "claim": claim} for role, claim in self.premises],
            "conclusion": self.conclusion,
            "questions": [q.to_dict() for q in self.questions],
            "raised": [q.question.id for q in self.raised],
            "open": [q.question.id for q in self.open],
        }

    def text(self) -> str:
        """The entry in words: scheme, premises by role, raised and open questions."""
        if self.scheme is not None:
            heading = f"{self.argument}: {self.scheme.name} ({self.scheme.id})"
        elif self.scheme_id is not None:
            heading = f"{self.argument}: unknown scheme {self.scheme_id!r}"
        else:
            heading = f"{self.argument}: no scheme"
        premises = ", ".join(
            f"{role} = {claim}" if role else claim for role, claim in self.premises
        )
        lines = [heading, f"  premises: {premises}; conclusion: {self.conclusion}"]
        if self.raised:
            lines.append("  raised:")
            for status in self.raised:
                q = status.question
                by = "; ".join(f"by {r.claim} ({r.relation})" for r in status.raised_by)
                who = "the proponent" if q.kind.burden == "proponent" else "the questioner"
                lines.append(f"    {q.id} [{q.kind.value}] {q.text}")
                lines.append(f"      {by}; now {who} must prove the point")
        if self.open:
            lines.append("  open:")
            for status in self.open:
                q = status.question
                lines.append(f"    {q.id} [{q.kind.value}: {q.kind.while_open}] {q.text}")
        return "\n".join(lines)


@attrs.frozen
class QuestionReport:
    """Per argument, its scheme and critical questions; plus warnings (never errors).

    ``warnings`` are :class:`~argmap.errors.Problem` objects placed as
    ``("arguments", i)`` or ``("relations", i)`` in the sequences given: an argument whose
    scheme is unknown, an argument whose number of premises differs from its scheme's
    roles, a relation whose question is not a question of the scheme of any argument it
    targets (or that is a support, which raises no question).
    """

    arguments: tuple[ArgumentQuestions, ...]
    warnings: tuple[Problem, ...] = ()

    def argument(self, argument_id: str) -> ArgumentQuestions:
        """The entry of one argument; an UnknownIdError otherwise."""
        for entry in self.arguments:
            if entry.argument == argument_id:
                return entry
        raise UnknownIdError(f"unknown argument {argument_id!r}")

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data: what ``argmap questions --json`` prints."""
        return {
            "arguments": [entry.to_dict() for entry in self.arguments],
            "warnings": [
                {"where": w.where, "field": w.field, "message": w.message, "hint": w.hint}
                for w in self.warnings
            ],
        }

    def text(self) -> str:
        """Every argument's entry, one block each (warnings are not included)."""
        if not self.arguments:
            return "no arguments"
        return "\n\n".join(entry.text() for entry in self.arguments)


def known_schemes(debate: Any) -> tuple[Scheme, ...]:
    """The schemes an argument of ``debate`` may name: the catalogue and the map's own
    ``[[schemes]]`` (``debate.schemes``)."""
    return catalogue_with(debate.schemes)


def debate_question_report(debate: Any) -> QuestionReport:
    """The question report of a whole debate: its arguments and relations, against the
    catalogue and the map's own schemes (:func:`known_schemes`).

    >>> from argmap.debate import Debate
    >>> report = debate_question_report(Debate.load("maps/arguments-example.argmap.toml"))
    >>> [entry.argument for entry in report.arguments]
    ['A1', 'A2']
    """
    return question_report(debate.arguments, debate.relations, known_schemes(debate))


def _kind_name(kind: Any) -> str:
    return str(getattr(kind, "value", kind))


def question_report(
    arguments: Iterable[Any],
    relations: Iterable[Any],
    schemes: Sequence[Scheme] | None = None,
) -> QuestionReport:
    """Which critical questions of each argument are raised (by which relations), which open.

    ``schemes`` are the schemes known (the catalogue when ``None``; pass
    :func:`~argmap.debate.schemes.catalogue_with` of a map's own schemes to add them). A
    relation with ``question = q`` raises ``q`` for every argument it targets (the argument
    itself, or one whose premise or conclusion it targets) whose scheme has ``q``.
    """
    arguments = tuple(arguments)
    relations = tuple(relations)
    by_id = {s.id: s for s in (CATALOGUE if schemes is None else schemes)}
    question_ids = {q.id for s in by_id.values() for q in s.questions}
    warnings: list[Problem] = []

    # which arguments each id touches, and how: an argument id is the inference itself
    touching: dict[str, list[tuple[int, str]]] = {}
    for index, argument in enumerate(arguments):
        touching.setdefault(argument.id, []).append((index, "argument"))
        for premise in dict.fromkeys(argument.premises):
            touching.setdefault(premise, []).append((index, "premise"))
        touching.setdefault(argument.conclusion, []).append((index, "conclusion"))

    for index, argument in enumerate(arguments):
        where = f"argument {argument.id!r}"
        named = argument.scheme
        if named is None:
            continue
        found = by_id.get(named)
        if found is None:
            warnings.append(
                Problem(
                    where,
                    "scheme",
                    f"unknown scheme {named!r}",
                    f"use one of: {', '.join(by_id)}, or define it in a [[schemes]] table",
                    item=("arguments", index),
                )
            )
        elif len(argument.premises) != len(found.premises):
            roles = ", ".join(r.id for r in found.premises)
            count = len(argument.premises)
            warnings.append(
                Problem(
                    where,
                    "premises",
                    f"has {count} premise{'' if count == 1 else 's'}; scheme {named!r} has "
                    f"{len(found.premises)} premise roles ({roles})",
                    "give one premise per role, in the roles' order",
                    item=("arguments", index),
                )
            )

    raisings: dict[tuple[int, str], list[Raising]] = {}
    for index, relation in enumerate(relations):
        question = getattr(relation, "question", None)
        if question is None:
            continue
        where = f"relation {relation.id!r}"
        if _kind_name(relation.kind) not in RAISING_KINDS:
            warnings.append(
                Problem(
                    where,
                    "question",
                    "a support raises no critical question",
                    "raise it with an attack or an undercut",
                    item=("relations", index),
                )
            )
            continue
        targets = touching.get(relation.target, [])
        matched = False
        for argument_index, on in targets:
            found = by_id.get(arguments[argument_index].scheme or "")
            if found is not None and question in found.question_ids:
                raisings.setdefault((argument_index, question), []).append(
                    Raising(relation.id, relation.source, relation.target, on)
                )
                matched = True
        if matched:
            continue
        if question not in question_ids:
            message = f"{question!r} is not a question of any known scheme"
        elif not targets:
            message = (
                f"raises {question!r} but targets {relation.target!r}, which is no argument "
                "and no premise or conclusion of one"
            )
        else:
            named = ", ".join(
                f"{arguments[i].id} ({arguments[i].scheme or 'no scheme'})"
                for i in dict.fromkeys(i for i, _ in targets)
            )
            message = (
                f"raises {question!r}, which is not a question of the scheme of the "
                f"argument it targets: {named}"
            )
        warnings.append(
            Problem(
                where,
                "question",
                message,
                "name a question of the targeted argument's scheme (argmap schemes)",
                item=("relations", index),
            )
        )

    entries = []
    for index, argument in enumerate(arguments):
        found = by_id.get(argument.scheme) if argument.scheme is not None else None
        roles = [r.id for r in found.premises] if found is not None else []
        premises = tuple(
            (roles[i] if i < len(roles) else None, claim)
            for i, claim in enumerate(argument.premises)
        )
        questions = tuple(
            QuestionStatus(q, tuple(raisings.get((index, q.id), ())))
            for q in (found.questions if found is not None else ())
        )
        entries.append(
            ArgumentQuestions(
                argument.id, argument.scheme, found, premises, argument.conclusion, questions
            )
        )
    return QuestionReport(tuple(entries), tuple(warnings))
