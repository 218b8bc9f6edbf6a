"""The layers of docs/architecture.md hold: no module imports a layer above its own, at
any depth (module level, or inside a function, method or class body), except the few lazy
conveniences listed by name in LAZY_UPWARD with the reason each is allowed."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "argmap"

# lowest first; a module may import its own layer and the layers below
RANKS = {
    "argmap.errors": 0,
    "argmap.choices": 0,  # the enum base beside the errors it raises
    "argmap._deprecation": 0,  # the warning for names kept one release
    "argmap._text": 0,  # plurals and shortening, for every layer's messages
    "argmap.framework": 1,
    "argmap.semantics": 2,
    "argmap": 3,  # the package's public face: framework and semantics
    "argmap.sat": 3,  # deprecated alias of argmap.semantics.sat
    "argmap.debate": 4,
    "argmap.formats": 5,
    "argmap.gradual": 5,
    "argmap.explain": 6,
    "argmap.exercises": 7,
    "argmap.render": 8,
    "argmap.cli": 9,
    "argmap.__main__": 9,
}

#: The only upward imports allowed: (importing module, qualified name of the function or
#: method that imports, imported module) -> why. Each is a convenience that imports, when
#: called, the layer it delegates to, so the module itself depends on nothing above it.
LAZY_UPWARD = {
    ("argmap.debate.model", "Debate.load", "argmap.formats.maps"): (
        "Debate.load reads a map file; reading files is the formats layer's job"
    ),
    ("argmap.debate.model", "Debate.save", "argmap.formats.maps"): (
        "Debate.save writes a map file; writing files is the formats layer's job"
    ),
    ("argmap.debate.model", "Debate._repr_mimebundle_", "argmap.render.notebook"): (
        "a notebook asks for a picture; only then is the render layer (and graphviz) loaded"
    ),
    ("argmap.debate.evaluation", "Evaluation._repr_mimebundle_", "argmap.render.notebook"): (
        "a notebook asks for a picture; only then is the render layer (and graphviz) loaded"
    ),
    ("argmap.framework", "ArgumentFramework._repr_mimebundle_", "argmap.render.notebook"): (
        "a notebook asks for a picture; only then is the render layer (and graphviz) loaded"
    ),
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


def _imports(tree: ast.AST) -> Iterator[tuple[str, str, int]]:
    """Every argmap module imported anywhere in ``tree``: (where, module, line), ``where``
    the dotted name of the enclosing functions and classes ("" at module level). The tree
    is walked with an explicit stack, so deep nesting cannot exhaust Python's recursion."""
    stack: list[tuple[ast.AST, str]] = [(tree, "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"line {node.lineno}: relative import; write argmap.…"
            if node.module == "argmap":  # from argmap import sat: the submodule, if one
                for alias in node.names:
                    yield where, f"argmap.{alias.name}", node.lineno
            elif node.module and node.module.startswith("argmap."):
                yield where, node.module, node.lineno
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "argmap" or alias.name.startswith("argmap."):
                    yield where, alias.name, node.lineno
        for child in ast.iter_child_nodes(node):
            inner = where
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                inner = f"{where}.{child.name}" if where else child.name
            stack.append((child, inner))


def _effective(module: str) -> str:
    """``argmap.Label`` (from argmap import Label) is the package; ``argmap.sat`` a module."""
    parts = module.split(".")
    if len(parts) == 2 and not (
        (PACKAGE / f"{parts[1]}.py").exists() or (PACKAGE / parts[1]).is_dir()
    ):
        return "argmap"
    return module


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_at_any_depth_flow_downward(path):
    importer = _module_name(path)
    rank = _layer(importer)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    upward = []
    for where, imported, line in _imports(tree):
        imported = _effective(imported)
        if _layer(imported) <= rank or (importer, where, imported) in LAZY_UPWARD:
            continue
        upward.append(
            f"{importer}:{line} ({where or 'module level'}, layer {rank}) imports {imported} "
            f"(layer {_layer(imported)})"
        )
    assert not upward, "\n".join(upward)


def test_the_walk_sees_imports_inside_functions_and_methods():
    source = (
        "import argmap.cli\n"
        "def f():\n"
        "    from argmap.render import x\n"
        "class C:\n"
        "    def m(self):\n"
        "        if True:\n"
        "            import argmap.explain.claims\n"
    )
    found = [(where, module) for where, module, _ in _imports(ast.parse(source))]
    assert sorted(found) == [
        ("", "argmap.cli"),
        ("C.m", "argmap.explain.claims"),
        ("f", "argmap.render"),
    ]


def test_every_allowed_upward_import_exists_and_goes_up():
    # a stale entry would silently allow a future import of the same name
    for importer, where, imported in LAZY_UPWARD:
        path = PACKAGE.parent / (importer.replace(".", "/") + ".py")
        found = {(w, _effective(m)) for w, m, _ in _imports(ast.parse(path.read_text("utf-8")))}
        assert (where, imported) in found, f"{importer}: {where} no longer imports {imported}"
        assert _layer(imported) > _layer(importer), f"{importer} -> {imported} is not upward"


def test_architecture_md_names_every_layer_in_order():
    # docs/architecture.md's "Layers, highest first" sentence lists RANKS from the top down
    text = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    sentence = " ".join(text.split("Layers, highest first:")[1].split("`tests/")[0].split())
    shown = {
        "argmap.cli": "cli",
        "argmap.render": "render",
        "argmap.exercises": "exercises",
        "argmap.explain": "explain",
        "argmap.formats": "formats",
        "argmap.gradual": "gradual",
        "argmap.debate": "debate",
        "argmap": "argmap (the package's face)",
        "argmap.sat": "sat alias",
        "argmap.semantics": "semantics",
        "argmap.framework": "framework",
        "argmap.errors": "errors",
        "argmap.choices": "choices",
        "argmap._deprecation": "_deprecation",
        "argmap._text": "_text",
    }
    assert set(shown) | {"argmap.__main__"} == set(RANKS), "a layer is missing from `shown`"
    position = {module: sentence.index(word) for module, word in shown.items()}
    for high in shown:
        for low in shown:
            if RANKS[high] > RANKS[low]:
                assert position[high] < position[low], f"{high} must be named before {low}"
