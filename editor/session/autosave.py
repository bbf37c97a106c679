"""Autosave to the recovery journal: when to write, and what happens after a save or a discard.

The journal is written ``delay_ms`` after the last edit, and at least every ``max_interval_ms``
while the user keeps typing, so a crash loses at most a few seconds. Autosave never touches the
article's own file and never marks anything saved: only a real save (or the user discarding the
changes) removes the entry. No widgets here; the window passes a function that returns the
article with the body editor's text in it.

The write itself (serialising the article, the fsync) runs on the SerialWriter's thread, from a
snapshot of the article the GUI thread takes cheaply (``snapshot``), so a long article never
freezes the window. Writes keep their order, a failure still comes back as ``failed``, and
once the entry is forgotten nothing written before can bring it back.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal

from editor.model.article import Article, Block
from editor.model.article_file import ArticleFileError
from editor.model.journal import Journal, entry_key
from editor.session.article_session import ArticleSession
from editor.session.background_writes import SerialWriter

RETRY_MS = 20  # the snapshot was not ready (a long body still being read in slices): ask again soon


def article_with_body(article: Article, body: Sequence[Block]) -> Article:
    """A copy of ``article`` for another thread: every field copied, the body given (blocks
    nobody changes any more), so the copy costs little however long the body is."""
    frozen = copy.deepcopy(article, {id(article.body): []})
    frozen.body = list(body)
    return frozen


class Autosaver(QObject):
    """Keeps the session's unsaved work in the journal."""

    written = Signal()  # the journal holds the current text
    failed = Signal(object)  # the ArticleFileError of a write that failed

    def __init__(self, session: ArticleSession, journal: Journal, current_article: Callable[[], Article],
                 delay_ms: int = 2000, max_interval_ms: int = 3000, parent: QObject | None = None, *,
                 writer: SerialWriter | None = None,
                 snapshot: Callable[[bool], Article | None] | None = None) -> None:
        """``snapshot(wait)`` returns the article as a save would write it, in a copy the GUI thread
        will not change (None when it is not ready yet and ``wait`` is False: asked again a moment
        later); by default a deep copy of ``current_article()``."""
        super().__init__(parent)
        self.session = session
        self.journal = journal
        self.current_article = current_article
        self.writer = writer if writer is not None else SerialWriter(parent=self)
        self.snapshot = snapshot if snapshot is not None else (lambda _wait: current_article().copy())
        self.key: str | None = None  # this program's entry for the open article, once written
        self.failing = False
        self._keys: set[str] = set()  # entries written or asked for since the last forget
        self._generation = 0  # grows at every forget: writes asked before it are old news
        self._outstanding = 0  # writes queued and not yet answered
        self._again = False  # more edits came while a write was under way
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(max(100, delay_ms))
        self._idle.timeout.connect(self.write_soon)
        self._longest = QTimer(self)
        self._longest.setSingleShot(True)
        self._longest.setInterval(max(100, max_interval_ms))
        self._longest.timeout.connect(self.write_soon)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.write_soon)
        session.modified_changed.connect(self._modified_changed)
        session.saving.connect(self._before_save)
        session.saved.connect(lambda _path: self.forget())
        session.save_failed.connect(lambda _path: self.flush())

    @property
    def pending(self) -> bool:
        """True while edits wait to be written (or are being written)."""
        return (self._idle.isActive() or self._longest.isActive() or self._retry.isActive()
                or self._outstanding > 0 or self._again)

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

    def _stop_timers(self) -> None:
        self._idle.stop()
        self._longest.stop()
        self._retry.stop()

    def write_soon(self) -> None:
        """Queue a write of the current text on the writer's thread; the GUI thread only takes the
        snapshot. One write at a time: edits made meanwhile are written when it is done."""
        self._stop_timers()
        if not self.session.modified:
            return
        if self._outstanding:
            self._again = True
            return
        article = self.snapshot(False)
        if article is None:
            self._retry.start()
            return
        self._again = False
        self._submit(article)

    def flush(self) -> bool:
        """Write the journal now if there is unsaved work, and wait for it (and for the writes queued
        before); True when the journal is up to date. The article is ``current_article()`` itself,
        as a save is about to write it (the window brings the body into it): nothing changes it
        while this thread waits."""
        self._stop_timers()
        self._again = False
        if not self.session.modified:
            self.writer.wait()
            return True
        self._submit(self.current_article())
        self.writer.wait()
        return not self.failing

    def _submit(self, article: Article) -> None:
        path = self.session.path
        saved_text = self.session.saved_text
        key = entry_key(article.id, path)
        others = tuple(self._keys - {key})
        self._keys.add(key)
        generation = self._generation
        journal = self.journal

        def write() -> str | None:
            if generation != self._generation:
                return None  # forgotten before its turn came: write nothing
            written = journal.write(article, path, saved_text)
            for other in others:  # the article's entry under its former file
                journal.remove(other)
            return written

        self._outstanding += 1
        self.writer.submit(write, lambda key, error: self._answered(generation, key, error), str(journal.folder))

    def _answered(self, generation: int, key: str | None, error: ArticleFileError | None) -> None:
        self._outstanding -= 1
        if generation != self._generation:
            return  # the entry was forgotten meanwhile (saved or discarded): old news
        if error is not None:
            self.failing = True
            self._again = False
            self._longest.start()  # try again later; the text stays in the window
            self.failed.emit(error)
            return
        self.key = key
        self.failing = False
        self.written.emit()
        if self._again:
            self.write_soon()

    def forget(self) -> None:
        """The article was saved or its changes discarded: remove its entry, now and after any
        write still under way."""
        self._stop_timers()
        self._again = False
        self._generation += 1
        keys, self._keys, self.key = self._keys, set(), None
        if not keys:
            return
        for key in keys:
            self.journal.remove(key)
        journal = self.journal  # and once more after a write that may be finishing right now
        self.writer.submit(lambda: [journal.remove(key) for key in keys], None, str(journal.folder))
