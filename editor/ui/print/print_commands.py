"""File › Page Setup, Print Preview, Print and Export as PDF ("In bài") for the main window.

A part of MainWindow. The work goes through the window's export service
(``window.exporting.service``, :mod:`editor.session.exporting`): it lays the article out as a
PrintJob, which paints the preview, the printer and the PDF alike, asks the house-style question,
and renders the PDF and the printed pages in a worker with the progress and the sentences of
File › Export…. Only the preview paints on the GUI thread: QPrintPreviewWidget asks for its
pages synchronously through ``paintRequested``. Preview references (printer, jobs and their
documents) are kept until the preview closes, since a QPrinter or QTextDocument collected under
a live preview crashes (outputs.md §0).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize

from editor.ui.window_part import WindowPart

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

    from editor.session.exporting import ExportService, PrintJob
    from editor.session.page_setup import PrintOptions

PREVIEW_SIZE = QSize(900, 1000)  # before the user sizes it; made smaller to fit the screen


class PrintCommands(WindowPart):
    """Part of MainWindow: printing and PDF with the project's own page layout."""

    tr: Callable[..., str]
    print_preview_dialog: QPrintPreviewDialog | None = None
    _preview_keep: list[object]

    # ------------------------------------------------------------ helpers

    @property
    def service(self) -> ExportService:
        """The window's one export service."""
        return self.window.exporting.service

    def print_options(self) -> PrintOptions:
        """The remembered page set-up."""
        return self.service.print_options()

    def make_print_job(self) -> PrintJob | None:
        """A print job for the article as it is on screen; None (after telling the user) when it cannot print."""
        from editor.session.exporting import ExportError

        self.window.sync_body()
        try:
            return self.service.print_job()
        except ExportError as exc:  # a page set-up or font that cannot print, as one sentence
            self.window.dialogs.show_error(str(exc))
            return None

    def new_printer(self, options: PrintOptions) -> QPrinter:
        """A high-resolution printer set to the page set-up's paper (works with no printer installed)."""
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.service.prepare_printer(printer, options, self.session.article.headline)
        return printer

    def _paint(self, job: PrintJob, printer: QPrinter) -> bool:
        from editor.session.exporting import failure_sentence

        try:
            job.print_to(printer)
        except ValueError as exc:
            self.window.dialogs.show_error(failure_sentence(exc, None))
            return False
        return True

    # ------------------------------------------------------------ page set-up

    def ask_page_setup(self, options: PrintOptions, parent: QWidget | None = None) -> PrintOptions | None:
        """Show the page set-up dialog (over ``parent``, default the window); None when the user cancels."""
        from editor.ui.dialog_geometry import fit_to_screen
        from editor.ui.print.print_dialogs import PageSetupDialog

        dialog = PageSetupDialog(options, parent or self.window)
        fit_to_screen(dialog, self.settings, "dialogs/page_setup_size", dialog.natural_size())
        try:
            return dialog.options() if dialog.exec() == PageSetupDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()  # one dialog per use, not one left behind each time

    def page_setup(self, parent: QWidget | None = None) -> bool:
        """File › Page Setup…: True when a new set-up was remembered."""
        chosen = self.ask_page_setup(self.print_options(), parent)
        if chosen is None:
            return False
        try:
            self.service.remember_print_options(chosen)
        except ValueError as exc:
            self.window.dialogs.show_error(str(exc))
            return False
        if self.print_preview_dialog is not None:
            self._refresh_preview()
        return True

    # ------------------------------------------------------------ preview

    def print_preview(self) -> QPrintPreviewDialog | None:
        """File › Print Preview…: a preview window with zoom, page set-up, print and PDF."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog
        from PySide6.QtWidgets import QToolBar

        from editor.ui.dialog_geometry import fit_to_screen

        if self.print_preview_dialog is not None:
            self.print_preview_dialog.raise_()
            return self.print_preview_dialog
        job = self.make_print_job()
        if job is None:
            return None
        printer = self.new_printer(job.options)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setObjectName("print_preview")
        dialog.setWindowTitle(self.tr("Print Preview – {name}").format(
            name=self.session.display_name()))
        self._preview_keep = [printer, job]
        self._preview_job = job
        dialog.paintRequested.connect(self._paint_preview)
        dialog.finished.connect(self._preview_closed)
        toolbar = dialog.findChild(QToolBar)
        if toolbar is not None:  # the layout's own set-up (margins, columns, font) beside Qt's paper set-up
            toolbar.addSeparator()
            action = toolbar.addAction(self.tr("Layout…"))
            action.setObjectName("print_layout_setup")
            action.setToolTip(self.tr("Margins, columns, font and masthead of the printed page"))
            action.triggered.connect(lambda _checked=False, d=dialog: self.page_setup(d))
        self.print_preview_dialog = dialog
        fit_to_screen(dialog, self.settings, "dialogs/print_preview_size", PREVIEW_SIZE)  # a whole page, footer included
        dialog.open()
        return dialog

    def _paint_preview(self, printer: QPrinter) -> None:
        self._paint(self._preview_job, printer)

    def _refresh_preview(self) -> None:
        job = self.make_print_job()
        dialog = self.print_preview_dialog
        if job is None or dialog is None:
            return
        self._preview_keep.append(job)  # earlier pages may still show until the repaint
        self._preview_job = job
        printer = self._preview_keep[0]
        self.service.prepare_printer(printer, job.options)
        from PySide6.QtPrintSupport import QPrintPreviewWidget

        widget = dialog.findChild(QPrintPreviewWidget)
        if widget is not None:
            widget.updatePreview()

    def _preview_closed(self, _result: int = 0) -> None:
        dialog = self.print_preview_dialog
        self.print_preview_dialog = None
        if dialog is not None:  # the printer and documents are let go only once the dialog is gone
            dialog.destroyed.connect(self._preview_keep.clear)
            dialog.deleteLater()

    # ------------------------------------------------------------ print, PDF

    def ask_print(self, printer: QPrinter) -> bool:
        """The system print dialog for ``printer``; False when the user cancels."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, self.window)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def print_article(self) -> bool:
        """File › Print…: True when the pages are on their way to the printer (or the file it chose).

        The pages are painted in a worker, as Qt allows for a QPrinter; the print dialog itself
        is modal on the GUI thread. The outcome ("Printed 2 page(s)" or the failure's sentence)
        arrives through the export view, like every export's.
        """
        job = self.make_print_job()
        if job is None:
            return False
        printer = self.new_printer(job.options)
        if not self.ask_print(printer):
            return False
        return self.service.print_to(job, printer, self.window.exporting) is not None

    def ask_pdf_path(self, suggested: str) -> str | None:
        """Where to write the PDF, or None when the user cancels."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export as PDF"), suggested,
                                              self.tr("PDF documents (*.pdf);;All files (*)"))
        return path or None

    def export_pdf(self) -> bool:
        """File › Export as PDF…: True when the export was started (as File › Export… with PDF chosen)."""
        from editor.session.exporting import ExportChoice

        self.window.sync_body()
        exporting = self.window.exporting
        path = self.ask_pdf_path(str(Path(self.window.files.default_folder()) / f"{exporting.suggested_stem()}.pdf"))
        if not path:
            return False
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        return exporting.start_export(ExportChoice("pdf", Path(path)))
