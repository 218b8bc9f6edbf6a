"""Deprecated: the SAT back end moved to :mod:`argmap.semantics.sat`.

This alias re-exports it for one release and warns (``DeprecationWarning``) when imported;
import :mod:`argmap.semantics.sat` instead. Like the module it stands for, it imports
python-sat only when a question is solved.
"""

from __future__ import annotations

import warnings

from argmap.semantics.sat import SAT_SEMANTICS, SOLVER, credulous, skeptical, some

__all__ = ["SAT_SEMANTICS", "SOLVER", "credulous", "skeptical", "some"]

warnings.warn(
    "argmap.sat moved to argmap.semantics.sat; the alias goes in the next release",
    DeprecationWarning,
    stacklevel=2,
)
