"""The exceptions argmap raises for mistakes a user can fix.

Every error says what was wrong and, where there is one, how to fix it. Catch
:class:`ArgmapError` to handle all of them.
"""

from __future__ import annotations

from collections.abc import Hashable

__all__ = [
    "ArgmapError",
    "DuplicateArgumentError",
    "FormatError",
    "FrameworkError",
    "ParseError",
    "UnknownArgumentError",
    "UnknownSemanticsError",
]


class ArgmapError(Exception):
    """Base class of every error argmap raises on bad input."""


class FrameworkError(ArgmapError, ValueError):
    """An argument framework cannot be built from what was given."""


class UnknownArgumentError(FrameworkError, KeyError):
    """An argument named by the caller is not in the framework.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework(["a"], [])
    >>> af.index("b")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownArgumentError: unknown argument 'b'; the framework has 1 argument: 'a'
    """

    def __init__(
        self, argument: Hashable, known: tuple[Hashable, ...] | None = None, context: str = ""
    ):
        self.argument = argument
        message = f"unknown argument {argument!r}"
        if context:
            message += f" {context}"
        if known is not None:
            shown = ", ".join(repr(a) for a in known[:8])
            more = f", ... ({len(known) - 8} more)" if len(known) > 8 else ""
            noun = "argument" if len(known) == 1 else "arguments"
            message += (
                f"; the framework has {len(known)} {noun}: {shown}{more}"
                if known
                else ("; the framework has no arguments")
            )
        super().__init__(message)

    def __str__(self) -> str:  # KeyError would otherwise show the message quoted
        return str(self.args[0])


class DuplicateArgumentError(FrameworkError):
    """The same argument label was given twice where each must be unique."""


class FormatError(ArgmapError, ValueError):
    """Something cannot be written in the requested format (say, a TGF id with a space)."""


class UnknownSemanticsError(ArgmapError, ValueError):
    """A semantics name or ICCMA code that argmap does not know."""


class ParseError(ArgmapError, ValueError):
    """A file (or text) could not be read; says where and what was expected.

    ``source`` is the file name (or ``"<string>"``), ``line`` the 1-based line
    number (``None`` when the problem is the file as a whole).

    >>> str(ParseError("af.i23", 3, "expected two argument indices, found 'x'"))
    "af.i23:3: expected two argument indices, found 'x'"
    """

    def __init__(self, source: str, line: int | None, message: str):
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")
