"""The article file as the interface speaks of it: its extension, its errors in one sentence.

Widgets import these from here instead of from the model's file module, so that no widget
module reaches for the code that reads and writes files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from editor.model.article_file import EXTENSION, ArticleFileError

if TYPE_CHECKING:
    from editor.session.article_session import ArticleSession
    from editor.session.view import View

__all__ = ["EXTENSION", "ArticleFileError", "error_text", "save_or_report", "suggested_file_name",
           "with_extension"]

_UNSAFE_FILE_CHARS = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _in_errors(template: str) -> str:
    return QCoreApplication.translate("errors", template)


def translated(template: str, params: dict, translate: Callable[[str], str] = _in_errors) -> str:
    """``template`` (marked with N_, context "errors") translated and filled with ``params``."""
    try:
        return translate(template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return template.format(**params)


def error_text(exc: ArticleFileError, translate: Callable[[str], str] = _in_errors) -> str:
    """The error as one sentence in the interface language (``translate`` looks up "errors" templates).

    A problem inside the file ("“tags” should be a list") arrives already formatted in
    ``params["problem"]``; the model keeps the untranslated exception it came from as the
    context of ``exc``, so that part is translated too.
    """
    params = dict(exc.params)
    inner = exc.__context__
    if "problem" in params and hasattr(inner, "template") and isinstance(getattr(inner, "params", None), dict):
        inner_params = dict(inner.params)
        if inner_params.get("expected"):
            inner_params["expected"] = translate(inner_params["expected"])
        params["problem"] = translated(inner.template, inner_params, translate)
    return translated(exc.template, params, translate)


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
