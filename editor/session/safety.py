"""Never losing a journalist's work, without widgets: the autosave journal, a revision snapshot
at every save, recovering what a crash left, and saving over a file someone else changed.

The window builds one ArticleSafety once it is on screen (the journal and the history load after
the first paint) and answers its questions through the View methods (editor/session/view.py).
Journal and history writes run one after another on a worker thread (SerialWriter): the GUI
thread hands over a snapshot, never serialises or writes a long article itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.model import article_file
from editor.model.article import Article
from editor.model.history import (
    BEFORE_RESTORE,
    OVERWRITTEN,
    REPLACED_BY_DISK,
    SAVED,
    History,
    Snapshot,
)
from editor.model.journal import Journal
from editor.model.library import unique_path
from editor.model.recovery import (
    FILE_CHANGED,
    FILE_MISSING,
    FILE_SAME,
    FILE_UNREADABLE,
    UNTITLED,
    Recoverable,
    recoverables,
)
from editor.session.article_session import ArticleSession
from editor.session.autosave import Autosaver
from editor.session.background_writes import SerialWriter
from editor.session.files import ArticleFileError, error_text, save_or_report, with_extension
from editor.session.view import CANCEL, KEEP_MINE, SAVE_COPY, STATUS_MESSAGE_MS, TAKE_THEIRS, View

# What the recovery dialog and the History panel need to name, without reaching into the model.
__all__ = ["BEFORE_RESTORE", "FILE_CHANGED", "FILE_MISSING", "FILE_SAME", "FILE_UNREADABLE", "OVERWRITTEN",
           "REPLACED_BY_DISK", "SAVED", "UNTITLED", "ArticleSafety", "Recoverable", "Snapshot"]


class ArticleSafety(QObject):
    """The session's journal, revision history, recovery and disk conflicts."""

    snapshot_taken = Signal(str)  # the file just saved; the history holds its version (or said why not)

    def __init__(self, session: ArticleSession, view: View, folder: Path, current_article: Callable[[], Article],
                 *, max_count: int, max_days: int, delay_ms: int, max_interval_ms: int,
                 snapshot_article: Callable[[bool], Article | None] | None = None,
                 parent: QObject | None = None) -> None:
        """Start the journal in ``folder``/recovery (locked as this program's) and the history in
        ``folder``/history. ``current_article`` returns the article with the body editor's text in it;
        ``snapshot_article`` a copy of it cheap to take (see Autosaver)."""
        super().__init__(parent)
        self.session = session
        self.view = view
        self.current_article = current_article
        self.journal = Journal(folder / "recovery")
        self.journal.lock.acquire()
        self.history = History(folder / "history", max_count, max_days)
        self.writer = SerialWriter(parent=self)
        self.autosaver = Autosaver(session, self.journal, current_article, delay_ms, max_interval_ms, self,
                                   writer=self.writer, snapshot=snapshot_article)
        session.saved.connect(self._keep_snapshot)
        journal, writer = self.journal, self.writer
        self.destroyed.connect(lambda *_: (writer.stop(), journal.close()))

    def close(self) -> None:
        """The program stops: finish the writes under way, then let go of the journal."""
        self.writer.stop()
        self.journal.close()

    def _now(self, job: Callable[[], object]) -> object:
        """Run ``job`` on the writer after the writes queued before it, and wait for it; raises its
        ArticleFileError."""
        answer: list = []
        if not self.writer.submit(job, lambda result, error: answer.append((result, error)), str(self.history.root)):
            return job()  # the writer has stopped: nothing else writes any more
        self.writer.wait()
        result, error = answer[0]
        if error is not None:
            raise error
        return result

    # --------------------------------------------------------------- autosave

    def note_edit(self) -> None:
        """The user changed the text: the journal gets it within seconds."""
        self.autosaver.note_edit()

    def forget_unsaved(self) -> None:
        """The user threw the changes away: no recovery entry for them."""
        self.autosaver.forget()

    def keep_unsaved(self) -> bool:
        """Write the journal now if there is unsaved work; True when it is up to date."""
        return self.autosaver.flush()

    # --------------------------------------------------------------- recovery

    def recoverables(self) -> list[Recoverable]:
        """What programs that stopped without saving left in the journal, newest first."""
        return recoverables(self.journal)

    def discard(self, items: list[Recoverable]) -> None:
        """Throw away recovered articles the user does not want."""
        for item in items:
            self.journal.delete(item.entry)

    def adopt(self, item: Recoverable) -> bool:
        """Make a recovered article the open one, as an unsaved change of its file. Once this program's
        journal holds it, the entry left behind goes. True when the article's file exists."""
        self.session.adopt(item.article.copy(), item.path, item.base_text)
        if self.autosaver.flush():
            self.journal.delete(item.entry)
        return item.path is not None and item.path.exists()

    # ---------------------------------------------------------------- history

    def snapshots(self, article_id: str) -> list[Snapshot]:
        """The versions kept of an article, newest first (the ones being written included)."""
        self.writer.wait()
        return self.history.list(article_id)

    def load_snapshot(self, snapshot: Snapshot) -> Article:
        """The article a snapshot holds; raises ArticleFileError when it cannot be read."""
        return self.history.load(snapshot)

    def keep_in_history(self, article: Article, reason: str) -> bool:
        """Keep ``article`` as a version of the open one; a failure is told in the status bar."""
        path = self.session.path
        try:
            self._now(lambda: self.history.add(article, path, reason))
        except ArticleFileError as exc:
            self.view.show_message(error_text(exc), STATUS_MESSAGE_MS * 2)
            return False
        return True

    def _keep_snapshot(self, path: str) -> None:
        """After a save: the text just written (an immutable string) becomes a snapshot on the writer,
        with the facts the History panel lists taken here (strings nobody changes), so neither thread
        parses or serialises the article again."""
        text = self.session.saved_text
        if text is None:
            return
        history = self.history
        article = self.session.article
        facts = (article.id, article.headline, article.status, article.counted_texts())

        def keep() -> Snapshot | None:
            return history.add_text(text, *facts, path)

        self.writer.submit(keep, lambda _snapshot, error: self._snapshot_kept(path, error), str(history.root))

    def _snapshot_kept(self, path: str, error: ArticleFileError | None) -> None:
        if error is not None:
            self.view.show_message(self.tr("Saved, but this version could not be kept in the history: "
                                           "{reason}").format(reason=error_text(error)), STATUS_MESSAGE_MS * 2)
        self.snapshot_taken.emit(path)

    # --------------------------------------------------------- disk conflicts

    def resolve_disk_conflict(self) -> str:
        """Save when someone else changed the file: ask, then keep mine (theirs goes to the history),
        take theirs (mine goes to the history) or save mine as a copy. Returns the choice carried
        out, or CANCEL when nothing was saved or opened."""
        path = self.session.path
        assert path is not None
        choice = self.view.ask_overwrite_changed_file(self.session.display_name())
        if choice == KEEP_MINE:
            try:
                self._now(lambda: self.history.add(article_file.load(path), path, OVERWRITTEN))
            except ArticleFileError:
                pass  # theirs does not open as an article; the backup file still keeps it
            return KEEP_MINE if save_or_report(self.session, self.view, None) else CANCEL
        if choice == TAKE_THEIRS:
            self.keep_in_history(self.current_article(), REPLACED_BY_DISK)
            try:
                self.session.open(path)
            except ArticleFileError as exc:
                self.view.show_error(error_text(exc))
                return CANCEL
            return TAKE_THEIRS
        if choice == SAVE_COPY:
            suggested = unique_path(path.parent, self.tr("{name} (my copy)").format(name=path.stem))
            target = self.view.ask_save_path(str(suggested))
            if not target:
                return CANCEL
            return SAVE_COPY if save_or_report(self.session, self.view, with_extension(target)) else CANCEL
        return CANCEL
