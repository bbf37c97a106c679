"""One way out for every export: File › Export…, Export as PDF, Print, the command line and e-mail.

The service (no widgets) decides what every path has in common: the house-style question
before an article with errors goes out, the page set-up a PDF or a printer gets, rendering and
writing in a worker (:mod:`.export_job`) so the window never freezes, Cancel leaving an
existing file untouched, and one sentence for each failure (:mod:`.export_errors`). The window
only answers the questions of :class:`ExportView` and shows progress. What needs no Qt (render,
write, count the errors) is in :mod:`.export_core`, which the command line uses directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

from editor.model.article import Article
from editor.session.export_core import (
    CANCELLED,
    FAILED,
    WRITTEN,
    count_house_style_errors,
    desk_masthead,
    export_file,
    render,
    write_export,
)
from editor.session.export_errors import ExportError, failure_sentence, house_style_sentence
from editor.session.export_job import ExportJob, run_in_pool
from editor.settings import Settings
from exports.formats import FORMATS, ExportFormat

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

    from editor.session.article_session import ArticleSession
    from editor.session.checking import CheckController
    from exports.print_layout import PrintOptions
    from exports.print_pdf import PrintJob

__all__ = [
    "CANCELLED", "FAILED", "FORMATS", "WRITTEN", "ExportChoice", "ExportError", "ExportFormat", "ExportJob",
    "ExportService", "ExportView", "count_house_style_errors", "desk_masthead", "export_file", "failure_sentence",
    "house_style_sentence", "render", "write_export",
]


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose in the export dialog: the format's key, the file, open its folder after."""

    format: str
    path: Path
    open_folder: bool = False


class ExportView(Protocol):
    """What the service asks of the window while an export runs."""

    def ask_export_despite_errors(self, errors: int) -> bool:
        """The article has house-style errors: go on anyway?"""

    def export_started(self, job: ExportJob, choice: ExportChoice | None) -> None:
        """A job is running: show progress whose Cancel calls ``job.cancel()``."""

    def export_finished(self, job: ExportJob, choice: ExportChoice | None) -> None:
        """The job is over: ``job.outcome`` says how, ``job.error`` why it failed."""


# The same for every caller (render, export_file, count_house_style_errors, desk_masthead,
# write_export) is in :mod:`.export_core`, without Qt, for the command line.


# ------------------------------------------------------------------ the window's service


class ExportService(QObject):
    """The exports of one window's article: asks the view, renders in the pool, writes, reports."""

    def __init__(self, session: ArticleSession, settings: Settings,
                 live_checker: Callable[[], CheckController | None] = lambda: None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.live_checker = live_checker
        self._running: dict[ExportJob, tuple[ExportView, ExportChoice | None]] = {}

    @property
    def base_dir(self) -> Path | None:
        """The folder the article's relative image paths are read from."""
        return self.session.path.parent if self.session.path else None

    def print_options(self) -> PrintOptions:
        """The remembered page set-up."""
        from editor.print_settings import stored_print_options

        return stored_print_options(self.settings)

    def house_style_errors(self, article: Article) -> int:
        """Error-level findings of ``article`` (a copy of the session's).

        The live checker's count when it is current (no check on the GUI thread); else a fresh
        check with the pack the window uses (a desk pack when one is chosen).
        """
        controller = self.live_checker()
        if controller is None:
            return count_house_style_errors(article)
        if controller.pack is not None:
            controller.flush()  # the paragraphs typed since the last pause
            if controller.is_idle():
                return controller.counts()["error"]
        return count_house_style_errors(article, controller.desired_pack())

    def may_export(self, article: Article, view: ExportView) -> bool:
        """False when the article has house-style errors and the user stops."""
        errors = self.house_style_errors(article)
        return not errors or view.ask_export_despite_errors(errors)

    def export(self, choice: ExportChoice, view: ExportView) -> ExportJob | None:
        """Export the session's article as ``choice`` says, in the pool; None when the user stopped."""
        article = self.session.article.copy()
        if not self.may_export(article, view):
            return None
        options = self.print_options() if FORMATS[choice.format].print_options else None
        masthead = desk_masthead(self.settings) if FORMATS[choice.format].desk_masthead else ""
        base_dir = self.base_dir
        job = ExportJob(lambda: render(article, choice.format, base_dir, options, choice.path, masthead),
                        choice.path)
        self._start(job, view, choice)
        return job

    def print_job(self, options: PrintOptions | None = None) -> PrintJob:
        """The session's article laid out for printing (the preview paints it); ExportError when it cannot print."""
        from exports.print_pdf import PrintJob

        try:
            return PrintJob(self.session.article.copy(), options or self.print_options(), self.base_dir)
        except ValueError as exc:  # a page set-up or font that cannot print
            raise ExportError(failure_sentence(exc, None)) from exc

    def print_to(self, job: PrintJob, device: QPagedPaintDevice, view: ExportView) -> ExportJob | None:
        """Paint ``job`` on ``device`` (a printer the user chose) in the pool; None when the user stopped."""
        if not self.may_export(self.session.article.copy(), view):
            return None
        def paint() -> int:
            try:
                return job.print_to(device)
            finally:
                job.laid = None  # its documents were made in the worker: they go there too

        worker = ExportJob(paint, None, kind="print")
        self._start(worker, view, None)
        return worker

    def _start(self, job: ExportJob, view: ExportView, choice: ExportChoice | None) -> None:
        self._running[job] = (view, choice)
        job.done.connect(self._job_done)  # a bound method of a QObject: delivered on the GUI thread
        view.export_started(job, choice)
        run_in_pool(job)

    def _job_done(self) -> None:
        job = self.sender()
        entry = self._running.pop(job, None) if isinstance(job, ExportJob) else None
        if entry is not None:
            view, choice = entry
            view.export_finished(job, choice)

    def remember_print_options(self, options: PrintOptions) -> None:
        """Page Setup: keep ``options`` for the next print, PDF and ``articledesk export --to pdf``."""
        from editor.print_settings import store_print_options

        store_print_options(self.settings, options)

    def prepare_printer(self, printer: QPagedPaintDevice, options: PrintOptions, title: str = "") -> None:
        """Set ``printer`` (a QPrinter) to the page set-up's paper; the layout draws its own margins."""
        from exports.print_pdf import prepare_printer

        prepare_printer(printer, options, title)
