"""Saving an article without ever leaving it half-written, keeping the previous version.

The version on disk becomes ``<name>.article.bak`` by a hard link (no copy, so a nearly full disk
still takes the save), then the new text goes to a temp file that is fsynced and renamed over the
article (see ``file_io.write_atomic``). At every moment the article file or its backup holds a
complete version. Through a symbolic link the link's target is saved (its backup beside it) and
the link stays. Saves of one folder by ArticleDesk programs take turns (a lock on the folder); a
save that expects the file to hold certain bytes re-checks them just before the rename, so a
colleague's save in between is never overwritten.
"""

from __future__ import annotations

import contextlib
import errno
import os
import time
from collections.abc import Iterator
from pathlib import Path

from .file_io import (
    N_,
    ArticleFileError,
    fsync_folder,
    read_regular,
    real_path,
    remove_quietly,
    write_atomic,
    write_error,
)

try:
    import fcntl
except ImportError:  # Windows: saves are not serialised between programs
    fcntl = None  # type: ignore[assignment]

BACKUP_SUFFIX = ".bak"
STALE_TEMP_SECONDS = 60
LOCK_WAIT_SECONDS = 10.0


def backup_path(path: str | os.PathLike[str]) -> Path:
    """Where the previous version of ``path`` is kept."""
    target = Path(path)
    return target.with_name(target.name + BACKUP_SUFFIX)


def changed_since_read(path: str | os.PathLike[str]) -> ArticleFileError:
    """The sentence for a file that someone else saved after this program read it."""
    return ArticleFileError(
        N_("Cannot save “{file}”: someone else saved it after it was read here; nothing was written."),
        file=str(path),
    )


def save_with_backup(path: str | os.PathLike[str], data: bytes, backup: bool = True,
                     expected: bytes | None = None) -> None:
    """Write ``data`` to ``path`` atomically, first keeping the file's current version as its backup.

    With ``expected`` (the bytes the file held when it was read) the save happens only while the
    file still holds them. Raises ArticleFileError (one sentence) when the backup or the file cannot
    be written or the file changed; the article file is then exactly as it was.
    """
    shown = Path(path)
    try:
        target = real_path(path)
    except OSError as exc:
        raise write_error(shown, exc) from None
    with _folder_lock(target.parent):
        held = _Held(target, shown) if backup or expected is not None else None
        try:
            if held is not None and expected is not None and held.data != expected:
                raise changed_since_read(shown)
            if backup and held is not None and held.data is not None and held.data != data:
                named = backup_path(shown if target == Path(os.path.abspath(shown)) else target)
                held.keep_as(backup_path(target), named)
            if expected is None:
                write_atomic(target, data)
            else:
                write_atomic(target, data, before_replace=lambda: _still_holds(target, shown, held, expected))
        finally:
            if held is not None:
                held.release()
        remove_stale_temps(target)  # inside the lock: no other save's held version is taken for a leftover


def _still_holds(target: Path, shown: Path, held: _Held | None, expected: bytes) -> None:
    """Raise when the file at ``target`` is no longer the one read (renamed over, or written into)."""
    try:
        st = os.stat(target)
        now = read_regular(target)
    except OSError:
        raise changed_since_read(shown) from None
    if now != expected or (held is not None and held.stat is not None and not os.path.samestat(st, held.stat)):
        raise changed_since_read(shown)


class _Held:
    """The version of the article on disk before the save, held under a temp name by a hard link."""

    def __init__(self, target: Path, shown: Path) -> None:
        self.target = target
        self.shown = shown
        self.name: str | None = None  # the hard link, when the file system makes one
        self.stat: os.stat_result | None = None
        self.data: bytes | None = None  # None: no file yet (or unreadable), nothing to keep
        for _ in range(10):
            name = str(target.parent / f".{target.name}.{os.urandom(6).hex()}.bak.tmp")
            try:
                os.link(target, name)
                self.name = name
                break
            except FileExistsError:
                continue
            except FileNotFoundError:
                return
            except OSError:
                break  # no hard links here: the backup is a copy
        try:
            source = self.name or target
            self.stat = os.stat(source)
            self.data = read_regular(source)
        except OSError:
            self.release()

    def keep_as(self, backup: Path, named: Path) -> None:
        """Make the held version the backup (a rename; a copy when the backup is elsewhere);
        ``named`` is the backup as the user knows it, for the error."""
        where = backup
        try:
            where = real_path(backup)
            if self.name is not None:
                try:
                    os.replace(self.name, where)
                    self.name = None
                    fsync_folder(where.parent)
                    return
                except OSError as exc:
                    if exc.errno != errno.EXDEV:
                        raise
            if os.path.isdir(where):
                raise IsADirectoryError(errno.EISDIR, "is a folder")
        except OSError as exc:
            raise _backup_error(self.shown, named, exc) from None
        try:
            write_atomic(where, self.data or b"")
        except ArticleFileError as exc:
            raise ArticleFileError(exc.template, **{**exc.params, "file": str(self.shown)}) from None

    def release(self) -> None:
        """Remove the hard link if it was not made the backup."""
        if self.name is not None:
            remove_quietly(self.name)
            self.name = None


def _backup_error(shown: Path, backup: Path, exc: OSError) -> ArticleFileError:
    if exc.errno in (errno.EISDIR, errno.ENOTEMPTY):
        return ArticleFileError(
            N_("Cannot save “{file}”: a folder stands where its previous version is kept (“{backup}”)."),
            file=str(shown), backup=str(backup),
        )
    return write_error(shown, exc)


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """Saves into ``folder`` by ArticleDesk programs take turns (advisory lock, released on exit)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield  # write_atomic says why the folder cannot be written
        return
    try:
        _lock(fd, folder)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _lock(fd: int, folder: Path) -> None:
    if fcntl is None:
        return
    deadline = time.monotonic() + LOCK_WAIT_SECONDS
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() > deadline:
                raise ArticleFileError(
                    N_("Cannot save into “{folder}”: another program has been saving there for too long."),
                    folder=str(folder),
                ) from None
            time.sleep(0.01)
        except OSError:
            return  # the file system has no locks: save without taking turns


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
