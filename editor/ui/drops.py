"""What a drag carries: local files, and which of them are article files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData

from editor.model.article import IMAGE_SUFFIXES
from editor.session.files import EXTENSION


def dropped_local_files(mime: QMimeData | None) -> list[Path]:
    """The local files in a drag (empty for dragged text or web links)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def article_paths(mime: QMimeData | None) -> list[Path]:
    """The dragged files that are ArticleDesk articles (by their extension)."""
    return [p for p in dropped_local_files(mime) if p.suffix.lower() == EXTENSION]


def image_paths(mime: QMimeData | None) -> list[Path]:
    """The dragged files that are pictures the body editor can take as image blocks."""
    return [p for p in dropped_local_files(mime) if p.suffix.lower() in IMAGE_SUFFIXES]
