"""Explanations: why a claim or argument stands or falls, and what would change it.

- :mod:`~argmap.explain.acceptance`: grounded rounds, dispute trees (admissible sets with
  the defence of every attack), counter-extensions, on argument frameworks;
- :mod:`~argmap.explain.claims`: the same for a debate's claims, in their words;
- :mod:`~argmap.explain.arguments`: a claim's status told by its arguments (premises,
  undercutters, critical questions raised and open);
- :mod:`~argmap.explain.plain`: the same in plain words for a class (stands, falls,
  undecided), and the note when the support reading changes a thesis's verdict;
- :mod:`~argmap.explain.whatif`: the smallest changes that flip a status, and how robust
  statuses are across semantics and support readings;
- :mod:`~argmap.explain.compare`: the differences between two maps of one debate.
"""

from argmap.explain.acceptance import (
    CredulousExplanation,
    Defence,
    GroundedExplanation,
    GroundedStep,
    SkepticalExplanation,
    admissible_core,
    explain_credulous,
    explain_skeptical,
    grounded_explanation,
)
from argmap.explain.arguments import ArgumentsExplanation, explain_arguments
from argmap.explain.claims import (
    ClaimExplanation,
    explain_claim,
    grounded_claim_decisions,
    grounded_claim_rounds,
)
from argmap.explain.compare import MapComparison, compare_maps
from argmap.explain.plain import (
    PlainExplanation,
    explain_plainly,
    plain_reasons,
    plain_status,
    reading_note,
)

__all__ = [
    "ArgumentsExplanation",
    "ClaimExplanation",
    "CredulousExplanation",
    "Defence",
    "GroundedExplanation",
    "GroundedStep",
    "MapComparison",
    "PlainExplanation",
    "SkepticalExplanation",
    "admissible_core",
    "compare_maps",
    "explain_arguments",
    "explain_claim",
    "explain_credulous",
    "explain_plainly",
    "explain_skeptical",
    "grounded_claim_decisions",
    "grounded_claim_rounds",
    "grounded_explanation",
    "plain_reasons",
    "plain_status",
    "reading_note",
]
