"""``articledesk send`` and ``articledesk outbox`` as a desk's script runs them: real processes, a real
SMTP server on 127.0.0.1 with a throw-away CA, the password in ARTICLEDESK_SMTP_PASSWORD."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from editor.resources import resource_path
from tests.session.smtp_server import HOST, PASSWORD, USER, Handler, MailServer, free_port, make_certificates

ROOT = Path(__file__).resolve().parent.parent
TO = "bientap@example.vn"


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def article(tmp_path) -> Path:
    src = tmp_path / "tin.article"
    shutil.copy(resource_path("samples", "sample-vi.article"), src)
    return src


def command(*args: str) -> list[str]:
    exe = Path(sys.executable).parent / "articledesk"
    return ([str(exe)] if exe.exists() else [sys.executable, str(ROOT / "main.py")]) + list(args)


def environment(password: str | None = PASSWORD) -> dict[str, str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    env.pop("ARTICLEDESK_SMTP_PASSWORD", None)
    if password is not None:
        env["ARTICLEDESK_SMTP_PASSWORD"] = password
    return env


def run(*args: str, password: str | None = PASSWORD) -> subprocess.CompletedProcess:
    return subprocess.run(command(*args), capture_output=True, text=True, cwd=ROOT, env=environment(password),
                          timeout=120, stdin=subprocess.DEVNULL)


def starttls_url(port: int) -> str:
    return f"smtp+starttls://{USER.replace('@', '%40')}@{HOST}:{port}"


def send(article: Path, port: int, certs, *extra: str, password: str | None = PASSWORD):
    return run("send", str(article), "--to", TO, "--from", f"Phóng viên <{USER}>", "--smtp", starttls_url(port),
               "--ca-file", str(certs.ca_file), *extra, password=password)


def outbox_lines(*extra: str) -> list[list[str]]:
    out = run("outbox", *extra)
    assert out.returncode == 0, out.stderr
    return [line.split("\t") for line in out.stdout.splitlines()]


def outbox_folder() -> Path:
    return Path(os.environ["ARTICLEDESK_HOME"]) / "data" / "outbox"


@pytest.mark.parametrize("implicit_tls", [False, True], ids=["starttls", "implicit-tls"])
def test_send_delivers_with_attachments(article, certs, implicit_tls):
    with MailServer(certs, implicit_tls=implicit_tls) as server:
        out = run("send", str(article), "--to", TO, "hoa@example.vn", "--cc", "truongban@example.vn",
                  "--attach", "docx,article", "--from", f"Phóng viên <{USER}>", "--note", "Nhờ anh xem.",
                  "--smtp", server.url, "--ca-file", str(certs.ca_file))
        assert out.returncode == 0, out.stderr
        [got] = server.handler.delivered
    assert got.tls and got.mail_from == USER and got.rcpt_tos == [TO, "hoa@example.vn", "truongban@example.vn"]
    message = got.message
    assert out.stdout.strip() == (f"Sent “{message['Subject']}” to {TO}, hoa@example.vn, truongban@example.vn; "
                                  f"Message-ID {message['Message-ID']}.")
    assert [p.get_filename().rsplit(".", 1)[1] for p in message.iter_attachments()] == ["docx", "article"]
    assert outbox_lines() == []


def test_down_then_up_the_message_arrives_exactly_once(article, certs):
    port = free_port()
    out = send(article, port, certs)
    assert out.returncode == 1
    assert out.stderr == (f"articledesk: Cannot reach the mail server {HOST}:{port}: the connection was refused. "
                          "The message waits in the outbox; “articledesk outbox --flush” sends it.\n")
    [[short_id, status, attempts, created, subject, recipients, error]] = outbox_lines()
    assert (status, attempts, recipients) == ("queued", "1", TO) and "connection was refused" in error
    assert len(short_id) == 8 and created[:2] == "20" and subject
    with MailServer(certs, port=port) as server:
        flushed = run("outbox", "--flush", "--smtp", starttls_url(port), "--ca-file", str(certs.ca_file))
        again = run("outbox", "--flush", "--smtp", starttls_url(port), "--ca-file", str(certs.ca_file))
        delivered = server.handler.delivered
    assert flushed.returncode == 0, flushed.stderr
    assert flushed.stdout.startswith(f"Sent “{subject}” to {TO}; Message-ID <")
    assert again.returncode == 0 and again.stdout == ""
    assert len(delivered) == 1
    assert outbox_lines() == []


def test_flush_with_the_configured_account(article, certs):
    from editor.session.mail_account import MailAccount, store_account
    from editor.settings import Settings

    port = free_port()
    assert send(article, port, certs).returncode == 1
    settings = Settings()
    store_account(settings, MailAccount(host=HOST, port=port, user=USER, sender=USER, ca_file=str(certs.ca_file)))
    with MailServer(certs, port=port) as server:
        no_password = run("outbox", "--flush", password=None)
        flushed = run("outbox", "--flush")
        assert len(server.handler.delivered) == 1
    assert no_password.returncode == 2
    assert no_password.stderr == (f"articledesk: The mail account {USER} at {HOST} needs a password: set "
                                  "ARTICLEDESK_SMTP_PASSWORD, or keep it in the system keychain from the window.\n")
    assert flushed.returncode == 0, flushed.stderr


def test_a_wrong_password_is_one_sentence(article, certs):
    with MailServer(certs) as server:
        out = send(article, server.port, certs, password="sai mật khẩu")
        assert server.handler.received == []
    assert out.returncode == 1
    assert out.stderr.startswith(f"articledesk: The mail server {HOST} refused the user name or password of “{USER}” "
                                 "(535 5.7.8 Authentication credentials invalid). The message waits in the outbox")
    assert out.stderr.count("\n") == 1 and "Traceback" not in out.stderr


def test_plaintext_is_refused_with_530(article, certs):
    with MailServer(certs) as server:
        out = run("send", str(article), "--to", TO, "--from", USER, "--smtp", f"smtp://{HOST}:{server.port}")
    assert out.returncode == 1
    assert out.stderr.startswith(f"articledesk: The mail server {HOST} refused mail on an unencrypted or anonymous "
                                 "connection (530")


@pytest.mark.parametrize("args, sentence", [
    (("--to", "bientap@example.vn\r\nBcc: ke-gian@example.com"),
     "“bientap@example.vn␍␊Bcc: ke-gian@example.com” holds a line break or another control character, which a mail "
     "header may not hold."),
    (("--to", TO, "--subject", "Tin\nBcc: ke-gian@example.com"),
     "“Tin␊Bcc: ke-gian@example.com” holds a line break or another control character, which a mail header may not "
     "hold."),
    (("--to", TO, "--attach", "docx,exe"), "--attach takes docx, pdf, article, not “exe”."),
    (("--to", TO, "--smtp", "smtp://mail.example.vn:25"),
     "An unencrypted connection is allowed only to this computer (127.0.0.1, ::1, localhost), not to mail.example.vn; "
     "use smtp+starttls:// or smtps://."),
    (("--to", TO, "--smtp", "smtps://jo:secret@mail.example.vn"),
     "“smtps://jo:***@mail.example.vn” holds a password; give it in ARTICLEDESK_SMTP_PASSWORD or the system keychain, "
     "never on the command line."),
])
def test_bad_usage_exits_2_in_one_sentence_and_queues_nothing(article, certs, args, sentence):
    port = free_port()
    full = list(args) if "--smtp" in args else [*args, "--smtp", starttls_url(port), "--ca-file", str(certs.ca_file)]
    out = run("send", str(article), "--from", USER, *full)
    assert out.returncode == 2
    assert out.stderr.startswith("articledesk: ") and out.stderr.count("\n") == 1, out.stderr
    assert sentence in out.stderr
    assert not list(outbox_folder().glob("*.eml")) if outbox_folder().exists() else True


def test_an_unreadable_article_exits_2(tmp_path, certs):
    bad = tmp_path / "hong.article"
    bad.write_text("not json", encoding="utf-8")
    out = run("send", str(bad), "--to", TO, "--from", USER, "--smtp", starttls_url(free_port()),
              "--ca-file", str(certs.ca_file))
    assert out.returncode == 2 and "hong.article" in out.stderr and out.stderr.count("\n") == 1


def test_a_crash_during_data_is_sent_again_once_with_the_same_message_id(article, certs):
    port = free_port()
    assert send(article, port, certs).returncode == 1  # queued while the server is down
    stalling = Handler(stall=__import__("threading").Event())
    with MailServer(certs, port=port, handler=stalling):
        flush = subprocess.Popen(command("outbox", "--flush", "--smtp", starttls_url(port), "--ca-file",
                                         str(certs.ca_file)), env=environment(), cwd=ROOT,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
        try:
            assert stalling.in_data.wait(60), "the flush never reached DATA"
        finally:
            flush.send_signal(signal.SIGKILL)
            flush.wait(30)
    [sidecar] = outbox_folder().glob("*.json")
    assert json.loads(sidecar.read_text(encoding="utf-8"))["status"] == "sending"  # what the crash left
    [[_id, status, attempts, *_rest]] = outbox_lines()
    assert (status, attempts) == ("sending", "2")  # the send, then the flush that crashed
    with MailServer(certs, port=port) as server:
        out = run("outbox", "--flush", "--smtp", starttls_url(port), "--ca-file", str(certs.ca_file))
        assert out.returncode == 0, out.stderr
        [delivered] = server.handler.delivered
    [unanswered] = stalling.received
    assert delivered.message["Message-ID"] == unanswered.message["Message-ID"]
    assert delivered.data == unanswered.data
    assert outbox_lines() == []


def test_retry_and_delete_by_id(article, certs):
    port = free_port()
    assert send(article, port, certs).returncode == 1
    [[short_id, *_rest]] = outbox_lines()
    unknown = run("outbox", "--delete", "ffffffff")
    assert unknown.returncode == 2 and "No message waiting in the outbox has the id “ffffffff”" in unknown.stderr
    assert run("outbox", "--retry", short_id).returncode == 0
    assert run("outbox", "--delete", short_id).returncode == 0
    assert outbox_lines() == []


def test_the_command_line_speaks_vietnamese(article, certs):
    port = free_port()
    out = send(article, port, certs, "--lang", "vi")
    assert out.returncode == 1
    assert out.stderr.startswith(f"articledesk: Không kết nối được máy chủ thư {HOST}:{port}")
    assert "articledesk outbox --flush" in out.stderr


@pytest.mark.parametrize("name", ["send", "outbox"])
def test_each_mail_command_shows_its_example(name):
    from editor.cli.main import EXAMPLES

    out = run(name, "--help")
    assert out.returncode == 0 and out.stdout.startswith(f"usage: articledesk {name} ")
    assert "\nexample:\n  " + EXAMPLES[name][0] + "  " in out.stdout
