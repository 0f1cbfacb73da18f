"""The library's shape, checked: one-way dependencies, a small top level, packages that say what they hold.

Reads the source with ``ast`` (every import, function-level ones included), so a cycle that
only shows at run time in one code path still fails here.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10 reads TOML with the tomli backport, as mapdata.profiles.loader does
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "mapdata"
MAX_TOP_LEVEL_MODULES = 12


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """The mapdata modules ``path`` imports, anywhere in the file (``from pkg import mod`` resolved)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("mapdata"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("mapdata") and node.level == 0:
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in modules else node.module)
    return {name for name in found if name in modules}


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    graph = {}
    for name, path in modules.items():
        targets = _imports(path, modules)
        # A package's __init__ re-exporting its own modules is not a dependency of those modules.
        graph[name] = {t for t in targets if t != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path of module names, or None. Packages are ignored as nodes when
    a module imports its own package's __init__ (``from mapdata.store import schema``)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if node.startswith(target + "."):
                continue  # a module importing a sibling through its parent package
            if state.get(target) == 1:
                return stack[stack.index(target) :] + [target]
            if state.get(target) is None:
                found = visit(target)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if state.get(node) is None:
            found = visit(node)
            if found:
                return found
    return None


def test_no_import_cycle_between_library_modules():
    assert _cycle(_graph()) is None, f"import cycle: {' -> '.join(_cycle(_graph()) or [])}"


def test_cycle_check_finds_a_cycle_when_there_is_one():
    graph = {"mapdata.a": {"mapdata.b"}, "mapdata.b": {"mapdata.c"}, "mapdata.c": {"mapdata.a"}}
    assert _cycle(graph) == ["mapdata.a", "mapdata.b", "mapdata.c", "mapdata.a"]


def test_at_most_a_dozen_modules_directly_in_the_package():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= MAX_TOP_LEVEL_MODULES, top


@pytest.mark.parametrize("init", sorted(PACKAGE.rglob("__init__.py")), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_package_says_what_lives_there(init: Path):
    docstring = ast.get_docstring(ast.parse(init.read_text("utf-8")))
    assert docstring and len(docstring.split()) >= 8, f"{init} needs a docstring saying what the package holds"


def test_the_library_never_imports_streamlit():
    for name, path in _modules().items():
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            )
            assert not any(n.split(".")[0] in {"streamlit", "streamlit_folium"} for n in names), name


def _documented_tree() -> list[str]:
    """The modules ARCHITECTURE.md's "The tree, module by module" names, in its order."""
    text = (ROOT / "ARCHITECTURE.md").read_text("utf-8")
    section = text.split("## The tree, module by module", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"`((?:mapdata|ui|app_pages)/[\w/]+\.py|app\.py)`", section)


def test_architecture_names_every_module_there_is_and_nothing_else():
    on_disk = {
        str(p.relative_to(ROOT))
        for folder in ("mapdata", "ui", "app_pages")
        for p in (ROOT / folder).rglob("*.py")
        if p.name != "__init__.py"
    } | {"app.py"}
    named = _documented_tree()
    assert sorted(set(named) - on_disk) == [], "ARCHITECTURE.md names modules that do not exist"
    assert sorted(on_disk - set(named)) == [], "ARCHITECTURE.md's tree misses these modules"


def test_library_modules_import_only_modules_listed_above_them():
    """ARCHITECTURE.md says dependencies run down its list; the imports must agree."""
    order = [name for name in (_module_name(ROOT / p) for p in _documented_tree()) if name.startswith("mapdata")]
    rank = {name: i for i, name in enumerate(order)}
    graph = _graph()
    upward = sorted(
        f"{name} imports {target}"
        for name in order
        for target in graph.get(name, ())
        if target in rank and rank[target] > rank[name]
    )
    assert upward == []


def _declared_distributions() -> set[str]:
    """The distributions `pip install .` brings: pyproject's dependencies and what they require."""
    from importlib.metadata import PackageNotFoundError, requires

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    declared = {_distribution_name(spec) for spec in pyproject["project"]["dependencies"]}
    brought = set(declared)
    for name in declared:
        try:
            brought |= {_distribution_name(spec) for spec in requires(name) or () if "extra ==" not in spec}
        except PackageNotFoundError:
            continue
    return brought


def _distribution_name(spec: str) -> str:
    return re.split(r"[\s<>=!~;\[(]", spec.strip(), maxsplit=1)[0].lower().replace("_", "-")


def test_every_library_import_is_installed_by_pip_install():
    """A module imported by mapdata/ comes with `pip install .`, declared or required by what is."""
    from importlib.metadata import packages_distributions

    imported = set()
    for path in _modules().values():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    third_party = {name for name in imported if name not in sys.stdlib_module_names and name != "mapdata"}
    distributions = packages_distributions()
    brought = _declared_distributions()
    missing = sorted(
        name
        for name in third_party - {"tomli"}  # declared for Python < 3.11 only; 3.11+ uses tomllib
        if not {d.lower().replace("_", "-") for d in distributions.get(name, [name])} & brought
    )
    assert missing == [], f"imported by mapdata/ but not installed by `pip install .`: {missing}"
