"""The status bar's counts in a long article (issue 15): right after typing, undo and paste, and a
keystroke counts only the text it changed, never the whole body again."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor

from editor.model import article_file as af
from editor.model.article import Article, Block, Mark
from editor.session import live_counts
from tests.ui.test_checker_ui import dialogs, settle, type_text, window  # noqa: F401

PARAGRAPHS = 2_000


def long_article() -> Article:
    article = Article.new("vi")
    article.headline = "Hội nghị tổng kết"
    article.lede = "Sáng nay, tại Hà Nội, hội nghị đã diễn ra."
    for i in range(PARAGRAPHS):
        if i % 15 == 14:
            article.body.append(Block(type="heading", text=f"Phần {i // 15 + 1}"))
        else:
            article.body.append(Block(text=f"Đoạn thứ {i} nói về công tác năm 2025, TP.HCM và v.v. nhiều việc.",
                                      marks=[Mark(0, 4, "bold")] if i % 9 == 0 else []))
    return article


def expected_labels(win) -> tuple[str, str, str]:
    """What the labels must say: the counts of the article with the body as the editor holds it."""
    article = win.session.article.copy()
    article.body = win.body.blocks()
    counts = article.counts()
    return win.words_text(counts), win.characters_text(counts), f"~{counts.reading_minutes} min read"


def shown(win) -> tuple[str, str, str]:
    return win.words_label.text(), win.characters_label.text(), win.reading_label.text()


def open_long(win, qtbot, tmp_path):
    path = tmp_path / "dai.article"
    af.save(long_article(), path)
    assert win.files.open_path(str(path), ask=False)
    settle(qtbot, win)


def test_counts_stay_right_after_typing_undo_and_paste_in_a_long_article(qtbot, window, tmp_path):  # noqa: F811
    open_long(window, qtbot, tmp_path)
    assert shown(window) == expected_labels(window)
    cursor = QTextCursor(window.body.document().findBlockByNumber(PARAGRAPHS // 2))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.body.setTextCursor(cursor)
    type_text(window.body, " thêm ba chữ")
    qtbot.waitUntil(lambda: shown(window) == expected_labels(window), timeout=5000)
    typed = shown(window)
    window.editing.undo()
    qtbot.waitUntil(lambda: shown(window) == expected_labels(window) and shown(window) != typed, timeout=5000)
    pasted = QMimeData()
    pasted.setText("Một đoạn dán vào.\n\nThêm đoạn thứ hai, có năm chữ.")
    window.body.insertFromMimeData(pasted)
    qtbot.waitUntil(lambda: shown(window) == expected_labels(window) and shown(window) != typed, timeout=5000)
    type_text(window.fields.headline, " mới hơn nhiều chữ")
    qtbot.waitUntil(lambda: shown(window) == expected_labels(window), timeout=5000)


def test_a_keystroke_in_a_long_article_counts_only_the_paragraph_typed_in(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    open_long(window, qtbot, tmp_path)
    type_text(window.body, "A")  # the first count after opening reads the whole body once
    qtbot.waitUntil(lambda: shown(window) == expected_labels(window), timeout=5000)
    counted: list[str] = []
    real = live_counts.tally
    monkeypatch.setattr(live_counts, "tally", lambda text: counted.append(text) or real(text))
    cursor = QTextCursor(window.body.document().findBlockByNumber(PARAGRAPHS - 3))
    window.body.setTextCursor(cursor)
    type_text(window.body, "Mới ")
    qtbot.waitUntil(lambda: shown(window) == expected_labels(window), timeout=5000)
    assert counted and len(counted) <= 2, counted  # the paragraph typed in, not the 2,000 others
    assert any(text.startswith("Mới ") for text in counted)
