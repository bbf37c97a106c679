"""One undo history per article, as a journalist meets it: Edit › Undo takes back the last change
wherever it was made (a field, the body, the quote list, Fix All Safe, a restored revision),
whichever widget has the focus, and names what it will undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.app import create_main_window
from editor.model.article import Article, Block
from editor.settings import Settings
from tests.ui.test_checker_ui import type_in_body, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_in(widget, text: str) -> None:
    widget.setFocus()
    type_text(widget, text)


def undo_text(win) -> str:
    return win.actions_by_id["undo"].text()


def redo_text(win) -> str:
    return win.actions_by_id["redo"].text()


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    win = create_main_window(None, Settings(tmp_path / "settings.ini"))
    monkeypatch.setattr(win.dialogs, "ask_save_changes", lambda name: "discard")
    qtbot.addWidget(win)
    win.show()
    win.session.new_article("vi")
    return win


def test_two_undos_in_the_body_take_back_the_body_then_the_headline(window):
    type_in(window.fields.headline, "Mưa lớn")
    type_in_body(window, "Chiều nay trời mưa.")
    assert undo_text(window) == "&Undo Typing in Body"
    QTest.keyClick(window.body, Qt.Key.Key_Z, CTRL)
    assert window.body.toPlainText() == ""
    assert window.session.article.headline == "Mưa lớn"
    assert undo_text(window) == "&Undo Typing in Headline"
    assert redo_text(window) == "&Redo Typing in Body"
    QTest.keyClick(window.body, Qt.Key.Key_Z, CTRL)  # the focus stays in the body
    assert window.session.article.headline == "" and window.fields.headline.raw_text() == ""
    assert not window.actions_by_id["undo"].isEnabled()
    assert undo_text(window) == "&Undo"
    window.editing.redo()
    window.editing.redo()
    assert window.session.article.headline == "Mưa lớn"
    assert window.body.toPlainText() == "Chiều nay trời mưa."


def test_ctrl_z_in_the_headline_undoes_the_last_change_first(window):
    type_in(window.fields.headline, "Tít")
    type_in_body(window, "Thân bài.")
    window.fields.headline.setFocus()
    QTest.keyClick(window.fields.headline, Qt.Key.Key_Z, CTRL)
    assert window.body.toPlainText() == ""  # the body changed last, so it is undone first
    assert window.session.article.headline == "Tít"
    QTest.keyClick(window.fields.headline, Qt.Key.Key_Z, CTRL | SHIFT)  # redo, still from the headline
    assert window.body.toPlainText() == "Thân bài."


def test_ctrl_z_in_a_line_field_never_uses_its_own_stack(window):
    type_in(window.fields.kicker, "Thời sự")
    type_in_body(window, "A")
    window.fields.kicker.setFocus()
    QTest.keyClick(window.fields.kicker, Qt.Key.Key_Z, CTRL)
    assert window.fields.kicker.text() == "Thời sự" and window.body.toPlainText() == ""
    QTest.keyClick(window.fields.kicker, Qt.Key.Key_Z, CTRL)
    assert window.fields.kicker.text() == "" and window.session.article.kicker == ""
    QTest.keyClick(window.fields.kicker, Qt.Key.Key_Z, CTRL)  # nothing left: nothing happens
    assert window.fields.kicker.text() == ""


def test_typing_in_one_field_merges_and_each_field_is_named(window):
    type_in(window.fields.headline, "Một hai ba")
    type_in(window.fields.lede, "Sapo")
    type_in(window.fields.tags, "mưa; bão")
    assert window.session.undo.labels() == ["Typing in Headline", "Typing in Standfirst", "Typing in Tags"]
    window.editing.undo()
    assert window.session.article.tags == []
    window.editing.undo()
    assert window.session.article.lede == "" and window.session.article.headline == "Một hai ba"


def test_quotes_typing_add_remove_and_move_are_undoable(window):
    quotes = window.fields.quotes
    quotes.add_button.click()
    assert undo_text(window) == "&Undo Add Quote"
    type_in(quotes.speaker, "Bà Lan")
    assert undo_text(window) == "&Undo Typing in Speaker"
    quotes.add_button.click()
    type_in(quotes.text, "Chúng tôi sẵn sàng.")
    quotes.up_button.click()
    assert undo_text(window) == "&Undo Move Quote"
    article = window.session.article
    assert [q.text for q in article.quotes] == ["Chúng tôi sẵn sàng.", ""]
    quotes.list.setCurrentRow(1)
    quotes.remove_button.click()
    assert undo_text(window) == "&Undo Remove Quote" and len(article.quotes) == 1
    window.editing.undo()  # remove
    assert [q.speaker for q in article.quotes] == ["", "Bà Lan"]
    window.editing.undo()  # move
    assert [q.speaker for q in article.quotes] == ["Bà Lan", ""]
    window.editing.undo()  # typing in the second quote's text
    assert article.quotes[1].text == ""
    assert quotes.list.currentRow() == 1 and quotes.text.raw_text() == ""
    window.editing.undo()  # second add
    assert len(article.quotes) == 1
    window.editing.undo()  # the speaker
    assert article.quotes[0].speaker == "" and quotes.speaker.text() == ""
    window.editing.undo()  # first add
    assert article.quotes == [] and quotes.list.count() == 0
    for _ in range(6):
        window.editing.redo()
    assert [(q.speaker, q.text) for q in article.quotes] == [("", "Chúng tôi sẵn sàng.")]


def test_awards_are_undoable(window):
    awards = window.fields.awards
    awards.add_button.click()
    type_in(awards.recipient, "Phòng Cảnh sát PCCC")
    assert undo_text(window) == "&Undo Typing in Recipient"
    window.editing.undo()
    assert window.session.article.awards[0].recipient == ""
    assert undo_text(window) == "&Undo Add Award"
    window.editing.undo()
    assert window.session.article.awards == []


def test_fix_all_safe_is_one_named_step(qtbot, window):
    type_in(window.fields.kicker, 'Hà Nội "Thủ đô"')
    type_in_body(window, "Hôm nay là Thứ 3,  trời đẹp.")
    qtbot.waitUntil(window.checker.controller.is_idle, timeout=10_000)
    window.checker.refresh_summary()
    before = (window.fields.kicker.text(), window.body.toPlainText())
    window.checks.fix_all_safe()
    assert (window.fields.kicker.text(), window.body.toPlainText()) != before
    assert undo_text(window) == "&Undo Fix All Safe"
    window.editing.undo()
    assert (window.fields.kicker.text(), window.body.toPlainText()) == before
    assert undo_text(window) == "&Undo Typing in Body"


def test_restoring_a_revision_is_one_step_and_earlier_steps_stay(window):
    type_in(window.fields.headline, "Bản mới")
    type_in_body(window, "Đoạn mới.")
    old = Article.new("vi")
    old.headline = "Bản cũ"
    old.body = [Block(text="Đoạn cũ.")]
    window.safety.restore_article_version(old)
    assert window.session.article.headline == "Bản cũ" and window.body.toPlainText() == "Đoạn cũ."
    assert undo_text(window) == "&Undo Restore Version"
    window.editing.undo()
    assert window.session.article.headline == "Bản mới" and window.body.toPlainText() == "Đoạn mới."
    assert window.fields.headline.raw_text() == "Bản mới"
    window.editing.undo()  # the body typing before the restore
    assert window.body.toPlainText() == ""
    window.editing.undo()
    assert window.session.article.headline == ""
    for _ in range(3):
        window.editing.redo()
    assert window.session.article.headline == "Bản cũ" and window.body.toPlainText() == "Đoạn cũ."


def test_saving_keeps_the_history_and_undo_knows_the_saved_state(window, tmp_path):
    type_in(window.fields.headline, "Tít")
    window.session.undo.seal()
    type_in_body(window, "Một.")
    assert window.files._save_to(str(tmp_path / "a.article"))
    assert not window.session.modified
    assert undo_text(window) == "&Undo Typing in Body"  # saving keeps the history
    window.editing.undo()
    assert window.session.modified and window.isWindowModified()
    window.editing.redo()
    assert not window.session.modified  # back to the text on disk
    window.files.new_article()
    assert not window.actions_by_id["undo"].isEnabled()  # another article: a fresh history


def test_the_body_context_menu_undoes_through_the_history(window):
    type_in(window.fields.headline, "Tít")
    type_in_body(window, "Thân")
    menu = window.checker.body_view.standard_menu(window.body.viewport().rect().center())
    undo = next(a for a in menu.actions() if a.objectName() == "edit-undo")
    undo.trigger()
    assert window.body.toPlainText() == ""
    undo.trigger()  # the menu's Undo is Edit › Undo: the headline goes next
    assert window.session.article.headline == ""
    menu.deleteLater()
