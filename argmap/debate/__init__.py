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
    default_relation_id,
)
from argmap.debate.readings import (
    MAX_EVIDENTIAL_ARGUMENTS,
    AttackKind,
    DerivedAttack,
    Flattening,
    flatten,
)
from argmap.debate.validation import find_problems

__all__ = [
    "MAX_EVIDENTIAL_ARGUMENTS",
    "MAX_EXTENSIONS",
    "Actor",
    "ActorKind",
    "ActorPosition",
    "Argument",
    "AttackKind",
    "Choice",
    "Citation",
    "Claim",
    "ClaimKind",
    "ClassroomProfile",
    "Debate",
    "DebateBuilder",
    "DerivedAttack",
    "Evaluation",
    "ExpectedVerdicts",
    "Flattening",
    "Relation",
    "RelationKind",
    "Source",
    "Stance",
    "Status",
    "SupportReading",
    "Verdict",
    "default_relation_id",
    "evaluate",
    "evaluate_flattening",
    "find_problems",
    "flatten",
]

#: Old names served one release, with a DeprecationWarning.
__getattr__ = renamed_attributes(__name__, {"Verdicts": ("ExpectedVerdicts", ExpectedVerdicts)})
