"""The safety net on a long article, as the journalist meets it (issue 15): the autosaved entry,
the saved file and the history's version hold every paragraph as on screen, and an autosave that
fails half-way shows the red warning and leaves no half-written entry."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtGui import QTextCursor

from editor.model import article_file
from editor.model import journal as journal_module
from editor.model.article import Article, Block, Mark
from editor.settings import data_dir
from editor.ui.safety.safety_commands import FAILURE_STYLE
from tests.ui.test_safety import answers, journal_articles, make_window, settings, type_text  # noqa: F401

PARAGRAPHS = 3_000


def long_article_file(path: Path) -> Path:
    article = Article.new("vi")
    article.headline = "Bài rất dài"
    for i in range(PARAGRAPHS):
        kind = "heading" if i % 15 == 14 else "paragraph"
        article.body.append(Block(type=kind, text=f"Đoạn {i}: nội dung của đoạn văn.",
                                  marks=[Mark(0, 4, "bold")] if i % 11 == 0 else []))
    article_file.save(article, path)
    return path


def type_in_the_middle(window, text: str) -> None:
    cursor = QTextCursor(window.body.document().findBlockByNumber(PARAGRAPHS // 2))
    window.body.setTextCursor(cursor)
    type_text(window.body, text)


def test_the_journal_the_file_and_the_history_hold_every_paragraph_of_a_long_article(make_window, tmp_path, qtbot):  # noqa: F811
    path = long_article_file(tmp_path / "dai.article")
    window = make_window(str(path))
    type_in_the_middle(window, "Mới viết thêm. ")
    on_screen = window.body.blocks()
    assert on_screen[PARAGRAPHS // 2].text.startswith("Mới viết thêm.")
    qtbot.waitUntil(lambda: bool(journal_articles()) and journal_articles()[0].body == on_screen, timeout=10_000)
    assert window.files.save()
    assert article_file.load(path).body == on_screen
    assert not window.isWindowModified()
    snapshots = window.safety.service.snapshots(window.session.article.id)
    assert window.safety.service.load_snapshot(snapshots[0]).body == on_screen
    qtbot.waitUntil(lambda: journal_articles() == [], timeout=5000)


def test_an_autosave_failing_half_way_shows_red_and_leaves_no_half_entry(make_window, tmp_path, qtbot, monkeypatch):  # noqa: F811
    path = long_article_file(tmp_path / "dai.article")
    window = make_window(str(path))
    real = journal_module.encoded

    def full_half_way(pieces, target):  # the entry's pieces: the disk fills up after the first
        written = real(pieces, target)
        yield next(written)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal_module, "encoded", full_half_way)
    type_in_the_middle(window, "Viết khi ổ đầy. ")
    label = window.safety.autosave_label
    qtbot.waitUntil(label.isVisible, timeout=10_000)
    assert "disk is full" in label.text() and label.styleSheet() == FAILURE_STYLE
    assert journal_articles() == []
    assert [p.name for p in (data_dir() / "recovery").iterdir() if p.is_file()] == []  # no temp file either
    monkeypatch.setattr(journal_module, "encoded", real)
    qtbot.waitUntil(lambda: not label.isVisible(), timeout=10_000)
    assert journal_articles()[0].body == window.body.blocks()
