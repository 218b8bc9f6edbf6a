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

Arguments (``docs/arguments.md``): every reading works on ``debate.inferences``, where a
support is a one-premise argument, so one premise gives exactly the constructions above. A
*linked* argument (premises ``p1 ... pk`` jointly for ``c``) becomes, under the evidential
reading, a set support in Oren and Norman's sense: a support tree generalises a chain (each
claim prima facie or the conclusion of one chosen inference whose premises are all in the
tree; one framework argument per tree, labelled ``"c<p1&p2"``); under the necessary reading,
``k`` necessary supports ``pi ⇒ c`` sharing the argument's undercut condition; under the
deductive reading, a conjunction node named by the argument's id (``pi → ~pi → node`` for each
premise, the meta-argument encoding below) that supports ``c``, so it carries the supported
attacks of ``c`` and receives its mediated attacks, and is what undercuts of the argument
attack.

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
>>> [(d.attacker, d.target, d.kind.value) for d in flat.attacks]
[('c', 'b', 'direct'), ('c', 'a', 'mediated')]
>>> print(flat.attacks[1].explain())  # doctest: +NORMALIZE_WHITESPACE
c attacks a (mediated attack): c attacks b directly, and a supports b,
so accepting a commits one to b.
"""

from __future__ import annotations

import enum
import re
from collections import deque
from collections.abc import Iterable
from typing import Any, NamedTuple

import attrs

from argmap.debate.model import Argument, Debate, SupportReading
from argmap.errors import ArgmapError
from argmap.framework import ArgumentFramework
from argmap.semantics import Semantics

__all__ = [
    "EXACT_WHEN_COMPACT",
    "MAX_CLOSURE_WORK",
    "MAX_EVIDENTIAL_ARGUMENTS",
    "AttackKind",
    "DerivedAttack",
    "Flattening",
    "SupportReading",
    "flatten",
]

#: The evidential reading makes one argument per support tree; past this many arguments
#: beyond the one each claim without support has, it stops with an error rather than build
#: a framework too large to evaluate.
MAX_EVIDENTIAL_ARGUMENTS = 20_000

#: The deductive and necessary readings derive attacks along support chains; past this many
#: steps (pairs of chain ends examined, ways of cancelling an attack recorded, and
#: _DERIVED_ATTACK_COST for each attack derived, which the framework and its trace then
#: carry) they stop with an error naming this limit rather than run for minutes or hours or
#: end in a MemoryError. About 10 s of CPU on one core.
MAX_CLOSURE_WORK = 5_000_000
_DERIVED_ATTACK_COST = 20
# Past this many (attacker, target) pairs to examine, the deductive or necessary closure is
# built compactly instead (Flattening.compact), unless a perspective protects claims: the
# explicit one would spend most of MAX_CLOSURE_WORK on the attacks it derives.
_COMPACT_PAIRS = MAX_CLOSURE_WORK // _DERIVED_ATTACK_COST

#: The semantics under which a compact framework (:attr:`Flattening.compact`) gives every
#: claim its exact status: those defined by complete labellings, whose correspondence with
#: the explicit framework's keeps the order of IN sets (docs/debates.md, "Limits").
EXACT_WHEN_COMPACT = (
    Semantics.GROUNDED,
    Semantics.COMPLETE,
    Semantics.PREFERRED,
    Semantics.STABLE,
    Semantics.IDEAL,
)

Conditions = tuple[frozenset[str], ...]

# How an evidential tree's label is read back into claims: "c<a&b" (c from a and b jointly),
# "c<b<a" (a chain), "...#2" (a second tree written the same way).
_LABEL_PARTS = re.compile(r"[<&]")
_COPY_SUFFIX = re.compile(r"#[0-9]+$")


class _Edge(NamedTuple):
    """A support edge of the deductive and necessary readings: ``source`` supports
    ``target`` through the inference ``inference``; ``cancellable`` when an undercut of the
    inference cancels the attacks derived through the edge."""

    source: str
    target: str
    inference: str
    cancellable: bool


class AttackKind(enum.StrEnum):
    """How a claim-level attack came about: directly, or derived along support chains by the
    deductive reading (supported, mediated, super-mediated; Cayrol and Lagasquie-Schiex
    2013) or the necessary reading (secondary, extended, extended secondary; Nouioua 2013).

    A ``StrEnum``: each member equals its name as a string, so ``attack.kind == "direct"``
    and f-strings read as before.

    >>> AttackKind("super-mediated") is AttackKind.SUPER_MEDIATED, f"{AttackKind.DIRECT}"
    (True, 'direct')
    """

    DIRECT = "direct"
    SUPPORTED = "supported"
    MEDIATED = "mediated"
    SUPER_MEDIATED = "super-mediated"
    SECONDARY = "secondary"
    EXTENDED = "extended"
    EXTENDED_SECONDARY = "extended secondary"


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
    kind: AttackKind = attrs.field(converter=AttackKind)
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
    machinery, and a compact framework's helper arguments). ``attacks`` are the claim-level
    attacks with their traces (only the direct ones when :attr:`compact`: ask
    :meth:`attacks_on` and :meth:`attacks_by`, which derive the others claim by claim).
    """

    debate: Debate
    reading: SupportReading
    framework: ArgumentFramework
    arguments_of: dict[str, tuple[str, ...]]
    attacks: tuple[DerivedAttack, ...]
    meta: dict[str, str]
    protected: frozenset[str] = frozenset()
    #: For each inference (argument or support id) the framework arguments that stand for
    #: it, when the reading makes any: under the evidential reading the support trees whose
    #: last step it is; under the deductive reading a linked argument's conjunction node.
    inference_nodes: dict[str, tuple[str, ...]] = attrs.field(factory=dict)
    #: True when the reading was built compactly because its explicit framework would be
    #: too large (evidential: one argument per claim instead of one per support tree, past
    #: MAX_EVIDENTIAL_ARGUMENTS trees; deductive, necessary: helper arguments instead of one
    #: attack per derived pair); such a framework gives the claims' statuses exactly under
    #: EXACT_WHEN_COMPACT only, and :attr:`attacks` lists only the direct attacks.
    compact: bool = False
    # the attacks on and by each claim, indexed on first use; under key None, for a compact
    # deductive or necessary flattening, the builder that derives them claim by claim
    _by_claim: dict[Any, Any] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    def require_exact(self, semantics: Semantics | str) -> None:
        """Raise an ArgmapError when this flattening cannot give the claims' statuses under
        ``semantics`` exactly (a compact framework under a semantics not defined by complete
        labellings); do nothing otherwise.

        >>> from argmap.debate import DebateBuilder
        >>> b = DebateBuilder("Q?")
        >>> _ = b.claim("a", "A")
        >>> flatten(b.build()).require_exact("semi-stable")  # not compact: all semantics
        """
        sem = Semantics.parse(semantics)
        if self.compact and sem not in EXACT_WHEN_COMPACT:
            exact = ", ".join(s.title for s in EXACT_WHEN_COMPACT)
            if self.reading is SupportReading.EVIDENTIAL:
                why = (
                    f"this debate's supports make more than {MAX_EVIDENTIAL_ARGUMENTS} "
                    "evidential support trees (argmap.debate.readings.MAX_EVIDENTIAL_ARGUMENTS), "
                    "so the evidential reading was built with one argument per claim"
                )
            else:
                why = (
                    f"this debate's {self.reading.value} reading derives too many attacks to "
                    f"list (more than {_COMPACT_PAIRS} pairs of claims to examine), so it was "
                    "built with a few arguments per claim and support instead"
                )
            raise ArgmapError(
                f"{why}; that framework gives the claims' statuses exactly under {exact} "
                f"semantics, not under {sem.title}: choose one of those, or another support "
                "reading"
            )

    def claims_in(self, argument: Any) -> tuple[str, ...]:
        """The claims a framework argument stands for: the claim itself, or every claim of
        an evidential support tree (``"c<b<a"``: c, b and a); none for a meta-argument.

        >>> from argmap.debate import DebateBuilder
        >>> b = DebateBuilder("Q?")
        >>> for c in "abc": _ = b.claim(c, c)
        >>> _ = b.argument("A1", ["a", "b"], "c")
        >>> flat = flatten(b.build(), "evidential")
        >>> flat.arguments_of["c"], flat.claims_in("c<a&b")
        (('c<a&b',), ('c', 'a', 'b'))
        """
        if argument in self.meta:
            return ()
        parts = _LABEL_PARTS.split(_COPY_SUFFIX.sub("", str(argument)))
        return tuple(dict.fromkeys(p for p in parts if p in self.arguments_of))

    def attacks_on(self, claim_id: str) -> tuple[DerivedAttack, ...]:
        """The claim-level attacks whose target is this claim (derived on demand when the
        flattening is compact and :attr:`attacks` holds only the direct ones)."""
        self.debate.claim(claim_id)
        return self._indexed(claim_id, target=True)

    def attacks_by(self, claim_id: str) -> tuple[DerivedAttack, ...]:
        """The claim-level attacks made by this claim (derived on demand when the
        flattening is compact)."""
        self.debate.claim(claim_id)
        return self._indexed(claim_id, target=False)

    def _indexed(self, claim_id: str, target: bool) -> tuple[DerivedAttack, ...]:
        key = (claim_id, target)
        found = self._by_claim.get(key)
        if found is not None:
            return found
        if self.compact and self.reading is not SupportReading.EVIDENTIAL:
            # the closure was never listed: derive this claim's attacks alone
            if None not in self._by_claim:
                self._by_claim[None] = _Flattener.for_queries(self)
            flattener = self._by_claim[None]
            flattener._work = 0
            if target:
                found = tuple(flattener._derive(only_target=claim_id))
            else:
                found = tuple(flattener._derive(only_attacker=claim_id))
            self._by_claim[key] = found
            return found
        if not self._by_claim:  # one pass builds both indexes
            on: dict[str, list[DerivedAttack]] = {}
            by: dict[str, list[DerivedAttack]] = {}
            for attack in self.attacks:
                on.setdefault(attack.target, []).append(attack)
                by.setdefault(attack.attacker, []).append(attack)
            for claim in self.debate.claim_ids:
                self._by_claim[(claim, True)] = tuple(on.get(claim, ()))
                self._by_claim[(claim, False)] = tuple(by.get(claim, ()))
        return self._by_claim.get(key, ())


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
    @classmethod
    def for_queries(cls, flattening: Flattening) -> _Flattener:
        """A builder with the support edges of ``flattening``'s reading set up, to derive
        the attacks on or by one claim (:meth:`_derive`)."""
        builder = cls(flattening.debate, flattening.reading, flattening.protected)
        deductive = flattening.reading is SupportReading.DEDUCTIVE
        for inference in builder.inferences:
            builder._support_edges(inference, deductive)
        return builder

    def __init__(self, debate: Debate, reading: SupportReading, protected: frozenset[str]):
        self.debate = debate
        self.reading = reading
        self.protected = protected
        self.undercutters: dict[str, list[str]] = {}
        for u in debate.undercuts:
            self.undercutters.setdefault(u.target, []).append(u.source)
        # Supports and arguments alike: a support is a one-premise argument.
        self.inferences: tuple[Argument, ...] = (
            debate.inferences if reading is not SupportReading.NONE else ()
        )
        self.inferences_into: dict[str, list[Argument]] = {c: [] for c in debate.claim_ids}
        self._supports_from: dict[str, list[Argument]] = {}  # one-premise inferences
        for inference in self.inferences:
            self.inferences_into[inference.conclusion].append(inference)
            if len(inference.premises) == 1:
                self._supports_from.setdefault(inference.premises[0], []).append(inference)
        self.edges_into: dict[str, list[_Edge]] = {}
        self.edges_from: dict[str, list[_Edge]] = {}
        self.inference_nodes: dict[str, list[str]] = {}
        self.arguments: list[str] = []
        self.pairs: list[tuple[str, str]] = []
        self.meta: dict[str, str] = {}
        self._declared: set[str] = set()
        self._holds: dict[tuple[str, frozenset[str]], str] = {}
        self._holds_count: dict[str, int] = {}
        self._work = 0
        self._negated: set[str] = set()  # the arguments whose ~argument is declared
        self.compact = False
        self._reach_cache: dict[
            tuple[str, bool], dict[str, list[tuple[frozenset[str], tuple[str, ...]]]]
        ] = {}

    def _argument(self, label: str, description: str | None = None) -> str:
        if label not in self._declared:
            self._declared.add(label)
            self.arguments.append(label)
            if description is not None:
                self.meta[label] = description
        return label

    def _negation(self, argument: str) -> str:
        """``~argument`` ("argument is not accepted"), declared and attacked by the argument
        once however often it is asked for."""
        name = self._argument(f"~{argument}", f"{argument} is not accepted")
        if argument not in self._negated:
            self._negated.add(argument)
            self.pairs.append((argument, name))
        return name

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
            {i: tuple(nodes) for i, nodes in self.inference_nodes.items()},
            self.compact,
        )

    # -- attacks that undercuts can cancel -------------------------------------------------

    def _conditional_attack(
        self, attacker_arg: str, target_args: Iterable[str], conditions: Conditions
    ) -> list[str]:
        """Emit an attack from one argument on several, cancellable as ``conditions`` say;
        return the arguments that attack the targets (the attacker, or what says the attack
        holds)."""
        targets = list(target_args)
        if not targets:
            return []
        if any(not c for c in conditions):
            self.pairs.extend((attacker_arg, t) for t in targets)
            return [attacker_arg]
        not_attacker = self._negation(attacker_arg)
        hitters: list[str] = []
        for condition in conditions:
            names = ", ".join(sorted(condition))
            key = (attacker_arg, condition)
            if key not in self._holds:
                # one word, so the flattened framework can be written as TGF or apx
                number = self._holds_count.get(attacker_arg, 0) + 1
                self._holds_count[attacker_arg] = number
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
            hitters.append(holds)
        return hitters

    # -- deductive, necessary and none: a closure of attacks over claims --------------------

    def _reach(
        self, start: str, forward: bool, within: frozenset[str] | None = None
    ) -> dict[str, list[tuple[frozenset[str], tuple[str, ...]]]]:
        """Claims reachable from ``start`` along supports (``forward``: supporter to
        supported), each with its minimal sets of undercut supports and a shortest path
        (written from ``start``); only through ``within`` when given."""
        best: dict[str, list[tuple[frozenset[str], tuple[str, ...]]]] = {
            start: [(frozenset(), (start,))]
        }
        queue: deque[tuple[str, frozenset[str], tuple[str, ...]]]
        queue = deque([(start, frozenset[str](), (start,))])
        edges = self.edges_from if forward else self.edges_into
        while queue:
            node, condition, path = queue.popleft()
            for edge in edges.get(node, ()):
                nxt = edge.target if forward else edge.source
                if within is not None and nxt not in within:
                    continue
                extended = condition | {edge.inference} if edge.cancellable else condition
                entries = best.setdefault(nxt, [])
                self._spend(len(entries))  # the comparisons below: many ways, many sets
                if any(known <= extended for known, _ in entries):
                    continue
                entries[:] = [(k, p) for k, p in entries if not extended <= k]
                entries.append((extended, (*path, nxt)))
                queue.append((nxt, extended, (*path, nxt)))
                self._spend(1)
        return best

    def _closure(self) -> tuple[dict[str, tuple[str, ...]], list[DerivedAttack]]:
        debate = self.debate
        for claim_id in debate.claim_ids:
            self._argument(claim_id)
        self._args_of = {c: (c,) for c in debate.claim_ids}
        deductive = self.reading is SupportReading.DEDUCTIVE
        for inference in self.inferences:
            self._support_edges(inference, deductive)
        parts = None if self.protected else self._components()
        if parts is not None and self._pairs_estimate(parts) > _COMPACT_PAIRS:
            return self._closure_compact(parts)
        try:
            derived = self._derive()
        except ArgmapError:
            if parts is None:
                raise
            self._work = 0
            return self._closure_compact(parts)  # past the work limit: the compact form
        for attack in derived:
            self._conditional_attack(attack.attacker, [attack.target], attack.conditions)
        return dict(self._args_of), derived

    def _reach_cached(
        self, node: str, forward: bool
    ) -> dict[str, list[tuple[frozenset[str], tuple[str, ...]]]]:
        key = (node, forward)
        if key not in self._reach_cache:
            self._reach_cache[key] = self._reach(node, forward)
        return self._reach_cache[key]

    def _derive(
        self, only_target: str | None = None, only_attacker: str | None = None
    ) -> list[DerivedAttack]:
        """The claim-level attacks of the deductive or necessary reading, with their traces:
        all of them, or those on ``only_target``, or those by ``only_attacker``."""
        deductive = self.reading is SupportReading.DEDUCTIVE
        reach = self._reach_cached
        relations = self.debate.attacks
        # for one claim, its own side is searched from the claim (paths reversed to read as
        # the other side's do), not from every end it reaches
        target_ends: dict[str, list[tuple[frozenset[str], tuple[str, ...]]]] = {}
        attacker_ends: dict[str, list[tuple[frozenset[str], tuple[str, ...]]]] = {}
        if only_target is not None:
            # the attacks that reach only_target: on a claim it supports (deductive:
            # only_target ⇒* y) or on one it needs (necessary: y ⇒* only_target)
            target_ends = reach(only_target, forward=deductive)
            relations = tuple(r for r in relations if r.target in target_ends)
        if only_attacker is not None:
            attacker_ends = reach(only_attacker, forward=deductive)
            relations = tuple(r for r in relations if r.source in attacker_ends)
        # (attacker, target) -> [condition sets, size, via, attacker path, target path], in
        # the order first derived; paths as walked (backwards under the deductive reading)
        found: dict[tuple[str, str], list[Any]] = {}
        protected = bool(self.protected)
        for relation in relations:
            x, y = relation.source, relation.target
            own = frozenset({relation.id}) if relation.id in self.undercutters else frozenset()
            # deductive: attackers reach x backwards (a ⇒* x), targets reach y backwards
            # necessary: attackers are reached from x forwards (x ⇒* a), targets from y forwards
            if only_attacker is not None:
                attacker_side = {only_attacker: _reversed_paths(attacker_ends[x])}
            else:
                attacker_side = reach(x, forward=not deductive)
            if only_target is not None:
                target_side = {only_target: _reversed_paths(target_ends[y])}
            else:
                target_side = reach(y, forward=not deductive)
            self._spend(len(attacker_side) * len(target_side))
            targets = [
                (c, c_entries, c_entries[0][1], len(c_entries[0][1]))
                for c, c_entries in target_side.items()
            ]
            for a, a_entries in attacker_side.items():
                a_path = a_entries[0][1]
                a_size = len(a_path)
                single = len(a_entries) == 1
                a_condition = a_entries[0][0] | own
                for c, c_entries, c_path, c_size in targets:
                    if protected and self._blocked(a, c):
                        continue
                    if single and len(c_entries) == 1:  # the common case
                        conditions = {a_condition | c_entries[0][0]}
                    else:
                        self._spend(len(a_entries) * len(c_entries))
                        conditions = {ea | own | ec for ea, _ in a_entries for ec, _ in c_entries}
                    size = a_size + c_size
                    record = found.get((a, c))
                    if record is None:
                        found[(a, c)] = [conditions, size, relation.id, a_path, c_path]
                        self._spend(_DERIVED_ATTACK_COST)
                        continue
                    record[0] |= conditions
                    if size < record[1]:
                        record[1:] = [size, relation.id, a_path, c_path]
        derived = []
        for (a, c), (conditions_set, _, via, a_path, c_path) in found.items():
            if deductive:  # paths were walked backwards from x and y
                a_chain, c_chain = tuple(reversed(a_path)), tuple(reversed(c_path))
            else:
                a_chain, c_chain = a_path, c_path
            conditions = _minimal(conditions_set)
            kind = _kind(deductive, len(a_chain) > 1, len(c_chain) > 1)
            derived.append(DerivedAttack(a, c, kind, via, a_chain, c_chain, conditions))
        return derived

    def _vertices(self) -> list[str]:
        """The claims, then the conjunction nodes of linked arguments (deductive reading)."""
        nodes = [n for i in self.inferences for n in self.inference_nodes.get(i.id, ())]
        return [*self.debate.claim_ids, *dict.fromkeys(nodes)]

    def _flow(
        self,
    ) -> tuple[dict[str, list[tuple[str, _Edge]]], dict[str, list[tuple[str, _Edge]]]]:
        """The graph the compact closure works on, as successor and predecessor lists of
        (vertex, edge): the supports under the deductive reading (an accepted claim commits
        one to what it supports), reversed under the necessary one (an accepted claim needs
        what supports it)."""
        deductive = self.reading is SupportReading.DEDUCTIVE
        succ: dict[str, list[tuple[str, _Edge]]] = {}
        pred: dict[str, list[tuple[str, _Edge]]] = {}
        for edges in self.edges_from.values():
            for edge in edges:
                a, b = (edge.source, edge.target) if deductive else (edge.target, edge.source)
                succ.setdefault(a, []).append((b, edge))
                pred.setdefault(b, []).append((a, edge))
        return succ, pred

    def _components(self) -> list[list[str]]:
        """The strongly connected components of :meth:`_flow`, in topological order."""
        succ, _ = self._flow()
        return _components(self._vertices(), {v: [w for w, _ in e] for v, e in succ.items()})

    def _pairs_estimate(self, parts: list[list[str]]) -> int:
        """How many (attacker, target) pairs the explicit closure would examine: the sum
        over the attacks ``x → y`` of the vertices that reach ``x`` in :meth:`_flow` times
        those that reach ``y``, counted with one bit per vertex, component by component."""
        _, pred = self._flow()
        part_of = {v: k for k, part in enumerate(parts) for v in part}
        bit = {v: 1 << k for k, v in enumerate(part_of)}
        side: list[int] = []
        for k, part in enumerate(parts):
            mask = 0
            for vertex in part:
                mask |= bit[vertex]
                for before, _ in pred.get(vertex, ()):
                    if part_of[before] != k:
                        mask |= side[part_of[before]]
            side.append(mask)
        count = {k: mask.bit_count() for k, mask in enumerate(side)}
        return sum(count[part_of[r.source]] * count[part_of[r.target]] for r in self.debate.attacks)

    def _closure_compact(
        self, parts: list[list[str]]
    ) -> tuple[dict[str, tuple[str, ...]], list[DerivedAttack]]:
        """The deductive or necessary reading without one attack per derived pair, when no
        perspective protects claims.

        Deductive: ``a`` attacks ``c`` iff ``a ⇒* x``, ``x → y`` and ``c ⇒* y`` along
        supports and an attack none of which is undercut by an accepted claim (the
        necessary reading reverses every support; :meth:`_flow`). For each vertex ``v`` (a
        claim or a conjunction node) the framework gets ``~>v`` ("no accepted claim reaches
        ``v``"), ``~<v`` ("``v`` reaches no attacked claim") and ``<v``, which ``~<v``
        attacks and which attacks ``v``; for each attack ``r``, ``r~>`` ("an accepted claim
        makes ``r`` count"), attacked by ``~>x`` and the undercutters of ``r``. ``~>v`` is
        attacked by ``v`` and by one step per way in: from a claim ``u`` of ``v``'s strongly
        connected component (a step attacked by ``~u`` and by the undercutters of the
        supports on the way), or from outside it through a support ``w ⇒ u`` (attacked by
        ``~>w`` and the undercutters on the way). ``~<v`` is attacked by the ``r~>`` of the
        attacks on ``v`` and by one step per way out: to an attacked claim of its
        component, or through a support leaving it (attacked by ``~<w``).

        Each new argument is a Kleene "nor" of its attackers, and the new arguments form no
        cycle among themselves (within a component the ways are listed, between components
        the order has no cycle), so in every complete labelling their labels are fixed by
        the claims' labels, as the disjunction over the explicit closure's derived attacks
        and their undercut conditions: the complete labellings of both frameworks
        correspond one to one and keep the order of IN sets, so the claims' statuses agree
        under EXACT_WHEN_COMPACT, as for the compact evidential reading. Its size is
        linear in the map except inside support cycles, where each pair of claims of a
        component gets a step per minimal way. :meth:`Flattening.attacks_on` derives the
        attacks on one claim when asked.
        """
        self.compact = True
        deductive = self.reading is SupportReading.DEDUCTIVE
        succ, pred = self._flow()
        part_of = {v: k for k, part in enumerate(parts) for v in part}
        # deductive: paths forward along supports; necessary: backward
        forward = deductive

        def cancel(node: str, inferences: Iterable[str]) -> None:
            for inference in sorted(set(inferences)):
                for undercutter in self.undercutters.get(inference, ()):
                    self.pairs.append((undercutter, node))

        def cuts(edge: _Edge) -> frozenset[str]:
            return frozenset({edge.inference}) if edge.cancellable else frozenset()

        steps: dict[str, int] = {}

        def step(owner: str, description: str) -> str:
            steps[owner] = steps.get(owner, 0) + 1
            return self._argument(f"{owner}~{steps[owner]}", description)

        for vertex in part_of:  # declared first: the steps below name them in any order
            self._argument(f"~>{vertex}", f"no accepted claim reaches {vertex}")
            self._argument(f"~<{vertex}", f"{vertex} reaches no attacked claim")
            self._argument(f"<{vertex}", f"an accepted claim attacks {vertex}")
        inside: dict[str, dict[str, list[frozenset[str]]]] = {}
        for part in parts:
            members = frozenset(part)
            for vertex in part:
                if len(part) == 1:
                    inside[vertex] = {vertex: [frozenset()]}
                    continue
                reached = self._reach(vertex, forward, within=members)
                inside[vertex] = {v: [c for c, _ in entries] for v, entries in reached.items()}
        fires_on: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
        derived = []
        for relation in self.debate.attacks:
            x, y = relation.source, relation.target
            own = frozenset({relation.id}) if relation.id in self.undercutters else frozenset()
            derived.append(DerivedAttack(x, y, AttackKind.DIRECT, relation.id, (x,), (y,), (own,)))
            fires = self._argument(
                f"{relation.id}~>", f"an accepted claim makes the attack {relation.id} count"
            )
            self.pairs.append((f"~>{x}", fires))
            cancel(fires, own)
            fires_on.setdefault(y, []).append((fires, x, own))
        for part in parts:
            for source in part:
                # ways in: from each claim of the component that reaches ``target`` inside it
                for target, conditions in inside[source].items():
                    for condition in conditions:
                        if target == source:
                            self.pairs.append((source, f"~>{target}"))
                            continue
                        way = step(f"~>{target}", f"{source} is accepted and reaches {target}")
                        self.pairs.append((self._negation(source), way))
                        cancel(way, condition)
                        self.pairs.append((way, f"~>{target}"))
                # ...and from outside, through a support into ``source``
                for outside, edge in pred.get(source, ()):
                    if part_of[outside] == part_of[source]:
                        continue
                    for target, conditions in inside[source].items():
                        for condition in conditions:
                            way = step(f"~>{target}", f"an accepted claim reaches {target}")
                            self.pairs.append((f"~>{outside}", way))
                            cancel(way, condition | cuts(edge))
                            self.pairs.append((way, f"~>{target}"))
            for vertex in part:
                safe = f"~<{vertex}"
                # ways out: to an attacked claim of the component, or through a support
                for reached, conditions in inside[vertex].items():
                    for condition in conditions:
                        for fires, x, own in fires_on.get(reached, ()):
                            if reached == vertex and not condition:
                                self.pairs.append((fires, safe))
                                continue
                            way = step(safe, f"{vertex} reaches {reached}, which is attacked")
                            self.pairs.append((f"~>{x}", way))
                            cancel(way, condition | own)
                            self.pairs.append((way, safe))
                        for outside, edge in succ.get(reached, ()):
                            if part_of[outside] == part_of[vertex]:
                                continue
                            way = step(safe, f"{vertex} reaches {outside}, which is attacked")
                            self.pairs.append((f"~<{outside}", way))
                            cancel(way, condition | cuts(edge))
                            self.pairs.append((way, safe))
                self.pairs.append((safe, f"<{vertex}"))
                self.pairs.append((f"<{vertex}", vertex))
        return dict(self._args_of), derived

    def _spend(self, steps: int) -> None:
        """Count the closure's work; past MAX_CLOSURE_WORK stop with an error that names
        the limit, rather than run for hours or end in a MemoryError."""
        self._work += steps
        if self._work > MAX_CLOSURE_WORK:
            raise ArgmapError(
                f"the {self.reading.value} reading of this debate needs more than "
                f"{MAX_CLOSURE_WORK:,} steps to derive its attacks (argmap.debate.readings."
                "MAX_CLOSURE_WORK): its support chains are long and cross many attacks, or "
                "many undercut supports give each derived attack many ways to be cancelled; "
                "evaluate it with support='none', or split the map"
            )

    def _support_edges(self, inference: Argument, deductive: bool) -> None:
        """The support edges an inference contributes to the closure.

        Necessary reading: each premise is necessary for the conclusion, so a linked
        argument gives one edge per premise, all cancelled by an undercut of the argument.
        Deductive reading: one premise gives one edge (a support); several premises commit
        one to the conclusion only jointly, so they are joined in a conjunction node named
        by the argument's id, in framework terms ``premise → ~premise → node`` for each
        premise (the node is accepted exactly when every premise is and nothing defeats it),
        which supports the conclusion and which undercuts of the argument attack.
        """
        cancellable = inference.id in self.undercutters
        if not deductive or len(inference.premises) == 1:
            for premise in inference.premises:
                self._edge(_Edge(premise, inference.conclusion, inference.id, cancellable))
            return
        node = self._argument(
            inference.id,
            f"argument {inference.id}: {' and '.join(inference.premises)} together support "
            f"{inference.conclusion}",
        )
        self.inference_nodes[inference.id] = [node]
        for premise in inference.premises:
            self.pairs.append((self._negation(premise), node))
        for undercutter in self.undercutters.get(inference.id, ()):
            self.pairs.append((undercutter, node))
        self._edge(_Edge(node, inference.conclusion, inference.id, False))

    def _edge(self, edge: _Edge) -> None:
        self.edges_from.setdefault(edge.source, []).append(edge)
        self.edges_into.setdefault(edge.target, []).append(edge)

    # -- evidential: one argument per support tree from prima facie claims -------------------

    def _evidential(self) -> tuple[dict[str, tuple[str, ...]], list[DerivedAttack]]:
        debate = self.debate
        counts = self._tree_counts()
        parts = self._evidential_components()
        if (
            counts is not None  # no support cycle, so parts are single claims
            and parts is not None
            and sum(counts[c] for c in debate.claim_ids if self.inferences_into[c])
            > MAX_EVIDENTIAL_ARGUMENTS
        ):
            return self._evidential_compact(parts)
        trees: dict[str, list[_Tree]] = {}
        total = 0
        for claim_id in debate.claim_ids:
            try:
                found = self._trees_to(claim_id)
            except ArgmapError:
                if parts is None:
                    raise
                return self._evidential_compact(parts)
            if self.inferences_into[claim_id]:  # a claim without support has its one tree
                total += len(found)
            if total > MAX_EVIDENTIAL_ARGUMENTS:
                if parts is None:
                    raise _too_many_trees(claim_id)
                return self._evidential_compact(parts)
            trees[claim_id] = found
        args_of: dict[str, list[str]] = {c: [] for c in debate.claim_ids}
        members: dict[str, list[str]] = {c: [] for c in debate.claim_ids}  # claim -> args using it
        arg_inferences: dict[str, frozenset[str]] = {}
        for claim_id in debate.claim_ids:
            for tree in trees[claim_id]:
                label = tree.label
                copy = 1
                while label in self._declared:  # another tree written the same way
                    copy += 1
                    label = f"{tree.label}#{copy}"
                self._argument(label)
                args_of[claim_id].append(label)
                arg_inferences[label] = tree.cancellable
                for member in tree.claims:
                    members[member].append(label)
                if tree.last is not None:
                    self.inference_nodes.setdefault(tree.last, []).append(label)
        self._args_of = {c: tuple(v) for c, v in args_of.items()}
        # undercut inferences: every argument of the undercutter attacks every tree using it
        for label, used in arg_inferences.items():
            for inference_id in sorted(used):
                for undercutter in self.undercutters.get(inference_id, ()):
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
            derived.append(
                DerivedAttack(x, y, AttackKind.DIRECT, relation.id, (x,), (y,), conditions)
            )
            for attacker_arg in self._args_of[x]:
                self._conditional_attack(attacker_arg, members[y], conditions)
        return dict(self._args_of), derived

    def _tree_counts(self) -> dict[str, int] | None:
        """How many support trees each claim has, capped just past the limit, when the
        supports (premise to conclusion) have no cycle; None when they have one.

        Counted along a topological order: a claim without support has one tree, a claim
        with supports the sum over its inferences of the product of their premises' counts.
        With one-premise inferences this is exact; a linked argument whose premises share a
        claim is counted as if each premise chose its own tree, an upper bound.
        """
        cap = MAX_EVIDENTIAL_ARGUMENTS + 1
        claims = self.debate.claim_ids
        uses: dict[str, list[Argument]] = {c: [] for c in claims}
        waiting: dict[str, int] = {}
        for claim_id in claims:
            premises = {p for i in self.inferences_into[claim_id] for p in i.premises}
            waiting[claim_id] = len(premises)
        for inference in self.inferences:
            for premise in dict.fromkeys(inference.premises):
                uses[premise].append(inference)
        ready = deque(c for c in claims if not waiting[c])
        counts: dict[str, int] = {}
        while ready:
            claim_id = ready.popleft()
            incoming = self.inferences_into[claim_id]
            total = 0 if incoming else 1
            for inference in incoming:
                product = 1
                for premise in inference.premises:
                    product = min(cap, product * counts[premise])
                total = min(cap, total + product)
            counts[claim_id] = total
            done: set[str] = set()
            for inference in uses[claim_id]:
                conclusion = inference.conclusion
                if conclusion in done:
                    continue
                done.add(conclusion)
                waiting[conclusion] -= 1
                if not waiting[conclusion]:
                    ready.append(conclusion)
        return counts if len(counts) == len(claims) else None

    def _evidential_components(self) -> list[list[str]] | None:
        """The strongly connected components of the supports (premise to conclusion), when
        the compact evidential reading can stand in for the trees: no argument of the map
        (as opposed to a plain support) has its conclusion and a premise in one cycle, and no
        linked inference has; None otherwise."""
        succ: dict[str, list[str]] = {}
        for inference in self.inferences:
            for premise in inference.premises:
                succ.setdefault(premise, []).append(inference.conclusion)
        parts = _components(self.debate.claim_ids, succ)
        part_of = {c: k for k, part in enumerate(parts) for c in part}
        declared = {a.id for a in self.debate.arguments}
        for inference in self.inferences:
            cyclic = any(part_of[p] == part_of[inference.conclusion] for p in inference.premises)
            if cyclic and (inference.id in declared or len(inference.premises) > 1):
                return None
        return parts

    def _evidential_compact(
        self, parts: list[list[str]]
    ) -> tuple[dict[str, tuple[str, ...]], list[DerivedAttack]]:
        """The evidential reading without one argument per tree.

        Each claim ``c`` is one argument standing for "some support tree of ``c`` stands".
        A supported claim is attacked by ``c<none`` ("no support of ``c`` holds"), which is
        attacked by one ``c<i`` per inference ``i`` into ``c`` from outside ``c``'s support
        cycle, if any ("``i``'s premises all stand"), attacked by ``~p`` for each premise
        ``p`` (``p → ~p``) and by every undercutter of ``i``. Attacks and their undercuts are
        as in the tree framework, on claims instead of trees: an attack on ``y`` reaches the
        trees through ``y`` via ``c<none``. Inside a support cycle (a strongly connected
        component of the supports), a tree enters at a claim ``u`` through an inference from
        outside and follows a simple path of supports to ``c``; each such way is one more
        argument ``c<none~k`` attacking ``c<none``, attacked by what would stop it: the
        entry's ``~p`` and undercutters, whatever attacks a claim on the path before ``c``,
        and the undercutters of its supports.

        Every complete labelling of the tree framework gives exactly one of this one (a
        tree is IN when all its claims are safe and its undercut inferences are not cut,
        OUT when one is hit or cut; "some tree of ``c`` is IN" and "every tree of ``c`` is
        OUT" are what these arguments compute, and they form no cycle among themselves), and
        the correspondence keeps the order of IN sets. So the claims' statuses agree under
        the semantics defined by complete labellings (grounded, complete, preferred, stable,
        ideal), and only under those: see :meth:`Flattening.require_exact`.
        """
        self.compact = True
        debate = self.debate
        for claim_id in debate.claim_ids:
            self._argument(claim_id)
        self._args_of = {c: (c,) for c in debate.claim_ids}
        part_of = {c: k for k, part in enumerate(parts) for c in part}
        # the attacks first: the ways through a cycle name what attacks each claim
        hitters: dict[str, list[str]] = {}
        derived = []
        for relation in debate.attacks:
            x, y = relation.source, relation.target
            if self._blocked(x, y):
                continue
            own = frozenset({relation.id}) if relation.id in self.undercutters else frozenset()
            derived.append(DerivedAttack(x, y, AttackKind.DIRECT, relation.id, (x,), (y,), (own,)))
            hitters.setdefault(y, []).extend(self._conditional_attack(x, [y], (own,)))

        def entry_attackers(inference: Argument) -> list[str]:
            found = [self._negation(p) for p in dict.fromkeys(inference.premises)]
            return found + list(self.undercutters.get(inference.id, ()))

        for claim_id in debate.claim_ids:
            incoming = self.inferences_into[claim_id]
            if not incoming:
                continue
            none_holds = self._argument(f"{claim_id}<none", f"no support of {claim_id} holds")
            self.pairs.append((none_holds, claim_id))
            for inference in incoming:
                if any(part_of[p] == part_of[claim_id] for p in inference.premises):
                    continue  # inside a cycle: the ways below
                works = self._argument(
                    f"{claim_id}<{inference.id}",
                    f"{' and '.join(inference.premises)} stand, so {inference.id} supports "
                    f"{claim_id}",
                )
                self.inference_nodes.setdefault(inference.id, []).append(works)
                self.pairs.append((works, none_holds))
                self.pairs.extend((a, works) for a in entry_attackers(inference))
        for part in parts:
            if len(part) == 1:
                continue
            members = frozenset(part)
            for start in part:
                entries = [
                    i
                    for i in self.inferences_into[start]
                    if all(part_of[p] != part_of[start] for p in i.premises)
                ]
                if not entries:
                    continue
                for end, conditions in self._paths_within(start, members).items():
                    if end == start:
                        continue
                    none_holds = f"{end}<none"
                    for condition in conditions:
                        stoppers: list[str] = []
                        for kind, name in sorted(condition):
                            if kind == "claim":
                                stoppers.extend(hitters.get(name, ()))
                            else:
                                stoppers.extend(self.undercutters.get(name, ()))
                        for inference in entries:
                            number = self._holds_count.get(none_holds, 0) + 1
                            self._holds_count[none_holds] = number
                            way = self._argument(
                                f"{none_holds}~{number}",
                                f"{end} stands through {start}, supported by {inference.id}",
                            )
                            self.pairs.append((way, none_holds))
                            for attacker in dict.fromkeys([*entry_attackers(inference), *stoppers]):
                                self.pairs.append((attacker, way))
        return dict(self._args_of), derived

    def _paths_within(
        self, start: str, members: frozenset[str]
    ) -> dict[str, list[frozenset[tuple[str, str]]]]:
        """The claims ``start`` reaches by supports inside ``members``, each with the minimal
        sets of what a path there passes: ``("claim", c)`` for each claim left on the way
        (it must stand) and ``("inference", i)`` for each undercut support (it must hold)."""
        best: dict[str, list[frozenset[tuple[str, str]]]] = {start: [frozenset()]}
        queue: deque[tuple[str, frozenset[tuple[str, str]]]] = deque([(start, frozenset())])
        while queue:
            node, condition = queue.popleft()
            for inference in self._supports_from.get(node, ()):
                nxt = inference.conclusion
                if nxt not in members or nxt == start:
                    continue
                extended = condition | {("claim", node)}
                if inference.id in self.undercutters:
                    extended |= {("inference", inference.id)}
                entries = best.setdefault(nxt, [])
                self._spend(len(entries))
                if any(known <= extended for known in entries):
                    continue
                entries[:] = [k for k in entries if not extended <= k]
                entries.append(extended)
                queue.append((nxt, extended))
                self._spend(1)
        return best

    def _trees_to(self, claim_id: str) -> list[_Tree]:
        """Every support tree for ``claim_id``: each claim in it either prima facie (no
        incoming inference) or the conclusion of one chosen inference whose premises are all
        in the tree, no claim depending on itself. With one-premise inferences only these
        are the simple support chains from a prima facie claim.

        Built iteratively (a stack of partial trees, one open claim expanded at a time), so
        no recursion grows with the debate.
        """
        out: list[_Tree] = []
        # a partial tree: the inference chosen for each claim so far (None: prima facie),
        # and the claims still to expand, in order
        stack: list[tuple[dict[str, Argument | None], tuple[str, ...]]] = [({}, (claim_id,))]
        work = 0
        while stack:
            work += 1
            if work > _MAX_TREE_WORK:
                raise _too_many_trees(claim_id)
            chosen, open_claims = stack.pop()
            if not open_claims:
                out.append(_Tree.of(claim_id, chosen, self.undercutters))
                if len(out) > MAX_EVIDENTIAL_ARGUMENTS:
                    break
                continue
            node, rest = open_claims[0], open_claims[1:]
            incoming = self.inferences_into[node]
            if not incoming:
                stack.append(({**chosen, node: None}, rest))
                continue
            for inference in reversed(incoming):  # reversed: pop() then visits in order
                fresh = []
                for premise in inference.premises:
                    if premise in chosen or premise in open_claims:
                        if _reaches(premise, node, chosen):
                            break  # the premise depends on the claim: a cycle
                    elif premise not in fresh:
                        fresh.append(premise)
                else:
                    stack.append(({**chosen, node: inference}, (*rest, *fresh)))
        return out


#: The partial trees the evidential reading may expand before it gives up (dead ends in
#: support cycles cost work without giving trees).
_MAX_TREE_WORK = 50 * MAX_EVIDENTIAL_ARGUMENTS


def _too_many_trees(claim_id: str) -> ArgmapError:
    return ArgmapError(
        "the evidential reading makes one argument per support tree (each way of deriving a "
        "claim from claims without support), and the supported claims of this debate need "
        f"more than {MAX_EVIDENTIAL_ARGUMENTS} arguments (the count passed it at claim "
        f"{claim_id!r}: its supports branch and cross) and its supports form a cycle, so the "
        "reading cannot be built with one argument per claim instead; this is a limit of the "
        "reading (argmap.debate.readings.MAX_EVIDENTIAL_ARGUMENTS), not of the map: evaluate "
        "with support='deductive', 'necessary' or 'none', or break the support cycle"
    )


def _reaches(start: str, goal: str, chosen: dict[str, Argument | None]) -> bool:
    """Whether ``goal`` is ``start`` or below it in a partial tree."""
    seen = {start}
    todo = [start]
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        inference = chosen.get(node)
        for premise in inference.premises if inference is not None else ():
            if premise not in seen:
                seen.add(premise)
                todo.append(premise)
    return False


@attrs.frozen
class _Tree:
    """One evidential support tree: its label, claims, the inference whose conclusion is the
    root (None for a prima facie claim), and the inferences in it that an undercut targets."""

    label: str
    claims: tuple[str, ...]
    last: str | None
    cancellable: frozenset[str]

    @classmethod
    def of(cls, root: str, chosen: dict[str, Argument | None], undercut: Any) -> _Tree:
        # The label writes the tree from its root: "c<b<a" for a chain (as before linked
        # arguments existed), "c<a&b" when a and b jointly support c; a claim shared by two
        # branches is written twice but expanded once.
        out: list[str] = []
        claims: list[str] = []
        expanded: set[str] = set()
        stack: list[tuple[bool, str]] = [(True, root)]
        while stack:
            is_claim, item = stack.pop()
            out.append(item)
            if not is_claim or item in expanded:
                continue
            expanded.add(item)
            claims.append(item)
            inference = chosen[item]
            if inference is None:
                continue
            parts: list[tuple[bool, str]] = [(False, "<")]
            for n, premise in enumerate(inference.premises):
                if n:
                    parts.append((False, "&"))
                parts.append((True, premise))
            stack.extend(reversed(parts))
        root_inference = chosen[root]
        return cls(
            "".join(out),
            tuple(claims),
            root_inference.id if root_inference is not None else None,
            frozenset(i.id for i in chosen.values() if i is not None and i.id in undercut),
        )


def _reversed_paths(
    entries: list[tuple[frozenset[str], tuple[str, ...]]],
) -> list[tuple[frozenset[str], tuple[str, ...]]]:
    return [(condition, tuple(reversed(path))) for condition, path in entries]


def _chain_text(chain: tuple[str, ...]) -> str:
    """``a supports b, which supports c``."""
    if len(chain) < 2:
        return ""
    text = f"{chain[0]} supports {chain[1]}"
    for claim in chain[2:]:
        text += f", which supports {claim}"
    return text


def _minimal(sets: Iterable[frozenset[str]]) -> Conditions:
    if isinstance(sets, set) and len(sets) == 1:  # the usual case: one way, nothing to drop
        return tuple(sets)
    ordered = sorted(set(sets), key=lambda s: (len(s), sorted(s)))
    kept: list[frozenset[str]] = []
    for candidate in ordered:
        if not any(k <= candidate for k in kept):
            kept.append(candidate)
    return tuple(kept)


def _kind(deductive: bool, attacker_side: bool, target_side: bool) -> AttackKind:
    if deductive:
        names = {
            (False, False): AttackKind.DIRECT,
            (True, False): AttackKind.SUPPORTED,
            (False, True): AttackKind.MEDIATED,
            (True, True): AttackKind.SUPER_MEDIATED,
        }
    else:
        names = {
            (False, False): AttackKind.DIRECT,
            (True, False): AttackKind.EXTENDED,
            (False, True): AttackKind.SECONDARY,
            (True, True): AttackKind.EXTENDED_SECONDARY,
        }
    return names[(attacker_side, target_side)]


def _components(vertices: Iterable[str], succ: dict[str, list[str]]) -> list[list[str]]:
    """The strongly connected components of a graph, each a list of vertices, in
    topological order (every edge between two components goes from an earlier one to a
    later one). Tarjan's algorithm with an explicit stack, so no recursion grows with the
    graph."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in vertices:
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(succ.get(root, ())))]
        while work:
            vertex, successors = work[-1]
            for nxt in successors:
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(succ.get(nxt, ()))))
                    break
                if nxt in on_stack:
                    low[vertex] = min(low[vertex], index[nxt])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[vertex])
                if low[vertex] == index[vertex]:
                    part = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        part.append(member)
                        if member == vertex:
                            break
                    found.append(part)
    found.reverse()  # Tarjan finishes a component after every one it reaches
    return found
