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
