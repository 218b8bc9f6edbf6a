"""Evaluation part by part (each weakly connected component of the flattened framework)
against the brute-force reference: every extension of the whole framework listed from the
definitions (tests/reference.py), each claim's and argument's status counted over them. And
the bounded list: at most MAX_EXTENSIONS extensions, "more" exactly when the framework has
more; a part with more is asked argument by argument under the semantics whose questions
are targeted searches, refused only where an argument of the debate or a claim of several
framework arguments needs every extension of it."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from reference import reference_extensions, restrict
from strategies import argument_debates, as_indices, small_debates, small_frameworks

from argmap.debate import DebateBuilder, Status, flatten
from argmap.debate import evaluation as evaluation_module
from argmap.debate.evaluation import evaluate_flattening
from argmap.errors import ArgmapError
from argmap.semantics import Semantics
from argmap.semantics.ideal import semi_stable_lacking
from argmap.semantics.optimal import in_set
from argmap.semantics.sat import SAT_SEMANTICS

READINGS = ["evidential", "deductive", "necessary", "none"]
#: the brute-force reference lists every subset: flattened frameworks up to this size
LARGEST = 9


def _weak_components(A, R):
    """The weakly connected components of (A, R), by repeated merging (a reference, not
    the library's breadth-first search)."""
    parts = [{a} for a in A]
    for a, b in R:
        pa = next(p for p in parts if a in p)
        pb = next(p for p in parts if b in p)
        if pa is not pb:
            pa |= pb
            parts.remove(pb)
    return parts


def _backends(sem):
    return ["auto", "search", "sat"] if sem in SAT_SEMANTICS["enumerate"] else ["auto", "search"]


def _reference(flat, sem):
    af = flat.framework
    A = set(af.arguments)
    R = set(af.attacks)
    every = reference_extensions(sem.code, A, R)
    parts = [reference_extensions(sem.code, *restrict(A, R, p)) for p in _weak_components(A, R)]
    return every, parts


def _status(hits, count):
    if count and hits == count:
        return Status.ACCEPTED
    return Status.CREDULOUS if hits else Status.REJECTED


debates = st.one_of(
    small_debates(max_claims=5), argument_debates(max_claims=5, max_arguments=2, undercuts=True)
)


@settings(max_examples=40)
@pytest.mark.parametrize("semantics", [s.title for s in Semantics])
@given(debate=debates, reading=st.sampled_from(READINGS), limit=st.integers(1, 5), data=st.data())
def test_statuses_and_the_bounded_list_match_the_reference(semantics, debate, reading, limit, data):
    sem = Semantics.parse(semantics)
    flat = flatten(debate, reading)
    assume(len(flat.framework) <= LARGEST)
    backend = data.draw(st.sampled_from(_backends(sem)), label="backend")
    every, parts = _reference(flat, sem)
    claim_of = {a: c for c, args in flat.arguments_of.items() for a in args}
    claim_sets = [frozenset(claim_of[a] for a in e if a in claim_of) for e in every]

    with mock.patch.object(evaluation_module, "MAX_EXTENSIONS", limit):
        try:
            result = evaluate_flattening(flat, sem, backend=backend)
        except ArgmapError as error:
            # refused only where a part is too large to list, and either the semantics'
            # questions walk the extensions (naive, semi-stable, stage, cf2, stage2), or an
            # argument of the debate, or a claim of several framework arguments, lies in it
            assert any(len(p) > limit for p in parts), error
            assert (
                sem not in evaluation_module._ASKED_BY_ARGUMENT
                or debate.arguments
                or any(len(a) > 1 for a in flat.arguments_of.values())
            )
            assert f"more than {limit:,} " in str(error)
            limit = max(len(p) for p in parts)
            with mock.patch.object(evaluation_module, "MAX_EXTENSIONS", limit):
                result = evaluate_flattening(flat, sem, backend=backend)

    assert result.more_extensions == (len(every) > limit)
    assert set(result.extensions) <= set(claim_sets)
    assert len(result.extensions) <= limit
    if not result.more_extensions:
        assert set(result.extensions) == set(claim_sets)
    for claim_id in debate.claim_ids:
        hits = sum(1 for claims in claim_sets if claim_id in claims)
        assert result.status(claim_id) is _status(hits, len(every)), claim_id
        without = result.extension_without(claim_id)
        if result.status(claim_id) is Status.ACCEPTED or not every:
            assert without is None
        else:
            assert without in claim_sets and claim_id not in without
    for argument in debate.arguments:
        hits = 0
        for e, claims in zip(every, claim_sets, strict=True):
            hits += argument.id in evaluation_module._standing(debate, flat, e, claims)
        assert result.argument_status(argument.id) is _status(hits, len(every)), argument.id


def test_sixty_unlinked_disputes_and_a_triangle_are_evaluated_without_listing():
    """2^60 preferred (semi-stable, stage) extensions: each claim of a dispute is credulous,
    the triangle's claims are rejected (stage: credulous), ideal and eager accept nothing."""
    b = DebateBuilder("Sixty disputes and a triangle?")
    for i in range(60):
        b.claim(f"a{i}", f"yes {i}")
        b.claim(f"b{i}", f"no {i}")
        b.attacks(f"a{i}", f"b{i}")
        b.attacks(f"b{i}", f"a{i}")
    for claim in "xyz":
        b.claim(claim, claim)
    for source, target in ("xy", "yz", "zx"):
        b.attacks(source, target)
    debate = b.build()
    disputes = tuple(f"{x}{i}" for i in range(60) for x in "ab")
    for semantics, triangle in (("semi-stable", "rejected"), ("stage", "credulous")):
        result = debate.evaluate(semantics)
        assert result.more_extensions and result.extension_summary == "more than 10,000 extensions"
        assert len(result.extensions) == evaluation_module.MAX_EXTENSIONS
        assert set(result.credulous) >= set(disputes) and not result.accepted
        assert {result.status(c).value for c in "xyz"} == {triangle}
    for semantics in ("ideal", "eager"):
        result = debate.evaluate(semantics)
        assert not result.more_extensions and result.extensions == (frozenset(),)
        assert result.rejected == debate.claim_ids


@settings(max_examples=200)
@given(af=small_frameworks())
def test_a_semi_stable_extension_lacking_an_argument_is_found_without_listing(af):
    """The range-maximisation loop behind eager semantics (argmap.semantics.ideal) against
    the reference: None exactly when every semi-stable extension holds the argument, else a
    semi-stable extension without it."""
    A, R = as_indices(af)
    semi_stable = reference_extensions("SST", A, R)
    for target in range(len(af)):
        found = semi_stable_lacking(af, target)
        if all(target in e for e in semi_stable):
            assert found is None
        else:
            assert found is not None and frozenset(in_set(found)) in semi_stable
            assert target not in in_set(found)
