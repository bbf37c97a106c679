"""The few questions and messages the main window puts to the user.

They are small methods on purpose (Mu's passive window): tests replace them with monkeypatch
instead of driving real modal dialogs, and the rest of the window only calls these.
"""

from __future__ import annotations

from editor.session.files import EXTENSION, MAIL_EXTENSION
from editor.session.view import CANCEL, DISCARD, KEEP_MINE, SAVE, SAVE_COPY, STATUS_MESSAGE_MS, TAKE_THEIRS
from editor.ui.window_part import WindowPart

# The answers are the session's (editor/session/view.py); named here for the window's callers.
__all__ = ["CANCEL", "DISCARD", "KEEP_MINE", "SAVE", "SAVE_COPY", "TAKE_THEIRS", "WindowDialogs"]


class WindowDialogs(WindowPart):
    """Part of MainWindow (a QWidget): every modal dialog goes through one of these methods. It is
    the View the session talks to (editor/session/view.py)."""

    def article_filter(self) -> str:
        """File-dialog filter for article files."""
        return self.tr("Articles (*{ext});;All files (*)").format(ext=EXTENSION)

    def ask_save_changes(self, name: str) -> str:
        """Ask whether to save the changes to ``name``: returns "save", "discard" or "cancel"."""
        from PySide6.QtWidgets import QMessageBox  # dialogs load on first use

        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Unsaved Changes"))
        box.setText(self.tr("Save the changes to “{name}”?").format(name=name))
        box.setInformativeText(self.tr("If you don't save, your changes will be lost."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.button(QMessageBox.StandardButton.Save).setText(self.tr("&Save"))
        box.button(QMessageBox.StandardButton.Discard).setText(self.tr("&Don't Save"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return DISCARD
        return CANCEL

    def ask_open_path(self, folder: str) -> str | None:
        """The article file (or a received e-mail holding one) to open, or None when the user cancels."""
        from PySide6.QtWidgets import QFileDialog  # dialogs load on first use

        kinds = self.tr("Articles and e-mails (*{ext} *{mail});;Articles (*{ext});;E-mail messages (*{mail});;"
                        "All files (*)").format(ext=EXTENSION, mail=MAIL_EXTENSION)
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open Article"), folder, kinds)
        return path or None

    def ask_save_path(self, suggested: str) -> str | None:
        """Where to save the article, or None when the user cancels."""
        from PySide6.QtWidgets import QFileDialog  # dialogs load on first use

        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save Article"), suggested, self.article_filter())
        return path or None

    def ask_link_url(self, current: str) -> str | None:
        """The address for a link ("" removes the link), or None when the user cancels."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit  # dialogs load on first use

        text, ok = QInputDialog.getText(
            self,
            self.tr("Link"),
            self.tr("Address of the link (leave empty to remove the link):"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        return text.strip() if ok else None

    def ask_overwrite_changed_file(self, name: str) -> str:
        """The file changed on disk since it was opened: returns KEEP_MINE, TAKE_THEIRS, SAVE_COPY or CANCEL."""
        from PySide6.QtWidgets import QMessageBox  # dialogs load on first use

        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("File Changed on Disk"))
        box.setText(self.tr("“{name}” was changed by another program since you opened it.").format(name=name))
        box.setInformativeText(self.tr("Keep your version (the other one is kept in the revision history), take "
                                       "the version on disk (yours is kept in the history), or save yours as a "
                                       "separate copy?"))
        keep = box.addButton(self.tr("&Keep Mine"), QMessageBox.ButtonRole.AcceptRole)
        theirs = box.addButton(self.tr("&Take Theirs"), QMessageBox.ButtonRole.DestructiveRole)
        copy = box.addButton(self.tr("Save Mine as a &Copy…"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(copy)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return {keep: KEEP_MINE, theirs: TAKE_THEIRS, copy: SAVE_COPY}.get(clicked, CANCEL)

    def show_error(self, message: str) -> None:
        """Tell the user, in one sentence, what went wrong."""
        from PySide6.QtWidgets import QMessageBox  # dialogs load on first use

        QMessageBox.warning(self.window, self.tr("ArticleDesk"), message)

    def show_message(self, message: str, timeout_ms: int = STATUS_MESSAGE_MS) -> None:
        """A passing message in the status bar."""
        self.window.statusBar().showMessage(message, timeout_ms)

    def show_info(self, message: str) -> None:
        """Tell the user something worth knowing (no question asked)."""
        from PySide6.QtWidgets import QMessageBox  # dialogs load on first use

        QMessageBox.information(self.window, self.tr("ArticleDesk"), message)

    def show_about_box(self, title: str, text: str) -> None:
        """The About box."""
        from PySide6.QtWidgets import QMessageBox  # dialogs load on first use

        QMessageBox.about(self.window, title, text)
