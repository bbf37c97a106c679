"""File menu behaviour of the main window: new, open, recent files, save, export, close.

A part of MainWindow, which provides ``session``, ``settings``, ``sync_body()``,
``rebuild_recent_menu()`` and the dialog methods of WindowDialogs.
"""

from __future__ import annotations

from pathlib import Path

from editor.resources import resource_path
from editor.session.files import (
    EXTENSION,
    ArticleFileError,
    error_text,
    save_or_report,
    suggested_file_name,
    with_extension,
)
from editor.session.library import save_folder
from editor.session.view import CANCEL, DISCARD, SAVE, STATUS_MESSAGE_MS, TAKE_THEIRS
from editor.ui.window_part import WindowPart

SAMPLES = {"vi": "sample-vi.article", "en": "sample-en.article"}
# error_text and suggested_file_name live in editor.session.files; named here too for the print and export parts.
__all__ = ["STATUS_MESSAGE_MS", "FileCommands", "error_text", "suggested_file_name"]


class FileCommands(WindowPart):
    """Part of MainWindow: the File menu and everything that replaces the open article."""

    # ------------------------------------------------------------- helpers

    def default_folder(self) -> str:
        """Folder for file dialogs: the article's own, else the last used one, else home."""
        if self.session.path is not None:
            return str(self.session.path.parent)
        for recent in self.settings.recent_files():
            folder = Path(recent).parent
            if folder.is_dir():
                return str(folder)
        return str(Path.home())

    def maybe_save(self) -> bool:
        """Before the article is replaced or closed: True when it is safe to go on."""
        if not self.session.modified:
            return True
        answer = self.window.dialogs.ask_save_changes(self.session.display_name())
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self.window.safety.discard_recovery()  # the user threw the changes away: no recovery entry for them
        return answer != CANCEL

    def remember_open_file(self) -> None:
        """Record the open file as the last one and at the top of the recent files."""
        path = self.session.path
        if path is None:
            self.settings.set_value("files/last_open", "")
        else:
            self.settings.add_recent_file(path)
            self.settings.set_value("files/last_open", str(path))
        self.settings.sync()
        self.window.rebuild_recent_menu()

    # ----------------------------------------------------------- new, open

    def new_article(self) -> None:
        """File › New: an empty article in the language of the current one."""
        self.new_article_in(self.session.article.base_language)

    def new_article_in(self, language: str) -> None:
        """File › New Article In: an empty article in ``language``."""
        if self.maybe_save():
            self.session.new_article(language)
            self.remember_open_file()

    def open_file(self) -> None:
        """File › Open…"""
        if not self.maybe_save():
            return
        path = self.window.dialogs.ask_open_path(self.default_folder())
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str | Path, ask: bool = True) -> bool:
        """Open ``path`` (asking first about unsaved changes unless ``ask`` is False).

        On a bad file the user gets one sentence and the current article stays open.
        """
        if ask and not self.maybe_save():
            return False
        try:
            self.session.open(path)
        except ArticleFileError as exc:
            self.window.dialogs.show_error(error_text(exc))
            if not Path(path).exists():
                self.settings.remove_recent_file(path)
                self.window.rebuild_recent_menu()
            return False
        for note in self.session.open_notes:  # what was repaired on the way (a broken character)
            self.window.dialogs.show_error(error_text(note))
        return self._opened()

    def _opened(self) -> bool:
        self.remember_open_file()
        self.window.statusBar().showMessage(self.tr("Opened “{name}”").format(name=self.session.display_name()),
                                     STATUS_MESSAGE_MS)
        return True

    def open_sample(self, language: str) -> bool:
        """Help › Open Sample Article: the built-in sample as an untitled copy."""
        if not self.maybe_save():
            return False
        return self.open_sample_copy(language)

    def open_sample_copy(self, language: str) -> bool:
        """Open the built-in sample of ``language`` as an untitled copy, without asking."""
        try:
            self.session.open_copy(resource_path("samples", SAMPLES[language]))
        except ArticleFileError as exc:
            self.window.dialogs.show_error(error_text(exc))
            return False
        return True

    def clear_recent_files(self) -> None:
        """File › Open Recent › Clear."""
        self.settings.clear_recent_files()
        self.settings.sync()
        self.window.rebuild_recent_menu()

    def has_recent_files(self) -> bool:
        """Enabled-when predicate of "Clear Recent Files"."""
        return bool(self.settings.recent_files())

    # ---------------------------------------------------------------- save

    def save(self) -> bool:
        """File › Save: True when the article is now on disk."""
        if self.session.path is None:
            return self.save_as()
        self.window.sync_body()
        if self.session.changed_on_disk():
            return self._resolve_disk_conflict()
        return self._save_to(None)

    def _resolve_disk_conflict(self) -> bool:
        """Someone else changed the file: the session asks keep mine, take theirs or save mine as a copy."""
        done = self.window.safety.service.resolve_disk_conflict()
        if done == CANCEL:
            return False
        return self._opened() if done == TAKE_THEIRS else self._saved()

    def save_as(self) -> bool:
        """File › Save As…: True when the article is now on disk.

        A new article is first saved in the library folder, so the Library lists it.
        """
        self.window.sync_body()
        if self.session.path is not None:
            suggested = str(self.session.path)
        else:
            suggested = str(save_folder(self.settings) / suggested_file_name(self.session.article.headline, EXTENSION))
        path = self.window.dialogs.ask_save_path(suggested)
        if not path:
            return False
        return self._save_to(with_extension(path))

    def _save_to(self, path: str | None) -> bool:
        return save_or_report(self.session, self.window.dialogs, path) and self._saved()

    def _saved(self) -> bool:
        self.remember_open_file()
        self.window.statusBar().showMessage(self.tr("Saved “{name}”").format(name=self.session.display_name()),
                                     STATUS_MESSAGE_MS)
        return True

    # --------------------------------------------------------------- close

    def close_article(self) -> None:
        """File › Close: put the article away and show a new empty one."""
        if self.maybe_save():
            self.session.new_article(self.session.article.base_language)
            self.remember_open_file()

    def quit(self) -> None:
        """File › Quit: close the window (which asks about unsaved changes)."""
        self.window.close()
