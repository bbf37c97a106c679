"""The window's outbox flusher: tries the waiting messages in Qt's thread pool when they are due.

One flush at a time, one connection per flush (:meth:`Outbox.flush`). A timer wakes it when the
next message is due, and a watch on the outbox folder notices what the command line (or another
window) queued or sent. ``changed`` tells the Outbox window and the status bar to read the outbox
again. A refused password, certificate or plaintext connection pauses the automatic tries (they
would fail the same way) until the account changes (:meth:`resume`) or the user presses "Send
now" (:meth:`flush_now`); an automatic try never pops up a password question, "Send now" may.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from editor.model.file_io import N_
from editor.session.export_job import run_in_pool
from editor.session.mail_account import MailAccount, Passwords
from editor.session.mail_transport import AUTH, PLAINTEXT, TLS_ERROR
from editor.session.mailing import MailJob, connector, mail_text, say
from editor.session.outbox import Outbox

PAUSING_KINDS = (AUTH, TLS_ERROR, PLAINTEXT, "setup")  # the account must change before another try helps
MAX_WAIT_MS = 60 * 60 * 1000


class OutboxFlusher(QObject):
    """Sends the outbox's due messages in the background for the window."""

    changed = Signal()

    def __init__(self, outbox: Outbox, account: Callable[[], MailAccount | None], passwords: Passwords,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.account = account
        self.passwords = passwords
        self.paused_reason = ""  # why automatic tries are paused, in one sentence; "" = they are not
        self._job: MailJob | None = None
        self._last_job: MailJob | None = None  # kept until the next flush ends, so it is destroyed on this thread
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)
        self._watcher: QFileSystemWatcher | None = None

    @property
    def busy(self) -> bool:
        """True while a flush is running."""
        return self._job is not None

    def count(self) -> int:
        """How many messages wait (queued, sending or failed): the status bar's number."""
        return len(self.outbox.entries())

    def start(self) -> None:
        """Watch the outbox folder and send what is due (call once, when the window is up)."""
        if self._watcher is None:
            try:
                self.outbox.folder.mkdir(parents=True, exist_ok=True)
            except OSError:
                pass  # no data folder: nothing can be queued either, and the send says why
            self._watcher = QFileSystemWatcher([str(self.outbox.folder)], self)
            self._watcher.directoryChanged.connect(self._folder_changed)
        self.reschedule()

    def stop(self) -> None:
        """No more automatic tries (the window closes); a running flush ends on its own."""
        self._timer.stop()
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None

    def resume(self) -> None:
        """The account changed: automatic tries start again."""
        self.paused_reason = ""
        self.reschedule()

    def reschedule(self) -> None:
        """Set the timer for the next due message (the outbox changed); tell the views."""
        self._timer.stop()
        when = self.outbox.next_attempt()
        if when is not None and not self.paused_reason:
            wait_ms = int((when - self.outbox.clock()).total_seconds() * 1000)
            self._timer.start(min(max(wait_ms, 0), MAX_WAIT_MS))
        self.changed.emit()

    def flush_now(self, ask: Callable[[MailAccount], str | None] | None = None) -> MailJob | None:
        """The user's "Send now": every queued message, even before its time; None when nothing was started.

        ``ask`` is the View's password question, asked when the password is not known yet.
        """
        self.paused_reason = ""
        return self._flush(everything=True, ask=ask)

    def _due(self) -> None:
        self._flush(everything=False, ask=None)

    def _folder_changed(self, _path: str) -> None:
        if self._job is None:
            self.reschedule()

    def _flush(self, everything: bool, ask: Callable[[MailAccount], str | None] | None) -> MailJob | None:
        if self._job is not None:
            self._again = True  # once this one is over
            return None
        if not self.outbox.due(everything):
            self.reschedule()
            return None
        account = self.account()
        if account is None:
            return self._pause(say(N_("No mail server is set up: give --smtp URL, or set one up in the Mail "
                                      "settings.")))
        password = self.passwords.get(account, ask) if ask is not None else self.passwords.known(account)
        if password is None:
            return self._pause(say(N_("The messages in the outbox wait for the password of {user} at {host}."),
                                   user=account.user, host=account.host))
        outbox, connect = self.outbox, connector(account, password)

        def work(job: MailJob) -> None:
            job.attempts = outbox.flush(connect, everything=everything)  # type: ignore[attr-defined]

        job = MailJob(work, "flush")
        job.attempts = []  # type: ignore[attr-defined]
        self._job = job
        job.done.connect(self._flush_done)  # delivered on the GUI thread
        run_in_pool(job)  # type: ignore[arg-type]  # the pool only calls run()
        return job

    def _pause(self, reason: str) -> None:
        self.paused_reason = reason
        self.reschedule()
        return None

    def _flush_done(self) -> None:
        job, self._job = self._job, None
        self._last_job = job
        account = self.account()
        for attempt in getattr(job, "attempts", []):
            failure = attempt.failure
            kind = getattr(failure, "kind", "")
            if kind in PAUSING_KINDS:
                if kind == AUTH and account is not None:
                    self.passwords.forget(account)
                self.paused_reason = mail_text(failure)
        if job is not None and job.failure is not None:  # the outbox folder could not be written
            self.paused_reason = job.sentence or mail_text(job.failure)
        if self._again:
            self._again = False
            self._flush(everything=False, ask=None)
        else:
            self.reschedule()
