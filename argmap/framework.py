"""The abstract argumentation framework of Dung (1995).

An :class:`ArgumentFramework` is a set of arguments and an attack relation
between them. It is immutable. Arguments may be any hashable labels (strings,
ints, ...); they keep the order in which they were given, and every algorithm
in argmap reports results in that order, so results are reproducible.

Internally each argument has an integer *index* (its position in
:attr:`ArgumentFramework.arguments`) and the attack relation is stored once as
sorted integer adjacency lists (:attr:`~ArgumentFramework.successors` and
:attr:`~ArgumentFramework.predecessors`), which the semantics work on.

Reference: P. M. Dung, "On the acceptability of arguments and its fundamental
role in nonmonotonic reasoning, logic programming and n-person games",
Artificial Intelligence 77(2), 1995.
"""

from __future__ import annotations

import gc
from collections.abc import Hashable, Iterable, Iterator, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import attrs

from argmap._deprecation import warn_renamed
from argmap._text import plural
from argmap.errors import DuplicateArgumentError, FrameworkError, UnknownArgumentError

__all__ = ["ArgumentFramework", "ArgumentFrameworkBuilder"]

Argument = Hashable
Adjacency = tuple[tuple[int, ...], ...]


class PausedCyclicGC:
    """Pause the cyclic garbage collector while building large acyclic structures.

    Building millions of small tuples triggers a full collection again and again
    (each pass walks every live object), which makes construction quadratic in
    practice; nothing built here can form a reference cycle.
    """

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.was_enabled:
            gc.enable()


def _freeze(lists: list[list[int]]) -> Adjacency:
    """Sorted, duplicate-free tuples; the canonical form of an adjacency."""
    with PausedCyclicGC():
        out = []
        for row in lists:
            if len(row) > 1:
                row = sorted(set(row))
            out.append(tuple(row))
        return tuple(out)


def _reverse(successors: Adjacency) -> Adjacency:
    with PausedCyclicGC():
        predecessors: list[list[int]] = [[] for _ in successors]
        for source, targets in enumerate(successors):
            for target in targets:
                predecessors[target].append(source)
        # Sources are visited in increasing order, so each row is already sorted.
        return tuple(tuple(row) for row in predecessors)


@attrs.frozen(init=False, eq=False, repr=False, slots=False)
class ArgumentFramework:
    """An abstract argumentation framework ``(A, R)``: arguments and attacks.

    ``arguments`` lists every argument once; ``attacks`` gives ``(attacker,
    attacked)`` pairs over those arguments. Repeated attacks are collapsed. An
    attack naming an argument that is not listed raises
    :class:`~argmap.errors.UnknownArgumentError`; use :meth:`from_attacks` to
    take the arguments from the attacks instead.

    Two frameworks are equal when they list the same arguments in the same
    order and have the same attacks.

    >>> af = ArgumentFramework(["a", "b", "c"], [("a", "b"), ("b", "c")])
    >>> af.attackers("c")
    ('b',)
    >>> af.attacked_by("a")
    ('b',)
    >>> len(af), af.num_attacks
    (3, 2)
    """

    _arguments: tuple[Argument, ...]
    _index: dict[Argument, int]
    _successors: Adjacency

    if TYPE_CHECKING:
        # attrs generates this (init=False keeps it out of __init__); declared for type
        # checkers, which see only the __init__ below.
        def __attrs_init__(
            self, arguments: tuple[Argument, ...], index: dict[Argument, int], successors: Adjacency
        ) -> None: ...

    def __init__(
        self,
        arguments: Iterable[Argument] = (),
        attacks: Iterable[tuple[Argument, Argument]] = (),
    ) -> None:
        args = tuple(arguments)
        index = _index_arguments(args)
        successors: list[list[int]] = [[] for _ in args]
        for pair in attacks:
            source, target = _unpack_attack(pair)
            try:
                i, j = index[source], index[target]
            except KeyError as exc:
                missing = exc.args[0]
                raise UnknownArgumentError(
                    missing,
                    args,
                    context=f"in attack ({source!r}, {target!r}); list it among the arguments, "
                    "or build with ArgumentFramework.from_attacks(...) to take the arguments "
                    "from the attacks",
                ) from None
            except TypeError:
                raise FrameworkError(
                    f"attack ({source!r}, {target!r}) names an unhashable argument; "
                    "arguments must be hashable labels such as strings or ints"
                ) from None
            if type(args[i]) is not type(source):
                raise FrameworkError(_equal_across_types(args[i], source))
            if type(args[j]) is not type(target):
                raise FrameworkError(_equal_across_types(args[j], target))
            successors[i].append(j)
        self.__attrs_init__(args, index, _freeze(successors))

    # -- other constructors -------------------------------------------------------------

    @classmethod
    def from_attacks(
        cls,
        attacks: Iterable[tuple[Argument, Argument]],
        arguments: Iterable[Argument] = (),
    ) -> ArgumentFramework:
        """Build a framework whose arguments are those the attacks name.

        Arguments appear in the order they are first mentioned: first the
        optional ``arguments`` (for unattacked, non-attacking ones), then the
        attacks in order.

        >>> ArgumentFramework.from_attacks([("a", "b"), ("b", "a")], arguments=["z"]).arguments
        ('z', 'a', 'b')
        """
        pairs = [_unpack_attack(p) for p in attacks]
        ordered: dict[Argument, None] = {}
        listed = tuple(arguments)
        _index_arguments(listed)  # duplicates, unhashables, 1 beside True
        for a in listed:
            ordered[a] = None
        # an attack naming True where 1 is listed is refused by the constructor below
        for source, target in pairs:
            ordered.setdefault(source, None)
            ordered.setdefault(target, None)
        return cls(ordered, pairs)

    @classmethod
    def from_mapping(cls, attacks: Mapping[Argument, Iterable[Argument]]) -> ArgumentFramework:
        """Build a framework from ``{argument: arguments it attacks}``.

        Every argument must be a key (with an empty list if it attacks nothing);
        a target that is not a key is reported rather than added silently.

        >>> af = ArgumentFramework.from_mapping({"a": ["b"], "b": []})
        >>> af.attacks
        (('a', 'b'),)
        """
        pairs = [(source, target) for source, targets in attacks.items() for target in targets]
        return cls(attacks.keys(), pairs)

    @classmethod
    def _from_indexed(
        cls, arguments: tuple[Argument, ...], successors: list[list[int]]
    ) -> ArgumentFramework:
        """Fast path for readers and algorithms that already hold integer adjacency."""
        self = cls.__new__(cls)
        self.__attrs_init__(arguments, _index_arguments(arguments), _freeze(successors))
        return self

    # -- the data ------------------------------------------------------------------------

    @property
    def arguments(self) -> tuple[Argument, ...]:
        """All arguments, in their stable order."""
        return self._arguments

    @cached_property
    def attacks(self) -> tuple[tuple[Argument, Argument], ...]:
        """All attacks as ``(attacker, attacked)`` pairs, ordered by attacker then attacked."""
        args = self._arguments
        return tuple((args[i], args[j]) for i, row in enumerate(self._successors) for j in row)

    @property
    def successors(self) -> Adjacency:
        """Integer adjacency: ``successors[i]`` are the indices that argument ``i`` attacks."""
        return self._successors

    @cached_property
    def predecessors(self) -> Adjacency:
        """Integer adjacency: ``predecessors[i]`` are the indices of ``i``'s attackers.

        Built on first use (algorithms that only follow attacks forwards, such as
        grounded semantics, never pay for it).
        """
        return _reverse(self._successors)

    @cached_property
    def in_degrees(self) -> tuple[int, ...]:
        """``in_degrees[i]`` is the number of attackers of argument ``i``."""
        counts = [0] * len(self._successors)
        for row in self._successors:
            for j in row:
                counts[j] += 1
        return tuple(counts)

    @cached_property
    def num_attacks(self) -> int:
        """The number of distinct attacks."""
        return sum(len(row) for row in self._successors)

    def __len__(self) -> int:
        return len(self._arguments)

    def __iter__(self) -> Iterator[Argument]:
        return iter(self._arguments)

    def __contains__(self, argument: object) -> bool:
        try:
            return argument in self._index
        except TypeError:
            return False

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArgumentFramework):
            return NotImplemented
        return self._arguments == other._arguments and self._successors == other._successors

    def __hash__(self) -> int:
        return hash((self._arguments, self._successors))

    def __repr__(self) -> str:
        if len(self) <= 12 and self.num_attacks <= 24:
            return f"ArgumentFramework({list(self._arguments)!r}, {list(self.attacks)!r})"
        return (
            f"<ArgumentFramework: {plural(len(self), 'argument')}, "
            f"{plural(self.num_attacks, 'attack')}>"
        )

    # -- indices and labels --------------------------------------------------------------

    def index(self, argument: Argument) -> int:
        """The integer index of ``argument``; raises UnknownArgumentError if absent.

        >>> ArgumentFramework(["a", "b"]).index("b")
        1
        """
        try:
            return self._index[argument]
        except (KeyError, TypeError):
            raise UnknownArgumentError(argument, self._arguments) from None

    def indices(self, arguments: Iterable[Argument]) -> list[int]:
        """Indices of several arguments (each checked), in the order given."""
        return [self.index(a) for a in arguments]

    def arguments_at(self, indices: Iterable[int]) -> frozenset[Argument]:
        """The arguments with the given indices, as a frozenset.

        >>> ArgumentFramework(["a", "b", "c"]).arguments_at([0, 2]) == {"a", "c"}
        True
        """
        args = self._arguments
        return frozenset(args[i] for i in indices)

    def labels(self, indices: Iterable[int]) -> frozenset[Argument]:
        """Deprecated name of :meth:`arguments_at` (a label in argmap is IN, OUT or UNDEC)."""
        warn_renamed("ArgumentFramework.labels", "ArgumentFramework.arguments_at")
        return self.arguments_at(indices)

    def sort(self, arguments: Iterable[Argument]) -> list[Argument]:
        """The given arguments in the framework's order.

        >>> ArgumentFramework(["b", "a", "c"]).sort({"a", "b"})
        ['b', 'a']
        """
        return [self._arguments[i] for i in sorted(self.indices(arguments))]

    # -- local structure -----------------------------------------------------------------

    def attackers(self, argument: Argument) -> tuple[Argument, ...]:
        """The arguments that attack ``argument``, in the framework's order."""
        args = self._arguments
        return tuple(args[i] for i in self.predecessors[self.index(argument)])

    def attacked_by(self, argument: Argument) -> tuple[Argument, ...]:
        """The arguments that ``argument`` attacks, in the framework's order."""
        args = self._arguments
        return tuple(args[j] for j in self._successors[self.index(argument)])

    def is_attack(self, attacker: Argument, attacked: Argument) -> bool:
        """Whether ``attacker`` attacks ``attacked``.

        >>> af = ArgumentFramework.from_attacks([("a", "b")])
        >>> af.is_attack("a", "b"), af.is_attack("b", "a")
        (True, False)
        """
        return self.index(attacked) in self._successors[self.index(attacker)]

    def attacks_between(self, attacker: Argument, attacked: Argument) -> bool:
        """Deprecated name of :meth:`is_attack` (it answers yes or no; it lists nothing)."""
        warn_renamed("ArgumentFramework.attacks_between", "ArgumentFramework.is_attack")
        return self.is_attack(attacker, attacked)

    def restrict(self, arguments: Iterable[Argument]) -> ArgumentFramework:
        """The sub-framework on ``arguments``: those arguments and the attacks among them.

        Arguments keep the framework's order whatever order they are given in.

        >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c")])
        >>> af.restrict({"c", "b"})
        ArgumentFramework(['b', 'c'], [('b', 'c')])
        """
        keep = sorted(set(self.indices(arguments)))
        return self._restrict_indices(keep)

    def _restrict_indices(self, keep: list[int]) -> ArgumentFramework:
        new_index = {old: new for new, old in enumerate(keep)}
        successors = [[new_index[j] for j in self._successors[i] if j in new_index] for i in keep]
        return ArgumentFramework._from_indexed(tuple(self._arguments[i] for i in keep), successors)

    def strongly_connected_components(self) -> tuple[frozenset[Argument], ...]:
        """The strongly connected components, attackers' components first.

        The order is a topological order of the condensation: no component is
        attacked by a later one. Computed without recursion (iterative Tarjan),
        so any size of framework is fine.

        >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
        >>> [sorted(c) for c in af.strongly_connected_components()]
        [['a', 'b'], ['c']]
        """
        return tuple(self.arguments_at(c) for c in strongly_connected_components(self._successors))

    # -- Dung's definitions ---------------------------------------------------------------

    def _index_set(self, arguments: Iterable[Argument]) -> set[int]:
        return set(self.indices(arguments))

    def range_of(self, arguments: Iterable[Argument]) -> frozenset[Argument]:
        """``S ∪ S⁺``: the arguments in ``S`` or attacked by ``S``."""
        s = self._index_set(arguments)
        rng = set(s)
        for i in s:
            rng.update(self._successors[i])
        return self.arguments_at(rng)

    def is_conflict_free(self, arguments: Iterable[Argument]) -> bool:
        """No member of the set attacks a member (itself included).

        >>> ArgumentFramework.from_attacks([("a", "b")]).is_conflict_free({"a", "b"})
        False
        """
        s = self._index_set(arguments)
        return all(s.isdisjoint(self._successors[i]) for i in s)

    def defends(self, arguments: Iterable[Argument], argument: Argument) -> bool:
        """Whether the set attacks every attacker of ``argument``."""
        s = self._index_set(arguments)
        attacked = set()
        for i in s:
            attacked.update(self._successors[i])
        return all(b in attacked for b in self.predecessors[self.index(argument)])

    def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]:
        """Jupyter display: the diagram as SVG, or a text summary when it cannot be drawn."""
        try:
            from argmap.render.notebook import mimebundle
        except ImportError:  # the graphviz package is missing: show text
            return {"text/plain": repr(self)}
        return mimebundle(self)

    def characteristic(self, arguments: Iterable[Argument]) -> frozenset[Argument]:
        """Dung's characteristic function ``F(S)``: the arguments ``S`` defends.

        >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c")])
        >>> sorted(af.characteristic(set()))
        ['a']
        >>> sorted(af.characteristic({"a"}))
        ['a', 'c']
        """
        s = self._index_set(arguments)
        attacked = set()
        for i in s:
            attacked.update(self._successors[i])
        return self.arguments_at(
            k for k, row in enumerate(self.predecessors) if all(b in attacked for b in row)
        )

    def is_admissible(self, arguments: Iterable[Argument]) -> bool:
        """Conflict-free and defending each of its members."""
        s = frozenset(arguments)
        return self.is_conflict_free(s) and s <= self.characteristic(s)

    def is_complete(self, arguments: Iterable[Argument]) -> bool:
        """Conflict-free and equal to the set of arguments it defends."""
        s = frozenset(arguments)
        return self.is_conflict_free(s) and s == self.characteristic(s)

    def is_stable(self, arguments: Iterable[Argument]) -> bool:
        """Conflict-free and attacking every argument outside it."""
        s = frozenset(arguments)
        return self.is_conflict_free(s) and len(self.range_of(s)) == len(self)


def _index_arguments(args: tuple[Argument, ...]) -> dict[Argument, int]:
    index: dict[Argument, int] = {}
    for i, a in enumerate(args):
        try:
            seen = a in index
        except TypeError:
            raise FrameworkError(
                f"argument {a!r} is not hashable; arguments must be hashable labels "
                "such as strings or ints"
            ) from None
        if seen:
            other = args[index[a]]
            if type(other) is not type(a):
                raise FrameworkError(_equal_across_types(other, a))
            raise DuplicateArgumentError(
                f"argument {a!r} is listed twice (positions {index[a]} and {i}); "
                "each argument must appear once"
            )
        index[a] = i
    return index


def _equal_across_types(first: Argument, second: Argument) -> str:
    return (
        f"arguments {first!r} ({type(first).__name__}) and {second!r} "
        f"({type(second).__name__}) compare equal in Python, so they would be merged into one "
        "argument; use labels that differ (for example all strings)"
    )


def _unpack_attack(pair: Any) -> tuple[Argument, Argument]:
    if isinstance(pair, str | bytes):
        # a two-character string unpacks into two arguments, so ["ab"] would silently read
        # as a -> b
        raise FrameworkError(
            f"an attack must be an (attacker, attacked) pair, got the string {pair!r}; "
            f"write ({pair[:1]!r}, {pair[1:]!r}) if that is what you mean"
            if len(pair) == 2
            else f"an attack must be an (attacker, attacked) pair, got the string {pair!r}"
        )
    try:
        source, target = pair
    except (TypeError, ValueError):
        raise FrameworkError(
            f"an attack must be an (attacker, attacked) pair, got {pair!r}"
        ) from None
    return source, target


def strongly_connected_components(successors: Adjacency) -> list[list[int]]:
    """SCCs of an integer graph in topological order (sources first), without recursion.

    Iterative form of Tarjan's algorithm (R. Tarjan, "Depth-first search and
    linear graph algorithms", SIAM J. Computing 1(2), 1972). Tarjan emits
    components in reverse topological order; the result is reversed. Members of
    each component are sorted.
    """
    n = len(successors)
    index = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    stack: list[int] = []
    components: list[list[int]] = []
    counter = 0
    for root in range(n):
        if index[root] != -1:
            continue
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        work = [(root, 0)]
        while work:
            v, pos = work[-1]
            row = successors[v]
            if pos < len(row):
                work[-1] = (v, pos + 1)
                w = row[pos]
                if index[w] == -1:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on_stack[w] = True
                    work.append((w, 0))
                elif on_stack[w] and index[w] < low[v]:
                    low[v] = index[w]
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                if low[v] < low[parent]:
                    low[parent] = low[v]
            if low[v] == index[v]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack[w] = False
                    component.append(w)
                    if w == v:
                        break
                component.sort()
                components.append(component)
    components.reverse()
    return components


class ArgumentFrameworkBuilder:
    """Build a framework step by step, then freeze it with :meth:`build`.

    Attacks may name arguments before or after they are added; :meth:`build`
    reports any attack whose arguments were never added.

    >>> b = ArgumentFrameworkBuilder()
    >>> b.add_arguments("a", "b")
    >>> b.add_attack("a", "b")
    >>> b.build()
    ArgumentFramework(['a', 'b'], [('a', 'b')])
    """

    def __init__(self) -> None:
        self._arguments: dict[Argument, None] = {}
        self._attacks: list[tuple[Argument, Argument]] = []

    def add_argument(self, argument: Argument) -> None:
        """Add one argument; adding the same one twice is an error."""
        if argument in self._arguments:
            raise DuplicateArgumentError(f"argument {argument!r} was already added")
        self._arguments[argument] = None

    def add_arguments(self, *arguments: Argument) -> None:
        """Add several arguments."""
        for a in arguments:
            self.add_argument(a)

    def add_attack(self, attacker: Argument, attacked: Argument) -> None:
        """Record that ``attacker`` attacks ``attacked``."""
        self._attacks.append((attacker, attacked))

    def build(self) -> ArgumentFramework:
        """The immutable framework."""
        return ArgumentFramework(self._arguments, self._attacks)
