"""Seeded generators of ICCMA-style benchmark frameworks.

Every generator takes a ``seed`` and returns the same framework for the same
arguments on every machine (``random.Random`` is stable across platforms).
Arguments are the ints ``1..n``, as in ICCMA 2023 files.

- :func:`erdos_renyi`: ``m`` distinct attacks drawn uniformly (P. Erdős and
  A. Rényi, 1959), the "random" family of the ICCMA benchmarks;
- :func:`barabasi_albert`: preferential attachment (A.-L. Barabási and
  R. Albert, Science 286, 1999), each new argument attacking or attacked by
  ``k`` earlier ones chosen by degree;
- :func:`watts_strogatz`: a ring lattice with rewiring (D. J. Watts and
  S. H. Strogatz, Nature 393, 1998), each edge oriented at random;
- :func:`circulant`: every argument attacking the same offsets around a ring, a regular
  family in the style of strongly regular graphs;
- :func:`even_cycles`: chains of mutual attacks (two-cycles) and four-cycles
  linked by one-way attacks, rich in even cycles and so in extensions.
"""

from __future__ import annotations

import itertools
import random

from argmap import ArgumentFramework

__all__ = ["barabasi_albert", "circulant", "erdos_renyi", "even_cycles", "watts_strogatz"]


def _build(n: int, pairs) -> ArgumentFramework:
    successors: list[list[int]] = [[] for _ in range(n)]
    for a, b in pairs:
        successors[a].append(b)
    return ArgumentFramework._from_indexed(tuple(range(1, n + 1)), successors)


def erdos_renyi(n: int, m: int, seed: int = 0, self_attacks: bool = False) -> ArgumentFramework:
    """``n`` arguments and ``m`` distinct attacks drawn uniformly at random."""
    rng = random.Random(seed)
    possible = n * n if self_attacks else n * (n - 1)
    if m > possible:
        raise ValueError(f"at most {possible} attacks fit among {n} arguments")
    chosen: set[tuple[int, int]] = set()
    while len(chosen) < m:
        a = rng.randrange(n)
        b = rng.randrange(n)
        if a != b or self_attacks:
            chosen.add((a, b))
    return _build(n, sorted(chosen))


def barabasi_albert(n: int, k: int, seed: int = 0) -> ArgumentFramework:
    """Preferential attachment: argument ``i`` links to ``k`` earlier arguments by degree."""
    rng = random.Random(seed)
    pairs: set[tuple[int, int]] = set()
    ends: list[int] = list(range(min(k, n)))  # an argument appears once per incident attack
    for i in range(k, n):
        targets: set[int] = set()
        while len(targets) < k:
            targets.add(rng.choice(ends))
        for t in sorted(targets):
            pairs.add((i, t) if rng.random() < 0.5 else (t, i))
            ends.extend((i, t))
    return _build(n, sorted(pairs))


def watts_strogatz(n: int, k: int, beta: float, seed: int = 0) -> ArgumentFramework:
    """Each argument linked to its ``k`` nearest ring neighbours; each link rewired with
    probability ``beta``; every link becomes one attack in a random direction."""
    rng = random.Random(seed)
    pairs: set[tuple[int, int]] = set()
    for i in range(n):
        for step in range(1, k // 2 + 1):
            j = (i + step) % n
            if rng.random() < beta:
                j = rng.randrange(n)
                if j == i:
                    continue
            pairs.add((i, j) if rng.random() < 0.5 else (j, i))
    return _build(n, sorted(pairs))


def even_cycles(n: int, seed: int = 0, link_probability: float = 0.3) -> ArgumentFramework:
    """Blocks of two-cycles and four-cycles, each block attacking the next with
    probability ``link_probability``: many preferred and stable extensions."""
    rng = random.Random(seed)
    pairs: set[tuple[int, int]] = set()
    blocks: list[list[int]] = []
    i = 0
    while i < n:
        size = 2 if rng.random() < 0.5 or n - i < 4 else 4
        size = min(size, n - i)
        block = list(range(i, i + size))
        for a, b in zip(block, block[1:] + block[:1], strict=True):
            if a != b:
                pairs.add((a, b))
                if size == 2:
                    pairs.add((b, a))
        blocks.append(block)
        i += size
    for left, right in itertools.pairwise(blocks):
        if rng.random() < link_probability:
            pairs.add((rng.choice(left), rng.choice(right)))
    return _build(n, sorted(pairs))


def circulant(n: int, offsets: tuple[int, ...]) -> ArgumentFramework:
    """A regular framework in the style of strongly regular graphs: argument ``i`` attacks
    ``i + d (mod n)`` for every offset ``d``, so every argument attacks and is attacked by
    ``len(offsets)`` others and the framework looks the same from every argument (no
    randomness; an offset and its negative make mutual attacks)."""
    pairs = {(i, (i + d) % n) for i in range(n) for d in offsets if d % n}
    return _build(n, sorted(pairs))
