"""Saving an article without ever leaving it half-written, keeping the previous version.

The new text goes to a temp file that is fsynced and renamed over the article (all or nothing,
see ``article_file.write_atomic``). Before that, the version on disk is kept beside it as
``<name>.article.bak`` (itself written atomically), so one earlier version is always at hand
even without the revision history.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from .article_file import ArticleFileError, write_atomic

BACKUP_SUFFIX = ".bak"
STALE_TEMP_SECONDS = 60


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the previous version of ``path`` is kept."""
    target = Path(path)
    return target.with_name(target.name + BACKUP_SUFFIX)


def save_with_backup(path: str | os.PathLike[str], data: bytes, backup: bool = True) -> None:
    """Write ``data`` to ``path`` atomically, first keeping the file's current bytes as its backup.

    Raises ArticleFileError naming ``path`` when the backup or the file cannot be written; the
    article file is then exactly as it was.
    """
    target = Path(path)
    if backup:
        try:
            previous = target.read_bytes()
        except OSError:
            previous = None  # no file yet, or unreadable: nothing to keep
        if previous is not None and previous != data:
            try:
                write_atomic(backup_path(target), previous)
            except ArticleFileError as exc:
                raise ArticleFileError(exc.template, **{**exc.params, "file": str(target)}) from None
    write_atomic(target, data)
    remove_stale_temps(target)


def remove_stale_temps(path: str | os.PathLike[str]) -> int:
    """Delete temp files of earlier saves of ``path`` that a crash left behind; returns how many."""
    target = Path(path)
    now = time.time()
    removed = 0
    try:
        temps = list(target.parent.glob(f".{_glob_escape(target.name)}.*.tmp"))
    except OSError:
        return 0
    for temp in temps:
        try:
            if now - temp.stat().st_mtime > STALE_TEMP_SECONDS:
                temp.unlink()
                removed += 1
        except OSError:
            pass
    return removed


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
