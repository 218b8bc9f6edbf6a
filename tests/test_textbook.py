"""Textbook examples from the literature, with their expected extensions worked by hand.

Each test names its source. Expected values are written out, not computed.
"""

from __future__ import annotations

import pytest

from argmap import ArgumentFramework, credulous_acceptance, extensions, skeptical_acceptance


def ext(af, sem):
    return {frozenset(e) for e in extensions(af, sem)}


def sets(*members):
    return {frozenset(m) for m in members}


def test_nixon_diamond_dung_1995():
    """Dung (1995), Section 2: Nixon is a quaker (so a pacifist) and a republican (so not)."""
    af = ArgumentFramework.from_attacks([("pacifist", "hawk"), ("hawk", "pacifist")])
    assert ext(af, "GR") == sets(())
    assert ext(af, "PR") == sets({"pacifist"}, {"hawk"})
    assert ext(af, "ST") == sets({"pacifist"}, {"hawk"})
    assert ext(af, "CO") == sets((), {"pacifist"}, {"hawk"})
    assert ext(af, "ID") == sets(())


def test_reinstatement_chain_dung_1995():
    """Dung (1995): c is attacked by b, which a attacks; a reinstates c."""
    af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c")])
    for sem in ("GR", "PR", "ST", "CO", "SST", "STG", "ID", "EAG", "CF2", "STG2"):
        assert ext(af, sem) == sets({"a", "c"}), sem


def test_odd_cycle_baroni_giacomin_guida_2005():
    """Baroni, Giacomin and Guida (2005), the three-cycle that motivates cf2: admissibility
    rejects every argument, cf2 treats the cycle like an even one."""
    af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a")])
    assert ext(af, "PR") == sets(())
    assert ext(af, "ST") == set()
    assert ext(af, "SST") == sets(())
    assert ext(af, "CF2") == sets({"a"}, {"b"}, {"c"})
    assert ext(af, "STG") == sets({"a"}, {"b"}, {"c"})
    assert ext(af, "NAI") == sets({"a"}, {"b"}, {"c"})


def test_odd_cycle_with_a_tail_cf2_baroni_giacomin_guida_2005():
    """A three-cycle a, b, c with c attacking d: under cf2, d is accepted exactly when c is
    not (Baroni, Giacomin and Guida 2005 discuss this pattern)."""
    af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])
    assert ext(af, "CF2") == sets({"a", "d"}, {"b", "d"}, {"c"})
    assert ext(af, "PR") == sets(())


def test_semi_stable_differs_from_preferred_caminada_2006():
    """Caminada (2006), Semi-stable semantics: a and b attack each other, b attacks the
    three-cycle c, d, e. {a} is preferred but leaves the cycle undecided; {b, d} decides
    everything, so it is the only semi-stable (and stable) extension."""
    af = ArgumentFramework.from_attacks(
        [("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("d", "e"), ("e", "c")]
    )
    assert ext(af, "PR") == sets({"a"}, {"b", "d"})
    assert ext(af, "ST") == sets({"b", "d"})
    assert ext(af, "SST") == sets({"b", "d"})
    assert ext(af, "EAG") == sets({"b", "d"})
    assert ext(af, "ID") == sets(())
    assert ext(af, "GR") == sets(())


def test_floating_acceptance_dung_mancarella_toni_2007():
    """Dung, Mancarella and Toni (2007): a and b attack each other and both attack c, which
    attacks d. d is in every preferred extension, but {d} is not admissible, so the
    ideal extension is empty, like the grounded one."""
    af = ArgumentFramework.from_attacks(
        [("a", "b"), ("b", "a"), ("a", "c"), ("b", "c"), ("c", "d")]
    )
    assert ext(af, "PR") == sets({"a", "d"}, {"b", "d"})
    assert skeptical_acceptance(af, "d", "PR").accepted
    assert ext(af, "ID") == sets(())
    assert ext(af, "GR") == sets(())


def test_ideal_larger_than_grounded_dung_mancarella_toni_2007():
    """Dung, Mancarella and Toni (2007): a and b attack each other and b attacks itself. The
    grounded extension is empty; the ideal extension is {a}."""
    af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "b")])
    assert ext(af, "GR") == sets(())
    assert ext(af, "ID") == sets({"a"})
    assert ext(af, "PR") == sets({"a"})


def test_iccma_2023_rules_example():
    """ICCMA 2023 rules, input-format example: a->b, b->d, d->e, e->d, e->e (a..e = 1..5)."""
    af = ArgumentFramework.from_attacks([(1, 2), (2, 4), (4, 5), (5, 4), (5, 5)], arguments=[3])
    assert ext(af, "GR") == sets({1, 3})
    assert ext(af, "CO") == sets({1, 3}, {1, 3, 4})
    assert ext(af, "PR") == sets({1, 3, 4})
    assert ext(af, "ST") == sets({1, 3, 4})
    assert credulous_acceptance(af, 4, "PR").witness == {1, 3, 4}
    answer = skeptical_acceptance(af, 4, "CO")
    assert not answer.accepted and answer.witness == {1, 3}


@pytest.mark.parametrize("sem", ["ST", "PR", "SST", "STG"])
def test_stable_exists_then_range_semantics_agree_caminada_2006(sem):
    """Caminada (2006): when stable extensions exist, semi-stable and stage coincide with them."""
    af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c"), ("c", "d")])
    assert ext(af, sem) == sets({"a", "c"}, {"b", "d"})
