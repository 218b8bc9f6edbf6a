"""Diagrams: debates, evaluations and frameworks as Graphviz pictures.

>>> from argmap import ArgumentFramework
>>> from argmap.render import framework_graph
>>> "->" in framework_graph(ArgumentFramework.from_attacks([("a", "b")])).source
True
"""

from argmap.render.diagram import (
    DIRECTIONS,
    GROUPINGS,
    DiagramOptions,
    debate_graph,
    framework_graph,
    to_graph,
)
from argmap.render.frames import explanation_graph, grounded_frames, write_frames
from argmap.render.notebook import mimebundle, summary
from argmap.render.output import (
    DOT_LIMIT,
    FORMATS,
    SFDP_LIMIT,
    RenderError,
    choose_engine,
    dot_available,
    guess_picture_format,
    picture_bytes,
    render,
    render_bytes,
)
from argmap.render.theme import StatusStyle, Theme

__all__ = [
    "DIRECTIONS",
    "DOT_LIMIT",
    "FORMATS",
    "GROUPINGS",
    "SFDP_LIMIT",
    "DiagramOptions",
    "RenderError",
    "StatusStyle",
    "Theme",
    "choose_engine",
    "debate_graph",
    "dot_available",
    "explanation_graph",
    "framework_graph",
    "grounded_frames",
    "guess_picture_format",
    "mimebundle",
    "picture_bytes",
    "render",
    "render_bytes",
    "summary",
    "to_graph",
    "write_frames",
]
