"""Why an argument is (not) accepted: grounded rounds, dispute trees, counter-extensions.

Everything here works on an :class:`~argmap.framework.ArgumentFramework`; a ``name``
function turns an argument into the words used in the text (``str`` by default; the debate
layer passes one that speaks in claims' texts).

>>> from argmap import ArgumentFramework
>>> af = ArgumentFramework.from_attacks([("b", "a"), ("c", "b")])
>>> print(grounded_explanation(af).text_for("a"))
round 1: c is IN: nothing attacks it.
round 1: b is OUT: c attacks it and c is IN (round 1).
round 2: a is IN: its only attacker, b, is OUT (round 1).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

import attrs

from argmap.errors import NotAnExtensionError
from argmap.framework import ArgumentFramework
from argmap.semantics import (
    Label,
    Semantics,
    credulous_acceptance,
    extensions,
    skeptical_acceptance,
)
from argmap.semantics.grounded import grounded_rounds

__all__ = [
    "CredulousExplanation",
    "Defence",
    "GroundedExplanation",
    "GroundedStep",
    "SkepticalExplanation",
    "admissible_core",
    "explain_credulous",
    "explain_skeptical",
    "grounded_explanation",
]

Namer = Callable[[Hashable], str]

#: Semantics whose every extension contains the grounded extension (they are complete-based,
#: or cf2: Baroni, Giacomin and Guida 2005), so grounded membership proves skeptical acceptance.
CONTAIN_GROUNDED = frozenset(
    {
        Semantics.GROUNDED,
        Semantics.COMPLETE,
        Semantics.PREFERRED,
        Semantics.STABLE,
        Semantics.SEMI_STABLE,
        Semantics.IDEAL,
        Semantics.EAGER,
        Semantics.CF2,
    }
)
#: Semantics whose extensions are admissible sets, so a dispute tree can justify membership.
ADMISSIBLE_BASED = CONTAIN_GROUNDED - {Semantics.CF2} | {Semantics.ADMISSIBLE}


def _join(names: list[str]) -> str:
    names = list(dict.fromkeys(names))  # one mention each, first order kept
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


@attrs.frozen
class GroundedStep:
    """One argument's label in the grounded fixpoint, the round it got it, and why:
    for IN, its attackers (all OUT by then); for OUT, the IN attacker that defeats it."""

    round: int
    argument: Hashable
    label: Label
    because: tuple[Hashable, ...]

    def text(self, name: Namer = str, rounds: dict[Hashable, int] | None = None) -> str:
        """One sentence, e.g. ``round 2: a is IN: its only attacker, b, is OUT (round 1).``"""
        rounds = rounds or {}

        def when(x: Hashable) -> str:
            return f" (round {rounds[x]})" if x in rounds else ""

        head = f"round {self.round}: {name(self.argument)} is {self.label.name}"
        if self.label is Label.OUT:
            attacker = self.because[0]
            return (
                f"{head}: {name(attacker)} attacks it and {name(attacker)} is IN{when(attacker)}."
            )
        if not self.because:
            return f"{head}: nothing attacks it."
        if len({name(b) for b in self.because}) == 1:
            only = self.because[0]
            return f"{head}: its only attacker, {name(only)}, is OUT{when(only)}."
        listed = _join([f"{name(b)}{when(b)}" for b in self.because])
        return f"{head}: all its attackers are OUT: {listed}."


@attrs.frozen
class GroundedExplanation:
    """The grounded labelling computed round by round (Dung 1995: the least fixpoint of
    the characteristic function), with the reason for every IN and OUT label."""

    af: ArgumentFramework
    steps: tuple[GroundedStep, ...]
    undecided: tuple[Hashable, ...]
    #: Each argument's step, built once: looking one up is then constant time, so an
    #: explanation is linear in the steps it tells (issue 18: was quadratic).
    _by_argument: dict[Hashable, GroundedStep] = attrs.field(
        init=False, repr=False, eq=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_argument", {s.argument: s for s in self.steps})

    def __repr__(self) -> str:
        return (
            f"<GroundedExplanation: {len(self.steps)} steps in {self.rounds} rounds, "
            f"{len(self.undecided)} undecided>"
        )

    def __str__(self) -> str:
        return self.text()

    @property
    def rounds(self) -> int:
        """How many rounds the fixpoint took."""
        return max((s.round for s in self.steps), default=0)

    def label(self, argument: Hashable) -> Label:
        """The grounded label of ``argument``."""
        step = self._step(argument)
        return step.label if step else Label.UNDEC

    def _step(self, argument: Hashable) -> GroundedStep | None:
        self.af.index(argument)
        return self._by_argument.get(argument)

    def steps_for(self, argument: Hashable) -> tuple[GroundedStep, ...]:
        """The steps that justify ``argument``'s label, in round order: its own, and those
        of the arguments its reason names, recursively."""
        by_argument = self._by_argument
        wanted: dict[Hashable, GroundedStep] = {}
        stack = [argument]
        while stack:
            current = stack.pop()
            step = by_argument.get(current)
            if step is None or current in wanted:
                continue
            wanted[current] = step
            stack.extend(step.because)
        order = {s.argument: k for k, s in enumerate(self.steps)}
        return tuple(sorted(wanted.values(), key=lambda s: order[s.argument]))

    def text_for(self, argument: Hashable, name: Namer = str) -> str:
        """The reasons for ``argument``'s grounded label, one line per step."""
        rounds = {s.argument: s.round for s in self.steps}
        if self.label(argument) is Label.UNDEC:
            attackers = self.af.attackers(argument)
            open_ones = [a for a in attackers if self.label(a) is Label.UNDEC]
            verb = (
                "attacks it and is itself"
                if len({name(a) for a in open_ones}) == 1
                else "attack it and are themselves"
            )
            return (
                f"{name(argument)} is UNDEC: no round makes it IN or OUT; "
                f"{_join([name(a) for a in open_ones])} {verb} undecided "
                "(a cycle of attacks that nothing outside settles)."
            )
        return "\n".join(s.text(name, rounds) for s in self.steps_for(argument))

    def text(self, name: Namer = str) -> str:
        """Every round."""
        rounds = {s.argument: s.round for s in self.steps}
        lines = [s.text(name, rounds) for s in self.steps]
        if self.undecided:
            lines.append(f"undecided: {_join([name(a) for a in self.undecided])}.")
        return "\n".join(lines)


def grounded_explanation(af: ArgumentFramework) -> GroundedExplanation:
    """The grounded labelling with a reason for every label."""
    labels = af.arguments
    steps: list[GroundedStep] = []
    became: dict[int, tuple[int, str]] = {}
    for number, (ins, outs) in enumerate(grounded_rounds(af), start=1):
        for i in ins:
            became[i] = (number, "in")
            attackers = tuple(labels[j] for j in af.predecessors[i])
            steps.append(GroundedStep(number, labels[i], Label.IN, attackers))
        for i in outs:
            became[i] = (number, "out")
            killer = min(
                (j for j in af.predecessors[i] if became.get(j, (0, ""))[1] == "in"),
                key=lambda j: (became[j][0], j),
            )
            steps.append(GroundedStep(number, labels[i], Label.OUT, (labels[killer],)))
    undecided = tuple(labels[i] for i in range(len(af)) if i not in became)
    return GroundedExplanation(af, tuple(steps), undecided)


@attrs.frozen
class Defence:
    """In an admissible set: ``attacker`` attacks ``member`` and ``answered_by`` (a member)
    attacks ``attacker``."""

    member: Hashable
    attacker: Hashable
    answered_by: Hashable


def admissible_core(
    af: ArgumentFramework, argument: Hashable, extension: frozenset[Hashable]
) -> tuple[frozenset[Hashable], tuple[Defence, ...]]:
    """A small admissible set inside ``extension`` (which must be admissible and contain
    ``argument``), grown from ``argument`` by adding, for each attack not yet answered, one
    member of ``extension`` that answers it; with the defence of every attack. This is an
    admissible dispute tree in the sense of Dung, Kowalski and Toni (2006, "Dialectic proof
    procedures for assumption-based, admissible argumentation", AIJ 170), written flat."""
    members = [argument]
    chosen = {argument}
    defences: list[Defence] = []
    position = 0
    while position < len(members):
        member = members[position]
        position += 1
        for attacker in af.attackers(member):
            answering = [d for d in af.attackers(attacker) if d in chosen]
            if not answering:
                answering = [d for d in af.attackers(attacker) if d in extension]
                if not answering:
                    raise NotAnExtensionError(
                        f"{extension!r} does not defend {member!r} against {attacker!r}"
                    )
                chosen.add(answering[0])
                members.append(answering[0])
            defences.append(Defence(member, attacker, answering[0]))
    return frozenset(chosen), tuple(defences)


@attrs.frozen
class CredulousExplanation:
    """Why an argument is, or is not, in some extension.

    When accepted: ``witness`` is an extension containing it and, for admissibility-based
    semantics, ``admissible_set`` and ``defences`` show how every attack on it is answered.
    When not: ``reason`` says why, and ``method`` how it was shown (a cheap certificate, or
    the exhaustive search of the engine).
    """

    argument: Hashable
    semantics: Semantics
    accepted: bool
    witness: frozenset[Hashable] | None
    admissible_set: frozenset[Hashable] | None
    defences: tuple[Defence, ...]
    reason: str
    method: str

    def text(self, name: Namer = str) -> str:
        """Plain English, one line per defence."""
        if not self.accepted:
            return self.reason
        lines = [self.reason]
        for d in self.defences:
            lines.append(
                f"- {name(d.attacker)} attacks {name(d.member)}; "
                f"{name(d.answered_by)} attacks {name(d.attacker)}."
            )
        return "\n".join(dict.fromkeys(lines))  # arguments named alike are said once


def explain_credulous(
    af: ArgumentFramework, argument: Hashable, semantics: Semantics | str, name: Namer = str
) -> CredulousExplanation:
    """Is ``argument`` in some extension, and why (or why not)?

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
    >>> print(explain_credulous(af, "c", "preferred").text())  # doctest: +NORMALIZE_WHITESPACE
    c is in the admissible set {a, c}, which is in a preferred extension,
    and every attack on it is answered:
    - b attacks c; a attacks b.
    - b attacks a; a attacks b.
    """
    sem = Semantics.parse(semantics)
    answer = credulous_acceptance(af, argument, sem)
    if answer.accepted:
        witness = answer.witness
        assert witness is not None  # an accepted argument comes with its extension
        if sem in ADMISSIBLE_BASED:
            core, defences = admissible_core(af, argument, witness)
            shown = ", ".join(name(a) for a in af.sort(core))
            reason = (
                f"{name(argument)} is in the admissible set {{{shown}}}, which is in a "
                f"{sem.title} extension, and every attack on it is answered:"
            )
            if not defences:
                reason = f"{name(argument)} is in a {sem.title} extension, and nothing attacks it."
            return CredulousExplanation(
                argument, sem, True, witness, core, defences, reason, "witness"
            )
        shown = ", ".join(name(a) for a in af.sort(witness))
        return CredulousExplanation(
            argument,
            sem,
            True,
            witness,
            None,
            (),
            f"{name(argument)} is in the {sem.title} extension {{{shown}}}.",
            "witness",
        )
    reason, method = _why_not(af, argument, sem, name)
    return CredulousExplanation(argument, sem, False, None, None, (), reason, method)


def _why_not(
    af: ArgumentFramework, argument: Hashable, sem: Semantics, name: Namer
) -> tuple[str, str]:
    x = name(argument)
    if argument in af.attackers(argument):
        return f"{x} attacks itself, so no conflict-free set contains it.", "self-attack"
    if sem in ADMISSIBLE_BASED:
        for attacker in af.attackers(argument):
            if not af.attackers(attacker):
                return (
                    f"{name(attacker)} attacks {x} and nothing attacks {name(attacker)}, so no "
                    f"admissible set can defend {x}.",
                    "unattacked attacker",
                )
        grounded = grounded_explanation(af)
        if grounded.label(argument) is Label.OUT:
            return (
                f"{x} is OUT in the grounded labelling, so it is OUT in every complete labelling "
                f"and in no admissible set:\n{grounded.text_for(argument, name)}",
                "grounded labelling",
            )
    return (
        f"no {sem.title} extension contains {x} (shown by the exhaustive search of argmap's "
        "labelling engine).",
        "exhaustive search",
    )


@attrs.frozen
class SkepticalExplanation:
    """Why an argument is, or is not, in every extension: ``counter_extension`` is an
    extension without it; else ``reason`` says why every extension contains it."""

    argument: Hashable
    semantics: Semantics
    accepted: bool
    counter_extension: frozenset[Hashable] | None
    reason: str
    method: str
    grounded: GroundedExplanation | None = None

    def text(self, name: Namer = str) -> str:
        """Plain English."""
        if self.grounded is not None:
            return self.reason + "\n" + self.grounded.text_for(self.argument, name)
        return self.reason


#: Enumerate at most this many extensions to say "it is in each of the N extensions".
ENUMERATION_LIMIT = 1_000


def explain_skeptical(
    af: ArgumentFramework, argument: Hashable, semantics: Semantics | str, name: Namer = str
) -> SkepticalExplanation:
    """Is ``argument`` in every extension, and why (or why not)?

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "a"), ("b", "c")])
    >>> print(explain_skeptical(af, "c", "preferred").text())
    c is not in every preferred extension: {b} is one without it.
    """
    sem = Semantics.parse(semantics)
    x = name(argument)
    answer = skeptical_acceptance(af, argument, sem)
    if not answer.accepted:
        counter = answer.witness
        assert counter is not None  # a refusal comes with an extension without the argument
        shown = ", ".join(name(a) for a in af.sort(counter))
        return SkepticalExplanation(
            argument,
            sem,
            False,
            counter,
            f"{x} is not in every {sem.title} extension: {{{shown}}} is one without it.",
            "counter-extension",
        )
    grounded = grounded_explanation(af)
    if sem in CONTAIN_GROUNDED and grounded.label(argument) is Label.IN:
        reason = f"{x} is in the grounded extension, which every {sem.title} extension contains:"
        return SkepticalExplanation(
            argument, sem, True, None, reason, "grounded extension", grounded
        )
    count = 0
    for count, _ in enumerate(extensions(af, sem), start=1):
        if count > ENUMERATION_LIMIT:
            return SkepticalExplanation(
                argument,
                sem,
                True,
                None,
                f"{x} is in every {sem.title} extension (shown by the skeptical search of "
                "argmap's labelling engine: no extension without it exists).",
                "exhaustive search",
            )
    if count == 0:
        return SkepticalExplanation(
            argument,
            sem,
            True,
            None,
            f"there is no {sem.title} extension, so {x} is trivially in all of them.",
            "no extension",
        )
    if count == 1:
        reason = f"{x} is in the only {sem.title} extension."
    else:
        reason = f"{x} is in each of the {count} {sem.title} extensions."
    return SkepticalExplanation(argument, sem, True, None, reason, "enumeration")
