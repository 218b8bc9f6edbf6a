"""The exceptions argmap raises for mistakes a user can fix.

Every error says what was wrong and, where there is one, how to fix it. Catch
:class:`ArgmapError` to handle all of them.
"""

from __future__ import annotations

from collections.abc import Hashable

from argmap._text import plural

__all__ = [
    "ArgmapError",
    "DebateError",
    "DuplicateArgumentError",
    "FormatError",
    "FrameworkError",
    "MapError",
    "NotAnExtensionError",
    "NotDrawableError",
    "OutOfRangeError",
    "OutputError",
    "ParseError",
    "Problem",
    "UnknownArgumentError",
    "UnknownChoiceError",
    "UnknownFormatError",
    "UnknownIdError",
    "UnknownSemanticsError",
    "excerpt",
]

EXCERPT_WIDTH = 80
"""How many characters of an offending line (or name) an error message quotes at most."""

MESSAGE_LIMIT = 2000
"""A ParseError message longer than this is cut in the middle: no input is ever quoted whole."""


def excerpt(text: str, around: int = 0, width: int = EXCERPT_WIDTH) -> str:
    """``text`` quoted (as ``repr`` does) for an error message, at most ``width`` characters of
    it: a window starting a little before position ``around``, with ``…`` marking what is cut.

    A bad line of a 10 MB file must not be copied whole into the message.

    >>> excerpt("p af x")
    "'p af x'"
    >>> excerpt("x" * 100 + "BAD" + "y" * 100, around=100, width=20)
    "…'xxxxxxxxxxBADyyyyyyy'… (20 of 203 characters)"
    """
    text = str(text)
    if len(text) <= width:
        return repr(text)
    start = max(0, min(around - width // 2, len(text) - width))
    end = start + width
    before = "…" if start > 0 else ""
    after = "…" if end < len(text) else ""
    return f"{before}{text[start:end]!r}{after} ({width} of {len(text)} characters)"


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
            message += (
                f"; the framework has {plural(len(known), 'argument')}: {shown}{more}"
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


class OutputError(ArgmapError, OSError):
    """An output path that argmap will not write: a folder, a device, a FIFO, a symbolic
    link, one of the inputs, a name in a missing or unwritable folder, or an empty name.

    It is also an :class:`OSError`, which writing a file raised before argmap checked.

    >>> from argmap.formats import check_output_path
    >>> check_output_path("")
    Traceback (most recent call last):
    ...
    argmap.errors.OutputError: the output file name is empty
    """


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
        if len(message) > MESSAGE_LIMIT:  # a last defence: callers quote with excerpt()
            half = MESSAGE_LIMIT // 2
            message = (
                f"{message[:half]} … ({len(message) - 2 * half} characters cut) … {message[-half:]}"
            )
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class Problem:
    """One mistake found in a debate: where it is, which field, what is wrong, how to fix it.

    ``where`` names the claim, relation, actor or source at fault (``"claim 'C12'"``);
    ``line`` is the line of its table in a map file when known; ``item`` is its place: in
    a debate, e.g. ``("relations", 3)`` for the fourth of ``debate.relations``, or in a map
    document, e.g. ``("attacks", 1)`` for the second ``[[attacks]]`` entry, which a map
    reader turns into a line.

    >>> str(Problem("claim 'C1'", "stance", "unknown stance 'pros'", "use pro, con or neutral"))
    "claim 'C1': field 'stance': unknown stance 'pros'; use pro, con or neutral"
    """

    __slots__ = ("field", "hint", "item", "line", "message", "where")

    def __init__(
        self,
        where: str,
        field: str | None,
        message: str,
        hint: str = "",
        line: int | None = None,
        item: tuple[str, int] | None = None,
    ):
        self.item = item
        self.where = where
        self.field = field
        self.message = message
        self.hint = hint
        self.line = line

    def __str__(self) -> str:
        text = self.where
        if self.field:
            text += f": field {self.field!r}"
        text += f": {self.message}"
        if self.hint:
            text += f"; {self.hint}"
        return text

    def __repr__(self) -> str:
        return f"Problem({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.where, self.field, self.message, self.hint, self.line) == (
            other.where,
            other.field,
            other.message,
            other.hint,
            other.line,
        )

    def __hash__(self) -> int:
        return hash((self.where, self.field, self.message, self.hint, self.line))


class DebateError(ArgmapError, ValueError):
    """A debate cannot be built; ``problems`` lists every mistake found, not just the first.

    >>> from argmap.debate import DebateBuilder
    >>> b = DebateBuilder("Ban it?")
    >>> _ = b.claim("a", "A reason.")
    >>> _ = b.supports("a", "a")
    >>> b.build()
    Traceback (most recent call last):
    ...
    argmap.errors.DebateError: the debate has 1 problem:
      support 'a supports a': claim 'a' supports itself; remove the relation
    """

    def __init__(self, problems: list[Problem] | tuple[Problem, ...], source: str | None = None):
        self.problems = tuple(problems)
        self.source = source
        super().__init__(self._render())

    def _render(self) -> str:
        subject = self.source if self.source else "the debate"
        lines = [f"{subject} has {plural(len(self.problems), 'problem')}:"]
        for problem in self.problems:
            prefix = f"line {problem.line}: " if problem.line is not None else ""
            lines.append(f"  {prefix}{problem}")
        return "\n".join(lines)


class MapError(DebateError, ParseError):
    """A map file has mistakes; each problem names the line of its table where known.

    It is both a :class:`DebateError` (``problems``) and a :class:`ParseError`
    (``source`` is the file name; ``line`` the first problem's line).
    """

    def __init__(self, source: str, problems: list[Problem] | tuple[Problem, ...]):
        self.problems = tuple(problems)
        self.source = source
        self.line = self.problems[0].line if self.problems else None
        self.message = self._render()
        ValueError.__init__(self, self.message)


class UnknownIdError(ArgmapError, KeyError):
    """A claim, relation or actor id the caller named is not in the debate."""

    def __str__(self) -> str:  # KeyError would otherwise show the message quoted
        return str(self.args[0])


class UnknownChoiceError(ArgmapError, ValueError):
    """A name outside a fixed set of choices (a stance, a claim kind, a support reading)."""


class UnknownFormatError(ArgmapError, ValueError):
    """A file format argmap does not know, one it only writes, or a file name whose ending
    names no format (:mod:`argmap.formats.registry`).

    >>> from argmap.formats import guess_format
    >>> guess_format("notes.txt")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownFormatError: cannot tell the format of 'notes.txt' from its name; \
use a name ending in .argmap.toml, .argmap.json, .argdown, .aif.json, .graphml, .i23, .apx \
or .tgf, or give the format
    """


class OutOfRangeError(ArgmapError, ValueError):
    """A number outside the range argmap accepts (an exercise's size, a question number)."""


class NotAnExtensionError(ArgmapError, ValueError):
    """A set given as an extension is not one: it does not defend one of its members."""


class NotDrawableError(ArgmapError, TypeError):
    """An object argmap cannot draw (a diagram needs a Debate, a Flattening, an Evaluation
    or an ArgumentFramework)."""
