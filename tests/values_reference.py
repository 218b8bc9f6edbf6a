"""Value-based argumentation written straight from the definitions, for the tests.

Bench-Capon, "Persuasion in practical argument using value-based argumentation
frameworks", J. Logic Comput. 13(3), 2003: a VAF is (AR, attacks, V, val, P); for an
audience (an ordering of V) an argument A *defeats* B iff A attacks B and B's value is not
preferred to A's (Definition 5 there); the audience's framework is the defeat graph, and
an argument is *objectively acceptable* if it is in every preferred extension for every
audience (every total order of V), *subjectively acceptable* if for some (Definition 6).

argmap lets an argument promote several values or none; the comparison it documents
(docs/values.md) is written here independently: B resists A's attack iff both promote a
value and B's best value ranks strictly above A's best value. ``rank`` maps a value to
its tier (0 highest); values it does not name share the tier below all it names.
"""

from __future__ import annotations

import itertools

from reference import reference_extensions


def tier(rank: dict, value) -> int:
    return rank.get(value, len(set(rank.values())) if rank else 0)


def resists(rank: dict, target_values, attacker_values) -> bool:
    if not target_values or not attacker_values:
        return False
    return min(tier(rank, v) for v in target_values) < min(tier(rank, v) for v in attacker_values)


def defeat_graph(attacks, values_of: dict, rank: dict) -> set:
    """Bench-Capon's Definition 5, with argmap's comparison of value sets."""
    return {(a, b) for a, b in attacks if not resists(rank, values_of[b], values_of[a])}


def total_orders(values):
    """Every total order of ``values``, as rank dicts (Bench-Capon's audiences)."""
    for order in itertools.permutations(values):
        yield {v: i for i, v in enumerate(order)}


def skeptically_accepted(code: str, arguments, defeats) -> set:
    extensions = reference_extensions(code, arguments, defeats)
    if not extensions:
        return set()
    return set.intersection(*(set(e) for e in extensions))


def standings(code: str, arguments, attacks, values_of: dict, values) -> dict:
    """Objective / subjective / indefensible per argument, over every total order."""
    accepted_for = {a: 0 for a in arguments}
    orders = 0
    for rank in total_orders(values):
        orders += 1
        for a in skeptically_accepted(code, arguments, defeat_graph(attacks, values_of, rank)):
            accepted_for[a] += 1
    return {
        a: "objective" if n == orders else "subjective" if n else "indefensible"
        for a, n in accepted_for.items()
    }
