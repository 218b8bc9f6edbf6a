"""The semantics argmap knows, with their ICCMA codes and names."""

from __future__ import annotations

import enum

from argmap.errors import UnknownSemanticsError

__all__ = ["Semantics"]


class Semantics(enum.Enum):
    """An argumentation semantics; the value is its ICCMA code.

    :meth:`parse` accepts a member, an ICCMA code (``"PR"``) or a name
    (``"preferred"``, ``"semi-stable"``), in any case.

    >>> Semantics.parse("preferred") is Semantics.PREFERRED
    True
    >>> Semantics.parse("sst").title
    'semi-stable'
    """

    CONFLICT_FREE = "CF"
    NAIVE = "NAI"
    ADMISSIBLE = "ADM"
    COMPLETE = "CO"
    GROUNDED = "GR"
    PREFERRED = "PR"
    STABLE = "ST"
    SEMI_STABLE = "SST"
    STAGE = "STG"
    IDEAL = "ID"
    EAGER = "EAG"
    CF2 = "CF2"
    STAGE2 = "STG2"

    @property
    def code(self) -> str:
        """The ICCMA code, e.g. ``"PR"``."""
        return self.value

    @property
    def title(self) -> str:
        """The usual name, e.g. ``"semi-stable"``."""
        return self.name.lower().replace("_", "-")

    @property
    def unique(self) -> bool:
        """Whether the semantics always has exactly one extension."""
        return self in (Semantics.GROUNDED, Semantics.IDEAL, Semantics.EAGER)

    @classmethod
    def parse(cls, value: str | Semantics) -> Semantics:
        """Turn a code or a name into a member; raise UnknownSemanticsError otherwise."""
        if isinstance(value, Semantics):
            return value
        key = str(value).strip().upper().replace("-", "_").replace(" ", "_")
        for member in cls:
            if key in (member.value, member.name, member.name.replace("_", "")):
                return member
        known = ", ".join(f"{m.code} ({m.title})" for m in cls)
        raise UnknownSemanticsError(f"unknown semantics {value!r}; choose one of: {known}")
