"""Deprecated: the Semantics enum moved to :mod:`argmap.semantics.names` (this module held
no kinds). This alias warns when imported and goes in the next release; import
``Semantics`` from :mod:`argmap.semantics` or :mod:`argmap.semantics.names`."""

from __future__ import annotations

from argmap._deprecation import warn_renamed
from argmap.semantics.names import Semantics

__all__ = ["Semantics"]

warn_renamed("argmap.semantics.kinds", "argmap.semantics.names", stacklevel=2)
