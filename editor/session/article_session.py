"""The open article: its file path, modified state, opening and saving. No widgets here."""

from __future__ import annotations

import copy
import hashlib
import operator
import os
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from editor import APP_NAME
from editor.model import article_file
from editor.model.article import Article, new_id, now_iso
from editor.model.file_io import MAIL_EXTENSION, read_regular
from editor.model.safe_save import save_with_backup
from editor.session.undo import UndoHistory

TITLE_HEADLINE_CHARS = 60
# The file's identity and times are trusted to tell it unchanged only when they are older than
# this (a file system with coarse times could show a write in the same second as the same times).
STAT_TRUSTED_AFTER_S = 2.0


class ArticleSession(QObject):
    """Owns the article being edited and knows whether it differs from its file."""

    modified_changed = Signal(bool)
    path_changed = Signal(str)  # "" when the article has no file yet
    article_replaced = Signal()
    saving = Signal()  # about to write the file: the journal first catches up with the text
    saved = Signal(str)  # the file just written (revision history, journal clean-up)
    save_failed = Signal(str)  # the file that could not be written (the journal keeps the text)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.article: Article = Article.new("vi")
        self._path: Path | None = None
        self._modified = False
        self._saved_text: str | None = None  # the file text as last read or written
        self._disk_digest: str | None = None  # of the file's bytes as last read or written here
        self._disk_stat: tuple[int, ...] | None = None  # the file's identity and times while it held them
        self.open_notes: list[article_file.ArticleFileError] = []  # what was repaired in the file last opened
        self.keep_backup = True  # keep the file's previous version as NAME.article.bak
        self.undo = UndoHistory(self)  # the one undo history of the open article (fields and body)

    # ------------------------------------------------------------------ state

    @property
    def path(self) -> Path | None:
        """The file the article was opened from or saved to, or None while untitled."""
        return self._path

    @property
    def saved_text(self) -> str | None:
        """The file's text as last read or written here (None while untitled or unknown)."""
        return self._saved_text

    @property
    def modified(self) -> bool:
        """True when there are edits that are not in the file."""
        return self._modified

    def mark_modified(self) -> None:
        """Record that the user changed the article."""
        self._set_modified(True)

    def recheck_modified(self) -> None:
        """After an undo or redo: modified unless the article (body synced) equals its file again."""
        self._set_modified(self.has_changes())

    def _set_modified(self, value: bool) -> None:
        if value != self._modified:
            self._modified = value
            self.modified_changed.emit(value)

    def _set_path(self, path: Path | None) -> None:
        if path != self._path:
            self._path = path
            self.path_changed.emit(str(path) if path else "")

    def _replace(self, article: Article, path: Path | None, saved_text: str | None, raw: bytes | None = None) -> None:
        """Show ``article`` of ``path``; ``raw``: the file's bytes when the caller has just read them."""
        self.article = article
        self._saved_text = saved_text
        self._disk_digest = _digest(raw) if raw is not None else _digest_of(path) if path else None
        self._disk_stat = None
        self._set_path(path)
        self._set_modified(False)
        self.undo.clear()  # another article: a fresh history
        self.article_replaced.emit()

    # ------------------------------------------------------------ open and new

    def new_article(self, language: str = "vi") -> None:
        """Replace the article with an empty one in ``language`` ("vi" or "en")."""
        self._replace(Article.new(language), None, None)

    def open(self, path: str | os.PathLike[str]) -> None:
        """Open ``path``; raises ArticleFileError and keeps the current article if it cannot.

        A received e-mail (``.eml``) opens the article it holds as an untitled, modified copy, so
        saving asks where and never writes an article into the message file.
        """
        target = Path(path).absolute()
        raw = article_file.read_document(target)
        if target.suffix.lower() == MAIL_EXTENSION:
            from editor.model.mail_import import article_from_eml  # e-mail parsing loads when a message is opened

            self._replace(article_from_eml(raw, str(target)), None, None)
            self.open_notes = []
            self._set_modified(True)
            return
        notes: list[article_file.ArticleFileError] = []
        article = article_file.from_bytes(raw, str(target), notes)
        self._replace(article, target, article_file.dumps(article), raw)
        self.open_notes = notes
        if notes:  # the window shows text the file does not hold until it is saved
            self._set_modified(True)

    def open_copy(self, path: str | os.PathLike[str]) -> None:
        """Open ``path`` as a new untitled article (a template such as the built-in sample).

        The copy gets its own id and creation time, so saving it never touches ``path`` and two
        copies are never mistaken for the same article.
        """
        article = article_file.load(path)
        article.id = new_id()
        article.created = article.updated = now_iso()
        self._replace(article, None, None)

    # ------------------------------------------------------------------- save

    def has_changes(self) -> bool:
        """True when the article differs from the file it was last read from or written to."""
        return self._saved_text is None or article_file.dumps(self.article) != self._saved_text

    def changed_on_disk(self) -> bool:
        """True when someone else changed the file since it was opened or saved here.

        The content decides, not the time stamp: a colleague's version copied with its size and
        time (``cp -p``) is a change, a file only touched is not.
        """
        if self._path is None:
            return False
        seen = _stat_key(self._path)
        if seen is not None and seen == self._disk_stat:
            return False  # the same file, not written to since it was found to hold our text
        try:
            raw = read_regular(self._path)
        except FileNotFoundError:
            return False
        except OSError:
            return True
        if _digest(raw) == self._disk_digest:
            if seen is not None and seen == _stat_key(self._path) and time.time() - seen[-1] / 1e9 > STAT_TRUSTED_AFTER_S:
                self._disk_stat = seen  # unchanged while read, and not written in the last moments
            return False
        try:
            return raw.decode("utf-8-sig") != self._saved_text
        except UnicodeDecodeError:
            return True

    def adopt(self, article: Article, path: Path | None, saved_text: str | None) -> None:
        """Show a recovered version of an article as an unsaved change of ``path``.

        ``saved_text`` is the file text the version was based on when the file still holds it;
        None when unknown, so that saving over an existing file asks first.
        """
        self._replace(article, path, saved_text)
        if saved_text is None:
            self._disk_digest = None
            self._disk_stat = None
        self._set_modified(True)

    def restore_version(self, article: Article) -> None:
        """Put another version of the open article in its place: modified unless it equals the file."""
        self.article = article
        self.article_replaced.emit()
        self._set_modified(self.has_changes())

    def save(self, path: str | os.PathLike[str] | None = None) -> None:
        """Write the article atomically to ``path`` (default: its own file).

        ``updated`` is stamped only when the content changed. Raises ArticleFileError when the
        write fails; the article then stays modified and keeps its old path.
        """
        target = Path(path).absolute() if path is not None else self._path
        if target is None:
            raise ValueError("an untitled article needs a path to be saved")
        previous_updated = self.article.updated
        article, body = self.article, self.article.body
        text = self._stamped_text()
        self.saving.emit()  # the journal catches up, and the window may bring the body in again
        if self.article is not article or len(self.article.body) != len(body) \
                or not all(map(operator.is_, self.article.body, body)):
            text = self._stamped_text()  # other blocks came in: the text of what they hold
        try:
            data = article_file.to_bytes(text, target)
            save_with_backup(target, data, backup=self.keep_backup, expected=self._expected_on_disk(target))
        except article_file.ArticleFileError:
            self.article.updated = previous_updated
            self.save_failed.emit(str(target))
            raise
        self._saved_text = text
        self._disk_digest = _digest(data)
        self._disk_stat = None  # known again at the next check that reads the file
        self._set_path(target)
        self._set_modified(False)
        self.undo.mark_saved()
        self.saved.emit(str(target))

    def _stamped_text(self) -> str:
        """The file text to save, ``updated`` stamped first when the content changed: the article is
        serialised once (only the fields after the body are made again with the new stamp)."""
        pieces = list(article_file.json_pieces(self.article))
        text = "".join(pieces) + "\n"
        if self._saved_text is not None and text == self._saved_text:
            return text
        self.article.updated = now_iso()
        fields = copy.copy(self.article)
        fields.body = []
        *_, after = article_file.json_pieces(fields)  # the last piece: every field after the body
        if len(pieces) < 3:  # written whole (see json_pieces): make it again
            return article_file.dumps(self.article)
        return "".join(pieces[:-1]) + after + "\n"

    def _expected_on_disk(self, target: Path) -> bytes | None:
        """The bytes of ``target`` while it still holds what was last read or written here (None when it
        does not, or is another file): the save then happens only while it still does, so a colleague's
        save landing between this check and the rename is refused, never overwritten."""
        if target != self._path or self._disk_digest is None:
            return None
        try:
            raw = read_regular(target)
        except OSError:
            return None
        return raw if _digest(raw) == self._disk_digest else None

    # ------------------------------------------------------------------ title

    def display_name(self) -> str:
        """File name, else the headline, else "Untitled"."""
        if self._path is not None:
            return self._path.name
        headline = " ".join(self.article.headline.split())
        if headline:
            if len(headline) > TITLE_HEADLINE_CHARS:
                headline = headline[: TITLE_HEADLINE_CHARS - 1].rstrip() + "…"
            return headline
        return QCoreApplication.translate("ArticleSession", "Untitled")

    def title(self) -> str:
        """The window title as the user sees it: "name* — ArticleDesk" while modified."""
        marker = "*" if self._modified else ""
        return f"{self.display_name()}{marker} — {APP_NAME}"

    def window_title(self) -> str:
        """The title for QWidget.setWindowTitle: Qt shows the "[*]" only while modified."""
        return f"{self.display_name()}[*] — {APP_NAME}"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _stat_key(path: Path) -> tuple[int, ...] | None:
    """What changes whenever the file is written or replaced: device, inode, size and times (the
    change time last: nobody can set it back)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns


def _digest_of(path: Path) -> str | None:
    try:
        return _digest(read_regular(path))
    except OSError:
        return None
