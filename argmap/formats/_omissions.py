"""What an interchange format leaves out of a debate, said in words (never dropped silently).

Each format names the parts of a debate it carries; :func:`omissions` lists every other part
the debate actually has, one line each, for the writer's caller to report.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import TypeVar

from argmap.debate import Debate
from argmap.debate.model import default_relation_id

__all__ = ["PARTS", "omissions"]


_Part = TypeVar("_Part")


def _count(items: Iterable[_Part], test: Callable[[_Part], object]) -> int:
    return sum(1 for item in items if test(item))


# part name -> (how many the debate has, what the count is of)
PARTS: dict[str, tuple[Callable[[Debate], int], str]] = {
    "description": (lambda d: int(d.description is not None), "the debate's description"),
    "sources": (lambda d: len(d.sources), "sources"),
    "verdicts": (lambda d: len(d.verdicts), "expected verdicts"),
    "schemes": (lambda d: len(d.schemes), "the map's own argument schemes"),
    "actors": (lambda d: len(d.actors), "actors"),
    "actor details": (
        lambda d: _count(d.actors, lambda a: a.affiliation or a.note),
        "actors' affiliations and notes",
    ),
    "actor accepts": (lambda d: _count(d.actors, lambda a: a.accepts), "actors' accepted claims"),
    "claim actors": (lambda d: _count(d.claims, lambda c: c.actors), "claims' holders"),
    "claim sources": (lambda d: _count(d.claims, lambda c: c.sources), "claims' citations"),
    "claim notes": (lambda d: _count(d.claims, lambda c: c.note), "claims' notes"),
    "base scores": (
        lambda d: _count(d.claims, lambda c: c.base_score is not None),
        "claims' base scores",
    ),
    "reconstructed": (
        lambda d: _count(d.claims, lambda c: c.reconstructed),
        "claims' 'reconstructed' marks",
    ),
    "relation ids": (
        lambda d: _count(
            d.relations, lambda r: r.id != default_relation_id(r.kind, r.source, r.target)
        ),
        "relations' own ids (the default ids are used)",
    ),
    "rationales": (lambda d: _count(d.relations, lambda r: r.rationale), "relations' rationales"),
    "relation sources": (
        lambda d: _count(d.relations, lambda r: r.sources),
        "relations' citations",
    ),
    "questions": (
        lambda d: _count(d.relations, lambda r: r.question),
        "critical questions raised by relations",
    ),
    "arguments": (lambda d: len(d.arguments), "arguments (linked premises and their schemes)"),
    "argument texts": (lambda d: _count(d.arguments, lambda a: a.text), "arguments' texts"),
    "argument sources": (
        lambda d: _count(d.arguments, lambda a: a.sources),
        "arguments' citations",
    ),
    "argument undercuts": (
        lambda d: _count(d.undercuts, lambda u: u.target in {a.id for a in d.arguments}),
        "undercuts of arguments",
    ),
    "values": (
        lambda d: _count(d.claims, lambda c: c.values) + _count(d.arguments, lambda a: a.values),
        "the values claims and arguments promote",
    ),
    "value descriptions": (lambda d: len(d.values), "the values' descriptions"),
    "audiences": (lambda d: len(d.audiences), "audiences (rankings of values)"),
}


def omissions(debate: Debate, carried: Collection[str]) -> tuple[str, ...]:
    """One line per part of ``debate`` that a format carrying only ``carried`` (names from
    :data:`PARTS`) leaves out, e.g. ``"claims' notes: 3"``; empty when nothing is lost."""
    out = []
    for part, (count, what) in PARTS.items():
        if part not in carried:
            number = count(debate)
            if number:
                out.append(f"{what}: {number}")
    return tuple(out)
