"""The outbox (outputs.md §4, E7) with a real SMTP server: a server that is down leaves the message
queued with back-off, it goes out once when the server is back, a crash during a send is finished
with the same bytes and Message-ID, two processes never send one message at once, and a refused
recipient marks the message failed with the server's reason."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from editor.model.article_file import load
from editor.model.instance_lock import InstanceLock
from editor.resources import resource_path
from editor.session.mail_account import MailAccount, parse_smtp_url
from editor.session.mailing import MailChoice, connector, make_message, send_now
from editor.session.outbox import BUSY, FAILED, QUEUED, SENDING, SENT, Outbox, backoff
from tests.session.smtp_server import HOST, PASSWORD, USER, Handler, MailServer, free_port, make_certificates


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 12, 14, 5).astimezone()

    def __call__(self) -> datetime:
        return self.now


def account_for(port: int, certs) -> MailAccount:
    return MailAccount(host=HOST, port=port, security="starttls", user=USER, sender=USER,
                       ca_file=str(certs.ca_file), timeout_s=10)


def message(to=("bientap@example.vn",), subject=None):
    article = load(resource_path("samples", "sample-vi.article"))
    return make_message(article, MailChoice(to=tuple(to), subject=subject), f"Phóng viên <{USER}>")


def test_backoff_doubles_up_to_an_hour():
    assert [backoff(n).total_seconds() / 60 for n in range(1, 10)] == [1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_a_server_that_is_down_leaves_the_message_queued_then_it_goes_out_once(certs, tmp_path):
    clock = Clock()
    outbox = Outbox(tmp_path / "outbox", clock)
    port = free_port()
    mail = message()
    attempt = send_now(outbox, mail, account_for(port, certs), PASSWORD)
    assert attempt.outcome == QUEUED and attempt.failure.kind == "connection"
    [entry] = outbox.entries()
    assert entry.status == QUEUED and entry.attempts == 1 and entry.message_id == mail["Message-ID"]
    assert entry.last_error == f"Cannot reach the mail server {HOST}:{port}: the connection was refused."
    assert entry.next_attempt() == clock.now + timedelta(minutes=1)
    sidecar = json.loads((tmp_path / "outbox" / f"{entry.id}.json").read_text(encoding="utf-8"))
    assert {"status", "attempts", "last_error", "next_attempt_at", "created", "subject", "recipients"} <= set(sidecar)
    stored = (tmp_path / "outbox" / f"{entry.id}.eml").read_bytes()

    assert outbox.due() == []  # not before its time
    assert Outbox(tmp_path / "outbox", clock).flush(connector(account_for(port, certs), PASSWORD))[0:] == []
    clock.now += timedelta(minutes=1)
    [second] = Outbox(tmp_path / "outbox", clock).flush(connector(account_for(port, certs), PASSWORD))
    assert second.outcome == QUEUED and second.entry.attempts == 2
    assert second.entry.next_attempt() == clock.now + timedelta(minutes=2)

    with MailServer(certs, port=port) as server:
        restarted = Outbox(tmp_path / "outbox", clock)  # a new run of the program
        [sent] = restarted.flush(connector(account_for(port, certs), PASSWORD), everything=True)
        assert restarted.flush(connector(account_for(port, certs), PASSWORD), everything=True) == []
        [got] = server.handler.delivered
    assert sent.outcome == SENT and got.data == stored
    assert got.message["Message-ID"] == mail["Message-ID"]
    assert restarted.entries() == []
    [done] = restarted.sent()
    assert done.status == SENT and done.attempts == 3 and done.sent_at
    assert (tmp_path / "outbox" / "sent" / f"{entry.id}.eml").read_bytes() == stored


def test_a_send_that_crashed_is_sent_again_with_the_same_bytes(certs, tmp_path):
    outbox = Outbox(tmp_path / "outbox")
    mail = message()
    entry = outbox.add_message(mail)
    outbox._update(entry, status=SENDING, attempts=1)  # what a process killed during DATA leaves behind
    with MailServer(certs) as server:
        [attempt] = Outbox(tmp_path / "outbox").flush(connector(account_for(server.port, certs), PASSWORD))
        [got] = server.handler.delivered
    assert attempt.outcome == SENT and attempt.entry.attempts == 2
    assert got.message["Message-ID"] == mail["Message-ID"]


def test_a_message_another_process_is_sending_is_left_alone(certs, tmp_path):
    outbox = Outbox(tmp_path / "outbox")
    entry = outbox.add_message(message())
    other = InstanceLock(outbox.folder, entry.id)  # the window holds it while it sends
    assert other.acquire()
    try:
        outbox._update(outbox.get(entry.id), status=SENDING)
        assert outbox.due(everything=True) == []  # "sending" and locked: not a crash
        assert [a.outcome for a in outbox.flush(lambda: pytest.fail("no connection"), [entry])] == [BUSY]
        assert outbox.delete(entry.id) is False
    finally:
        other.release()
    assert [e.id for e in outbox.due()] == [entry.id]  # the lock is free: a crash, tried again


def test_a_refused_recipient_fails_the_message_with_the_servers_reason(certs, tmp_path):
    handler = Handler(refuse={"khongco@example.vn": "550 5.1.1 No such mailbox here"})
    outbox = Outbox(tmp_path / "outbox")
    with MailServer(certs, handler=handler) as server:
        attempt = send_now(outbox, message(to=("khongco@example.vn",)), account_for(server.port, certs), PASSWORD)
    assert attempt.outcome == FAILED
    [entry] = outbox.entries()
    assert entry.status == FAILED and entry.next_attempt_at is None
    assert entry.error_text() == (f"The mail server {HOST} refused the recipient khongco@example.vn: 550 5.1.1 No "
                                  "such mailbox here.")
    assert outbox.due(everything=True) == []  # not tried again by itself
    assert outbox.retry(entry.id).status == QUEUED
    assert outbox.delete(entry.id) is True and outbox.entries() == []
    assert list((tmp_path / "outbox").glob(f"{entry.id}*")) == []


def test_a_wrong_password_stops_the_flush_and_keeps_the_messages(certs, tmp_path):
    outbox = Outbox(tmp_path / "outbox")
    first, second = outbox.add_message(message(subject="Một")), outbox.add_message(message(subject="Hai"))
    with MailServer(certs) as server:
        attempts = outbox.flush(connector(account_for(server.port, certs), "sai"), everything=True)
        assert server.handler.received == []
    assert [a.outcome for a in attempts] == [QUEUED, QUEUED]
    assert {e.id: e.error_kind for e in outbox.entries()} == {first.id: "auth", second.id: "auth"}


def test_some_recipients_refused_the_others_get_it(certs, tmp_path):
    handler = Handler(refuse={"khongco@example.vn": "550 5.1.1 No such mailbox here"})
    outbox = Outbox(tmp_path / "outbox")
    with MailServer(certs, handler=handler) as server:
        attempt = send_now(outbox, message(to=("khongco@example.vn", "bientap@example.vn")),
                           account_for(server.port, certs), PASSWORD)
        assert [r.rcpt_tos for r in handler.delivered] == [["bientap@example.vn"]]
    assert attempt.outcome == SENT
    assert attempt.entry.refused == {"khongco@example.vn": "550 5.1.1 No such mailbox here"}


def test_a_half_finished_move_to_sent_is_finished(tmp_path):
    outbox = Outbox(tmp_path / "outbox")
    entry = outbox.add_message(message())
    outbox._update(entry, status=SENT)  # crashed before the move
    assert outbox.entries() == []
    assert [e.id for e in outbox.sent()] == [entry.id]


def test_an_eml_without_its_sidecar_is_not_listed(tmp_path):
    outbox = Outbox(tmp_path / "outbox")
    entry = outbox.add_message(message())
    (tmp_path / "outbox" / f"{entry.id}.json").unlink()  # a crash between the two writes
    assert outbox.entries() == []


def test_the_url_account_sends_too(certs, tmp_path):
    with MailServer(certs, implicit_tls=True) as server:
        account = parse_smtp_url(server.url, sender=USER, ca_file=str(certs.ca_file))
        attempt = send_now(Outbox(tmp_path / "outbox"), message(), account, PASSWORD)
        assert attempt.outcome == SENT and len(server.handler.delivered) == 1
