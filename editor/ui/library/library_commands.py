"""File › Article Library and new articles from templates.

A part of MainWindow, which provides ``session``, ``maybe_save()``, ``remember_open_file()``
and ``show_error()``.
"""

from __future__ import annotations

from pathlib import Path

from editor.session.files import ArticleFileError, error_text
from editor.session.view import STATUS_MESSAGE_MS
from editor.ui.window_part import WindowPart


class LibraryCommands(WindowPart):
    """Part of MainWindow: the library window and templates."""

    library_window = None  # the LibraryWindow, made on first use

    def show_library(self) -> None:
        """File › Article Library…: the desk's articles in their own window."""
        from editor.ui.library.library_window import LibraryWindow  # built on first use

        if self.library_window is None:
            self.library_window = LibraryWindow(self.window)
        self.library_window.show()
        self.library_window.raise_()
        self.library_window.activateWindow()
        self.library_window.focus_search()

    def new_from_template(self, path: str | Path) -> bool:
        """A new untitled article from the template at ``path`` (asking first about unsaved changes)."""
        if not self.window.files.maybe_save():
            return False
        try:
            self.session.open_copy(path)
        except ArticleFileError as exc:
            self.window.dialogs.show_error(error_text(exc))
            return False
        self.window.files.remember_open_file()
        self.window.raise_()
        self.window.activateWindow()
        from editor.session.library import builtin_templates
        from editor.ui.library.library_templates import template_title

        template = next((t for t in builtin_templates() if t.path.resolve() == Path(path).resolve()), None)
        self.window.statusBar().showMessage(self.tr("New article from the template “{name}”.").format(
            name=template_title(template) if template else Path(path).stem), STATUS_MESSAGE_MS)
        return True
