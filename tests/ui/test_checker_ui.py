"""The house-style checker in the window, used the way a journalist meets it: underlines while
typing, tooltips, the context menu, ignores that survive saving, the issues panel, Fix All Safe
and the counts in the status bar."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from editor.app import create_main_window
from editor.model.house_style import IGNORES_KEY
from editor.session import checking
from editor.settings import Settings
from editor.ui.checker.findings_highlight import COLOURS

ERROR = QColor(COLOURS["error"])
WARNING = QColor(COLOURS["warning"])


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks only knows ASCII); a line break is Enter."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


class Dialogs:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.pack_path: str | None = None


@pytest.fixture
def dialogs() -> Dialogs:
    return Dialogs()


@pytest.fixture
def window(qtbot, tmp_path, dialogs, monkeypatch):
    win = create_main_window(None, Settings(tmp_path / "settings.ini"))
    monkeypatch.setattr(win.dialogs, "show_error", dialogs.errors.append)
    monkeypatch.setattr(win.dialogs, "ask_save_changes", lambda name: "discard")
    monkeypatch.setattr(win.checks, "ask_pack_path", lambda folder: dialogs.pack_path)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.session.new_article("vi")
    settle(qtbot, win)
    return win


def settle(qtbot, win) -> None:
    """Wait until every check (debounced, article-level, worker) is done, then update the summary."""
    qtbot.waitUntil(win.checker.controller.is_idle, timeout=10_000)
    win.checker.refresh_summary()


def wave_formats(block) -> list[tuple[int, int, QColor]]:
    """(start, end, colour) of the wavy underlines drawn over a Qt block."""
    out = []
    for rng in block.layout().formats():
        fmt = rng.format
        if fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline:
            out.append((rng.start, rng.start + rng.length, fmt.underlineColor()))
    return out


def type_in_body(win, text: str) -> None:
    win.body.setFocus()
    cursor = win.body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    win.body.setTextCursor(cursor)
    type_text(win.body, text)


def body_point(win, position: int) -> QPoint:
    """Viewport point in the middle of the character at document ``position``."""
    cursor = QTextCursor(win.body.document())
    cursor.setPosition(position)
    left = win.body.cursorRect(cursor)
    cursor.setPosition(position + 1)
    right = win.body.cursorRect(cursor)
    return QPoint((left.left() + right.left()) // 2, left.center().y())


def test_a_slip_typed_in_the_body_is_underlined_in_red(qtbot, window):
    type_in_body(window, "Lễ tổng kết thành tich năm.")
    settle(qtbot, window)
    block = window.body.document().firstBlock()
    start = block.text().index("tich")
    assert (start, start + 4, ERROR) in wave_formats(block)
    counts = window.checker.controller.counts()
    assert counts["error"] == 1
    assert window.checker.status_button.text() == (
        f"1 error · {counts['warning']} warning{'s' * (counts['warning'] != 1)} · "
        f"{counts['suggestion']} suggestion{'s' * (counts['suggestion'] != 1)}")


def test_decomposed_typing_is_underlined_at_the_right_letters(qtbot, window):
    type_in_body(window, unicodedata.normalize("NFD", "Thành tich ở Việt Nam."))
    settle(qtbot, window)
    block = window.body.document().firstBlock()
    raw = block.text()
    start = raw.index("tich")
    assert raw != unicodedata.normalize("NFC", raw)  # the widget holds what was typed
    assert [(s, e) for s, e, _c in wave_formats(block)] == [(start, start + 4)]


def test_highlighting_does_not_mark_an_opened_article_modified(qtbot, window, tmp_path):
    from editor.model import article_file
    from editor.model.article import Article, Block

    path = tmp_path / "a.article"
    article = Article.new("vi")
    article.headline = "Thành tich"
    article.body = [Block(text="Một thành tich nữa."), Block(text="Thứ 3 có họp.")]
    article_file.save(article, path)
    assert window.files.open_path(str(path), ask=False)
    settle(qtbot, window)
    assert wave_formats(window.body.document().firstBlock())
    assert not window.session.modified and not window.isWindowModified()


def test_the_headline_and_a_line_field_are_underlined(qtbot, window):
    headline, kicker = window.fields.headline, window.fields.kicker
    headline.setFocus()
    type_text(headline, "Thành tich nổi bật")
    kicker.setFocus()
    type_text(kicker, "Vinh danh thành tich")
    settle(qtbot, window)
    assert wave_formats(headline.document().firstBlock()) == [(6, 10, ERROR)]
    view = window.checker.view_showing("kicker")
    ranges = view.overlay.ranges()
    assert [severity for *_xy, severity in ranges] == ["error"]
    x1, x2, y, _severity = ranges[0]
    start = kicker.text().index("tich")
    assert kicker.cursorPositionAt(QPoint(int(x1) + 1, int(y) - 4)) == start
    assert kicker.cursorPositionAt(QPoint(int(x2) - 1, int(y) - 4)) == start + 4
    assert window.checker.status_button.text().startswith("2 errors")


def test_hovering_an_underline_shows_the_message_and_suggestions(qtbot, window):
    type_in_body(window, "Lễ tổng kết thành tich năm.")
    settle(qtbot, window)
    start = window.body.document().firstBlock().text().index("tich")
    point = body_point(window, start + 1)
    text = window.checker.menu.tooltip_at(window.checker.body_view, point)
    assert "Error" in text and "tích" in text and "tịch" in text
    assert window.checker.menu.tooltip_at(window.checker.body_view, body_point(window, 1)) == ""
    viewport = window.body.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    assert "tích" in QToolTip.text()


def test_a_suggestion_from_the_context_menu_is_one_undo_step(qtbot, window):
    type_in_body(window, "Hôm nay là Thứ 3, trời đẹp.")
    settle(qtbot, window)
    doc = window.body.document()
    start = doc.firstBlock().text().index("Thứ 3")
    assert (start, start + 5, WARNING) in wave_formats(doc.firstBlock())  # a warning is orange
    menu = window.checker.menu.menu_at(window.checker.body_view, body_point(window, start + 1))
    suggestion = next(a for a in menu.actions() if a.text() == "Thứ Ba")
    suggestion.trigger()
    assert doc.firstBlock().text() == "Hôm nay là Thứ Ba, trời đẹp."
    window.body.setFocus()
    QTest.keyClick(window.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one undo takes it back
    assert doc.firstBlock().text() == "Hôm nay là Thứ 3, trời đẹp."
    QTest.keyClick(window.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the next undoes the typing
    assert doc.firstBlock().text() == ""


def test_a_suggestion_in_a_line_field_is_one_undo_step(qtbot, window):
    kicker = window.fields.kicker
    kicker.setFocus()
    type_text(kicker, 'Hà Nội "Thủ đô"')
    settle(qtbot, window)
    view = window.checker.view_showing("kicker")
    span = view.spans()[0]
    point = QPoint(int(view.overlay.x_of(span.start + 2)), kicker.height() // 2)
    menu = window.checker.menu.menu_at(view, point)
    next(a for a in menu.actions() if a.objectName() == "suggestion").trigger()
    assert kicker.text() == "Hà Nội “Thủ đô”" and window.session.article.kicker == "Hà Nội “Thủ đô”"
    kicker.undo()
    assert kicker.text() == 'Hà Nội "Thủ đô"'


def test_ignore_once_and_ignore_word_survive_saving_and_reopening(qtbot, window, tmp_path):
    type_in_body(window, "Thành tich một. Thành tich hai.")
    settle(qtbot, window)
    doc = window.body.document()
    first = doc.firstBlock().text().index("tich")
    assert len(wave_formats(doc.firstBlock())) == 2
    menu = window.checker.menu.menu_at(window.checker.body_view, body_point(window, first + 1))
    next(a for a in menu.actions() if a.objectName() == "ignore_once").trigger()
    assert len(wave_formats(doc.firstBlock())) == 1 and window.session.modified
    path = tmp_path / "ignored.article"
    window.session.save(path)
    assert window.files.open_path(str(path), ask=False)
    settle(qtbot, window)
    assert IGNORES_KEY in window.session.article.extra
    block = window.body.document().firstBlock()
    assert [s for s, _e, _c in wave_formats(block)] == [block.text().rindex("tich")]
    second = block.text().rindex("tich")
    menu = window.checker.menu.menu_at(window.checker.body_view, body_point(window, second + 1))
    next(a for a in menu.actions() if a.objectName() == "ignore_word").trigger()
    assert wave_formats(window.body.document().firstBlock()) == []
    window.session.save(path)
    assert window.files.open_path(str(path), ask=False)
    settle(qtbot, window)
    assert wave_formats(window.body.document().firstBlock()) == []
    assert window.checker.controller.counts()["error"] == 0


def test_the_issues_panel_lists_findings_and_selects_their_text(qtbot, window):
    window.fields.headline.setFocus()
    type_text(window.fields.headline, "Hội nghị tổng kết.")
    type_in_body(window, "Đoạn đầu.\nHôm nay là Thứ 3 và có thành tich.")
    settle(qtbot, window)
    window.actions_by_id["show_issues"].trigger()
    assert window.checker.panel.isVisible() and window.actions_by_id["show_issues"].isChecked()
    tree = window.checker.panel.tree
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert titles[0] == "Errors (1)" and titles[1].startswith("Warnings (")
    error = tree.topLevelItem(0).child(0)
    assert (error.text(0), error.text(1)) == ("Body ¶2", "tich")
    rect = tree.visualItemRect(error)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.body.textCursor().selectedText() == "tich"
    assert window.body.textCursor().block().blockNumber() == 1
    period = window.checker.panel.item_of(next(f for f, _k in window.checker.controller.all_findings()
                                                 if f.rule == "VN-P09"))
    assert period.text(0) == "Headline"
    tree.itemClicked.emit(period, 0)
    assert window.fields.headline.textCursor().selectedText() == "."
    assert window.fields.headline.hasFocus()


def test_fix_all_safe_is_one_undo_step_across_fields_and_body(qtbot, window):
    window.fields.headline.setFocus()
    type_text(window.fields.headline, "Hội nghị tổng kết.")
    window.fields.kicker.setFocus()
    type_text(window.fields.kicker, 'Hà Nội "Thủ đô"')
    type_in_body(window, "Hôm nay là Thứ 3,  trời đẹp.\nĐoạn hai có thành tich.")
    settle(qtbot, window)
    before = (window.session.article.headline, window.fields.kicker.text(), window.body.toPlainText())
    assert window.actions_by_id["fix_all_safe"].isEnabled()
    window.actions_by_id["fix_all_safe"].trigger()
    assert window.session.article.headline == "Hội nghị tổng kết"
    assert window.fields.kicker.text() == "Hà Nội “Thủ đô”"
    assert window.body.toPlainText() == "Hôm nay là Thứ Ba, trời đẹp.\nĐoạn hai có thành tich."  # unsafe kept
    window.body.setFocus()
    QTest.keyClick(window.body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (window.session.article.headline, window.fields.kicker.text(), window.body.toPlainText()) == before
    window.editing.redo()
    assert window.session.article.headline == "Hội nghị tổng kết"
    assert window.body.toPlainText().startswith("Hôm nay là Thứ Ba, trời")
    type_text(window.body, "x")  # a new edit is a step of its own: undo takes back only the x
    window.editing.undo()
    assert window.body.toPlainText().startswith("Hôm nay là Thứ Ba, trời")
    assert window.session.article.headline == "Hội nghị tổng kết"


def test_fix_all_reaches_quotes_that_are_not_on_screen(qtbot, window):
    from editor.model.article import Quote

    article = window.session.article
    article.quotes = [Quote(speaker="A", text='Anh nói "được"'), Quote(speaker="B", text="Chào  bạn")]
    window.fields.set_article(article)
    window.fields.edited.emit("quotes")
    settle(qtbot, window)
    assert window.fields.quotes.list.currentRow() == 0
    window.checks.fix_all_safe()
    assert [q.text for q in article.quotes] == ["Anh nói “được”", "Chào bạn"]
    window.editing.undo()
    assert [q.text for q in article.quotes] == ['Anh nói "được"', "Chào  bạn"]


def test_status_bar_counts_open_the_panel(qtbot, window):
    type_in_body(window, "Thành tich, Thứ 3.")
    settle(qtbot, window)
    button = window.checker.status_button
    assert button.text().startswith("1 error · ") and "warning" in button.text()
    assert not window.checker.panel.isVisible()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.checker.panel.isVisible()


def test_typing_rechecks_only_the_changed_block(qtbot, window, monkeypatch):
    type_in_body(window, "Đoạn một.\nĐoạn hai.\nĐoạn ba.")
    settle(qtbot, window)
    calls: list[str] = []
    real = checking.check_text
    monkeypatch.setattr(checking, "check_text", lambda text, *a, **k: calls.append(text) or real(text, *a, **k))
    cursor = QTextCursor(window.body.document().findBlockByNumber(1))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.body.setTextCursor(cursor)
    type_text(window.body, " Có thành tich.")
    settle(qtbot, window)
    assert calls == ["Đoạn hai. Có thành tich."]
    assert wave_formats(window.body.document().findBlockByNumber(1))
    assert not wave_formats(window.body.document().findBlockByNumber(2))


def test_underlines_follow_their_paragraph_when_one_is_inserted_above(qtbot, window):
    type_in_body(window, "Đoạn một.\nCó thành tich.")
    settle(qtbot, window)
    cursor = QTextCursor(window.body.document())
    window.body.setTextCursor(cursor)
    QTest.keyClick(window.body, Qt.Key.Key_Return)
    second = window.body.document().findBlockByNumber(2)
    assert second.text() == "Có thành tich." and wave_formats(second) == [(9, 13, ERROR)]
    settle(qtbot, window)
    window.actions_by_id["show_issues"].trigger()
    error = window.checker.panel.tree.topLevelItem(0).child(0)
    assert error.text(0) == "Body ¶3"


def test_a_broken_desk_pack_shows_one_sentence_and_keeps_the_built_in_pack(qtbot, window, dialogs, tmp_path):
    bad = tmp_path / "desk.toml"
    bad.write_text("name = \"desk\"\nlanguage = [\n", encoding="utf-8")
    dialogs.pack_path = str(bad)
    window.actions_by_id["house_style_pack"].trigger()
    qtbot.waitUntil(lambda: bool(dialogs.errors), timeout=5000)
    assert "desk.toml" in dialogs.errors[0] and "\n" not in dialogs.errors[0]
    assert window.settings.value("checker/pack") == ""
    assert window.checker.controller.pack_source == "vi-newsroom"


def test_a_desk_pack_is_kept_in_the_settings(qtbot, window, dialogs, tmp_path):
    desk = tmp_path / "desk.toml"
    desk.write_text('name = "desk"\nlanguage = "vi"\nextends = "vi-newsroom"\n', encoding="utf-8")
    dialogs.pack_path = str(desk)
    window.actions_by_id["house_style_pack"].trigger()
    qtbot.waitUntil(lambda: window.settings.value("checker/pack") == str(desk), timeout=5000)
    settle(qtbot, window)
    assert window.checker.controller.pack.name == "desk"
    window.update_actions()
    window.actions_by_id["builtin_pack"].trigger()
    settle(qtbot, window)
    assert window.checker.controller.pack.name == "vi-newsroom" and window.settings.value("checker/pack") == ""


def test_decomposed_typing_in_a_line_field_is_underlined_at_the_right_letters(qtbot, window):
    kicker = window.fields.kicker
    kicker.setFocus()
    type_text(kicker, unicodedata.normalize("NFD", "Việt Nam thành tich"))
    settle(qtbot, window)
    view = window.checker.view_showing("kicker")
    (x1, x2, y, severity), = view.overlay.ranges()
    start = kicker.text().index("tich")
    assert severity == "error"
    assert kicker.cursorPositionAt(QPoint(int(x1) + 1, int(y) - 4)) == start
    assert kicker.cursorPositionAt(QPoint(int(x2) - 1, int(y) - 4)) == start + 4


def test_underlines_come_back_after_an_input_method_composes_in_the_paragraph(qtbot, window):
    from PySide6.QtGui import QInputMethodEvent

    type_in_body(window, "Có thành tich. ")
    settle(qtbot, window)
    block = window.body.document().firstBlock()
    assert wave_formats(block)
    QApplication.sendEvent(window.body, QInputMethodEvent("ti", []))  # Unikey/IBus composing
    event = QInputMethodEvent("", [])
    event.setCommitString("tiếp")
    QApplication.sendEvent(window.body, event)
    block = window.body.document().firstBlock()
    assert block.text() == "Có thành tich. tiếp"
    assert (9, 13, ERROR) in wave_formats(block)


def test_an_english_article_is_checked_with_the_english_pack(qtbot, window):
    type_in_body(window, "It rained.  Then the e-mail arrived.")
    settle(qtbot, window)
    assert window.checker.controller.pack_source == "vi-newsroom"
    window.fields.language.setCurrentIndex(window.fields.language.findData("en"))
    settle(qtbot, window)
    controller = window.checker.controller
    assert controller.pack_source == "en-newsroom"
    if controller.state == "off":  # the English pack is not installed: one sentence, no crash
        assert window.checker.status_button.text() == "House style not checked"
    else:
        rules = {f.rule for f, _key in controller.all_findings()}
        assert {"EN-AP-19", "EN-AP-20"} <= rules and not any(r.startswith("VN-") for r in rules)


def test_right_click_and_the_menu_key_show_the_finding_entries(qtbot, window, monkeypatch):
    from PySide6.QtGui import QContextMenuEvent

    shown: list[list[str]] = []
    monkeypatch.setattr(window.checker.menu, "show_menu",
                        lambda menu, where: shown.append([a.text() for a in menu.actions()]))
    type_in_body(window, "Hôm nay là Thứ 3, trời đẹp.")
    settle(qtbot, window)
    start = window.body.document().firstBlock().text().index("Thứ 3")
    viewport = window.body.viewport()
    point = body_point(window, start + 1)
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                       viewport.mapToGlobal(point)))
    cursor = window.body.textCursor()
    cursor.setPosition(start + 2)
    window.body.setTextCursor(cursor)
    QApplication.sendEvent(window.body, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0),
                                                          window.body.mapToGlobal(QPoint(0, 0))))
    assert len(shown) == 2 and all("Thứ Ba" in entries and "Ignore Once" in entries for entries in shown)


def test_the_issues_panel_comes_back_where_it_was_left(qtbot, window):
    window.checks.set_issues_visible(True)
    window.save_layout()
    again = create_main_window(None, window.settings)
    qtbot.addWidget(again)
    assert not again.checker.panel.isHidden() and again.actions_by_id["show_issues"].isChecked()


def test_the_pack_dialog_opens_in_the_desk_pack_folder(window, monkeypatch):
    """Format › House Style Pack… starts where ``articledesk check --style NAME`` finds desk packs."""
    from editor.places import desk_packs_dir

    asked: list[str] = []
    monkeypatch.setattr(window.checks, "ask_pack_path", lambda folder: asked.append(folder))
    window.checks.choose_house_style_pack()
    desk_packs_dir().mkdir(parents=True)
    window.checks.choose_house_style_pack()
    assert asked[1] == str(desk_packs_dir()) and asked[0] != asked[1]  # the home folder until it exists
