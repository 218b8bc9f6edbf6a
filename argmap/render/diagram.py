"""Diagrams of debates, evaluations and argument frameworks as ``graphviz.Digraph`` objects.

Every graph is a :class:`~argmap.render.labels.SafeDigraph`: map text reaches it only
escaped (:mod:`argmap.render.labels`), so no claim, name or rationale can add a node, an
attribute or a link.

The same input always gives the same DOT text, byte for byte: nodes and edges are emitted
in the debate's order, and no attribute depends on hashing or time.

>>> from argmap.debate import DebateBuilder
>>> b = DebateBuilder("Ban it?", title="Tiny")
>>> _ = b.claim("ban", "Ban it.", stance="pro", kind="thesis")
>>> _ = b.claim("cost", "It costs <a lot> & more.", stance="con")
>>> _ = b.attacks("cost", "ban")
>>> graph = debate_graph(b.build().evaluate("grounded"))
>>> "It costs &lt;a lot&gt; &amp; more." in graph.source
True
>>> print([line.strip() for line in graph.source.splitlines() if "->" in line][0])
cost -> ban [arrowhead=tee color="#CC3311" penwidth=1.6 tooltip="cost attacks ban"]
"""

from __future__ import annotations

import warnings
from collections.abc import Hashable, Iterable, Mapping
from contextlib import AbstractContextManager
from typing import Any, cast

import attrs
import graphviz

from argmap.debate import Argument, Debate, Evaluation, Flattening, RelationKind, flatten
from argmap.debate.questions import known_schemes
from argmap.debate.schemes import Scheme
from argmap.errors import ArgmapError, NotDrawableError, UnknownChoiceError
from argmap.explain.plain import PLAIN_MEANINGS, PLAIN_WORDS
from argmap.framework import ArgumentFramework
from argmap.render.labels import SafeDigraph, html_label, html_text, wrap_html
from argmap.render.theme import Theme
from argmap.semantics import Label, Labelling, Semantics, grounded_labelling

__all__ = [
    "DIRECTIONS",
    "GROUPINGS",
    "DiagramOptions",
    "debate_graph",
    "framework_graph",
    "to_graph",
]

GROUPINGS = ("stance", "actor", "tag")
DIRECTIONS = ("TB", "LR", "BT", "RL")


def _check_choice(name: str, value: str | None, choices: tuple[str, ...]) -> None:
    if value is not None and value not in choices:
        raise UnknownChoiceError(f"unknown {name} {value!r}; use one of: {', '.join(choices)}")


def _valid_grouping(_: object, __: object, value: str | None) -> None:
    _check_choice("grouping", value, GROUPINGS)


def _valid_direction(_: object, __: object, value: str) -> None:
    _check_choice("direction", value, DIRECTIONS)


def _cluster(graph: graphviz.Digraph, name: str) -> AbstractContextManager[graphviz.Digraph]:
    """``graph.subgraph(name=name)``: a context manager giving the new subgraph, added to
    ``graph`` on leaving (graphviz, untyped, returns None when called with a graph instead)."""
    return cast(AbstractContextManager[graphviz.Digraph], graph.subgraph(name=name))


def _optional_frozenset(value: Iterable[str] | None) -> frozenset[str] | None:
    return None if value is None else frozenset(value)


@attrs.frozen
class DiagramOptions:
    """How :func:`debate_graph` draws a debate; every field has a default.

    ``group_by`` draws a box around the claims of each stance, actor (the first named) or
    tag (the first); ``direction`` is ``"BT"`` (bottom to top: the thesis on top, as
    argument maps usually are), ``"TB"``, ``"LR"`` or ``"RL"``; ``show_derived`` adds the
    attacks the support reading derives, dotted; ``statuses`` overrides the drawn status
    of claims (``"accepted"``, ``"credulous"``, ``"undecided"``, ``"rejected"`` or None);
    ``highlight`` draws those claims in full and dims the rest; ``strengths`` adds a bar
    per claim (gradual semantics); ``caption`` is a line under the title. Statuses are
    written in plain words (STANDS, UNDECIDED, FALLS) unless ``formal``, which writes the
    theme's words (ACCEPTED, CREDULOUS, UNDECIDED, REJECTED).

    >>> DiagramOptions(group_by="stance").direction
    'BT'
    >>> DiagramOptions(direction="UP")
    Traceback (most recent call last):
    ...
    argmap.errors.UnknownChoiceError: unknown direction 'UP'; use one of: TB, LR, BT, RL
    """

    group_by: str | None = attrs.field(default=None, validator=_valid_grouping)
    direction: str = attrs.field(default="BT", validator=_valid_direction)
    theme: Theme = attrs.field(factory=Theme)
    show_derived: bool = False
    show_actors: bool = True
    legend: bool = True
    statuses: Mapping[str, str | None] | None = None
    highlight: frozenset[str] | None = attrs.field(default=None, converter=_optional_frozenset)
    strengths: Mapping[str, float] | None = None
    caption: str | None = None
    show_title: bool = True
    formal: bool = False


#: What the legend says of each status's look, in plain words and in the formal ones.
_LOOKS = {
    "accepted": ("thick border", "thick border"),
    "credulous": (f"dashed border: {PLAIN_MEANINGS['credulous']}", "dashed border"),
    "undecided": (f"dotted border: {PLAIN_MEANINGS['undecided']}", "dotted border"),
    "rejected": ("grey, dashed border", "grey, dashed border"),
}


def _plain_theme(theme: Theme) -> Theme:
    """``theme`` with its status words in plain language (:data:`PLAIN_WORDS`, capitals):
    what a diagram shows unless ``DiagramOptions.formal``.

    >>> _plain_theme(Theme()).rejected.word, _plain_theme(Theme()).credulous.word
    ('FALLS', 'UNDECIDED')
    """
    words = {
        key: attrs.evolve(getattr(theme, key), word=PLAIN_WORDS[key].upper()) for key in _LOOKS
    }
    return attrs.evolve(theme, **words)


def base_graph(name: str, theme: Theme, direction: str, title_html: str | None) -> graphviz.Digraph:
    """An empty graph with the theme's graph, node and edge attributes, laid out in
    ``direction`` (one of :data:`DIRECTIONS`), and ``title_html`` (already escaped HTML-like
    text) as its label: the start of every argmap drawing."""
    _check_choice("direction", direction, DIRECTIONS)
    graph = SafeDigraph(name=name)
    graph.attr(
        "graph",
        rankdir=direction,
        fontname=theme.font,
        bgcolor=theme.background,
        nodesep=str(theme.node_separation),
        ranksep=str(theme.rank_separation),
        newrank="true",
        labelloc="t",
        labeljust="l",
    )
    if title_html:
        graph.attr("graph", label=html_label(title_html))
    graph.attr(
        "node",
        shape="box",
        fontname=theme.font,
        fontsize=str(theme.font_size),
        fontcolor=theme.text_colour,
        margin="0.14,0.08",
    )
    graph.attr("edge", fontname=theme.font, fontsize=str(theme.small_font_size))
    return graph


def debate_graph(
    subject: Debate | Flattening | Evaluation,
    options: DiagramOptions | None = None,
    /,
    **legacy: Any,
) -> graphviz.Digraph:
    """The diagram of a debate; of an :class:`~argmap.debate.Evaluation`, the debate with
    its statuses overlaid; of a :class:`~argmap.debate.Flattening`, the debate unevaluated
    (what ``options.show_derived`` needs to draw the derived attacks). ``options`` is a
    :class:`DiagramOptions` (the defaults when None). Nothing is evaluated or flattened
    here: the caller passes what it has computed.

    The old form, ``debate_graph(debate, evaluation_or_semantics, support=..., group_by=...,
    ...)``, still works for one release and warns (``DeprecationWarning``).

    >>> from argmap.debate import Debate
    >>> nixon = Debate.load("maps/nixon-diamond.argmap.toml")
    >>> graph = debate_graph(nixon.evaluate("grounded"), DiagramOptions(group_by="stance"))
    >>> graph.source.count("subgraph cluster_")  # pro, con, neutral and the legend
    4
    """
    if legacy or not (options is None or isinstance(options, DiagramOptions)):
        subject, options = _old_call(subject, options, legacy)
    options = options or DiagramOptions()
    if isinstance(subject, Evaluation):
        debate, result, flattening = subject.debate, subject, subject.flattening
    elif isinstance(subject, Flattening):
        debate, result, flattening = subject.debate, None, subject
    elif isinstance(subject, Debate):
        debate, result, flattening = subject, None, None
    else:
        raise NotDrawableError(
            f"cannot draw {type(subject).__name__} as a debate; pass a Debate, a Flattening "
            "or an Evaluation"
        )
    if options.show_derived and flattening is None:
        raise ArgmapError(
            "show_derived draws the attacks a support reading derives; pass an Evaluation "
            "or flatten(debate, reading), not the bare Debate"
        )
    theme, group_by = options.theme, options.group_by
    if not options.formal:
        theme = _plain_theme(theme)
    title = _title(debate, result, theme) if options.show_title else ""
    if options.caption:
        size = theme.small_font_size + 2
        caption = html_text(options.caption)
        title += f'<FONT POINT-SIZE="{size}">{caption}</FONT><BR ALIGN="LEFT"/>'
    graph = base_graph("debate", theme, options.direction, title or None)
    look_of = _status_keys(debate, result, options.statuses)
    bright = set(options.highlight) if options.highlight is not None else None
    node_style = (theme, options.show_actors, look_of, bright, options.strengths)

    groups: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for claim in debate.claims:
        key = _group_key(debate, claim, group_by)
        groups.setdefault(key, []).append(claim.id)
        names[key] = _group_name(debate, key, group_by)
    if group_by is None:
        for claim in debate.claims:
            _claim_node(graph, debate, claim.id, *node_style)
    else:
        for number, (key, members) in enumerate(groups.items()):
            with _cluster(graph, f"cluster_{number}") as cluster:
                cluster.attr(
                    label=html_label(f"<B>{html_text(names[key])}</B>"),
                    style="rounded,dashed",
                    color=theme.muted,
                    fontcolor=theme.muted,
                )
                for claim_id in members:
                    _claim_node(cluster, debate, claim_id, *node_style)
    if debate.arguments:
        names_of_schemes = scheme_names(debate)
        for argument in debate.arguments:
            status = result.argument_overlay(argument.id) if result is not None else None
            _argument_node(graph, argument, names_of_schemes, status, theme, bright)

    undercut_targets = {u.target for u in debate.undercuts}
    # For an audience, the attacks that fail are drawn faded, dashed, with the reason.
    failed = {f.relation.id: f.explain(debate) for f in result.failed_attacks} if result else {}
    for relation in debate.relations:
        if relation.kind is RelationKind.UNDERCUT:
            continue
        colour = (
            theme.support_colour if relation.kind is RelationKind.SUPPORT else theme.attack_colour
        )
        arrow = "normal" if relation.kind is RelationKind.SUPPORT else "tee"
        tooltip = relation.id + (f": {relation.rationale}" if relation.rationale else "")
        if relation.id in failed:
            _failed_edge(graph, relation.source, relation.target, failed[relation.id], theme)
            continue
        if relation.id in undercut_targets:
            joint = _joint_name(debate, relation.id)
            graph.node(joint, label="", shape="point", width="0.06", color=colour, tooltip=tooltip)
            graph.edge(
                relation.source,
                joint,
                arrowhead="none",
                color=colour,
                penwidth="1.6",
                tooltip=tooltip,
            )
            graph.edge(
                joint,
                relation.target,
                arrowhead=arrow,
                color=colour,
                penwidth="1.6",
                tooltip=tooltip,
            )
        else:
            graph.edge(
                relation.source,
                relation.target,
                arrowhead=arrow,
                color=colour,
                penwidth="1.6",
                tooltip=tooltip,
            )
    for argument in debate.arguments:
        _argument_edges(graph, argument, theme)
    argument_ids = {a.id for a in debate.arguments}
    for undercut in debate.undercuts:
        tooltip = undercut.id + (f": {undercut.rationale}" if undercut.rationale else "")
        if undercut.target in failed:
            continue  # the attack it undercuts fails anyway, and is drawn without a joint
        # an undercut of an argument ends on the argument's node; of a relation, on its joint
        end = undercut.target if undercut.target in argument_ids else None
        if undercut.id in failed:
            target = end or _joint_name(debate, undercut.target)
            _failed_edge(graph, undercut.source, target, failed[undercut.id], theme)
            continue
        graph.edge(
            undercut.source,
            undercut.target
            if undercut.target in argument_ids
            else _joint_name(debate, undercut.target),
            arrowhead="tee",
            style="dashed",
            color=theme.undercut_colour,
            penwidth="1.6",
            tooltip=tooltip,
        )
    if options.show_derived and flattening is not None:
        _derived_edges(graph, flattening, theme)
    if options.legend:
        evaluated = result is not None or any(v for v in (options.statuses or {}).values())
        _legend(graph, theme, evaluated, debate, options.show_derived, bool(failed), options.formal)
    return graph


def _failed_edge(
    graph: graphviz.Digraph, source: str, target: str, reason: str, theme: Theme
) -> None:
    """An attack or undercut that fails for the audience: faded, dashed, labelled."""
    graph.edge(
        source,
        target,
        arrowhead="tee",
        style="dashed",
        color=theme.dimmed,
        fontcolor=theme.muted,
        penwidth="1.0",
        label="fails",
        tooltip=reason,
    )


def _old_call(
    debate: Any, evaluation: Any, legacy: dict[str, Any]
) -> tuple[Debate | Flattening | Evaluation, DiagramOptions]:
    """The old keyword form, evaluating or flattening as it used to (for one release)."""
    warnings.warn(
        "debate_graph(debate, evaluation, support=..., **options) is deprecated; pass an "
        "Evaluation (or a Flattening, or the Debate) and a DiagramOptions",
        DeprecationWarning,
        stacklevel=3,
    )
    support = legacy.pop("support", "evidential")
    evaluation = legacy.pop("evaluation", evaluation)
    if legacy.get("theme", "") is None:
        del legacy["theme"]  # the old default
    subject: Debate | Flattening | Evaluation = debate
    if isinstance(evaluation, Evaluation):
        subject = evaluation
    elif evaluation is not None:
        subject = debate.evaluate(evaluation, support)
    elif legacy.get("show_derived") and isinstance(debate, Debate):
        subject = flatten(debate, support)
    return subject, DiagramOptions(**legacy)


def _status_keys(
    debate: Debate, result: Evaluation | None, statuses: Mapping[str, str | None] | None
) -> dict[str, str | None]:
    keys: dict[str, str | None] = {
        c: (result.overlay(c) if result is not None else None) for c in debate.claim_ids
    }
    for claim_id, key in (statuses or {}).items():
        debate.claim(claim_id)
        if key not in (None, "accepted", "credulous", "undecided", "rejected"):
            raise ArgmapError(
                f"unknown status {key!r} for {claim_id!r}; use accepted, credulous, "
                "undecided, rejected or None"
            )
        keys[claim_id] = key
    return keys


def _joint_name(debate: Debate, relation_id: str) -> str:
    index = [r.id for r in debate.relations].index(relation_id)
    return f"relation {index}"


def _group_key(debate: Debate, claim: Any, group_by: str | None) -> str:
    if group_by == "stance":
        return claim.stance.value
    if group_by == "actor":
        return claim.actors[0] if claim.actors else ""
    if group_by == "tag":
        return claim.tags[0] if claim.tags else ""
    return ""


def _group_name(debate: Debate, key: str, group_by: str | None) -> str:
    if group_by == "stance":
        return {"pro": "Pro", "con": "Con", "neutral": "Neutral"}[key]
    if group_by == "actor":
        return debate.actor(key).name if key else "No actor named"
    return f"#{key}" if key else "Untagged"


def _title(debate: Debate, result: Evaluation | None, theme: Theme) -> str:
    parts = []
    if debate.title:
        parts.append(
            f'<FONT POINT-SIZE="{theme.title_font_size}"><B>{html_text(debate.title)}</B></FONT>'
        )
    parts.append(html_text(debate.question))
    if result is not None:
        perspective = f", as {html_text(result.perspective)} sees it" if result.perspective else ""
        if result.audience is not None:
            perspective += (
                f", for {html_text(result.audience.name)} ({html_text(result.audience.ranking)})"
            )
        parts.append(
            f'<FONT POINT-SIZE="{theme.small_font_size + 1}" COLOR="{theme.muted}">'
            f"{html_text(result.semantics.title)} semantics, {html_text(result.reading.value)} "
            f"support{perspective}</FONT>"
        )
    return '<BR ALIGN="LEFT"/>'.join(parts) + '<BR ALIGN="LEFT"/>'


def _claim_node(
    graph: graphviz.Digraph,
    debate: Debate,
    claim_id: str,
    theme: Theme,
    show_actors: bool,
    look_of: Mapping[str, str | None],
    bright: set[str] | None,
    strengths: Mapping[str, float] | None,
) -> None:
    claim = debate.claim(claim_id)
    border, fill = theme.stance_colours(claim.stance.value)
    look = theme.status_style(look_of[claim_id])
    dim = bright is not None and claim_id not in bright
    if dim:
        border, fill = theme.dimmed, "white"
    small = f'POINT-SIZE="{theme.small_font_size}"'
    header = f"<B>{html_text(claim.id)}</B> · {claim.stance.value.upper()} · {claim.kind.value}"
    if claim.reconstructed:
        header += " · reconstructed"
    rows = [
        f'<TR><TD ALIGN="LEFT"><FONT {small} COLOR="{border}">{header}</FONT></TD></TR>',
        f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{wrap_html(claim.text, theme.wrap)}</TD></TR>',
    ]
    if show_actors and claim.actors:
        names = ", ".join(debate.actor(a).name for a in claim.actors)
        rows.append(
            f'<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT {small} COLOR="{theme.muted}">'
            f"{wrap_html(names, theme.wrap + 8)}</FONT></TD></TR>"
        )
    if claim.values:  # a small tag: the values it promotes (docs/values.md)
        promoted = " · ".join(debate.value_name(v) for v in claim.values)
        rows.append(
            f'<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT {small} COLOR="{theme.muted}"><I>'
            f"{wrap_html('values: ' + promoted, theme.wrap + 8)}</I></FONT></TD></TR>"
        )
    if look.word:
        rows.append(
            f'<TR><TD ALIGN="LEFT"><FONT {small}><B>{html_text(look.word)}</B></FONT></TD></TR>'
        )
    if strengths is not None and claim_id in strengths:
        rows.append(f'<TR><TD ALIGN="LEFT">{_bar(strengths[claim_id], theme, border)}</TD></TR>')
    table = '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">'
    label = html_label(f"{table}{''.join(rows)}</TABLE>")
    tooltip = claim.text + (f" ({claim.note})" if claim.note else "")
    graph.node(
        claim.id,
        label=label,
        style=look.style,
        color=border,
        fillcolor=fill if dim else (look.fill or fill),
        fontcolor=theme.dimmed if dim else (look.fontcolor or theme.text_colour),
        penwidth=str(look.penwidth),
        tooltip=tooltip,
    )


def scheme_names(debate: Debate) -> dict[str, Scheme]:
    """The schemes an argument of ``debate`` may name, by id: the catalogue and the map's
    own ``[[schemes]]``."""
    return {s.id: s for s in known_schemes(debate)}


def scheme_title(argument: Argument, schemes: Mapping[str, Scheme]) -> str:
    """What an argument's node is labelled with: its scheme's name, the scheme id as written
    when the scheme is unknown, ``argument`` when it names none."""
    if argument.scheme is None:
        return "argument"
    found = schemes.get(argument.scheme)
    return found.name if found is not None else argument.scheme


def _argument_node(
    graph: graphviz.Digraph,
    argument: Argument,
    schemes: Mapping[str, Scheme],
    status: str | None,
    theme: Theme,
    bright: set[str] | None,
) -> None:
    """A small box joining an argument's premises: its id, its scheme and its status word,
    with the border conventions of a claim's status."""
    look = theme.status_style(status)
    border, fill = theme.argument_colour, look.fill or theme.argument_fill
    dim = bright is not None and argument.id not in bright and argument.conclusion not in bright
    if dim:
        border, fill = theme.dimmed, "white"
    small = f'POINT-SIZE="{theme.small_font_size}"'
    title = scheme_title(argument, schemes)
    rows = [
        f'<TR><TD><FONT {small} COLOR="{border}"><B>{html_text(argument.id)}</B>'
        " · ARGUMENT</FONT></TD></TR>",
        f'<TR><TD BALIGN="LEFT"><FONT POINT-SIZE="{theme.small_font_size + 1}">'
        f"{wrap_html(title, theme.wrap - 8)}</FONT></TD></TR>",
    ]
    if look.word:
        rows.append(f"<TR><TD><FONT {small}><B>{html_text(look.word)}</B></FONT></TD></TR>")
    table = '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">'
    tooltip = f"{argument.id}: {title}" + (f". {argument.text}" if argument.text else "")
    graph.node(
        argument.id,
        label=html_label(f"{table}{''.join(rows)}</TABLE>"),
        style=look.style,
        color=border,
        fillcolor=fill,
        fontcolor=theme.dimmed if dim else (look.fontcolor or theme.text_colour),
        penwidth=str(look.penwidth),
        margin="0.06,0.03",
        tooltip=tooltip,
    )


def _argument_edges(graph: graphviz.Digraph, argument: Argument, theme: Theme) -> None:
    """A line from each premise into the argument's node (no head: the premises hold only
    jointly), and one arrow from the node to the conclusion."""
    colour = theme.support_colour
    for premise in argument.premises:
        graph.edge(
            premise,
            argument.id,
            arrowhead="none",
            color=colour,
            penwidth="1.6",
            tooltip=f"{premise} is a premise of {argument.id}",
        )
    graph.edge(
        argument.id,
        argument.conclusion,
        arrowhead="normal",
        color=colour,
        penwidth="1.6",
        tooltip=f"{argument.id} concludes {argument.conclusion}",
    )


def _bar(value: float, theme: Theme, colour: str) -> str:
    """``0.72`` and a bar 72% filled, as a nested HTML table."""
    width = 100
    filled = max(0, min(width, round(value * width)))
    cells = ""
    for cell_width, cell_colour in ((filled, colour), (width - filled, theme.bar_background)):
        if cell_width:
            size = f'WIDTH="{cell_width}" HEIGHT="7" FIXEDSIZE="TRUE"'
            cells += f'<TD {size} BGCOLOR="{cell_colour}"></TD>'
    bar = (
        f'<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>{cells}</TR></TABLE>'
    )
    return (
        f'<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="0"><TR>'
        f'<TD><FONT POINT-SIZE="{theme.small_font_size}"><B>{value:.2f}</B></FONT></TD>'
        f"<TD>{bar}</TD></TR></TABLE>"
    )


def _derived_edges(graph: graphviz.Digraph, flattening: Flattening, theme: Theme) -> None:
    attacks = flattening.attacks
    if flattening.compact:  # only the direct attacks are listed: derive each claim's
        attacks = tuple(d for c in flattening.debate.claim_ids for d in flattening.attacks_on(c))
    for attack in attacks:
        if attack.kind == "direct":
            continue
        graph.edge(
            attack.attacker,
            attack.target,
            arrowhead="tee",
            style="dotted",
            color=theme.derived_colour,
            constraint="false",
            tooltip=attack.explain(),
        )


def _legend(
    graph: graphviz.Digraph,
    theme: Theme,
    evaluated: bool,
    debate: Debate,
    derived: bool,
    failing: bool = False,
    formal: bool = True,
) -> None:
    small = f'POINT-SIZE="{theme.small_font_size + 1}"'

    def row(key: str, meaning: str, colour: str | None = None, fill: str | None = None) -> str:
        if fill is not None:
            cell = f'<TD BGCOLOR="{fill}" BORDER="1" COLOR="{colour}"> {html_text(key)} </TD>'
        else:
            tint = f' COLOR="{colour}"' if colour else ""
            cell = f"<TD><FONT {small}{tint}><B>{html_text(key)}</B></FONT></TD>"
        return f'<TR>{cell}<TD ALIGN="LEFT"><FONT {small}>{html_text(meaning)}</FONT></TD></TR>'

    rows = [
        row("PRO", "for the question", theme.pro, theme.pro_fill),
        row("CON", "against", theme.con, theme.con_fill),
        row("NEUTRAL", "context", theme.neutral, theme.neutral_fill),
        row("───▶", "supports (arrow)", theme.support_colour),
        row("───┤", "attacks (bar head)", theme.attack_colour),
    ]
    argument_ids = {a.id for a in debate.arguments}
    if debate.arguments:
        rows.append(row("─ ▭ ─▶", "premises joined in an argument", theme.argument_colour))
    if any(u.target not in argument_ids for u in debate.undercuts):
        rows.append(row("- - ┤ •", "undercuts the relation at the dot", theme.undercut_colour))
    if any(u.target in argument_ids for u in debate.undercuts):
        rows.append(row("- - ┤ ▭", "undercuts the argument", theme.undercut_colour))
    if derived:
        rows.append(row("·····┤", "attack derived by the support reading", theme.derived_colour))
    if failing:
        rows.append(
            row("- fails -┤", "fails for this audience (its values rank lower)", theme.dimmed)
        )
    if evaluated:
        for key, (plain, formal_words) in _LOOKS.items():
            look = theme.status_style(key)
            rows.append(row(look.word, formal_words if formal else plain))
    table = '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">'
    with _cluster(graph, "cluster_legend") as box:
        box.attr(
            label=html_label("<B>Legend</B>"),
            style="rounded",
            color=theme.muted,
            fontcolor=theme.muted,
        )
        box.node("legend key", label=html_label(f"{table}{''.join(rows)}</TABLE>"), shape="plain")


# -- abstract frameworks ---------------------------------------------------------------------


def framework_graph(
    af: ArgumentFramework,
    labelling: Labelling | Semantics | str | None = None,
    *,
    direction: str = "TB",
    theme: Theme | None = None,
    title: str | None = None,
) -> graphviz.Digraph:
    """The diagram of an argument framework: one circle per argument, one bar-headed edge
    per attack; with a labelling (or ``"grounded"``), IN, OUT and UNDEC arguments are drawn
    as accepted, rejected and undecided claims are.

    >>> from argmap import ArgumentFramework
    >>> af = ArgumentFramework.from_attacks([("a", "b"), ("b", "c")])
    >>> print(framework_graph(af, "grounded").source.count("ACCEPTED"))
    2
    """
    theme = theme or Theme()
    if isinstance(labelling, str | Semantics):
        if Semantics.parse(labelling) is not Semantics.GROUNDED:
            raise ArgmapError(
                "a framework diagram overlays one labelling; pass 'grounded' or a Labelling "
                "(e.g. next(argmap.labellings(af, 'preferred')))"
            )
        labelling = grounded_labelling(af)
    title_html = html_text(title) + '<BR ALIGN="LEFT"/>' if title else None
    graph = base_graph("framework", theme, direction, title_html)
    graph.attr("node", shape="ellipse", margin="0.06,0.03")
    status_of = {Label.IN: "accepted", Label.OUT: "rejected", Label.UNDEC: "undecided"}
    for index, argument in enumerate(af.arguments):
        look = theme.status_style(
            status_of[labelling.label(argument)] if labelling is not None else None
        )
        text = html_text(_argument_text(argument))
        word = (
            f'<BR/><FONT POINT-SIZE="{theme.small_font_size}"><B>{html_text(look.word)}</B></FONT>'
            if look.word
            else ""
        )
        graph.node(
            f"a{index}",
            label=html_label(text + word),
            style=look.style.replace("rounded,", ""),
            color=theme.neutral,
            fillcolor=look.fill or "white",
            fontcolor=look.fontcolor or theme.text_colour,
            penwidth=str(look.penwidth),
            tooltip=_argument_text(argument),
        )
    for source, targets in enumerate(af.successors):
        for target in targets:
            graph.edge(f"a{source}", f"a{target}", arrowhead="tee", color=theme.attack_colour)
    return graph


def _argument_text(argument: Hashable) -> str:
    text = str(argument)
    return text if len(text) <= 60 else text[:59] + "…"


_OPTION_NAMES = frozenset(attrs.fields_dict(DiagramOptions))


def to_graph(obj: Any, **options: Any) -> graphviz.Digraph:
    """The diagram of a :class:`~argmap.debate.Debate`, a :class:`~argmap.debate.Flattening`,
    an :class:`~argmap.debate.Evaluation` or an :class:`~argmap.framework.ArgumentFramework`;
    ``options`` are the fields of :class:`DiagramOptions` (or ``options=DiagramOptions(...)``)
    for a debate, the keywords of :func:`framework_graph` for a framework.

    >>> from argmap.debate import Debate
    >>> nixon = Debate.load("maps/nixon-diamond.argmap.toml")
    >>> "cluster_legend" in to_graph(nixon.evaluate("grounded"), legend=False).source
    False
    """
    if isinstance(obj, Debate | Flattening | Evaluation):
        if set(options) == {"options"}:
            return debate_graph(obj, options["options"])
        if set(options) <= _OPTION_NAMES:
            return debate_graph(obj, DiagramOptions(**options))
        return debate_graph(obj, None, **options)  # the old keywords (support=...): warns
    if isinstance(obj, ArgumentFramework):
        return framework_graph(obj, **options)
    raise NotDrawableError(
        f"cannot draw {type(obj).__name__}; pass a Debate, a Flattening, an Evaluation or an "
        "ArgumentFramework"
    )


def count_elements(obj: Any) -> tuple[int, int]:
    """Nodes and edges the diagram of ``obj`` will have, computed without drawing it."""
    if isinstance(obj, Evaluation | Flattening):
        obj = obj.debate
    if isinstance(obj, Debate):
        arguments = obj.arguments
        nodes = len(obj.claims) + len(obj.undercuts) + len(arguments)
        edges = (
            len(obj.relations) + len(obj.undercuts) + sum(len(a.premises) + 1 for a in arguments)
        )
        return nodes, edges
    if isinstance(obj, ArgumentFramework):
        return len(obj), obj.num_attacks
    raise NotDrawableError(f"cannot draw {type(obj).__name__}")
