"""Brute-force references for the support readings, written from the definitions.

Deductive and necessary readings: the closure of the attacks under the rules of
Cayrol and Lagasquie-Schiex (2013, IJAR 54(7)) and Nouioua and Risch (2010), applied one
support at a time until nothing changes. Evidential reading: Oren and Norman's
evidential argumentation systems (2008, COMMA) with set supports (a linked argument's
premises jointly support its conclusion) and binary attacks, a claim with no incoming
support being prima facie, evaluated by enumerating every set of claims.

Linked arguments (``docs/arguments.md``): under the necessary reading each premise is
necessary for the conclusion (:func:`necessary_pairs`); under the deductive reading the
premises are joined in a conjunction node ``N`` that supports the conclusion
(:func:`deductive_framework`). Both are then evaluated by enumerating every set of
arguments (``reference.reference_extensions``).
"""

from __future__ import annotations

from itertools import combinations


def deductive_closure(supports: set, attacks: set) -> set:
    """Supported (a ⇒ b → c gives a → c) and mediated (a → b, c ⇒ b gives a → c) attacks."""
    closed = set(attacks)
    while True:
        new = set()
        for a, b in supports:
            new |= {(a, c) for (x, c) in closed if x == b}  # supported
        for a, b in closed:
            new |= {(a, c) for (c, y) in supports if y == b}  # mediated
        if new <= closed:
            return closed
        closed |= new


def necessary_closure(supports: set, attacks: set) -> set:
    """Secondary (a → b, b ⇒ c gives a → c) and extended (b ⇒ a, b → c gives a → c)."""
    closed = set(attacks)
    while True:
        new = set()
        for a, b in closed:
            new |= {(a, c) for (x, c) in supports if x == b}  # secondary
        for b, a in supports:
            new |= {(a, c) for (x, c) in closed if x == b}  # extended
        if new <= closed:
            return closed
        closed |= new


def necessary_pairs(supports: set, arguments) -> set:
    """The binary necessary supports of a debate: its supports, and for each argument
    ``(premises, conclusion)`` one support from each premise."""
    return set(supports) | {(p, c) for premises, c in arguments for p in premises}


def deductive_framework(claims, supports: set, arguments, attacks: set):
    """``(A, R)``: claims plus one conjunction node ``Nk`` per argument with two or more
    premises, which supports the conclusion and is attacked by ``~p`` for each premise
    ``p`` (itself attacked by ``p``); attacks closed under supported and mediated attacks
    over the supports and the nodes' supports (a one-premise argument is a support)."""
    binary = set(supports)
    gadget = set()
    nodes = []
    for k, (premises, conclusion) in enumerate(arguments):
        if len(premises) == 1:
            binary.add((next(iter(premises)), conclusion))
            continue
        node = f"N{k}"  # (claim ids in the tests are c0, c1, ...)
        nodes.append(node)
        binary.add((node, conclusion))
        for p in premises:
            gadget |= {(p, f"~{p}"), (f"~{p}", node)}
    A = set(claims) | set(nodes) | {x for pair in gadget for x in pair}
    return A, deductive_closure(binary, attacks) | gadget


class Evidential:
    """An evidential argumentation system over ``claims`` with binary attacks and supports
    ``(supporters, target)``: a supporter is one claim, or a set of claims that support the
    target only together."""

    def __init__(self, claims, supports, attacks):
        self.claims = list(claims)
        self.supports = {
            (frozenset(s) if isinstance(s, frozenset | set | tuple) else frozenset([s]), t)
            for s, t in supports
        }
        self.attacks = set(attacks)
        self.prima_facie = {c for c in self.claims if not any(t == c for _, t in self.supports)}

    def e_supported(self, S) -> set:
        """Claims with evidential support from S: prima facie, or supported by a set of
        supporters all in S that all have evidential support from S."""
        reached = set(self.prima_facie)
        while True:
            more = {t for P, t in self.supports if reached >= P and P <= S} - reached
            if not more:
                return reached
            reached |= more

    def chains(self, x) -> list[frozenset]:
        """The subset-minimal sets of claims giving x evidential support (x included): the
        claims of a support chain or tree from prima facie claims."""
        sets = []
        for size in range(1, len(self.claims) + 1):
            for T in combinations(self.claims, size):
                T = frozenset(T)
                if x in T and x in self.e_supported(T) and not any(k <= T for k in sets):
                    sets.append(T)
        return sets

    def e_attacks(self, S, target) -> bool:
        """S attacks target with an attacker that S gives evidential support."""
        support = self.e_supported(S)
        return any(x in S and x in support for x, t in self.attacks if t == target)

    def acceptable(self, a, S) -> bool:
        if a not in self.e_supported(S):
            return False
        for x, t in self.attacks:
            if t != a:
                continue
            for T in self.chains(x):
                if not any(self.e_attacks(S, m) for m in T):
                    return False
        return True

    def conflict_free(self, S) -> bool:
        return not any(x in S and t in S for x, t in self.attacks)

    def admissible(self, S) -> bool:
        return self.conflict_free(S) and all(self.acceptable(a, S) for a in S)

    def preferred(self) -> set[frozenset]:
        adm = [
            frozenset(S)
            for size in range(len(self.claims) + 1)
            for S in combinations(self.claims, size)
            if self.admissible(frozenset(S))
        ]
        return {S for S in adm if not any(S < T for T in adm)}

    def grounded(self) -> frozenset:
        S: frozenset = frozenset()
        while True:
            nxt = frozenset(a for a in self.claims if self.acceptable(a, S))
            if nxt == S:
                return S
            S = nxt
