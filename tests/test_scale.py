"""Large inputs never reach Python's recursion limit (no recursion grows with the input)."""

from __future__ import annotations

import sys

import pytest

from argmap import ArgumentFramework, credulous_acceptance, extensions
from argmap.framework import strongly_connected_components
from argmap.semantics.grounded import grounded_indices

MILLION = 1_000_000

# Each of these finishes in seconds; a regression to exponential search or to recursion would
# run on for hours. The limits are several times the time on a loaded 2-core machine.
pytestmark = pytest.mark.timeout(60)


def chain(n: int) -> ArgumentFramework:
    """0 -> 1 -> ... -> n: n attacks."""
    return ArgumentFramework._from_indexed(tuple(range(n + 1)), [[i + 1] for i in range(n)] + [[]])


@pytest.mark.slow
@pytest.mark.timeout(180)  # about 30 s on a loaded 2-core machine
def test_a_million_attacks_in_a_chain():
    assert sys.getrecursionlimit() < MILLION
    af = chain(MILLION)
    assert af.num_attacks == MILLION
    grounded = grounded_indices(af)
    assert len(grounded) == MILLION // 2 + 1 and grounded[:3] == [0, 2, 4]
    assert len(strongly_connected_components(af.successors)) == MILLION + 1
    answer = credulous_acceptance(af, MILLION, "ST")
    assert answer.accepted and len(answer.witness) == MILLION // 2 + 1


@pytest.mark.slow
def test_propagation_around_a_long_even_cycle():
    n = 200_000
    af = ArgumentFramework._from_indexed(tuple(range(n)), [[(i + 1) % n] for i in range(n)])
    answer = credulous_acceptance(af, 1, "PR")
    assert answer.accepted and answer.witness == frozenset(range(1, n, 2))


def test_cf2_on_a_long_chain_of_cycles():
    # Three-cycles in a row, each attacking the next: every SCC-recursion level is a frame
    # on an explicit stack.
    blocks = 3_000
    successors: list[list[int]] = [[] for _ in range(3 * blocks)]
    for b in range(blocks):
        x, y, z = 3 * b, 3 * b + 1, 3 * b + 2
        successors[x].append(y)
        successors[y].append(z)
        successors[z].append(x)
        if b + 1 < blocks:
            successors[z].append(3 * (b + 1))
    af = ArgumentFramework._from_indexed(tuple(range(3 * blocks)), successors)
    found = next(extensions(af, "CF2"))
    assert af.is_conflict_free(found)


def test_stage_does_not_list_every_naive_set_when_stable_extensions_exist():
    # 60 disjoint two-cycles: 2^60 naive sets, all of them stable. Listing every naive set
    # before the first stage extension would never end; stable extensions are the stage
    # extensions here (Verheij 1996), and the first comes at once.
    from argmap.semantics import extensions

    af = ArgumentFramework.from_attacks(
        [(f"a{i}", f"b{i}") for i in range(60)] + [(f"b{i}", f"a{i}") for i in range(60)]
    )
    first = next(extensions(af, "stage"))
    assert len(first) == 60 and af.is_stable(first)
    assert len(next(extensions(af, "stage2"))) == 60


def test_stable_search_jumps_back_past_components_that_cannot_matter():
    # An odd cycle (no stable labelling) that the search reaches after 40 independent
    # two-cycles (listed first, it comes last in the topological order): without
    # backjumping the search would try all 2^40 choices of the two-cycles first.
    from argmap.framework import strongly_connected_components
    from argmap.semantics import count_extensions, some_extension

    attacks = [("x", "y"), ("y", "z"), ("z", "x")]
    attacks += [(f"p{i}", f"q{i}") for i in range(40)] + [(f"q{i}", f"p{i}") for i in range(40)]
    af = ArgumentFramework.from_attacks(attacks)
    components = strongly_connected_components(af.successors)
    assert af.index("x") in components[-1]
    assert some_extension(af, "stable") is None
    assert count_extensions(af, "stable") == 0
