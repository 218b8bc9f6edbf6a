"""Support readings against brute-force references, and textbook cases with sources."""

from __future__ import annotations

import pytest
from bipolar_reference import Evidential, deductive_closure, necessary_closure
from hypothesis import given, settings
from strategies import small_debates

from argmap.debate import DebateBuilder, evaluate, flatten
from argmap.semantics import Label


def _pairs(debate, kind):
    return {(r.source, r.target) for r in debate.relations_of(kind)}


@settings(max_examples=300)
@given(small_debates(undercuts=False))
def test_deductive_attacks_are_the_closure_under_supported_and_mediated_attacks(debate):
    flat = flatten(debate, "deductive")
    expected = deductive_closure(_pairs(debate, "support"), _pairs(debate, "attack"))
    assert {(d.attacker, d.target) for d in flat.attacks} == expected
    assert set(flat.framework.attacks) == expected  # no undercuts: no meta-arguments


@settings(max_examples=300)
@given(small_debates(undercuts=False))
def test_necessary_attacks_are_the_closure_under_secondary_and_extended_attacks(debate):
    flat = flatten(debate, "necessary")
    expected = necessary_closure(_pairs(debate, "support"), _pairs(debate, "attack"))
    assert {(d.attacker, d.target) for d in flat.attacks} == expected
    assert set(flat.framework.attacks) == expected


@settings(max_examples=300)
@given(small_debates(undercuts=False))
def test_none_reading_keeps_exactly_the_attacks(debate):
    assert set(flatten(debate, "none").framework.attacks) == _pairs(debate, "attack")


@settings(max_examples=300)
@given(small_debates(undercuts=False))
def test_derived_attack_traces_are_real_support_chains(debate):
    supports = _pairs(debate, "support")
    attacks = _pairs(debate, "attack")
    for reading in ("deductive", "necessary"):
        for d in flatten(debate, reading).attacks:
            chain_links = list(zip(d.attacker_chain, d.attacker_chain[1:], strict=False))
            chain_links += list(zip(d.target_chain, d.target_chain[1:], strict=False))
            assert all(link in supports for link in chain_links)
            if reading == "deductive":
                assert d.attacker_chain[0] == d.attacker and d.target_chain[0] == d.target
                assert (d.attacker_chain[-1], d.target_chain[-1]) in attacks
            else:
                assert d.attacker_chain[-1] == d.attacker and d.target_chain[-1] == d.target
                assert (d.attacker_chain[0], d.target_chain[0]) in attacks
            assert debate.relation(d.via).kind.value == "attack"
            assert d.explain().startswith(f"{d.attacker} attacks {d.target}")


def _evidential_reference(debate):
    return Evidential(debate.claim_ids, _pairs(debate, "support"), _pairs(debate, "attack"))


@settings(max_examples=200)
@given(small_debates(max_claims=5, undercuts=False))
def test_evidential_preferred_matches_oren_and_norman(debate):
    result = evaluate(debate, "preferred", "evidential")
    assert set(result.extensions) == _evidential_reference(debate).preferred()


@settings(max_examples=200)
@given(small_debates(max_claims=5, undercuts=False))
def test_evidential_grounded_matches_oren_and_norman(debate):
    result = evaluate(debate, "grounded", "evidential")
    grounded = _evidential_reference(debate).grounded()
    assert result.extensions == (grounded,)
    assert {c for c in debate.claim_ids if result.grounded_label(c) is Label.IN} == grounded


def _with_fresh_undercutters(debate, killed: bool):
    """The debate plus, for each relation undercut in ``debate``, a fresh claim that
    undercuts it instead (and, when ``killed``, a fresh unattacked claim attacking each
    fresh undercutter); the original undercuts are dropped."""
    b = DebateBuilder(debate.question)
    for c in debate.claims:
        b.claim(c.id, c.text, stance=c.stance.value)
    for r in debate.supports:
        b.supports(r.source, r.target)
    for r in debate.attacks:
        b.attacks(r.source, r.target)
    for i, r in enumerate(debate.undercuts):
        b.claim(f"u{i}", "undercutter")
        b.undercuts(f"u{i}", r.target)
        if killed:
            b.claim(f"k{i}", "killer")
            b.attacks(f"k{i}", f"u{i}")
    return b.build()


def _without(debate, drop_targets: bool, evidential: bool = False):
    """The debate without its undercuts and, when ``drop_targets``, without the relations
    they undercut.

    Under the evidential reading a claim with a support needs evidence; cancelling the
    support must not make it prima facie. So there a dropped support is replaced by one
    from a dead claim (in a support cycle that no evidence reaches).
    """
    b = DebateBuilder(debate.question)
    for c in debate.claims:
        b.claim(c.id, c.text)
    gone = {u.target for u in debate.undercuts} if drop_targets else set()
    if evidential and gone:
        b.claim("dead0", "no evidence")
        b.claim("dead1", "no evidence")
        b.supports("dead0", "dead1")
        b.supports("dead1", "dead0")
    for r in debate.relations:
        if r.kind.value == "support" and r.id not in gone:
            b.supports(r.source, r.target)
        elif r.kind.value == "support" and evidential:
            b.supports("dead0", r.target, id=f"dead for {r.id}")
        elif r.kind.value == "attack" and r.id not in gone:
            b.attacks(r.source, r.target)
    return b.build()


def _statuses(debate, semantics, reading, claims):
    result = evaluate(debate, semantics, reading)
    return {c: (result.status(c), result.grounded_label(c)) for c in claims}


@settings(max_examples=150)
@pytest.mark.parametrize("reading", ["deductive", "necessary", "evidential", "none"])
@given(debate=small_debates(max_claims=5))
def test_an_unanswered_undercut_cancels_the_relation(reading, debate):
    with_undercut = _with_fresh_undercutters(debate, killed=False)
    without_relation = _without(debate, drop_targets=True, evidential=reading == "evidential")
    for semantics in ("grounded", "preferred", "stable"):
        assert _statuses(with_undercut, semantics, reading, debate.claim_ids) == _statuses(
            without_relation, semantics, reading, debate.claim_ids
        )


@settings(max_examples=150)
@pytest.mark.parametrize("reading", ["deductive", "necessary", "evidential", "none"])
@given(debate=small_debates(max_claims=5))
def test_a_defeated_undercut_changes_nothing(reading, debate):
    with_undercut = _with_fresh_undercutters(debate, killed=True)
    plain = _without(debate, drop_targets=False)
    for semantics in ("grounded", "preferred", "stable"):
        assert _statuses(with_undercut, semantics, reading, debate.claim_ids) == _statuses(
            plain, semantics, reading, debate.claim_ids
        )
