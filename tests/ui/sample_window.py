"""The main window on a copy of the Vietnamese sample article, shown, for the UI tests."""

from __future__ import annotations

import shutil

from editor.app import create_main_window
from editor.resources import resource_path
from editor.settings import Settings
from editor.ui.window import MainWindow


def sample_window(qtbot, tmp_path, settings: Settings, size: tuple[int, int] | None = None) -> MainWindow:
    """A window on ``tmp_path/bài.article`` (the sample), closed after the test without asking to save."""
    src = tmp_path / "bài.article"
    shutil.copy(resource_path("samples", "sample-vi.article"), src)
    window = create_main_window(str(src), settings)
    window.files.maybe_save = lambda *args: True  # closing never asks
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window
