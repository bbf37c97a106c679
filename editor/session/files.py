"""The article file as the interface speaks of it: its extension, its errors in one sentence.

Widgets import these from here instead of from the model's file module, so that no widget
module reaches for the code that reads and writes files.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from editor.model.article_file import EXTENSION, ArticleFileError
from editor.model.file_io import MAIL_EXTENSION, TemplatedError, error_sentence

if TYPE_CHECKING:
    from editor.session.article_session import ArticleSession
    from editor.session.view import View

__all__ = ["EXTENSION", "MAIL_EXTENSION", "ArticleFileError", "error_text", "save_or_report", "suggested_file_name",
           "with_extension"]

_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def translated(template: str) -> str:
    """A sentence template marked with N_ (the catalogue's "errors") in the interface language."""
    return QCoreApplication.translate("errors", template)


def error_text(exc: TemplatedError) -> str:
    """The error (ArticleFileError, a mail failure …) as one sentence in the interface language."""
    return error_sentence(exc, translated)


def suggested_file_name(headline: str, extension: str) -> str:
    """A file name made from the headline ("Untitled" when empty), safe on every system."""
    name = _UNSAFE_FILE_CHARS.sub(" ", headline)
    name = " ".join(name.split())[:80].strip(" .")
    return (name or QCoreApplication.translate("ArticleSession", "Untitled")) + extension


def with_extension(path: str) -> str:
    """``path`` ending in the article extension (added when the user typed a bare name)."""
    return path if path.lower().endswith(EXTENSION) else path + EXTENSION


def save_or_report(session: ArticleSession, view: View, path: str | None) -> bool:
    """Save the session's article to ``path`` (None: its own file); a failure is told to the user
    in one sentence and the article stays modified. True when the article is on disk."""
    try:
        session.save(path)
    except ArticleFileError as exc:
        view.show_error(error_text(exc))
        return False
    return True
