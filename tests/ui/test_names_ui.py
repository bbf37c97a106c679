"""VN-N01 in the window: a name the body spells otherwise than the quote's speaker is underlined as
a warning, and its context menu offers the speaker's spelling as one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest

from editor.app import create_main_window
from editor.model import article_file
from editor.model.article import Article, Block, Quote
from editor.settings import Settings
from editor.ui.checker.findings_highlight import COLOURS

BODY = "Ông Nguyễn Văn Hóa cho biết. Theo ông Hòa, mô hình đã giúp giảm số vụ cháy."


def _window(qtbot, tmp_path):
    article = Article(language="vi", headline="Khu phố an toàn")
    article.body = [Block(text=BODY)]
    article.quotes = [Quote(speaker="Nguyễn Văn Hòa", role="Thượng tá", text="")]
    path = tmp_path / "names.article"
    article_file.save(article, str(path))
    win = create_main_window(str(path), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitUntil(win.checker.controller.is_idle, timeout=10_000)
    return win


def _point(win, position: int) -> QPoint:
    cursor = QTextCursor(win.body.document())
    cursor.setPosition(position)
    left = win.body.cursorRect(cursor)
    cursor.setPosition(position + 1)
    return QPoint((left.left() + win.body.cursorRect(cursor).left()) // 2, left.center().y())


def test_a_misspelt_name_is_underlined_and_fixed_from_the_menu(qtbot, tmp_path):
    win = _window(qtbot, tmp_path)
    doc = win.body.document()
    start = BODY.index("Nguyễn Văn Hóa")
    waves = [(r.start, r.start + r.length, r.format.underlineColor()) for r in doc.firstBlock().layout().formats()
             if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline]
    assert waves == [(start, start + len("Nguyễn Văn Hóa"), QColor(COLOURS["warning"]))]  # "ông Hòa" is fine
    point = _point(win, start + 2)
    assert "Nguyễn Văn Hòa" in win.checker.menu.tooltip_at(win.checker.body_view, point)
    menu = win.checker.menu.menu_at(win.checker.body_view, point)
    next(a for a in menu.actions() if a.text() == "Nguyễn Văn Hòa").trigger()
    assert doc.firstBlock().text() == BODY.replace("Hóa", "Hòa")
    win.body.setFocus()
    QTest.keyClick(win.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.firstBlock().text() == BODY
