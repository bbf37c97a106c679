"""The window's mail service without a window: Send (now, or queued when the server is out of reach),
Send later, Save as .eml, Open in mail program, the house-style question, the password asked once,
and the outbox flusher, against a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import shutil
from datetime import timedelta
from email import message_from_bytes, policy

import pytest

from editor.model.article import Block
from editor.resources import resource_path
from editor.session.article_session import ArticleSession
from editor.session.exporting import ExportService
from editor.session.mail_account import MailAccount, Passwords
from editor.session.mailing import CANCELLED, WRITTEN, MailChoice, MailService
from editor.session.outbox import QUEUED, SENT, Outbox
from editor.session.outbox_worker import OutboxFlusher
from editor.settings import Settings
from exports.email_headers import HeaderError
from tests.session.smtp_server import HOST, PASSWORD, USER, MailServer, free_port, make_certificates

ERROR_TEXT = "Nhiều tập thể có thành tich xuất sắc."  # "thành tich": one house-style error
CHOICE = MailChoice(to=("bientap@example.vn",), cc=("Trưởng ban <truongban@example.vn>",), note="Nhờ anh xem.",
                    attachments=("docx", "pdf", "article"))


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


class FakeMailView:
    """Answers the questions as told and records what the service reported."""

    def __init__(self, answer: bool = True, password: str | None = PASSWORD) -> None:
        self.answer = answer
        self.password = password
        self.asked_errors: list[int] = []
        self.asked_passwords: list[MailAccount] = []
        self.finished: list[object] = []

    def ask_export_despite_errors(self, errors: int) -> bool:
        self.asked_errors.append(errors)
        return self.answer

    def ask_password(self, account: MailAccount) -> str | None:
        self.asked_passwords.append(account)
        return self.password

    def mail_started(self, job) -> None:
        pass

    def mail_finished(self, job) -> None:
        self.finished.append(job)


@pytest.fixture
def service(qapp, tmp_path, certs):
    src = tmp_path / "bài.article"
    shutil.copy(resource_path("samples", "sample-vi.article"), src)
    session = ArticleSession()
    session.open(src)
    exports = ExportService(session, Settings(tmp_path / "settings" / "articledesk.ini"))
    mail = MailService(exports, Outbox(tmp_path / "outbox"), Passwords(use_keyring=False))
    yield mail
    mail.close()


def use_server(service: MailService, port: int, certs) -> MailAccount:
    account = MailAccount(host=HOST, port=port, security="starttls", user=USER, sender=f"Phóng viên <{USER}>",
                          ca_file=str(certs.ca_file), timeout_s=10)
    service.set_account(account)
    return account


def finish(qtbot, job, view):
    assert job is not None
    qtbot.waitUntil(lambda: job in view.finished, timeout=30000)
    return job


def test_send_renders_the_attachments_and_delivers(qtbot, service, certs):
    view = FakeMailView()
    with MailServer(certs) as server:
        use_server(service, server.port, certs)
        job = finish(qtbot, service.send(CHOICE, view), view)
        second = finish(qtbot, service.send(CHOICE, view), view)
        got = server.handler.delivered
    assert job.outcome == SENT and second.outcome == SENT, job.sentence
    assert job.sentence == "Sent to bientap@example.vn, truongban@example.vn."
    assert len(view.asked_passwords) == 1  # once per run, without a keychain
    assert got[0].rcpt_tos == ["bientap@example.vn", "truongban@example.vn"]
    parsed = got[0].message
    assert [p.get_filename().rsplit(".", 1)[1] for p in parsed.iter_attachments()] == ["docx", "pdf", "article"]
    pdf = next(p for p in parsed.iter_attachments() if p.get_content_type() == "application/pdf")
    assert pdf.get_content()[:5] == b"%PDF-"
    assert got[0].message["Message-ID"] != got[1].message["Message-ID"]
    assert service.outbox.entries() == [] and len(service.outbox.sent()) == 2


def test_a_server_out_of_reach_leaves_the_message_in_the_outbox(qtbot, service, certs):
    use_server(service, free_port(), certs)
    view = FakeMailView()
    with qtbot.waitSignal(service.outbox_changed, timeout=30000):
        job = finish(qtbot, service.send(CHOICE, view), view)
    assert job.outcome == QUEUED
    assert "the connection was refused." in job.sentence and "waits in the outbox" in job.sentence
    assert [e.status for e in service.outbox.entries()] == [QUEUED]


def test_a_wrong_password_is_said_and_asked_again_next_time(qtbot, service, certs):
    view = FakeMailView(password="sai")
    with MailServer(certs) as server:
        use_server(service, server.port, certs)
        job = finish(qtbot, service.send(CHOICE, view), view)
        assert job.outcome == QUEUED and "refused the user name or password" in job.sentence
        view.password = PASSWORD
        assert finish(qtbot, service.send(CHOICE, view), view).outcome == SENT
    assert len(view.asked_passwords) == 2


def test_the_house_style_question_comes_first(qtbot, service, certs):
    use_server(service, free_port(), certs)
    service.exports.session.article.body = [Block(text=ERROR_TEXT)]
    view = FakeMailView(answer=False)
    assert service.send(CHOICE, view) is None
    assert view.asked_errors and view.asked_errors[0] >= 1
    assert service.outbox.entries() == []


def test_a_header_injection_is_refused_before_anything_happens(qtbot, service, certs):
    use_server(service, free_port(), certs)
    view = FakeMailView()
    with pytest.raises(HeaderError) as info:
        service.send(MailChoice(to=("bientap@example.vn\r\nBcc: ke-gian@example.com",)), view)
    assert info.value.field == "to" and "line break" in str(info.value)
    with pytest.raises(HeaderError):
        service.queue(MailChoice(to=("bientap@example.vn",), subject="Tin\nBcc: ke-gian@example.com"), view)
    assert service.outbox.entries() == [] and view.asked_passwords == []


def test_send_later_queues_and_the_flusher_sends_when_due(qtbot, service, certs):
    view = FakeMailView()
    port = free_port()
    account = use_server(service, port, certs)
    job = finish(qtbot, service.queue(CHOICE, view), view)
    assert job.outcome == QUEUED and job.sentence == "The message waits in the outbox."
    flusher = OutboxFlusher(service.outbox, service.account, service.passwords)
    flusher.start()
    qtbot.waitUntil(lambda: flusher.paused_reason != "", timeout=10000)  # due, but no password is known
    assert "wait for the password" in flusher.paused_reason
    service.passwords.remember(account, PASSWORD)
    with MailServer(certs, port=port) as server:
        with qtbot.waitSignal(flusher.changed, timeout=30000):
            flusher.resume()
        qtbot.waitUntil(lambda: len(server.handler.delivered) == 1 and not flusher.busy, timeout=30000)
    assert flusher.count() == 0 and flusher.paused_reason == ""
    flusher.stop()


def test_the_flusher_waits_for_the_next_try_and_pauses_on_a_refused_password(qtbot, service, certs):
    port = free_port()
    account = use_server(service, port, certs)
    entry = service.outbox.add_message(_built(service))
    service.outbox._update(entry, next_attempt_at=(service.outbox.clock() + timedelta(hours=1)).isoformat())
    service.passwords.remember(account, "sai")
    flusher = OutboxFlusher(service.outbox, service.account, service.passwords)
    flusher.start()
    assert flusher._timer.isActive() and flusher._timer.remainingTime() > 59 * 60 * 1000
    with MailServer(certs, port=port) as server:
        job = flusher.flush_now()
        qtbot.waitUntil(lambda: not flusher.busy, timeout=30000)
        assert job is not None and server.handler.received == []
    assert "refused the user name or password" in flusher.paused_reason
    assert service.passwords.known(account) is None  # forgotten: asked again on "Send now"
    assert not flusher._timer.isActive()
    flusher.stop()


def _built(service: MailService):
    from editor.session.mailing import make_message

    return make_message(service.exports.session.article, MailChoice(to=("bientap@example.vn",)), USER)


def test_save_as_eml_writes_the_finished_message(qtbot, service, tmp_path):
    target = tmp_path / "gửi.eml"
    view = FakeMailView()
    job = finish(qtbot, service.save_eml(MailChoice(to=("bientap@example.vn",), sender=USER,
                                                    attachments=("article",)), target, view), view)
    assert job.outcome == WRITTEN and job.path == target
    data = target.read_bytes()
    parsed = message_from_bytes(data, policy=policy.default)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    assert parsed["X-Unsent"] is None and parsed["To"] == "bientap@example.vn"
    assert [p.get_filename().endswith(".article") for p in parsed.iter_attachments()] == [True]


def test_open_in_mail_program_writes_a_draft_that_lives_until_exit(qtbot, service):
    view = FakeMailView()
    job = finish(qtbot, service.open_in_mail_program(MailChoice(to=(), attachments=("docx",)), view), view)
    assert job.outcome == WRITTEN and job.path.parent == service.temp_folder() and job.path.suffix == ".eml"
    parsed = message_from_bytes(job.path.read_bytes(), policy=policy.default)
    assert parsed["X-Unsent"] == "1"
    assert job.path.name == service.exports.session.article.headline + ".eml"
    folder = service.temp_folder()
    service.close()
    assert not folder.exists()


def test_a_cancelled_job_sends_nothing(qtbot, service, certs):
    use_server(service, free_port(), certs)
    view = FakeMailView()
    job = service.queue(CHOICE, view)
    job.cancel()
    finish(qtbot, job, view)
    assert job.outcome in (CANCELLED, QUEUED)  # cancelled unless the pool had already built it
    if job.outcome == CANCELLED:
        assert service.outbox.entries() == []


def test_no_account_is_one_sentence(qtbot, service):
    from editor.session.mail_account import MailSetupError

    with pytest.raises(MailSetupError) as info:
        service.send(CHOICE, FakeMailView())
    assert str(info.value).startswith("No mail server is set up")


def test_an_outbox_that_cannot_be_written_is_one_sentence(qtbot, service, certs, tmp_path):
    use_server(service, free_port(), certs)
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the outbox folder should be", encoding="utf-8")
    service.outbox = Outbox(blocked / "outbox")
    view = FakeMailView()
    job = finish(qtbot, service.send(CHOICE, view), view)
    assert job.outcome == "failed"
    assert job.sentence.startswith(f"Cannot save “{blocked / 'outbox'}") and job.sentence.count("\n") == 0
