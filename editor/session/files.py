"""The article file as the interface speaks of it: its extension, its errors in one sentence.

Widgets import these from here instead of from the model's file module, so that no widget
module reaches for the code that reads and writes files.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from editor.model.article_file import EXTENSION, ArticleFileError
from editor.model.file_io import MAIL_EXTENSION, TemplatedError, error_sentence
from editor.model.file_names import file_name_from

if TYPE_CHECKING:
    from editor.session.article_session import ArticleSession
    from editor.session.view import View

__all__ = ["EXTENSION", "MAIL_EXTENSION", "ArticleFileError", "error_text", "save_or_report", "suggested_file_name",
           "with_extension"]


def translated(template: str) -> str:
    """A sentence template marked with N_ (the catalogue's "errors") in the interface language."""
    return QCoreApplication.translate("errors", template)


def error_text(exc: TemplatedError) -> str:
    """The error (ArticleFileError, a mail failure …) as one sentence in the interface language."""
    return error_sentence(exc, translated)


def suggested_file_name(headline: str, extension: str) -> str:
    """A file name made from the headline ("Untitled" when empty), safe on every system: the same rule
    as the names of attached files (:func:`editor.model.file_names.file_name_from`)."""
    return file_name_from(headline, extension, QCoreApplication.translate("ArticleSession", "Untitled"))


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
