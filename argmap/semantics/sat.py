"""An optional SAT back end for the hard acceptance questions (``pip install 'argmap[sat]'``).

The pure-Python engine decides most frameworks by propagation; where a large strongly
connected core survives propagation, a CDCL SAT solver with clause learning does better.
This module encodes labellings in CNF and asks python-sat's solvers (CaDiCaL by default).
It sits in the semantics layer beside the engine; python-sat itself is imported only when a
question is solved, so the core works without it. :func:`argmap.credulous_acceptance`,
:func:`argmap.skeptical_acceptance` and :func:`argmap.some_extension` load this module
only when called with ``backend="sat"``.

Encoding (Besnard and Doutre 2004, "Checking the acceptability of a set of arguments",
NMR; as in Cerutti, Giacomin and Vallati's solvers): for every argument ``a`` two variables,
``in(a)`` and ``out(a)``, with ``out(a) ↔ ∨ in(b)`` over the attackers ``b`` of ``a``,
``in(a) → ¬out(a)`` (conflict-freeness), ``in(a) → out(b)`` for every attacker (defence:
admissible), ``(∧ out(b)) → in(a)`` (complete), and ``in(a) ∨ out(a)`` (stable).
Preferred extensions are complete extensions grown until no larger one exists; skeptical
preferred acceptance is a counterexample-guided loop (Cerutti et al. 2014, "Computing
preferred extensions in abstract argumentation: a SAT-based approach", TAFA).

Supported: credulous acceptance under admissible, complete, preferred and stable
semantics; skeptical acceptance under complete (= grounded), preferred and stable; one
extension under complete, preferred and stable.

>>> from argmap import ArgumentFramework
>>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
>>> credulous(af, "c", "preferred").accepted, sorted(credulous(af, "c", "preferred").witness)
(True, ['a', 'c'])
>>> skeptical(af, "c", "stable").accepted
False
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from argmap.errors import ArgmapError
from argmap.framework import ArgumentFramework
from argmap.semantics.names import Semantics
from argmap.semantics.tasks import Acceptance

__all__ = ["SAT_SEMANTICS", "credulous", "skeptical", "some"]

SAT_SEMANTICS = {
    "credulous": frozenset(
        {Semantics.ADMISSIBLE, Semantics.COMPLETE, Semantics.PREFERRED, Semantics.STABLE}
    ),
    "skeptical": frozenset(
        {Semantics.COMPLETE, Semantics.GROUNDED, Semantics.PREFERRED, Semantics.STABLE}
    ),
    "some": frozenset({Semantics.COMPLETE, Semantics.PREFERRED, Semantics.STABLE}),
}
SOLVER = "cadical153"


def _solver_class() -> Any:
    try:
        from pysat.solvers import Solver
    except ImportError:
        raise ArgmapError(
            "the SAT back end needs python-sat; install it with: pip install 'argmap[sat]'"
        ) from None
    return Solver


class _Encoding:
    """The CNF of a framework's labellings, in one incremental solver."""

    def __init__(self, af: ArgumentFramework, mode: Semantics):
        self.af = af
        self.n = len(af)
        self.selectors = 0
        self.solver = _solver_class()(name=SOLVER)
        predecessors = af.predecessors
        for a in range(self.n):
            ina, outa = self.in_(a), self.out(a)
            attackers = predecessors[a]
            # out(a) <-> OR in(b)
            self.solver.add_clause([-outa, *(self.in_(b) for b in attackers)])
            for b in attackers:
                self.solver.add_clause([outa, -self.in_(b)])
                if mode is not Semantics.CONFLICT_FREE:
                    self.solver.add_clause([-ina, self.out(b)])  # defended
            self.solver.add_clause([-ina, -outa])  # conflict-free
            if mode in (Semantics.COMPLETE, Semantics.PREFERRED, Semantics.STABLE):
                # every attacker OUT -> a IN
                self.solver.add_clause([ina, *(-self.out(b) for b in attackers)])
            if mode is Semantics.STABLE:
                self.solver.add_clause([ina, outa])

    def in_(self, a: int) -> int:
        return a + 1

    def out(self, a: int) -> int:
        return self.n + a + 1

    def solve(self, assumptions: list[int]) -> list[int] | None:
        if not self.solver.solve(assumptions=assumptions):
            return None
        model = self.solver.get_model() or []
        true = {v for v in model if v > 0}
        return [a for a in range(self.n) if a + 1 in true]

    def grow(self, members: list[int]) -> list[int]:
        """A complete extension containing ``members`` that no complete extension extends:
        a preferred one (grown one SAT call at a time)."""
        current = members
        while True:
            inside = set(current)
            outside = [self.in_(a) for a in range(self.n) if a not in inside]
            if not outside:
                return current
            self.selectors += 1
            selector = 2 * self.n + self.selectors  # a fresh variable past in/out
            self.solver.add_clause([-selector, *outside])
            bigger = self.solve([*(self.in_(a) for a in current), selector])
            self.solver.add_clause([-selector])  # retire this growth clause
            if bigger is None:
                return current
            current = bigger

    def close(self) -> None:
        self.solver.delete()


def _check(kind: str, semantics: Semantics | str) -> Semantics:
    sem = Semantics.parse(semantics)
    if sem not in SAT_SEMANTICS[kind]:
        names = ", ".join(sorted(s.title for s in SAT_SEMANTICS[kind]))
        raise ArgmapError(
            f"the SAT back end answers {kind} questions under {names}, not {sem.title}; "
            "use backend='python'"
        )
    return sem


def credulous(af: ArgumentFramework, argument: Hashable, semantics: Semantics | str) -> Acceptance:
    """Is ``argument`` in some extension? With a witness extension (a preferred one for
    preferred semantics)."""
    sem = _check("credulous", semantics)
    target = af.index(argument)
    mode = Semantics.STABLE if sem is Semantics.STABLE else Semantics.COMPLETE
    encoding = _Encoding(af, Semantics.ADMISSIBLE if sem is Semantics.ADMISSIBLE else mode)
    try:
        found = encoding.solve([encoding.in_(target)])
        if found is None:
            return Acceptance(False)
        if sem is Semantics.PREFERRED:
            found = encoding.grow(found)
        return Acceptance(True, af.arguments_at(found))
    finally:
        encoding.close()


def skeptical(af: ArgumentFramework, argument: Hashable, semantics: Semantics | str) -> Acceptance:
    """Is ``argument`` in every extension? With a counter-extension when not."""
    sem = _check("skeptical", semantics)
    target = af.index(argument)
    if sem in (Semantics.COMPLETE, Semantics.GROUNDED):
        from argmap.semantics.grounded import grounded_indices

        grounded = grounded_indices(af)
        if target in grounded:
            return Acceptance(True)
        return Acceptance(False, af.arguments_at(grounded))
    if sem is Semantics.STABLE:
        encoding = _Encoding(af, Semantics.STABLE)
        try:
            found = encoding.solve([-encoding.in_(target)])
            return Acceptance(True) if found is None else Acceptance(False, af.arguments_at(found))
        finally:
            encoding.close()
    encoding = _Encoding(af, Semantics.COMPLETE)
    try:
        while True:
            # a complete extension without the argument, not inside a preferred one found so far
            candidate = encoding.solve([-encoding.in_(target)])
            if candidate is None:
                return Acceptance(True)
            preferred = encoding.grow(candidate)
            if target not in preferred:
                return Acceptance(False, af.arguments_at(preferred))
            inside = set(preferred)
            encoding.solver.add_clause([encoding.in_(a) for a in range(len(af)) if a not in inside])
    finally:
        encoding.close()


def some(af: ArgumentFramework, semantics: Semantics | str) -> frozenset[Hashable] | None:
    """One extension, or None when there is none."""
    sem = _check("some", semantics)
    encoding = _Encoding(af, Semantics.STABLE if sem is Semantics.STABLE else Semantics.COMPLETE)
    try:
        found = encoding.solve([])
        if found is None:
            return None
        if sem is Semantics.PREFERRED:
            found = encoding.grow(found)
        return af.arguments_at(found)
    finally:
        encoding.close()
