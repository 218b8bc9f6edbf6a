"""Counting nouns and shortening text, the same way in every message argmap prints.

>>> plural(1, "undercut"), plural(3, "undercut"), plural(0, "documented verdict")
('1 undercut', '3 undercuts', '0 documented verdicts')
>>> plural(2, "undercut is", "undercuts are")
'2 undercuts are'
>>> shorten("Second-hand  smoke harms bar staff", 18)
'Second-hand smoke…'
"""

from __future__ import annotations

__all__ = ["plural", "shorten"]


def plural(count: int, singular: str, many: str | None = None) -> str:
    """``count`` and the noun that goes with it: ``singular`` for exactly one, else
    ``many`` (by default ``singular`` with an ``s``)."""
    return f"{count} {singular if count == 1 else (many or singular + 's')}"


def shorten(text: str, width: int) -> str:
    """``text`` with its runs of white space made single spaces, cut to at most ``width``
    characters with ``…`` where it was cut."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
