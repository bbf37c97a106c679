"""Sending to a colleague as a reporter does it: the Send dialog, the mail account, the outbox in the
status bar and its window, and opening a received .eml; against a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import errno
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTextEdit,
    QWidget,
)

from editor.app import create_main_window
from editor.model.article import Block
from editor.session.mail_account import MailAccount, Passwords
from editor.settings import Settings
from editor.ui.mail.account_dialog import AccountDialog
from exports.email_message import build_message
from tests.session.smtp_server import HOST, PASSWORD, USER, Handler, MailServer, free_port, make_certificates
from tests.ui.test_one_language import interface  # noqa: F401 - the fixture that switches the interface language

TO = "bientap@example.vn"
SENDER = "Phóng viên <pv@example.vn>"
CONTROLS = (QLineEdit, QPlainTextEdit, QTextEdit, QCheckBox, QPushButton, QComboBox, QAbstractSpinBox, QTableWidget)


class PlainServer:
    """aiosmtpd on 127.0.0.1 without TLS or login: what ``smtp://127.0.0.1:PORT`` talks to."""

    def __init__(self, handler: Handler | None = None) -> None:
        self.handler = handler or Handler()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname=HOST, port=self.port, ready_timeout=10)

    def __enter__(self) -> PlainServer:
        self.controller.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.controller.stop()


@pytest.fixture(autouse=True)
def _pool_drained(qapp):
    """After each test (its windows closed): no check, preview or send left running in the pool."""
    yield
    QThreadPool.globalInstance().waitForDone(10000)


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    w = create_main_window(None, Settings(tmp_path / "s" / "articledesk.ini"))  # the sample article, untitled
    qtbot.addWidget(w)
    w.show()
    w.mail.service.passwords = Passwords(use_keyring=False)  # never the developer's keychain
    w.shown = {"error": [], "info": []}
    monkeypatch.setattr(w.dialogs, "show_error", lambda message: w.shown["error"].append(message))
    monkeypatch.setattr(w.dialogs, "show_info", lambda message: w.shown["info"].append(message))
    monkeypatch.setattr(w.dialogs, "ask_save_changes", lambda name: "discard")  # no modal dialog at teardown
    monkeypatch.setattr(w.mail, "ask_export_despite_errors", lambda errors: True)
    # The desktop's mail program is not asked: the tests give the same result whatever it is.
    monkeypatch.setattr("editor.session.mail_handoff.mail_program_is_thunderbird", lambda *a, **k: False)
    yield w
    w.mail.window_closed()


def use_loopback(window, port: int) -> None:
    account = MailAccount(host=HOST, port=port, security="none", sender=SENDER, timeout_s=10)
    assert window.mail.keep_account(account, None) == ""


def finished(qtbot, window, job):
    assert job is not None
    qtbot.waitUntil(lambda: job not in window.mail._progress, timeout=30000)
    return job


def by_name(widget: QWidget, name: str) -> QWidget:
    [found] = [w for w in widget.findChildren(QWidget) if w.accessibleName() == name]
    return found


def unnamed_controls(widget: QWidget) -> list[str]:
    return [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}" for w in widget.findChildren(QWidget)
            if isinstance(w, CONTROLS) and not isinstance(w.parentWidget(), QAbstractSpinBox)
            and not w.accessibleName()]


def tick(qtbot, box: QCheckBox) -> None:
    """Click the box where a person does: on its square."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
    assert box.isChecked()


def queue(window, subject: str, to: str = TO) -> str:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "pv@example.vn", to, subject
    message["Message-ID"] = f"<{abs(hash(subject))}@example.vn>"
    message.set_content("Nội dung")
    return window.mail.service.outbox.add_message(message).id


# ------------------------------------------------------------------ the Send dialog


def test_the_dialog_sends_the_note_and_the_docx_to_the_server(window, qtbot):
    with PlainServer() as server:
        use_loopback(window, server.port)
        dialog = window.mail.send_article()
        assert dialog.subject_field.text() == window.session.article.headline
        qtbot.keyClicks(by_name(dialog, "To"), TO)
        qtbot.keyClicks(by_name(dialog, "Note"), "Please look at it before 5 pm. ")  # QTest types ASCII only
        by_name(dialog, "Note").insertPlainText("Anh xem giúp em.")
        tick(qtbot, dialog.attach_boxes["docx"])
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        job = finished(qtbot, window, window.mail.job)
        [got] = server.handler.delivered
    assert job.outcome == "sent" and window.mail.send_dialog is None  # the dialog closed
    assert got.rcpt_tos == [TO] and got.mail_from == "pv@example.vn"
    message = got.message
    assert message["Subject"] == window.session.article.headline
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename().endswith(".docx") and attachment.get_content()[:2] == b"PK"
    assert "Please look at it before 5 pm. Anh xem giúp em." in message.get_body(("plain",)).get_content()
    assert window.statusBar().currentMessage() == f"Sent to {TO}."
    assert window.settings.value("mail/attachments") == ["docx"]  # ticked again next time
    assert TO in window.mail.address_book.recent()


def test_to_and_cc_complete_from_the_address_book(window, qtbot):
    window.mail.address_book.add_contact("Nguyễn Văn Hòa <hoa@example.vn>")
    dialog = window.mail.send_article()
    field = by_name(dialog, "Cc")
    qtbot.keyClicks(field, f"{TO}, hoa")
    completer = field.completer()
    assert completer.completionCount() == 1  # "hoa" is in the contact's address: matched anywhere
    assert completer.currentCompletion() == f"{TO}, Nguyễn Văn Hòa <hoa@example.vn>"  # the first address stays


def test_a_header_injection_in_to_is_refused_and_nothing_is_sent(window, qtbot):
    with PlainServer() as server:
        use_loopback(window, server.port)
        dialog = window.mail.send_article()
        by_name(dialog, "To").setText(f"{TO}\r\nBcc: ke-gian@example.com")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        qtbot.wait(300)
        assert server.handler.received == []
    problem = by_name(dialog, "Problem")
    assert dialog.isVisible() and problem.isVisible()
    assert problem.text().startswith("To: ") and "line break" in problem.text()
    assert window.mail.service.outbox.entries() == [] and window.mail.job is None
    qtbot.keyClicks(by_name(dialog, "To"), "x")  # correcting the field clears the sentence
    assert not problem.isVisible()


def test_the_house_style_question_of_the_export_comes_first(window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.undo()  # the real question, answered No
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text: asked.append(text)
                        or QMessageBox.StandardButton.No)
    monkeypatch.setattr(window.dialogs, "ask_save_changes", lambda name: "discard")
    window.body.set_blocks([Block(text="Nhiều tập thể có thành tich xuất sắc.")])  # "thành tich": one error
    with PlainServer() as server:
        use_loopback(window, server.port)
        dialog = window.mail.send_article()
        by_name(dialog, "To").setText(TO)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        assert server.handler.received == []
    assert asked and asked[0].endswith("Send anyway?") and "error" in asked[0]
    assert dialog.isVisible()


def test_open_in_mail_program_hands_over_an_unsent_draft(window, qtbot, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = window.mail.send_article()
    by_name(dialog, "To").setText(TO)
    by_name(dialog, "Note").setPlainText("Bản nháp")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    finished(qtbot, window, window.mail.job)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    draft = Path(opened[0].toLocalFile())
    message = message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and message["To"] == TO
    assert "Bản nháp" in message.get_body(("plain",)).get_content()
    window.mail.window_closed()  # the drafts live until ArticleDesk closes
    assert not draft.exists()


def test_save_as_eml_writes_the_finished_message(window, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "thu.eml"
    monkeypatch.setattr(window.mail, "ask_eml_path", lambda: str(target))
    dialog = window.mail.send_article()
    by_name(dialog, "To").setText(TO)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # a finished message needs a From address
    assert by_name(dialog, "Problem").text() == "From (Mail Account): The message has no sender address."
    use_loopback(window, free_port())
    tick(qtbot, dialog.attach_boxes["article"])
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    finished(qtbot, window, window.mail.job)
    message = message_from_bytes(target.read_bytes(), policy=policy.default)
    assert "X-Unsent" not in message and message["To"] == TO
    assert [p.get_filename()[-8:] for p in message.iter_attachments()] == [".article"]
    assert "thu.eml" in window.statusBar().currentMessage()


def test_send_without_an_account_opens_the_account_first(window, qtbot, monkeypatch):
    with PlainServer() as server:
        opened = []

        def set_up() -> bool:
            opened.append(True)
            use_loopback(window, server.port)
            return True

        monkeypatch.setattr(window.mail, "edit_account", set_up)
        dialog = window.mail.send_article()
        by_name(dialog, "To").setText(TO)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        finished(qtbot, window, window.mail.job)
        assert opened and len(server.handler.delivered) == 1


def test_starttls_with_a_password_asked_once(window, qtbot, monkeypatch, tmp_path):
    certs = make_certificates(tmp_path / "certs")
    asked = []
    monkeypatch.setattr(window.mail, "ask_password", lambda account: asked.append(account) or PASSWORD)
    with MailServer(certs) as server:
        account = MailAccount(host=HOST, port=server.port, user=USER, sender=f"Phóng viên <{USER}>",
                              ca_file=str(certs.ca_file), timeout_s=10)
        assert window.mail.keep_account(account, None) == ""
        for _ in range(2):
            dialog = window.mail.send_article()
            by_name(dialog, "To").setText(TO)
            qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
            assert finished(qtbot, window, window.mail.job).outcome == "sent"
        assert [r.tls for r in server.handler.delivered] == [True, True]
    assert len(asked) == 1  # once per run, without a keychain


# ------------------------------------------------------------------ accessible names, both languages


@pytest.mark.parametrize(("language", "names"), [
    ("en", ("To", "Cc", "Subject", "Note")),
    ("vi", ("Đến", "Đồng gửi", "Tiêu đề", "Lời nhắn")),
])
def test_every_control_has_an_accessible_name(window, interface, language, names):  # noqa: F811 - the imported fixture
    interface(language)
    dialog = window.mail.send_article()
    to, cc, subject, note = (by_name(dialog, name) for name in names)
    assert (to, cc, subject, note) == (dialog.to_field, dialog.cc_field, dialog.subject_field, dialog.note_field)
    account = AccountDialog(None, False, lambda account, password: "", window)
    outbox = window.mail.show_outbox()
    for widget in (dialog, account, outbox):
        assert unnamed_controls(widget) == []
    account.deleteLater()


# ------------------------------------------------------------------ the account


def test_the_account_dialog_refuses_what_the_session_refuses(window, qtbot):
    dialog = AccountDialog(None, False, window.mail.keep_account, window)
    qtbot.addWidget(dialog)
    dialog.host_field.setText("smtp.example.vn")
    dialog.security_box.setCurrentIndex(dialog.security_box.findData("none"))
    assert dialog.port_field.value() == 25  # the port follows the security
    dialog.accept()
    assert "only to this computer" in dialog.problem_label.text() and dialog.result() == 0
    assert window.mail.service.account() is None


def test_the_password_goes_to_the_session_never_to_the_settings_file(window, qtbot):
    dialog = AccountDialog(None, False, window.mail.keep_account, window)
    qtbot.addWidget(dialog)
    dialog.host_field.setText("smtp.example.vn")
    dialog.user_field.setText(USER)
    dialog.sender_field.setText(f"Phóng viên <{USER}>")
    dialog.password_field.setText("bí-mật 42")
    dialog.accept()
    assert dialog.result() == QDialogCode.Accepted
    account = window.mail.service.account()
    assert (account.host, account.port, account.security, account.user) == ("smtp.example.vn", 587, "starttls", USER)
    assert window.mail.service.passwords.known(account) == "bí-mật 42"
    window.settings.sync()
    assert "bí-mật" not in window.settings.path.read_text(encoding="utf-8")
    assert "keychain" in AccountDialog(account, False, window.mail.keep_account, window).password_note.text()


QDialogCode = AccountDialog.DialogCode


def test_a_bad_from_address_names_the_field(window):
    problem = window.mail.keep_account(MailAccount(host=HOST, port=25, security="none", sender="pv@"), None)
    assert problem.startswith("From: ") and "is not an e-mail address" in problem


# ------------------------------------------------------------------ the outbox


def test_the_status_bar_counts_the_waiting_messages(window, qtbot, interface):  # noqa: F811 - the imported fixture
    window.mail.start_outbox()
    assert window.mail.outbox_button is None  # nothing waits: nothing shows
    first = queue(window, "Tin thứ nhất")
    window.mail.flusher.reschedule()
    assert window.mail.outbox_button.isVisible() and window.mail.outbox_button.text() == "1 message waiting"
    queue(window, "Tin thứ hai")
    window.mail.flusher.reschedule()
    assert window.mail.outbox_button.text() == "2 messages waiting"
    interface("vi")
    window.mail.flusher.reschedule()
    assert window.mail.outbox_button.text() == "2 thư chờ gửi"
    interface("en")
    window.mail.service.outbox.delete(first)
    qtbot.waitUntil(lambda: window.mail.outbox_button.text() == "1 message waiting", timeout=5000)  # folder watch


def test_the_outbox_window_retries_and_deletes_live(window, qtbot, monkeypatch):
    handler = Handler(refuse={TO: "550 5.1.1 no such user"})
    with PlainServer(handler) as server:
        use_loopback(window, server.port)
        window.mail.start_outbox()
        dialog = window.mail.send_article()
        by_name(dialog, "To").setText(TO)
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
        job = finished(qtbot, window, window.mail.job)
        assert job.outcome == "failed" and "no such user" in window.shown["error"][-1]
        later = queue(window, "Tin gửi sau", to="truongban@example.vn")
        outbox = window.mail.show_outbox()
        table = outbox.table
        qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=10000)  # the queued one went at once
        assert [table.item(0, c).text() for c in (0, 1, 3)] == ["Failed", "1", TO]
        assert "no such user" in table.item(0, 4).text() and table.item(0, 5).text() == "after Retry"
        assert window.mail.outbox_button.text() == "1 message waiting"
        assert later not in [e.id for e in window.mail.service.outbox.entries()]

        handler.refuse.clear()
        table.selectRow(0)
        assert outbox.retry()
        qtbot.waitUntil(lambda: table.rowCount() == 0, timeout=10000)
        assert not window.mail.outbox_button.isVisible()
        assert [r.rcpt_tos for r in handler.delivered] == [["truongban@example.vn"], [TO]]

    monkeypatch.setattr(outbox, "confirm_delete", lambda entry: True)
    queue(window, "Tin bỏ đi")
    window.mail.flusher.stop()
    window.mail.flusher.paused_reason = "paused by the test"
    outbox.refresh()
    table.selectRow(0)
    assert outbox.delete()
    assert table.rowCount() == 0 and window.mail.service.outbox.entries() == []
    assert outbox.summary.text().startswith("No message is waiting")


def test_the_outbox_window_says_why_when_the_outbox_cannot_be_written(window, monkeypatch):
    from tests.test_fault_injection import inject_read_only

    entry_id = queue(window, "Tin bị kẹt")
    window.mail.flusher.stop()
    window.mail.flusher.paused_reason = "paused by the test"
    outbox = window.mail.show_outbox()
    outbox.refresh()
    outbox.table.selectRow(0)
    folder = window.mail.service.outbox.folder
    inject_read_only(errno.EACCES)(monkeypatch, folder.parent)  # a read-only data folder (root ignores chmod)
    monkeypatch.setattr(outbox, "confirm_delete", lambda entry: True)
    sentence = f"Cannot save “{folder / entry_id}.json”: permission denied (the file or its folder is read-only)."
    assert not outbox.retry()
    assert outbox.paused_label.text() == sentence  # not "being sent right now"
    outbox.paused_label.clear()
    assert not outbox.delete()
    assert outbox.paused_label.text() == sentence
    assert [e.id for e in window.mail.service.outbox.entries()] == [entry_id]


# ------------------------------------------------------------------ receiving


@pytest.fixture
def received(tmp_path, window) -> Path:
    article = window.session.article.copy()
    article.headline = "Tin nhận qua thư"
    path = tmp_path / "nhan.eml"
    path.write_bytes(build_message(article, sender=SENDER, to=[TO], note="Gửi anh").as_bytes())
    return path


def test_dropping_an_eml_opens_its_article_as_an_untitled_change(window, qtbot, received):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(received))])
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.session.article.headline == "Tin nhận qua thư", timeout=5000)
    assert window.session.path is None and window.session.modified
    assert window.fields.headline.toPlainText() == "Tin nhận qua thư"


def test_file_open_offers_eml_and_opens_it(window, qtbot, monkeypatch, received):
    from PySide6.QtWidgets import QFileDialog

    filters = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda parent, title, folder, kinds: filters.append(kinds) or (str(received), ""))
    window.files.open_file()
    assert "*.eml" in filters[0].split(";;")[0]
    assert window.session.article.headline == "Tin nhận qua thư" and window.session.path is None


def test_the_command_line_file_argument_opens_an_eml(qtbot, tmp_path, received, monkeypatch):
    other = create_main_window(str(received), Settings(tmp_path / "t" / "articledesk.ini"))
    qtbot.addWidget(other)
    monkeypatch.setattr(other.dialogs, "ask_save_changes", lambda name: "discard")  # an untitled change
    assert other.session.article.headline == "Tin nhận qua thư" and other.session.path is None
    assert other.pending_messages == []
