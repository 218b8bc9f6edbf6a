"""Brute-force semantics written straight from the definitions, for checking argmap.

Nothing here is clever: every candidate subset is tried against the textbook
definition. Only for small frameworks (up to about 10 arguments).

Definitions: Dung 1995 (conflict-free, admissible, complete, grounded,
preferred, stable); Caminada 2006 (semi-stable); Verheij 1996 (stage);
Dung, Mancarella and Toni 2007 (ideal); Caminada 2007 (eager);
Baroni, Giacomin and Guida 2005 (cf2); Dvořák and Gaggl 2016 (stage2);
Baroni, Caminada and Giacomin 2011 (naive).
"""

from __future__ import annotations

from itertools import combinations

Attack = tuple[int, int]


def all_subsets(args):
    args = sorted(args)
    for k in range(len(args) + 1):
        for combo in combinations(args, k):
            yield frozenset(combo)


def attacked(S, R):
    return frozenset(b for (a, b) in R if a in S)


def conflict_free(S, R):
    return not any(a in S and b in S for (a, b) in R)


def defends(S, x, R):
    hit = attacked(S, R)
    return all(a in hit for (a, b) in R if b == x)


def admissible(S, R):
    return conflict_free(S, R) and all(defends(S, x, R) for x in S)


def complete(S, A, R):
    return admissible(S, R) and all(x in S for x in A if defends(S, x, R))


def stable(S, A, R):
    return conflict_free(S, R) and S | attacked(S, R) == frozenset(A)


def maximal(sets):
    return [S for S in sets if not any(S < T for T in sets)]


def max_range(sets, R):
    ranges = {S: S | attacked(S, R) for S in sets}
    return [S for S in sets if not any(ranges[S] < ranges[T] for T in sets)]


def largest_admissible_inside(bound, A, R):
    inside = [S for S in all_subsets(bound) if admissible(S, R)]
    return max(inside, key=len)


def reachable(A, R, x):
    seen = {x}
    frontier = [x]
    while frontier:
        y = frontier.pop()
        for a, b in R:
            if a == y and b not in seen:
                seen.add(b)
                frontier.append(b)
    return seen


def sccs(A, R):
    reach = {x: reachable(A, R, x) for x in A}
    comps = []
    for x in sorted(A):
        comp = frozenset(y for y in A if y in reach[x] and x in reach[y])
        if comp not in comps:
            comps.append(comp)
    return comps


def restrict(A, R, keep):
    return frozenset(keep), frozenset((a, b) for (a, b) in R if a in keep and b in keep)


def scc_recursive_member(E, A, R, base):
    """Baroni, Giacomin and Guida 2005: the SCC-recursive definition, verbatim."""
    components = sccs(A, R)
    if len(components) <= 1:
        return E in base(A, R)
    for S in components:
        up = {a for a in S if not any(b in E and b not in S and c == a for (b, c) in R)}
        sub_A, sub_R = restrict(A, R, up)
        if not scc_recursive_member(E & S, sub_A, sub_R, base):
            return False
    return True


def naive_sets(A, R):
    return maximal([S for S in all_subsets(A) if conflict_free(S, R)])


def stage_sets(A, R):
    return max_range([S for S in all_subsets(A) if conflict_free(S, R)], R)


def reference_extensions(code: str, A, R) -> set[frozenset]:
    """Every extension of ``(A, R)`` under the semantics with ICCMA ``code``."""
    A = frozenset(A)
    R = frozenset(R)
    subsets = list(all_subsets(A))
    cf = [S for S in subsets if conflict_free(S, R)]
    adm = [S for S in cf if admissible(S, R)]
    co = [S for S in adm if complete(S, A, R)]
    if code == "CF":
        return set(cf)
    if code == "ADM":
        return set(adm)
    if code == "CO":
        return set(co)
    if code == "GR":
        return {min(co, key=len)}
    if code == "PR":
        return set(maximal(adm))
    if code == "ST":
        return {S for S in cf if stable(S, A, R)}
    if code == "NAI":
        return set(maximal(cf))
    if code == "SST":
        return set(max_range(co, R))
    if code == "STG":
        return set(max_range(cf, R))
    if code == "ID":
        common = frozenset.intersection(*maximal(adm))
        return {largest_admissible_inside(common, A, R)}
    if code == "EAG":
        common = frozenset.intersection(*max_range(co, R))
        return {largest_admissible_inside(common, A, R)}
    if code == "CF2":
        return {S for S in cf if scc_recursive_member(S, A, R, naive_sets)}
    if code == "STG2":
        return {S for S in cf if scc_recursive_member(S, A, R, stage_sets)}
    raise ValueError(code)
