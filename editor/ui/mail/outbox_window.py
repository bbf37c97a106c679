"""File › Outbox…: the messages waiting to be sent, why the last try failed, Retry, Delete and Send Now.

It reads the outbox again whenever the window's flusher says it changed (a send, a retry, a
message queued by ``articledesk send`` in a terminal), so it is always what is on disk.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model.file_io import TemplatedError
from editor.session.files import error_text
from editor.session.mail_account import MailAccount
from editor.session.outbox import FAILED, QUEUED, SENDING, OutboxEntry
from editor.session.outbox_worker import OutboxFlusher
from editor.ui.mail.mail_widgets import named_button, problem_label
from editor.ui.timefmt import local_time

OUTBOX_SIZE = QSize(980, 420)
ID_ROLE = Qt.ItemDataRole.UserRole


class OutboxWindow(QDialog):
    """The outbox as a table, kept up to date by the flusher."""

    def __init__(self, flusher: OutboxFlusher, ask_password: Callable[[MailAccount], str | None],
                 edit_account: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outbox_window")
        self.setWindowTitle(self.tr("Outbox"))
        self.flusher = flusher
        self.ask_password = ask_password
        self.summary = QLabel()
        self.summary.setObjectName("outbox_summary")
        self.summary.setWordWrap(True)
        self.paused_label = problem_label(self.tr("Why sending is paused"), "outbox_paused")
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("outbox_table")
        self.table.setAccessibleName(self.tr("Messages waiting"))
        self.table.setHorizontalHeaderLabels([self.tr("Status"), self.tr("Tries"), self.tr("Subject"),
                                              self.tr("Recipients"), self.tr("Last error"), self.tr("Next try")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, fit, stretch, QHeaderView.ResizeMode.Interactive, stretch, fit)):
            header.setSectionResizeMode(column, mode)  # subject and error share what the others leave
        self.table.setColumnWidth(3, 170)
        self._rows_timer = QTimer(self)  # wrapped text: the rows follow the columns once the layout settles
        self._rows_timer.setSingleShot(True)
        self._rows_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._rows_timer.start(0))
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.retry_button = named_button(self.tr("&Retry"), self.tr("Retry the selected message"), self.retry)
        self.delete_button = named_button(self.tr("&Delete"), self.tr("Delete the selected message"), self.delete)
        self.send_now_button = named_button(self.tr("&Send Now"), self.tr("Send every waiting message now"),
                                            self.send_now)
        self.account_button = named_button(self.tr("Mail &Account…"), self.tr("Mail account"), edit_account)
        self.close_button = named_button(self.tr("Close"), self.tr("Close"), self.close)
        row = QHBoxLayout()
        for button in (self.retry_button, self.delete_button, self.account_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.send_now_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.paused_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        flusher.changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ the listing

    def status_text(self, entry: OutboxEntry) -> str:
        """What is happening to the message, in words."""
        if entry.status == SENDING:
            return self.tr("Sending")
        if entry.status == FAILED:
            return self.tr("Failed")
        return self.tr("Waiting to retry") if entry.attempts else self.tr("Waiting")

    def next_try_text(self, entry: OutboxEntry) -> str:
        """When the flusher tries it again by itself ("" for a failed one: only Retry sends it)."""
        if entry.status == FAILED:
            return self.tr("after Retry")
        if self.flusher.paused_reason:
            return self.tr("paused")
        return local_time(entry.next_attempt_at or "") or self.tr("now")

    def refresh(self) -> None:
        """Read the outbox again; the selected message stays selected."""
        selected = self.selected_id()
        entries = self.flusher.outbox.entries()
        translate = lambda text: QCoreApplication.translate("errors", text)  # noqa: E731 - the outbox's sentences
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (self.status_text(entry), str(entry.attempts), entry.subject, ", ".join(entry.recipients),
                     entry.error_text(translate), self.next_try_text(entry))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(ID_ROLE, entry.id)
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            if entry.id == selected:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self.summary.setText(self.summary_text(len(entries)))
        self.paused_label.setText(self.flusher.paused_reason)
        self.paused_label.setVisible(bool(self.flusher.paused_reason))
        self._update_buttons()

    def summary_text(self, count: int) -> str:
        """One line above the table."""
        if not count:
            return self.tr("No message is waiting: everything has been sent.")
        waiting = self.tr("1 message is waiting to be sent.") if count == 1 else \
            self.tr("{n} messages are waiting to be sent.").format(n=count)
        return waiting + " " + self.tr("ArticleDesk tries again by itself after 1, 2, 4 … up to 60 minutes; a "
                                       "message the server refused waits for Retry.")

    def selected_id(self) -> str:
        """The id of the selected message ("" when none)."""
        rows = self.table.selectionModel().selectedRows()
        item = self.table.item(rows[0].row(), 0) if rows else None
        return str(item.data(ID_ROLE)) if item is not None else ""

    def select(self, entry_id: str) -> None:
        """Select the message ``entry_id``."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == entry_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = bool(self.selected_id())
        self.retry_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.send_now_button.setEnabled(self.table.rowCount() > 0 and not self.flusher.busy)

    # ------------------------------------------------------------------ the user's commands

    def retry(self) -> bool:
        """Put the selected message back in the queue, to be tried now."""
        entry_id = self.selected_id()
        if not entry_id:
            return False
        try:
            retried = self.flusher.outbox.retry(entry_id)
        except TemplatedError as exc:  # the outbox cannot be written (a full disk, a read-only folder)
            self.say(error_text(exc))
            return False
        if retried is None:
            self.say(self.tr("That message is being sent right now."))
            return False
        self.flusher.resume()  # due now: the flusher sends it (and says why, when it cannot)
        return True

    def delete(self) -> bool:
        """Remove the selected message for good, after asking."""
        entry_id = self.selected_id()
        entry = self.flusher.outbox.get(entry_id) if entry_id else None
        if entry is None or not self.confirm_delete(entry):
            return False
        try:
            deleted = self.flusher.outbox.delete(entry_id)
        except TemplatedError as exc:
            self.say(error_text(exc))
            return False
        if not deleted:
            self.say(self.tr("That message is being sent right now."))
            return False
        self.flusher.reschedule()
        return True

    def send_now(self) -> None:
        """Try every waiting message now (asking for the password when it is not known)."""
        queued = [e for e in self.flusher.outbox.entries() if e.status == QUEUED]
        if not queued:
            self.say(self.tr("Only failed messages are waiting: select one and press Retry."))
            return
        self.flusher.flush_now(ask=self.ask_password)
        self.refresh()

    def confirm_delete(self, entry: OutboxEntry) -> bool:
        """Ask before a message is thrown away."""
        answer = QMessageBox.question(self, self.tr("Delete Message"),
                                      self.tr("Delete “{subject}” for good? It has not been sent.").format(
                                          subject=entry.subject or self.tr("(no subject)")))
        return answer == QMessageBox.StandardButton.Yes

    def say(self, sentence: str) -> None:
        """Tell the user something in the window's own line."""
        self.paused_label.setText(sentence)
        self.paused_label.show()
