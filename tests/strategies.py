"""Hypothesis strategies for small argumentation frameworks."""

from __future__ import annotations

from hypothesis import strategies as st

from argmap import ArgumentFramework


@st.composite
def small_frameworks(draw, max_arguments: int = 9, string_labels: bool | None = None):
    """Frameworks of 0..max_arguments arguments, any attacks, self-attacks included.

    Labels are ints or strings; the attack density varies from none to dense.
    """
    n = draw(st.integers(0, max_arguments))
    if string_labels is None:
        string_labels = draw(st.booleans())
    labels = [f"a{i}" for i in range(n)] if string_labels else list(range(n))
    if n == 0:
        return ArgumentFramework([], [])
    pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1))
    attacks = draw(st.lists(pairs, max_size=3 * n))
    order = draw(st.permutations(labels))
    return ArgumentFramework(order, [(labels[a], labels[b]) for a, b in attacks])


def as_indices(af: ArgumentFramework):
    """``(A, R)`` on indices, the form the reference implementation takes."""
    A = set(range(len(af)))
    R = {(i, j) for i, row in enumerate(af.successors) for j in row}
    return A, R
