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
branches on whether an undecided argument is IN (first) or not. Once no
argument can still become IN, propagation has fixed every label. Extra
constraints are *clauses*, "at least one of these arguments has its label in
this subset", watched as in SAT solvers; :func:`argmap.semantics.tasks.is_extension`
uses one to ask for a strictly larger range.

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
from collections.abc import Callable, Iterator, Sequence

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
    prune: Callable[[list[int]], bool] | None = None,
) -> Iterator[list[int]]:
    """Yield every labelling (a list of IN/OUT/UNDEC per index) meeting the constraints.

    ``domains`` restricts each argument's labels up front (default: any label);
    ``clauses`` are extra disjunctions of ``(index, allowed labels)``.
    Labellings come in a fixed order: arguments are decided in ``order``, IN
    tried before every other label. ``prune``, if given, is asked before
    every decision with the current domains and cuts the branch when it
    answers True (the caller knows no labelling below is wanted).
    """
    n = len(successors)
    dom = list(domains) if domains is not None else [ANY] * n
    if order is None:
        order = branching_order(successors, predecessors)
    complete = mode is Mode.COMPLETE
    defend = mode >= Mode.ADMISSIBLE
    # Two watched literals per clause (as in SAT solvers): a clause is looked at only
    # when one of its two watched literals can no longer hold.
    watchers: list[list[int]] = [[] for _ in range(n)]
    watch: list[list[int]] = []
    for ci, clause in enumerate(clauses):
        pair = [0, 1] if len(clause) > 1 else [0, 0]
        watch.append(pair)
        for k in set(pair) if clause else ():
            watchers[clause[k][0]].append(ci)
    trail: list[tuple[int, int]] = []
    queue: list[int] = []
    if not all(dom):
        return

    # Per argument, two counts over its attackers, kept up to date on every domain change
    # (and undone on backtracking) so the rules that need them run in constant time.
    degree = [len(row) for row in predecessors]
    n_can_in = list(degree)  # attackers that may still be IN
    n_out = [0] * n  # attackers labelled OUT
    todo: list[int] = []  # arguments whose counts crossed a threshold: check them again

    def recount(y: int, old: int, new: int) -> None:
        """Update the counts of y's targets for y's domain going from old to new.

        A target goes on ``todo`` when narrowing brings its count to the
        threshold of a rule in ``forward``; undoing only restores counts.
        """
        targets = successors[y]
        if old & IN and not new & IN:
            for x in targets:
                n_can_in[x] -= 1
                if n_can_in[x] <= 1:
                    todo.append(x)
        elif new & IN and not old & IN:
            for x in targets:
                n_can_in[x] += 1
        if complete and (new == OUT) != (old == OUT):
            if new == OUT:
                for x in targets:
                    n_out[x] += 1
                    if degree[x] - n_out[x] <= 1:
                        todo.append(x)
            else:
                for x in targets:
                    n_out[x] -= 1

    for y in range(n):  # the counts above are those of all-ANY domains
        recount(y, ANY, dom[y])
    todo.clear()  # every argument is checked once below anyway

    def narrow(v: int, mask: int) -> bool:
        """Intersect v's domain with mask; False when nothing is left."""
        d = dom[v]
        nd = d & mask
        if nd == d:
            return True
        if not nd:
            return False
        trail.append((v, d))
        dom[v] = nd
        recount(v, d, nd)
        queue.append(v)
        return True

    def check_clause(ci: int) -> bool:
        """Restore the watches of clause ``ci``; narrow its last open literal if it is unit."""
        clause = clauses[ci]
        if not clause:
            return False
        pair = watch[ci]
        for side in (0, 1):
            v, m = clause[pair[side]]
            if dom[v] & m:
                continue  # still possible
            other = pair[1 - side]
            size = len(clause)
            for step in range(1, size):  # look onwards from the failed watch, cyclically
                k = (pair[side] + step) % size
                if k != other:
                    u, mu = clause[k]
                    if dom[u] & mu:
                        watchers[v].remove(ci)
                        watchers[u].append(ci)
                        pair[side] = k
                        break
            else:
                u, mu = clause[other]
                if not dom[u] & mu:
                    return False
                if not narrow(u, mu):
                    return False
        return True

    def forward(x: int) -> bool:
        """The rules at x that depend on its attackers' counts."""
        d = dom[x]
        nd = d
        if not n_can_in[x]:
            nd &= IN | UNDEC  # OUT needs an IN attacker
        if complete and n_out[x] == degree[x]:
            nd &= IN  # every attacker OUT: complete labellings make it IN
        if nd != d:
            if not narrow(x, nd):
                return False
            d = nd
        if d == OUT and n_can_in[x] == 1:  # the one attacker that can be IN must be
            for y in predecessors[x]:
                if dom[y] & IN:
                    return narrow(y, IN)
        if complete and not d & IN and degree[x] - n_out[x] == 1:
            for y in predecessors[x]:  # not IN needs an attacker that is not OUT
                if dom[y] != OUT:
                    return narrow(y, IN | UNDEC)
        return True

    def changed(y: int) -> bool:
        """The rules that y's own new domain triggers on its attackers and targets."""
        d = dom[y]
        if d == IN:
            for x in successors[y]:  # attacked by IN: OUT
                if not narrow(x, OUT):
                    return False
            mask = OUT if defend else OUT | UNDEC
        elif not d & OUT:
            mask = OUT | UNDEC  # not OUT, so no attacker is IN
            if defend:
                for x in successors[y]:  # an attacker that cannot be OUT blocks IN
                    if not narrow(x, OUT | UNDEC):
                        return False
        else:
            return forward(y)
        for z in predecessors[y]:
            if not narrow(z, mask):
                return False
        return forward(y)

    def propagate() -> bool:
        """Apply every rule until nothing changes; False on a contradiction."""
        while queue or todo:
            while todo:
                if not forward(todo.pop()):
                    return False
            if queue:
                y = queue.pop()
                if not changed(y):
                    return False
                for ci in list(watchers[y]):
                    if not check_clause(ci):
                        return False
        return True

    def undo(to: int) -> None:
        """Restore the domains (and counts) recorded after trail position ``to``."""
        while len(trail) > to:
            v, d = trail.pop()
            recount(v, dom[v], d)
            dom[v] = d
        queue.clear()
        todo.clear()

    # Initial propagation: every argument and every clause once.
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
        # Branch only on "IN or not": once no argument can still choose IN, propagation
        # has fixed every label (OUT exactly where an IN argument attacks).
        while pos < n and (dom[order[pos]] == IN or not dom[order[pos]] & IN):
            pos += 1
        v = order[pos] if pos < n else next((u for u in order if dom[u] not in DECIDED), -1)
        if v < 0:
            yield list(dom)
            ok = False
        elif prune is not None and prune(dom):
            ok = False
        else:
            d = dom[v]
            value = d & -d  # IN whenever IN is possible
            frames.append((len(trail), v, d & ~value, pos))
            ok = narrow(v, value) and propagate()
        while not ok:
            if not frames:
                return
            mark, v, rest, pos = frames.pop()
            undo(mark)
            if rest:
                ok = narrow(v, rest) and propagate()  # every label but the first, as one branch


def first(labellings: Iterator[list[int]]) -> list[int] | None:
    """The first labelling of a search, or None."""
    return next(labellings, None)
