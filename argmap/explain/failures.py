"""Why an attack does not count in an evaluation: an audience's ranking of values, or an
actor's perspective.

An explanation that says "nothing attacks it" where an attack exists but fails would mislead
a student; these sentences say which attacks fail and because of whose preference.

>>> from argmap.debate import Debate
>>> debate = Debate.load("maps/values-example.argmap.toml")
>>> result = debate.evaluate("grounded", audience="public-safety")
>>> for sentence in failed_attacks_by(result, "ban"):
...     print(sentence)
ban's attack on allow fails for City police, which ranks public security above privacy
"""

from __future__ import annotations

from argmap.debate import Evaluation, RelationKind

__all__ = ["failed_attacks_by", "failed_attacks_on"]


def _perspective_failures(result: Evaluation, claim_id: str, on: bool) -> list[str]:
    # Attacks dropped by a perspective: from outside the preferred claims onto one inside
    # (Amgoud and Cayrol 2002; argmap.debate.readings.flatten).
    protected = result.flattening.protected
    if not protected or result.audience is not None:
        return []
    who = result.perspective or "this perspective"
    if result.perspective in {a.id for a in result.debate.actors}:
        who = result.debate.actor(result.perspective).name
    out = []
    for relation in result.debate.relations:
        if relation.kind is not RelationKind.ATTACK:
            continue
        if (relation.target if on else relation.source) != claim_id:
            continue
        if relation.target in protected and relation.source not in protected:
            out.append(
                f"{relation.source}'s attack on {relation.target} fails as {who} sees it: "
                f"{who} holds or accepts {relation.target}, not {relation.source}"
            )
    return out


def failed_attacks_on(result: Evaluation, claim_id: str) -> list[str]:
    """One sentence per attack or undercut on ``claim_id`` (or on an argument for it) that
    fails in ``result``, saying why; empty when every attack on it counts."""
    result.debate.claim(claim_id)
    arguments = {a.id for a in result.debate.arguments_for(claim_id)}
    out = [
        f.explain(result.debate)
        for f in result.failed_attacks
        if f.relation.target == claim_id or f.relation.target in arguments
    ]
    return out + _perspective_failures(result, claim_id, on=True)


def failed_attacks_by(result: Evaluation, claim_id: str) -> list[str]:
    """One sentence per attack or undercut made by ``claim_id`` that fails in ``result``."""
    result.debate.claim(claim_id)
    out = [f.explain(result.debate) for f in result.failed_attacks if f.relation.source == claim_id]
    return out + _perspective_failures(result, claim_id, on=False)
