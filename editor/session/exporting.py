"""One way out for every export: File › Export…, Export as PDF, Print, the command line and e-mail.

The service (no widgets) decides what every path has in common: the house-style question
before an article with errors goes out, the page set-up a PDF or a printer gets, rendering and
writing in a worker (:mod:`.export_job`) so the window never freezes, Cancel leaving an
existing file untouched, and one sentence for each failure (:mod:`.export_errors`). The window
only answers the questions of :class:`ExportView` and shows progress.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject

from editor.model.article import Article
from editor.session.export_errors import ExportError, failure_sentence, house_style_sentence
from editor.session.export_job import CANCELLED, FAILED, WRITTEN, ExportJob, run_in_pool, write_export
from editor.settings import Settings
from exports.companions import ExportFiles
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


# ------------------------------------------------------------------ the same for every caller


def render(article: Article, fmt: str, base_dir: Path | None, options: PrintOptions | None = None,
           target: Path | None = None, masthead: str = "") -> bytes | ExportFiles:
    """The bytes of ``article`` in format ``fmt``; ``options`` is the page set-up of a printed format.

    A format that writes pictures beside its file (NITF) names them after ``target``
    and returns the files to write (:class:`ExportFiles`); a DOCX page header carries
    ``masthead`` (the desk's, "" = the article's outlet).
    """
    export_format = FORMATS[fmt]
    if export_format.print_options:
        return export_format.write(article, base_dir, options=options)
    if export_format.desk_masthead:
        return export_format.write(article, base_dir, masthead=masthead)
    if export_format.beside:
        return export_format.write(article, base_dir, name=Path(target).stem if target else "article")
    return export_format.write(article, base_dir)


def count_house_style_errors(article: Article, pack_source: str | None = None,
                             check: Callable[[Article, Any], list[Any]] | None = None) -> int:
    """Error-level findings of a fresh check (ignored ones excluded); the article's own pack by default.
    ``check(article, pack)``: how to get the findings not ignored (the command line checks on two cores).

    A pack that cannot be loaded counts as no errors: the checker has already said why.
    """
    from editor.model.house_style import PackError, check_article, default_pack_for, filter_ignored, load_pack

    try:
        pack = load_pack(pack_source or default_pack_for(article.base_language)).running_only("error")
    except PackError:
        return 0
    findings = check(article, pack) if check is not None else filter_ignored(check_article(article, pack), article)
    return sum(1 for f in findings if f.severity == "error")


def desk_masthead(settings: Settings) -> str:
    """The masthead the desk set in Page Setup ("" = each article's outlet)."""
    return str(settings.value("desk/outlet") or "")


def export_file(article: Article, fmt: str, target: Path, base_dir: Path | None,
                options: PrintOptions | None = None, masthead: str = "") -> None:
    """Render and write in the caller's thread (the command line); ExportError with the sentence."""
    job = ExportJob(lambda: render(article, fmt, base_dir, options, Path(target), masthead), Path(target))
    job.run()
    if job.outcome == FAILED:
        raise ExportError(job.error)


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
