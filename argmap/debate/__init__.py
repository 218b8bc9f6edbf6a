"""Debates: claims with supports, attacks and undercuts; their readings and evaluation.

>>> from argmap.debate import DebateBuilder
>>> b = DebateBuilder("Should bars be smoke-free?")
>>> _ = b.claim("ban", "Make bars smoke-free.", stance="pro", kind="thesis")
>>> _ = b.claim("staff", "Staff breathe the smoke all shift.", stance="pro")
>>> _ = b.claim("choice", "Adults choose to enter a smoking bar.", stance="con")
>>> _ = b.supports("staff", "ban")
>>> _ = b.attacks("choice", "ban")
>>> _ = b.attacks("staff", "choice")
>>> b.build().evaluate("grounded").accepted
('ban', 'staff')
"""

from argmap._deprecation import renamed_attributes
from argmap.choices import Choice
from argmap.debate.audiences import (
    MAX_DEFEAT_GRAPHS,
    AcrossAudiences,
    ClaimStanding,
    Standing,
    across_audiences,
    distinct_rankings,
)
from argmap.debate.builder import DebateBuilder
from argmap.debate.classroom import ClassroomProfile
from argmap.debate.evaluation import (
    MAX_EXTENSIONS,
    ActorPosition,
    Evaluation,
    Status,
    Verdict,
    evaluate,
    evaluate_flattening,
)
from argmap.debate.model import (
    Actor,
    ActorKind,
    Argument,
    Audience,
    Citation,
    Claim,
    ClaimKind,
    Debate,
    ExpectedVerdicts,
    Relation,
    RelationKind,
    Source,
    Stance,
    SupportReading,
    Value,
    default_relation_id,
)
from argmap.debate.readings import (
    EXACT_WHEN_COMPACT,
    MAX_EVIDENTIAL_ARGUMENTS,
    AttackKind,
    DerivedAttack,
    Flattening,
    flatten,
)
from argmap.debate.validation import find_problems
from argmap.debate.values import FailedAttack, attack_fails, defeat_debate, failed_attacks

__all__ = [
    "EXACT_WHEN_COMPACT",
    "MAX_DEFEAT_GRAPHS",
    "MAX_EVIDENTIAL_ARGUMENTS",
    "MAX_EXTENSIONS",
    "AcrossAudiences",
    "Actor",
    "ActorKind",
    "ActorPosition",
    "Argument",
    "AttackKind",
    "Audience",
    "Choice",
    "Citation",
    "Claim",
    "ClaimKind",
    "ClaimStanding",
    "ClassroomProfile",
    "Debate",
    "DebateBuilder",
    "DerivedAttack",
    "Evaluation",
    "ExpectedVerdicts",
    "FailedAttack",
    "Flattening",
    "Relation",
    "RelationKind",
    "Source",
    "Stance",
    "Standing",
    "Status",
    "SupportReading",
    "Value",
    "Verdict",
    "across_audiences",
    "attack_fails",
    "default_relation_id",
    "defeat_debate",
    "distinct_rankings",
    "evaluate",
    "evaluate_flattening",
    "failed_attacks",
    "find_problems",
    "flatten",
]

#: Old names served one release, with a DeprecationWarning.
__getattr__ = renamed_attributes(__name__, {"Verdicts": ("ExpectedVerdicts", ExpectedVerdicts)})
