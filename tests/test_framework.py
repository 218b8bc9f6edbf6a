"""The ArgumentFramework model: construction, queries, errors, determinism."""

from __future__ import annotations

import pytest
from hypothesis import given
from reference import sccs
from strategies import as_indices, small_frameworks

from argmap import (
    ArgumentFramework,
    ArgumentFrameworkBuilder,
    DuplicateArgumentError,
    FrameworkError,
    UnknownArgumentError,
)
from argmap.framework import strongly_connected_components


def test_duplicate_attacks_collapse_and_order_is_canonical():
    af = ArgumentFramework(["a", "b", "c"], [("b", "c"), ("a", "b"), ("b", "c")])
    assert af.attacks == (("a", "b"), ("b", "c"))
    assert af.num_attacks == 2
    assert af == ArgumentFramework(["a", "b", "c"], [("a", "b"), ("b", "c")])
    assert hash(af) == hash(ArgumentFramework(["a", "b", "c"], [("a", "b"), ("b", "c")]))


def test_arguments_keep_their_order_and_ints_work():
    af = ArgumentFramework([3, 1, 2], [(1, 3)])
    assert af.arguments == (3, 1, 2)
    assert af.attackers(3) == (1,)
    assert af.attacked_by(1) == (3,)
    assert 2 in af and 4 not in af and [1] not in af


def test_unknown_argument_in_attack_is_reported_with_a_fix():
    with pytest.raises(UnknownArgumentError) as info:
        ArgumentFramework(["a"], [("a", "z")])
    message = str(info.value)
    assert "'z'" in message and "from_attacks" in message


def test_duplicate_argument_is_reported():
    with pytest.raises(DuplicateArgumentError, match="listed twice"):
        ArgumentFramework(["a", "a"], [])


def test_bad_attack_shapes_are_reported():
    with pytest.raises(FrameworkError, match="pair"):
        ArgumentFramework(["a"], [("a",)])
    with pytest.raises(FrameworkError, match="hashable"):
        ArgumentFramework([["a"]], [])


def test_strings_are_not_attack_pairs():
    # "ab" unpacks into "a", "b": refused rather than read as a -> b
    with pytest.raises(FrameworkError, match="got the string 'ab'; write \\('a', 'b'\\)"):
        ArgumentFramework.from_attacks(["ab", "cd"])
    with pytest.raises(FrameworkError, match="got the string 'abc'"):
        ArgumentFramework(["a"], ["abc"])
    with pytest.raises(FrameworkError, match="got the string b'ab'"):
        ArgumentFramework.from_attacks([b"ab"])


@pytest.mark.parametrize(
    ("arguments", "attacks"),
    [
        ([1, True], []),
        ([1, 1.0], []),
        ([], [(1, 2), (True, 2)]),
        ([], [(1, 2), (2, 1.0)]),
        ([0], [(False, 1)]),
    ],
)
def test_arguments_equal_across_types_are_refused(arguments, attacks):
    with pytest.raises(FrameworkError, match="compare equal in Python"):
        ArgumentFramework.from_attacks(attacks, arguments)
    if arguments:
        with pytest.raises(FrameworkError, match="compare equal in Python"):
            ArgumentFramework(arguments + [a for pair in attacks for a in pair], attacks)


def test_same_type_duplicates_are_still_duplicates():
    with pytest.raises(DuplicateArgumentError, match="listed twice"):
        ArgumentFramework.from_attacks([("a", "b")], iter(["a", "a"]))
    assert ArgumentFramework.from_attacks([("a", "b")], iter(["z"])).arguments == ("z", "a", "b")


def test_unknown_argument_query():
    af = ArgumentFramework(["a", "b"], [])
    with pytest.raises(UnknownArgumentError, match="'c'; the framework has 2 arguments: 'a', 'b'"):
        af.attackers("c")


def test_from_mapping_refuses_targets_that_are_not_keys():
    with pytest.raises(UnknownArgumentError, match="'c'"):
        ArgumentFramework.from_mapping({"a": ["c"]})


def test_builder_reports_unknown_and_duplicate_arguments():
    b = ArgumentFrameworkBuilder()
    b.add_arguments("a", "b")
    with pytest.raises(DuplicateArgumentError):
        b.add_argument("a")
    b.add_attack("a", "x")
    with pytest.raises(UnknownArgumentError, match="'x'"):
        b.build()


def test_restrict_keeps_order_and_inner_attacks():
    af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("c", "a")])
    sub = af.restrict(["c", "a"])
    assert sub.arguments == ("a", "c")
    assert sub.attacks == (("c", "a"),)


def test_characteristic_function_and_checks():
    # Dung 1995, the chain a -> b -> c: F(∅) = {a}, F({a}) = {a, c}.
    af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c")])
    assert af.characteristic([]) == {"a"}
    assert af.characteristic({"a"}) == {"a", "c"}
    assert af.is_complete({"a", "c"}) and not af.is_complete({"a"})
    assert af.is_admissible({"a"}) and not af.is_admissible({"c"})
    assert af.is_stable({"a", "c"})
    assert af.defends({"a"}, "c") and not af.defends(set(), "c")
    assert af.range_of({"a"}) == {"a", "b"}


@given(af=small_frameworks())
def test_sccs_match_reachability_and_are_topologically_ordered(af):
    A, R = as_indices(af)
    components = strongly_connected_components(af.successors)
    assert {frozenset(c) for c in components} == set(sccs(A, R))
    position = {v: k for k, comp in enumerate(components) for v in comp}
    assert all(position[a] <= position[b] for a, b in R), "an attack goes to an earlier component"


@given(af=small_frameworks())
def test_predecessors_mirror_successors(af):
    for i, row in enumerate(af.successors):
        assert list(row) == sorted(set(row))
        for j in row:
            assert i in af.predecessors[j]
    assert af.in_degrees == tuple(len(p) for p in af.predecessors)
    assert ArgumentFramework(af.arguments, af.attacks) == af


def test_sccs_of_a_long_chain_need_no_recursion():
    n = 200_000
    af = ArgumentFramework._from_indexed(tuple(range(n)), [[i + 1] for i in range(n - 1)] + [[0]])
    components = strongly_connected_components(af.successors)
    assert len(components) == 1 and len(components[0]) == n


def test_repr_is_short_for_large_frameworks():
    af = ArgumentFramework._from_indexed(tuple(range(100)), [[] for _ in range(100)])
    assert repr(af) == "<ArgumentFramework: 100 arguments, 0 attacks>"
    assert repr(ArgumentFramework(["a"], [])) == "ArgumentFramework(['a'], [])"
