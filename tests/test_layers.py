"""The model and the exporters (print/PDF aside) never import Qt (architecture.md)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _qt_free_files() -> list[Path]:
    files = sorted((ROOT / "editor" / "model").rglob("*.py"))
    files += [p for p in sorted((ROOT / "exports").rglob("*.py")) if not any(k in p.name for k in ("print", "pdf"))]
    return files


def test_model_and_exports_do_not_import_qt():
    offenders = [
        f"{p.relative_to(ROOT)} imports {name}"
        for p in _qt_free_files()
        for name in _imports(p)
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
    ]
    assert offenders == []


def test_model_does_not_import_ui_or_session():
    offenders = [
        f"{p.relative_to(ROOT)} imports {name}"
        for p in sorted((ROOT / "editor" / "model").rglob("*.py"))
        for name in _imports(p)
        if name.startswith(("editor.ui", "editor.session.article_session", "editor.app", "exports"))
    ]
    assert offenders == []


def test_importing_the_model_loads_no_qt(tmp_path):
    """Even indirectly: importing the model and the text exporter pulls in no Qt module."""
    import subprocess
    import sys

    code = (
        "import sys, editor.model.article_file, editor.model.text, exports.text; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6','shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------- import cycles

PACKAGES = ("editor", "exports")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or \
        (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(node: ast.AST):
    """Every import statement, at module level or inside functions and classes, except the ones
    under ``if TYPE_CHECKING:`` (they never run)."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and _is_type_checking(child):
            yield from (n for stmt in child.orelse for n in _import_nodes_of(stmt))
            continue
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            yield child
        yield from _import_nodes(child)


def _import_nodes_of(stmt: ast.AST):
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        yield stmt
    yield from _import_nodes(stmt)


def _imported_modules(path: Path, name: str, known: set[str]) -> set[str]:
    """The project modules ``path`` (module ``name``) imports: ``from pkg import mod`` names pkg.mod."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name in known)
            continue
        base = package
        for _ in range(node.level - 1):
            base = base.rpartition(".")[0]
        target = f"{base}.{node.module}" if node.level and node.module else (base if node.level else node.module)
        for alias in node.names:
            sub = f"{target}.{alias.name}"
            if sub in known:
                out.add(sub)
            elif target in known:
                out.add(target)
    out.discard(name)
    return out


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _import_graph() -> dict[str, set[str]]:
    paths = {_module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}
    known = set(paths)
    return {name: _imported_modules(path, name, known) for name, path in paths.items()}


def test_the_import_graph_sees_function_level_and_relative_imports():
    graph = _import_graph()
    assert "editor.model.article" in graph["editor.model.article_file"]  # from .article import (...)
    assert "editor.model.vietnamese" in graph["editor.model.house_style.rules.vi_syllables"]  # inside a function
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycles_among_the_modules_of_editor_and_exports():
    """Statically, counting imports at module level and inside functions alike (a package's
    ``__init__`` importing its own modules is not a cycle: modules are not taken to import
    their parent package)."""
    assert _cycles(_import_graph()) == []


# ------------------------------------------------------- widgets do no file work

# Reading and writing files, and exporting, belong to the session (architecture.md).
FILE_WORK = ("exports", "editor.model.article_file", "editor.model.journal", "editor.model.history",
             "editor.model.safe_save", "editor.model.recovery", "editor.model.library")
# Still being converted (they will stop importing exports and article_file): remove each folder
# from this list once its conversion is in.
UI_EXCEPTIONS: tuple[str, ...] = ()


def _every_import(path: Path, root: Path = ROOT) -> set[str]:
    """Every module ``path`` imports, at module level, inside functions and under TYPE_CHECKING alike;
    ``from pkg import mod`` names both pkg and pkg.mod, relative imports are resolved."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = (f"{base}.{node.module}" if node.module else base) if node.level else node.module
            out.add(target)
            out.update(f"{target}.{a.name}" for a in node.names)
    return out


def _names_any(imported: set[str], modules: tuple[str, ...]) -> list[str]:
    return sorted(n for n in imported if any(n == m or n.startswith(m + ".") for m in modules))


def test_the_import_finder_sees_imports_inside_functions_and_under_type_checking(tmp_path):
    module = tmp_path / "editor" / "ui" / "demo.py"
    module.parent.mkdir(parents=True)
    module.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..model.history import History\n"
                      "def f():\n    from editor.model import article_file\n    import exports.text\n",
                      encoding="utf-8")
    assert _names_any(_every_import(module, tmp_path), FILE_WORK) == [
        "editor.model.article_file", "editor.model.history", "editor.model.history.History", "exports.text"]


def test_widgets_never_import_the_exporters_or_the_modules_that_write_files():
    offenders = [
        f"{p.relative_to(ROOT)} imports {name}"
        for p in sorted((ROOT / "editor" / "ui").rglob("*.py"))
        if not str(p.relative_to(ROOT).as_posix()).startswith(UI_EXCEPTIONS)
        for name in _names_any(_every_import(p), FILE_WORK)
    ]
    assert offenders == []


def test_the_session_imports_no_widgets():
    offenders = [
        f"{p.relative_to(ROOT)} imports {name}"
        for p in sorted((ROOT / "editor" / "session").rglob("*.py"))
        for name in _names_any(_every_import(p), ("PySide6.QtWidgets", "editor.ui"))
    ]
    assert offenders == []


def test_the_main_window_inherits_only_qmainwindow():
    """Its commands live in the parts it owns, not in mixins."""
    from PySide6.QtWidgets import QMainWindow

    from editor.ui.window import MainWindow

    assert MainWindow.__bases__ == (QMainWindow,)
