"""Rich display in Jupyter: an HTML table of an evaluation, an SVG diagram, or a text summary
when Graphviz is missing.

:func:`mimebundle` never raises: whatever goes wrong while drawing, the object still shows
as text (and an evaluation as its table).
"""

from __future__ import annotations

import contextlib
import html
from typing import Any

from argmap._text import plural
from argmap.debate import Debate, Evaluation
from argmap.explain.plain import PLAIN_WORDS, reading_note
from argmap.framework import ArgumentFramework

__all__ = ["NOTEBOOK_LIMIT", "evaluation_html", "mimebundle", "summary"]

#: Diagrams larger than this (nodes plus edges) are summarised as text in notebooks.
NOTEBOOK_LIMIT = 1_500


def summary(obj: Any) -> str:
    """A short text description of a debate, an evaluation or a framework.

    >>> from argmap import ArgumentFramework
    >>> summary(ArgumentFramework.from_attacks([("a", "b")]))
    'ArgumentFramework: 2 arguments, 1 attack'
    """
    if isinstance(obj, Evaluation):  # in plain words, as the HTML table
        words = {c: PLAIN_WORDS[obj.overlay(c)] for c in obj.debate.claim_ids}
        theses = "; ".join(
            f"{c.id} {'is undecided' if words[c.id] == 'undecided' else words[c.id]}"
            for c in obj.debate.theses
        )
        standing = sum(1 for word in words.values() if word == "stands")
        verb = "stands" if standing == 1 else "stand"
        return (
            f"Evaluation of {obj.debate.question!r} under {obj.semantics.title} semantics, "
            f"{obj.reading.value} support: {standing} of "
            f"{plural(len(obj.debate.claims), 'claim')} {verb}" + (f"; {theses}" if theses else "")
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


def evaluation_html(evaluation: Evaluation, *, note: bool = True) -> str:
    """An HTML table of the evaluation: one row per claim with its id and text, stance,
    status in plain words (stands, falls, undecided) and holders; above it the question,
    the semantics and reading, and the one-line note when another reading changes a thesis.
    Every text is escaped.

    >>> from argmap.debate import Debate, evaluate
    >>> smoke = Debate.load("maps/smoking-ban.argmap.toml")
    >>> table = evaluation_html(evaluate(smoke, "grounded"))
    >>> "<td>ban</td>" in table and "<td>stands</td>" in table
    True
    """
    debate = evaluation.debate
    e = html.escape
    rows = []
    for claim in debate.claims:
        holders = ", ".join(debate.actor(a).name for a in claim.actors)
        word = PLAIN_WORDS[evaluation.overlay(claim.id)]
        rows.append(
            f"<tr><td>{e(claim.id)}</td><td>{e(claim.text)}</td><td>{e(claim.stance.value)}</td>"
            f"<td>{e(word)}</td><td>{e(holders)}</td></tr>"
        )
    perspective = f", as {evaluation.perspective} sees it" if evaluation.perspective else ""
    caption = (
        f"{e(debate.question)} ({e(evaluation.semantics.title)} semantics, "
        f"{e(evaluation.reading.value)} reading of supports{e(perspective)})"
    )
    line = reading_note(evaluation) if note else None
    warning = f"<p><em>{e(line)}</em></p>" if line else ""
    return (
        f"<div class='argmap-evaluation'>{warning}<table><caption>{caption}</caption>"
        "<thead><tr><th>claim</th><th>text</th><th>stance</th><th>status</th>"
        f"<th>holders</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def mimebundle(obj: Any) -> dict[str, str]:
    """``{"text/plain": ..., "text/html": ..., "image/svg+xml": ...}``: an evaluation's
    table as HTML (with its diagram above it when it can be drawn); only text when nothing
    else can be made (no Graphviz, too large, any error)."""
    bundle = {"text/plain": summary(obj)}
    if isinstance(obj, Evaluation):
        with contextlib.suppress(Exception):  # display must never fail; the text stays
            bundle["text/html"] = evaluation_html(obj)
    try:
        from argmap.render.diagram import count_elements, to_graph
        from argmap.render.output import render_bytes

        if sum(count_elements(obj)) > NOTEBOOK_LIMIT:
            return bundle
        svg = render_bytes(to_graph(obj), "svg", timeout=60).decode("utf-8")
        bundle["image/svg+xml"] = svg
        if "text/html" in bundle:  # a notebook shows the richest one: both, in one
            start = svg.find("<svg")
            bundle["text/html"] = f"<div>{svg[start:]}</div>{bundle['text/html']}"
    except Exception:  # display must never fail; the text stays
        pass
    return bundle
