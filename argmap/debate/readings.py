"""Support readings: how a debate's supports and undercuts become a Dung framework.

A *reading* says what a support means; each turns a debate into an
:class:`~argmap.framework.ArgumentFramework` (a :class:`Flattening`) and keeps the trace of
every attack it derives, so a user can see which support chain made a claim fall.

``deductive`` (Cayrol and Lagasquie-Schiex 2013, "Bipolarity in argumentation graphs:
towards a better understanding", IJAR 54(7); Boella, Gabbay, van der Torre and Villata
2010, "Support in abstract argumentation", COMMA)
    ``a`` supports ``b``: accepting ``a`` commits one to ``b``. Attacks are closed under
    *supported* attacks (``a`` supports ... ``x``, ``x`` attacks ``c``: ``a`` attacks
    ``c``) and *mediated* attacks (``a`` attacks ``y``, ``c`` supports ... ``y``: ``a``
    attacks ``c``); both together give *super-mediated* attacks. In one formula:
    ``a`` attacks ``c`` iff ``a ⇒* x``, ``x → y`` and ``c ⇒* y``.
``necessary`` (Nouioua and Risch 2010, "Bipolar argumentation frameworks with specialized
supports", ICTAI; Nouioua 2013)
    ``a`` supports ``b``: ``b`` cannot be accepted without ``a``. Attacks are closed under
    *secondary* attacks (``a`` attacks ``y``, ``y`` supports ... ``c``: ``a`` attacks
    ``c``) and *extended* attacks (``x`` supports ... ``a``, ``x`` attacks ``c``: ``a``
    attacks ``c``): ``a`` attacks ``c`` iff ``x ⇒* a``, ``x → y`` and ``y ⇒* c``.
``evidential`` (Oren and Norman 2008, "Semantics for evidence-based argumentation",
COMMA; the translation to Dung frameworks follows Polberg and Oren 2014, "Revisiting
support in abstract argumentation systems", COMMA)
    A claim with no incoming support stands on its own (it is *prima facie*). A claim
    with supporters stands only through a chain of supports from a prima facie claim.
    Each such chain becomes one argument (written ``"c<b<a"`` for ``a ⇒ b ⇒ c``); an
    attack on any claim of the chain attacks the argument. A claim is accepted when one
    of its chains is; a claim whose supporters never reach a prima facie claim (a
    support cycle) has no argument and is rejected.
``none``
    Supports are ignored; only attacks count. The baseline a reading is compared with.

Undercuts (an attack on a support or attack relation) follow the meta-argument encoding
of Boella, Gabbay, van der Torre and Villata (2009, "Meta-argumentation modelling I",
Studia Logica 93) as used for Modgil's extended frameworks: an attack ``a → c`` that an
undercut can cancel becomes ``a → ~a → Y → c``, where ``~a`` ("``a`` is not accepted")
and ``Y`` ("the attack holds", labelled ``a~>1``, ``a~>2``, ...) are new arguments and every
undercutter attacks ``Y``; ``Flattening.meta`` says what each stands for.
An undercut of a support cancels every derived attack (or, under the evidential reading,
every chain) that needs that support. Undercutters act directly; their own supporters
do not inherit the undercut.

>>> from argmap.debate import DebateBuilder
>>> b = DebateBuilder("Ban it?")
>>> for c in "abc": _ = b.claim(c, c.upper())
>>> _ = b.supports("a", "b")
>>> _ = b.attacks("c", "b")
>>> flat = flatten(b.build(), "deductive")
>>> [(d.attacker, d.target, d.kind) for d in flat.attacks]
[('c', 'b', 'direct'), ('c', 'a', 'mediated')]
>>> print(flat.attacks[1].explain())  # doctest: +NORMALIZE_WHITESPACE
c attacks a (mediated attack): c attacks b directly, and a supports b,
so accepting a commits one to b.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from typing import Any

import attrs

from argmap.debate.model import Debate, Relation, SupportReading
from argmap.errors import ArgmapError
from argmap.framework import ArgumentFramework

__all__ = [
    "MAX_EVIDENTIAL_ARGUMENTS",
    "DerivedAttack",
    "Flattening",
    "SupportReading",
    "flatten",
]

#: The evidential reading makes one argument per support chain; past this many it stops
#: with an error rather than build a framework too large to evaluate.
MAX_EVIDENTIAL_ARGUMENTS = 20_000

Conditions = tuple[frozenset[str], ...]


@attrs.frozen
class DerivedAttack:
    """One claim-level attack of a flattened debate, with the chain that produced it.

    ``via`` is the id of the attack relation at its root. ``attacker_chain`` and
    ``target_chain`` are support chains written supporter first: under the deductive
    reading the attacker supports (through ``attacker_chain``) the claim that attacks, and
    the target supports the claim attacked; under the necessary reading the claim that
    attacks is necessary for the attacker, and the claim attacked is necessary for the
    target. ``conditions`` lists the sets of relation ids whose undercutting would cancel
    one way of deriving the attack; it is ``(frozenset(),)`` when nothing can.
    """

    attacker: str
    target: str
    kind: str
    via: str
    attacker_chain: tuple[str, ...]
    target_chain: tuple[str, ...]
    conditions: Conditions = (frozenset(),)

    @property
    def unconditional(self) -> bool:
        """Whether no undercut can cancel this attack."""
        return any(not c for c in self.conditions)

    def explain(self) -> str:
        """One sentence saying why the attack holds."""
        a, c = self.attacker, self.target
        head = f"{a} attacks {c} ({self.kind} attack)"
        up = _chain_text(self.attacker_chain)
        down = _chain_text(self.target_chain)
        root_source = self.attacker_chain[-1] if self.kind in ("supported", "super-mediated") else a
        root_target = self.target_chain[-1] if self.kind in ("mediated", "super-mediated") else c
        if self.kind == "direct":
            return f"{a} attacks {c} directly."
        if self.kind == "supported":
            return f"{head}: {up}, and {root_source} attacks {c} directly."
        if self.kind == "mediated":
            return (
                f"{head}: {a} attacks {root_target} directly, and {down}, "
                f"so accepting {c} commits one to {root_target}."
            )
        if self.kind == "super-mediated":
            return (
                f"{head}: {up}, {root_source} attacks {root_target} directly, and {down}, "
                f"so accepting {c} commits one to {root_target}."
            )
        if self.kind == "secondary":
            return (
                f"{head}: {a} attacks {self.target_chain[0]} directly, and {down}, "
                f"so {c} cannot stand without {self.target_chain[0]}."
            )
        if self.kind == "extended":
            return (
                f"{head}: {up}, so {a} cannot stand without {self.attacker_chain[0]}, "
                f"and {self.attacker_chain[0]} attacks {c} directly."
            )
        return (  # extended secondary
            f"{head}: {up}, so {a} cannot stand without {self.attacker_chain[0]}; "
            f"{self.attacker_chain[0]} attacks {self.target_chain[0]} directly, and {down}, "
            f"so {c} cannot stand without {self.target_chain[0]}."
        )


@attrs.frozen
class Flattening:
    """A debate read as a Dung framework under one support reading.

    ``arguments_of`` maps each claim id to the framework arguments that stand for it (the
    claim itself, or under the evidential reading one argument per support chain, or none
    when the claim has no chain). ``meta`` describes every other argument (undercut
    machinery). ``attacks`` are the claim-level attacks with their traces.
    """

    debate: Debate
    reading: SupportReading
    framework: ArgumentFramework
    arguments_of: dict[str, tuple[str, ...]]
    attacks: tuple[DerivedAttack, ...]
    meta: dict[str, str]
    protected: frozenset[str] = frozenset()

    def attacks_on(self, claim_id: str) -> tuple[DerivedAttack, ...]:
        """The claim-level attacks whose target is this claim."""
        self.debate.claim(claim_id)
        return tuple(d for d in self.attacks if d.target == claim_id)

    def attacks_by(self, claim_id: str) -> tuple[DerivedAttack, ...]:
        """The claim-level attacks made by this claim."""
        self.debate.claim(claim_id)
        return tuple(d for d in self.attacks if d.attacker == claim_id)


def flatten(
    debate: Debate, reading: SupportReading | str = "evidential", protected: Iterable[str] = ()
) -> Flattening:
    """The Dung framework of ``debate`` under a support reading.

    ``protected`` claims (a perspective's preferred claims) cannot be defeated by claims
    outside the set: an attack from an unprotected claim on a protected one is dropped,
    as in Amgoud and Cayrol's preference-based frameworks (2002, "A reasoning model based
    on the production of acceptable arguments", AMAI 34).

    >>> from argmap.debate import DebateBuilder
    >>> b = DebateBuilder("Q?")
    >>> for c in "ab": _ = b.claim(c, c)
    >>> _ = b.attacks("a", "b")
    >>> sorted(flatten(b.build(), "none").framework.attacks)
    [('a', 'b')]
    """
    reading = SupportReading.parse(reading)
    protected_set = frozenset(protected)
    for claim_id in protected_set:
        debate.claim(claim_id)
    builder = _Flattener(debate, reading, protected_set)
    return builder.run()


class _Flattener:
    def __init__(self, debate: Debate, reading: SupportReading, protected: frozenset[str]):
        self.debate = debate
        self.reading = reading
        self.protected = protected
        self.undercutters: dict[str, list[str]] = {}
        for u in debate.undercuts:
            self.undercutters.setdefault(u.target, []).append(u.source)
        self.supports_into: dict[str, list[Relation]] = {c: [] for c in debate.claim_ids}
        self.supports_from: dict[str, list[Relation]] = {c: [] for c in debate.claim_ids}
        if reading is not SupportReading.NONE:
            for s in debate.supports:
                self.supports_into[s.target].append(s)
                self.supports_from[s.source].append(s)
        self.arguments: list[str] = []
        self.pairs: list[tuple[str, str]] = []
        self.meta: dict[str, str] = {}
        self._declared: set[str] = set()
        self._holds: dict[tuple[str, frozenset[str]], str] = {}

    def _argument(self, label: str, description: str | None = None) -> str:
        if label not in self._declared:
            self._declared.add(label)
            self.arguments.append(label)
            if description is not None:
                self.meta[label] = description
        return label

    def _blocked(self, attacker: str, target: str) -> bool:
        return target in self.protected and attacker not in self.protected

    def run(self) -> Flattening:
        if self.reading is SupportReading.EVIDENTIAL:
            arguments_of, derived = self._evidential()
        else:
            arguments_of, derived = self._closure()
        framework = ArgumentFramework(self.arguments, self.pairs)
        return Flattening(
            self.debate,
            self.reading,
            framework,
            arguments_of,
            tuple(derived),
            self.meta,
            self.protected,
        )

    # -- attacks that undercuts can cancel -------------------------------------------------

    def _conditional_attack(
        self, attacker_arg: str, target_args: Iterable[str], conditions: Conditions
    ) -> None:
        """Emit an attack from one argument on several, cancellable as ``conditions`` say."""
        targets = list(target_args)
        if not targets:
            return
        if any(not c for c in conditions):
            self.pairs.extend((attacker_arg, t) for t in targets)
            return
        not_attacker = self._argument(f"~{attacker_arg}", f"{attacker_arg} is not accepted")
        self.pairs.append((attacker_arg, not_attacker))
        for condition in conditions:
            names = ", ".join(sorted(condition))
            key = (attacker_arg, condition)
            if key not in self._holds:
                # one word, so the flattened framework can be written as TGF or apx
                number = sum(1 for a, _ in self._holds if a == attacker_arg) + 1
                self._holds[key] = f"{attacker_arg}~>{number}"
            holds = self._argument(
                self._holds[key], f"the attacks of {attacker_arg} that need {names} hold"
            )
            self.pairs.append((not_attacker, holds))
            for relation_id in sorted(condition):
                for undercutter in self.undercutters.get(relation_id, ()):
                    for u_arg in self._args_of.get(undercutter, ()):
                        self.pairs.append((u_arg, holds))
            self.pairs.extend((holds, t) for t in targets)

    # -- deductive, necessary and none: a closure of attacks over claims --------------------

    def _reach(
        self, start: str, forward: bool
    ) -> dict[str, list[tuple[frozenset[str], tuple[str, ...]]]]:
        """Claims reachable from ``start`` along supports (``forward``: supporter to
        supported), each with its minimal sets of undercut supports and a shortest path
        (written from ``start``)."""
        best: dict[str, list[tuple[frozenset[str], tuple[str, ...]]]] = {
            start: [(frozenset(), (start,))]
        }
        queue: deque[tuple[str, frozenset[str], tuple[str, ...]]]
        queue = deque([(start, frozenset[str](), (start,))])
        edges = self.supports_from if forward else self.supports_into
        while queue:
            node, condition, path = queue.popleft()
            for relation in edges[node]:
                nxt = relation.target if forward else relation.source
                extended = (
                    condition | {relation.id} if relation.id in self.undercutters else condition
                )
                entries = best.setdefault(nxt, [])
                if any(known <= extended for known, _ in entries):
                    continue
                entries[:] = [(k, p) for k, p in entries if not extended <= k]
                entries.append((extended, (*path, nxt)))
                queue.append((nxt, extended, (*path, nxt)))
        return best

    def _closure(self) -> tuple[dict[str, tuple[str, ...]], list[DerivedAttack]]:
        debate = self.debate
        for claim_id in debate.claim_ids:
            self._argument(claim_id)
        self._args_of = {c: (c,) for c in debate.claim_ids}
        deductive = self.reading is SupportReading.DEDUCTIVE
        cache: dict[tuple[str, bool], dict[str, list[tuple[frozenset[str], tuple[str, ...]]]]] = {}

        def reach(
            node: str, forward: bool
        ) -> dict[str, list[tuple[frozenset[str], tuple[str, ...]]]]:
            key = (node, forward)
            if key not in cache:
                cache[key] = self._reach(node, forward)
            return cache[key]

        found: dict[tuple[str, str], list[Any]] = {}
        order: list[tuple[str, str]] = []
        for relation in debate.attacks:
            x, y = relation.source, relation.target
            own = frozenset({relation.id}) if relation.id in self.undercutters else frozenset()
            # deductive: attackers reach x backwards (a ⇒* x), targets reach y backwards
            # necessary: attackers are reached from x forwards (x ⇒* a), targets from y forwards
            attacker_side = reach(x, forward=not deductive)
            target_side = reach(y, forward=not deductive)
            for a, a_entries in attacker_side.items():
                for c, c_entries in target_side.items():
                    if self._blocked(a, c):
                        continue
                    conditions = {ea | own | ec for ea, _ in a_entries for ec, _ in c_entries}
                    a_path, c_path = a_entries[0][1], c_entries[0][1]
                    if deductive:  # paths were walked backwards from x and y
                        a_chain, c_chain = tuple(reversed(a_path)), tuple(reversed(c_path))
                    else:
                        a_chain, c_chain = a_path, c_path
                    size = len(a_chain) + len(c_chain)
                    key = (a, c)
                    if key not in found:
                        found[key] = [set(), size, relation.id, a_chain, c_chain]
                        order.append(key)
                    record = found[key]
                    record[0] |= conditions
                    if size < record[1]:
                        record[1:] = [size, relation.id, a_chain, c_chain]
        derived = []
        for a, c in order:
            conditions_set, _, via, a_chain, c_chain = found[(a, c)]
            conditions = _minimal(conditions_set)
            kind = _kind(deductive, len(a_chain) > 1, len(c_chain) > 1)
            derived.append(DerivedAttack(a, c, kind, via, a_chain, c_chain, conditions))
        for attack in derived:
            self._conditional_attack(attack.attacker, [attack.target], attack.conditions)
        return dict(self._args_of), derived

    # -- evidential: one argument per support chain from a prima facie claim -----------------

    def _evidential(self) -> tuple[dict[str, tuple[str, ...]], list[DerivedAttack]]:
        debate = self.debate
        chains: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = {}
        total = 0
        for claim_id in debate.claim_ids:
            found = self._chains_to(claim_id)
            total += len(found)
            if total > MAX_EVIDENTIAL_ARGUMENTS:
                raise ArgmapError(
                    f"the evidential reading needs more than {MAX_EVIDENTIAL_ARGUMENTS} "
                    "arguments (one per support chain); use support='deductive' or "
                    "'necessary', whose frameworks have one argument per claim"
                )
            chains[claim_id] = found
        args_of: dict[str, list[str]] = {c: [] for c in debate.claim_ids}
        members: dict[str, list[str]] = {c: [] for c in debate.claim_ids}  # claim -> args using it
        arg_supports: dict[str, frozenset[str]] = {}
        for claim_id in debate.claim_ids:
            for path, used in chains[claim_id]:
                label = "<".join(reversed(path))
                self._argument(label)
                args_of[claim_id].append(label)
                arg_supports[label] = used
                for member in path:
                    members[member].append(label)
        self._args_of = {c: tuple(v) for c, v in args_of.items()}
        # undercut supports: every argument of the undercutter attacks every chain using it
        for label, used in arg_supports.items():
            for relation_id in sorted(used):
                for undercutter in self.undercutters.get(relation_id, ()):
                    for u_arg in self._args_of[undercutter]:
                        self.pairs.append((u_arg, label))
        derived = []
        for relation in debate.attacks:
            x, y = relation.source, relation.target
            if self._blocked(x, y):
                continue
            conditions: Conditions = (
                (frozenset({relation.id}),) if relation.id in self.undercutters else (frozenset(),)
            )
            derived.append(DerivedAttack(x, y, "direct", relation.id, (x,), (y,), conditions))
            for attacker_arg in self._args_of[x]:
                self._conditional_attack(attacker_arg, members[y], conditions)
        return dict(self._args_of), derived

    def _chains_to(self, claim_id: str) -> list[tuple[tuple[str, ...], frozenset[str]]]:
        """Every simple support chain ending at ``claim_id`` that starts at a prima facie
        claim, written from the prima facie claim; with the supports it uses that an
        undercut targets."""
        out: list[tuple[tuple[str, ...], frozenset[str]]] = []
        stack: list[tuple[str, tuple[str, ...], frozenset[str]]] = [
            (claim_id, (claim_id,), frozenset())
        ]
        while stack:
            node, path, used = stack.pop()
            incoming = self.supports_into[node]
            if not incoming:
                out.append((tuple(reversed(path)), used))
                continue
            for relation in reversed(incoming):  # reversed: pop() then visits in order
                if relation.source in path:
                    continue
                more = used | {relation.id} if relation.id in self.undercutters else used
                stack.append((relation.source, (*path, relation.source), more))
            if len(out) > MAX_EVIDENTIAL_ARGUMENTS:
                break
        return out


def _chain_text(chain: tuple[str, ...]) -> str:
    """``a supports b, which supports c``."""
    if len(chain) < 2:
        return ""
    text = f"{chain[0]} supports {chain[1]}"
    for claim in chain[2:]:
        text += f", which supports {claim}"
    return text


def _minimal(sets: Iterable[frozenset[str]]) -> Conditions:
    ordered = sorted(set(sets), key=lambda s: (len(s), sorted(s)))
    kept: list[frozenset[str]] = []
    for candidate in ordered:
        if not any(k <= candidate for k in kept):
            kept.append(candidate)
    return tuple(kept)


def _kind(deductive: bool, attacker_side: bool, target_side: bool) -> str:
    if deductive:
        names = {
            (False, False): "direct",
            (True, False): "supported",
            (False, True): "mediated",
            (True, True): "super-mediated",
        }
    else:
        names = {
            (False, False): "direct",
            (True, False): "extended",
            (False, True): "secondary",
            (True, True): "extended secondary",
        }
    return names[(attacker_side, target_side)]
