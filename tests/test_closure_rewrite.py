"""The deductive and necessary closure, rewritten for speed (paths reversed once per derived
attack, the target side listed once per attack, the usual single way of cancelling handled
without a product), derives exactly what the loop it replaced derived: the same attacks, in
the same order, with the same kinds, traces and conditions, and so the same framework."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from strategies import argument_debates, rich_debates, small_debates

from argmap.debate import flatten
from argmap.debate.model import SupportReading
from argmap.debate.readings import DerivedAttack, _Flattener, _kind, _minimal


def _previous_closure(debate, reading: str, protected=frozenset()) -> list[DerivedAttack]:
    """The derived attacks as the closure computed them before the rewrite (kept verbatim)."""
    self = _Flattener(debate, SupportReading.parse(reading), frozenset(protected))
    for claim_id in debate.claim_ids:
        self._argument(claim_id)
    self._args_of = {c: (c,) for c in debate.claim_ids}
    deductive = self.reading is SupportReading.DEDUCTIVE
    for inference in self.inferences:
        self._support_edges(inference, deductive)
    cache: dict[Any, Any] = {}

    def reach(node, forward):
        key = (node, forward)
        if key not in cache:
            cache[key] = self._reach(node, forward)
        return cache[key]

    found: dict[tuple[str, str], list[Any]] = {}
    order: list[tuple[str, str]] = []
    for relation in debate.attacks:
        x, y = relation.source, relation.target
        own = frozenset({relation.id}) if relation.id in self.undercutters else frozenset()
        attacker_side = reach(x, forward=not deductive)
        target_side = reach(y, forward=not deductive)
        for a, a_entries in attacker_side.items():
            for c, c_entries in target_side.items():
                if self._blocked(a, c):
                    continue
                conditions = {ea | own | ec for ea, _ in a_entries for ec, _ in c_entries}
                a_path, c_path = a_entries[0][1], c_entries[0][1]
                if deductive:
                    a_chain, c_chain = tuple(reversed(a_path)), tuple(reversed(c_path))
                else:
                    a_chain, c_chain = a_path, c_path
                size = len(a_chain) + len(c_chain)
                key = (a, c)
                if key not in found:
                    found[key] = [set(), size, relation.id, a_chain, c_chain]
                    order.append(key)
                record = found[key]
                record[0] |= conditions
                if size < record[1]:
                    record[1:] = [size, relation.id, a_chain, c_chain]
    derived = []
    for a, c in order:
        conditions_set, _, via, a_chain, c_chain = found[(a, c)]
        kind = _kind(deductive, len(a_chain) > 1, len(c_chain) > 1)
        derived.append(DerivedAttack(a, c, kind, via, a_chain, c_chain, _minimal(conditions_set)))
    return derived


def _same(debate, protected=()) -> None:
    for reading in ("deductive", "necessary"):
        flat = flatten(debate, reading, protected)
        assert list(flat.attacks) == _previous_closure(debate, reading, protected)


@settings(max_examples=200)
@given(small_debates(max_claims=6))
def test_same_attacks_as_before_on_small_debates(debate):
    _same(debate)


@settings(max_examples=100)
@given(rich_debates())
def test_same_attacks_as_before_on_rich_debates(debate):
    _same(debate)
    _same(debate, protected=debate.claim_ids[:2])


@settings(max_examples=100)
@given(argument_debates(undercuts=True))
def test_same_attacks_as_before_with_linked_arguments(debate):
    _same(debate)
