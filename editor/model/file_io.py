"""Reading and writing the user's files safely: one sentence for every failure, nothing half-written.

Reading refuses what is not a regular file (a folder, a pipe, a device) without waiting on it, and
a file over :data:`MAX_FILE_BYTES` before reading it. Writing goes through a temp file, fsync and
rename; a symbolic link is written through (its target gets the new text, the link stays).
"""

from __future__ import annotations

import errno
import math
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 20 * 1024 * 1024  # an article, a pack: 20 MB (docs/article-format.md)
MAIL_EXTENSION = ".eml"  # a received e-mail, opened for the article it holds (mail_import)
MAX_LINKS = 40  # symbolic links followed before a chain counts as a loop, as the kernel does


def N_(text: str) -> str:
    """Marks a message template for translation; the UI translates it in context "errors"."""
    return text


class TemplatedError(Exception):
    """An error whose sentence is a translatable ``template`` filled with ``params``."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class ArticleFileError(TemplatedError):
    """A user-caused problem with an article file, as one sentence for the user."""


def filled_in(template: str, params: dict[str, Any], translate: Callable[[str], str] = str) -> str:
    """``template`` (marked with N_) translated by ``translate`` and filled with ``params``."""
    try:
        return translate(template).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return template.format(**params)


def error_sentence(exc: TemplatedError, translate: Callable[[str], str] = str) -> str:
    """The error's sentence with its templates translated by ``translate`` (the catalogue's "errors").

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
        params["problem"] = filled_in(inner.template, inner_params, translate)
    return filled_in(exc.template, params, translate)


class NotARegularFile(OSError):
    """The path names a pipe, a device or a socket, which is never read as a document."""


class FileTooLarge(OSError):
    """The file is larger than the program reads; ``size`` is its size in bytes."""

    def __init__(self, size: int) -> None:
        super().__init__(errno.EFBIG, "file too large")
        self.size = size


def read_regular(path: str | os.PathLike[str], limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; never blocks on a pipe or device.

    Raises IsADirectoryError, NotARegularFile, FileTooLarge or the OSError of the system.
    """
    _check_kind(os.stat(path), limit)  # refuse a pipe or device before opening it
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        _check_kind(os.fstat(fd), limit)  # what was opened, should the path have changed meanwhile
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return b"".join(chunks)
            total += len(chunk)
            if total > limit:  # the file grew while it was read
                raise FileTooLarge(total)
            chunks.append(chunk)
    finally:
        os.close(fd)


def read_document(path: str | os.PathLike[str]) -> bytes:
    """The bytes of an article file, refusing a folder, a pipe, a device or a file over MAX_FILE_BYTES,
    each with one sentence (ArticleFileError)."""
    p = Path(path)
    try:
        return read_regular(p)
    except FileNotFoundError:
        raise ArticleFileError(N_("Cannot open “{file}”: there is no such file."), file=str(p)) from None
    except IsADirectoryError:
        raise ArticleFileError(N_("Cannot open “{file}”: it is a folder, not a file."), file=str(p)) from None
    except NotARegularFile:
        raise ArticleFileError(
            N_("Cannot open “{file}”: it is not a regular file (it is a pipe, a device or a socket)."), file=str(p)
        ) from None
    except FileTooLarge as exc:
        raise too_large(str(p), exc.size) from None
    except PermissionError:
        raise ArticleFileError(N_("Cannot open “{file}”: permission denied."), file=str(p)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ArticleFileError(N_("Cannot open “{file}”: its symbolic links form a loop."), file=str(p)) from None
        raise ArticleFileError(
            N_("Cannot open “{file}”: {reason}."), file=str(p), reason=exc.strerror or str(exc)
        ) from None


def too_large(name: str, size: int) -> ArticleFileError:
    """The sentence for an article file of ``size`` bytes, over MAX_FILE_BYTES (also an attached one)."""
    return ArticleFileError(
        N_("Cannot open “{file}”: it is {size} MB, more than the {limit} MB an article file may have."),
        file=name, size=f"{math.ceil(size * 10 / 1048576) / 10:.1f}", limit=MAX_FILE_BYTES // 1048576,
    )


def _check_kind(st: os.stat_result, limit: int) -> None:
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder")
    if not stat.S_ISREG(st.st_mode):
        raise NotARegularFile(errno.EINVAL, "not a regular file")
    if st.st_size > limit:
        raise FileTooLarge(st.st_size)


def real_path(path: str | os.PathLike[str]) -> Path:
    """Where writing ``path`` lands: the end of its chain of symbolic links (the path itself if none).

    Raises OSError(ELOOP) for a loop of links.
    """
    current = os.path.abspath(path)
    for _ in range(MAX_LINKS):
        try:
            link = os.readlink(current)
        except OSError:  # not a link, or nothing there yet
            return Path(current)
        current = os.path.join(os.path.dirname(current), link)
    raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))


# Long texts are encoded a piece at a time: one str.encode of a whole long article holds the
# interpreter lock for tens of milliseconds, which stalls the window while a worker thread saves.
ENCODE_CHUNK_CHARS = 1 << 18


def utf8_pieces(text: str) -> Iterator[bytes]:
    """``text`` as UTF-8, a piece at a time; raises UnicodeEncodeError with the offset in ``text``."""
    for start in range(0, len(text), ENCODE_CHUNK_CHARS):
        try:
            yield text[start:start + ENCODE_CHUNK_CHARS].encode("utf-8")
        except UnicodeEncodeError as exc:
            raise UnicodeEncodeError(exc.encoding, text, start + exc.start, start + exc.end, exc.reason) from None


def text_digest(text: str) -> str:
    """SHA-256 (hex) of ``text`` as UTF-8."""
    import hashlib  # here: loading OpenSSL costs every ``articledesk check`` 3 ms, and check never hashes

    digest = hashlib.sha256()
    for piece in utf8_pieces(text):
        digest.update(piece)
    return digest.hexdigest()


def to_bytes(text: str, path: str | os.PathLike[str], offset: int = 0) -> bytes:
    """``text`` as UTF-8; a character UTF-8 cannot hold (a lone surrogate) is an ArticleFileError
    (``offset``: where ``text`` starts in the whole text the sentence speaks of)."""
    try:
        return text.encode("utf-8") if len(text) <= ENCODE_CHUNK_CHARS else b"".join(utf8_pieces(text))
    except UnicodeEncodeError as exc:
        raise ArticleFileError(
            N_("Cannot save “{file}”: the text holds a broken character (U+{code}) at position {pos}."),
            file=str(path), code=f"{ord(exc.object[exc.start]):04X}", pos=offset + exc.start,
        ) from None


def encoded(pieces: Iterable[str], path: str | os.PathLike[str]) -> Iterator[bytes]:
    """``pieces`` as UTF-8, gathered into pieces of about ``ENCODE_CHUNK_CHARS`` characters (for
    ``write_atomic``, which writes them as they come); a broken character is the same
    ArticleFileError as ``to_bytes`` raises, with its offset in the whole text."""
    held: list[str] = []
    size = done = 0
    for piece in pieces:
        held.append(piece)
        size += len(piece)
        if size >= ENCODE_CHUNK_CHARS:
            yield to_bytes("".join(held), path, done)
            held, done, size = [], done + size, 0
    if held:
        yield to_bytes("".join(held), path, done)


def write_error(path: Path, exc: OSError) -> ArticleFileError:
    """The one sentence for a write of ``path`` that failed with ``exc``."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return ArticleFileError(N_("Cannot save “{file}”: the disk is full."), file=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ArticleFileError(
            N_("Cannot save “{file}”: permission denied (the file or its folder is read-only)."), file=str(path)
        )
    if exc.errno == errno.ENOENT:
        return ArticleFileError(N_("Cannot save “{file}”: the folder does not exist."), file=str(path))
    return ArticleFileError(N_("Cannot save “{file}”: {reason}."), file=str(path), reason=exc.strerror or str(exc))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable; systems that cannot are left as they are."""
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)


def write_temp(target: Path, data: bytes | Iterable[bytes]) -> str:
    """A fsynced temp file holding ``data`` (bytes, or pieces written as they come) beside ``target``,
    with the permissions ``target`` has (or a new file's usual ones); returns its name. The caller
    renames or removes it."""
    import tempfile  # only when writing: reading commands (check) never load it

    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            for piece in (data,) if isinstance(data, (bytes, bytearray, memoryview)) else data:
                fh.write(piece)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:  # mkstemp makes the file private (0600); a new file gets the usual permissions
            mode = 0o666 & ~_umask()
        os.chmod(tmp_name, mode)
    except BaseException:
        remove_quietly(tmp_name)
        raise
    return tmp_name


def remove_quietly(name: str | os.PathLike[str]) -> None:
    """Delete a temp file if it is still there."""
    try:
        os.unlink(name)
    except OSError:
        pass


def write_atomic(path: str | os.PathLike[str], data: bytes | Iterable[bytes],
                 before_replace: Callable[[], None] | None = None) -> None:
    """Write ``data`` (bytes, or pieces such as ``encoded`` gives) to ``path`` through a temp file,
    fsync and rename: all or nothing.

    Through a symbolic link the link's target is written and the link stays. ``before_replace``
    runs just before the rename and may stop it by raising.
    """
    target = Path(path)
    try:
        target = real_path(path)
        if target.exists() and not os.access(target, os.W_OK):
            raise PermissionError(errno.EACCES, "read-only file")
        tmp_name = write_temp(target, data)
        try:
            if before_replace is not None:
                before_replace()
            os.replace(tmp_name, target)
        except BaseException:
            remove_quietly(tmp_name)
            raise
        fsync_folder(target.parent)
    except OSError as exc:
        raise write_error(Path(path), exc) from None
