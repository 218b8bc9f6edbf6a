"""The drawing of a comparison of two maps (``argmap diff A B -o diff.svg``): one merged
diagram where what is in both maps is drawn grey, what only the left map has blue and dashed,
what only the right map has orange and dotted, and a claim whose verdict differs between them
has a thick reddish-purple border and says both verdicts. Never by colour alone: every box
says which map it is in and every edge only in one map is labelled with that map.

Claims are matched as :func:`~argmap.explain.compare.compare_maps` matched them; a relation
or an argument is "in both" when the other map has it between the matched claims. Node names
are argmap's own (``c0``, ``c1``, ...; ``a0``, ...): ids and texts from the maps reach the
drawing only escaped (:mod:`argmap.render.labels`). :func:`comparison_html` puts the drawing
and the differences in words on one page that runs no script and loads nothing.

>>> from argmap.debate.model import Claim, Debate, Relation
>>> model = Debate("Ban it?", claims=[Claim("ban", "Ban it."), Claim("cost", "It costs jobs.")],
...                relations=[Relation("attack", "cost", "ban")])
>>> student = Debate("Ban it?", claims=[Claim("ban", "Ban it.")])
>>> source = comparison_graph(model, student).source
>>> "ONLY LEFT" in source and "FALLS (LEFT), STANDS (RIGHT)" in source
True
>>> "VERDICT DIFFERS" in source
True
"""

from __future__ import annotations

import html
import os
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, cast

import graphviz

from argmap.debate import Debate, Evaluation, SupportReading
from argmap.debate import evaluate as evaluate_debate
from argmap.debate.model import RelationKind
from argmap.explain.compare import MapComparison, compare_maps
from argmap.explain.plain import plain_status
from argmap.formats._files import atomic_write_bytes, check_output_path
from argmap.render.diagram import base_graph
from argmap.render.labels import html_label, html_text, wrap_html
from argmap.render.output import RenderError, guess_picture_format, layout_bytes
from argmap.render.theme import Theme
from argmap.semantics import Semantics

__all__ = [
    "COMPARISON_FORMATS",
    "comparison_bytes",
    "comparison_format",
    "comparison_graph",
    "comparison_html",
    "write_comparison",
]

#: The colours of each side (Okabe and Ito), and of a verdict that differs.
LEFT_COLOUR = "#0072B2"
RIGHT_COLOUR = "#E69F00"
BOTH_COLOUR = "#6E6E6E"
CHANGED_COLOUR = "#CC79A7"
#: How each side's edges and borders are drawn, so that colour is never the only sign.
_LINE = {"both": "solid", "left": "dashed", "right": "dotted"}
_SIDE_WORD = {"both": "", "left": "ONLY LEFT", "right": "ONLY RIGHT"}


def _side_colour(side: str) -> str:
    return {"left": LEFT_COLOUR, "right": RIGHT_COLOUR}.get(side, BOTH_COLOUR)


class _Merged:
    """The claims of both maps as one set of nodes: a matched pair is one node."""

    def __init__(self, left: Debate, right: Debate, comparison: MapComparison) -> None:
        self.node: dict[tuple[str, str], str] = {}  # (side, claim id) -> node name
        self.claims: list[tuple[str, str | None, str | None]] = []  # node, left id, right id
        pairs = {m.left: m.right for m in comparison.matches}
        for claim_id in left.claim_ids:
            name = f"c{len(self.claims)}"
            other = pairs.get(claim_id)
            self.node["left", claim_id] = name
            if other is not None:
                self.node["right", other] = name
            self.claims.append((name, claim_id, other))
        for claim_id in right.claim_ids:
            if ("right", claim_id) not in self.node:
                name = f"c{len(self.claims)}"
                self.node["right", claim_id] = name
                self.claims.append((name, None, claim_id))


def _relation_keys(debate: Debate, side: str, merged: _Merged) -> dict[tuple[str, ...], Any]:
    """Each relation of one map by (kind, source node, target node or undercut relation's
    key), with the relation itself."""
    keys: dict[str, tuple[str, ...]] = {}
    arguments = {a.id: a for a in debate.arguments}
    out: dict[tuple[str, ...], Any] = {}
    for relation in debate.relations:  # attacks and supports first: undercuts name them
        if relation.kind is not RelationKind.UNDERCUT:
            key = (
                relation.kind.value,
                merged.node[side, relation.source],
                merged.node[side, relation.target],
            )
            keys[relation.id] = key
            out[key] = relation
    for relation in debate.undercuts:
        if relation.target in arguments:
            target = ("argument", *_argument_key(arguments[relation.target], side, merged))
        elif relation.target in keys:
            target = keys[relation.target]
        else:  # an undercut of an undercut: not drawn
            continue
        out[("undercut", merged.node[side, relation.source], *target)] = relation
    return out


def _argument_key(argument: Any, side: str, merged: _Merged) -> tuple[str, ...]:
    premises = sorted({merged.node[side, p] for p in argument.premises})
    return (*premises, "->", merged.node[side, argument.conclusion], argument.scheme or "")


def comparison_graph(
    left: Debate,
    right: Debate,
    comparison: MapComparison | None = None,
    *,
    left_name: str = "left",
    right_name: str = "right",
    theme: Theme | None = None,
) -> graphviz.Digraph:
    """The merged drawing of two maps (see the module's docstring). ``comparison`` is
    :func:`~argmap.explain.compare.compare_maps`' (computed under grounded semantics and the
    evidential reading when None); ``left_name`` and ``right_name`` (file names, say) are
    written in the title and legend."""
    if comparison is None:
        comparison = compare_maps(left, right)
    theme = theme or Theme()
    merged = _Merged(left, right, comparison)
    left_result = evaluate_debate(left, comparison.semantics, comparison.reading)
    right_result = evaluate_debate(right, comparison.semantics, comparison.reading)
    title = (
        f'<FONT POINT-SIZE="{theme.title_font_size}"><B>Comparing {html_text(left_name)} '
        f"(left) and {html_text(right_name)} (right)</B></FONT>"
        f'<BR ALIGN="LEFT"/>{html_text(left.question)}<BR ALIGN="LEFT"/>'
        f'<FONT POINT-SIZE="{theme.small_font_size + 1}" COLOR="{theme.muted}">'
        f"{html_text(comparison.semantics.title)} semantics, "
        f"{html_text(comparison.reading.value)} reading of supports"
        + ("; the maps are the same" if comparison.empty else "")
        + '</FONT><BR ALIGN="LEFT"/>'
    )
    graph = base_graph("comparison", theme, "BT", title)
    changed = {(a, b): fields for a, b, fields in comparison.changed}
    for name, left_id, right_id in merged.claims:
        _claim_node(
            graph, theme, name, left, right, left_id, right_id, left_result, right_result, changed
        )
    _relation_edges(graph, theme, left, right, merged)
    _argument_nodes(graph, theme, left, right, merged)
    _legend(graph, theme, left_name, right_name)
    return graph


def _claim_node(
    graph: graphviz.Digraph,
    theme: Theme,
    name: str,
    left: Debate,
    right: Debate,
    left_id: str | None,
    right_id: str | None,
    left_result: Evaluation,
    right_result: Evaluation,
    changed: dict[tuple[str, str], tuple[str, ...]],
) -> None:
    side = "both" if left_id and right_id else "left" if left_id else "right"
    claim = left.claim(left_id) if left_id else right.claim(right_id or "")
    small = f'POINT-SIZE="{theme.small_font_size}"'
    shown_id = left_id or right_id or ""
    if left_id and right_id and left_id != right_id:
        shown_id = f"{left_id} ~ {right_id}"
    header = f"<B>{html_text(shown_id)}</B> · {claim.stance.value.upper()}"
    if _SIDE_WORD[side]:
        header += f" · <B>{_SIDE_WORD[side]}</B>"
    colour = _side_colour(side)
    rows = [
        f'<TR><TD ALIGN="LEFT"><FONT {small} COLOR="{colour}">{header}</FONT></TD></TR>',
        f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{wrap_html(claim.text, theme.wrap)}</TD></TR>',
    ]
    verdict_differs = False
    if side == "both":
        assert left_id is not None and right_id is not None
        fields = changed.get((left_id, right_id), ())
        if fields:
            rows.append(
                f'<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT {small} COLOR="{theme.muted}"><I>'
                f"{wrap_html('differs in: ' + ', '.join(fields), theme.wrap + 8)}</I></FONT>"
                "</TD></TR>"
            )
        here = plain_status(left_result, left_id)
        there = plain_status(right_result, right_id)
        verdict_differs = here != there
        words = f"{here} (left), {there} (right)" if verdict_differs else f"{here} in both"
    elif side == "left":
        words = f"{plain_status(left_result, left_id or '')} (left)"
    else:
        words = f"{plain_status(right_result, right_id or '')} (right)"
    tint = f' COLOR="{CHANGED_COLOUR}"' if verdict_differs else ""
    rows.append(
        f'<TR><TD ALIGN="LEFT"><FONT {small}{tint}><B>{html_text(words.upper())}</B>'
        f"{' · VERDICT DIFFERS' if verdict_differs else ''}</FONT></TD></TR>"
    )
    table = '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">'
    graph.node(
        name,
        label=html_label(f"{table}{''.join(rows)}</TABLE>"),
        style=f"rounded,filled,{_LINE[side]}" + (",bold" if verdict_differs else ""),
        color=CHANGED_COLOUR if verdict_differs else colour,
        fillcolor="white",
        penwidth="3.5" if verdict_differs else "1.6",
        tooltip=shown_id + ": " + claim.text,
    )


def _sides(left_keys: dict[Any, Any], right_keys: dict[Any, Any]) -> list[tuple[Any, str, Any]]:
    """Every key of either map with its side and a relation (or argument) that has it: the
    left map's order, then what only the right map has."""
    out = [(k, "both" if k in right_keys else "left", v) for k, v in left_keys.items()]
    out += [(k, "right", v) for k, v in right_keys.items() if k not in left_keys]
    return out


def _relation_edges(
    graph: graphviz.Digraph, theme: Theme, left: Debate, right: Debate, merged: _Merged
) -> None:
    left_keys = _relation_keys(left, "left", merged)
    right_keys = _relation_keys(right, "right", merged)
    for key, side, relation in _sides(left_keys, right_keys):
        kind = key[0]
        source, target = key[1], key[2]
        if kind == "undercut":
            # an undercut ends on what its target relation (or argument) concludes
            target = key[-2] if key[2] == "argument" else key[-1]
        colour = {
            "support": theme.support_colour,
            "attack": theme.attack_colour,
            "undercut": theme.undercut_colour,
        }[kind]
        if side != "both":
            colour = _side_colour(side)
        style = _LINE[side] if side != "both" or kind != "undercut" else "dashed"
        arrow = "normal" if kind == "support" else "tee"
        what = f"{relation.source} {relation.kind.verb} {relation.target}"
        graph.edge(
            source,
            target,
            arrowhead=arrow,
            style=style,
            color=colour,
            penwidth="1.6" if side == "both" else "2.2",
            label=_SIDE_WORD[side].lower(),
            fontcolor=colour,
            tooltip=what + {"both": "", "left": " (only left)", "right": " (only right)"}[side],
        )


def _argument_nodes(
    graph: graphviz.Digraph, theme: Theme, left: Debate, right: Debate, merged: _Merged
) -> None:
    left_keys = {_argument_key(a, "left", merged): a for a in left.arguments}
    right_keys = {_argument_key(a, "right", merged): a for a in right.arguments}
    for number, (key, side, argument) in enumerate(_sides(left_keys, right_keys)):
        name = f"a{number}"
        colour = _side_colour(side) if side != "both" else theme.argument_colour
        small = f'POINT-SIZE="{theme.small_font_size}"'
        words = f"<B>{html_text(argument.id)}</B> · ARGUMENT"
        if _SIDE_WORD[side]:
            words += f" · <B>{_SIDE_WORD[side]}</B>"
        graph.node(
            name,
            label=html_label(f'<FONT {small} COLOR="{colour}">{words}</FONT>'),
            style=f"rounded,filled,{_LINE[side]}",
            color=colour,
            fillcolor="white",
            margin="0.06,0.03",
            tooltip=f"{argument.id}: an argument for {argument.conclusion}",
        )
        premises, conclusion = key[: key.index("->")], key[key.index("->") + 1]
        for premise in premises:
            graph.edge(premise, name, arrowhead="none", color=colour, style=_LINE[side])
        graph.edge(name, conclusion, color=colour, style=_LINE[side])


def _legend(graph: graphviz.Digraph, theme: Theme, left_name: str, right_name: str) -> None:
    small = f'POINT-SIZE="{theme.small_font_size + 1}"'

    def row(key: str, meaning: str, colour: str) -> str:
        return (
            f'<TR><TD><FONT {small} COLOR="{colour}"><B>{html_text(key)}</B></FONT></TD>'
            f'<TD ALIGN="LEFT"><FONT {small}>{html_text(meaning)}</FONT></TD></TR>'
        )

    rows = [
        row("───", "in both maps", BOTH_COLOUR),
        row("- - -", f"only in the left map, {left_name} (boxes say ONLY LEFT)", LEFT_COLOUR),
        row("·····", f"only in the right map, {right_name} (boxes say ONLY RIGHT)", RIGHT_COLOUR),
        row("▭ thick", "the verdict differs between the maps (VERDICT DIFFERS)", CHANGED_COLOUR),
        row("───▶", "supports", theme.support_colour),
        row("───┤", "attacks", theme.attack_colour),
        row("- - ┤", "undercuts (drawn to what the link concludes)", theme.undercut_colour),
    ]
    table = '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">'
    legend = cast(AbstractContextManager[graphviz.Digraph], graph.subgraph(name="cluster_legend"))
    with legend as box:
        box.attr(label=html_label("<B>Legend</B>"), style="rounded", color=theme.muted)
        box.node("legend key", label=html_label(f"{table}{''.join(rows)}</TABLE>"), shape="plain")


_PAGE_STYLE = """
body { font-family: sans-serif; margin: 1.5em; color: #1A1A1A; }
.drawing svg { max-width: 100%; height: auto; }
pre { white-space: pre-wrap; font-family: inherit; }
@page { size: A4 landscape; margin: 12mm; }
"""


def comparison_html(
    left: Debate,
    right: Debate,
    comparison: MapComparison | None = None,
    *,
    left_name: str = "left",
    right_name: str = "right",
    svg: str | None = None,
) -> str:
    """One page: the differences in words and the merged drawing (``svg``, drawn by
    Graphviz when None). Every text escaped; the page runs no script and loads nothing."""
    from argmap.render.handout import _policy  # the page policy handouts use

    if comparison is None:
        comparison = compare_maps(left, right)
    if svg is None:
        graph = comparison_graph(
            left, right, comparison, left_name=left_name, right_name=right_name
        )
        svg = layout_bytes(graph, "svg", None).decode("utf-8")
    svg = svg[svg.find("<svg") :]
    e = html.escape
    heading = f"Comparing {left_name} (left) and {right_name} (right)"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_policy(_PAGE_STYLE)}">
<title>{e(heading)}</title><style>{_PAGE_STYLE}</style></head>
<body>
<h1>{e(heading)}</h1>
<p>{e(left.question)}</p>
<pre class="differences">{e(comparison.text())}</pre>
<div class="drawing">{svg}</div>
</body></html>
"""


#: What a comparison can be written as: Graphviz's pictures, and a page.
COMPARISON_FORMATS = ("svg", "png", "pdf", "dot", "html")


def comparison_format(path: str | os.PathLike[str]) -> str:
    """``svg``, ``png``, ``pdf``, ``dot`` or ``html`` from a file name (RenderError for any
    other)."""
    name = os.fspath(path).lower()
    if name.endswith((".html", ".htm")):
        return "html"
    if name.endswith((".svg", ".png", ".pdf", ".dot", ".gv")):
        return guess_picture_format(path)
    raise RenderError(
        f"a comparison is written as .svg, .png, .pdf, .dot or .html, not {os.fspath(path)!r}"
    )


def comparison_bytes(
    left: Debate,
    right: Debate,
    comparison: MapComparison,
    fmt: str,
    *,
    left_name: str = "left",
    right_name: str = "right",
) -> bytes:
    """The comparison drawn in ``fmt`` (one of :data:`COMPARISON_FORMATS`)."""
    if fmt not in COMPARISON_FORMATS:
        raise RenderError(f"unknown format {fmt!r}; use one of: {', '.join(COMPARISON_FORMATS)}")
    if fmt == "html":
        page = comparison_html(left, right, comparison, left_name=left_name, right_name=right_name)
        return page.encode("utf-8")
    graph = comparison_graph(left, right, comparison, left_name=left_name, right_name=right_name)
    return layout_bytes(graph, fmt, None)


def write_comparison(
    left: Debate,
    right: Debate,
    path: str | os.PathLike[str],
    semantics: Semantics | str = "grounded",
    support: SupportReading | str = "evidential",
    *,
    left_name: str = "left",
    right_name: str = "right",
    threshold: float = 0.6,
) -> Path:
    """Write the comparison's drawing as ``.svg``, ``.png``, ``.pdf`` or ``.dot``, or a page
    with the drawing and the differences in words as ``.html`` (by the file name),
    atomically; returns the path.

    >>> import tempfile
    >>> from argmap.debate import Debate
    >>> smoke = Debate.load("maps/smoking-ban.argmap.toml")
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     path = write_comparison(smoke, smoke, Path(folder) / "same.dot")
    ...     "the maps are the same" in path.read_text(encoding="utf-8")
    True
    """
    fmt = comparison_format(path)
    target = check_output_path(path)
    comparison = compare_maps(left, right, semantics, support, threshold=threshold)
    data = comparison_bytes(
        left, right, comparison, fmt, left_name=left_name, right_name=right_name
    )
    atomic_write_bytes(target, data)
    return Path(path)
