"""What a drag carries: local files, and which of them open as articles (.article, or a received .eml)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from editor.model.article import IMAGE_SUFFIXES
from editor.session.files import EXTENSION, MAIL_EXTENSION


def dropped_local_files(mime: QMimeData | None) -> list[Path]:
    """The local files in a drag (empty for dragged text or web links)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def article_paths(mime: QMimeData | None) -> list[Path]:
    """The dragged files that open as an article (by their extension): ArticleDesk articles, and
    received e-mails (the article they hold opens as an untitled change)."""
    return [p for p in dropped_local_files(mime) if p.suffix.lower() in (EXTENSION, MAIL_EXTENSION)]


def image_paths(mime: QMimeData | None) -> list[Path]:
    """The dragged files that are pictures the body editor can take as image blocks."""
    return [p for p in dropped_local_files(mime) if p.suffix.lower() in IMAGE_SUFFIXES]
