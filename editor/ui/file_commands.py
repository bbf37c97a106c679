"""File menu behaviour of the main window: new, open, recent files, save, export, close.

A part of MainWindow, which provides ``session``, ``settings``, ``sync_body()``,
``rebuild_recent_menu()`` and the dialog methods of WindowDialogs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from editor.model.article_file import EXTENSION, ArticleFileError
from editor.resources import resource_path
from editor.ui.window_dialogs import CANCEL, DISCARD, SAVE

if TYPE_CHECKING:
    from editor.ui.window import MainWindow


SAMPLES = {"vi": "sample-vi.article", "en": "sample-en.article"}
_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
STATUS_MESSAGE_MS = 4000


def _translated(template: str, params: dict) -> str:
    try:
        return QCoreApplication.translate("errors", template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return template.format(**params)


def error_text(exc: ArticleFileError) -> str:
    """The error as one sentence in the interface language.

    A problem inside the file ("“tags” should be a list") arrives already formatted in
    ``params["problem"]``; the model keeps the untranslated exception it came from as the
    context of ``exc``, so that part is translated too.
    """
    params = dict(exc.params)
    inner = exc.__context__
    if "problem" in params and hasattr(inner, "template") and isinstance(getattr(inner, "params", None), dict):
        inner_params = dict(inner.params)
        if inner_params.get("expected"):
            inner_params["expected"] = QCoreApplication.translate("errors", inner_params["expected"])
        params["problem"] = _translated(inner.template, inner_params)
    return _translated(exc.template, params)


def suggested_file_name(headline: str, extension: str) -> str:
    """A file name made from the headline ("Untitled" when empty), safe on every system."""
    name = _UNSAFE_FILE_CHARS.sub(" ", headline)
    name = " ".join(name.split())[:80].strip(" .")
    return (name or QCoreApplication.translate("ArticleSession", "Untitled")) + extension


class FileCommands(QObject):
    """Part of MainWindow: the File menu and everything that replaces the open article."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.settings = window.settings


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
            return self.window.safety.resolve_disk_conflict()  # keep mine, take theirs or save mine as a copy
        return self._save_to(None)

    def save_as(self) -> bool:
        """File › Save As…: True when the article is now on disk."""
        self.window.sync_body()
        if self.session.path is not None:
            suggested = str(self.session.path)
        else:
            suggested = str(Path(self.default_folder()) / suggested_file_name(self.session.article.headline, EXTENSION))
        path = self.window.dialogs.ask_save_path(suggested)
        if not path:
            return False
        if not path.lower().endswith(EXTENSION):
            path += EXTENSION
        return self._save_to(path)

    def _save_to(self, path: str | None) -> bool:
        try:
            self.session.save(path)
        except ArticleFileError as exc:
            self.window.dialogs.show_error(error_text(exc))
            return False
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
