"""One export at work: render the article, then write the file atomically, off the GUI thread.

The job runs in Qt's thread pool for the window (File › Export…, Export as PDF, Print); the
command line runs the Qt-free task it is built on (:class:`~editor.session.export_core.ExportTask`)
in its own thread, so the two cannot differ in what they write or in the sentence they give
when it fails. Cancel is honoured up to the moment the file is
written: a cancelled job never touches the target.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor.session.export_core import CANCELLED, FAILED, WRITTEN, ExportTask, write_export

__all__ = ["CANCELLED", "FAILED", "WRITTEN", "ExportJob", "run_in_pool", "write_export"]


class ExportJob(ExportTask, QObject):
    """``render`` makes the bytes (or paints a device and returns its page count); then the job
    writes them to ``target`` unless cancelled. ``done`` fires once, with :attr:`outcome` set to
    WRITTEN, CANCELLED or FAILED and :attr:`error` the sentence of a failure (the Qt-free
    :class:`~editor.session.export_core.ExportTask` does the work)."""

    done = Signal()

    def __init__(self, render: Callable[[], object], target: Path | None, kind: str = "export") -> None:
        QObject.__init__(self)
        ExportTask.__init__(self, render, target, kind)

    def finished(self) -> None:
        """The task is over: tell the view, on the thread this job belongs to."""
        self.done.emit()


class _Runner(QRunnable):
    def __init__(self, job: ExportJob) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


def run_in_pool(job: ExportJob) -> None:
    """Start ``job`` in Qt's global thread pool; it reports through ``job.done`` on the job's thread."""
    QThreadPool.globalInstance().start(_Runner(job))
