"""The reasoning tasks, for every semantics, with their ICCMA names.

- EE :func:`extensions` (lazy, in a fixed order) and :func:`labellings`;
- SE :func:`some_extension`;
- CE :func:`count_extensions`;
- DC :func:`credulous_acceptance` (with the extension that shows it);
- DS :func:`skeptical_acceptance` (with the extension that refutes it);
- and :func:`is_extension` to verify a candidate set.

DC and DS stop as soon as the answer is known: for admissible, complete,
preferred and stable semantics one targeted search (or a short sequence of
them) decides the question without enumerating extensions.

References for the task names: the ICCMA 2023 rules
(https://iccma2023.github.io/rules.html).
"""

from __future__ import annotations

import itertools
from collections.abc import Hashable, Iterable, Iterator
from typing import Any

import attrs

from argmap.errors import OutOfRangeError
from argmap.framework import ArgumentFramework
from argmap.semantics._search import ANY, IN, OUT, Mode, first, search
from argmap.semantics.backends import check, choose, largest_component
from argmap.semantics.complete import index_labellings, stable_domains
from argmap.semantics.components import Split, product, split
from argmap.semantics.decomposition import preferred_labellings, stable_labellings
from argmap.semantics.grounded import grounded_indices
from argmap.semantics.ideal import eager_indices, ideal_indices
from argmap.semantics.labelling import Labelling
from argmap.semantics.naive import naive_indices
from argmap.semantics.names import Semantics
from argmap.semantics.optimal import in_set, maximal_in
from argmap.semantics.scc_recursive import cf2_indices, stage2_indices
from argmap.semantics.semi_stable import semi_stable_labellings, stage_labellings

__all__ = [
    "Acceptance",
    "count_extensions",
    "credulous_acceptance",
    "extension_indices",
    "extensions",
    "is_extension",
    "labellings",
    "skeptical_acceptance",
    "some_extension",
]

SemanticsLike = Semantics | str


@attrs.frozen
class Acceptance:
    """The answer to an acceptance question, with its evidence.

    ``witness`` is an extension that proves the answer where one exists: for
    credulous acceptance, an extension containing the argument; for a failed
    skeptical acceptance, an extension without it. It is ``None`` otherwise.
    The object is truthy exactly when the argument is accepted.
    """

    accepted: bool
    witness: frozenset[Hashable] | None = None

    def __bool__(self) -> bool:
        return self.accepted


def extension_indices(
    af: ArgumentFramework,
    semantics: SemanticsLike,
    limit: int | None = None,
    backend: str = "auto",
) -> Iterator[list[int]]:
    """Every extension as a sorted list of indices, in the back end's fixed order (at most
    ``limit`` of them when given)."""
    sem = Semantics.parse(semantics)
    name = check(backend)
    if limit is not None:
        limit = _check_limit(limit)
    if name == "auto" and sem in _PER_SCC:
        found = _all_indices(af, sem, name)
    else:
        sat = _engine(af, sem, name)
        found = sat.extension_indices(af, sem) if sat is not None else _all_indices(af, sem)
    if limit is not None:
        found = itertools.islice(found, limit)
    return found


def _check_limit(limit: int) -> int:
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
        raise OutOfRangeError(
            f"limit must be a whole number of extensions (0 or more), not {limit!r}"
        )
    return limit


# Semantics whose enumeration goes component by component (weakly connected components,
# see argmap.semantics.components): their search would otherwise compare every extension
# of the whole framework with every other.
_BY_COMPONENT = frozenset({Semantics.SEMI_STABLE, Semantics.STAGE})


# Semantics whose search is SCC-recursive (argmap.semantics.decomposition): "auto" picks the
# back end for each strongly connected component instead of for the whole framework.
_PER_SCC = frozenset({Semantics.PREFERRED, Semantics.STABLE})


def _engine(af: ArgumentFramework, sem: Semantics, backend: str) -> Any:
    """The SAT module when ``backend`` (checked) calls for it here, else None (the search).

    ``auto`` asks SAT only under semantics it answers, when python-sat is installed and the
    framework's largest strongly connected component is large enough
    (:mod:`argmap.semantics.backends`)."""
    if backend == "search":
        return None
    from argmap.semantics import sat

    if backend == "sat":
        return sat
    if sem is Semantics.GROUNDED or sem not in sat.SAT_SEMANTICS["enumerate"]:
        return None
    return sat if choose("auto", largest_component(af)) == "sat" else None


def _all_indices(
    af: ArgumentFramework, sem: Semantics, backend: str = "search"
) -> Iterator[list[int]]:
    if sem in _BY_COMPONENT:
        parts = split(af)
        if len(parts.parts) > 1:
            return product(
                [
                    [parts.globalise(k, ext) for ext in _component_indices(part, sem)]
                    for k, part in enumerate(parts.parts)
                ]
            )
    return _component_indices(af, sem, backend)


def _component_indices(
    af: ArgumentFramework, sem: Semantics, backend: str = "search"
) -> Iterator[list[int]]:
    """The extensions of ``af`` taken whole (for a component, or any framework)."""
    if sem is Semantics.GROUNDED:
        yield grounded_indices(af)
    elif sem is Semantics.IDEAL:
        yield ideal_indices(af)
    elif sem is Semantics.EAGER:
        yield eager_indices(af)
    elif sem is Semantics.CF2:
        yield from cf2_indices(af)
    elif sem is Semantics.STAGE2:
        yield from stage2_indices(af)
    elif sem is Semantics.NAIVE:
        yield from naive_indices(af)
    else:
        for labelling in _labelling_search(af, sem, backend):
            yield in_set(labelling)


def _labelling_search(
    af: ArgumentFramework, sem: Semantics, backend: str = "search"
) -> Iterator[list[int]]:
    if sem is Semantics.CONFLICT_FREE:
        return index_labellings(af, Mode.CONFLICT_FREE)
    if sem is Semantics.ADMISSIBLE:
        return index_labellings(af, Mode.ADMISSIBLE)
    if sem is Semantics.COMPLETE:
        return index_labellings(af, Mode.COMPLETE)
    if sem is Semantics.STABLE:
        return stable_labellings(af, backend)
    if sem is Semantics.PREFERRED:
        return preferred_labellings(af, backend)
    if sem is Semantics.NAIVE:
        return maximal_in(af, Mode.CONFLICT_FREE)
    if sem is Semantics.SEMI_STABLE:
        return semi_stable_labellings(af)
    if sem is Semantics.STAGE:
        return stage_labellings(af)
    raise AssertionError(sem)  # pragma: no cover - every member is handled above


def extensions(
    af: ArgumentFramework,
    semantics: SemanticsLike,
    limit: int | None = None,
    backend: str = "auto",
) -> Iterator[frozenset[Hashable]]:
    """Enumerate the extensions (EE), lazily and always in the same order.

    Extensions come as they are found, so a framework with too many to list can still
    be explored; ``limit`` stops after that many. ``backend="sat"`` enumerates with the
    optional SAT back end (:mod:`argmap.semantics.sat`), in its own fixed order;
    ``"search"`` with the labelling search; ``"auto"`` (the default) with each where it is
    faster (:mod:`argmap.semantics.backends`).

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a")])
    >>> [sorted(e) for e in extensions(af, "preferred")]
    [['a'], ['b']]
    >>> sixty = [(f"a{i}", f"b{i}") for i in range(60)] + [(f"b{i}", f"a{i}") for i in range(60)]
    >>> len(list(extensions(ArgumentFramework.from_attacks(sixty), "semi-stable", limit=3)))
    3
    """
    for ext in extension_indices(af, semantics, limit, backend):
        yield af.arguments_at(ext)


def labellings(
    af: ArgumentFramework,
    semantics: SemanticsLike,
    limit: int | None = None,
    backend: str = "auto",
) -> Iterator[Labelling]:
    """Enumerate the extensions as IN/OUT/UNDEC labellings (see :class:`Labelling`).

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c")])
    >>> [sorted(lab.out) for lab in labellings(af, "GR")]
    [['b']]
    """
    for ext in extensions(af, semantics, limit, backend):
        yield Labelling.from_extension(af, ext)


def some_extension(
    af: ArgumentFramework, semantics: SemanticsLike, backend: str = "auto"
) -> frozenset[Hashable] | None:
    """One extension (SE), or ``None`` when there is none (only possible for stable).

    ``backend`` picks the engine: ``"search"`` (the labelling search), ``"sat"`` (the
    optional SAT back end, :mod:`argmap.semantics.sat`) or ``"auto"`` (the default: SAT
    where measurements showed it faster and python-sat is installed;
    :mod:`argmap.semantics.backends`).

    >>> from argmap import ArgumentFramework
    >>> print(some_extension(ArgumentFramework.from_attacks([("a", "a")]), "ST"))
    None
    """
    sem = Semantics.parse(semantics)
    name = check(backend)
    sat = None if sem in _GROUNDED_WILL_DO and name == "auto" else _engine(af, sem, name)
    if sat is not None:
        return sat.some(af, sem)
    found = _some_indices(af, sem)
    return None if found is None else af.arguments_at(found)


# The grounded extension answers SE for these at once, whatever the back end.
_GROUNDED_WILL_DO = frozenset(
    {Semantics.GROUNDED, Semantics.COMPLETE, Semantics.ADMISSIBLE, Semantics.CONFLICT_FREE}
)


def _some_indices(af: ArgumentFramework, sem: Semantics) -> list[int] | None:
    """One extension, the easiest to find first: the grounded extension is complete,
    admissible and conflict-free; semi-stable and stage extensions are stable ones when
    stable extensions exist; and a framework of unlinked parts takes one of each."""
    if sem in _GROUNDED_WILL_DO:
        return grounded_indices(af)
    if sem in (Semantics.IDEAL, Semantics.EAGER):
        # asked once per argument when every status is wanted: computed once per framework
        parts = split(af)
        found = parts.unique.get(sem)
        if found is None:
            found = parts.unique[sem] = next(_component_indices(af, sem))
        return list(found)
    if sem in _BY_COMPONENT:
        parts = split(af)
        chosen: list[int] = []
        for ext in _one_per_component(parts, sem):
            chosen.extend(ext)
        return sorted(chosen)
    return next(_component_indices(af, sem), None)


def _one_per_component(parts: Split, sem: Semantics) -> list[list[int]]:
    """One extension of each component (global indices), remembered with the split; only
    for semantics under which every framework has an extension."""
    found = parts.some.get(sem)
    if found is None:
        found = []
        for k, part in enumerate(parts.parts):
            ext = next(_component_indices(part, sem))
            found.append(parts.globalise(k, ext))
        parts.some[sem] = found
    return found


def count_extensions(af: ArgumentFramework, semantics: SemanticsLike, backend: str = "auto") -> int:
    """The number of extensions (CE), multiplied over the framework's unlinked parts (each
    extension is one of every weakly connected component), so a product of many small
    choices is counted without listing it.

    >>> from argmap import ArgumentFramework
    >>> count_extensions(ArgumentFramework.from_attacks([("a", "b"), ("b", "a")]), "CO")
    3
    >>> sixty = [(f"a{i}", f"b{i}") for i in range(60)] + [(f"b{i}", f"a{i}") for i in range(60)]
    >>> count_extensions(ArgumentFramework.from_attacks(sixty), "PR") == 2**60
    True
    """
    sem = Semantics.parse(semantics)
    name = check(backend)
    if sem in (Semantics.GROUNDED, Semantics.IDEAL, Semantics.EAGER):
        return 1
    sat = None if name == "auto" and sem in _PER_SCC else _engine(af, sem, name)
    if sat is not None:
        return sat.count(af, sem)
    total = 1
    for part in split(af).parts:
        total *= sum(1 for _ in _component_indices(part, sem, name))
        if not total:
            break
    return total


def _single(
    af: ArgumentFramework, target: int, domain: int, mode: Mode, base: list[int] | None = None
) -> list[int] | None:
    """The first labelling of ``mode`` whose label for ``target`` is within ``domain``."""
    domains = list(base) if base is not None else [ANY] * len(af)
    domains[target] &= domain
    return first(search(af.successors, af.predecessors, mode, domains))


def _credulous(af: ArgumentFramework, labelling: list[int] | None) -> Acceptance:
    """Accepted, with the labelling's IN set as witness, when a labelling was found."""
    if labelling is None:
        return Acceptance(False)
    return Acceptance(True, af.arguments_at(in_set(labelling)))


def credulous_acceptance(
    af: ArgumentFramework, argument: Hashable, semantics: SemanticsLike, backend: str = "auto"
) -> Acceptance:
    """Is ``argument`` in some extension (DC)? The witness is such an extension.

    ``backend`` picks the engine: ``"search"`` (the labelling search), ``"sat"`` (the
    optional SAT back end, :mod:`argmap.semantics.sat`) or ``"auto"`` (the default: SAT
    where measurements showed it faster and python-sat is installed;
    :mod:`argmap.semantics.backends`).
    SAT can be much faster where a large strongly connected core survives propagation.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
    >>> answer = credulous_acceptance(af, "c", "PR")
    >>> answer.accepted, sorted(answer.witness)
    (True, ['a', 'c'])
    """
    sem = Semantics.parse(semantics)
    sat = _engine(af, sem, check(backend))
    if sat is not None:
        return sat.credulous(af, argument, sem)
    target = af.index(argument)
    if sem is Semantics.CONFLICT_FREE:
        ok = target not in af.successors[target]
        return Acceptance(ok, af.arguments_at([target]) if ok else None)
    if sem in (Semantics.ADMISSIBLE, Semantics.COMPLETE):
        labelling = _single(af, target, IN, Mode.COMPLETE)
        return _credulous(af, labelling)
    if sem in (Semantics.PREFERRED, Semantics.NAIVE):
        # IN-maximal among the labellings with the target IN is IN-maximal outright.
        mode = Mode.COMPLETE if sem is Semantics.PREFERRED else Mode.CONFLICT_FREE
        domains = [ANY] * len(af)
        domains[target] = IN
        labelling = first(maximal_in(af, mode, domains))
        return _credulous(af, labelling)
    if sem is Semantics.STABLE:
        labelling = _single(af, target, IN, Mode.COMPLETE, stable_domains(af))
        return _credulous(af, labelling)
    if sem in (Semantics.GROUNDED, Semantics.IDEAL, Semantics.EAGER):
        unique = _some_indices(af, sem)
        assert unique is not None  # these semantics always have their one extension
        ok = target in unique
        return Acceptance(ok, af.arguments_at(unique) if ok else None)
    ext = _in_component(af, target, sem, wanted=True)
    return Acceptance(False) if ext is None else Acceptance(True, af.arguments_at(ext))


def _about(af: ArgumentFramework, sem: Semantics, target: int, wanted: bool) -> Iterator[list[int]]:
    """Extensions of ``af`` that hold ``target`` (``wanted``) or lack it, where the
    semantics can search for those directly (naive sets, cf2, stage2: a long cycle has
    exponentially many, and the ones with the target may come last); else every
    extension, for the caller to filter."""
    if sem is Semantics.NAIVE:
        if wanted:
            return naive_indices(af, include=target)
        return naive_indices(af, exclude=target)
    if sem is Semantics.CF2:
        return cf2_indices(af, target, wanted)
    if sem is Semantics.STAGE2:
        return stage2_indices(af, target, wanted)
    return _component_indices(af, sem)


def _in_component(af: ArgumentFramework, target: int, sem: Semantics, wanted: bool):
    """An extension that contains ``target`` (``wanted``) or lacks it, searched inside
    the target's weakly connected component and completed by one extension of each other
    component; None when there is none. Only for semantics under which every framework
    has an extension (so the other components always offer one)."""
    parts = split(af)
    k = parts.component_of[target]
    local = parts.local[target]
    for ext in _about(parts.parts[k], sem, local, wanted):
        if (local in ext) == wanted:
            chosen = parts.globalise(k, ext)
            if len(parts.parts) > 1:
                for j, other in enumerate(_one_per_component(parts, sem)):
                    if j != k:
                        chosen.extend(other)
            return sorted(chosen)
    return None


def skeptical_acceptance(
    af: ArgumentFramework, argument: Hashable, semantics: SemanticsLike, backend: str = "auto"
) -> Acceptance:
    """Is ``argument`` in every extension (DS)? If not, the witness is an extension without it.

    ``backend`` picks the engine: ``"search"`` (the labelling search), ``"sat"`` (the
    optional SAT back end, :mod:`argmap.semantics.sat`) or ``"auto"`` (the default: SAT
    where measurements showed it faster and python-sat is installed;
    :mod:`argmap.semantics.backends`).

    With no extensions at all (stable semantics on some frameworks) every
    argument is skeptically accepted, as in ICCMA.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
    >>> answer = skeptical_acceptance(af, "c", "PR")
    >>> answer.accepted, sorted(answer.witness)
    (False, ['b'])
    """
    sem = Semantics.parse(semantics)
    sat = _engine(af, sem, check(backend))
    if sat is not None:
        return sat.skeptical(af, argument, sem)
    target = af.index(argument)
    if sem in (Semantics.CONFLICT_FREE, Semantics.ADMISSIBLE):
        return Acceptance(False, frozenset())  # the empty set is always an extension
    if sem is Semantics.COMPLETE:
        grounded = grounded_indices(af)
        ok = target in grounded
        return Acceptance(ok, None if ok else af.arguments_at(grounded))
    if sem is Semantics.STABLE:
        labelling = _single(af, target, OUT, Mode.COMPLETE, stable_domains(af))
        if labelling is None:
            return Acceptance(True)
        return Acceptance(False, af.arguments_at(in_set(labelling)))
    if sem is Semantics.PREFERRED:
        return _skeptical_preferred(af, target)
    if sem in (Semantics.GROUNDED, Semantics.IDEAL, Semantics.EAGER):
        unique = _some_indices(af, sem)
        assert unique is not None  # these semantics always have their one extension
        ok = target in unique
        return Acceptance(ok, None if ok else af.arguments_at(unique))
    ext = _in_component(af, target, sem, wanted=False)
    return Acceptance(True) if ext is None else Acceptance(False, af.arguments_at(ext))


def _skeptical_preferred(af: ArgumentFramework, target: int) -> Acceptance:
    """Grounded members are accepted at once; otherwise look for a preferred extension
    without the target, stopping at the first."""
    if target in grounded_indices(af):
        return Acceptance(True)
    for labelling in preferred_labellings(af):
        if labelling[target] != IN:
            return Acceptance(False, af.arguments_at(in_set(labelling)))
    return Acceptance(True)


def is_extension(
    af: ArgumentFramework, candidate: Iterable[Hashable], semantics: SemanticsLike
) -> bool:
    """Whether ``candidate`` is an extension of ``af`` under ``semantics``.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a")])
    >>> is_extension(af, {"a"}, "ST"), is_extension(af, set(), "PR")
    (True, False)
    """
    sem = Semantics.parse(semantics)
    members = sorted(set(af.indices(candidate)))
    labels = af.arguments_at(members)
    n = len(af)
    if sem is Semantics.CONFLICT_FREE:
        return af.is_conflict_free(labels)
    if sem is Semantics.ADMISSIBLE:
        return af.is_admissible(labels)
    if sem is Semantics.COMPLETE:
        return af.is_complete(labels)
    if sem is Semantics.STABLE:
        return af.is_stable(labels)
    if sem is Semantics.GROUNDED:
        return members == grounded_indices(af)
    if sem is Semantics.IDEAL:
        return members == ideal_indices(af)
    if sem is Semantics.EAGER:
        return members == eager_indices(af)
    if sem is Semantics.NAIVE:
        if not af.is_conflict_free(labels):
            return False
        chosen = set(members)
        attacked = {j for i in members for j in af.successors[i]}
        attacking = {i for j in members for i in af.predecessors[j]}
        return all(
            x in chosen or x in attacked or x in attacking or x in af.successors[x]
            for x in range(n)
        )
    if sem is Semantics.PREFERRED:
        if not af.is_admissible(labels):
            return False
        chosen = set(members)
        domains = [IN if i in chosen else ANY for i in range(n)]
        others = [(i, IN) for i in range(n) if domains[i] != IN]
        if not others:
            return True
        return (
            first(search(af.successors, af.predecessors, Mode.COMPLETE, domains, [others])) is None
        )
    if sem in (Semantics.SEMI_STABLE, Semantics.STAGE):
        mode = Mode.COMPLETE if sem is Semantics.SEMI_STABLE else Mode.CONFLICT_FREE
        ok = af.is_complete(labels) if sem is Semantics.SEMI_STABLE else af.is_conflict_free(labels)
        if not ok:
            return False
        in_range = set(af.indices(af.range_of(labels)))
        undec = [i for i in range(n) if i not in in_range]
        if not undec:
            return True
        domains = [ANY if i in undec else IN | OUT for i in range(n)]
        clause = [(i, IN | OUT) for i in undec]
        return first(search(af.successors, af.predecessors, mode, domains, [clause])) is None
    return members in list(extension_indices(af, sem))
