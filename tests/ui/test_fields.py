"""The fields panel on its own: every widget writes the model, in NFC, without losing text."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QDate, QEvent, QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.model.article import Article, Award, Dateline, Quote
from editor.ui.fields.fields_panel import HEADLINE_LIMIT, FieldsPanel
from editor.ui.fields.text_fields import join_authors, join_tags, split_authors, split_tags


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def panel(qtbot):
    widget = FieldsPanel()
    qtbot.addWidget(widget)
    edits: list[str] = []
    widget.edited.connect(edits.append)
    widget.edits = edits
    article = Article.new("vi")
    widget.set_article(article)
    return widget


def test_loading_an_article_is_not_an_edit(panel):
    article = Article(headline="Tiêu đề", tags=["a"], quotes=[Quote(speaker="A")], awards=[Award(recipient="B")])
    panel.set_article(article)
    assert panel.edits == []
    assert panel.headline.toPlainText() == "Tiêu đề" and panel.quotes.list.count() == 1


def test_decomposed_typing_is_stored_in_nfc(panel):
    decomposed = unicodedata.normalize("NFD", "Phở bò Hà Nội")
    panel.kicker.setText(decomposed)
    panel.headline.setPlainText(decomposed)
    panel.lede.setPlainText(decomposed)
    panel.place.setText(decomposed)
    for value in (panel.article.kicker, panel.article.headline, panel.article.lede, panel.article.dateline.place):
        assert value == "Phở bò Hà Nội" and unicodedata.is_normalized("NFC", value)
    assert {"kicker", "headline", "lede", "dateline.place"} <= set(panel.edits)


def test_enter_in_the_headline_does_not_split_it_and_pasted_breaks_become_spaces(panel):
    panel.headline.setFocus()
    type_text(panel.headline, "Dòng một")
    QTest.keyClick(panel.headline, Qt.Key.Key_Return)
    assert panel.article.headline == "Dòng một"
    mime = QMimeData()
    mime.setText(" và\nhai")
    panel.headline.insertFromMimeData(mime)
    assert panel.article.headline == "Dòng một và hai"


def test_headline_count_turns_red_over_the_limit(panel):
    type_text(panel.headline, "Bão")
    assert panel.headline_count.text() == "3 characters"
    assert panel.headline_count.styleSheet() == ""
    panel.headline.setPlainText("x" * (HEADLINE_LIMIT + 1))
    assert panel.headline_count.text().startswith(f"{HEADLINE_LIMIT + 1} characters")
    assert "color" in panel.headline_count.styleSheet()


def test_tags_keep_commas_inside_a_tag(panel):
    panel.set_article(Article(tags=["phòng cháy, chữa cháy", "hội nghị"]))
    assert panel.tags.text() == "phòng cháy, chữa cháy; hội nghị"
    QTest.keyClick(panel.tags, Qt.Key.Key_End)
    type_text(panel.tags, "; khen thưởng")
    assert panel.article.tags == ["phòng cháy, chữa cháy", "hội nghị", "khen thưởng"]


@pytest.mark.parametrize(
    "authors",
    [["Ngọc Tài", "Thanh Tùng"], ["Hà Thu (theo Reuters, AP)"], ["Smith, John", "Doe, Jane"], ["Smith, John"], []],
)
def test_author_lists_survive_being_shown_and_read_back(authors):
    assert split_authors(join_authors(authors)) == authors


def test_tag_lists_survive_being_shown_and_read_back():
    tags = ["phòng cháy, chữa cháy", "Hà Nội"]
    assert split_tags(join_tags(tags)) == tags


def test_authors_and_signoff_write_the_byline(panel):
    type_text(panel.authors, "Minh Thu, Đức Anh")
    type_text(panel.signoff, "MT")
    assert panel.article.byline.authors == ["Minh Thu", "Đức Anh"]
    assert panel.article.byline.signoff == "MT"


def test_no_date_and_a_calendar_date(panel):
    panel.set_article(Article(dateline=Dateline(date="2019-03-12")))
    assert panel.date.date() == QDate(2019, 3, 12) and not panel.no_date.isChecked()
    panel.no_date.click()
    assert panel.article.dateline.date is None and not panel.date.isEnabled()
    panel.no_date.click()
    panel.date.setDate(QDate(2020, 1, 2))
    assert panel.article.dateline.date == "2020-01-02"


def test_a_date_that_is_not_a_calendar_date_is_kept_until_the_user_changes_it(panel):
    panel.set_article(Article(dateline=Dateline(date="mùa xuân 2019")))
    assert panel.article.dateline.date == "mùa xuân 2019"
    assert "mùa xuân 2019" in panel.date.toolTip()
    assert panel.edits == []


def test_language_and_status_combos(panel):
    panel.language.setCurrentIndex(panel.language.findData("en"))
    panel.status.setCurrentIndex(panel.status.findData("sent"))
    assert panel.article.language == "en" and panel.article.status == "sent"
    panel.set_article(Article(language="vi-VN"))
    assert panel.language.currentData() == "vi" and panel.article.language == "vi-VN"  # tag kept as written


def test_quotes_add_edit_move_and_remove(panel):
    quotes = panel.quotes
    for speaker in ("A", "B"):
        QTest.mouseClick(quotes.add_button, Qt.MouseButton.LeftButton)
        type_text(quotes.speaker, speaker)
    type_text(quotes.text, "Lời B")
    assert [q.speaker for q in panel.article.quotes] == ["A", "B"]
    assert quotes.list.item(1).text() == "B: “Lời B”"
    quotes.move_current(-1)
    assert [q.speaker for q in panel.article.quotes] == ["B", "A"]
    assert quotes.list.currentRow() == 0 and quotes.speaker.text() == "B"
    assert not quotes.up_button.isEnabled() and quotes.down_button.isEnabled()
    QTest.mouseClick(quotes.remove_button, Qt.MouseButton.LeftButton)
    assert [q.speaker for q in panel.article.quotes] == ["A"]
    QTest.mouseClick(quotes.remove_button, Qt.MouseButton.LeftButton)
    assert panel.article.quotes == [] and not quotes.form_widget.isEnabled()
    assert panel.edits.count("quotes") >= 6


def test_awards_form_writes_every_field(panel):
    awards = panel.awards
    QTest.mouseClick(awards.add_button, Qt.MouseButton.LeftButton)
    type_text(awards.recipient, "Trần Thị B")
    awards.recipient_kind.setCurrentIndex(awards.recipient_kind.findData("individual"))
    type_text(awards.award, "Bằng khen")
    type_text(awards.conferred_by, "Bộ trưởng")
    type_text(awards.reason, "Dũng cảm")
    assert panel.article.awards == [Award(recipient="Trần Thị B", recipient_kind="individual", award="Bằng khen",
                                          conferred_by="Bộ trưởng", reason="Dũng cảm")]
    assert awards.list.item(0).text() == "Trần Thị B — Bằng khen"


def test_no_break_spaces_typed_in_the_sapo_and_headline_are_kept(qtbot):
    from editor.model.article import Article
    from editor.ui.fields.fields_panel import FieldsPanel

    panel = FieldsPanel()
    qtbot.addWidget(panel)
    article = Article.new("vi")
    panel.set_article(article)
    panel.lede.setPlainText("(ANTV) -\u00a0Chiều 11/3")
    panel.headline.setPlainText("Tin\u00a0nóng")
    assert article.lede == "(ANTV) -\u00a0Chiều 11/3"
    assert article.headline == "Tin\u00a0nóng"
