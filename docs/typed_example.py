"""A typed program using argmap's public API, as a type-checked project would.

It passes ``pyright`` (standard mode) and ``mypy --strict``, and runs: tests/test_types.py
checks all three. See "Type checking" in the README for making an editable install
visible to type checkers. Run it with ``python docs/typed_example.py``.
"""

from __future__ import annotations

from collections.abc import Hashable

from argmap import Acceptance, ArgumentFramework, Semantics, credulous_acceptance, extensions
from argmap.debate import (
    Claim,
    ClaimKind,
    Debate,
    DebateBuilder,
    Evaluation,
    Relation,
    RelationKind,
    Stance,
    Status,
    SupportReading,
)
from argmap.explain import ClaimExplanation, explain_claim
from argmap.gradual import QBAF, GradualMethod, GradualResult, debate_strengths, strengths
from argmap.render import DiagramOptions, debate_graph


def preferred_extensions() -> list[list[str]]:
    """A framework's preferred extensions, each sorted (the arguments here are strings)."""
    af = ArgumentFramework.from_attacks([("b", "a"), ("c", "b"), ("d", "e"), ("e", "d")])
    found: list[frozenset[Hashable]] = list(extensions(af, Semantics.PREFERRED))
    answer: Acceptance = credulous_acceptance(af, "a", "stable")
    assert answer.accepted and answer.witness is not None and "a" in answer.witness
    return sorted(sorted(str(argument) for argument in extension) for extension in found)


def smoking_ban() -> Debate:
    """A debate built from its parts: enum fields take the member or its name."""
    claims = [
        Claim("ban", "Ban smoking in bars.", stance="pro", kind="thesis"),
        Claim("health", "Second-hand smoke harms staff.", stance=Stance.PRO),
        Claim("trade", "Bars lose customers.", stance="con", kind=ClaimKind.OBJECTION),
        Claim("study", "Sales held up where bans came in.", stance="pro", kind="evidence"),
    ]
    relations = [
        Relation("support", "health", "ban"),
        Relation(RelationKind.ATTACK, "trade", "ban"),
        Relation("attack", "study", "trade"),
    ]
    return Debate("Should the city ban smoking in bars?", claims=claims, relations=relations)


def built_the_other_way() -> Debate:
    """The same debate through the builder."""
    b = DebateBuilder("Should the city ban smoking in bars?")
    b.claim("ban", "Ban smoking in bars.", stance="pro", kind="thesis")
    b.claim("health", "Second-hand smoke harms staff.", stance="pro")
    b.claim("trade", "Bars lose customers.", stance="con", kind="objection")
    b.claim("study", "Sales held up where bans came in.", stance="pro", kind="evidence")
    b.supports("health", "ban")
    b.attacks("trade", "ban")
    b.attacks("study", "trade")
    return b.build()


def statuses(debate: Debate) -> dict[str, Status]:
    """Every claim's status under grounded semantics and the evidential reading."""
    result: Evaluation = debate.evaluate("grounded", SupportReading.EVIDENTIAL)
    framework: ArgumentFramework = result.framework
    assert len(framework) >= len(debate.claims)
    return {claim_id: result.status(claim_id) for claim_id in debate.claim_ids}


def gradual(debate: Debate) -> tuple[float, float]:
    """The thesis's DF-QuAD strength in the debate, and an argument's in a plain QBAF."""
    in_debate: GradualResult = debate_strengths(debate, GradualMethod.DFQUAD)
    qbaf = QBAF({"a": 0.5, "b": 0.8}, attacks=[("b", "a")])
    alone: GradualResult = strengths(qbaf, "dfquad", tolerance=1e-12)
    return in_debate["ban"], alone["a"]


def main() -> None:
    assert preferred_extensions() == [["a", "c", "d"], ["a", "c", "e"]]
    debate = smoking_ban()
    assert debate == built_the_other_way()
    assert statuses(debate) == {
        "ban": Status.ACCEPTED,
        "health": Status.ACCEPTED,
        "trade": Status.REJECTED,
        "study": Status.ACCEPTED,
    }
    explanation: ClaimExplanation = explain_claim(debate, "ban", "grounded")
    assert "ban" in explanation.text()
    thesis, argument = gradual(debate)
    assert 0.0 <= thesis <= 1.0 and abs(argument - 0.5 * (1 - 0.8)) < 1e-12
    drawn = debate_graph(debate.evaluate("grounded"), DiagramOptions(direction="LR"))
    dot: str = drawn.source
    assert "rankdir=LR" in dot
    print("typed example: all checks passed")


if __name__ == "__main__":
    main()
