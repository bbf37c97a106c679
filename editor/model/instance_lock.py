"""Which running ArticleDesk owns a recovery entry: one lock file per running program.

A program holds an exclusive OS lock on ``<folder>/<owner>.lock`` for as long as it runs. The
operating system drops the lock when the process dies, even after ``kill -9``, so an entry
whose owner's lock can be taken belongs to a program that is gone and may be recovered.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

try:  # POSIX
    import fcntl

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

except ImportError:  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True


class InstanceLock:
    """The lock that says "the program ``owner`` is running"."""

    def __init__(self, folder: Path, owner: str) -> None:
        self.folder = folder
        self.owner = owner
        self._handle: IO[bytes] | None = None

    @property
    def path(self) -> Path:
        """The lock file."""
        return self.folder / f"{self.owner}.lock"

    @property
    def held(self) -> bool:
        """True while this program holds its lock."""
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock (idempotent). False when the folder cannot be written to."""
        if self._handle is not None:
            return True
        for _attempt in range(3):
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                handle = open(self.path, "a+b")  # noqa: SIM115 - held open for the life of the program
            except OSError:
                return False
            if not _try_lock(handle):
                handle.close()
                return False
            if _same_file(handle, self.path):
                break
            handle.close()  # another program cleaned the file away between open and lock: again
        else:
            return False
        try:
            handle.write(f"{os.getpid()}\n".encode())
            handle.flush()
        except OSError:
            pass
        self._handle = handle
        return True

    def release(self) -> None:
        """Give the lock up and remove the lock file."""
        if self._handle is None:
            return
        try:
            self.path.unlink()
        except OSError:
            pass
        try:
            self._handle.close()
        except OSError:
            pass  # the pid it still had to write (the disk is full): the lock is gone all the same
        self._handle = None


def _same_file(handle: IO[bytes], path: Path) -> bool:
    try:
        return os.fstat(handle.fileno()).st_ino == os.stat(path).st_ino
    except OSError:
        return False


def owner_is_running(folder: Path, owner: str) -> bool:
    """True when the program ``owner`` still holds its lock (it is running)."""
    path = folder / f"{owner}.lock"
    try:
        handle = open(path, "r+b")  # noqa: SIM115 - closed below
    except OSError:
        return False
    try:
        if _try_lock(handle):
            return False  # nobody holds it: that program is gone
        return True
    finally:
        handle.close()


def remove_dead_locks(folder: Path) -> None:
    """Delete the lock files of programs that are no longer running."""
    try:
        names = list(folder.glob("*.lock"))
    except OSError:
        return
    for path in names:
        if not owner_is_running(folder, path.stem):
            try:
                path.unlink()
            except OSError:
                pass
