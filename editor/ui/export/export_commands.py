"""File › Export… for the main window, and the one view every export reports to.

The export service (:mod:`editor.session.exporting`) does the work; this part asks the user
(format and file, "export despite errors?"), shows progress with Cancel for a long export, and
says how it ended. Export as PDF and Print (:mod:`editor.ui.print.print_commands`) report here
too, so every way out of the window asks and answers the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from editor.ui.window_part import WindowPart

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

    from editor.session.checking import CheckController
    from editor.session.exporting import ExportChoice, ExportJob, ExportService  # loads on the first export
    from editor.ui.window import MainWindow

PROGRESS_DELAY_MS = 400  # fast exports never flash a progress dialog
STATUS_MESSAGE_MS = 5000


class ExportCommands(WindowPart):
    """Part of MainWindow: File › Export… and the progress and outcome of every export."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._service: ExportService | None = None
        self.export_job: ExportJob | None = None  # the last job started
        self.progress: QProgressDialog | None = None  # its progress dialog
        self._progress: dict[ExportJob, QProgressDialog] = {}

    @property
    def service(self) -> ExportService:
        """The window's export service (File › Export…, PDF, Print and e-mail), made on first use."""
        if self._service is None:
            from editor.session.exporting import ExportService

            self._service = ExportService(self.session, self.settings, self._live_checker, self)
        return self._service

    def _live_checker(self) -> CheckController | None:
        checker = getattr(self.window, "checker", None)
        return checker.controller if checker is not None else None

    # ------------------------------------------------------------ questions

    def ask_export_choice(self, stem: str, folder: str, fmt: str, open_folder: bool) -> ExportChoice | None:
        """Show the export dialog; None when the user cancels."""
        from editor.ui.dialog_geometry import fit_to_screen
        from editor.ui.export.export_dialog import ExportDialog

        dialog = ExportDialog(stem, folder, fmt, open_folder, self.window)
        fit_to_screen(dialog, self.settings, "dialogs/export_size", dialog.sizeHint())
        try:
            return dialog.choice() if dialog.exec() == ExportDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()  # one dialog per use, not one left behind each time

    def ask_export_despite_errors(self, errors: int) -> bool:
        """The checker found errors: export anyway?"""
        from PySide6.QtWidgets import QMessageBox

        from editor.session.exporting import house_style_sentence

        answer = QMessageBox.question(
            self.window,
            self.tr("House-Style Errors"),
            house_style_sentence(errors) + " " + self.tr("Export anyway?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_folder(self, folder: Path) -> None:
        """Show ``folder`` in the desktop's file manager."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # ------------------------------------------------------------ File › Export…

    def suggested_stem(self) -> str:
        """The article's file name without extension, or one made from the headline."""
        from editor.ui.file_commands import suggested_file_name

        session = self.session
        return session.path.stem if session.path else Path(suggested_file_name(session.article.headline, "")).name

    def export_article(self) -> bool:
        """File › Export…: True when the export was started."""
        self.window.sync_body()
        settings = self.settings
        folder = settings.value("export/folder") or self.window.files.default_folder()
        choice = self.ask_export_choice(self.suggested_stem(), folder, settings.value("export/format"),
                                        settings.value("export/open_folder"))
        if choice is None:
            return False
        settings.set_value("export/format", choice.format)
        settings.set_value("export/open_folder", choice.open_folder)
        settings.set_value("export/folder", str(choice.path.parent))
        return self.start_export(choice)

    def start_export(self, choice: ExportChoice) -> bool:
        """Ask about house-style errors, then export in a worker; False when the user stopped."""
        return self.service.export(choice, self) is not None

    # ------------------------------------------------------------ progress and outcome (ExportView)

    def export_started(self, job: ExportJob, choice: ExportChoice | None) -> None:
        """A progress dialog with Cancel, shown only when the job takes a moment."""
        from PySide6.QtWidgets import QProgressDialog

        if choice is not None:
            label = self.tr("Exporting “{name}”…").format(name=choice.path.name)
        else:
            label = self.tr("Printing “{name}”…").format(name=self.session.display_name())
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("Export") if choice is not None else self.tr("Print"))
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        if choice is None:  # pages already sent cannot be called back: printing has no Cancel
            progress.setCancelButton(None)
        progress.canceled.connect(job.cancel)
        self.export_job, self.progress = job, progress
        self._progress[job] = progress

    def export_finished(self, job: ExportJob, choice: ExportChoice | None) -> None:
        """Say how the export ended: written, cancelled (nothing written) or the failure's sentence."""
        from editor.session.exporting import CANCELLED, FAILED

        progress = self._progress.pop(job, None)
        if progress is not None:
            progress.reset()
            progress.deleteLater()
        if self.progress is progress:
            self.progress = None
        bar = self.window.statusBar()
        if job.outcome == CANCELLED:
            bar.showMessage(self.tr("Export cancelled; nothing was written."), STATUS_MESSAGE_MS)
        elif job.outcome == FAILED:
            self.window.dialogs.show_error(job.error)
        elif choice is None:
            printed = self.tr("Printed 1 page") if job.result == 1 else self.tr("Printed {n} pages").format(n=job.result)
            bar.showMessage(printed, STATUS_MESSAGE_MS)
        else:
            bar.showMessage(self.tr("Exported “{name}”").format(name=choice.path.name), STATUS_MESSAGE_MS)
            if choice.open_folder:
                self.open_folder(choice.path.parent)
