"""Checking a debate as a whole: every mistake, each placed in the debate.

A :class:`~argmap.debate.model.Debate` runs :func:`find_problems` when it is built and
raises :class:`~argmap.errors.DebateError` listing them all. Each problem's ``item`` is its
place in the debate, in the model's own terms: ``("claims", 3)`` for the fourth claim,
``("relations", 5)`` for the sixth of ``debate.relations``, ``None`` for the debate's own
fields. (A map reader turns these places into the tables and lines of its file; that
knowledge lives in :mod:`argmap.formats.map_validation`, not here.)

>>> from argmap.debate import DebateBuilder
>>> b = DebateBuilder("Q?")
>>> _ = b.claim("a", "A.")
>>> _ = b.attacks("a", "b")
>>> try:
...     b.build()
... except Exception as exc:
...     [(p.item, p.field, p.message) for p in exc.problems]
[(('relations', 0), 'to', "unknown claim 'b'")]
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Iterable
from typing import Any

from argmap.debate.model import ID_PATTERN, Citation, Debate, RelationKind
from argmap.debate.schemes import Scheme, scheme_table_problems
from argmap.errors import Problem

__all__ = ["find_problems"]

_SURROGATE = re.compile("[\ud800-\udfff]")


def find_problems(debate: Debate) -> list[Problem]:
    """Every mistake in a debate, in the order of its parts; empty when it is sound.

    Each problem's ``item`` says where it is: ``(collection, index)`` with the collection
    one of ``sources``, ``values``, ``actors``, ``audiences``, ``claims``, ``arguments``,
    ``relations``, ``schemes``, ``verdicts``, or ``None`` for the debate's own fields
    (question, date, ...).
    """
    problems: list[Problem] = []
    if not isinstance(debate.question, str) or not debate.question.strip():
        problems.append(Problem("debate", "question", "is empty", "state the question debated"))
    if debate.date is not None:
        try:
            datetime.date.fromisoformat(debate.date)
        except ValueError:
            problems.append(
                Problem("debate", "date", f"{debate.date!r} is not a date", "write YYYY-MM-DD")
            )
    for field in ("question", "title", "description", "authors"):
        _check_encodable("debate", field, getattr(debate, field), problems)

    def check_id(what: str, where: str, value: Any, seen: set[str]) -> None:
        if value in seen:
            problems.append(Problem(where, "id", "is a duplicate", f"give each {what} its own id"))
        seen.add(value)
        if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
            problems.append(
                Problem(
                    where,
                    "id",
                    f"{_short(value)} is not a valid id",
                    "use letters, digits, '_', '.' or '-', starting with a letter, digit or '_'",
                )
            )

    source_ids: set[str] = set()
    for k, source in enumerate(debate.sources):
        where = f"source {_short(source.id)}"
        mark = len(problems)
        check_id("source", where, source.id, source_ids)
        if not isinstance(source.citation, str) or not source.citation.strip():
            problems.append(Problem(where, "citation", "is empty", "say what the source is"))
        for field in ("citation", "url", "date"):
            _check_encodable(where, field, getattr(source, field), problems)
        _place(problems, mark, ("sources", k))

    actor_ids: set[str] = set()
    for k, actor in enumerate(debate.actors):
        where = f"actor {_short(actor.id)}"
        mark = len(problems)
        check_id("actor", where, actor.id, actor_ids)
        if not isinstance(actor.name, str) or not actor.name.strip():
            problems.append(Problem(where, "name", "is empty", "give the actor's name"))
        for field in ("name", "affiliation", "note"):
            _check_encodable(where, field, getattr(actor, field), problems)
        _place(problems, mark, ("actors", k))

    value_ids = _check_values(debate, problems)
    audience_ids = _check_audiences(debate, actor_ids, value_ids, source_ids, problems)

    claim_ids: set[str] = set()
    for k, claim in enumerate(debate.claims):
        where = f"claim {_short(claim.id)}"
        mark = len(problems)
        check_id("claim", where, claim.id, claim_ids)
        if not isinstance(claim.text, str) or not claim.text.strip():
            problems.append(Problem(where, "text", "is empty", "write the text of the claim"))
        for field in ("text", "tags", "note"):
            _check_encodable(where, field, getattr(claim, field), problems)
        for actor in claim.actors:
            if actor not in actor_ids:
                problems.append(
                    Problem(
                        where,
                        "actors",
                        f"unknown actor {_short(actor)}",
                        _declare("actor", actor_ids),
                    )
                )
        _check_value_names(where, claim.values, value_ids, problems)
        _check_citations(where, claim.sources, source_ids, problems)
        if claim.base_score is not None:
            score = claim.base_score
            if (
                isinstance(score, bool)
                or not isinstance(score, int | float)
                or not math.isfinite(score)
                or not 0.0 <= score <= 1.0
            ):
                problems.append(
                    Problem(
                        where,
                        "base_score",
                        f"{_short(score)} is not in [0, 1]",
                        "use a number from 0 to 1",
                    )
                )
        _place(problems, mark, ("claims", k))

    for k, actor in enumerate(debate.actors):
        mark = len(problems)
        for claim_id in actor.accepts:
            if claim_id not in claim_ids:
                problems.append(
                    Problem(
                        f"actor {_short(actor.id)}",
                        "accepts",
                        f"unknown claim {_short(claim_id)}",
                        _declare("claim", claim_ids),
                    )
                )
        _place(problems, mark, ("actors", k))

    argument_ids: set[str] = set()
    for k, argument in enumerate(debate.arguments):
        where = f"argument {_short(argument.id)}"
        mark = len(problems)
        check_id("argument", where, argument.id, argument_ids)
        if argument.id in claim_ids:
            problems.append(
                Problem(where, "id", "is also a claim's id", "give the argument its own id")
            )
        for field in ("scheme", "text"):
            _check_encodable(where, field, getattr(argument, field), problems)
        if not argument.premises:
            problems.append(
                Problem(where, "premises", "is empty", "an argument needs at least one premise")
            )
        seen_premises: set[str] = set()
        for premise in argument.premises:
            if premise not in claim_ids:
                problems.append(
                    Problem(
                        where,
                        "premises",
                        f"unknown claim {_short(premise)}",
                        _declare("claim", claim_ids),
                    )
                )
            elif premise in seen_premises:
                problems.append(
                    Problem(where, "premises", f"{_short(premise)} is listed twice", "list it once")
                )
            seen_premises.add(premise)
        if argument.conclusion not in claim_ids:
            problems.append(
                Problem(
                    where,
                    "conclusion",
                    f"unknown claim {_short(argument.conclusion)}",
                    _declare("claim", claim_ids),
                )
            )
        elif argument.conclusion in seen_premises:
            problems.append(
                Problem(
                    where,
                    "conclusion",
                    f"{_short(argument.conclusion)} is also a premise",
                    "an argument cannot conclude one of its own premises",
                )
            )
        _check_value_names(where, argument.values, value_ids, problems)
        _check_citations(where, argument.sources, source_ids, problems)
        _place(problems, mark, ("arguments", k))

    relation_kinds: dict[str, RelationKind] = {}
    for k, relation in enumerate(debate.relations):
        where = f"{relation.kind.value} {_short(relation.id)}"
        mark = len(problems)
        if relation.id in relation_kinds:
            problems.append(
                Problem(
                    where,
                    "id",
                    "is a duplicate",
                    "a relation is given twice; remove one or give it its own id",
                )
            )
        elif relation.id in argument_ids:
            problems.append(
                Problem(where, "id", "is also an argument's id", "give the relation its own id")
            )
        relation_kinds.setdefault(relation.id, relation.kind)
        _place(problems, mark, ("relations", k))
    for k, relation in enumerate(debate.relations):
        where = f"{relation.kind.value} {_short(relation.id)}"
        mark = len(problems)
        for field, value in (("id", relation.id), ("to", relation.target)):
            _check_encodable(where, field, value, problems)
        _check_encodable(where, "rationale", relation.rationale, problems)
        _check_encodable(where, "question", relation.question, problems)
        if relation.kind is RelationKind.SUPPORT and relation.question is not None:
            problems.append(
                Problem(
                    where,
                    "question",
                    "a support raises no critical question",
                    "put the question on the attack or undercut that raises it",
                )
            )
        if relation.source not in claim_ids:
            problems.append(
                Problem(
                    where,
                    "from",
                    f"unknown claim {_short(relation.source)}",
                    _declare("claim", claim_ids),
                )
            )
        if relation.kind is RelationKind.UNDERCUT:
            target_kind = relation_kinds.get(relation.target)
            if relation.target in argument_ids:
                pass  # an undercut of an argument denies its inference
            elif target_kind is None:
                hint = (
                    "an undercut targets the id of a support, attack or argument, e.g. "
                    "'C18 supports C16'"
                )
                problems.append(
                    Problem(where, "to", f"no relation has the id {_short(relation.target)}", hint)
                )
            elif target_kind is RelationKind.UNDERCUT:
                problems.append(
                    Problem(
                        where,
                        "to",
                        f"{_short(relation.target)} is an undercut",
                        "undercuts target supports and attacks only; "
                        "attack the undercutting claim instead",
                    )
                )
        else:
            if relation.target in argument_ids:
                hint = (
                    f"to deny that the premises of {_short(relation.target)} lead to its "
                    "conclusion, undercut it (list it under [[undercuts]]); to deny a premise "
                    "or the conclusion, attack that claim"
                    if relation.kind is RelationKind.ATTACK
                    else "a support targets a claim; to add a reason to an argument, list it "
                    "among the argument's premises"
                )
                problems.append(
                    Problem(where, "to", f"{_short(relation.target)} is an argument", hint)
                )
            elif relation.target not in claim_ids:
                problems.append(
                    Problem(
                        where,
                        "to",
                        f"unknown claim {_short(relation.target)}",
                        _declare("claim", claim_ids),
                    )
                )
            if relation.kind is RelationKind.SUPPORT and relation.source == relation.target:
                problems.append(
                    Problem(
                        where,
                        None,
                        f"claim {_short(relation.source)} supports itself",
                        "remove the relation",
                    )
                )
        _check_citations(where, relation.sources, source_ids, problems)
        _place(problems, mark, ("relations", k))

    _check_schemes(debate.schemes, problems)

    for k, verdicts in enumerate(debate.verdicts):
        where = f"verdicts for {verdicts.semantics.title}/{verdicts.support.value}"
        mark = len(problems)
        _check_encodable(where, "note", verdicts.note, problems)
        if verdicts.audience is not None and verdicts.audience not in audience_ids:
            problems.append(
                Problem(
                    where,
                    "audience",
                    f"unknown audience {_short(verdicts.audience)}",
                    _declare("audience", audience_ids),
                )
            )
        listed: set[str] = set()
        for status in ("accepted", "credulous", "rejected"):
            for claim_id in getattr(verdicts, status):
                if claim_id not in claim_ids:
                    problems.append(
                        Problem(
                            where,
                            status,
                            f"unknown claim {_short(claim_id)}",
                            _declare("claim", claim_ids),
                        )
                    )
                elif claim_id in listed:
                    problems.append(
                        Problem(
                            where,
                            status,
                            f"claim {_short(claim_id)} is listed twice",
                            "list it once",
                        )
                    )
                listed.add(claim_id)
        _place(problems, mark, ("verdicts", k))
    return problems


def _check_values(debate: Debate, problems: list[Problem]) -> set[str] | None:
    """Check ``[[values]]``; the declared ids, or ``None`` when the debate declares none
    (then any value name is accepted as it is written)."""
    seen: set[str] = set()
    for k, value in enumerate(debate.values):
        where = f"value {_short(value.id)}"
        mark = len(problems)
        if value.id in seen:
            problems.append(Problem(where, "id", "is a duplicate", "describe each value once"))
        elif not isinstance(value.id, str) or not ID_PATTERN.fullmatch(value.id):
            problems.append(
                Problem(
                    where,
                    "id",
                    f"{_short(value.id)} is not a valid id",
                    "use letters, digits, '_', '.' or '-', starting with a letter, digit or '_'",
                )
            )
        seen.add(value.id)
        if not isinstance(value.name, str) or not value.name.strip():
            problems.append(Problem(where, "name", "is empty", "give the value's name"))
        for field in ("name", "description"):
            _check_encodable(where, field, getattr(value, field), problems)
        _place(problems, mark, ("values", k))
    return seen if debate.values else None


def _check_value_names(
    where: str,
    names: Iterable[str],
    declared: set[str] | None,
    problems: list[Problem],
    field: str = "values",
) -> None:
    """Each value a claim or argument promotes (``field="values"``) or an audience ranks
    (``field="order"``, whose repeats its caller reports) is a valid, known value id."""
    listed: set[str] = set()
    for name in names:
        if not isinstance(name, str) or not ID_PATTERN.fullmatch(name):
            problems.append(
                Problem(
                    where,
                    field,
                    f"{_short(name)} is not a valid value id",
                    "use letters, digits, '_', '.' or '-', e.g. 'privacy'",
                )
            )
        elif declared is not None and name not in declared:
            # A typo must not create a new value silently: once [[values]] describes the
            # values, every one named must be among them.
            problems.append(
                Problem(
                    where,
                    field,
                    f"unknown value {_short(name)}",
                    f"describe it under [[values]] or check the spelling (known: "
                    f"{', '.join(sorted(declared))})",
                )
            )
        elif name in listed and field == "values":
            problems.append(
                Problem(where, field, f"value {_short(name)} is listed twice", "list it once")
            )
        listed.add(name)


def _check_audiences(
    debate: Debate,
    actor_ids: set[str],
    value_ids: set[str] | None,
    source_ids: set[str],
    problems: list[Problem],
) -> set[str]:
    seen: set[str] = set()
    holder: dict[str, str] = {}
    for k, audience in enumerate(debate.audiences):
        where = f"audience {_short(audience.id)}"
        mark = len(problems)
        if audience.id in seen:
            problems.append(Problem(where, "id", "is a duplicate", "give each audience its own id"))
        elif not isinstance(audience.id, str) or not ID_PATTERN.fullmatch(audience.id):
            problems.append(
                Problem(
                    where,
                    "id",
                    f"{_short(audience.id)} is not a valid id",
                    "use letters, digits, '_', '.' or '-', starting with a letter, digit or '_'",
                )
            )
        seen.add(audience.id)
        if not isinstance(audience.name, str) or not audience.name.strip():
            problems.append(Problem(where, "name", "is empty", "give the audience's name"))
        for field in ("name", "description"):
            _check_encodable(where, field, getattr(audience, field), problems)
        if not audience.order:
            problems.append(
                Problem(where, "order", "is empty", 'rank the values, e.g. ["privacy", "security"]')
            )
        ranked: set[str] = set()
        for tier in audience.order:
            if not tier:
                problems.append(
                    Problem(where, "order", "has an empty tier", "a tier names at least one value")
                )
            for value in tier:
                if value in ranked:
                    problems.append(
                        Problem(
                            where,
                            "order",
                            f"value {_short(value)} is ranked twice",
                            "rank each value once",
                        )
                    )
                ranked.add(value)
            _check_value_names(where, tier, value_ids, problems, field="order")
        for actor in audience.actors:
            if actor not in actor_ids:
                problems.append(
                    Problem(
                        where,
                        "actors",
                        f"unknown actor {_short(actor)}",
                        _declare("actor", actor_ids),
                    )
                )
            elif actor in holder:
                problems.append(
                    Problem(
                        where,
                        "actors",
                        f"actor {_short(actor)} already holds audience {_short(holder[actor])}",
                        "an actor holds one ranking of the values; list it in one audience",
                    )
                )
            else:
                holder[actor] = audience.id
        _check_citations(where, audience.sources, source_ids, problems)
        _place(problems, mark, ("audiences", k))
    return seen


def _check_schemes(schemes: tuple[Any, ...], problems: list[Problem]) -> None:
    """The map's own schemes: each a Scheme, of the shape the catalogue's tables must have
    (:func:`~argmap.debate.schemes.scheme_table_problems`), with an id of its own: a map
    cannot redefine a catalogue scheme, since a reader of the map would take
    ``expert-opinion`` to mean the catalogue's."""
    tables = []
    for k, scheme in enumerate(schemes):
        if not isinstance(scheme, Scheme):
            problems.append(
                Problem(
                    f"scheme {k + 1}",
                    None,
                    f"expected an argmap.debate.schemes.Scheme, found {type(scheme).__name__}",
                    "build it with schemes_from_tables",
                    item=("schemes", k),
                )
            )
            tables.append({})
            continue
        where = f"scheme {_short(scheme.id)}"
        mark = len(problems)
        for field in ("id", "name", "conclusion", "source"):
            _check_encodable(where, field, getattr(scheme, field), problems)
        for role in scheme.premises:
            _check_encodable(where, "premises", (role.id, role.form), problems)
        for question in scheme.questions:
            _check_encodable(where, "questions", (question.id, question.text), problems)
        _place(problems, mark, ("schemes", k))
        tables.append(scheme.to_table())
    # a non-Scheme is reported above; its empty table would only add "is missing" problems
    problems.extend(
        p
        for p in scheme_table_problems(tables)
        if p.item is None or isinstance(schemes[p.item[1]], Scheme)
    )


def _place(problems: list[Problem], mark: int, item: tuple[str, int]) -> None:
    for problem in problems[mark:]:
        if problem.item is None:
            problem.item = item


def _short(value: Any, limit: int = 60) -> str:
    """``repr(value)``, cut to a window so that a huge value does not flood the message."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**limit:
        return f"a number of {len(str(abs(value)))} digits"
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 5] + "...'"


def _check_encodable(where: str, field: str, value: Any, problems: list[Problem]) -> None:
    # A lone surrogate is not a character: no UTF-8 file, SVG or page can hold it, so a
    # debate holding one could be checked but never written or drawn.
    texts = value if isinstance(value, tuple) else (value,)
    for text in texts:
        if isinstance(text, str):
            match = _SURROGATE.search(text)
            if match:
                problems.append(
                    Problem(
                        where,
                        field,
                        f"holds a lone surrogate (U+{ord(match.group()):04X}), which is not "
                        "a character",
                        "remove it; no file can hold it",
                    )
                )
                return


def _check_citations(
    where: str, citations: Iterable[Citation], source_ids: set[str], problems: list[Problem]
) -> None:
    for citation in citations:
        if citation.source is None and citation.citation is None and citation.url is None:
            problems.append(
                Problem(
                    where,
                    "sources",
                    "a citation names no source",
                    "give 'source', 'citation' or 'url'",
                )
            )
        elif citation.source is not None and citation.source not in source_ids:
            problems.append(
                Problem(
                    where,
                    "sources",
                    f"unknown source {_short(citation.source)}",
                    _declare("source", source_ids),
                )
            )
        for field in ("citation", "url", "locator"):
            _check_encodable(where, "sources", getattr(citation, field), problems)


def _declare(what: str, known: set[str]) -> str:
    return f"declare the {what} first, or check the spelling" + (
        "" if known else f" (the debate has no {what}s yet)"
    )
