"""Why a claim stands or falls by its arguments, in words a student follows.

For a claim that is the conclusion of one or more ``[[arguments]]``, the explanation names
the argument it stands or falls by and why that argument stands (its premises' statuses, the
claims that undercut it), then the critical questions of the argument's scheme: those some
relation raised, by which claims and how those claims fared, and those still open, with what
an open question means (Carneades: an open assumption is presumed to hold, an open exception
does not count). What "stands by an argument" means depends on the support reading: under the
evidential reading a claim with arguments stands only through one of them; under the
necessary reading it cannot stand without each premise; under the deductive and ``none``
readings arguments never make their conclusion stand. The work is linear in the size of
what is explained: the claim's arguments, their premises, and the relations touching them.

>>> from argmap.debate import DebateBuilder, evaluate
>>> b = DebateBuilder("Should the city ban the pesticide?")
>>> for c in ("ban", "expert", "says", "paid", "audit"): _ = b.claim(c, c)
>>> _ = b.argument("A1", ["expert", "says"], "ban", scheme="expert-opinion")
>>> _ = b.undercuts("paid", "A1", question="expert-opinion.bias")
>>> _ = b.attacks("audit", "paid")
>>> result = evaluate(b.build(), "grounded")
>>> print(explain_arguments(result, "ban").text())  # doctest: +NORMALIZE_WHITESPACE +ELLIPSIS
ban stands because its only argument, the argument from expert opinion A1, stands: its
premises expert and says are accepted; it is undercut by paid, which is rejected (answered
by audit).
Of A1, the question 'Is E personally unreliable: biased, dishonest or self-interested?' was
raised by paid, which is rejected (answered by audit).
Open questions of A1, raised by no one: ...
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from argmap.debate import Argument, Evaluation, Status, SupportReading
from argmap.debate.questions import ArgumentQuestions, question_report
from argmap.debate.schemes import Scheme, catalogue_with

__all__ = ["ArgumentsExplanation", "explain_arguments"]

#: How a claim's status reads in a sentence (keys are :meth:`Evaluation.overlay` words).
_CLAIM_WORD = {
    "accepted": "accepted",
    "credulous": "credulously accepted",
    "undecided": "undecided",
    "rejected": "rejected",
}
_CLAIM_VERB = {
    "accepted": "stands",
    "credulous": "stands in some extensions only",
    "undecided": "stays undecided",
    "rejected": "falls",
}
_ARGUMENT_VERB = {
    Status.ACCEPTED: "stands",
    Status.CREDULOUS: "stands in some extensions only",
    Status.REJECTED: "does not stand",
}
_RANK = {Status.ACCEPTED: 2, Status.CREDULOUS: 1, Status.REJECTED: 0}
_OVERLAY_RANK = {"accepted": 2, "credulous": 1}


@attrs.frozen
class ArgumentsExplanation:
    """A claim's arguments in sentences: the one it stands or falls by first, then the
    others, then each scheme's critical questions (raised and open). ``claims`` are the
    ids of every claim the sentences name, in debate order; both are empty for a claim
    that concludes no argument."""

    claim_id: str
    sentences: tuple[str, ...]
    claims: tuple[str, ...]

    def text(self) -> str:
        """The sentences, one a line."""
        return "\n".join(self.sentences)


def _and(items: Sequence[str]) -> str:
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _cap(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


def _scheme_phrase(scheme: Scheme) -> str:
    """``Argument from expert opinion`` → ``argument from expert opinion``; a trailing
    parenthesis (``(goal and action)``) is dropped so the argument's id can follow."""
    name = scheme.name.split(" (")[0].strip()
    if name[:1].isupper() and name[1:2].islower():
        name = name[:1].lower() + name[1:]
    return name if "argument" in name.lower() else f"argument from {name}"


def explain_arguments(
    evaluation: Evaluation, claim_id: str, schemes: Iterable[Scheme] | None = None
) -> ArgumentsExplanation:
    """Explain a claim's status by its arguments (see the module's docstring).

    ``schemes`` are the schemes known: the catalogue and the debate's own (a ``schemes``
    attribute of the debate, when it has one) when ``None``.
    """
    debate = evaluation.debate
    arguments = debate.arguments_for(claim_id)
    if not arguments:
        return ArgumentsExplanation(claim_id, (), ())
    known = tuple(schemes) if schemes is not None else catalogue_with(
        getattr(debate, "schemes", ())
    )  # fmt: skip
    ids = {a.id for a in arguments}
    touched = ids | {claim_id} | {p for a in arguments for p in a.premises}
    relations = [r for r in debate.relations if r.target in touched]
    report = question_report(arguments, relations, known)
    undercutters: dict[str, list[str]] = {}
    for relation in relations:
        if relation.kind.value == "undercut" and relation.target in ids:
            undercutters.setdefault(relation.target, []).append(relation.source)
    has_support = any(r.kind.value == "support" for r in relations if r.target == claim_id)
    explainer = _Explainer(evaluation, report.arguments, undercutters)
    only = len(arguments) == 1 and not has_support

    sentences = explainer.lead(claim_id, arguments, only, has_support)
    for entry in report.arguments:
        sentences.extend(explainer.questions(entry))
    named = explainer.named | {claim_id}
    return ArgumentsExplanation(
        claim_id, tuple(sentences), tuple(c for c in debate.claim_ids if c in named)
    )


class _Explainer:
    def __init__(
        self,
        evaluation: Evaluation,
        entries: Sequence[ArgumentQuestions],
        undercutters: dict[str, list[str]],
    ) -> None:
        self.evaluation = evaluation
        self.entries = {e.argument: e for e in entries}
        self.undercutters = undercutters
        self.named: set[str] = set()
        self._attackers: dict[str, list[str]] | None = None

    def word(self, claim_id: str) -> str:
        self.named.add(claim_id)
        return _CLAIM_WORD[self.evaluation.overlay(claim_id)]

    def name(self, argument: Argument) -> str:
        scheme = self.entries[argument.id].scheme
        return (
            f"the {_scheme_phrase(scheme)} {argument.id}"
            if scheme
            else f"the argument {argument.id}"
        )

    def reasons(self, argument: Argument) -> str:
        """Why the argument stands or not: its premises by status, its undercutters."""
        by_word: dict[str, list[str]] = {}
        for premise in dict.fromkeys(argument.premises):
            by_word.setdefault(self.word(premise), []).append(premise)
        premises = [
            f"its premise {group[0]} is {word}"
            if len(group) == 1
            else f"its premises {_and(group)} are {word}"
            for word, group in sorted(
                by_word.items(), key=lambda item: list(_CLAIM_WORD.values()).index(item[0])
            )
        ]
        clauses = [_and(premises)]
        undercuts = [self.holder(claim) for claim in self.undercutters.get(argument.id, [])]
        if undercuts:
            clauses.append("it is undercut by " + ", and by ".join(undercuts))
        status = self.evaluation.argument_status(argument.id)
        premises_hold = set(by_word) == {"accepted"}
        undercut_holds = any(
            self.evaluation.overlay(c) == "accepted" for c in self.undercutters.get(argument.id, [])
        )
        if status is not Status.ACCEPTED and premises_hold and not undercut_holds:
            conclusion = argument.conclusion
            if self.evaluation.overlay(conclusion) != "accepted":
                clauses.append(
                    f"but its conclusion {conclusion} is itself {self.word(conclusion)} "
                    "(see the reasoning below)"
                )
            else:
                clauses.append("but not in every extension with all of them at once")
        return "; ".join(clauses)

    def sentence(self, argument: Argument) -> str:
        status = self.evaluation.argument_status(argument.id)
        return f"{_cap(self.name(argument))} {_ARGUMENT_VERB[status]}: {self.reasons(argument)}."

    def lead(
        self, claim_id: str, arguments: Sequence[Argument], only: bool, has_support: bool
    ) -> list[str]:
        evaluation = self.evaluation
        overlay = evaluation.overlay(claim_id)
        verb = _CLAIM_VERB[overlay]
        claim_rank = _OVERLAY_RANK.get(overlay, 0)
        status = {a.id: evaluation.argument_status(a.id) for a in arguments}
        best = max(arguments, key=lambda a: _RANK[status[a.id]])
        reading = evaluation.reading

        def ref(argument: Argument) -> str:
            return f"its only argument, {self.name(argument)}," if only else self.name(argument)

        rest = [self.sentence(a) for a in arguments]
        if reading is SupportReading.EVIDENTIAL:
            if claim_rank and claim_rank == _RANK[status[best.id]]:
                others = [self.sentence(a) for a in arguments if a is not best]
                head = (
                    f"{claim_id} {verb} because {ref(best)} {_ARGUMENT_VERB[status[best.id]]}: "
                    f"{self.reasons(best)}."
                )
                return [head, *others]
            if not claim_rank:
                nor = (
                    " (nor does any support of it: see the reasoning below)" if has_support else ""
                )
                if len(arguments) == 1:
                    head = (
                        f"{claim_id} {verb} because {ref(best)} does not stand{nor}: "
                        f"{self.reasons(best)}."
                    )
                    return [head]
                return [f"{claim_id} {verb} because none of its arguments stands{nor}.", *rest]
            return [
                f"{claim_id} {verb}, but not through its arguments alone: see the reasoning below.",
                *rest,
            ]
        if reading is SupportReading.NECESSARY:
            missing = [
                f"the premise {p} of {a.id} is {self.word(p)}"
                for a in arguments
                for p in dict.fromkeys(a.premises)
                if evaluation.overlay(p) != "accepted"
            ]
            if claim_rank < 2 and missing:
                head = (
                    f"{claim_id} {verb} because under the necessary reading a claim cannot "
                    f"stand without each premise of its arguments, and {_and(missing)}."
                )
                return [head, *rest]
            return [
                f"{claim_id} {verb}; under the necessary reading the premises of its arguments "
                "are conditions it cannot stand without, not evidence it stands on.",
                *rest,
            ]
        how = (
            "they only pass attacks along"
            if reading is SupportReading.DEDUCTIVE
            else "they are ignored"
        )
        return [
            f"{claim_id} {verb}; under the {reading.value} reading its arguments do not make "
            f"it stand: {how}.",
            *rest,
        ]

    def attackers(self, claim_id: str) -> list[str]:
        if self._attackers is None:  # built once, on first need: one pass over the attacks
            self._attackers = {}
            for attack in self.evaluation.debate.attacks:
                self._attackers.setdefault(attack.target, []).append(attack.source)
        return self._attackers.get(claim_id, [])

    def holder(self, claim: str) -> str:
        """``"C9, which is rejected (answered by C11)"``: a claim that undercuts an argument
        or raises a question, its status, and the accepted claims that attack it."""
        text = f"{claim}, which is {self.word(claim)}"
        if self.evaluation.overlay(claim) != "accepted":
            answers = [c for c in self.attackers(claim) if self.evaluation.overlay(c) == "accepted"]
            if answers:
                self.named.update(answers)
                text += f" (answered by {_and(answers)})"
        return text

    def questions(self, entry: ArgumentQuestions) -> list[str]:
        if entry.scheme is None:
            if entry.scheme_id is None:
                return []
            return [
                f"{entry.argument} names the scheme '{entry.scheme_id}', which is not known, "
                "so it has no critical questions here."
            ]
        out = []
        for status in entry.raised:
            raisers = ", and by ".join(
                self.holder(c) for c in dict.fromkeys(r.claim for r in status.raised_by)
            )
            out.append(
                f"Of {entry.argument}, the question '{status.question.text}' was raised by "
                f"{raisers}."
            )
        if entry.open:
            listed = "; ".join(
                f"'{s.question.text}' ({s.question.kind.value}: {s.question.kind.while_open})"
                for s in entry.open
            )
            out.append(f"Open questions of {entry.argument}, raised by no one: {listed}.")
        else:
            out.append(f"Every critical question of {entry.argument} has been raised.")
        return out
