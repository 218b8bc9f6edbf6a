"""Running Graphviz's ``dot`` and writing pictures: SVG, PNG, PDF or the DOT text itself.

Debian's ``graphviz`` package provides the programs (``apt-get install graphviz``). Files
are written atomically, only to a regular file or a new name (the path is checked before
anything is drawn; :func:`argmap.formats.check_output_path`). Large diagrams never hang:
up to :data:`DOT_LIMIT` nodes plus edges are laid out by ``dot`` (layered, best for
debates); up to :data:`SFDP_LIMIT` by ``sfdp`` (force-directed, for large frameworks);
beyond that argmap refuses with a hint, and every layout run stops after ``timeout``
seconds.
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
    "FORMATS",
    "SFDP_LIMIT",
    "RenderError",
    "choose_engine",
    "dot_available",
    "guess_picture_format",
    "picture_bytes",
    "render",
    "render_bytes",
]

FORMATS = ("svg", "png", "pdf", "dot")
DOT_LIMIT = 3_000
SFDP_LIMIT = 60_000
DEFAULT_TIMEOUT = 300.0


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
    """``dot`` for diagrams up to DOT_LIMIT nodes plus edges, ``sfdp`` up to SFDP_LIMIT;
    larger ones raise RenderError with what to do instead."""
    size = nodes + edges
    if size <= DOT_LIMIT:
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


def picture_bytes(obj: Any, fmt: str, *, timeout: float = DEFAULT_TIMEOUT, **options: Any) -> bytes:
    """The picture of a debate, an evaluation, a framework or a ready ``graphviz.Digraph``
    in ``fmt`` (``svg``, ``png``, ``pdf`` or ``dot``), laid out by the engine its size calls
    for; options go to :func:`~argmap.render.debate_graph` or
    :func:`~argmap.render.framework_graph`.

    >>> from argmap import ArgumentFramework
    >>> picture_bytes(ArgumentFramework.from_attacks([("a", "b")]), "dot").startswith(b"digraph")
    True
    """
    if isinstance(obj, graphviz.Digraph):
        graph, engine = obj, "dot"
    else:
        engine = choose_engine(*count_elements(obj))
        graph = to_graph(obj, **options)
    return render_bytes(graph, fmt, engine=engine, timeout=timeout)


def render(
    obj: Any,
    path: str | os.PathLike[str],
    fmt: str | None = None,
    *,
    timeout: float = DEFAULT_TIMEOUT,
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
    atomic_write_bytes(target, picture_bytes(obj, fmt, timeout=timeout, **options))
    return Path(path)
