"""A labelling search with propagation: the engine under the extension-based semantics.

Every semantics argmap computes by search is a question about *labellings*:
maps from arguments to IN, OUT or UNDEC (Caminada 2006). Given the set ``E``
of IN arguments, the labelling here is always the canonical one, OUT = the
arguments ``E`` attacks, UNDEC = the rest, so labellings and sets correspond
one to one. Three constraint *modes* pick out the sets:

``CONFLICT_FREE``
    an IN argument has no IN attacker (conflict-free sets);
``ADMISSIBLE``
    and every attacker of an IN argument is OUT (admissible sets);
``COMPLETE``
    and an argument whose attackers are all OUT is IN (complete extensions).

The search keeps a domain (a subset of {IN, OUT, UNDEC}) per argument,
narrows domains by propagating the constraints until nothing changes, and
branches on an undecided argument, IN first. Extra constraints are *clauses*:
"at least one of these arguments has its label in this subset"; they are what
the maximality loops in :mod:`argmap.semantics.optimal` add.

Propagation is sound (it never removes a label some solution needs) and at a
fixpoint with every domain a single label the labelling satisfies every
constraint, so each leaf is a solution and each solution is one leaf.
Everything is iterative: no recursion depth grows with the input.

The style follows the labelling algorithms of S. Nofal, K. Atkinson and
P. E. Dunne, "Algorithms for decision problems in argument systems under
preferred semantics", Artificial Intelligence 207, 2014, with unit
propagation on the complete-labelling constraints.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Sequence

IN = 1
OUT = 2
UNDEC = 4
ANY = IN | OUT | UNDEC
DECIDED = (IN, OUT, UNDEC)

Clause = Sequence[tuple[int, int]]


class Mode(enum.IntEnum):
    """Which sets the labelling search enumerates."""

    CONFLICT_FREE = 0
    ADMISSIBLE = 1
    COMPLETE = 2


def branching_order(
    successors: Sequence[Sequence[int]], predecessors: Sequence[Sequence[int]]
) -> list[int]:
    """Arguments by decreasing number of attacks touching them; ties by index.

    Deciding the most connected arguments first makes propagation do most of
    the work. The order is fixed, so results are deterministic.
    """
    n = len(successors)
    return sorted(range(n), key=lambda i: (-(len(successors[i]) + len(predecessors[i])), i))


def search(
    successors: Sequence[Sequence[int]],
    predecessors: Sequence[Sequence[int]],
    mode: Mode,
    domains: Sequence[int] | None = None,
    clauses: Sequence[Clause] = (),
    order: Sequence[int] | None = None,
) -> Iterator[list[int]]:
    """Yield every labelling (a list of IN/OUT/UNDEC per index) meeting the constraints.

    ``domains`` restricts each argument's labels up front (default: any label);
    ``clauses`` are extra disjunctions of ``(index, allowed labels)``.
    Labellings come in a fixed order: arguments are decided in ``order`` with
    IN tried before OUT before UNDEC.
    """
    n = len(successors)
    dom = list(domains) if domains is not None else [ANY] * n
    if order is None:
        order = branching_order(successors, predecessors)
    complete = mode is Mode.COMPLETE
    defend = mode >= Mode.ADMISSIBLE
    occurs: list[list[int]] = [[] for _ in range(n)]
    for ci, clause in enumerate(clauses):
        for v, _ in clause:
            occurs[v].append(ci)
    trail: list[tuple[int, int]] = []
    queue: list[int] = []

    def narrow(v: int, mask: int) -> bool:
        d = dom[v]
        nd = d & mask
        if nd == d:
            return True
        if not nd:
            return False
        trail.append((v, d))
        dom[v] = nd
        queue.append(v)
        return True

    def check_clause(ci: int) -> bool:
        unit = -1
        unit_mask = 0
        open_literals = 0
        for v, m in clauses[ci]:
            dv = dom[v]
            if dv & m == dv:
                return True  # satisfied
            if dv & m:
                open_literals += 1
                unit, unit_mask = v, m
                if open_literals > 1:
                    return True
        if open_literals == 0:
            return False
        return narrow(unit, unit_mask)

    def check(x: int) -> bool:
        """Narrow x and its attackers by the labelling constraints at x."""
        d = dom[x]
        att = predecessors[x]
        attacked_by_in = False
        can_in = 0
        last_can_in = -1
        not_out = 0
        last_not_out = -1
        some_cannot_be_out = False
        for y in att:
            dy = dom[y]
            if dy == IN:
                attacked_by_in = True
                break
            if dy & IN:
                can_in += 1
                last_can_in = y
            if dy != OUT:
                not_out += 1
                last_not_out = y
            if not dy & OUT:
                some_cannot_be_out = True
        if attacked_by_in:
            nd = d & OUT
        else:
            nd = d
            if can_in == 0:
                nd &= IN | UNDEC  # OUT needs an IN attacker
            if defend and some_cannot_be_out:
                nd &= OUT | UNDEC  # IN needs every attacker OUT
            if complete and not_out == 0:
                nd &= IN  # all attackers OUT: complete labellings make it IN
        if nd != d:
            if not nd:
                return False
            trail.append((x, d))
            dom[x] = nd
            queue.append(x)
            d = nd
        if d == IN:
            mask = OUT if defend else OUT | UNDEC
            for y in att:
                if not narrow(y, mask):
                    return False
        elif not d & OUT:
            for y in att:  # not OUT, so not attacked by IN
                if not narrow(y, OUT | UNDEC):
                    return False
        if attacked_by_in:
            return True
        if d == OUT and can_in == 1 and not narrow(last_can_in, IN):
            return False
        return not (
            complete and not d & IN and not_out == 1 and not narrow(last_not_out, IN | UNDEC)
        )

    def propagate() -> bool:
        while queue:
            y = queue.pop()
            if not check(y):
                return False
            for x in successors[y]:
                if not check(x):
                    return False
            for ci in occurs[y]:
                if not check_clause(ci):
                    return False
        return True

    def undo(to: int) -> None:
        while len(trail) > to:
            v, d = trail.pop()
            dom[v] = d
        queue.clear()

    # Initial propagation: every argument and every clause once.
    ok = all(dom[v] for v in range(n))
    if ok:
        queue.extend(range(n - 1, -1, -1))
        ok = propagate()
    if ok:
        for ci in range(len(clauses)):
            if not check_clause(ci):
                ok = False
                break
        ok = ok and propagate()
    if not ok:
        return

    frames: list[tuple[int, int, int, int]] = []  # (trail length, var, labels left, order pos)
    pos = 0
    while True:
        while pos < n and dom[order[pos]] in DECIDED:
            pos += 1
        if pos == n:
            yield list(dom)
            ok = False
        else:
            v = order[pos]
            d = dom[v]
            value = d & -d
            frames.append((len(trail), v, d & ~value, pos))
            ok = narrow(v, value) and propagate()
        while not ok:
            if not frames:
                return
            mark, v, rest, pos = frames.pop()
            undo(mark)
            if not rest:
                continue
            value = rest & -rest
            rest &= ~value
            if rest:
                frames.append((mark, v, rest, pos))
            ok = narrow(v, value) and propagate()


def first(labellings: Iterator[list[int]]) -> list[int] | None:
    """The first labelling of a search, or None."""
    return next(labellings, None)


def labelled(labelling: Sequence[int], label: int) -> list[int]:
    """The indices carrying ``label``."""
    return [i for i, d in enumerate(labelling) if d == label]
