"""Assembles the application in one place: QApplication, translators, settings, session, window.

run_gui loads the window's modules itself, with Python's cyclic garbage collector paused until
the window is complete: start-up makes only objects that live on (modules, classes, Qt
wrappers and enums), and scanning them for garbage again and again would only delay the first
sight of the article.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from editor import APP_ID, APP_NAME, __version__
from editor.model.collector import collector_paused

if TYPE_CHECKING:
    from editor.settings import Settings
    from editor.ui.window import MainWindow


def application(argv: list[str] | None = None) -> QApplication:
    """The running QApplication, created with ArticleDesk's names when there is none yet."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    return app  # type: ignore[return-value]


def open_first_article(window: MainWindow, path: str | None) -> None:
    """Startup: the file asked for, else the last open file, else (first run) the sample.

    A file that cannot be opened becomes one sentence in ``window.pending_messages`` and the
    window falls back to a new article. What is recorded in the settings (recent files, the
    sample shown) is written once the window has finished starting up.
    """
    from editor.i18n import ui_language
    from editor.session.files import ArticleFileError, error_text

    settings = window.settings
    session = window.session
    if path:
        try:
            session.open(path)
        except ArticleFileError as exc:
            window.pending_messages.append(error_text(exc))
            session.new_article(ui_language(settings))
            return
        window.pending_messages.extend(error_text(note) for note in session.open_notes)  # what was repaired
        window.after_start_up(window.files.remember_open_file)
        return
    last = settings.value("files/last_open")
    if last and Path(last).is_file():
        try:
            session.open(last)
        except ArticleFileError as exc:
            window.pending_messages.append(error_text(exc))
        else:
            window.pending_messages.extend(error_text(note) for note in session.open_notes)
            window.after_start_up(window.files.remember_open_file)
            return
    if not settings.value("files/sample_shown"):
        if window.files.open_sample_copy("vi"):
            window.after_start_up(lambda: _remember_sample_shown(settings))
            return
    session.new_article(ui_language(settings))


def _remember_sample_shown(settings: Settings) -> None:
    settings.set_value("files/sample_shown", True)
    settings.sync()


def create_main_window(path: str | None = None, settings: Settings | None = None,
                       light_start: bool = False) -> MainWindow:
    """The main window with its session and first article, not shown (for run_gui, tests, bench).

    With ``light_start`` what the first paint does not show (the menus' contents and icons, the
    autosave journal and revision history, the live house-style checker, writing the settings)
    is left for ``window.finish_start_up()``, which run_gui calls once the window has painted.
    """
    from editor.session.article_session import ArticleSession
    from editor.settings import Settings
    from editor.ui.window import MainWindow

    settings = settings if settings is not None else Settings()
    session = ArticleSession()
    window = MainWindow(session, settings, light_start=light_start)
    open_first_article(window, path)
    return window


def run_gui(path: str | None = None) -> int:
    """Run the editor window on ``path`` (or restore the last session) until it is closed."""
    app = application()
    with collector_paused():  # see the module's docstring
        from editor.i18n import install_translators, ui_language
        from editor.settings import Settings

        settings = Settings()
        translators = install_translators(app, ui_language(settings))
        window = create_main_window(path, settings, light_start=True)
        window.show()
        app.processEvents()  # the first paint: the journalist sees the article at once
        window.finish_start_up()
    QTimer.singleShot(0, window.show_pending_messages)
    QTimer.singleShot(0, window.safety.offer_recovery)  # what a crash left unsaved (safety_commands.py)
    if os.environ.get("ARTICLEDESK_TEST_DRIVER"):  # the soak test's typist; off unless the variable is set
        from editor.testing_driver import install_driver

        window.test_driver = install_driver(window, os.environ["ARTICLEDESK_TEST_DRIVER"])
    try:
        return app.exec()
    finally:
        del translators
