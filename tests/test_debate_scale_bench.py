"""The generator of bench/debate_scale.py: seeded, exactly the sizes asked, a Kialo-like tree
under the thesis plus cross-links of every kind."""

from __future__ import annotations

from debate_scale import kialo_map


def test_kialo_maps_have_the_sizes_asked_and_are_seeded():
    debate = kialo_map(60, 240, seed=3)
    assert len(debate.claims) == 60
    assert len(debate.relations) == 240
    assert {r.kind.value for r in debate.relations} == {"support", "attack", "undercut"}
    assert kialo_map(60, 240, seed=3) == debate
    assert kialo_map(60, 240, seed=4) != debate
    # the tree: every claim but the thesis relates to an earlier claim
    earlier = {
        r.source
        for r in debate.relations
        if r.kind.value != "undercut" and int(r.source[1:]) > int(r.target[1:])
    }
    assert earlier == set(debate.claim_ids[1:])
