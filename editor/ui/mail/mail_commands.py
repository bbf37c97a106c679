"""File › Send to Colleague…, Mail Account… and Outbox… for the main window, and the view the mail
service reports to.

The session's :class:`~editor.session.mailing.MailService` does the work in the thread pool; this
part opens the dialogs, asks the export's house-style question and the password, shows progress
and says how a message fared. The outbox's flusher starts a moment after the window's first
paint, and the status bar shows how many messages wait (nothing when none do).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer

from editor.ui.window_part import WindowPart

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QToolButton

    from editor.session.address_book import AddressBook
    from editor.session.mail_account import MailAccount
    from editor.session.mailing import MailChoice, MailJob, MailService
    from editor.session.outbox_worker import OutboxFlusher
    from editor.ui.mail.handoff import MailHandoff
    from editor.ui.mail.outbox_window import OutboxWindow
    from editor.ui.mail.send_dialog import SendDialog
    from editor.ui.window import MainWindow

OUTBOX_START_MS = 1500  # after the first paint: start-up loads no mail code
PROGRESS_DELAY_MS = 400
STATUS_MESSAGE_MS = 6000


class MailCommands(WindowPart):
    """Part of MainWindow: sending the article by e-mail, the mail account and the outbox."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._service: MailService | None = None
        self._flusher: OutboxFlusher | None = None
        self._book: AddressBook | None = None
        self._start_timer: QTimer | None = None
        self._progress: dict[MailJob, QProgressDialog] = {}
        self._kind = "send"  # what the user asked for: the house-style question says so
        self.send_dialog: SendDialog | None = None
        self.outbox_window: OutboxWindow | None = None
        self.outbox_button: QToolButton | None = None
        self.job: MailJob | None = None  # the last job started
        self._handoff: MailHandoff | None = None
        self._open_choice: MailChoice | None = None  # what Open in Mail Program was asked with

    # ------------------------------------------------------------------ the session's services

    @property
    def service(self) -> MailService:
        """The window's mail service, made on first use (on top of the export service)."""
        if self._service is None:
            from editor.session.mail_account import Passwords
            from editor.session.mailing import MailService

            self._service = MailService(self.window.exporting.service, passwords=Passwords(), parent=self)
            self._service.outbox_changed.connect(lambda: self.flusher.reschedule())
        return self._service

    @property
    def flusher(self) -> OutboxFlusher:
        """Sends what waits in the outbox, in the background."""
        if self._flusher is None:
            from editor.session.outbox_worker import OutboxFlusher

            service = self.service
            self._flusher = OutboxFlusher(service.outbox, service.account, service.passwords, self)
            self._flusher.changed.connect(self.show_outbox_count)
        return self._flusher

    @property
    def address_book(self) -> AddressBook:
        """The contacts and recent recipients To and Cc complete from."""
        if self._book is None:
            from editor.session.address_book import AddressBook

            self._book = AddressBook()
        return self._book

    def start_outbox_later(self, delay_ms: int = OUTBOX_START_MS) -> None:
        """Start the flusher once the window is up and idle (MainWindow.finish_start_up)."""
        if self._start_timer is None:
            self._start_timer = QTimer(self)
            self._start_timer.setSingleShot(True)
            self._start_timer.timeout.connect(self.start_outbox)
        self._start_timer.start(delay_ms)

    def start_outbox(self) -> None:
        """Watch the outbox, send what is due and show the count."""
        self.flusher.start()

    def window_closed(self) -> None:
        """The window closes: no more tries from it, and the drafts handed to the mail program go."""
        if self._start_timer is not None:
            self._start_timer.stop()
        if self._flusher is not None:
            self._flusher.stop()
        if self._service is not None:
            self._service.close()

    # ------------------------------------------------------------------ File › Send to Colleague…

    def send_article(self) -> SendDialog:
        """Open the Send dialog (it stays open until a message is on its way, or the user cancels)."""
        from editor.session.mail_compose import default_subject, remembered_attachments, start_preview
        from editor.ui.dialog_geometry import fit_to_screen
        from editor.ui.mail.send_dialog import SEND_SIZE, SendDialog

        self.window.sync_body()
        if self.send_dialog is not None:
            self.send_dialog.raise_()
            return self.send_dialog
        session = self.session
        dialog = SendDialog(default_subject(session.article), self.address_book.completions(),
                            remembered_attachments(self.settings),
                            lambda note, attached, done: start_preview(session.article, note, attached, done),
                            self.window)
        dialog.action_requested.connect(self.act)
        dialog.contacts_requested.connect(self.manage_contacts)
        dialog.finished.connect(self._send_dialog_closed)
        fit_to_screen(dialog, self.settings, "dialogs/send_size", SEND_SIZE)
        self.send_dialog = dialog
        dialog.open()
        return dialog

    def _send_dialog_closed(self) -> None:
        dialog, self.send_dialog = self.send_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def act(self, kind: str) -> MailJob | None:
        """A button of the Send dialog: "send", "open" (in the mail program) or "save" (as .eml)."""
        from editor.model.file_io import TemplatedError
        from editor.session.address_book import addresses_in
        from editor.session.mail_compose import remember_attachments
        from editor.session.mailing import check_choice, mail_text

        dialog = self.send_dialog
        if dialog is None:
            return None
        choice, service, self._kind = dialog.choice(), self.service, kind
        if kind == "mailto":
            return self.open_mailto(choice)
        try:
            if kind == "send":
                if service.account() is None and not self.edit_account():
                    return None
                job = service.send(choice, self)
            elif kind == "open":
                self._open_choice = choice
                job = service.open_in_mail_program(choice, self)
            else:
                account = service.account()
                check_choice(choice, account.sender if account else "")  # a finished message: before the path
                path = self.ask_eml_path()
                job = service.save_eml(choice, Path(path), self) if path else None
            recipients = addresses_in(",".join(choice.to + choice.cc))
        except TemplatedError as exc:  # a field that cannot be a header (HeaderError), an unusable account
            dialog.show_problem(getattr(exc, "field", ""), mail_text(exc))
            return None
        if job is None:  # the user stopped at the house-style question, the password or the file dialog
            return None
        self.address_book.remember(recipients)
        remember_attachments(self.settings, choice.attachments)
        dialog.accept()
        return job

    def ask_eml_path(self) -> str | None:
        """Where to save the message as .eml (None: cancelled)."""
        from PySide6.QtWidgets import QFileDialog

        from editor.session.mail_compose import eml_name

        suggested = str(Path(self.window.files.default_folder()) / eml_name(self.session.article))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save Message"), suggested,
                                              self.tr("E-mail messages (*.eml);;All files (*)"))
        if path and not path.lower().endswith(".eml"):
            path += ".eml"
        return path or None

    def manage_contacts(self) -> None:
        """Manage Contacts…: add or remove addresses; the Send dialog completes from them at once."""
        from editor.ui.mail.contacts_dialog import ContactsDialog

        dialog = ContactsDialog(self.address_book, self.send_dialog or self.window)
        dialog.exec()
        if self.send_dialog is not None:
            self.send_dialog.set_addresses(self.address_book.completions())
        dialog.deleteLater()

    # ------------------------------------------------------------------ File › Mail Account…

    def edit_account(self) -> bool:
        """The mail account dialog; True when an account was kept."""
        from editor.ui.mail.account_dialog import AccountDialog

        service = self.service
        parent = self.send_dialog or (self.outbox_window if self.outbox_window and self.outbox_window.isVisible()
                                      else self.window)
        dialog = AccountDialog(service.account(), service.passwords.keyring is not None, self.keep_account, parent)
        kept = dialog.exec() == AccountDialog.DialogCode.Accepted
        dialog.deleteLater()
        return kept

    def keep_account(self, account: MailAccount, password: str | None) -> str:
        """Store ``account`` (and its password in the keychain, else for this run); "" or why it cannot be."""
        from editor.model.file_io import TemplatedError
        from editor.session.mailing import MailChoice, check_choice, mail_text

        try:
            if account.sender:
                check_choice(MailChoice(to=()), account.sender, unsent=True)  # the From address
            self.service.set_account(account, password)
        except TemplatedError as exc:
            sentence = mail_text(exc)
            return self.tr("From: {problem}").format(problem=sentence) if getattr(exc, "field", "") == "from" \
                else sentence
        if self._flusher is not None:
            self._flusher.resume()
        return ""

    # ------------------------------------------------------------------ File › Outbox… and the status bar

    def show_outbox(self) -> OutboxWindow:
        """The Outbox window (one per main window, not modal)."""
        from editor.ui.dialog_geometry import fit_to_screen
        from editor.ui.mail.outbox_window import OUTBOX_SIZE, OutboxWindow

        if self.outbox_window is None:
            self.outbox_window = OutboxWindow(self.flusher, self.ask_password, self.edit_account, self.window)
            fit_to_screen(self.outbox_window, self.settings, "dialogs/outbox_size", OUTBOX_SIZE)
        self.outbox_window.show()
        self.outbox_window.raise_()
        self.outbox_window.activateWindow()
        return self.outbox_window

    def outbox_text(self, count: int) -> str:
        """The status bar's words for the messages waiting."""
        if count == 1:
            return self.tr("1 message waiting")
        return self.tr("{n} messages waiting").format(n=QLocale().toString(count))

    def show_outbox_count(self) -> None:
        """Show how many messages wait in the status bar (hidden when none do)."""
        flusher = self.flusher
        count = flusher.count()
        button = self.outbox_button
        if button is None:
            if not count:
                return
            from PySide6.QtWidgets import QToolButton

            button = self.outbox_button = QToolButton(self.window)
            button.setObjectName("outbox_status")
            button.setAutoRaise(True)
            button.setAccessibleName(self.tr("Outbox"))
            button.clicked.connect(lambda _checked=False: self.show_outbox())
            self.window.statusBar().insertPermanentWidget(0, button)
        button.setText(self.outbox_text(count))
        button.setToolTip(flusher.paused_reason or self.tr("Show the outbox"))
        button.setVisible(bool(count))

    # ------------------------------------------------------------------ what the mail service asks (MailView)

    def ask_export_despite_errors(self, errors: int) -> bool:
        """The export's question: the article has house-style errors, send (or make the message) anyway?"""
        from PySide6.QtWidgets import QMessageBox

        from editor.session.exporting import house_style_sentence

        question = self.tr("Send anyway?") if self._kind == "send" else self.tr("Make the message anyway?")
        answer = QMessageBox.question(self.send_dialog or self.window, self.tr("House-Style Errors"),
                                      house_style_sentence(errors) + " " + question)
        return answer == QMessageBox.StandardButton.Yes

    def ask_password(self, account: MailAccount) -> str | None:
        """The account's password, asked once (kept in the keychain, else until ArticleDesk closes)."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        kept = self.tr("It is kept in the system keychain.") if self.service.passwords.keyring is not None else \
            self.tr("It is kept until ArticleDesk closes, never in a file.")
        text, ok = QInputDialog.getText(
            self.send_dialog or self.window, self.tr("Mail Password"),
            self.tr("Password of {user} at {host}:").format(user=account.user, host=account.host) + "\n" + kept,
            QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def mail_started(self, job: MailJob) -> None:
        """A progress dialog with Cancel, shown only when the job takes a moment."""
        from PySide6.QtWidgets import QProgressDialog

        label = self.tr("Sending the message…") if job.kind == "send" else self.tr("Preparing the message…")
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self.window)
        progress.setWindowTitle(self.tr("Send to Colleague"))
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.canceled.connect(job.cancel)
        self._progress[job] = progress
        self.job = job

    def mail_finished(self, job: MailJob) -> None:
        """Say how it went: sent, waiting in the outbox, refused, written, cancelled."""
        from editor.session.mailing import CANCELLED, FAILED, QUEUED, SENT, WRITTEN

        progress = self._progress.pop(job, None)
        if progress is not None:
            progress.reset()
            progress.deleteLater()
        dialogs = self.window.dialogs
        if job.outcome == CANCELLED:
            dialogs.show_message(self.tr("Cancelled: nothing was sent or saved."), STATUS_MESSAGE_MS)
        elif job.outcome in (FAILED, QUEUED) or (job.outcome == SENT and job.entry is not None and job.entry.refused):
            (dialogs.show_error if job.outcome == FAILED else dialogs.show_info)(job.sentence)
        elif job.outcome == WRITTEN and job.kind == "open" and job.path is not None:
            self.open_draft(job.path)
        else:
            dialogs.show_message(job.sentence, STATUS_MESSAGE_MS)

    @property
    def handoff(self) -> MailHandoff:
        """Launches xdg-email (Thunderbird) and mailto: links."""
        if self._handoff is None:
            from editor.ui.mail.handoff import MailHandoff

            self._handoff = MailHandoff(self)
        return self._handoff

    def open_mailto(self, choice: MailChoice) -> None:
        """Open as mailto: Link: the note and the article as text, no attachment, cut at about 1,500 characters."""
        from editor.model.file_io import TemplatedError
        from editor.session.address_book import addresses_in
        from editor.session.mail_compose import default_subject
        from editor.session.mailing import check_choice, mail_text

        dialog = self.send_dialog
        try:
            check_choice(choice, "", unsent=True)
            recipients = addresses_in(",".join(choice.to + choice.cc))
        except TemplatedError as exc:
            if dialog is not None:
                dialog.show_problem(getattr(exc, "field", ""), mail_text(exc))
            return None
        if not self.handoff.open_mailto(choice, self.session.article, default_subject(self.session.article)):
            self.window.dialogs.show_error(self.handoff.mailto_failed())
            return None
        self.address_book.remember(recipients)
        if dialog is not None:
            dialog.accept()
        return None

    def open_draft(self, path: Path) -> bool:
        """Hand the draft (.eml with X-Unsent: 1) to the desktop's mail program; Thunderbird opens an .eml
        read-only, so it gets a new message through xdg-email with the draft's text and attachments."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        choice, self._open_choice = self._open_choice, None
        if choice is not None and self.handoff.thunderbird():
            if self.handoff.compose_with_xdg_email(choice, path):
                self.window.dialogs.show_message(self.tr("The message is open in your mail program."),
                                                 STATUS_MESSAGE_MS)
                return True
            self.window.dialogs.show_message(self.handoff.compose_failed(), STATUS_MESSAGE_MS)
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.window.dialogs.show_message(self.tr("The message is open in your mail program."), STATUS_MESSAGE_MS)
            return True
        self.window.dialogs.show_error(self.tr("No mail program opened the message. It is saved as “{file}” until "
                                               "ArticleDesk closes; use Save as .eml to keep it.").format(file=str(path)))
        return False
