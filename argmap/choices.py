"""The base of argmap's enums of named choices (stances, claim kinds, support readings,
gradual methods, ...): members parse from their value in any case, and anything else
raises :class:`~argmap.errors.UnknownChoiceError` listing the choices.

It sits beside :mod:`argmap.errors`, below every layer that defines such an enum, so the
gradual semantics need not depend on the debate layer for it.

>>> class Colour(Choice):
...     RED = "red"
...     GREEN = "green"
>>> Colour.parse(" Red ")
<Colour.RED: 'red'>
>>> Colour.parse("blue")
Traceback (most recent call last):
argmap.errors.UnknownChoiceError: unknown colour 'blue'; use one of: red, green
"""

from __future__ import annotations

import enum
import re
from typing import Self

from argmap.errors import UnknownChoiceError

__all__ = ["Choice"]


class Choice(enum.Enum):
    """An enum whose members parse from their value in any case; anything else raises
    :class:`~argmap.errors.UnknownChoiceError` listing the choices."""

    @classmethod
    def parse(cls, value: object) -> Self:
        if isinstance(value, cls):
            return value
        key = str(value).strip().lower()
        for member in cls:
            if key == member.value:
                return member
        raise UnknownChoiceError(f"unknown {cls._noun()} {value!r}; use one of: {cls.choices()}")

    @classmethod
    def choices(cls) -> str:
        return ", ".join(member.value for member in cls)

    @classmethod
    def _noun(cls) -> str:
        return re.sub(r"(?<!^)([A-Z])", r" \1", cls.__name__).lower()
