"""A map's classroom profile: what a teacher fixes for a class.

A map file's ``[classroom]`` table names the semantics and support reading to show, and the
explorer controls to hide, so that every student sees the same reading of the map::

    [classroom]
    semantics = "grounded"
    support = "necessary"
    hide = ["semantics", "support", "formal"]

Commands use the profile's semantics and reading when none is given on the command line.

>>> profile = ClassroomProfile(semantics="grounded", support="necessary", hide=["support"])
>>> profile.semantics.title, profile.support.value, profile.hides("support")
('grounded', 'necessary', True)
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import attrs

from argmap.errors import DebateError, Problem
from argmap.semantics.names import Semantics

if TYPE_CHECKING:  # the model imports this module; the reading is read lazily
    from argmap.debate.model import SupportReading

__all__ = ["HIDEABLE_CONTROLS", "ClassroomProfile"]

#: The explorer controls a profile can hide: the semantics and support-reading selectors,
#: the "show the formal terms" switch, the grounded-rounds stepper, and the actor, stance
#: and search filters.
HIDEABLE_CONTROLS = ("semantics", "support", "formal", "rounds", "actors", "stances", "search")


def _problem(field: str, message: str, hint: str) -> DebateError:
    return DebateError([Problem("classroom profile", field, message, hint, item=("classroom", 0))])


def _semantics(value: Semantics | str | None) -> Semantics | None:
    if value is None:
        return None
    try:
        return Semantics.parse(value)
    except Exception as exc:  # the parser's message names the known semantics
        raise _problem("semantics", str(exc), "use a semantics name such as grounded") from None


def _support(value: SupportReading | str | None) -> SupportReading | None:
    from argmap.debate.model import SupportReading

    if value is None:
        return None
    try:
        return SupportReading.parse(value)
    except Exception as exc:
        raise _problem(
            "support", str(exc), "use evidential, deductive, necessary or none"
        ) from None


def _hide(value: Iterable[str]) -> tuple[str, ...]:
    items = tuple(value)
    for item in items:
        if item not in HIDEABLE_CONTROLS:
            raise _problem(
                "hide", f"unknown control {item!r}", f"use some of: {', '.join(HIDEABLE_CONTROLS)}"
            )
    return items


@attrs.frozen
class ClassroomProfile:
    """The semantics and support reading a class sees (None: the command's default), and
    the explorer controls hidden from it (:data:`HIDEABLE_CONTROLS`)."""

    semantics: Semantics | None = attrs.field(default=None, converter=_semantics)
    support: SupportReading | None = attrs.field(default=None, converter=_support)
    hide: tuple[str, ...] = attrs.field(default=(), converter=_hide)
    note: str | None = None

    def hides(self, control: str) -> bool:
        """Whether the profile hides this explorer control."""
        return control in self.hide
