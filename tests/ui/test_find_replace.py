"""Find and replace in the body: NFC-blind search, whole words, one-step replace all, the bar."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.model.article import Block, Mark
from editor.model.marks import mark_dicts
from editor.ui.body.body_editor import BodyEditor
from editor.ui.body.find_replace import FindReplaceBar

TEXT = [
    Block(text="Việt Nam 👋🏽 việt kiều, Việt Nam."),
    Block(type="heading", text="Người Việt"),
    Block(text="Việtnam không tính khi tìm cả từ", marks=[Mark(start=0, end=4, type="bold")]),
]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.fixture
def editor(qtbot) -> BodyEditor:
    widget = BodyEditor()
    qtbot.addWidget(widget)
    widget.set_blocks([Block(type=b.type, text=b.text, marks=list(b.marks)) for b in TEXT])
    return widget


def selected(editor: BodyEditor) -> tuple[int, str]:
    cursor = editor.textCursor()
    return cursor.blockNumber(), cursor.selectedText()


def test_find_moves_through_matches_and_wraps(editor):
    found = []
    for _ in range(5):
        assert editor.find("việt")
        found.append(selected(editor))
    assert found == [(0, "Việt"), (0, "việt"), (0, "Việt"), (1, "Việt"), (2, "Việt")]
    assert editor.find("việt") and selected(editor) == (0, "Việt")  # wrapped to the top
    assert editor.find("việt", backwards=True) and selected(editor) == (2, "Việt")


def test_a_match_after_an_emoji_selects_the_right_letters(editor):
    assert editor.find("việt kiều")
    assert selected(editor) == (0, "việt kiều")


def test_match_case_and_whole_word(editor):
    assert editor.find("việt", case_sensitive=True) and selected(editor) == (0, "việt")
    assert editor.find("việt", case_sensitive=True) and selected(editor) == (0, "việt")  # the only one
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    hits = set()
    for _ in range(6):
        assert editor.find("Việt", whole_word=True)
        hits.add(editor.textCursor().selectionStart())
    third = editor.document().findBlockByNumber(2).position()
    assert third not in hits and len(hits) == 4  # "Việtnam" is not the whole word "Việt"
    assert not editor.find("Hà Nội")


def test_search_ignores_how_the_accents_were_typed(editor):
    assert editor.find(nfd("Người Việt")) and selected(editor) == (1, "Người Việt")
    editor.set_blocks([Block(text="x")])
    cursor = QTextCursor(editor.document())
    cursor.insertText(nfd("Tiếng Việt ") + "ở Hà Nội")  # typed with Unikey in "Unicode tổ hợp"
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    assert editor.find("Việt")
    assert unicodedata.normalize("NFC", editor.textCursor().selectedText()) == "Việt"
    assert editor.find("Hà") and editor.textCursor().selectedText() == "Hà"


def test_replace_current_replaces_only_a_selected_match(editor):
    assert not editor.replace_current("X")  # no search yet
    editor.find("Việt Nam")
    assert editor.replace_current("Việt Nam")  # replaced, then the next one is selected
    assert editor.replace_current("VN")
    assert editor.blocks()[0].text == "Việt Nam 👋🏽 việt kiều, VN."
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.find("kiều")
    cursor = editor.textCursor()
    cursor.clearSelection()
    editor.setTextCursor(cursor)
    assert not editor.replace_current("x")  # nothing selected: only finds
    assert selected(editor) == (0, "kiều")


def test_replace_all_is_one_undo_step_and_keeps_formats(editor):
    assert editor.replace_all(nfd("việt"), nfd("Việt"), case_sensitive=True) == 1
    assert editor.replace_all("Việt", "Đại Việt", whole_word=True) == 4
    out = editor.blocks()
    assert out[0].text == "Đại Việt Nam 👋🏽 Đại Việt kiều, Đại Việt Nam."
    assert out[1].text == "Người Đại Việt" and out[1].type == "heading"
    assert out[2].text.startswith("Việtnam") and unicodedata.is_normalized("NFC", out[0].text)
    editor.replace_all("Việtnam", "VN")
    assert mark_dicts(editor.blocks()[2].marks) == [{"start": 0, "end": 2, "type": "bold"}]
    editor.undo()
    editor.undo()
    assert editor.blocks()[0].text == "Việt Nam 👋🏽 Việt kiều, Việt Nam."
    assert editor.replace_all("không có", "x") == 0


def test_the_bar_finds_replaces_and_reports(qtbot, editor):
    bar = FindReplaceBar(editor)
    qtbot.addWidget(bar)
    editor.show()
    editor.find("Người")
    bar.show_find()
    assert bar.isVisible() and bar.find_field.text() == "Người"
    assert not bar.replace_field.isVisibleTo(bar)
    bar.find_field.setText("việt")
    bar.next_button.click()
    assert selected(editor)[1].lower() == "việt" and bar.status.text() == "4 of 5"
    bar.show_replace()
    assert bar.replace_field.isVisibleTo(bar) and bar.find_field.text() == "Việt"
    bar.word_box.setChecked(True)
    bar.replace_field.setText("Nam Việt")
    bar.replace_all_button.click()
    assert bar.status.text() == "4 replaced"
    editor.undo()
    bar.find_field.setText("không thấy")
    bar.next_button.click()
    assert bar.status.text() == "Not found"
    bar.find_field.setText("kiều")
    bar.replace_field.setText("kiều bào")
    bar.replace_button.click()  # first finds
    bar.replace_button.click()  # then replaces
    assert "việt kiều bào" in editor.blocks()[0].text
    bar.find_field.setFocus()
    QTest.keyClick(bar.find_field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


# ------------------------------------------------------------------ the whole article, in the window


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """The main window showing an article with "lũ" in the headline, the second quote and the body;
    closing it drops the changes (no question)."""
    from editor.app import create_main_window
    from editor.model import article_file
    from editor.model.article import Article, Quote
    from editor.settings import Settings

    article = Article.new("vi")
    article.headline = "Lũ lớn ở miền Trung"
    article.lede = "Tổng kết công tác phòng chống thiên tai tại Hà Nội, chờ mùa mưa."
    article.quotes = [Quote(speaker="Ông Nguyễn Văn A", text="Nước lên nhanh"),
                      Quote(speaker="Bà Trần Thị B", role="Chủ tịch xã", text="Chúng tôi chờ lũ rút")]
    article.body = [Block(text="Nước lũ dâng cao, dân chờ tổng kết thiệt hại 👋🏽 ở Hà Nội."), Block(text="Việtnam")]
    path = tmp_path / "lu.article"
    article_file.save(article, path)
    win = create_main_window(str(path), Settings(tmp_path / "settings.ini"))
    monkeypatch.setattr(win.dialogs, "ask_save_changes", lambda _name: "discard")
    qtbot.addWidget(win)
    win.show()
    return win


def open_find(window, text: str, replace: bool = False):
    bar = window.find_bar
    (bar.show_replace if replace else bar.show_find)()
    bar.find_field.setText(text)
    return bar


def selection_of(widget) -> str:
    if hasattr(widget, "selectedText"):
        return widget.selectedText()
    return widget.textCursor().selectedText()


def test_find_goes_through_headline_quote_and_body_in_reading_order(window):
    bar = open_find(window, "lũ")
    fields = window.fields
    bar.next_button.click()
    assert bar.status.text() == "1 of 3"
    assert fields.headline.hasFocus() and selection_of(fields.headline) == "Lũ"
    bar.next_button.click()
    assert bar.status.text() == "2 of 3"
    assert fields.quotes.list.currentRow() == 1  # the record is shown, then its text selected
    assert fields.quotes.text.hasFocus() and selection_of(fields.quotes.text) == "lũ"
    assert fields.quotes.text.visibleRegion().boundingRect().height() > 0  # scrolled into view
    bar.next_button.click()
    assert bar.status.text() == "3 of 3"
    assert window.body.hasFocus() and selection_of(window.body) == "lũ"
    bar.next_button.click()
    assert bar.status.text() == "1 of 3"  # wraps
    bar.previous_button.click()
    assert bar.status.text() == "3 of 3"


def test_ignore_accents_and_whole_words(window):
    bar = open_find(window, "ha noi")
    bar.next_button.click()
    assert bar.status.text() == "Not found"
    bar.accents_box.setChecked(True)  # searches again at once
    assert bar.status.text() == "1 of 2" and selection_of(window.fields.lede) == "Hà Nội"
    bar.next_button.click()
    assert bar.status.text() == "2 of 2" and selection_of(window.body) == "Hà Nội"  # after an emoji
    bar.find_field.setText("tong ket")
    bar.next_button.click()
    assert bar.status.text().endswith("of 2")
    bar.accents_box.setChecked(False)
    bar.find_field.setText("Việt")
    bar.next_button.click()
    assert bar.status.text() == "1 of 1"
    bar.word_box.setChecked(True)
    assert bar.status.text() == "Not found"  # "Việtnam" is not the whole word "Việt"


def test_replace_all_counts_every_field(window):
    bar = open_find(window, "lũ", replace=True)
    bar.replace_field.setText("nước")
    assert bar.replace_all() == 3
    assert bar.status.text() == "3 replaced"
    article = window.session.article
    window.sync_body()
    assert article.headline == "nước lớn ở miền Trung"
    assert article.quotes[1].text == "Chúng tôi chờ nước rút"
    assert article.body[0].text.startswith("Nước nước dâng cao")
    assert window.session.modified


def test_replace_one_then_go_on(window):
    bar = open_find(window, "tong ket", replace=True)
    bar.accents_box.setChecked(True)
    bar.replace_field.setText("tổng hợp")
    assert bar.status.text() == "1 of 2" and selection_of(window.fields.lede) == "Tổng kết"
    bar.replace_button.click()  # replaces the selected match, then selects the next one
    assert window.session.article.lede.startswith("tổng hợp công tác")
    assert bar.status.text() == "1 of 1" and selection_of(window.body) == "tổng kết"
    window.body.moveCursor(QTextCursor.MoveOperation.Start)  # nothing selected: Replace only finds
    assert not bar.replace() and selection_of(window.body) == "tổng kết"


def test_replace_all_across_sapo_a_quote_and_the_body_is_one_undo_step(window):
    def texts() -> tuple[str, str, str]:
        window.sync_body()
        article = window.session.article
        return article.lede, article.quotes[1].text, article.body[0].text

    before = texts()
    bar = open_find(window, "chờ", replace=True)
    bar.replace_field.setText("đợi")
    assert bar.replace_all() == 3
    after = texts()
    assert all("đợi" in text and "chờ" not in text for text in after)
    window.actions_by_id["undo"].trigger()  # Edit › Undo, once
    assert texts() == before
    window.actions_by_id["redo"].trigger()  # Edit › Redo, once
    assert texts() == after


def test_list_boxes_and_records_each_get_their_own_matches(window):
    f = window.fields
    f.tags.setText("lũ lụt; mưa lũ")
    f.authors.setText("Lũ Văn A, Trần B")
    f.quotes.list.setCurrentRow(0)
    f.quotes.text.setPlainText("Lũ về nhanh, lũ rút chậm")
    bar = open_find(window, "lũ", replace=True)
    bar.next_button.click()
    assert bar.status.text() == "1 of 8"  # headline, author, two tags, the quotes (2 + 1), body
    bar.next_button.click()
    assert f.authors.hasFocus() and selection_of(f.authors) == "Lũ"
    bar.next_button.click()
    assert selection_of(f.tags) == "lũ" and f.tags.selectionStart() == 0
    bar.next_button.click()
    assert selection_of(f.tags) == "lũ" and f.tags.selectionStart() == 12  # in the second tag
    bar.replace_field.setText("NƯỚC")
    assert bar.replace_all() == 8
    a = window.session.article
    assert a.tags == ["NƯỚC lụt", "mưa NƯỚC"] and a.byline.authors == ["NƯỚC Văn A", "Trần B"]
    assert a.quotes[0].text == "NƯỚC về nhanh, NƯỚC rút chậm" and a.quotes[1].text == "Chúng tôi chờ NƯỚC rút"
    assert f.quotes.list.currentRow() == 0 and f.quotes.text.toPlainText() == a.quotes[0].text


def test_a_match_in_text_typed_decomposed_selects_the_typed_letters(window):
    typed = nfd("Ở Hà Nội 👋🏽 Hà Nội")
    window.fields.kicker.setText(typed)
    bar = open_find(window, "hà nội")
    bar.next_button.click()
    assert bar.status.text() == "1 of 4"  # two in the kicker, then the sapo and the body
    bar.next_button.click()
    # UTF-16 units of the typed text before it: "Ở " 4, "Hà " 4, "Nội " 6, the emoji 4, a space 1
    assert window.fields.kicker.selectedText() == nfd("Hà Nội") and window.fields.kicker.selectionStart() == 19


def test_the_inputs_are_found_by_their_accessible_names(window):
    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit

    bar = window.find_bar
    named = {w.accessibleName(): w for w in bar.findChildren(QLineEdit)}
    assert named["Find"] is bar.find_field and named["Replace with"] is bar.replace_field
    controls = bar.findChildren(QAbstractButton) + bar.findChildren(QLabel)
    assert controls and all(w.accessibleName() for w in controls)
