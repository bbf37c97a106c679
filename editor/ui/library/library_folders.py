"""The library's folders: which ones are listed, where the desk's templates live.

A mixin for LibraryWindow, which provides ``settings``, ``library``, ``folders_menu`` and
``rescan()``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from editor.session.library import library_folders
from editor.settings import data_dir


class LibraryFolders:
    """Mixin for LibraryWindow: Folders menu and the templates folder."""

    tr: Callable[..., str]

    def folders(self) -> list[Path]:
        """The library folders from the settings, or the default one in the user's documents."""
        return library_folders(self.settings)  # the default is listed as empty when it cannot be made

    def templates_folder(self) -> Path:
        """The desk's own templates (not listed among the articles)."""
        chosen = self.settings.value("library/templates_folder")
        return Path(chosen) if chosen else data_dir() / "templates"

    def set_templates_folder(self, folder: str) -> None:
        """Use ``folder`` for the desk's templates; its files are no longer listed as articles."""
        self.settings.set_value("library/templates_folder", folder)
        self.settings.sync()
        self.library.exclude = {os.path.normcase(os.path.abspath(self.templates_folder()))}
        self.rescan()

    def set_folders(self, folders: list[str]) -> None:
        """Use ``folders`` from now on (stored in the settings) and list them."""
        self.settings.set_value("library/folders", folders)
        self.settings.sync()
        self.library.folders = self.folders()
        self.rescan()

    def _fill_folders_menu(self) -> None:
        menu = self.folders_menu
        menu.clear()
        folders = [str(f) for f in self.library.folders]
        for folder in folders:
            action = menu.addAction(self.tr("Remove “{folder}”").format(folder=folder))
            action.setEnabled(len(folders) > 1)
            action.triggered.connect(lambda _c=False, f=folder: self.set_folders([x for x in folders if x != f]))
        menu.addSeparator()
        menu.addAction(self.tr("Add Folder…"), self.add_folder)

    def ask_folder(self) -> str | None:
        """A folder to add to the library, or None."""
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Add Folder to the Library"), str(Path.home()))
        return folder or None

    def add_folder(self) -> None:
        """Folders › Add Folder…"""
        folder = self.ask_folder()
        if folder:
            self.include_folder(folder)

    def include_folder(self, folder: str) -> None:
        """List ``folder`` in the library from now on (Add Folder…, or the bar's "Add this folder")."""
        folders = [str(f) for f in self.library.folders]
        if folder not in folders:
            self.set_folders([*folders, folder])
