"""Gradual semantics: a strength in [0, 1] for every argument of a quantitative bipolar
argumentation framework (QBAF), from its base score and the strengths of its attackers and
supporters.

Methods (``method=``), each an aggregation of attackers and supporters combined with the
base score ``τ``:

``dfquad`` (Rago, Toni, Aurisicchio and Baroni 2016, "Discontinuity-free decision support
with quantitative argumentation debates", KR)
    ``va``, ``vs``: probabilistic sums ``1 − ∏(1 − v)`` of attackers' and supporters'
    strengths; ``σ = τ − τ·(va − vs)`` if ``va ≥ vs``, else ``σ = τ + (1 − τ)·(vs − va)``.
``quad`` (Baroni, Romano, Toni, Aurisicchio and Bertanza 2015, "Automatic evaluation of
design alternatives with quantitative argumentation", Argument & Computation 6(1))
    ``fa = τ·∏(1 − v)`` over attackers, ``fs = 1 − (1 − τ)·∏(1 − v)`` over supporters;
    ``σ`` is ``fa`` with attackers only, ``fs`` with supporters only, their mean with both,
    ``τ`` with neither.
``euler`` (Amgoud and Ben-Naim 2018, "Evaluation of arguments in weighted bipolar graphs",
IJAR 99)
    ``E = Σ supporters − Σ attackers``; ``σ = 1 − (1 − τ²) / (1 + τ·e^E)``.
``quadratic-energy`` (Potyka 2018, "Continuous dynamical systems for weighted bipolar
argumentation", KR)
    ``E`` as above, ``h(x) = max(x, 0)² / (1 + max(x, 0)²)``;
    ``σ = τ − τ·h(−E) + (1 − τ)·h(E)``.
``h-categoriser`` (Besnard and Hunter 2001, "A logic-based theory of deductive arguments",
AIJ 128; weighted form Amgoud, Ben-Naim, Doder and Vesic 2017, IJCAI), attack-only
    ``σ = τ / (1 + Σ attackers)``.

Linked arguments (several premises holding jointly for a conclusion, ``docs/arguments.md``)
are *linked supports*: a set of premises supporting a target. A linked support contributes
to its target as one supporter whose strength is the **minimum** of its premises' strengths,
the weakest link (Pollock 1995, *Cognitive Carpentry*, MIT Press, §3.3: a conclusion
inferred from several premises is no stronger than the weakest of them; Modgil and Prakken
2013, "A general account of argumentation with preferences", AIJ 195, the weakest-link
principle of ASPIC+). A one-premise argument is thus exactly a support, and in every method
its strength enters the aggregation wherever a supporter's does.

Acyclic graphs are solved exactly in one pass in topological order. A cycle is solved by
iterating its strongly connected component (Jacobi updates; if they do not settle, damped
updates, i.e. Euler steps of the continuous model) until the largest change is below
``tolerance``, for at most ``max_iterations`` rounds; the result says whether it converged,
so a number is never silently wrong.

>>> q = QBAF({"a": 0.5, "b": 0.8, "c": 0.6, "d": 0.4},
...          attacks=[("c", "a"), ("d", "c")], supports=[("b", "a")])
>>> r = strengths(q, "dfquad")
>>> round(r["a"], 6), round(r["c"], 6), r.converged
(0.72, 0.36, True)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from typing import Protocol, runtime_checkable

import attrs

from argmap._text import plural
from argmap.choices import Choice
from argmap.debate.model import Debate
from argmap.errors import ArgmapError
from argmap.framework import strongly_connected_components

__all__ = [
    "DEFAULT_BASE",
    "QBAF",
    "GradualMethod",
    "GradualResult",
    "ScoreTable",
    "contributions",
    "debate_qbaf",
    "debate_strengths",
    "strengths",
]


class GradualMethod(Choice):
    """A gradual semantics; see the module documentation for each formula."""

    DFQUAD = "dfquad"
    QUAD = "quad"
    EULER = "euler"
    QUADRATIC_ENERGY = "quadratic-energy"
    H_CATEGORISER = "h-categoriser"


#: The base score of an argument that has none: the neutral 0.5, except 1.0 for the
#: h-categoriser, whose classic unweighted form gives every argument 1.
DEFAULT_BASE = {method: 0.5 for method in GradualMethod} | {GradualMethod.H_CATEGORISER: 1.0}


@runtime_checkable
class ScoreTable(Protocol):
    """What :class:`QBAF` reads of its base scores: ``items()`` giving (argument, score)
    pairs, as a ``dict[str, float]`` does. (A ``Mapping[Hashable, float]`` would refuse a
    ``dict[str, float]``: a mapping's key type is invariant.)"""

    def items(self) -> Iterable[tuple[Hashable, float]]: ...


def _base_scores(scores: ScoreTable | Iterable[tuple[Hashable, float]]) -> dict[Hashable, float]:
    # A mapping or (argument, score) pairs, as dict() takes them.
    return dict(scores.items() if isinstance(scores, ScoreTable) else scores)


def _pairs(pairs: Iterable[tuple[Hashable, Hashable]]) -> tuple[tuple[Hashable, Hashable], ...]:
    return tuple(pairs)


def _linked_pairs(
    pairs: Iterable[tuple[Iterable[Hashable], Hashable]],
) -> tuple[tuple[tuple[Hashable, ...], Hashable], ...]:
    return tuple((tuple(premises), target) for premises, target in pairs)


@attrs.frozen
class QBAF:
    """A quantitative bipolar argumentation framework: arguments with base scores in
    [0, 1], attacks and supports (pairs of arguments), and linked supports (a tuple of
    premises and a target: one supporter as strong as its weakest premise).

    >>> QBAF({"a": 1.0, "b": 0.5}, attacks=[("b", "a")]).attackers_of("a")
    ('b',)
    >>> q = QBAF({"a": 0.5, "p": 0.9, "q": 0.3}, linked_supports=[(("p", "q"), "a")])
    >>> q.linked_supporters_of("a"), round(strengths(q, "dfquad")["a"], 6)
    ((('p', 'q'),), 0.65)
    """

    base: Mapping[Hashable, float] = attrs.field(converter=_base_scores)
    attacks: tuple[tuple[Hashable, Hashable], ...] = attrs.field(default=(), converter=_pairs)
    supports: tuple[tuple[Hashable, Hashable], ...] = attrs.field(default=(), converter=_pairs)
    linked_supports: tuple[tuple[tuple[Hashable, ...], Hashable], ...] = attrs.field(
        default=(), converter=_linked_pairs
    )
    """Pairs ``(premises, target)``: the premises jointly support the target (weakest link)."""
    _attackers: dict[Hashable, tuple[Hashable, ...]] = attrs.field(init=False, repr=False, eq=False)
    _supporters: dict[Hashable, tuple[Hashable, ...]] = attrs.field(
        init=False, repr=False, eq=False
    )
    _linked: dict[Hashable, tuple[tuple[Hashable, ...], ...]] = attrs.field(
        init=False, repr=False, eq=False
    )

    def __attrs_post_init__(self) -> None:
        for argument, score in self.base.items():
            if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 1:
                raise ArgmapError(
                    f"base score of {argument!r} is {score!r}; use a number in [0, 1]"
                )
        attackers: dict[Hashable, list[Hashable]] = {a: [] for a in self.base}
        supporters: dict[Hashable, list[Hashable]] = {a: [] for a in self.base}
        for kind, pairs, table in (
            ("attack", self.attacks, attackers),
            ("support", self.supports, supporters),
        ):
            for source, target in pairs:
                for end in (source, target):
                    if end not in self.base:
                        raise ArgmapError(
                            f"{kind} ({source!r}, {target!r}) names {end!r}, "
                            "which has no base score"
                        )
                if source not in table[target]:
                    table[target].append(source)
        linked: dict[Hashable, list[tuple[Hashable, ...]]] = {a: [] for a in self.base}
        for premises, target in self.linked_supports:
            if not premises:
                raise ArgmapError(f"a linked support of {target!r} has no premises")
            for end in (*premises, target):
                if end not in self.base:
                    raise ArgmapError(
                        f"linked support ({premises!r}, {target!r}) names {end!r}, "
                        "which has no base score"
                    )
            linked[target].append(premises)
        object.__setattr__(self, "_attackers", {a: tuple(v) for a, v in attackers.items()})
        object.__setattr__(self, "_supporters", {a: tuple(v) for a, v in supporters.items()})
        object.__setattr__(self, "_linked", {a: tuple(v) for a, v in linked.items()})

    @property
    def arguments(self) -> tuple[Hashable, ...]:
        """The arguments, in the order of ``base``."""
        return tuple(self.base)

    def attackers_of(self, argument: Hashable) -> tuple[Hashable, ...]:
        """The arguments attacking ``argument``."""
        return self._attackers[argument]

    def supporters_of(self, argument: Hashable) -> tuple[Hashable, ...]:
        """The arguments supporting ``argument``."""
        return self._supporters[argument]

    def linked_supporters_of(self, argument: Hashable) -> tuple[tuple[Hashable, ...], ...]:
        """The premise tuples of the linked supports of ``argument``."""
        return self._linked[argument]

    def without(self, argument: Hashable) -> QBAF:
        """The QBAF with ``argument`` and its relations removed (a linked support that
        needs it as a premise goes with it)."""
        return QBAF(
            {a: s for a, s in self.base.items() if a != argument},
            [p for p in self.attacks if argument not in p],
            [p for p in self.supports if argument not in p],
            [(ps, t) for ps, t in self.linked_supports if argument != t and argument not in ps],
        )


class GradualResult(Mapping[Hashable, float]):
    """The strengths, as a read-only mapping from argument to strength, with how they were
    found: ``method``, ``converged``, ``iterations`` (0 when no cycle needed iterating),
    ``residual`` (the largest change in the last round) and ``notes``."""

    def __init__(
        self,
        method: GradualMethod,
        values: dict[Hashable, float],
        converged: bool,
        iterations: int,
        residual: float,
        notes: Sequence[str] = (),
    ) -> None:
        self.method = method
        self._values = values
        self.converged = converged
        self.iterations = iterations
        self.residual = residual
        self.notes = tuple(notes)

    def __getitem__(self, key: Hashable) -> float:
        return self._values[key]

    def __iter__(self) -> Iterator[Hashable]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        status = "converged" if self.converged else "NOT converged"
        return f"GradualResult({self.method.value}, {plural(len(self), 'argument')}, {status})"


def _probabilistic_sum(values: Iterable[float]) -> float:
    product = 1.0
    for v in values:
        product *= 1.0 - v
    return 1.0 - product


def _energy_boost(x: float) -> float:
    x = max(x, 0.0)
    return x * x / (1.0 + x * x)


def _update(method: GradualMethod) -> Callable[[float, list[float], list[float]], float]:
    if method is GradualMethod.DFQUAD:

        def dfquad(tau: float, att: list[float], sup: list[float]) -> float:
            va, vs = _probabilistic_sum(att), _probabilistic_sum(sup)
            if va >= vs:
                return tau - tau * (va - vs)
            return tau + (1.0 - tau) * (vs - va)

        return dfquad
    if method is GradualMethod.QUAD:

        def quad(tau: float, att: list[float], sup: list[float]) -> float:
            fa = tau * math.prod(1.0 - v for v in att)
            fs = 1.0 - (1.0 - tau) * math.prod(1.0 - v for v in sup)
            if att and sup:
                return (fa + fs) / 2.0
            if att:
                return fa
            if sup:
                return fs
            return tau

        return quad
    if method is GradualMethod.EULER:

        def euler(tau: float, att: list[float], sup: list[float]) -> float:
            energy = sum(sup) - sum(att)
            if energy > 700:  # e^E overflows; the limit is 1
                return 1.0 if tau > 0 else 0.0
            return 1.0 - (1.0 - tau * tau) / (1.0 + tau * math.exp(energy))

        return euler
    if method is GradualMethod.QUADRATIC_ENERGY:

        def quadratic_energy(tau: float, att: list[float], sup: list[float]) -> float:
            energy = sum(sup) - sum(att)
            return tau - tau * _energy_boost(-energy) + (1.0 - tau) * _energy_boost(energy)

        return quadratic_energy

    def h_categoriser(tau: float, att: list[float], sup: list[float]) -> float:
        return tau / (1.0 + sum(att))

    return h_categoriser


def strengths(
    qbaf: QBAF,
    method: GradualMethod | str = "dfquad",
    *,
    tolerance: float = 1e-9,
    max_iterations: int = 100_000,
) -> GradualResult:
    """The strength of every argument under ``method``.

    >>> cycle = QBAF({"a": 1.0, "b": 1.0}, attacks=[("a", "b"), ("b", "a")])
    >>> r = strengths(cycle, "h-categoriser")
    >>> round(r["a"], 6), round(r["b"], 6), r.converged
    (0.618034, 0.618034, True)
    """
    method = GradualMethod.parse(method)
    supports = len(qbaf.supports) + len(qbaf.linked_supports)
    if method is GradualMethod.H_CATEGORISER and supports:
        raise ArgmapError(
            "the h-categoriser is defined for attack-only frameworks and this one has "
            f"{plural(supports, 'support')}; choose dfquad, quad, euler or "
            "quadratic-energy"
        )
    update = _update(method)
    arguments = qbaf.arguments
    index = {a: i for i, a in enumerate(arguments)}
    linked = [
        [[index[p] for p in premises] for premises in qbaf.linked_supporters_of(a)]
        for a in arguments
    ]
    influencers = [
        sorted(
            {index[b] for b in (*qbaf.attackers_of(a), *qbaf.supporters_of(a))}
            | {p for premises in linked[i] for p in premises}
        )
        for i, a in enumerate(arguments)
    ]
    # influence graph b -> a; components come out with sources first
    successors: list[list[int]] = [[] for _ in arguments]
    for a, row in enumerate(influencers):
        for b in row:
            successors[b].append(a)
    components = strongly_connected_components(tuple(tuple(sorted(s)) for s in successors))
    value = [float(qbaf.base[a]) for a in arguments]
    attackers = [[index[b] for b in qbaf.attackers_of(a)] for a in arguments]
    supporters = [[index[b] for b in qbaf.supporters_of(a)] for a in arguments]

    def new_value(i: int, current: list[float]) -> float:
        if not attackers[i] and not supporters[i] and not linked[i]:
            return float(qbaf.base[arguments[i]])  # exactly the base score (stability)
        return update(
            float(qbaf.base[arguments[i]]),
            [current[b] for b in attackers[i]],
            # a linked support is one supporter, as strong as its weakest premise
            [current[b] for b in supporters[i]] + [min(current[p] for p in ps) for ps in linked[i]],
        )

    converged, total_iterations, worst = True, 0, 0.0
    for component in components:
        members = sorted(component)
        if len(members) == 1 and members[0] not in influencers[members[0]]:
            value[members[0]] = new_value(members[0], value)
            continue
        ok, rounds, residual = _solve_cycle(members, value, new_value, tolerance, max_iterations)
        converged &= ok
        total_iterations += rounds
        worst = max(worst, residual)
    notes = (
        []
        if converged
        else [
            f"a cycle did not settle within {max_iterations} iterations (last change {worst:.2e}); "
            "the strengths are the last iterate"
        ]
    )
    return GradualResult(
        method,
        {a: value[i] for i, a in enumerate(arguments)},
        converged,
        total_iterations,
        worst,
        notes,
    )


def _solve_cycle(
    members: list[int],
    value: list[float],
    new_value: Callable[[int, list[float]], float],
    tolerance: float,
    max_iterations: int,
) -> tuple[bool, int, float]:
    """Iterate one strongly connected component in place: Jacobi updates first; if they
    do not settle within a tenth of the budget, damped updates (Euler steps of size 1/2,
    then 1/4, ...) from where they stand."""
    step, rounds, residual = 1.0, 0, math.inf
    budget = max(1, max_iterations // 10)
    while rounds < max_iterations:
        targets = [new_value(i, value) for i in members]
        residual = max(abs(t - value[i]) for t, i in zip(targets, members, strict=True))
        for t, i in zip(targets, members, strict=True):
            value[i] += step * (t - value[i])
        rounds += 1
        if residual < tolerance:
            return True, rounds, residual
        if rounds % budget == 0 and step > 1 / 64:
            step /= 2
    return False, rounds, residual


def contributions(
    qbaf: QBAF,
    target: Hashable,
    method: GradualMethod | str = "dfquad",
    *,
    tolerance: float = 1e-9,
    max_iterations: int = 100_000,
) -> dict[Hashable, float]:
    """Removal-based attribution: for every other argument ``x``, the strength of
    ``target`` minus its strength once ``x`` (and its relations) is removed. Positive
    values raised the target's strength, negative ones lowered it.

    >>> q = QBAF({"a": 0.5, "b": 0.8, "c": 0.6}, attacks=[("c", "a")], supports=[("b", "a")])
    >>> {k: round(v, 3) for k, v in contributions(q, "a", "dfquad").items()}
    {'b': 0.4, 'c': -0.3}
    """
    if target not in qbaf.base:
        raise ArgmapError(f"{target!r} is not an argument of the framework")

    def strength(framework: QBAF) -> float:
        return strengths(framework, method, tolerance=tolerance, max_iterations=max_iterations)[
            target
        ]

    full = strength(qbaf)
    return {x: full - strength(qbaf.without(x)) for x in qbaf.arguments if x != target}


def debate_qbaf(debate: Debate, method: GradualMethod | str = "dfquad") -> tuple[QBAF, list[str]]:
    """The QBAF of a debate: claims with their base scores (the method's default where a
    claim has none), its attacks, and its inferences (``debate.inferences``): a support or
    one-premise argument as a support, a linked argument as a linked support (as strong as
    its weakest premise). Undercuts have no gradual reading here and are left out; the notes
    say so, and which claims got the default base score.

    >>> from argmap.debate import DebateBuilder
    >>> b = DebateBuilder("Q?")
    >>> for c in ("ban", "scans", "mass"): _ = b.claim(c, c)
    >>> _ = b.argument("A1", ["scans", "mass"], "ban")
    >>> debate_qbaf(b.build())[0].linked_supports
    ((('scans', 'mass'), 'ban'),)
    """
    method = GradualMethod.parse(method)
    default = DEFAULT_BASE[method]
    base = {c.id: (c.base_score if c.base_score is not None else default) for c in debate.claims}
    notes = []
    missing = [c.id for c in debate.claims if c.base_score is None]
    if missing:
        notes.append(
            f"{len(missing)} of {plural(len(debate.claims), 'claim')} "
            f"{'has' if len(missing) == 1 else 'have'} no base score; they get {default}"
        )
    linked = [i for i in debate.inferences if i.linked]
    if linked:
        noun = plural(len(linked), "linked argument counts", "linked arguments count")
        notes.append(f"{noun} as one supporter each, as strong as its weakest premise")
    if debate.undercuts:
        noun = plural(len(debate.undercuts), "undercut is", "undercuts are")
        notes.append(f"{noun} left out: gradual semantics here read supports and attacks only")
    qbaf = QBAF(
        base,
        [(r.source, r.target) for r in debate.attacks],
        [(i.premises[0], i.conclusion) for i in debate.inferences if not i.linked],
        [(i.premises, i.conclusion) for i in debate.inferences if i.linked],
    )
    return qbaf, notes


def debate_strengths(
    debate: Debate,
    method: GradualMethod | str = "dfquad",
    *,
    tolerance: float = 1e-9,
    max_iterations: int = 100_000,
) -> GradualResult:
    """The strength of every claim of a debate (see :func:`debate_qbaf` for the reading).

    >>> from argmap.debate import DebateBuilder
    >>> b = DebateBuilder("Charge?")
    >>> _ = b.claim("charge", "Introduce it.", base_score=0.5)
    >>> _ = b.claim("unfair", "It is unfair.")
    >>> _ = b.attacks("unfair", "charge")
    >>> r = debate_strengths(b.build(), "dfquad")
    >>> r["charge"], r.notes
    (0.25, ('1 of 2 claims has no base score; they get 0.5',))
    """
    qbaf, notes = debate_qbaf(debate, method)
    result = strengths(qbaf, method, tolerance=tolerance, max_iterations=max_iterations)
    result.notes = (*notes, *result.notes)
    return result
