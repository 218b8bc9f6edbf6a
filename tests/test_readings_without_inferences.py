"""Without supports or linked arguments the four support readings coincide: each flattens
the map into the same framework, so :func:`argmap.explain.plain.reading_note` returns None
without evaluating the other readings."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from argmap.debate import DebateBuilder, evaluate
from argmap.debate.model import SupportReading
from argmap.debate.readings import flatten
from argmap.explain.plain import note_from_words, reading_note
from tests.strategies import small_debates

SEMANTICS = ("grounded", "preferred", "stable", "complete", "semi-stable")


def _shape(debate, reading, protected):
    flat = flatten(debate, reading, protected)
    return flat.framework.arguments, frozenset(flat.framework.attacks), flat.arguments_of


@given(small_debates(max_claims=6, supports=False), st.data())
def test_every_reading_of_a_map_without_supports_is_the_same_framework(debate, data):
    protected = data.draw(st.sets(st.sampled_from(debate.claim_ids), max_size=2))
    shapes = [_shape(debate, reading, protected) for reading in SupportReading]
    assert all(shape == shapes[0] for shape in shapes[1:])


@given(
    small_debates(max_claims=6, supports=False, thesis=True),
    st.sampled_from(SupportReading),
    st.sampled_from(SEMANTICS),
)
def test_the_note_without_supports_is_the_one_evaluating_every_reading_gives(
    debate, reading, semantics
):
    here = evaluate(debate, semantics, reading)
    others = {
        other.value: {"c0": evaluate(debate, semantics, other).overlay("c0")}
        for other in SupportReading
    }
    long_way = note_from_words(["c0"], {"c0": here.overlay("c0")}, others, reading.value)
    assert long_way is None
    assert reading_note(here) is None


def test_with_a_support_the_readings_differ_and_the_note_says_so():
    """One support is enough for the readings to part: with the supporter s attacked by an
    unattacked a, the thesis t stands when the support is read deductively (s's acceptance
    would carry t, but t needs nothing from s) or ignored, and falls when s is read as
    necessary for t or as t's only evidence."""
    b = DebateBuilder("Q?")
    b.claim("t", "Thesis.", kind="thesis")
    b.claim("s", "Support.")
    b.claim("a", "Attacker of the support.")
    b.supports("s", "t")
    b.attacks("a", "s")
    debate = b.build()
    words = {r.value: evaluate(debate, "grounded", r).overlay("t") for r in SupportReading}
    assert words == {
        "deductive": "accepted",
        "necessary": "rejected",
        "evidential": "rejected",
        "none": "accepted",
    }
    assert reading_note(evaluate(debate, "grounded", "none")) is not None
