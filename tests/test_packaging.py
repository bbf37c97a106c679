"""An installed ArticleDesk has every module and its resources, not only a checkout."""

from __future__ import annotations

from pathlib import Path

import tomllib

ROOT = Path(__file__).resolve().parent.parent


def _declared_packages() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(data["tool"]["setuptools"]["packages"])


def test_every_code_folder_is_a_declared_package():
    declared = _declared_packages()
    found = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for top in ("editor", "exports")
        for p in (ROOT / top).rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert found - declared == set(), "add these to [tool.setuptools] packages in pyproject.toml"
    for pkg in found:
        assert (ROOT.joinpath(*pkg.split(".")) / "__init__.py").exists(), f"{pkg} needs an __init__.py"


def test_pyside_is_pinned_below_6_12_on_old_python():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    deps = data["project"]["dependencies"]
    assert any("PySide6-Essentials" in d and "<6.12" in d and "python_version < '3.12'" in d for d in deps)
