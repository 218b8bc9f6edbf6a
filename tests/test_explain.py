"""Explanations checked mechanically against the definitions (tests/reference.py) on random
frameworks: every certificate they give must hold, and every answer must be right."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference import reference_extensions
from strategies import as_indices, small_debates, small_frameworks

from argmap import ArgumentFramework, Semantics
from argmap.explain import explain_credulous, explain_skeptical, grounded_explanation
from argmap.explain.acceptance import CONTAIN_GROUNDED
from argmap.semantics import Label, grounded_labelling

ALL = [s for s in Semantics]


def _reference(af: ArgumentFramework, sem: Semantics) -> set[frozenset]:
    A, R = as_indices(af)
    return {frozenset(af.arguments_at(sorted(e))) for e in reference_extensions(sem.code, A, R)}


@settings(max_examples=300)
@given(small_frameworks(max_arguments=8))
def test_grounded_steps_are_right_and_justified(af):
    explanation = grounded_explanation(af)
    labelling = grounded_labelling(af)
    rounds = {s.argument: s.round for s in explanation.steps}
    for argument in af.arguments:
        assert explanation.label(argument) is labelling.label(argument)
    for step in explanation.steps:
        attackers = set(af.attackers(step.argument))
        if step.label is Label.IN:
            assert set(step.because) == attackers
            assert all(
                explanation.label(b) is Label.OUT and rounds[b] < step.round for b in attackers
            )
        else:
            (killer,) = step.because
            assert killer in attackers and explanation.label(killer) is Label.IN
            assert rounds[killer] <= step.round
    assert set(explanation.undecided) == {
        a for a in af.arguments if labelling.label(a) is Label.UNDEC
    }
    for argument in af.arguments:
        assert explanation.text_for(argument)  # every label has words


@settings(max_examples=300)
@given(small_frameworks(max_arguments=7), st.sampled_from(ALL), st.data())
def test_credulous_explanations_hold(af, sem, data):
    if len(af) == 0:
        return
    argument = data.draw(st.sampled_from(af.arguments))
    explanation = explain_credulous(af, argument, sem)
    reference = _reference(af, sem)
    assert explanation.accepted == any(argument in e for e in reference)
    if explanation.accepted:
        assert explanation.witness in reference and argument in explanation.witness
        if explanation.admissible_set is not None:
            core = explanation.admissible_set
            assert argument in core and core <= explanation.witness
            assert af.is_admissible(core)
            answered = {(d.member, d.attacker) for d in explanation.defences}
            for member in core:
                for attacker in af.attackers(member):
                    assert (member, attacker) in answered
            for d in explanation.defences:
                assert d.member in core and d.answered_by in core
                assert d.attacker in af.attackers(d.member) and d.answered_by in af.attackers(
                    d.attacker
                )
    elif explanation.method == "self-attack":
        assert argument in af.attackers(argument)
    elif explanation.method == "unattacked attacker":
        assert any(not af.attackers(b) for b in af.attackers(argument))
    elif explanation.method == "grounded labelling":
        assert grounded_labelling(af).label(argument) is Label.OUT
    else:
        assert explanation.method == "exhaustive search"


@settings(max_examples=300)
@given(small_frameworks(max_arguments=7), st.sampled_from(ALL), st.data())
def test_skeptical_explanations_hold(af, sem, data):
    if len(af) == 0:
        return
    argument = data.draw(st.sampled_from(af.arguments))
    explanation = explain_skeptical(af, argument, sem)
    reference = _reference(af, sem)
    assert explanation.accepted == all(argument in e for e in reference)
    if not explanation.accepted:
        assert explanation.counter_extension in reference
        assert argument not in explanation.counter_extension
    elif explanation.method == "grounded extension":
        assert grounded_labelling(af).label(argument) is Label.IN
    elif explanation.method == "no extension":
        assert reference == set()


@settings(max_examples=300)
@given(
    small_frameworks(max_arguments=7),
    st.sampled_from(sorted(CONTAIN_GROUNDED, key=lambda s: s.code)),
)
def test_semantics_said_to_contain_the_grounded_extension_do(af, sem):
    grounded = frozenset(a for a in af.arguments if grounded_labelling(af).label(a) is Label.IN)
    assert all(grounded <= e for e in _reference(af, sem))


def test_textbook_reinstatement_dispute():
    # Dung (1995), AIJ 77, Example 1's shape: c defends a against b.
    af = ArgumentFramework.from_attacks([("b", "a"), ("c", "b")])
    explanation = explain_credulous(af, "a", "preferred")
    assert explanation.admissible_set == {"a", "c"}
    assert [(d.member, d.attacker, d.answered_by) for d in explanation.defences] == [
        ("a", "b", "c")
    ]
    rejected = explain_credulous(af, "b", "preferred")
    assert rejected.method == "unattacked attacker"
    assert (
        rejected.reason == "c attacks b and nothing attacks c, so no admissible set can defend b."
    )


def test_undecided_reason_names_the_cycle():
    af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
    assert grounded_explanation(af).text_for("c") == (
        "c is UNDEC: no round makes it IN or OUT; b attacks it and is itself undecided "
        "(a cycle of attacks that nothing outside settles)."
    )


@pytest.mark.parametrize("sem", ["grounded", "preferred", "stable"])
def test_skeptical_reasons_name_their_method(sem):
    af = ArgumentFramework.from_attacks([("b", "a"), ("c", "b")])
    explanation = explain_skeptical(af, "a", sem)
    assert explanation.method == "grounded extension"
    assert explanation.text().startswith(
        f"a is in the grounded extension, which every {sem} extension contains:"
    )


@settings(max_examples=150)
@given(
    small_debates(max_claims=5),
    st.sampled_from(["grounded", "preferred", "stable", "semi-stable"]),
    st.sampled_from(["evidential", "deductive", "necessary", "none"]),
    st.data(),
)
def test_claim_explanations_hold_on_the_flattened_framework(debate, sem, reading, data):
    from argmap.debate import evaluate
    from argmap.explain import explain_claim

    claim = data.draw(st.sampled_from(debate.claim_ids))
    result = evaluate(debate, sem, reading)
    explanation = explain_claim(debate, claim, evaluation=result)
    af = result.flattening.framework
    assert explanation.status is result.status(claim)
    assert explanation.text().startswith(f"{claim}: ")
    if explanation.credulous is not None:
        assert explanation.credulous.accepted == (result.status(claim).value != "rejected")
        if explanation.credulous.admissible_set is not None:
            core = explanation.credulous.admissible_set
            assert af.is_admissible(core)
            assert core & set(result.flattening.arguments_of[claim])
    if explanation.counter_extension is not None:
        assert explanation.counter_extension in result.extensions
        assert claim not in explanation.counter_extension
    assert set(explanation.claims) <= set(debate.claim_ids) and claim in explanation.claims


@settings(max_examples=150)
@given(
    small_debates(max_claims=5), st.sampled_from(["evidential", "deductive", "necessary", "none"])
)
def test_claim_rounds_end_at_the_grounded_statuses(debate, reading):
    from argmap.debate import evaluate
    from argmap.explain import grounded_claim_rounds

    result = evaluate(debate, "grounded", reading)
    states = grounded_claim_rounds(result.flattening)
    final = {"IN": "accepted", "OUT": "rejected", "UNDEC": "undecided"}
    assert states[-1] == {c: final[result.grounded_label(c).name] for c in debate.claim_ids}
    for before, after in itertools.pairwise(states):  # decisions are never revised
        assert all(after[c] == v for c, v in before.items() if v is not None)
