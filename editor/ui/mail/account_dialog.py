"""File › Mail Account…: the server messages go out through, the login and the From address.

The password box is never written to a file: the window's mail part hands it to the session,
which keeps it in the system keychain when there is one, else for this run only (and says so).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.session.mail_account import DEFAULT_PORTS, PLAIN, STARTTLS, TLS, MailAccount
from editor.ui.dialog_buttons import ok_cancel_buttons
from editor.ui.mail.mail_widgets import named_button, problem_label


class AccountDialog(QDialog):
    """Host, port, security, user, From, CA file and password; ``account()`` is what was typed."""

    def __init__(self, account: MailAccount | None, keychain: bool, keep: Callable[[MailAccount, str | None], str],
                 parent: QWidget | None = None) -> None:
        """``keep(account, password)`` stores what was typed and returns "" (else why it cannot be kept)."""
        super().__init__(parent)
        self.setObjectName("mail_account_dialog")
        self.setWindowTitle(self.tr("Mail Account"))
        self.keep = keep
        account = account or MailAccount(host="")
        self._timeout_s = account.timeout_s
        self.host_field = self._line(account.host, self.tr("Server"), self.tr("smtp.example.vn"))
        self.port_field = QSpinBox()
        self.port_field.setRange(1, 65535)
        self.port_field.setValue(account.port)
        self.port_field.setAccessibleName(self.tr("Port"))
        self.security_box = QComboBox()
        self.security_box.setAccessibleName(self.tr("Security"))
        for text, value in ((self.tr("STARTTLS (port 587)"), STARTTLS), (self.tr("TLS from the start (port 465)"), TLS),
                            (self.tr("None: a mail server on this computer only"), PLAIN)):
            self.security_box.addItem(text, value)
        self.security_box.setCurrentIndex(max(0, self.security_box.findData(account.security)))
        self.security_box.currentIndexChanged.connect(self._security_changed)
        self._security = self.security()
        self.user_field = self._line(account.user, self.tr("User name"), self.tr("reporter@example.vn"))
        self.sender_field = self._line(account.sender, self.tr("From address"), self.tr("Name <reporter@example.vn>"))
        self.ca_field = self._line(account.ca_file, self.tr("CA certificate file"),
                                   self.tr("only for a desk's own mail server"))
        browse = named_button(self.tr("&Browse…"), self.tr("Choose the CA certificate file"), self._browse)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_field, 1)
        ca_row.addWidget(browse)
        self.password_field = self._line("", self.tr("Password"), "")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_field.setPlaceholderText(self.tr("unchanged") if account.user else "")
        where = self.tr("The password is kept in the system keychain, never in a file.") if keychain else \
            self.tr("This computer has no keychain: the password is kept only until ArticleDesk closes and asked "
                    "again the next time; it is never written to a file.")
        self.password_note = QLabel(where)
        self.password_note.setWordWrap(True)
        self.problem_label = problem_label(self.tr("Problem"), "account_problem")

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Server:"), self.host_field), self.host_field)
        form.addRow(self._label(self.tr("&Port:"), self.port_field), self.port_field)
        form.addRow(self._label(self.tr("S&ecurity:"), self.security_box), self.security_box)
        form.addRow(self._label(self.tr("&User name:"), self.user_field), self.user_field)
        form.addRow(self._label(self.tr("Pass&word:"), self.password_field), self.password_field)
        form.addRow("", self.password_note)
        form.addRow(self._label(self.tr("&From:"), self.sender_field), self.sender_field)
        form.addRow(self._label(self.tr("&CA certificate:"), self.ca_field), ca_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        buttons = ok_cancel_buttons(self, self.tr("OK"), self.tr("Cancel"))
        for button in buttons.buttons():
            button.setAccessibleName(button.text())
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _line(self, text: str, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit(text)
        field.setAccessibleName(name)
        field.setPlaceholderText(placeholder)
        field.textEdited.connect(self.clear_problem)
        return field

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def security(self) -> str:
        """"starttls", "tls" or "none"."""
        return str(self.security_box.currentData())

    def _security_changed(self) -> None:
        """The port follows the security while it is the usual port of the one before."""
        new = self.security()
        if self.port_field.value() == DEFAULT_PORTS.get(self._security):
            self.port_field.setValue(DEFAULT_PORTS[new])
        self._security = new

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA Certificate"), self.ca_field.text(),
                                              self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_field.setText(path)

    def account(self) -> MailAccount:
        """The account as typed (checked by the session when it is kept)."""
        return MailAccount(host=self.host_field.text().strip(), port=self.port_field.value(), security=self.security(),
                           user=self.user_field.text().strip(), sender=self.sender_field.text().strip(),
                           ca_file=self.ca_field.text().strip(), timeout_s=self._timeout_s)

    def password(self) -> str | None:
        """The password typed; None when the box was left empty (the one kept stays)."""
        return self.password_field.text() or None

    def accept(self) -> None:
        """OK: the account is kept, or the dialog stays open and says why it cannot be."""
        problem = self.keep(self.account(), self.password())
        if problem:
            self.show_problem(problem)
            return
        super().accept()

    def show_problem(self, sentence: str) -> None:
        """Why the account cannot be kept as typed."""
        self.problem_label.setText(sentence)
        self.problem_label.show()

    def clear_problem(self) -> None:
        """The user is correcting: the sentence goes."""
        self.problem_label.hide()
