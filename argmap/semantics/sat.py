"""An optional SAT back end (``pip install 'argmap[sat]'``): enumeration, counting and
acceptance with a CDCL solver.

The pure-Python engine decides most frameworks by propagation; where a large, dense
strongly connected core survives propagation, a SAT solver with clause learning does
better. This module encodes labellings in CNF and asks python-sat's solvers (CaDiCaL by
default). It sits in the semantics layer beside the engine; python-sat itself is imported
only when a question is solved, so the core works without it. The task functions of
:mod:`argmap.semantics.tasks` load it for ``backend="sat"`` (and for ``backend="auto"``
when python-sat is installed; see docs/performance.md).

**Encoding** (Besnard and Doutre 2004, "Checking the acceptability of a set of arguments",
NMR; as in Cerutti, Giacomin and Vallati's solvers): for every argument ``a`` two variables,
``in(a)`` and ``out(a)``, with ``out(a) ↔ ∨ in(b)`` over the attackers ``b`` of ``a`` (so
the labelling is the canonical one of its IN set), ``in(a) → ¬out(a)`` (conflict-free),
``in(a) → out(b)`` for every attacker (admissible), ``(∧ out(b)) → in(a)`` (complete) and
``in(a) ∨ out(a)`` (stable). For range questions a third variable ``r(a) → in(a) ∨ out(a)``
lets a solver call assume "``a`` is in the range". The clauses are built from the
framework's integer adjacency.

**Algorithms.** Complete, admissible and stable extensions are the models, each blocked
once found. Preferred extensions by counterexample-guided search (Cerutti, Giacomin,
Vallati and Zanella 2014; Cegartix, µ-toksia and pygarg do the same): find an admissible
set not inside a preferred extension found before, grow it one solver call at a time
under assumptions until no admissible set is larger, report it, block everything inside
it. Semi-stable and stage extensions by range maximisation (Dvořák, Järvisalo, Wallner and Woltran,
"Complexity-sensitive decision procedures for abstract argumentation", Artificial
Intelligence 206, 2014): find a complete (conflict-free) labelling whose range is not inside
a maximal range found before, grow its range the same way, report every extension with
exactly that range, block every range inside it. Skeptical and credulous acceptance under
semi-stable and stage semantics run the same loop with the query argument assumed out (in)
and stop at the first witness. The ideal extension is the largest admissible set of
credulously accepted arguments that no credulously accepted argument attacks (Dunne 2009;
see :mod:`argmap.semantics.ideal`), the eager one the largest admissible subset of the
skeptically semi-stable accepted arguments. A framework of unlinked parts is solved one
weakly connected component at a time (one solver each; :mod:`argmap.semantics.components`).

>>> from argmap import ArgumentFramework
>>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
>>> credulous(af, "c", "preferred").accepted, sorted(credulous(af, "c", "preferred").witness)
(True, ['a', 'c'])
>>> skeptical(af, "c", "stable").accepted
False
>>> sorted(sorted(af.arguments_at(e)) for e in extension_indices(af, "semi-stable"))
[['a', 'c'], ['b']]
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from typing import Any

from argmap.errors import ArgmapError
from argmap.framework import ArgumentFramework
from argmap.semantics.components import Split, product, split
from argmap.semantics.grounded import grounded_indices
from argmap.semantics.ideal import largest_admissible_subset
from argmap.semantics.names import Semantics
from argmap.semantics.tasks import Acceptance

__all__ = [
    "SAT_SEMANTICS",
    "count",
    "credulous",
    "extension_indices",
    "skeptical",
    "some",
]

_ANSWERED = frozenset(
    {
        Semantics.ADMISSIBLE,
        Semantics.COMPLETE,
        Semantics.GROUNDED,
        Semantics.PREFERRED,
        Semantics.STABLE,
        Semantics.SEMI_STABLE,
        Semantics.STAGE,
        Semantics.IDEAL,
        Semantics.EAGER,
    }
)
SAT_SEMANTICS = {
    "credulous": _ANSWERED,
    "skeptical": _ANSWERED,
    "some": _ANSWERED,
    "enumerate": _ANSWERED,
}
SOLVER = "cadical153"
_CONFLICTS_PER_CALL = 20_000

_UNIQUE = (Semantics.GROUNDED, Semantics.IDEAL, Semantics.EAGER)
_RANGE = (Semantics.SEMI_STABLE, Semantics.STAGE)


def _solver_class() -> Any:
    try:
        from pysat.solvers import Solver
    except ImportError:
        raise ArgmapError(
            "the SAT back end needs python-sat; install it with: pip install 'argmap[sat]'"
        ) from None
    return Solver


class _Encoding:
    """The CNF of a framework's labellings under one constraint mode, in one incremental
    solver. ``mode`` is conflict-free, admissible, complete or stable."""

    def __init__(
        self,
        af: ArgumentFramework,
        mode: Semantics,
        ranges: bool = False,
        stable_upto: int | None = None,
    ):
        n = len(af)
        stable_upto = n if stable_upto is None else stable_upto
        self.n = n
        self.solver = _solver_class()(name=SOLVER)
        self.next_var = 3 * n + 1
        clauses: list[list[int]] = []
        self.lean = mode is Semantics.STABLE and stable_upto == n and not ranges
        if self.lean:
            # Stable extensions need no OUT variables: conflict-free, and every argument in
            # or attacked by a member (the encoding pygarg uses; smaller, so faster).
            for a, attackers in enumerate(af.predecessors):
                clauses.append([a + 1, *(b + 1 for b in attackers)])
                clauses.extend([-(a + 1), -(b + 1)] for b in attackers)
            self.solver.append_formula(clauses)
            self.solver.set_phases(range(1, n + 1))
            return
        defend = mode is not Semantics.CONFLICT_FREE
        complete = mode in (Semantics.COMPLETE, Semantics.STABLE)
        for a, attackers in enumerate(af.predecessors):
            ina, outa = a + 1, n + a + 1
            clauses.append([-outa, *(b + 1 for b in attackers)])  # out(a) -> some attacker in
            for b in attackers:
                clauses.append([outa, -(b + 1)])  # an attacker in -> out(a)
                if defend:
                    clauses.append([-ina, n + b + 1])  # in(a) -> attacker out
            clauses.append([-ina, -outa])  # conflict-free
            if complete:
                clauses.append([ina, *(-(n + b + 1) for b in attackers)])
            if mode is Semantics.STABLE and a < stable_upto:
                clauses.append([ina, outa])
            if ranges:
                clauses.append([-(2 * n + a + 1), ina, outa])  # r(a) -> in range
        self.solver.append_formula(clauses)
        # Prefer IN when the solver decides: larger sets first, so growing a complete
        # extension to a preferred one (or a range to a maximal one) takes fewer calls.
        self.solver.set_phases(range(1, n + 1))

    def in_(self, a: int) -> int:
        return a + 1

    def out(self, a: int) -> int:
        return self.n + a + 1

    def in_range(self, a: int) -> int:
        return 2 * self.n + a + 1

    def fresh(self) -> int:
        self.next_var += 1
        return self.next_var - 1

    def solve(self, assumptions: list[int]) -> tuple[list[int], list[int]] | None:
        """The IN and OUT indices of a model, or None when there is none."""
        while True:
            # In slices of conflicts: CaDiCaL holds the interpreter while it solves, so a
            # time limit (argmap solve --timeout, a signal handler) can only act between calls.
            self.solver.conf_budget(_CONFLICTS_PER_CALL)
            status = self.solver.solve_limited(assumptions=assumptions)
            if status is not None:
                break
        if not status:
            return None
        model = self.solver.get_model() or []
        n = self.n
        if self.lean:  # no OUT variables: stable, so OUT is everything else
            members = [a for a in range(n) if model[a] > 0]
            inside = set(members)
            return members, [a for a in range(n) if a not in inside]
        return (
            [a for a in range(n) if model[a] > 0],
            [a for a in range(n) if model[n + a] > 0],
        )

    def add(self, clause: list[int]) -> None:
        self.solver.add_clause(clause)

    def grow_in(self, found: tuple[list[int], list[int]]) -> tuple[list[int], list[int]]:
        """A model whose IN set contains ``found``'s and that no model's IN set strictly
        contains: a preferred extension."""
        current = found
        while True:
            inside = set(current[0])
            outside = [self.in_(a) for a in range(self.n) if a not in inside]
            if not outside:
                return current
            selector = self.fresh()
            self.add([-selector, *outside])
            bigger = self.solve([*(self.in_(a) for a in current[0]), selector])
            self.add([-selector])  # retire this growth clause
            if bigger is None:
                return current
            current = bigger

    def grow_range(self, found: tuple[list[int], list[int]]) -> tuple[list[int], list[int]]:
        """A model whose range contains ``found``'s and that no model's range strictly
        contains: the range of a semi-stable (stage) extension."""
        current = found
        while True:
            covered = set(current[0]) | set(current[1])
            outside = [a for a in range(self.n) if a not in covered]
            if not outside:
                return current
            selector = self.fresh()
            self.add([-selector, *(lit for a in outside for lit in (self.in_(a), self.out(a)))])
            bigger = self.solve([*(self.in_range(a) for a in sorted(covered)), selector])
            self.add([-selector])
            if bigger is None:
                return current
            current = bigger

    def exactly_range(self, covered: set[int]) -> list[int]:
        """Assumptions for "the range is exactly ``covered``"."""
        lits = []
        for a in range(self.n):
            if a in covered:
                lits.append(self.in_range(a))
            else:
                lits.extend((-self.in_(a), -self.out(a)))
        return lits

    def block_range_inside(self, covered: set[int]) -> bool:
        """From now on only ranges not inside ``covered``; False when none can be left."""
        outside = [a for a in range(self.n) if a not in covered]
        if not outside:
            return False
        self.add([lit for a in outside for lit in (self.in_(a), self.out(a))])
        return True

    def models(self, assumptions: list[int]) -> Iterator[list[int]]:
        """Every IN set of a model under ``assumptions``, each once, lazily; the blocking
        clauses are switched off afterwards."""
        selector = self.fresh()
        try:
            while True:
                found = self.solve([*assumptions, selector])
                if found is None:
                    return
                yield found[0]
                inside = set(found[0])
                self.add(
                    [
                        -selector,
                        *(-self.in_(a) if a in inside else self.in_(a) for a in range(self.n)),
                    ]
                )
        finally:
            self.add([-selector])

    def close(self) -> None:
        self.solver.delete()


def _check(kind: str, semantics: Semantics | str) -> Semantics:
    sem = Semantics.parse(semantics)
    if sem not in SAT_SEMANTICS[kind]:
        names = ", ".join(sorted(s.title for s in SAT_SEMANTICS[kind]))
        raise ArgmapError(
            f"the SAT back end answers {kind} questions under {names}, not {sem.title}; "
            "use backend='search'"
        )
    return sem


def _base(sem: Semantics) -> Semantics:
    """The constraint mode whose models the semantics selects from."""
    if sem is Semantics.STABLE:
        return Semantics.STABLE
    if sem in (Semantics.ADMISSIBLE, Semantics.PREFERRED):
        # preferred extensions are the maximal admissible sets; the admissible encoding is
        # smaller than the complete one (AFGen n150p3q34n EE-PR: 8.2 s against 10.2 s)
        return Semantics.ADMISSIBLE
    if sem is Semantics.STAGE:
        return Semantics.CONFLICT_FREE
    return Semantics.COMPLETE


# -- one weakly connected component ----------------------------------------------------------


def _part_extensions(af: ArgumentFramework, sem: Semantics) -> Iterator[list[int]]:
    """Every extension of ``af`` (sorted indices), lazily, in the solver's order."""
    if sem in _UNIQUE:
        yield _unique(af, sem)
        return
    encoding = _Encoding(af, _base(sem), ranges=sem in _RANGE)
    try:
        if sem in (Semantics.ADMISSIBLE, Semantics.COMPLETE, Semantics.STABLE):
            yield from encoding.models([])
        elif sem is Semantics.PREFERRED:
            yield from _preferred(encoding, len(af))
        else:
            while True:
                found = encoding.solve([])
                if found is None:
                    return
                grown = encoding.grow_range(found)
                covered = set(grown[0]) | set(grown[1])
                yield from encoding.models(encoding.exactly_range(covered))
                if not encoding.block_range_inside(covered):
                    return
    finally:
        encoding.close()


def _range_witness(af: ArgumentFramework, sem: Semantics, want: int) -> list[int] | None:
    """A semi-stable (stage) extension with the query literal ``want`` true: the query
    argument in (positive) or out (negative); None when there is none."""
    encoding = _Encoding(af, _base(sem), ranges=True)
    try:
        while True:
            found = encoding.solve([want])
            if found is None:
                return None
            grown = encoding.grow_range(found)
            covered = set(grown[0]) | set(grown[1])
            witness = encoding.solve([*encoding.exactly_range(covered), want])
            if witness is not None:
                return witness[0]
            if not encoding.block_range_inside(covered):
                return None
    finally:
        encoding.close()


def _part_witness(
    af: ArgumentFramework, target: int, sem: Semantics, wanted: bool
) -> list[int] | None:
    """An extension of ``af`` that contains ``target`` (``wanted``) or lacks it."""
    if sem in _UNIQUE:
        ext = _unique(af, sem)
        return ext if (target in ext) == wanted else None
    if sem in _RANGE:
        return _range_witness(af, sem, target + 1 if wanted else -(target + 1))
    if sem is Semantics.COMPLETE and not wanted:
        ext = grounded_indices(af)
        return ext if target not in ext else None
    encoding = _Encoding(af, _base(sem))
    try:
        want = encoding.in_(target) if wanted else -encoding.in_(target)
        if sem is not Semantics.PREFERRED:
            found = encoding.solve([want])
            return None if found is None else found[0]
        if wanted:
            found = encoding.solve([want])
            return None if found is None else encoding.grow_in(found)[0]
        while True:  # a preferred extension without the target (Cerutti et al. 2014)
            found = encoding.solve([want])
            if found is None:
                return None
            members = encoding.grow_in(found)[0]
            if target not in members:
                return members
            inside = set(members)
            encoding.add([encoding.in_(a) for a in range(len(af)) if a not in inside])
    finally:
        encoding.close()


def _unique(af: ArgumentFramework, sem: Semantics) -> list[int]:
    if sem is Semantics.GROUNDED:
        return grounded_indices(af)
    if sem is Semantics.IDEAL:
        return _ideal(af)
    return _eager(af)


def _ideal(af: ArgumentFramework) -> list[int]:
    """Dunne 2009: the largest admissible subset of the credulously accepted arguments that
    no credulously accepted argument attacks."""
    n = len(af)
    status: list[bool | None] = [None] * n
    for a in grounded_indices(af):
        status[a] = True
        for b in af.successors[a]:
            status[b] = False
    encoding = _Encoding(af, Semantics.COMPLETE)
    try:
        for target in range(n):
            if status[target] is None:
                found = encoding.solve([encoding.in_(target)])
                if found is None:
                    status[target] = False
                else:
                    for a in found[0]:
                        status[a] = True
    finally:
        encoding.close()
    candidates = [
        a for a in range(n) if status[a] and not any(status[b] for b in af.predecessors[a])
    ]
    return largest_admissible_subset(af, candidates)


def _eager(af: ArgumentFramework) -> list[int]:
    """The largest admissible subset of the arguments in every semi-stable extension,
    found by asking, argument by argument, for a semi-stable extension without it (each
    one found removes everything it lacks)."""
    first = next(_part_extensions(af, Semantics.SEMI_STABLE))
    common = set(first)
    for target in sorted(common):
        if target in common:
            without = _range_witness(af, Semantics.SEMI_STABLE, -(target + 1))
            if without is not None:
                common.intersection_update(without)
    return largest_admissible_subset(af, common)


def component_labellings(af: ArgumentFramework, size: int, stable: bool) -> list[list[int]]:
    """The preferred (``stable``: stable) labellings of the first ``size`` arguments of
    ``af``, as label codes of :mod:`argmap.semantics._search`: for one strongly connected
    component of :mod:`argmap.semantics.decomposition`, whose stand-ins for outside
    attackers follow ``size`` (stable semantics leaves them alone)."""
    from argmap.semantics._search import IN, OUT, UNDEC

    encoding = _Encoding(af, Semantics.STABLE if stable else Semantics.ADMISSIBLE, False, size)
    found: list[list[int]] = []
    try:
        if stable:
            extensions: Iterator[list[int]] = encoding.models([])
        else:
            extensions = _preferred(encoding, len(af))
        for members in extensions:
            labels = [UNDEC] * len(af)
            for a in members:
                labels[a] = IN
            for a in members:
                for b in af.successors[a]:
                    labels[b] = OUT
            found.append(labels[:size])
    finally:
        encoding.close()
    return found


def _preferred(encoding: _Encoding, n: int) -> Iterator[list[int]]:
    """The IN sets of the preferred extensions, by growth and blocking (CEGAR)."""
    while True:
        found = encoding.solve([])
        if found is None:
            return
        members = encoding.grow_in(found)[0]
        yield members
        inside = set(members)
        outside = [encoding.in_(a) for a in range(n) if a not in inside]
        if not outside:
            return
        encoding.add(outside)  # from now on, not inside this one


# -- the whole framework, component by component -----------------------------------------------


def _lists(parts: Split, sem: Semantics) -> list[list[list[int]]]:
    return [
        [parts.globalise(k, ext) for ext in _part_extensions(part, sem)]
        for k, part in enumerate(parts.parts)
    ]


def extension_indices(af: ArgumentFramework, semantics: Semantics | str) -> Iterator[list[int]]:
    """Every extension as sorted indices, lazily (EE). A framework of unlinked parts gives
    the products of its components' extensions, the last component varying fastest."""
    sem = _check("enumerate", semantics)
    parts = split(af)
    if len(parts.parts) <= 1 or sem in _UNIQUE:
        if not parts.parts:
            return iter([[]])
        if sem in _UNIQUE:
            return iter([_unique_whole(af, sem)])
        return _part_extensions(af, sem)
    return product(_lists(parts, sem))


def _unique_whole(af: ArgumentFramework, sem: Semantics) -> list[int]:
    """The one extension of a unique-status semantics, component by component."""
    parts = split(af)
    found: list[int] = []
    for k, part in enumerate(parts.parts):
        found.extend(parts.globalise(k, _unique(part, sem)))
    return sorted(found)


def count(af: ArgumentFramework, semantics: Semantics | str) -> int:
    """The number of extensions (CE), multiplied over weakly connected components."""
    sem = _check("enumerate", semantics)
    if sem in _UNIQUE:
        return 1
    total = 1
    for part in split(af).parts:
        total *= sum(1 for _ in _part_extensions(part, sem))
        if not total:
            break
    return total


def _some_indices(af: ArgumentFramework, sem: Semantics) -> list[int] | None:
    if sem in (Semantics.GROUNDED, Semantics.COMPLETE, Semantics.ADMISSIBLE):
        return grounded_indices(af)
    parts = split(af)
    chosen: list[int] = []
    for k, part in enumerate(parts.parts):
        ext = next(_part_extensions(part, sem), None)
        if ext is None:
            return None
        chosen.extend(parts.globalise(k, ext))
    return sorted(chosen)


def some(af: ArgumentFramework, semantics: Semantics | str) -> frozenset[Hashable] | None:
    """One extension (SE), or None when there is none."""
    found = _some_indices(af, _check("some", semantics))
    return None if found is None else af.arguments_at(found)


def _witness(
    af: ArgumentFramework, target: int, sem: Semantics, wanted: bool
) -> tuple[bool, list[int] | None]:
    """Whether an extension with (``wanted``) or without the target exists, and a whole
    extension that shows it. False with no witness also when there are no extensions."""
    parts = split(af)
    k = parts.component_of[target]
    ext = _part_witness(parts.parts[k], parts.local[target], sem, wanted)
    if ext is None:
        return False, None
    chosen = parts.globalise(k, ext)
    for j, part in enumerate(parts.parts):
        if j != k:
            other = next(_part_extensions(part, sem), None)
            if other is None:  # a component without extensions: the whole has none
                return False, None
            chosen.extend(parts.globalise(j, other))
    return True, sorted(chosen)


def credulous(af: ArgumentFramework, argument: Hashable, semantics: Semantics | str) -> Acceptance:
    """Is ``argument`` in some extension (DC)? With a witness extension."""
    sem = _check("credulous", semantics)
    found, ext = _witness(af, af.index(argument), sem, wanted=True)
    return (
        Acceptance(True, af.arguments_at(ext)) if found and ext is not None else Acceptance(False)
    )


def skeptical(af: ArgumentFramework, argument: Hashable, semantics: Semantics | str) -> Acceptance:
    """Is ``argument`` in every extension (DS)? With a counter-extension when not. With no
    extension at all (stable semantics), every argument is accepted, as in ICCMA."""
    sem = _check("skeptical", semantics)
    found, ext = _witness(af, af.index(argument), sem, wanted=False)
    if found and ext is not None:
        return Acceptance(False, af.arguments_at(ext))
    return Acceptance(True)
