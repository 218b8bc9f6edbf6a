"""The benchmark generators are seeded: the same call gives the same framework."""

from __future__ import annotations

import pytest
from generators import barabasi_albert, erdos_renyi, even_cycles, watts_strogatz

CALLS = [
    (erdos_renyi, (60, 150)),
    (barabasi_albert, (60, 2)),
    (watts_strogatz, (60, 4, 0.3)),
    (even_cycles, (60,)),
]


@pytest.mark.parametrize(("make", "args"), CALLS, ids=lambda x: getattr(x, "__name__", ""))
def test_same_seed_same_framework(make, args):
    first = make(*args, seed=3)
    assert first == make(*args, seed=3)
    assert first != make(*args, seed=4)
    assert first.arguments == tuple(range(1, 61))


def test_erdos_renyi_has_exactly_m_attacks_and_no_self_attacks():
    af = erdos_renyi(50, 300, seed=1)
    assert af.num_attacks == 300
    assert all(a != b for a, b in af.attacks)
    with pytest.raises(ValueError):
        erdos_renyi(3, 10)


def test_even_cycles_are_rich_in_extensions():
    from argmap import count_extensions

    af = even_cycles(16, seed=2)
    assert count_extensions(af, "ST") >= 4
