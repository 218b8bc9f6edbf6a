"""The generator of bench/debate_scale.py: seeded, exactly the sizes asked, a Kialo-like tree
under the thesis plus cross-links of every kind."""

from __future__ import annotations

from debate_scale import attack_chain, kialo_map


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


def test_acyclic_kialo_maps_point_every_support_up_the_tree():
    cyclic = kialo_map(200, 800, seed=0)
    acyclic = kialo_map(200, 800, seed=0, acyclic=True)
    assert len(acyclic.relations) == 800

    def downward(debate):
        return [r for r in debate.supports if int(r.source[1:]) < int(r.target[1:])]

    assert downward(cyclic) and not downward(acyclic)


def test_an_attack_chain_alternates_down_from_the_thesis():
    from argmap.debate import evaluate

    debate = attack_chain(7)
    assert [(r.source, r.target) for r in debate.attacks] == [
        (f"c{k}", f"c{k - 1}") for k in range(1, 7)
    ]
    assert not debate.supports and [c.id for c in debate.theses] == ["c0"]
    result = evaluate(debate, "grounded")
    # c6 is unattacked, so it stands, c5 falls, and so on down to the thesis
    assert [result.overlay(f"c{k}") for k in range(7)] == ["accepted", "rejected"] * 3 + [
        "accepted"
    ]
