"""A new article from a template in the window: its blanks are errors the checker counts and
lists, and File › Export asks before letting them out."""

from __future__ import annotations

import pytest

from editor.app import create_main_window
from editor.resources import resource_path
from editor.settings import Settings
from editor.ui.export.export_dialog import ExportChoice
from tests.ui.test_checker_ui import settle


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    win = create_main_window(None, Settings(tmp_path / "settings.ini"))
    monkeypatch.setattr(win.dialogs, "show_error", lambda message: pytest.fail(message))
    monkeypatch.setattr(win.dialogs, "ask_save_changes", lambda name: "discard")
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.mark.parametrize("template, rule, blank", [
    ("vi-tin-ngan", "VN-S12", "[[địa điểm]]"),
    ("en-brief", "EN-S12", "[[place]]"),
])
def test_a_new_article_from_a_template_shows_its_blanks_as_errors(qtbot, window, template, rule, blank):
    assert window.library.new_from_template(resource_path("templates", "articles", f"{template}.article"))
    settle(qtbot, window)
    controller = window.checker.controller
    blanks = [f for f, _key in controller.all_findings() if f.rule == rule]
    assert blank in {f.text for f in blanks} and all(f.severity == "error" for f in blanks)
    assert controller.counts()["error"] == len(blanks) >= 5  # headline, lede, both paragraphs
    assert window.checker.status_button.text().startswith(f"{len(blanks)} errors")
    window.actions_by_id["show_issues"].trigger()
    tree = window.checker.panel.tree
    assert tree.topLevelItem(0).text(0) == f"Errors ({len(blanks)})"
    lede = next(f for f in blanks if f.field == "lede" and f.text == blank)
    item = window.checker.panel.item_of(lede)
    tree.itemClicked.emit(item, 0)  # the panel selects the blank itself
    assert window.fields.lede.textCursor().selectedText() == blank


def test_file_export_asks_before_an_article_with_blanks_goes_out(qtbot, window, monkeypatch, tmp_path):
    assert window.library.new_from_template(resource_path("templates", "articles", "vi-tuong-thuat-hoi-nghi.article"))
    settle(qtbot, window)
    target = tmp_path / "hoi-nghi.html"
    monkeypatch.setattr(window.exporting, "ask_export_choice", lambda *a: ExportChoice("html", target, False))
    asked: list[int] = []
    monkeypatch.setattr(window.exporting, "ask_export_despite_errors", lambda n: asked.append(n) or False)
    window.actions_by_id["export"].trigger()  # File › Export…
    assert asked == [window.checker.controller.counts()["error"]] and asked[0] > 20
    qtbot.wait(200)
    assert not target.exists()  # the user said no: nothing went out
