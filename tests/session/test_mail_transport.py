"""Sending over SMTP against a real aiosmtpd on 127.0.0.1 with a throw-away CA (outputs.md §4, E5–E6):
STARTTLS and implicit TLS sends as the server sees them, and one sentence for each way a send fails."""

from __future__ import annotations

import socket
import time

import pytest

from editor.model.article_file import load
from editor.resources import resource_path
from editor.session.mail_account import MailAccount, MailSetupError, Passwords, parse_smtp_url
from editor.session.mail_transport import AUTH, CONNECTION, PLAINTEXT, RECIPIENT, TLS_ERROR, MailError, SmtpConnection
from editor.session.mailing import MailChoice, make_message
from tests.session.smtp_server import HOST, PASSWORD, USER, Handler, MailServer, free_port, make_certificates

TO = ["bientap@example.vn", "Trần Thị Hoa <hoa@example.vn>"]


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


def account(server: MailServer, certs, **changes) -> MailAccount:
    base = parse_smtp_url(server.url, sender=f"Phóng viên <{USER}>", ca_file=str(certs.ca_file))
    return MailAccount(**{**base.__dict__, "timeout_s": 10, **changes})


def article_message(sender: str, attachments=("docx", "article")):
    article = load(resource_path("samples", "sample-vi.article"))
    return article, make_message(article, MailChoice(to=tuple(TO), cc=("truongban@example.vn",),
                                                     note="Gửi anh chị bản tin.", attachments=attachments), sender)


def fails(server_account: MailAccount, password: str | None = PASSWORD, data: bytes = b"Subject: x\r\n\r\nx\r\n",
          to=("bientap@example.vn",)) -> MailError:
    with pytest.raises(MailError) as info:
        with SmtpConnection(server_account, password) as smtp:
            smtp.send(USER, list(to), data)
    return info.value


# ------------------------------------------------------------------ the account's address


@pytest.mark.parametrize("url, expected", [
    ("smtp+starttls://jo@mail.example.vn:587", ("mail.example.vn", 587, "starttls", "jo")),
    ("smtp+starttls://jo%40desk.vn@mail.example.vn", ("mail.example.vn", 587, "starttls", "jo@desk.vn")),
    ("smtp+starttls://jo@desk.vn@mail.example.vn", ("mail.example.vn", 587, "starttls", "jo@desk.vn")),
    ("smtps://jo@mail.example.vn:465", ("mail.example.vn", 465, "tls", "jo")),
    ("smtps://mail.example.vn", ("mail.example.vn", 465, "tls", "")),
    ("smtp://127.0.0.1:2525", ("127.0.0.1", 2525, "none", "")),
    ("smtp://[::1]:2525", ("::1", 2525, "none", "")),
    ("smtp://localhost", ("localhost", 25, "none", "")),
])
def test_smtp_urls_name_the_server(url, expected):
    parsed = parse_smtp_url(url)
    assert (parsed.host, parsed.port, parsed.security, parsed.user) == expected
    assert parse_smtp_url(parsed.url) == parsed  # the URL the account writes back reads the same


@pytest.mark.parametrize("url, words", [
    ("smtp://mail.example.vn:25", "allowed only to this computer"),
    ("smtp://jo@127.0.0.1:2525", "takes no user name"),
    ("smtp+starttls://jo:secret@mail.example.vn", "holds a password"),
    ("http://mail.example.vn", "is not a mail server address"),
    ("smtp+starttls://mail.example.vn:99999", "not a number from 1 to 65535"),
    ("mail.example.vn", "is not a mail server address"),
])
def test_unsafe_or_broken_urls_are_refused_in_one_sentence(url, words):
    with pytest.raises(MailSetupError) as info:
        parse_smtp_url(url)
    assert words in str(info.value) and str(info.value).count(". ") == 0
    assert "secret" not in str(info.value)


def test_a_plain_connection_to_another_machine_is_never_opened():
    with pytest.raises(MailSetupError):
        SmtpConnection(MailAccount(host="mail.example.vn", port=25, security="none"))
    with pytest.raises(MailSetupError):
        SmtpConnection(MailAccount(host="127.0.0.1", port=25, security="none", user="jo"), "password")


# ------------------------------------------------------------------ sending


@pytest.mark.parametrize("implicit_tls", [False, True], ids=["starttls", "implicit-tls"])
def test_a_message_arrives_encrypted_with_its_envelope_and_attachments(certs, implicit_tls):
    with MailServer(certs, implicit_tls=implicit_tls) as server:
        article, message = article_message(f"Phóng viên <{USER}>")
        started = time.monotonic()
        with SmtpConnection(account(server, certs), PASSWORD) as smtp:
            refused = smtp.send(USER, ["bientap@example.vn", "hoa@example.vn", "truongban@example.vn"],
                                message.as_bytes())
        assert time.monotonic() - started < 5
        assert refused == {}
        [got] = server.handler.delivered
    assert got.tls and got.login == USER
    assert got.mail_from == USER
    assert got.rcpt_tos == ["bientap@example.vn", "hoa@example.vn", "truongban@example.vn"]
    parsed = got.message
    assert parsed["Subject"] == article.headline
    assert parsed["Message-ID"] == message["Message-ID"]
    assert parsed["To"].addresses[1].display_name == "Trần Thị Hoa"
    assert parsed.get_content_type() == "multipart/mixed"
    parts = [p.get_content_type() for p in parsed.walk()]
    assert parts[:4] == ["multipart/mixed", "multipart/alternative", "text/plain", "text/html"]
    names = [p.get_filename() for p in parsed.iter_attachments()]
    assert [n.rsplit(".", 1)[1] for n in names] == ["docx", "article"]
    docx = next(p for p in parsed.iter_attachments() if p.get_filename().endswith(".docx"))
    assert docx.get_content()[:2] == b"PK"
    assert "Gửi anh chị bản tin." in parsed.get_body(("plain",)).get_content()


def test_a_plaintext_attempt_is_refused_with_530(certs):
    with MailServer(certs) as server:
        failure = fails(MailAccount(host=HOST, port=server.port, security="none", timeout_s=10), None)
        assert server.handler.received == []
    assert failure.kind == PLAINTEXT and failure.code == 530 and failure.permanent
    assert "refused mail on an unencrypted or anonymous connection (530" in str(failure)


def test_a_wrong_password_is_refused_with_535_in_one_sentence(certs):
    with MailServer(certs) as server:
        started = time.monotonic()
        failure = fails(account(server, certs), "sai mật khẩu")
        assert time.monotonic() - started < 5  # the 535 arrives: no wait for a timeout (handled=False)
    assert failure.kind == AUTH and failure.code == 535 and not failure.about_message
    assert str(failure).startswith(f"The mail server {HOST} refused the user name or password of “{USER}” (535")


def test_an_unknown_certificate_is_not_trusted(certs):
    with MailServer(certs) as server:
        failure = fails(account(server, certs, ca_file=""))
        assert server.handler.received == []
    assert failure.kind == TLS_ERROR and "cannot be trusted" in str(failure)


def test_a_certificate_for_another_name_is_refused(certs, tmp_path):
    other = make_certificates(tmp_path / "other", names=("mail.example.vn",))
    with MailServer(other, implicit_tls=True) as server:
        failure = fails(account(server, other))
    assert failure.kind == TLS_ERROR and "not made out to 127.0.0.1" in str(failure)


def test_a_server_that_is_down_is_a_temporary_connection_error(certs):
    port = free_port()
    failure = fails(MailAccount(host=HOST, port=port, security="starttls", user=USER, ca_file=str(certs.ca_file)))
    assert failure.kind == CONNECTION and not failure.permanent
    assert str(failure) == f"Cannot reach the mail server {HOST}:{port}: the connection was refused."


def test_a_server_that_never_answers_times_out(certs):
    with socket.socket() as silent:
        silent.bind((HOST, 0))
        silent.listen()
        started = time.monotonic()
        failure = fails(MailAccount(host=HOST, port=silent.getsockname()[1], user=USER, timeout_s=0.5))
    assert time.monotonic() - started < 5
    assert failure.kind == CONNECTION and "did not answer within 0.5 seconds" in str(failure)


def test_a_refused_recipient_is_named_with_the_servers_reason(certs):
    handler = Handler(refuse={"khongco@example.vn": "550 5.1.1 No such mailbox here"})
    with MailServer(certs, handler=handler) as server:
        failure = fails(account(server, certs), to=("khongco@example.vn",))
        with SmtpConnection(account(server, certs), PASSWORD) as smtp:
            refused = smtp.send(USER, ["khongco@example.vn", "bientap@example.vn"], b"Subject: x\r\n\r\nx\r\n")
        assert [r.rcpt_tos for r in handler.delivered] == [["bientap@example.vn"]]
    assert failure.kind == RECIPIENT and failure.permanent and failure.about_message
    assert str(failure) == (f"The mail server {HOST} refused the recipient khongco@example.vn: "
                            "550 5.1.1 No such mailbox here.")
    assert refused == {"khongco@example.vn": (550, "5.1.1 No such mailbox here")}


def test_a_busy_mailbox_is_temporary(certs):
    handler = Handler(refuse={"day@example.vn": "452 4.2.2 Mailbox full, try later"})
    with MailServer(certs, handler=handler) as server:
        failure = fails(account(server, certs), to=("day@example.vn",))
    assert failure.kind == RECIPIENT and not failure.permanent and not failure.about_message


# ------------------------------------------------------------------ the password


class MemoryKeyring:
    """A keychain that works, as the system's would."""

    priority = 1

    def __init__(self) -> None:
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service, user):
        return self.stored.get((service, user))

    def set_password(self, service, user, password):
        self.stored[(service, user)] = password

    def delete_password(self, service, user):
        self.stored.pop((service, user))


def test_without_a_keychain_the_password_is_asked_once_and_kept_in_memory(tmp_path):
    asked = []
    passwords = Passwords(ask=lambda a: asked.append(a) or PASSWORD, use_keyring=False)
    jo = MailAccount(host="mail.example.vn", user="jo")
    assert passwords.get(jo) == passwords.get(jo) == PASSWORD
    assert asked == [jo]
    passwords.forget(jo)  # the server refused it: asked again
    assert passwords.get(jo) == PASSWORD and len(asked) == 2
    assert not any(PASSWORD in p.read_text(errors="replace") for p in tmp_path.rglob("*") if p.is_file())


def test_with_a_keychain_the_password_lives_there():
    keychain = MemoryKeyring()
    jo = MailAccount(host="mail.example.vn", user="jo")
    first = Passwords(ask=lambda a: PASSWORD, keyring_backend=keychain)
    assert first.get(jo) == PASSWORD
    assert keychain.stored == {("ArticleDesk SMTP", "jo@mail.example.vn:587"): PASSWORD}
    assert Passwords(ask=lambda a: None, keyring_backend=keychain).get(jo) == PASSWORD  # the next run
    first.forget(jo)
    assert keychain.stored == {}


def test_the_fail_keyring_is_no_keychain(monkeypatch):
    import keyring
    from keyring.backends import fail

    from editor.session.mail_account import usable_keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    assert usable_keyring() is None
