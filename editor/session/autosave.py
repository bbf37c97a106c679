"""Autosave to the recovery journal: when to write, and what happens after a save or a discard.

The journal is written ``delay_ms`` after the last edit, and at least every ``max_interval_ms``
while the user keeps typing, so a crash loses at most a few seconds. Autosave never touches the
article's own file and never marks anything saved: only a real save (or the user discarding the
changes) removes the entry. No widgets here; the window passes a function that returns the
article with the body editor's text in it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from editor.model.article import Article
from editor.model.article_file import ArticleFileError
from editor.model.journal import Journal
from editor.session.article_session import ArticleSession


class Autosaver(QObject):
    """Keeps the session's unsaved work in the journal."""

    written = Signal()  # the journal holds the current text
    failed = Signal(object)  # the ArticleFileError of a write that failed

    def __init__(self, session: ArticleSession, journal: Journal, current_article: Callable[[], Article],
                 delay_ms: int = 2000, max_interval_ms: int = 3000, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.journal = journal
        self.current_article = current_article
        self.key: str | None = None  # this program's entry for the open article, if written
        self.failing = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(100, delay_ms))
        self._idle.timeout.connect(self.flush)
        self._longest = QTimer(self)
        self._longest.setSingleShot(True)
        self._longest.setInterval(max(100, max_interval_ms))
        self._longest.timeout.connect(self.flush)
        session.modified_changed.connect(self._modified_changed)
        session.saving.connect(self._before_save)
        session.saved.connect(lambda _path: self.forget())
        session.save_failed.connect(lambda _path: self.flush())

    @property
    def pending(self) -> bool:
        """True while edits wait to be written."""
        return self._idle.isActive() or self._longest.isActive()

    def note_edit(self) -> None:
        """The user changed something: write soon, and no later than the longest interval."""
        self._idle.start()
        if not self._longest.isActive():
            self._longest.start()

    def _before_save(self) -> None:
        """Bring the journal up to date before the file is written: a crash after the write then
        leaves an entry equal to the file (dropped at the next start), never an older text."""
        if self.pending or self.key is None:
            self.flush()

    def _modified_changed(self, modified: bool) -> None:
        if modified:
            self.note_edit()
        else:  # saved, or replaced after the user saved or discarded it
            self.forget()

    def flush(self) -> bool:
        """Write the journal now if there is unsaved work; True when the journal is up to date."""
        self._idle.stop()
        self._longest.stop()
        if not self.session.modified:
            return True
        article = self.current_article()
        path = self.session.path
        try:
            key = self.journal.write(article, path, self.session.saved_text)
        except ArticleFileError as exc:
            self.failing = True
            self._longest.start()  # try again later; the text stays in the window
            self.failed.emit(exc)
            return False
        if self.key is not None and self.key != key:
            self.journal.remove(self.key)
        self.key = key
        if self.failing:
            self.failing = False
        self.written.emit()
        return True

    def forget(self) -> None:
        """The article was saved or its changes discarded: remove its entry."""
        self._idle.stop()
        self._longest.stop()
        if self.key is not None:
            self.journal.remove(self.key)
            self.key = None
