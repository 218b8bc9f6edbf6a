"""Running Graphviz's ``dot`` and writing pictures: SVG, PNG, PDF or the DOT text itself.

Debian's ``graphviz`` package provides the programs (``apt-get install graphviz``). Files
are written atomically, only to a regular file or a new name (the path is checked before
anything is drawn; :func:`argmap.formats.check_output_path`). Large diagrams never hang:
:func:`choose_engine` picks ``dot`` (layered, best for debates) for small diagrams and for
sparse ones up to :data:`DOT_LIMIT` nodes plus edges, ``sfdp`` (force-directed) for the
rest up to :data:`SFDP_LIMIT`; beyond that argmap refuses with a hint. Measured on
generated Kialo-like maps (bench/debate_scale.py): ``dot``'s time grows steeply with the
number of edges per node, not with size alone: at about three edges per node it takes 8.6 s
on 64 nodes and 184 edges where ``sfdp`` takes 1.0 s, and more than 90 s on 123 nodes and
363 edges (``sfdp``: 1.7 s); at 1.2 edges per node it lays out 420 nodes and 500 edges in
5.0 s (``sfdp``: 4.1 s). When the engine was chosen automatically and ``dot`` does not
finish in :data:`DOT_SHARE` of the time allowed, ``sfdp`` draws it instead, with a note.
Every layout run stops after ``timeout`` seconds.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import graphviz

from argmap.errors import ArgmapError
from argmap.formats._files import atomic_write_bytes, check_output_path
from argmap.render.diagram import count_elements, to_graph

__all__ = [
    "DOT_LIMIT",
    "ENGINES",
    "FORMATS",
    "SFDP_LIMIT",
    "RenderError",
    "choose_engine",
    "dot_available",
    "guess_picture_format",
    "layout_bytes",
    "picture_bytes",
    "render",
    "render_bytes",
]

FORMATS = ("svg", "png", "pdf", "dot")
#: The layout engines ``--engine`` offers; ``auto`` is :func:`choose_engine`.
ENGINES = ("auto", "dot", "sfdp", "neato", "fdp")
#: Diagrams up to this many nodes plus edges are always laid out by ``dot``.
DOT_SMALL = 200
#: Sparse diagrams (at most :data:`DOT_DENSITY` edges per node) up to this many nodes plus
#: edges are laid out by ``dot``.
DOT_LIMIT = 1_500
DOT_DENSITY = 1.5
SFDP_LIMIT = 60_000
DEFAULT_TIMEOUT = 300.0
#: The share of the time allowed that an automatically chosen ``dot`` gets before ``sfdp``
#: draws the diagram instead.
DOT_SHARE = 0.2


class RenderError(ArgmapError):
    """A diagram could not be drawn: Graphviz missing, too large, or failing."""


def dot_available() -> bool:
    """Whether Graphviz's ``dot`` program is on the PATH."""
    return shutil.which("dot") is not None


def guess_picture_format(path: str | os.PathLike[str]) -> str:
    """``svg``, ``png``, ``pdf`` or ``dot`` from a file name (``.gv`` counts as DOT)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix == "gv":
        return "dot"
    if suffix in FORMATS:
        return suffix
    raise RenderError(
        f"cannot tell the picture format of {os.fspath(path)!r}; end the name in "
        ".svg, .png, .pdf or .dot, or give --format"
    )


def choose_engine(nodes: int, edges: int) -> str:
    """``dot`` for diagrams up to DOT_SMALL nodes plus edges, and for sparse ones (at most
    DOT_DENSITY edges per node) up to DOT_LIMIT; ``sfdp`` for the rest up to SFDP_LIMIT;
    larger ones raise RenderError with what to do instead.

    >>> choose_engine(40, 60), choose_engine(400, 500), choose_engine(120, 360)
    ('dot', 'dot', 'sfdp')
    """
    size = nodes + edges
    if size <= DOT_SMALL or (size <= DOT_LIMIT and edges <= DOT_DENSITY * nodes):
        return "dot"
    if size <= SFDP_LIMIT:
        return "sfdp"
    raise RenderError(
        f"the diagram would have {nodes} nodes and {edges} edges; argmap lays out at most "
        f"{SFDP_LIMIT} nodes plus edges. Draw part of it (ArgumentFramework.restrict, or a "
        "smaller map), or write the DOT text with --format dot and lay it out yourself"
    )


def render_bytes(
    graph: graphviz.Digraph | graphviz.Source,
    fmt: str,
    engine: str = "dot",
    timeout: float = DEFAULT_TIMEOUT,
    dpi: int | None = None,
) -> bytes:
    """The picture of ``graph`` in ``fmt`` (``svg``, ``png``, ``pdf``), drawn by ``engine``;
    ``dpi`` sets the resolution of PNG output (Graphviz's default is 96)."""
    if fmt == "dot":
        return graph.source.encode("utf-8")
    if fmt not in FORMATS:
        raise RenderError(f"unknown picture format {fmt!r}; use one of: {', '.join(FORMATS)}")
    program = shutil.which(engine)
    if program is None:
        raise RenderError(
            f"Graphviz's '{engine}' program is not installed; on Debian or Ubuntu run "
            "'sudo apt-get install graphviz' (or write the DOT text with --format dot)"
        )
    try:
        done = subprocess.run(
            [program, f"-T{fmt}", *([f"-Gdpi={dpi}"] if dpi else [])],
            input=graph.source.encode("utf-8"),
            capture_output=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise RenderError(
            f"Graphviz '{engine}' did not finish within {timeout:g} s; draw a smaller part "
            "or write the DOT text with --format dot"
        ) from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise RenderError(f"Graphviz '{engine}' failed: {detail[-1] if detail else 'no message'}")
    return done.stdout


def picture_bytes(
    obj: Any,
    fmt: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    engine: str | None = None,
    notes: list[str] | None = None,
    **options: Any,
) -> bytes:
    """The picture of a debate, an evaluation, a framework or a ready ``graphviz.Digraph``
    in ``fmt`` (``svg``, ``png``, ``pdf`` or ``dot``), laid out by ``engine`` or, when it is
    ``None`` or ``"auto"``, by the engine its size and density call for
    (:func:`choose_engine`; ``sfdp`` with a note in ``notes`` when ``dot`` does not finish
    in DOT_SHARE of ``timeout``); options go to :func:`~argmap.render.debate_graph` or
    :func:`~argmap.render.framework_graph`.

    >>> from argmap import ArgumentFramework
    >>> picture_bytes(ArgumentFramework.from_attacks([("a", "b")]), "dot").startswith(b"digraph")
    True
    """
    if isinstance(obj, graphviz.Digraph):
        graph, size = obj, None
    else:
        size = count_elements(obj)
        graph = to_graph(obj, **options)
    return layout_bytes(graph, fmt, size, engine=engine, timeout=timeout, notes=notes)


def layout_bytes(
    graph: graphviz.Digraph | graphviz.Source,
    fmt: str,
    size: tuple[int, int] | None,
    *,
    engine: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    notes: list[str] | None = None,
) -> bytes:
    """``graph`` drawn in ``fmt`` by ``engine``, or (``None`` or ``"auto"``) by the engine
    :func:`choose_engine` picks for ``size`` (nodes, edges; ``None``: ``dot``), with
    ``sfdp`` taking over, and a note added to ``notes``, when an automatically chosen
    ``dot`` does not finish in DOT_SHARE of ``timeout``."""
    if engine is not None and engine not in ENGINES:
        raise RenderError(f"unknown layout engine {engine!r}; use one of: {', '.join(ENGINES)}")
    if engine not in (None, "auto"):
        assert engine is not None
        return render_bytes(graph, fmt, engine=engine, timeout=timeout)
    picked = choose_engine(*size) if size is not None else "dot"
    if picked != "dot" or fmt == "dot" or size is None:
        return render_bytes(graph, fmt, engine=picked, timeout=timeout)
    try:
        return render_bytes(graph, fmt, engine="dot", timeout=timeout * DOT_SHARE)
    except RenderError as exc:
        if "did not finish" not in str(exc):
            raise
    if notes is not None:
        notes.append(
            f"Graphviz 'dot' did not lay out {size[0]} nodes and {size[1]} edges within "
            f"{timeout * DOT_SHARE:g} s; drawn by 'sfdp' instead (choose with --engine)"
        )
    return render_bytes(graph, fmt, engine="sfdp", timeout=timeout * (1 - DOT_SHARE))


def render(
    obj: Any,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    engine: str | None = None,
    **options: Any,
) -> Path:
    """Draw a debate, an evaluation, a framework or a ready ``graphviz.Digraph`` to a file.

    The format follows the file name unless ``fmt`` is given; options go to
    :func:`~argmap.render.debate_graph` or :func:`~argmap.render.framework_graph`.
    ``path`` is checked first (a regular file or a new name, else OutputError), so nothing
    is drawn for a path that cannot be written. Returns the path written.
    """
    fmt = fmt or guess_picture_format(path)
    target = check_output_path(path)
    atomic_write_bytes(target, picture_bytes(obj, fmt, timeout=timeout, engine=engine, **options))
    return Path(path)
