"""Comparing two maps of the same debate: a student's map with a model answer, or two
students' maps.

Claims are matched by id first, then the claims left over by the similarity of their texts
(the best pairs first, a pair kept when its similarity is at least ``threshold``); relations
and arguments are compared through that matching, so a relation drawn between the same
claims under other ids is the same relation. Verdicts are compared claim by claim under one
semantics and support reading, in plain words. The comparison is symmetric: comparing B with
A gives the same differences with left and right swapped; and it is empty exactly when the
two maps are equal (``other`` lists every top-level part that differs in ways the lists
above do not show: the title, the actors, the order of claims, ...).

>>> from argmap.debate import Debate
>>> from argmap.debate.model import Claim, Relation
>>> model = Debate("Ban it?", claims=[Claim("ban", "Ban it."), Claim("cost", "It costs jobs.")],
...                relations=[Relation("attack", "cost", "ban")])
>>> student = Debate("Ban it?", claims=[Claim("ban", "Ban it."), Claim("jobs", "It costs jobs!")],
...                  relations=[Relation("support", "jobs", "ban")])
>>> print(compare_maps(model, student, semantics="grounded").text())
Claims: 1 matched by id, 1 by text (cost ~ jobs, 0.93).
Relations only in the left map: cost attacks ban.
Relations only in the right map: jobs supports ban.
Claims that differ: cost ~ jobs: text.
Verdicts that differ (grounded semantics, evidential reading):
- ban: falls (left), stands (right)
"""

from __future__ import annotations

import difflib
from typing import Any

import attrs

from argmap.debate import Debate, SupportReading
from argmap.debate import evaluate as evaluate_debate
from argmap.debate.model import Argument, Claim, Relation, RelationKind
from argmap.explain.plain import PLAIN_WORDS
from argmap.semantics import Semantics

__all__ = ["ClaimMatch", "MapComparison", "compare_maps"]

#: Past this many pairs of unmatched claims the texts are not compared (quadratic work).
MAX_TEXT_PAIRS = 250_000

_CLAIM_FIELDS = ("text", "stance", "kind", "actors", "sources", "tags", "base_score", "note",
                 "reconstructed")  # fmt: skip


@attrs.frozen
class ClaimMatch:
    """A claim of the left map matched with one of the right map, by ``id`` or ``text``;
    ``similarity`` is 1 for equal texts."""

    left: str
    right: str
    how: str
    similarity: float

    def mirrored(self) -> ClaimMatch:
        """The same match seen from the other side."""
        return ClaimMatch(self.right, self.left, self.how, self.similarity)


@attrs.frozen
class MapComparison:
    """The differences between two maps (see the module's docstring); every list is in the
    left map's order, then the right map's."""

    semantics: Semantics
    reading: SupportReading
    matches: tuple[ClaimMatch, ...]
    only_left: tuple[str, ...]
    only_right: tuple[str, ...]
    changed: tuple[tuple[str, str, tuple[str, ...]], ...]
    relations_only_left: tuple[str, ...]
    relations_only_right: tuple[str, ...]
    arguments_only_left: tuple[str, ...]
    arguments_only_right: tuple[str, ...]
    verdicts: tuple[tuple[str, str, str, str], ...]
    other: tuple[str, ...]
    notes: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """Whether the maps are the same: nothing differs."""
        return not (
            self.only_left or self.only_right or self.changed or self.relations_only_left
            or self.relations_only_right or self.arguments_only_left
            or self.arguments_only_right or self.verdicts or self.other
            or any(m.how != "id" for m in self.matches)
        )  # fmt: skip

    def mirrored(self) -> MapComparison:
        """The comparison with left and right swapped."""
        return MapComparison(
            self.semantics,
            self.reading,
            tuple(m.mirrored() for m in self.matches),
            self.only_right,
            self.only_left,
            tuple((r, left, fields) for left, r, fields in self.changed),
            self.relations_only_right,
            self.relations_only_left,
            self.arguments_only_right,
            self.arguments_only_left,
            tuple((r, left, rw, lw) for left, r, lw, rw in self.verdicts),
            self.other,
            self.notes,
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain data (what ``argmap diff --json`` prints)."""
        return {
            "semantics": self.semantics.title,
            "support": self.reading.value,
            "same": self.empty,
            "matches": [attrs.asdict(m) for m in self.matches],
            "only_left": list(self.only_left),
            "only_right": list(self.only_right),
            "changed": [{"left": a, "right": b, "fields": list(f)} for a, b, f in self.changed],
            "relations_only_left": list(self.relations_only_left),
            "relations_only_right": list(self.relations_only_right),
            "arguments_only_left": list(self.arguments_only_left),
            "arguments_only_right": list(self.arguments_only_right),
            "verdicts": [
                {"left": a, "right": b, "left_status": s, "right_status": t}
                for a, b, s, t in self.verdicts
            ],
            "other": list(self.other),
            "notes": list(self.notes),
        }

    def text(self) -> str:
        """The differences in words, one kind a line (or a short list)."""
        if self.empty:
            return "The maps are the same."
        by_id = sum(1 for m in self.matches if m.how == "id")
        by_text = [m for m in self.matches if m.how == "text"]
        head = f"Claims: {by_id} matched by id"
        if by_text:
            shown = ", ".join(f"{m.left} ~ {m.right}, {m.similarity:.2f}" for m in by_text)
            head += f", {len(by_text)} by text ({shown})"
        lines = [head + "."]
        for label, items in (
            ("Claims only in the left map", self.only_left),
            ("Claims only in the right map", self.only_right),
            ("Relations only in the left map", self.relations_only_left),
            ("Relations only in the right map", self.relations_only_right),
            ("Arguments only in the left map", self.arguments_only_left),
            ("Arguments only in the right map", self.arguments_only_right),
        ):
            if items:
                lines.append(f"{label}: {'; '.join(items)}.")
        if self.changed:
            shown = "; ".join(
                f"{a}: {', '.join(f)}" if a == b else f"{a} ~ {b}: {', '.join(f)}"
                for a, b, f in self.changed
            )
            lines.append(f"Claims that differ: {shown}.")
        if self.verdicts:
            lines.append(
                f"Verdicts that differ ({self.semantics.title} semantics, "
                f"{self.reading.value} reading):"
            )
            for a, b, s, t in self.verdicts:
                name = a if a == b else f"{a} ~ {b}"
                lines.append(f"- {name}: {s} (left), {t} (right)")
        if self.other:
            lines.append(f"Also different: {', '.join(self.other)}.")
        lines.extend(f"({note})" for note in self.notes)
        return "\n".join(lines)


def _similarity(a: Claim, b: Claim) -> float:
    """A symmetric text similarity in [0, 1] (difflib's ratio, on the texts in a fixed
    order, since the ratio depends on which text comes first)."""
    x, y = sorted((a.text.casefold(), b.text.casefold()))
    return round(difflib.SequenceMatcher(None, x, y, autojunk=False).ratio(), 4)


def _match(left: Debate, right: Debate, threshold: float) -> tuple[list[ClaimMatch], list[str]]:
    notes: list[str] = []
    right_ids = set(right.claim_ids)
    matches = [ClaimMatch(c, c, "id", 1.0) for c in left.claim_ids if c in right_ids]
    rest_left = [c for c in left.claims if c.id not in right_ids]
    left_ids = set(left.claim_ids)
    rest_right = [c for c in right.claims if c.id not in left_ids]
    if len(rest_left) * len(rest_right) > MAX_TEXT_PAIRS:
        notes.append(
            f"{len(rest_left)} x {len(rest_right)} unmatched claims: too many to compare "
            "texts, matched by id only"
        )
        return matches, notes
    pairs = []
    for a in rest_left:
        for b in rest_right:
            score = _similarity(a, b)
            if score >= threshold:
                # The key is the same whichever map is on the left: the comparison is
                # symmetric, ties included.
                key = (-score, *sorted(((a.text, a.id), (b.text, b.id))))
                pairs.append((key, a.id, b.id, score))
    pairs.sort()
    taken_left: set[str] = set()
    taken_right: set[str] = set()
    for _, a_id, b_id, score in pairs:
        if a_id in taken_left or b_id in taken_right:
            continue
        taken_left.add(a_id)
        taken_right.add(b_id)
        matches.append(ClaimMatch(a_id, b_id, "text", score))
    order = {c: k for k, c in enumerate(left.claim_ids)}
    matches.sort(key=lambda m: order[m.left])
    return matches, notes


def _relation_keys(debate: Debate, name: dict[str, Any]) -> dict[Any, str]:
    """Each relation's key in the shared naming (undercut targets by their own key), with
    the relation's text in its own map's ids."""
    keys: dict[str, Any] = {}
    arguments = {a.id: a for a in debate.arguments}
    out: dict[Any, str] = {}
    for relation in debate.relations:  # supports and attacks come before undercuts
        if relation.kind is RelationKind.UNDERCUT:
            target_key = keys.get(relation.target)
            if target_key is None and relation.target in arguments:
                target_key = _argument_key(arguments[relation.target], name)
            key: Any = (relation.kind.value, name[relation.source], target_key)
        else:
            key = (relation.kind.value, name[relation.source], name[relation.target])
        keys[relation.id] = key
        out[key] = _relation_text(relation)
    return out


def _relation_text(relation: Relation) -> str:
    return f"{relation.source} {relation.kind.verb} {relation.target}"


def _argument_key(argument: Argument, name: dict[str, Any]) -> Any:
    return (
        "argument",
        tuple(sorted((name[p] for p in argument.premises), key=repr)),
        name[argument.conclusion],
        argument.scheme,
    )


def compare_maps(
    left: Debate,
    right: Debate,
    semantics: Semantics | str = "grounded",
    support: SupportReading | str = "evidential",
    *,
    threshold: float = 0.6,
) -> MapComparison:
    """Compare two maps (see the module's docstring)."""
    sem, reading = Semantics.parse(semantics), SupportReading.parse(support)
    matches, notes = _match(left, right, threshold)
    # One shared name per claim: a matched pair's name is the pair; others their own side.
    left_name: dict[str, Any] = {c: ("left", c) for c in left.claim_ids}
    right_name: dict[str, Any] = {c: ("right", c) for c in right.claim_ids}
    for m in matches:
        left_name[m.left] = right_name[m.right] = ("both", m.left, m.right)
    right_name_mirror = {
        c: ("both", n[1], n[2]) if n[0] == "both" else n for c, n in right_name.items()
    }
    matched_left = {m.left for m in matches}
    matched_right = {m.right for m in matches}

    changed = []
    for m in matches:
        a, b = left.claim(m.left), right.claim(m.right)
        fields = tuple(f for f in _CLAIM_FIELDS if getattr(a, f) != getattr(b, f))
        if fields:
            changed.append((m.left, m.right, fields))

    left_relations = _relation_keys(left, left_name)
    right_relations = _relation_keys(right, right_name_mirror)
    left_arguments = {_argument_key(a, left_name): a.id for a in left.arguments}
    right_arguments = {_argument_key(a, right_name_mirror): a.id for a in right.arguments}

    left_result = evaluate_debate(left, sem, reading)
    right_result = evaluate_debate(right, sem, reading)
    verdicts = []
    for m in matches:
        lw = PLAIN_WORDS[left_result.overlay(m.left)]
        rw = PLAIN_WORDS[right_result.overlay(m.right)]
        if lw != rw:
            verdicts.append((m.left, m.right, lw, rw))

    other = tuple(
        field.name
        for field in attrs.fields(Debate)
        if field.eq
        and field.name not in ("claims", "relations", "arguments")
        and getattr(left, field.name) != getattr(right, field.name)
    )
    shown_elsewhere = (
        changed or left_relations.keys() != right_relations.keys()
        or left_arguments.keys() != right_arguments.keys()
        or matched_left != set(left.claim_ids) or matched_right != set(right.claim_ids)
    )  # fmt: skip
    extra = []
    for part in ("claims", "relations", "arguments"):
        # The lists above show what is missing or changed; what remains is order or ids.
        if getattr(left, part) != getattr(right, part) and not shown_elsewhere:
            extra.append(f"{part} (order, ids or details)")
    return MapComparison(
        sem,
        reading,
        tuple(matches),
        tuple(c for c in left.claim_ids if c not in matched_left),
        tuple(c for c in right.claim_ids if c not in matched_right),
        tuple(changed),
        tuple(t for k, t in left_relations.items() if k not in right_relations),
        tuple(t for k, t in right_relations.items() if k not in left_relations),
        tuple(i for k, i in left_arguments.items() if k not in right_arguments),
        tuple(i for k, i in right_arguments.items() if k not in left_arguments),
        tuple(verdicts),
        other + tuple(extra),
        tuple(notes),
    )
