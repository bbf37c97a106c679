"""File › Export… for the main window: format, destination, a warning when the house-style
checker holds errors, progress with Cancel for long exports, and "open the folder" after.

The writers read a copy of the article in a worker thread, so the window stays responsive;
Cancel discards the result and leaves any existing file untouched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor.model import article_file
from editor.model.article import Article
from editor.model.article_file import ArticleFileError

if TYPE_CHECKING:
    from editor.ui.export.export_job import ExportChoice, ExportJob  # the export machinery loads on the first export
    from editor.ui.window import MainWindow

PROGRESS_DELAY_MS = 400  # fast exports never flash a progress dialog


class ExportCommands(QObject):
    """Part of MainWindow: the File › Export… command."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.settings = window.settings


    def ask_export_choice(self, stem: str, folder: str, fmt: str, open_folder: bool) -> ExportChoice | None:
        """Show the export dialog; None when the user cancels."""
        from editor.ui.export.export_dialog import ExportDialog

        dialog = ExportDialog(stem, folder, fmt, open_folder, self.window)
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return None
        return dialog.choice()

    def ask_export_despite_errors(self, errors: int) -> bool:
        """The checker found errors: export anyway?"""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("House-Style Errors"),
            self.tr("The house-style checker found {n} error(s) in this article. Export anyway?").format(n=errors),
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_folder(self, folder: Path) -> None:
        """Show ``folder`` in the desktop's file manager."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def house_style_errors(self, article: Article) -> int:
        """Error-level findings of the article's house style (ignored ones excluded).

        The live checker's count when it is current (no check on the GUI thread); else a fresh
        check with the pack the window uses (a desk pack when one is chosen).
        """
        from editor.model.house_style import (
            PackError,
            check_article,
            default_pack_for,
            filter_ignored,
            load_pack,
        )

        checker = getattr(self.window, "checker", None)
        controller = checker.controller if checker is not None else None
        pack = controller.pack if controller is not None else None
        if pack is not None:
            controller.flush()  # the paragraphs typed since the last pause
            if controller.is_idle():
                return controller.counts()["error"]
        else:
            try:
                pack = load_pack(default_pack_for(article.language))
            except PackError:
                return 0
        findings = filter_ignored(check_article(article, pack), article)
        return sum(1 for f in findings if f.severity == "error")

    def export_article(self) -> bool:
        """File › Export…: True when the export was started."""
        self.window.sync_body()
        session = self.session
        settings = self.settings
        from editor.ui.file_commands import suggested_file_name

        stem = session.path.stem if session.path else Path(suggested_file_name(session.article.headline, "")).name
        folder = settings.value("export/folder") or self.window.files.default_folder()
        choice = self.ask_export_choice(stem, folder, settings.value("export/format"), settings.value("export/open_folder"))
        if choice is None:
            return False
        settings.set_value("export/format", choice.format)
        settings.set_value("export/open_folder", choice.open_folder)
        settings.set_value("export/folder", str(choice.path.parent))
        return self.start_export(choice)

    def start_export(self, choice: ExportChoice) -> bool:
        """Check for house-style errors, then render in a worker; returns False if the user stopped."""
        from editor.ui.export.export_job import ExportJob, run_in_pool
        from exports.formats import FORMATS

        article = self.session.article.copy()
        errors = self.house_style_errors(article)
        if errors and not self.ask_export_despite_errors(errors):
            return False
        base_dir = self.session.path.parent if self.session.path else None
        options = None
        if FORMATS[choice.format].print_options:
            from editor.print_settings import stored_print_options

            options = stored_print_options(self.settings)
        job = ExportJob(article, choice.format, base_dir, options)
        job.choice = choice
        job.progress = self._export_progress(job, choice)
        self.export_job = job
        # A bound method of the window: Qt delivers the result on the GUI thread.
        job.done.connect(self._export_done)
        run_in_pool(job)
        return True

    def _export_progress(self, job: ExportJob, choice: ExportChoice):
        from PySide6.QtWidgets import QProgressDialog

        progress = QProgressDialog(
            self.tr("Exporting “{name}”…").format(name=choice.path.name), self.tr("Cancel"), 0, 0, self.window
        )
        progress.setWindowTitle(self.tr("Export"))
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.canceled.connect(lambda: setattr(job, "cancelled", True))
        return progress

    def _export_done(self, data: bytes | None, error: str) -> None:
        from editor.ui.export.export_job import ExportJob

        job = self.sender() if isinstance(self.sender(), ExportJob) else self.export_job
        choice, progress = job.choice, job.progress
        job.cancelled = job.cancelled or progress.wasCanceled()
        progress.reset()
        progress.deleteLater()
        bar = self.window.statusBar()
        if job.cancelled:
            bar.showMessage(self.tr("Export cancelled; nothing was written."), 5000)
            return
        if data is None:
            self.window.dialogs.show_error(self.tr("Could not export “{name}”: {error}").format(name=choice.path.name, error=error))
            return
        try:
            article_file.write_atomic(choice.path, data)
        except ArticleFileError as exc:
            from editor.ui.file_commands import error_text

            self.window.dialogs.show_error(error_text(exc))
            return
        bar.showMessage(self.tr("Exported “{name}”").format(name=choice.path.name), 5000)
        if choice.open_folder:
            self.open_folder(choice.path.parent)
