"""The sentences of exporting, in one place: why an export failed, and the house-style warning.

File › Export…, Export as PDF, Print and ``articledesk export`` all say the same thing about
the same failure (a full disk, a read-only folder, a page set-up that cannot print). The window
shows the sentences translated, the command line in its language (``--lang`` or the terminal's).
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Callable
from pathlib import Path

_catalogue: Callable[[str, str], str] | None = None  # see use_catalogue


def use_catalogue(translate: Callable[[str, str], str] | None) -> None:
    """Translate the export's sentences with ``translate(context, source)`` instead of Qt's
    translators (the command line's catalogue, read without Qt); None: Qt's again."""
    global _catalogue
    _catalogue = translate


class QCoreApplication:
    """Qt's ``QCoreApplication.translate`` without importing Qt for it (QtCore alone costs about
    70 ms of a command-line export that needs no Qt: txt, HTML, DOCX, NITF).

    The command line's catalogue when one is in use (:func:`use_catalogue`); else Qt's
    translators, which can only be installed once Qt is loaded (the window, a PDF): before, none
    exists and the sentence is its source. Named as Qt's class so that the catalogue's scan finds
    the sentences as it finds Qt's calls.
    """

    @staticmethod
    def translate(context: str, source: str) -> str:
        """``source`` (context ``context``) in the installed translators' language."""
        if _catalogue is not None:
            return _catalogue(context, source)
        qt = sys.modules.get("PySide6.QtCore")
        if qt is None:
            return source
        return qt.QCoreApplication.translate(context, source)


class ExportError(Exception):
    """An export that cannot be done, as one sentence for the user (already translated)."""


def _os_error(exc: BaseException) -> OSError | None:
    """The operating system's error behind ``exc`` (write_atomic keeps it as the context)."""
    while exc is not None:
        if isinstance(exc, OSError):
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


def _reason(exc: BaseException) -> str:
    """What went wrong, as the end of a sentence."""
    os_error = _os_error(exc)
    if os_error is not None:
        if os_error.errno in (errno.ENOSPC, errno.EDQUOT):
            return QCoreApplication.translate("ExportService", "the disk is full.")
        if os_error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return QCoreApplication.translate("ExportService", "permission denied (the file or its folder is read-only).")
        if os_error.errno in (errno.ENOENT, errno.ENOTDIR):
            return QCoreApplication.translate("ExportService", "the folder does not exist.")
        if os_error.errno == errno.EISDIR:
            return QCoreApplication.translate("ExportService", "that is a folder, not a file.")
        return (os_error.strerror or str(os_error)).rstrip(".") + "."
    message = str(exc).strip() or type(exc).__name__
    message = QCoreApplication.translate("errors", message)  # a writer's sentence, when the catalogue has it
    return message if message.endswith((".", "!", "?", "…")) else message + "."


def failure_sentence(exc: BaseException, target: Path | str | None) -> str:
    """One translated sentence for a failed export to ``target`` (None: printing)."""
    if isinstance(exc, ExportError):
        return str(exc)
    if target is None:
        return QCoreApplication.translate("ExportService", "Cannot print: {reason}").format(reason=_reason(exc))
    return QCoreApplication.translate("ExportService", "Could not export “{file}”: {reason}").format(file=str(target), reason=_reason(exc))


def house_style_sentence(errors: int) -> str:
    """The warning before exporting an article with house-style errors."""
    if errors == 1:
        return QCoreApplication.translate("ExportService", "The house-style checker found 1 error in this article.")
    return QCoreApplication.translate("ExportService", "The house-style checker found {n} errors in this article.").format(
        n=errors)
