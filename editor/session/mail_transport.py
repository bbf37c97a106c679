"""Sending a finished message over SMTP, and one sentence for each way it can fail (outputs.md §4, E5).

STARTTLS (587) or implicit TLS (465) with ``ssl.create_default_context()``: certificates and host
names are verified, never CERT_NONE; a desk's own CA can be trusted besides the system's. A
password is sent only over an encrypted connection, and an unencrypted one (without a login) is
opened only to this computer. Every socket operation has a timeout.

Each failure becomes a :class:`MailError`: a translatable sentence naming the cause
(authentication, TLS, connection, a refused recipient with the server's reason, plaintext
refused), ``permanent`` when trying again unchanged cannot help (5xx, a certificate, a password)
and ``about_message`` when it is this message the server refuses (its recipients, sender or
content), so the outbox marks it failed instead of trying again later.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl
from collections.abc import Callable, Sequence

from editor.model.file_io import N_, TemplatedError
from editor.session.mail_account import TLS, MailAccount, MailSetupError

# What a MailError is about.
AUTH, TLS_ERROR, CONNECTION, RECIPIENT, SENDER, PLAINTEXT, MESSAGE, SERVER = (
    "auth", "tls", "connection", "recipient", "sender", "plaintext", "message", "server")


class MailError(TemplatedError):
    """A message that could not be sent, as one sentence; see the module docstring for the flags."""

    def __init__(self, template: str, *, kind: str, permanent: bool, about_message: bool = False,
                 **params: object) -> None:
        super().__init__(template, **params)
        self.kind = kind
        self.permanent = permanent
        self.about_message = about_message
        self.code = int(params.get("code", 0))  # type: ignore[call-overload]  # the server's reply code, 0: none


def _reply_text(reply: bytes | str | None) -> str:
    """The server's reason as one line of text."""
    if isinstance(reply, bytes):
        reply = reply.decode("utf-8", "replace")
    return " ".join((reply or "").split())


def ssl_context(account: MailAccount) -> ssl.SSLContext:
    """The system's trusted certificates (plus the account's own CA file), host names checked."""
    context = ssl.create_default_context()
    if account.ca_file:
        try:
            context.load_verify_locations(cafile=account.ca_file)
        except (OSError, ssl.SSLError) as exc:
            reason = getattr(exc, "strerror", None) or _reply_text(str(exc))
            raise MailSetupError(N_("The CA certificate file “{file}” cannot be read: {reason}."),
                                 file=account.ca_file, reason=str(reason).rstrip(".")) from None
    return context


def _connection_error(exc: BaseException, account: MailAccount) -> MailError:
    """A network failure (refused, timed out, unknown name, cut) as a temporary MailError."""
    where = {"host": account.host, "port": account.port}
    if isinstance(exc, smtplib.SMTPServerDisconnected) and isinstance(exc.__context__, OSError):
        exc = exc.__context__  # smtplib reports a timeout while reading a reply as "unexpectedly closed"
    if isinstance(exc, ssl.SSLCertVerificationError):
        reason = _reply_text(exc.verify_message or exc.reason or str(exc))
        if exc.verify_code in (62, 64):  # X509_V_ERR_HOSTNAME_MISMATCH, X509_V_ERR_IP_ADDRESS_MISMATCH
            return MailError(N_("The mail server's certificate is not made out to {host} ({reason}); nothing was "
                                "sent."), kind=TLS_ERROR, permanent=True, reason=reason, **where)
        return MailError(N_("The mail server {host} shows a certificate that cannot be trusted ({reason}); nothing "
                            "was sent."), kind=TLS_ERROR, permanent=True, reason=reason, **where)
    if isinstance(exc, ssl.SSLError):
        reason = _reply_text(exc.reason or str(exc))
        return MailError(N_("The encrypted connection to the mail server {host}:{port} failed ({reason}); check the "
                            "port and its security setting."), kind=TLS_ERROR, permanent=True, reason=reason,
                         **where)
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return MailError(N_("The mail server {host} closed the connection unexpectedly."), kind=CONNECTION,
                         permanent=False, **where)
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return MailError(N_("Cannot reach the mail server {host}:{port}: it did not answer within {seconds} seconds."),
                         kind=CONNECTION, permanent=False, seconds=f"{account.timeout_s:g}", **where)
    if isinstance(exc, socket.gaierror):
        return MailError(N_("Cannot find the mail server {host}: the name does not resolve (check the name and the "
                            "network)."), kind=CONNECTION, permanent=False, **where)
    if isinstance(exc, ConnectionRefusedError):
        return MailError(N_("Cannot reach the mail server {host}:{port}: the connection was refused."),
                         kind=CONNECTION, permanent=False, **where)
    reason = _reply_text(getattr(exc, "strerror", None) or str(exc) or type(exc).__name__).rstrip(".")
    return MailError(N_("Cannot reach the mail server {host}:{port}: {reason}."), kind=CONNECTION, permanent=False,
                     reason=reason, **where)


def _reply_error(exc: smtplib.SMTPResponseException, account: MailAccount, stage: str, address: str = "") -> MailError:
    """A refusal by the server (a reply code and its reason) as a MailError; 4xx temporary, 5xx permanent."""
    code, reason = exc.smtp_code, _reply_text(exc.smtp_error)
    permanent = code >= 500
    params = {"host": account.host, "code": code, "reason": reason}
    if code == 530 or (code == 550 and "starttls" in reason.lower()):
        return MailError(N_("The mail server {host} refused mail on an unencrypted or anonymous connection ({code} "
                            "{reason})."), kind=PLAINTEXT, permanent=True, **params)
    if isinstance(exc, smtplib.SMTPAuthenticationError) or stage == "login":
        return MailError(N_("The mail server {host} refused the user name or password of “{user}” ({code} {reason})."),
                         kind=AUTH, permanent=permanent, user=account.user, **params)
    if stage == "sender":
        return MailError(N_("The mail server {host} refused the sender address {address}: {code} {reason}."),
                         kind=SENDER, permanent=permanent, about_message=permanent, address=address,
                         **params)
    if stage == "recipient":
        return MailError(N_("The mail server {host} refused the recipient {address}: {code} {reason}."),
                         kind=RECIPIENT, permanent=permanent, about_message=permanent, address=address,
                         **params)
    if stage == "data":
        return MailError(N_("The mail server {host} refused the message: {code} {reason}."), kind=MESSAGE,
                         permanent=permanent, about_message=permanent, **params)
    return MailError(N_("The mail server {host} answered {code} {reason}."), kind=SERVER, permanent=permanent,
                     **params)


def _login_utf8(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Log in with a user name or password outside ASCII, which smtplib's login cannot send: PLAIN (RFC 4616)
    or LOGIN with UTF-8, as mail programs do."""
    import base64

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    mechanisms = smtp.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" in mechanisms:
        code, reply = smtp.docmd("AUTH", "PLAIN " + b64(b"\0" + user.encode() + b"\0" + password.encode()))
    elif "LOGIN" in mechanisms:
        code, reply = smtp.docmd("AUTH", "LOGIN " + b64(user.encode()))
        if code == 334:
            code, reply = smtp.docmd(b64(password.encode()))
    else:
        raise smtplib.SMTPException("no PLAIN or LOGIN")
    if code not in (235, 503):  # 503: already logged in
        raise smtplib.SMTPAuthenticationError(code, reply)


class SmtpConnection:
    """One logged-in connection to the account's server; ``send`` may be called for several messages.

    ``with SmtpConnection(account, password) as smtp: refused = smtp.send(sender, recipients, data)``;
    every failure is a MailError (MailSetupError for an account that must not be used).
    """

    def __init__(self, account: MailAccount, password: str | None = None) -> None:
        account.check()  # no password in the clear, no plain connection to another machine
        self.account = account
        self.password = password
        self.smtp: smtplib.SMTP | None = None

    def __enter__(self) -> SmtpConnection:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def open(self) -> None:
        """Connect, encrypt and log in."""
        account = self.account
        context = ssl_context(account) if account.encrypted else None
        try:
            if account.security == TLS:  # the host given here is what TLS checks the certificate against
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(account.host, account.port, timeout=account.timeout_s,
                                                      context=context)
            else:
                smtp = smtplib.SMTP(account.host, account.port, timeout=account.timeout_s)
            self.smtp = smtp
            smtp.ehlo()
            if account.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise MailError(N_("The mail server {host} does not offer STARTTLS, so the password and the "
                                       "message would travel unencrypted; nothing was sent."), kind=TLS_ERROR,
                                    permanent=True, host=account.host)
                smtp.starttls(context=context)
                smtp.ehlo()
            if account.user:
                self._login(smtp)
        except MailError:
            self.close()
            raise
        except smtplib.SMTPResponseException as exc:
            self.close()
            raise _reply_error(exc, account, "connect") from None
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise _connection_error(exc, account) from None

    def _login(self, smtp: smtplib.SMTP) -> None:
        account = self.account
        assert account.encrypted, "a password is never sent unencrypted"  # check() made sure of it
        try:
            password = self.password or ""
            if (account.user + password).isascii():
                smtp.login(account.user, password)
            else:
                _login_utf8(smtp, account.user, password)
        except smtplib.SMTPNotSupportedError:
            raise MailError(N_("The mail server {host} offers no login on this connection; check the server and its "
                               "security setting."), kind=AUTH, permanent=True, host=account.host) from None
        except smtplib.SMTPAuthenticationError as exc:
            raise _reply_error(exc, account, "login") from None
        except smtplib.SMTPException as exc:  # offers neither PLAIN nor LOGIN for a Vietnamese password
            reason = _reply_text(str(exc))
            raise MailError(N_("The mail server {host} offers no login that can carry this user name or password "
                               "({reason})."), kind=AUTH, permanent=True, host=account.host, reason=reason) from None

    def send(self, sender: str, recipients: Sequence[str], data: bytes) -> dict[str, tuple[int, str]]:
        """Send ``data`` (the message's exact bytes) from ``sender`` to ``recipients``.

        Returns the recipients the server refused while it took the message for the others
        (address -> (code, reason)); MailError when it took it for nobody.
        """
        smtp = self.smtp
        assert smtp is not None, "open() first"
        options = ["SMTPUTF8"] if not all(a.isascii() for a in (sender, *recipients)) else []
        try:
            code, reply = self._command(lambda: smtp.mail(sender, options))
        except smtplib.SMTPNotSupportedError:
            raise MailError(N_("The mail server {host} cannot carry the address {address}, which has letters outside "
                               "plain ASCII."), kind=SENDER, permanent=True, about_message=True,
                            host=self.account.host, address=sender) from None
        if code != 250:
            self._command(smtp.rset, ignore_errors=True)
            raise _reply_error(smtplib.SMTPResponseException(code, reply), self.account, "sender", sender)
        accepted: list[str] = []
        refused: dict[str, tuple[int, str]] = {}
        for address in recipients:
            code, reply = self._command(lambda a=address: smtp.rcpt(a))
            if code in (250, 251):
                accepted.append(address)
            else:
                refused[address] = (code, _reply_text(reply))
        if not accepted:
            self._command(smtp.rset, ignore_errors=True)
            address, (code, reason) = next(iter(refused.items()))
            raise _reply_error(smtplib.SMTPResponseException(code, reason), self.account, "recipient", address)
        data = re.sub(rb"(?<!\r)\n", b"\r\n", data)  # SMTP lines end in CRLF, whatever wrote the bytes
        code, reply = self._command(lambda: smtp.data(data))
        if code != 250:
            raise _reply_error(smtplib.SMTPResponseException(code, reply), self.account, "data")
        return refused

    def _command(self, command: Callable[[], tuple[int, bytes]], ignore_errors: bool = False) -> tuple[int, bytes]:
        """Run one SMTP command; a broken connection becomes a MailError (SMTPNotSupportedError passes)."""
        try:
            return command()
        except smtplib.SMTPNotSupportedError:
            if ignore_errors:
                return 0, b""
            raise
        except smtplib.SMTPResponseException as exc:
            if ignore_errors:
                return exc.smtp_code, exc.smtp_error
            raise _reply_error(exc, self.account, "data") from None
        except (OSError, smtplib.SMTPException) as exc:
            if ignore_errors:
                return 0, b""
            raise _connection_error(exc, self.account) from None

    def close(self) -> None:
        """Say QUIT (if the connection still stands) and close it."""
        smtp, self.smtp = self.smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
