"""Values and audiences: which attacks succeed for an audience (Bench-Capon 2003).

In a value-based argumentation framework (T. J. M. Bench-Capon, "Persuasion in practical
argument using value-based argumentation frameworks", *J. Logic Comput.* 13(3), 2003,
429-448) each argument promotes a value, and an attack of ``a`` on ``b`` *defeats* ``b``
for an audience unless the audience prefers ``b``'s value to ``a``'s. The audience's
framework is the defeat graph; every semantics applies to it.

argmap's claims and arguments may promote several values or none, so the comparison is
stated for sets (Kaci and van der Torre, "Preference-based argumentation: arguments
supporting multiple values", *Int. J. Approx. Reasoning* 48(3), 2008, 730-751, show that a
ranking of values can be lifted to such arguments in more than one way; this is the one
argmap uses, each side counted by its best value):

    an attack from ``a`` on ``b`` **fails** for an audience exactly when both promote at
    least one value and the audience ranks ``b``'s highest-ranked value strictly above
    ``a``'s highest-ranked value.

So a claim that promotes no value is never immune to attack, and its own attacks never
fail (a plain fact defeats a value-laden claim for every audience); equal ranks do not
protect (ties go to the attacker, as in Bench-Capon's definition). Attacks are claim to
claim; an undercut of an argument compares the undercutting claim's values with the
values the argument promotes (``Argument.values``); an undercut of a support or attack
relation always succeeds (a relation promotes nothing). Supports are never affected.

For a debate with supports, the attacks that fail are removed first and the support
reading is applied to what remains (:func:`defeat_debate`): "the audience's framework is
the defeat graph; every semantics and support reading applies to it".

>>> from argmap.debate import DebateBuilder
>>> b = DebateBuilder("Ban live facial recognition?")
>>> _ = b.value("privacy", "Privacy")
>>> _ = b.value("security", "Security")
>>> _ = b.claim("ban", "Ban it.", values=["privacy"])
>>> _ = b.claim("catch", "It catches suspects.", values=["security"])
>>> _ = b.attacks("catch", "ban")
>>> _ = b.audience("parliament", "Parliament", ["privacy", "security"])
>>> debate = b.build()
>>> [str(f) for f in failed_attacks(debate, debate.audience("parliament"))]
["catch's attack on ban fails for Parliament, which ranks privacy above security"]
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from argmap.debate.model import Audience, Debate, Relation, RelationKind
from argmap.errors import UnknownIdError

__all__ = ["FailedAttack", "attack_fails", "defeat_debate", "failed_attacks", "values_of"]


def values_of(debate: Debate, item_id: str) -> tuple[str, ...]:
    """The values a claim or an argument promotes (a relation promotes none).

    >>> from argmap.debate import DebateBuilder
    >>> b = DebateBuilder("Q?")
    >>> _ = b.claim("a", "A.", values=["privacy"])
    >>> values_of(b.build(), "a")
    ('privacy',)
    """
    # The debate's own id tables: one lookup each, not a scan per attack.
    for lookup in (debate.claim, debate.argument):
        try:
            return lookup(item_id).values
        except UnknownIdError:
            pass
    return ()


@attrs.frozen
class FailedAttack:
    """An attack or undercut that does not defeat its target for an audience, and why.

    ``attacker_values`` and ``target_values`` are the values each side promotes; the
    audience ranks the best of the target's strictly above the best of the attacker's.
    """

    relation: Relation
    audience: Audience
    attacker_values: tuple[str, ...]
    target_values: tuple[str, ...]

    def explain(self, debate: Debate | None = None) -> str:
        """One sentence, naming values by their names when ``debate`` describes them."""
        name = debate.value_name if debate is not None else (lambda v: v)
        target = _best(self.audience, self.target_values)
        attacker = _best(self.audience, self.attacker_values)
        verb = "undercut of" if self.relation.kind is RelationKind.UNDERCUT else "attack on"
        return (
            f"{self.relation.source}'s {verb} {self.relation.target} fails for "
            f"{self.audience.name}, which ranks {name(target)} above {name(attacker)}"
        )

    def __str__(self) -> str:
        return self.explain()


def _best(audience: Audience, values: Iterable[str]) -> str:
    # The highest-ranked value; among equals, the first listed.
    return min(values, key=audience.rank)


def attack_fails(debate: Debate, relation: Relation, audience: Audience) -> bool:
    """Whether an attack or undercut fails to defeat its target for ``audience``
    (always ``False`` for a support, and for an undercut of a relation)."""
    if relation.kind is RelationKind.SUPPORT:
        return False
    attacker = values_of(debate, relation.source)
    target = values_of(debate, relation.target)
    return audience.ranks_above(target, attacker)


def failed_attacks(debate: Debate, audience: Audience) -> tuple[FailedAttack, ...]:
    """The attacks and undercuts that fail for ``audience``, in the debate's order."""
    failed = []
    for relation in debate.relations:
        if attack_fails(debate, relation, audience):
            failed.append(
                FailedAttack(
                    relation,
                    audience,
                    values_of(debate, relation.source),
                    values_of(debate, relation.target),
                )
            )
    return tuple(failed)


def defeat_debate(debate: Debate, audience: Audience) -> Debate:
    """The debate as ``audience`` weighs it: the attacks and undercuts that fail removed,
    with the undercuts of a removed attack (they undercut nothing any more), and the
    documented verdicts (they describe the whole debate)."""
    failed = {f.relation.id for f in failed_attacks(debate, audience)}
    if not failed:
        return attrs.evolve(debate, verdicts=())
    kept = [
        r
        for r in debate.relations
        if r.id not in failed and not (r.kind is RelationKind.UNDERCUT and r.target in failed)
    ]
    return attrs.evolve(debate, relations=kept, verdicts=())
