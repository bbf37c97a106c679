"""Writing an export that is several files: the pictures beside the main file, then the main file.

Every file is first written in full to a temp file in the target folder; only when all of them
are there are they renamed into place, the pictures before the file that names them, so a
reader never finds an XML whose pictures are missing, and a failure (a full disk) changes
nothing. A picture name that is taken is replaced only when the file being replaced named it
(an earlier export to the same place) or when it already holds the same bytes; anything else
is somebody's file, and the export stops with a sentence instead of overwriting it. Pictures an
earlier export named and this one no longer has are removed, so the folder holds what the
new file names.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from editor.model.file_io import fsync_folder, real_path, remove_quietly, write_temp
from editor.session.export_errors import QCoreApplication  # Qt's translate, Qt loaded only when it is already
from exports.companions import ExportFiles, referenced_pictures

# An earlier main file larger than this is not read for the names it references.
MAX_PREVIOUS_BYTES = 64 * 1024 * 1024


def _previous(target: Path) -> bytes:
    """The bytes of the file about to be replaced, or b"" when there is none (or it is unreadable)."""
    try:
        if target.is_file() and target.stat().st_size <= MAX_PREVIOUS_BYTES:
            return target.read_bytes()
    except OSError:
        pass
    return b""


def _same_bytes(path: Path, data: bytes) -> bool:
    try:
        return path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data
    except OSError:
        return False


def taken_sentence(name: str) -> str:
    """Why an export stops at a picture name that is somebody else's file (the end of a sentence)."""
    return QCoreApplication.translate(
        "ExportService", "“{name}” is already in that folder and is not a picture of an earlier export of this file; "
        "move it away or choose another name").format(name=name)


def write_with_pictures(path: Path, files: ExportFiles) -> None:
    """Write ``files.main`` to ``path`` (a link is followed) and ``files.beside`` next to it."""
    target = real_path(path)
    folder = target.parent
    stem = target.stem
    earlier = referenced_pictures(stem, _previous(target))
    plan: list[tuple[Path, bytes]] = []
    for name, data in files.beside:
        if Path(name).name != name or name in (".", ".."):
            raise ValueError(f"not a file name: {name!r}")
        dest = folder / name
        if os.path.lexists(dest):
            if _same_bytes(dest, data):
                continue
            if name not in earlier or not dest.is_file():
                raise FileExistsError(errno.EEXIST, taken_sentence(name), str(dest))
            if not os.access(dest, os.W_OK):
                raise PermissionError(errno.EACCES, "read-only file", str(dest))
        plan.append((real_path(dest), data))
    if target.exists() and not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES, "read-only file", str(target))
    plan.append((target, files.main))
    temps: list[str] = []
    try:
        for dest, data in plan:
            temps.append(write_temp(dest, data))
        for (dest, _), temp in zip(plan, temps, strict=True):
            os.replace(temp, dest)
    finally:
        for temp in temps:
            remove_quietly(temp)  # only the ones not renamed are still there
    kept = {name for name, _ in files.beside}
    for name in earlier - kept:
        stale = folder / name
        if stale.is_file() and not stale.is_symlink():
            remove_quietly(stale)
    fsync_folder(folder)
