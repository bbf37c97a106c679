"""English spelling in the window: underlines, "Add to Desk Dictionary" on right-click, the red
sentence when the word list cannot be written, and the one sentence when no dictionary is installed."""

from __future__ import annotations

import os

import pytest

from editor.model.house_style import spelling
from editor.places import user_words_file
from tests.ui.test_checker_ui import ERROR, body_point, dialogs, settle, type_in_body, wave_formats, window  # noqa: F401

spelling.forget()
HAVE_US = spelling.missing("en_US") is None
needs_us = pytest.mark.skipif(not HAVE_US and not os.environ.get("CI"),
                              reason="needs Enchant with the en_US Hunspell dictionary (Debian: libenchant-2-2 "
                                     "hunspell-en-us)")


@pytest.fixture(autouse=True)
def _no_user_words():
    spelling.set_user_words("en", [])
    yield
    spelling.forget()
    spelling.set_user_words("en", [])


TEXT = "The mayor recieved the award. Officials recieved it too."


def english(qtbot, win) -> None:
    win.session.new_article("en")
    settle(qtbot, win)
    type_in_body(win, TEXT)
    settle(qtbot, win)


def spots(win) -> list[int]:
    block = win.body.document().firstBlock()
    return [s for s, _e, colour in wave_formats(block) if colour == ERROR and block.text()[s:s + 8] == "recieved"]


def add_action(win, position: int):
    menu = win.checker.menu.menu_at(win.checker.body_view, body_point(win, position))
    assert menu is not None
    by_name = {a.objectName(): a for a in menu.actions() if a.objectName()}
    assert [a.text() for a in menu.actions() if a.objectName() == "suggestion"][0] == "received"
    return by_name["add_to_dictionary"]


@needs_us
def test_add_to_desk_dictionary_takes_every_underline_of_the_word_away(qtbot, window):  # noqa: F811
    english(qtbot, window)
    first = TEXT.index("recieved")
    assert spots(window) == [first, TEXT.rindex("recieved")]
    action = add_action(window, first + 2)
    assert action.text() == "Add to Desk Dictionary"
    action.trigger()
    assert spots(window) == []  # at once, everywhere
    settle(qtbot, window)
    assert spots(window) == []  # and after the check ran again
    assert user_words_file("en").read_text(encoding="utf-8") == "recieved\n"  # the built-in pack is not edited
    assert "recieved" in window.statusBar().currentMessage()
    assert window.checker.controller.counts().get("error", 0) == 0


@needs_us
def test_with_a_desk_pack_the_word_goes_into_the_pack(qtbot, window, dialogs, tmp_path):  # noqa: F811
    desk = tmp_path / "desk.toml"
    desk.write_text('name = "desk"\nlanguage = "en"\nextends = "en-newsroom"\n', encoding="utf-8")
    dialogs.pack_path = str(desk)
    window.actions_by_id["house_style_pack"].trigger()
    qtbot.waitUntil(lambda: window.settings.value("checker/pack") == str(desk), timeout=5000)
    english(qtbot, window)
    assert window.checker.controller.pack.name == "desk" and spots(window)
    add_action(window, TEXT.index("recieved") + 2).trigger()
    settle(qtbot, window)
    assert spots(window) == []
    assert desk.read_text(encoding="utf-8").endswith('\n[registry]\nwords = ["recieved"]\n')
    assert window.checker.controller.pack.registry.list("words") == ("recieved",)
    assert not user_words_file("en").exists()


@needs_us
def test_a_word_list_that_cannot_be_written_is_said_in_red(qtbot, window):  # noqa: F811
    english(qtbot, window)
    folder = user_words_file("en").parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("", encoding="utf-8")  # a file where the list's folder must go
    add_action(window, TEXT.index("recieved") + 2).trigger()
    bar = window.statusBar()
    assert bar.currentMessage().startswith("Cannot add the word to") and "en.txt" in bar.currentMessage()
    assert "#b3261e" in bar.styleSheet()
    assert len(spots(window)) == 2  # nothing was added, so nothing was taken away
    bar.showMessage("Saved")
    assert bar.styleSheet() == ""  # the next message is in the usual colour


def test_without_a_dictionary_the_status_bar_says_so_once(qtbot, window, monkeypatch):  # noqa: F811
    def no_enchant():
        raise ImportError("The 'enchant' C library was not found")

    monkeypatch.setattr(spelling, "_enchant", no_enchant)
    spelling.forget()
    said: list[str] = []
    window.checker.controller.message.connect(said.append)
    for _ in range(2):
        window.session.new_article("en")
        settle(qtbot, window)
        type_in_body(window, "The mayor recieved it.  Then he left.")
        settle(qtbot, window)
    assert said == ["English spelling is not checked because the Enchant spelling library is not installed."]
    rules = {f.rule for f, _key in window.checker.controller.all_findings()}
    assert "EN-AP-19" in rules and "EN-SP01" not in rules  # everything else is checked


@needs_us
def test_add_to_desk_dictionary_from_a_line_field(qtbot, window):  # noqa: F811
    from PySide6.QtCore import QPoint

    from tests.ui.test_checker_ui import type_text

    english(qtbot, window)
    kicker = window.fields.kicker
    kicker.setFocus()
    type_text(kicker, "Flood recieved")
    settle(qtbot, window)
    view = window.checker.view_showing("kicker")
    (span,) = [s for s in view.spans() if s.finding.rule == "EN-SP01"]
    point = QPoint(int(view.overlay.x_of(span.start + 2)), kicker.height() // 2)
    menu = window.checker.menu.menu_at(view, point)
    next(a for a in menu.actions() if a.objectName() == "add_to_dictionary").trigger()
    assert [s for s in view.spans() if s.finding.rule == "EN-SP01"] == [] and spots(window) == []  # field and body
    settle(qtbot, window)
    assert [s for s in view.spans() if s.finding.rule == "EN-SP01"] == [] and spots(window) == []
    assert kicker.text() == "Flood recieved"  # the text is never changed
