"""Rich display in Jupyter: an SVG diagram, or a text summary when Graphviz is missing.

:func:`mimebundle` never raises: whatever goes wrong while drawing, the object still shows
as text.
"""

from __future__ import annotations

from typing import Any

from argmap._text import plural
from argmap.debate import Debate, Evaluation
from argmap.framework import ArgumentFramework

__all__ = ["NOTEBOOK_LIMIT", "mimebundle", "summary"]

#: Diagrams larger than this (nodes plus edges) are summarised as text in notebooks.
NOTEBOOK_LIMIT = 1_500


def summary(obj: Any) -> str:
    """A short text description of a debate, an evaluation or a framework.

    >>> from argmap import ArgumentFramework
    >>> summary(ArgumentFramework.from_attacks([("a", "b")]))
    'ArgumentFramework: 2 arguments, 1 attack'
    """
    if isinstance(obj, Evaluation):
        theses = "; ".join(f"{c.id} {s.value}" for c, s, _ in obj.verdict.theses)
        return (
            f"Evaluation of {obj.debate.question!r} under {obj.semantics.title} semantics, "
            f"{obj.reading.value} support: {len(obj.accepted)} of "
            f"{plural(len(obj.debate.claims), 'claim')} accepted"
            + (f"; {theses}" if theses else "")
        )
    if isinstance(obj, Debate):
        return (
            f"Debate {obj.question!r}: {plural(len(obj.claims), 'claim')}, "
            f"{plural(len(obj.supports), 'support')}, {plural(len(obj.attacks), 'attack')}, "
            f"{plural(len(obj.undercuts), 'undercut')}"
        )
    if isinstance(obj, ArgumentFramework):
        return (
            f"ArgumentFramework: {plural(len(obj), 'argument')}, "
            f"{plural(obj.num_attacks, 'attack')}"
        )
    return repr(obj)


def mimebundle(obj: Any) -> dict[str, str]:
    """``{"text/plain": ..., "image/svg+xml": ...}``; only text when the diagram cannot be
    drawn (no Graphviz, too large, any error)."""
    bundle = {"text/plain": summary(obj)}
    try:
        from argmap.render.diagram import count_elements, to_graph
        from argmap.render.output import render_bytes

        if sum(count_elements(obj)) > NOTEBOOK_LIMIT:
            return bundle
        svg = render_bytes(to_graph(obj), "svg", timeout=60)
        bundle["image/svg+xml"] = svg.decode("utf-8")
    except Exception:  # display must never fail; the text stays
        pass
    return bundle
