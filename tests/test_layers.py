"""The layers of docs/architecture.md hold: no module imports, at module level, a layer
above its own. (Conveniences such as Debate.load and _repr_mimebundle_ import upwards
inside the method, when called; that is allowed and documented.)"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "argmap"

# lowest first; a module may import its own layer and the layers below
RANKS = {
    "argmap.errors": 0,
    "argmap.framework": 1,
    "argmap.semantics": 2,
    "argmap": 3,  # the package's public face: framework and semantics
    "argmap.sat": 3,
    "argmap.debate": 4,
    "argmap.formats": 5,
    "argmap.gradual": 5,
    "argmap.explain": 6,
    "argmap.exercises": 7,
    "argmap.render": 8,
    "argmap.cli": 9,
    "argmap.__main__": 9,
}


def _layer(module: str) -> int:
    parts = module.split(".")
    for cut in range(len(parts), 0, -1):
        name = ".".join(parts[:cut])
        if name in RANKS:
            return RANKS[name]
    raise AssertionError(f"{module} is in no layer; add it to RANKS and docs/architecture.md")


def _module_name(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_module_level_imports_flow_downward(path):
    importer = _module_name(path)
    rank = _layer(importer)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:  # module level only
        names = []
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("argmap"):
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names if a.name.startswith("argmap")]
        for name in names:
            assert _layer(name) <= rank, (
                f"{importer} (layer {rank}) imports {name} (layer {_layer(name)})"
            )
