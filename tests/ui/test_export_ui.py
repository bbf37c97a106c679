"""File › Export… as a journalist uses it: format, destination, errors first, cancel, open folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.app import create_main_window
from editor.model.article import Block
from editor.settings import Settings
from editor.ui.export.export_dialog import ExportChoice, ExportDialog
from exports import formats
from tests.export_helpers import slow_plain_text


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    w = create_main_window(None, Settings(tmp_path / "s" / "articledesk.ini"))
    qtbot.addWidget(w)
    w.show()
    w.errors_shown = []
    monkeypatch.setattr(w.dialogs, "show_error", lambda message: w.errors_shown.append(message))
    monkeypatch.setattr(w.dialogs, "ask_save_changes", lambda name: "discard")  # no modal dialog at teardown
    return w


def press_cancel(progress):
    from PySide6.QtWidgets import QPushButton

    progress.findChild(QPushButton).click()


def choose(monkeypatch, window, fmt, path, open_folder=False):
    monkeypatch.setattr(window.exporting, "ask_export_choice", lambda *a: ExportChoice(fmt, path, open_folder))


@pytest.mark.parametrize("fmt, check", [
    ("html", lambda data, headline: headline in data.decode("utf-8")),
    ("docx", lambda data, headline: data[:2] == b"PK"),
    ("nitf", lambda data, headline: b"<nitf" in data),
])
def test_every_format_is_written_where_the_user_chose(window, monkeypatch, qtbot, tmp_path, fmt, check):
    target = tmp_path / f"out{formats.FORMATS[fmt].extension}"
    choose(monkeypatch, window, fmt, target)
    assert window.exporting.export_article()
    qtbot.waitUntil(lambda: "out" in window.statusBar().currentMessage(), timeout=10000)  # written in the worker
    assert check(target.read_bytes(), window.session.article.headline)
    assert window.settings.value("export/format") == fmt


def test_errors_are_announced_first_and_the_user_may_stop(window, monkeypatch, qtbot, tmp_path):
    window.session.article.body = [Block(text="Nhiều tập thể có thành tich xuất sắc.")]
    window.body.set_blocks(window.session.article.body)
    asked = []
    monkeypatch.setattr(window.exporting, "ask_export_despite_errors", lambda n: asked.append(n) or False)
    target = tmp_path / "x.html"
    choose(monkeypatch, window, "html", target)
    assert window.exporting.export_article() is False
    assert asked and asked[0] >= 1
    qtbot.wait(200)
    assert not target.exists()
    monkeypatch.setattr(window.exporting, "ask_export_despite_errors", lambda n: True)
    assert window.exporting.export_article() is True
    qtbot.waitUntil(target.exists, timeout=5000)


def test_cancel_discards_the_result_and_keeps_the_old_file(window, monkeypatch, qtbot, tmp_path):
    release = slow_plain_text(monkeypatch)
    target = tmp_path / "keep.txt"
    target.write_bytes(b"old")
    choose(monkeypatch, window, "txt", target)
    assert window.exporting.export_article()
    press_cancel(window.exporting.progress)  # the user presses Cancel
    release.set()
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=5000)
    assert target.read_bytes() == b"old"


def test_open_the_folder_when_done(window, monkeypatch, qtbot, tmp_path):
    opened = []
    monkeypatch.setattr(window.exporting, "open_folder", lambda folder: opened.append(Path(folder)))
    target = tmp_path / "a.txt"
    choose(monkeypatch, window, "txt", target, open_folder=True)
    window.exporting.export_article()
    qtbot.waitUntil(lambda: opened == [tmp_path], timeout=5000)


def test_write_failure_is_one_sentence(window, monkeypatch, qtbot, tmp_path):
    choose(monkeypatch, window, "txt", tmp_path / "no" / "such" / "a.txt")
    window.exporting.export_article()
    qtbot.waitUntil(lambda: bool(window.errors_shown), timeout=5000)
    assert "folder does not exist" in window.errors_shown[0]


def test_dialog_follows_the_format(qtbot, tmp_path):
    dialog = ExportDialog("bai-viet", str(tmp_path), "html", False)
    qtbot.addWidget(dialog)
    assert dialog.path_edit.text() == str(tmp_path / "bai-viet.html")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    assert dialog.path_edit.text() == str(tmp_path / "bai-viet.docx")
    choice = dialog.choice()
    assert choice == ExportChoice("docx", tmp_path / "bai-viet.docx", False)


def test_pdf_export_uses_the_remembered_page_setup(window, monkeypatch, qtbot, tmp_path):
    import subprocess

    from tests.tools import require_tool

    require_tool("pdfinfo")
    window.settings.set_value("print/paper", "Letter")
    target = tmp_path / "bai.pdf"
    choose(monkeypatch, window, "pdf", target)
    assert window.exporting.export_article()
    qtbot.waitUntil(target.exists, timeout=15000)
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "612 x 792 pts" in info  # US Letter


def test_dialog_labels_show_no_stray_ampersand(qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel

    dialog = ExportDialog("a", str(tmp_path), "txt", False)
    qtbot.addWidget(dialog)
    for label in dialog.findChildren(QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_a_settled_live_checker_answers_without_checking_again(window, monkeypatch, qtbot, tmp_path):
    import editor.model.house_style as house_style

    window.session.article.body = [Block(text="Nhiều tập thể có thành tich xuất sắc.")]
    window.body.set_blocks(window.session.article.body)
    controller = window.checker.controller
    qtbot.waitUntil(controller.is_idle, timeout=10000)
    errors = controller.counts()["error"]
    assert errors >= 1
    monkeypatch.setattr(house_style, "check_article", lambda *a: pytest.fail("checked again on the GUI thread"))
    asked = []
    monkeypatch.setattr(window.exporting, "ask_export_despite_errors", lambda n: asked.append(n) or False)
    choose(monkeypatch, window, "html", tmp_path / "x.html")
    assert window.exporting.export_article() is False
    assert asked == [errors]
