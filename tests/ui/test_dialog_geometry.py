"""Print Preview, Page Setup, Export, Recovery and the floating History panel open within the
available screen and at the size the user left them (issue 11). Expectations come from the
screen Qt reports (the offscreen platform's unless QT_QPA_PLATFORM says otherwise), never from a
fixed size."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from editor.settings import Settings
from editor.ui.dialog_geometry import fit_to_screen
from tests.ui.sample_window import sample_window


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings" / "articledesk.ini")


@pytest.fixture
def window(qtbot, tmp_path, settings, monkeypatch):
    window = sample_window(qtbot, tmp_path, settings)
    monkeypatch.setattr(window.dialogs, "show_error", pytest.fail)
    return window


def available() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


# Each opener shows its dialog, calls look(dialog) while it is on screen, then closes it.
Look = Callable[[QWidget], None]


def _modal(start: Callable[[], object], look: Look) -> None:
    def inside() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            look(dialog)
        finally:
            dialog.reject()

    QTimer.singleShot(0, inside)
    start()


def open_print_preview(qtbot, window, look: Look) -> None:
    dialog = window.printing.print_preview()
    pages = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: pages.pageCount() >= 1, timeout=5000)
    look(dialog)
    dialog.close()
    qtbot.waitUntil(lambda: window.printing.print_preview_dialog is None)


def open_page_setup(qtbot, window, look: Look) -> None:
    _modal(lambda: window.printing.ask_page_setup(window.printing.print_options()), look)


def open_export(qtbot, window, look: Look) -> None:
    _modal(lambda: window.exporting.ask_export_choice("bai", str(window.files.default_folder()), "docx", False),
           look)


def open_recovery(qtbot, window, look: Look) -> None:
    _modal(lambda: window.safety.ask_recovery([]), look)


def open_floating_history(qtbot, window, look: Look) -> None:
    window.safety.set_history_visible(True)
    dock = window.safety.history_dock
    dock.setFloating(True)
    qtbot.waitUntil(dock.isVisible)
    look(dock)
    dock.setFloating(False)  # docked again: the floating size is remembered


OPENERS = {
    "dialogs/print_preview_size": open_print_preview,
    "dialogs/page_setup_size": open_page_setup,
    "dialogs/export_size": open_export,
    "dialogs/recovery_size": open_recovery,
    "dialogs/history_size": open_floating_history,
}


def test_the_screen_is_what_qt_says_it_is(qapp):
    area = available()
    assert area.isValid() and area.width() >= 200 and area.height() >= 200
    assert QGuiApplication.primaryScreen().geometry().contains(area)


@pytest.mark.parametrize("key", OPENERS)
def test_opens_within_the_screen(qtbot, window, key):
    seen: dict[str, QRect] = {}
    OPENERS[key](qtbot, window, lambda d: seen.update(frame=d.frameGeometry(), inner=d.geometry()))
    area = available()
    assert area.contains(seen["frame"]), f"{seen['frame']} is not within {area}"
    assert seen["frame"].contains(seen["inner"])


@pytest.mark.parametrize("key", OPENERS)
def test_opens_again_at_the_size_it_was_left_at(qtbot, window, settings, key):
    area = available()
    chosen: dict[str, QSize] = {}

    def resize(dialog: QWidget) -> None:
        size = QSize(area.width() * 2 // 3, area.height() * 2 // 3).expandedTo(dialog.minimumSizeHint())
        dialog.resize(size)
        QApplication.processEvents()
        chosen["size"] = dialog.size()

    OPENERS[key](qtbot, window, resize)
    assert settings.value(key) == chosen["size"]
    seen: dict[str, QSize] = {}
    OPENERS[key](qtbot, window, lambda d: seen.update(size=d.size(), frame=d.frameGeometry()))
    assert seen["size"] == chosen["size"]
    assert area.contains(seen["frame"])


@pytest.mark.parametrize("key", OPENERS)
def test_a_remembered_size_larger_than_the_screen_is_cut_to_it(qtbot, window, settings, key):
    area = available()
    settings.set_value(key, QSize(area.width() * 3, area.height() * 3))  # left so on a larger screen
    seen: dict[str, QRect] = {}
    OPENERS[key](qtbot, window, lambda d: seen.update(frame=d.frameGeometry()))
    assert area.contains(seen["frame"]), f"{seen['frame']} is not within {area}"


def test_print_preview_shows_a_whole_page(qtbot, window):
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        pages = dialog.findChild(QPrintPreviewWidget)
        seen["mode"] = pages.zoomMode()
        seen["height"] = dialog.height()

    open_print_preview(qtbot, window, look)
    assert seen["mode"] == QPrintPreviewWidget.ZoomMode.FitInView  # the footer is in view, not below it
    assert seen["height"] <= available().height()


def test_fit_to_screen_works_for_any_dialog(qtbot, settings):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    area = available()
    fit_to_screen(dialog, settings, "dialogs/export_size", QSize(area.width() + 500, 100))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert area.contains(dialog.frameGeometry())
    assert dialog.width() < area.width()
