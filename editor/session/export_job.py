"""One export at work: render the article, then write the file atomically, off the GUI thread.

The same job runs in Qt's thread pool for the window (File › Export…, Export as PDF, Print)
and in the caller's thread for the command line, so the two cannot differ in what they write
or in the sentence they give when it fails. Cancel is honoured up to the moment the file is
written: a cancelled job never touches the target.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor.model.article_file import write_atomic
from editor.session.export_errors import failure_sentence
from editor.session.export_files import write_with_pictures
from exports.companions import ExportFiles

WRITTEN, CANCELLED, FAILED = "written", "cancelled", "failed"


def write_export(path: Path, data: bytes | ExportFiles) -> None:
    """Write ``data`` to ``path`` all or nothing; a symlink is followed, so the link stays a link.

    An export of several files (NITF and its pictures) writes the pictures beside ``path``.
    """
    if isinstance(data, ExportFiles):
        write_with_pictures(Path(path), data)
        return
    write_atomic(Path(os.path.realpath(path)), data)


class ExportJob(QObject):
    """``render`` makes the bytes (or paints a device and returns its page count); then the job
    writes them to ``target`` unless cancelled. ``done`` fires once, with :attr:`outcome` set to
    WRITTEN, CANCELLED or FAILED and :attr:`error` the sentence of a failure."""

    done = Signal()

    def __init__(self, render: Callable[[], object], target: Path | None, kind: str = "export") -> None:
        super().__init__()
        self.render = render
        self.target = target  # None: the render itself went to a device (a printer)
        self.kind = kind  # "export" or "print": what the view says when it is done
        self.cancelled = False
        self.outcome = ""
        self.error = ""
        self.result: object = None  # the bytes written, or the pages printed

    def cancel(self) -> None:
        """The user pressed Cancel: nothing is written from now on."""
        self.cancelled = True

    def run(self) -> None:
        """Render and write (worker thread, or the caller's on the command line); then ``done``."""
        try:
            self.result = self.render()
            if self.cancelled and self.target is not None:
                self.outcome = CANCELLED
            else:
                if self.target is not None:
                    write_export(self.target, self.result)  # type: ignore[arg-type]
                self.outcome = WRITTEN
        except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence for the user
            if self.cancelled:
                self.outcome = CANCELLED
            else:
                self.outcome, self.error = FAILED, failure_sentence(exc, self.target)
            if not isinstance(exc, (OSError, ValueError)) and not hasattr(exc, "template"):
                raise  # a programming error fails loudly, after the view has heard of it
        finally:
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
