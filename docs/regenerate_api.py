"""Regenerate docs/api.md from the modules' ``__all__`` and docstrings.

python docs/regenerate_api.py
"""

from __future__ import annotations

import importlib
import inspect
from pathlib import Path

MODULES = [
    ("argmap", "The engine's public face"),
    ("argmap.errors", "Errors"),
    ("argmap.semantics", "Semantics (`docs/semantics.md`)"),
    ("argmap.debate", "Debates (`docs/debates.md`)"),
    ("argmap.formats", "Readers and writers; the formats registry (`docs/interchange.md`)"),
    ("argmap.debate.schemes", "Argument schemes (`docs/schemes.md`)"),
    ("argmap.debate.questions", "Critical questions in use (`docs/schemes.md`)"),
    ("argmap.formats.maps", "Map files (`docs/map-format.md`)"),
    ("argmap.formats.map_document", "The map document, defined once (`docs/map-format.md`)"),
    ("argmap.formats.argdown", "Argdown (`docs/interchange.md`)"),
    ("argmap.formats.aif", "AIF (`docs/interchange.md`)"),
    ("argmap.formats.graphs", "GraphML and networkx (`docs/interchange.md`)"),
    ("argmap.explain", "Explanations (`docs/explanations.md`)"),
    ("argmap.explain.whatif", "What-if and robustness (`docs/explanations.md`)"),
    ("argmap.gradual", "Gradual semantics (`docs/gradual.md`)"),
    ("argmap.render", "Diagrams (`docs/rendering.md`)"),
    ("argmap.render.labels", "Escaping for Graphviz (`docs/rendering.md`)"),
    ("argmap.render.html", "The explorer page (`docs/explorer.md`)"),
    ("argmap.exercises", "Exercises (`docs/teaching/`)"),
    ("argmap.semantics.sat", "The optional SAT back end (`docs/performance.md`)"),
]
HEADER = """# API reference

Every public name of argmap's modules with the first paragraph of its docstring (the full
docstring, with an example, is in the source and runs as a doctest). `tests/test_docs.py`
checks that this page names everything the modules export; `python docs/regenerate_api.py`
rewrites it.
"""


def line(module: object, name: str) -> str:
    """One entry: the name, what it is, and its docstring's first paragraph."""
    obj = getattr(module, name)
    if inspect.isclass(obj) or inspect.isfunction(obj):
        kind = "class" if inspect.isclass(obj) else "function"
        doc = (inspect.getdoc(obj) or "").split("\n\n")[0].replace("\n", " ")
    else:
        kind = "constant"
        shown = repr(obj)
        doc = f"`{shown}`" if len(shown) < 60 else "see the module's documentation"
    return f"- `{name}` ({kind}): {doc}"


def main() -> None:
    out = [HEADER]
    for module_name, title in MODULES:
        module = importlib.import_module(module_name)
        out.append(f"## `{module_name}`: {title}\n")
        out.extend(line(module, name) for name in module.__all__)
        out.append("")
    (Path(__file__).resolve().parent / "api.md").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
