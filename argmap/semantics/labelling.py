"""Three-valued labellings (Caminada 2006): IN, OUT and UNDEC.

Reference: M. Caminada, "On the issue of reinstatement in argumentation",
JELIA 2006, LNCS 4160; M. Caminada and D. Gabbay, "A logical account of
formal argumentation", Studia Logica 93, 2009.
"""

from __future__ import annotations

import enum
from collections.abc import Hashable, Iterable

import attrs

from argmap.errors import UnknownArgumentError
from argmap.framework import ArgumentFramework

__all__ = ["Label", "Labelling"]


class Label(enum.Enum):
    """The label of one argument."""

    IN = "in"
    OUT = "out"
    UNDEC = "undec"

    def __str__(self) -> str:
        return self.name


@attrs.frozen
class Labelling:
    """A labelling as three disjoint sets of arguments.

    For an extension ``E`` argmap uses the labelling that the literature
    associates with it: IN = ``E``, OUT = the arguments ``E`` attacks
    (``E⁺``), UNDEC = everything else. For complete-based semantics these are
    exactly Caminada's complete labellings; for conflict-free-based ones
    (naive, stage, cf2, stage2) they are the conflict-free labellings of
    Caminada's stage labellings.

    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c"), ("d", "d")])
    >>> lab = Labelling.from_extension(af, {"a", "c"})
    >>> lab.label("b"), lab.label("d")
    (<Label.OUT: 'out'>, <Label.UNDEC: 'undec'>)
    """

    in_: frozenset[Hashable]
    out: frozenset[Hashable]
    undec: frozenset[Hashable]

    @classmethod
    def from_extension(cls, af: ArgumentFramework, extension: Iterable[Hashable]) -> Labelling:
        """IN = the extension, OUT = what it attacks, UNDEC = the rest."""
        members = set(af.indices(extension))
        attacked = set()
        for i in members:
            attacked.update(af.successors[i])
        attacked -= members
        rest = set(range(len(af))) - members - attacked
        return cls(af.arguments_at(members), af.arguments_at(attacked), af.arguments_at(rest))

    def label(self, argument: Hashable) -> Label:
        """The label of one argument."""
        if argument in self.in_:
            return Label.IN
        if argument in self.out:
            return Label.OUT
        if argument in self.undec:
            return Label.UNDEC
        raise UnknownArgumentError(argument, context="in this labelling")

    def as_dict(self) -> dict[Hashable, Label]:
        """``{argument: Label}`` for every argument."""
        result = dict.fromkeys(self.in_, Label.IN)
        result.update(dict.fromkeys(self.out, Label.OUT))
        result.update(dict.fromkeys(self.undec, Label.UNDEC))
        return result
