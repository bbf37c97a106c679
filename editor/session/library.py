"""The desk's library as the library window needs it: the index of the article folders, file
chores (duplicate, rename, move to the trash) and the templates a new article can start from.

Everything here touches the disk, so the library's widgets stay free of file work.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QFile

from editor.model.library import Library, LibraryItem, duplicate, rename
from editor.model.safe_save import backup_path
from editor.model.templates import Template, list_templates
from editor.resources import resource_path
from editor.settings import Settings, data_dir, documents_dir

__all__ = ["Library", "LibraryItem", "Template", "article_templates", "default_folder", "duplicate",
           "library_folders", "make_folder", "move_to_trash", "open_library", "rename", "save_folder"]

BUILTIN_TEMPLATE_ORDER = ("vi-tin-ngan", "vi-tuong-thuat-hoi-nghi", "vi-phong-van", "en-brief", "en-event-report",
                          "en-interview")


def open_library(folders: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> Library:
    """The library of ``folders`` (without ``exclude``), its index cached in the data folder."""
    return Library(folders, data_dir() / "library" / "index.json", exclude=exclude)


def default_folder() -> Path:
    """The library folder in the user's documents, made when missing (listed as empty if it cannot be)."""
    folder = documents_dir()
    make_folder(folder)
    return folder


def library_folders(settings: Settings) -> list[Path]:
    """The library folders from the settings, or the default one in the user's documents."""
    chosen = [Path(f) for f in settings.value("library/folders")]
    return chosen or [default_folder()]


def save_folder(settings: Settings) -> Path:
    """Where a new article is first saved: the (first) library folder, made when missing; home when it cannot be."""
    folder = library_folders(settings)[0]
    make_folder(folder)
    return folder if folder.is_dir() else Path.home()


def make_folder(folder: Path) -> None:
    """Make ``folder`` and its parents; a folder that cannot be made simply stays missing."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass


def move_to_trash(path: str) -> bool:
    """Move an article file, and its backup when there is one, to the system trash."""
    if not QFile.moveToTrash(path):
        return False
    backup = backup_path(path)
    if backup.exists():
        QFile.moveToTrash(str(backup))
    return True


def builtin_templates() -> list[Template]:
    """The templates that ship with ArticleDesk, in the order the New menu shows them."""
    order = list(BUILTIN_TEMPLATE_ORDER)
    found = list_templates(resource_path("templates", "articles"), builtin=True)
    return sorted(found, key=lambda t: order.index(t.key) if t.key in order else len(order))


def article_templates(desk_folder: Path) -> list[Template]:
    """The built-in templates, then the desk's own from ``desk_folder``."""
    return builtin_templates() + list_templates(desk_folder)
