"""Writes to the journal and the history on a worker thread, one after another, in the order asked.

Serialising a long article and writing it takes seconds at 20,000 paragraphs; the GUI thread only
hands over a snapshot nobody changes any more (an immutable text, or an article copy the window no
longer touches) and gets the outcome back through ``done``, in the order the writes were asked,
on its own thread. ``wait`` delivers every outcome still due before it returns, for the few
places that need the disk up to date now (before a save, before reading the history). Nothing
is written after ``stop``.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from editor.model.article_file import N_, ArticleFileError

Job = Callable[[], Any]
Outcome = Callable[[Any, ArticleFileError | None], None]


class SerialWriter(QObject):
    """One worker thread running write jobs in the order they were queued."""

    _ready = Signal()  # emitted from the worker: outcomes wait in ``_outcomes``

    def __init__(self, name: str = "articledesk-writes", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Condition()
        self._jobs: deque[tuple[Job, Outcome | None, str]] = deque()
        self._outcomes: deque[tuple[Outcome | None, Any, ArticleFileError | None]] = deque()
        self._running = 0  # jobs taken by the worker and not yet finished
        self._stopped = False
        self._ready.connect(self._deliver)
        self._thread = threading.Thread(target=self._work, name=name, daemon=True)
        self._thread.start()

    # ------------------------------------------------------------ GUI thread

    def submit(self, job: Job, outcome: Outcome | None = None, file: str = "") -> bool:
        """Run ``job`` after every job queued before it; ``outcome(result, error)`` then runs on this
        thread. ``file`` names what the job writes, for an unforeseen failure. False (nothing
        queued) once stopped."""
        with self._lock:
            if self._stopped:
                return False
            self._jobs.append((job, outcome, file))
            self._lock.notify_all()
        return True

    @property
    def busy(self) -> bool:
        """True while jobs are queued or running."""
        with self._lock:
            return bool(self._jobs) or self._running > 0

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every queued job has run, then deliver their outcomes; False on timeout."""
        with self._lock:
            finished = self._lock.wait_for(lambda: not self._jobs and self._running == 0, timeout)
        self._deliver()
        return finished

    def stop(self, timeout: float | None = 30.0) -> None:
        """Finish the queued jobs, then take no more (the program stops using the journal)."""
        with self._lock:
            self._stopped = True
            self._lock.notify_all()
        self._thread.join(timeout)
        try:
            self._deliver()
        except RuntimeError:
            pass  # the Qt side is already gone at exit: nobody is left to tell

    def _deliver(self) -> None:
        while True:
            try:
                outcome, result, error = self._outcomes.popleft()
            except IndexError:
                return
            if outcome is not None:
                outcome(result, error)

    # ---------------------------------------------------------- worker thread

    def _work(self) -> None:
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._jobs or self._stopped)
                if not self._jobs:
                    return  # stopped and nothing left
                job, outcome, file = self._jobs.popleft()
                self._running += 1
            result: Any = None
            error: ArticleFileError | None = None
            try:
                result = job()
            except ArticleFileError as exc:
                error = exc
            except Exception as exc:  # noqa: BLE001 - a bug must not kill the writer and lose later writes
                error = ArticleFileError(N_("Cannot save “{file}”: {reason}."), file=file,
                                         reason=str(exc) or type(exc).__name__)
            self._outcomes.append((outcome, result, error))
            with self._lock:
                self._running -= 1
                self._lock.notify_all()
            try:
                self._ready.emit()
            except RuntimeError:
                pass  # the receiving QObject was deleted at exit
