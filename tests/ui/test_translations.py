"""Every interface string has a finished Vietnamese translation, and the translator really loads."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "articledesk_vi.ts"


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Finder(ast.NodeVisitor):
    """Collects (context, source) of self.tr(...), QCoreApplication.translate(...),
    QT_TRANSLATE_NOOP(...) and the model's N_(...) (context "errors")."""

    def __init__(self, where: str) -> None:
        self.where = where
        self.classes: list[str] = []
        self.found: set[tuple[str, str]] = set()
        self.problems: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast API
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, node: ast.Call, context: str | None, source: str | None) -> None:
        if context is None or source is None:
            self.problems.append(f"{self.where}:{node.lineno}: translation call without literal arguments")
        else:
            self.found.add((context, source))

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast API
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if name == "tr" and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and func.value.id == "self" and node.args:
            context = self.classes[-1] if self.classes else None
            self._add(node, context, _literal(node.args[0]))
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            if name == "QT_TRANSLATE_NOOP" or (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                                               and func.value.id in ("QCoreApplication", "QApplication")):
                context, source = _literal(node.args[0]), _literal(node.args[1])
                # translate("actions"/"errors", variable) looks up texts marked where they are declared
                if not (context in ("actions", "errors") and source is None):
                    self._add(node, context, source)
        elif name == "N_" and isinstance(func, ast.Name) and len(node.args) == 1:
            self._add(node, "errors", _literal(node.args[0]))
        self.generic_visit(node)


def scan_sources() -> tuple[set[tuple[str, str]], list[str]]:
    """All translatable (context, source) pairs in editor/ and exports/, and calls that are not literal."""
    found: set[tuple[str, str]] = set()
    problems: list[str] = []
    for folder in ("editor", "exports"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            finder = _Finder(str(path.relative_to(ROOT)))
            finder.visit(ast.parse(path.read_text(encoding="utf-8")))
            found |= finder.found
            problems += finder.problems
    return found, problems


def read_catalogue(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) -> (translation, type attribute) from a Qt Linguist .ts file."""
    out: dict[tuple[str, str], tuple[str, str | None]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "".join(translation.itertext()) if translation is not None else ""
            out[(name, message.findtext("source", ""))] = (text, translation.get("type") if translation is not None
                                                           else "unfinished")
    return out


def test_the_scan_finds_the_interface_strings():
    found, problems = scan_sources()
    assert problems == []
    assert ("actions", "&File") in found
    assert ("FieldsPanel", "&Headline:") in found
    assert ("errors", "Cannot open “{file}”: the file is empty.") in found
    assert len(found) > 150


def test_every_interface_string_has_a_finished_vietnamese_translation():
    found, _ = scan_sources()
    catalogue = read_catalogue(TS_FILE)
    missing = sorted(f"{c}: {s!r}" for c, s in found if (c, s) not in catalogue)
    unfinished = sorted(
        f"{c}: {s!r}" for c, s in found
        if (c, s) in catalogue and (not catalogue[(c, s)][0].strip() or catalogue[(c, s)][1] in ("unfinished",
                                                                                               "obsolete", "vanished"))
    )
    assert missing == [], "not in the .ts:\n" + "\n".join(missing)
    assert unfinished == [], "untranslated:\n" + "\n".join(unfinished)


def test_translations_keep_the_placeholders_of_their_source():
    import re

    placeholder = re.compile(r"\{[a-z_]*\}")
    wrong = [
        f"{c}: {s!r} -> {t!r}"
        for (c, s), (t, _kind) in read_catalogue(TS_FILE).items()
        if sorted(placeholder.findall(s)) != sorted(placeholder.findall(t))
    ]
    assert wrong == []


def test_menu_mnemonics_are_unique_in_vietnamese():
    """Alt+letter must reach one item: no two top-level menus share a mnemonic."""
    catalogue = read_catalogue(TS_FILE)
    menus = ["&File", "&Edit", "F&ormat", "&View", "&Help"]
    keys = []
    for source in menus:
        text = catalogue[("actions", source)][0]
        assert "&" in text, text
        keys.append(text[text.index("&") + 1].lower())
    assert len(set(keys)) == len(keys), keys


@pytest.fixture
def vietnamese(qapp):
    from editor.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "vi")
    yield translators
    remove_translators(qapp, translators)


def test_vietnamese_translator_translates_the_window(vietnamese, qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel

    from editor.app import create_main_window
    from editor.settings import Settings

    assert vietnamese, "the Vietnamese catalogue was not built or loaded"
    window = create_main_window(settings=Settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles[:5] == ["Tệp", "Sửa", "Định dạng", "Xem", "Trợ giúp"]
    labels = [label.text().replace("&", "") for label in window.fields.findChildren(QLabel)]
    assert "Tiêu đề:" in labels and "Bút danh ký cuối:" in labels
    assert window.actions_by_id["save"].text() == "&Lưu"
    assert window.words_label.text().endswith("chữ")
    assert window.reading_label.text().endswith("phút đọc")


def test_qt_message_box_buttons_are_vietnamese(vietnamese):
    """Qt ships no qtbase_vi: our catalogue carries the standard buttons and edit menus."""
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    assert QCoreApplication.translate("QLineEdit", "&Paste") == "&Dán"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"format": "articledesk.article", "version": 1, "id": "x", "quotes": {"a": 1}}',
         "Không mở được “{file}”: “quotes” phải là danh sách."),
        ('{"format": "articledesk.article", "version": 9, "id": "x"}',
         "Không mở được “{file}”: tệp được ghi bởi phiên bản ArticleDesk mới hơn (phiên bản tệp 9, chương trình "
         "này chỉ đọc được đến 1); hãy cập nhật ArticleDesk."),
    ],
)
def test_file_errors_read_as_one_vietnamese_sentence(vietnamese, tmp_path, content, expected):
    from editor.model import article_file
    from editor.model.article_file import ArticleFileError
    from editor.ui.file_commands import error_text

    bad = tmp_path / "hong.article"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ArticleFileError) as info:
        article_file.load(bad)
    assert error_text(info.value) == expected.format(file=bad)


def test_a_missing_lrelease_falls_back_to_english_with_a_warning(monkeypatch, qapp, caplog):
    from editor import i18n

    monkeypatch.setattr(i18n, "find_lrelease", lambda: None)
    assert i18n.compiled_catalogue("vi") is None
    assert i18n.load_translators("vi") == []
    assert "lrelease not found" in caplog.text


def test_a_broken_catalogue_falls_back_to_english_with_a_warning(monkeypatch, qapp, caplog, tmp_path):
    from editor import i18n

    broken = tmp_path / "articledesk_vi.ts"
    broken.write_text("<TS><context><name>x</name><message>", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_source", lambda language: broken)
    assert i18n.compiled_catalogue("vi") is None
    assert "lrelease failed" in caplog.text
    assert list((i18n.cache_dir() / "translations").glob("*")) == []  # no half-written .qm left behind


def test_the_catalogue_is_built_once_and_rebuilt_when_the_source_is_newer(qapp, monkeypatch):
    from editor import i18n

    first = i18n.compiled_catalogue("vi")
    assert first is not None and first.stat().st_size > 1000
    stamp = first.stat().st_mtime_ns
    assert i18n.compiled_catalogue("vi") == first and first.stat().st_mtime_ns == stamp
    calls = []
    monkeypatch.setattr(i18n, "find_lrelease", lambda: calls.append(1))
    assert i18n.compiled_catalogue("vi") == first and calls == []  # up to date: lrelease not even looked for
