"""The main window driven the way a journalist uses it: type, save, close, reopen, drop, recent files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.app import create_main_window
from editor.model import article_file
from editor.model.article import Article, Block, Mark, Quote
from editor.resources import resource_path
from editor.settings import Settings

SAMPLE = resource_path("samples", "sample-vi.article")


class Dialogs:
    """Records what the window asked and answers like a user would."""

    def __init__(self) -> None:
        self.save_changes_answer = "cancel"
        self.save_path: str | None = None
        self.open_path: str | None = None
        self.link: str | None = None
        self.asked: list[str] = []
        self.errors: list[str] = []
        self.infos: list[str] = []

    def install(self, window, monkeypatch) -> None:
        def ask_save_changes(name):
            self.asked.append(name)
            return self.save_changes_answer

        monkeypatch.setattr(window.dialogs, "ask_save_changes", ask_save_changes)
        monkeypatch.setattr(window.dialogs, "ask_save_path", lambda suggested: self.save_path)
        monkeypatch.setattr(window.dialogs, "ask_open_path", lambda folder: self.open_path)
        monkeypatch.setattr(window.dialogs, "ask_link_url", lambda current: self.link)
        monkeypatch.setattr(window.dialogs, "show_error", self.errors.append)
        monkeypatch.setattr(window.dialogs, "show_info", self.infos.append)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings" / "articledesk.ini")


@pytest.fixture
def dialogs() -> Dialogs:
    return Dialogs()


@pytest.fixture
def make_window(qtbot, settings, dialogs, monkeypatch):
    """A factory: a shown main window with scripted dialogs (same settings each time)."""

    def make(path: str | None = None):
        window = create_main_window(path, settings)
        dialogs.install(window, monkeypatch)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key, as a keyboard with a Vietnamese input method delivers it
    (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_at_end(widget, text: str) -> None:
    """Press End (Ctrl+End in a text box), then type."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)


def shown_title(window) -> str:
    """The title as the window manager shows it ("[*]" becomes "*" while modified)."""
    return window.windowTitle().replace("[*]", "*" if window.isWindowModified() else "")


def write_article(path: Path, **fields) -> Path:
    article = Article.new("vi")
    for key, value in fields.items():
        setattr(article, key, value)
    article_file.save(article, path)
    return path


# ------------------------------------------------------------------ first run, title


def test_first_run_shows_the_sample_as_an_untitled_copy(window, settings):
    sample = article_file.load(SAMPLE)
    assert window.session.path is None and not window.session.modified
    assert window.fields.headline.toPlainText() == sample.headline
    assert shown_title(window) == f"{sample.headline} — ArticleDesk"
    assert window.words_label.text().endswith("syllables")
    assert settings.value("files/sample_shown") is True


def test_typing_in_the_headline_marks_the_window_modified(window):
    window.files.close_article()
    type_text(window.fields.headline, "Bão số 3")
    assert window.session.article.headline == "Bão số 3"
    assert window.isWindowModified()
    assert shown_title(window) == "Bão số 3* — ArticleDesk"
    assert window.fields.headline_count.text() == "8 characters"


# ---------------------------------------------------------------- save and reopen


def _fill_every_field(window) -> None:
    f = window.fields
    type_text(f.kicker, "Thời sự")
    type_text(f.headline, "Hà Nội mở rộng phố đi bộ")
    type_text(f.lede, "Từ tháng 6, thêm ba tuyến phố đi bộ.")
    type_text(f.source, "TTXVN")
    type_text(f.place, "Hà Nội")
    assert f.no_date.isChecked() and not f.date.isEnabled()  # a new article has no date yet
    f.no_date.click()
    f.date.setDate(QDate(2024, 5, 17))
    type_text(f.authors, "Minh Thu, Đức Anh")
    type_text(f.signoff, "MT")
    type_text(f.topic, "Đô thị")
    type_text(f.tags, "phố đi bộ; giao thông, đô thị")
    f.status.setCurrentIndex(f.status.findData("ready"))
    QTest.mouseClick(f.quotes.add_button, Qt.MouseButton.LeftButton)
    type_text(f.quotes.speaker, "Nguyễn Văn A")
    type_text(f.quotes.role, "Chủ tịch UBND quận")
    type_text(f.quotes.text, "Người dân ủng hộ")
    f.quotes.kind.setCurrentIndex(f.quotes.kind.findData("paraphrase"))
    QTest.mouseClick(f.awards.add_button, Qt.MouseButton.LeftButton)
    type_text(f.awards.recipient, "Công an quận Hoàn Kiếm")
    type_text(f.awards.award, "Bằng khen")
    type_text(f.awards.conferred_by, "Chủ tịch UBND thành phố")
    type_text(f.awards.reason, "Giữ gìn trật tự")
    QTest.mouseClick(f.awards.add_button, Qt.MouseButton.LeftButton)
    type_text(f.awards.recipient, "Trần Thị B")
    f.awards.recipient_kind.setCurrentIndex(f.awards.recipient_kind.findData("individual"))
    type_text(window.body, "Phố đi bộ mới")
    cursor = window.body.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, QTextCursor.MoveMode.KeepAnchor)
    window.body.setTextCursor(cursor)
    window.actions_by_id["bold"].trigger()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.body.setTextCursor(cursor)
    QTest.keyClick(window.body, Qt.Key.Key_Return)
    window.actions_by_id["heading"].trigger()
    type_text(window.body, "Ý kiến người dân")


def test_a_saved_article_reopens_with_every_field_and_the_body_formatting(make_window, dialogs, tmp_path):
    window = make_window()
    window.files.close_article()
    _fill_every_field(window)
    target = tmp_path / "pho-di-bo.article"
    dialogs.save_path = str(tmp_path / "pho-di-bo")  # the extension is added
    window.actions_by_id["save"].trigger()
    assert dialogs.errors == []
    assert window.session.path == target and not window.isWindowModified()
    assert shown_title(window) == "pho-di-bo.article — ArticleDesk"
    saved = json.loads(target.read_text(encoding="utf-8"))
    assert saved["tags"] == ["phố đi bộ", "giao thông, đô thị"]
    assert saved["byline"] == {"authors": ["Minh Thu", "Đức Anh"], "signoff": "MT"}
    assert saved["dateline"] == {"source": "TTXVN", "place": "Hà Nội", "date": "2024-05-17"}
    window.close()
    assert not window.isVisible()

    again = make_window(str(target))
    a = again.session.article
    assert again.session.path == target and not again.session.modified
    assert article_file.article_to_dict(a) == saved
    f = again.fields
    assert f.headline.toPlainText() == "Hà Nội mở rộng phố đi bộ"
    assert (f.kicker.text(), f.source.text(), f.place.text()) == ("Thời sự", "TTXVN", "Hà Nội")
    assert f.date.date() == QDate(2024, 5, 17) and not f.no_date.isChecked()
    assert (f.authors.text(), f.signoff.text(), f.topic.text()) == ("Minh Thu, Đức Anh", "MT", "Đô thị")
    assert f.tags.text() == "phố đi bộ; giao thông, đô thị"
    assert f.status.currentData() == "ready" and f.language.currentData() == "vi"
    assert a.quotes == [Quote(speaker="Nguyễn Văn A", role="Chủ tịch UBND quận", text="Người dân ủng hộ",
                              kind="paraphrase")]
    assert [(w.recipient, w.recipient_kind, w.award) for w in a.awards] == [
        ("Công an quận Hoàn Kiếm", "collective", "Bằng khen"), ("Trần Thị B", "individual", "")]
    assert f.quotes.list.count() == 1 and f.awards.list.count() == 2
    assert again.body.blocks() == [
        Block(type="paragraph", text="Phố đi bộ mới", marks=[Mark(0, 3, "bold")]),
        Block(type="heading", text="Ý kiến người dân"),
    ]


def test_a_failed_save_says_so_and_keeps_the_article_modified(window, dialogs, tmp_path):
    type_at_end(window.fields.headline, "!")
    dialogs.save_path = str(tmp_path / "missing-folder" / "x.article")
    assert window.files.save() is False
    assert len(dialogs.errors) == 1 and "x.article" in dialogs.errors[0]
    assert window.isWindowModified()


def test_cancelling_the_save_dialog_saves_nothing(window, dialogs, tmp_path):
    type_at_end(window.fields.headline, "!")
    dialogs.save_path = None
    assert window.files.save_as() is False
    assert window.isWindowModified() and list(tmp_path.glob("*.article")) == []


# ------------------------------------------------------------ unsaved changes


def test_closing_with_unsaved_changes_asks_and_cancel_keeps_everything(window, dialogs):
    type_at_end(window.fields.headline, " mới")
    dialogs.save_changes_answer = "cancel"
    assert window.close() is False
    assert window.isVisible() and dialogs.asked
    assert window.session.article.headline.endswith(" mới") and window.isWindowModified()


def test_discard_closes_without_writing(window, dialogs):
    type_at_end(window.fields.headline, " mới")
    dialogs.save_changes_answer = "discard"
    assert window.close() is True
    assert SAMPLE.read_bytes() == SAMPLE.read_bytes()  # the sample is never a target
    assert window.session.path is None


def test_save_answer_saves_then_closes(window, dialogs, tmp_path):
    type_at_end(window.fields.headline, " mới")
    dialogs.save_changes_answer = "save"
    dialogs.save_path = str(tmp_path / "a.article")
    assert window.close() is True
    assert article_file.load(tmp_path / "a.article").headline.endswith(" mới")


@pytest.mark.parametrize("command", ["new_article", "close_article", "open_file", "open_recent"])
def test_replacing_a_modified_article_asks_first(window, dialogs, settings, tmp_path, command):
    other = write_article(tmp_path / "other.article", headline="Bài khác")
    settings.add_recent_file(other)
    window.rebuild_recent_menu()
    dialogs.open_path = str(other)
    type_at_end(window.fields.headline, " mới")
    dialogs.save_changes_answer = "cancel"
    if command == "open_recent":
        window.menus["file/recent"].actions()[0].trigger()
    else:
        getattr(window.files, command)()
    assert dialogs.asked and window.session.article.headline.endswith(" mới")
    dialogs.save_changes_answer = "discard"
    if command == "open_recent":
        window.menus["file/recent"].actions()[0].trigger()
    else:
        getattr(window.files, command)()
    expected = "Bài khác" if command.startswith("open") else ""
    assert window.session.article.headline == expected and not window.isWindowModified()


# ------------------------------------------------------------------- bad files


BAD_FILES = {
    "truncated": '{"format": "articledesk.article", "version": 1, "id": "x", "headline": "Bão'.encode(),
    "not-json": b"<html>not an article</html>",
    "newer": b'{"format": "articledesk.article", "version": 7, "id": "x"}',
    "wrong-type": b'{"format": "articledesk.article", "version": 1, "id": "x", "quotes": {"a": 1}}',
}


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_gives_one_sentence_and_keeps_the_open_article(window, dialogs, tmp_path, kind):
    type_at_end(window.fields.headline, " (đang viết)")
    bad = tmp_path / f"{kind}.article"
    bad.write_bytes(BAD_FILES[kind])
    stamp = os.stat(bad).st_mtime_ns
    dialogs.save_changes_answer = "discard"
    assert window.files.open_path(bad, ask=False) is False
    assert len(dialogs.errors) == 1
    message = dialogs.errors[0]
    assert f"{kind}.article" in message and "\n" not in message and message.endswith(".")
    assert "Traceback" not in message
    assert window.session.article.headline.endswith(" (đang viết)") and window.isWindowModified()
    assert bad.read_bytes() == BAD_FILES[kind] and os.stat(bad).st_mtime_ns == stamp


def test_a_bad_file_argument_falls_back_to_a_new_article(make_window, tmp_path):
    bad = tmp_path / "hong.article"
    bad.write_bytes(b"{")
    window = make_window(str(bad))
    assert window.session.path is None and window.session.article.headline == ""
    assert len(window.pending_messages) == 1 and "hong.article" in window.pending_messages[0]
    window.show_pending_messages()
    assert window.pending_messages == []
    assert bad.read_bytes() == b"{"


@pytest.mark.parametrize("kind", ["deep-json", "long-number", "ignores-rule-list", "link-loop", "fifo", "too-large"])
def test_a_hostile_file_argument_is_one_sentence(make_window, tmp_path, kind):
    from tests.model.test_article_file import make_hostile

    path, expected = make_hostile(kind, tmp_path)
    window = make_window(str(path))
    assert window.session.path is None
    assert len(window.pending_messages) == 1 and expected in window.pending_messages[0]


def test_a_broken_character_is_repaired_told_and_saved(window, dialogs, tmp_path):
    path = tmp_path / "hong.article"
    path.write_text(SAMPLE.read_text(encoding="utf-8").replace('"headline": "', '"headline": "\\ud800', 1),
                    encoding="utf-8")
    assert window.files.open_path(path, ask=False)
    assert len(dialogs.errors) == 1 and "“headline”" in dialogs.errors[0] and "\ufffd" in dialogs.errors[0]
    assert window.session.article.headline.startswith("\ufffd") and window.isWindowModified()
    assert window.files.save() and not window.isWindowModified()
    assert article_file.load(path).headline.startswith("\ufffd")


# ------------------------------------------------------------------ drag and drop


def _drop(widget, paths: list[Path], text: str = "") -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    if text:
        mime.setText(text)
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return enter, drop, mime


def test_dropping_an_article_on_the_body_opens_it(window, qtbot, tmp_path):
    path = write_article(tmp_path / "tha.article", headline="Bài được thả vào")
    enter, drop, _mime = _drop(window.body.viewport(), [path])
    assert enter.isAccepted()
    qtbot.waitUntil(lambda: window.session.path == path, timeout=2000)
    assert window.fields.headline.toPlainText() == "Bài được thả vào"


def test_dropping_an_article_on_a_field_or_the_window_opens_it(window, qtbot, tmp_path):
    path = write_article(tmp_path / "tha.article", headline="Bài thứ hai")
    _drop(window.fields.tags, [path])
    qtbot.waitUntil(lambda: window.session.path == path, timeout=2000)
    window.files.close_article()
    _drop(window, [path])
    qtbot.waitUntil(lambda: window.session.path == path, timeout=2000)


def test_dropping_another_kind_of_file_is_refused_without_touching_the_body(window, qtbot, tmp_path):
    other = tmp_path / "ghi-chu.txt"
    other.write_text("ghi chú", encoding="utf-8")
    before = window.body.blocks()
    enter, _drop_event, _mime = _drop(window.body.viewport(), [other], text=str(other))
    assert not enter.isAccepted()
    qtbot.wait(20)
    assert window.body.blocks() == before and not window.session.modified


# --------------------------------------------------------------- recent, layout


def test_a_saved_file_is_listed_in_open_recent_and_opens_from_there(window, dialogs, tmp_path):
    dialogs.save_path = str(tmp_path / "gan-day.article")
    window.files.save()
    window.rebuild_recent_menu()
    assert window.recent_menu_paths() == [str(tmp_path / "gan-day.article")]
    window.files.close_article()
    window.menus["file/recent"].actions()[0].trigger()
    assert window.session.path == tmp_path / "gan-day.article"
    window.actions_by_id["clear_recent"].trigger()
    assert window.recent_menu_paths() == []
    assert not window.actions_by_id["clear_recent"].isEnabled()


def test_geometry_splitter_and_last_file_are_restored(make_window, dialogs, tmp_path):
    first = make_window()
    dialogs.save_path = str(tmp_path / "cuoi.article")
    first.files.save()
    first.resize(720, 520)  # the offscreen screen is 800×600
    first.splitter.setSizes([310, 410])
    sizes = first.splitter.sizes()
    first.set_fields_visible(True)
    assert first.close()
    second = make_window()
    assert (second.width(), second.height()) == (720, 520)
    assert second.splitter.sizes() == sizes
    assert second.session.path == tmp_path / "cuoi.article"


def test_hiding_the_fields_panel_is_remembered(make_window):
    first = make_window()
    first.actions_by_id["show_fields"].trigger()
    assert first.fields_scroll.isHidden()
    first.close()
    second = make_window()
    assert second.fields_scroll.isHidden() and not second.actions_by_id["show_fields"].isChecked()


# ------------------------------------------------------------- body commands, status


def test_status_bar_counts_follow_the_typing_after_a_short_pause(window, qtbot):
    window.files.close_article()
    assert window.words_label.text() == "0 syllables"
    type_text(window.body, "Hà Nội mùa thu")
    qtbot.waitUntil(lambda: window.words_label.text() == "4 syllables", timeout=2000)
    assert window.characters_label.text() == "14 characters"
    assert window.reading_label.text() == "~1 min read"
    window.fields.language.setCurrentIndex(window.fields.language.findData("en"))
    qtbot.waitUntil(lambda: window.words_label.text() == "4 words", timeout=2000)


def test_link_action_asks_for_the_address_and_empty_removes_it(window, dialogs):
    window.files.close_article()
    type_text(window.body, "Xem thêm")
    window.body.selectAll()
    dialogs.link = "https://example.vn/bai"
    window.actions_by_id["link"].trigger()
    assert window.body.blocks()[0].marks == [Mark(0, 8, "link", href="https://example.vn/bai")]
    window.body.selectAll()
    dialogs.link = ""
    window.actions_by_id["link"].trigger()
    assert window.body.blocks()[0].marks == []
    assert window.isWindowModified()


def test_block_actions_and_toolbar_state(window):
    window.files.close_article()
    type_text(window.body, "Trích lời")
    window.actions_by_id["quote"].trigger()
    assert window.body.blocks()[0].type == "quote"
    assert window.actions_by_id["quote"].isChecked() and not window.actions_by_id["paragraph"].isChecked()
    window.actions_by_id["list_item"].trigger()
    assert window.body.blocks()[0].type == "list_item"
    window.actions_by_id["paragraph"].trigger()
    assert window.body.blocks()[0].type == "paragraph"


def test_find_and_replace_show_the_bar_under_the_body(window):
    assert window.find_bar.isHidden()
    window.actions_by_id["find"].trigger()
    assert window.find_bar.isVisible()
    window.actions_by_id["replace"].trigger()
    assert window.find_bar.isVisible()


def test_undo_from_the_edit_menu_works_in_the_focused_field(window, qtbot):
    window.files.close_article()
    window.fields.kicker.setFocus()
    qtbot.waitUntil(lambda: window.fields.kicker.hasFocus(), timeout=1000)
    type_text(window.fields.kicker, "Tin nóng")
    window.update_actions()
    assert window.actions_by_id["undo"].isEnabled()
    window.actions_by_id["undo"].trigger()
    assert window.fields.kicker.text() == "" and window.session.article.kicker == ""


def test_menus_come_from_the_action_table_with_shortcuts(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "F&ormat", "&View", "&Help"]
    shortcuts = {k: window.actions_by_id[k].shortcut().toString() for k in
                 ("new", "open", "save", "save_as", "close", "quit", "bold", "italic", "underline", "link",
                  "find", "replace")}
    assert shortcuts == {"new": "Ctrl+N", "open": "Ctrl+O", "save": "Ctrl+S", "save_as": "Ctrl+Shift+S",
                         "close": "Ctrl+W", "quit": "Ctrl+Q",
                         "bold": "Ctrl+B", "italic": "Ctrl+I", "underline": "Ctrl+U", "link": "Ctrl+K",
                         "find": "Ctrl+F", "replace": "Ctrl+H"}
    assert len({a.shortcut().toString() for a in window.actions_by_id.values() if not a.shortcut().isEmpty()}) == \
        len([a for a in window.actions_by_id.values() if not a.shortcut().isEmpty()]), "two actions share a shortcut"


def test_about_names_the_version(window, monkeypatch):
    from editor import __version__

    shown = []
    monkeypatch.setattr(window.dialogs, "show_about_box", lambda title, text: shown.append((title, text)))
    window.actions_by_id["about"].trigger()
    assert shown and shown[0][0] == "About ArticleDesk" and f"ArticleDesk {__version__}" in shown[0][1]


def test_interface_language_is_stored_for_the_next_start(window, dialogs, settings):
    window.actions_by_id["ui_vi"].trigger()
    assert settings.value("ui/language") == "vi"
    assert dialogs.infos and "next time" in dialogs.infos[0]


def test_help_opens_the_english_sample_as_an_untitled_copy(window):
    window.files.open_sample("en")
    assert window.session.path is None and window.session.article.language == "en"
    assert window.words_label.text().endswith("words")


def test_export_as_plain_text_writes_the_file(window, monkeypatch, tmp_path, qtbot):
    from editor.ui.export.export_dialog import ExportChoice
    from exports.text import article_to_text

    target = tmp_path / "bai.txt"
    monkeypatch.setattr(window.exporting, "ask_export_choice", lambda *a: ExportChoice("txt", target, False))
    assert window.exporting.export_article() is True
    qtbot.waitUntil(target.exists, timeout=5000)
    assert target.read_text(encoding="utf-8") == article_to_text(window.session.article)
    assert window.session.article.headline in target.read_text(encoding="utf-8")
