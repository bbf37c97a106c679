"""The desk's mail account: where messages go out (host, port, security, login, From) and its password.

No widgets and no Qt: the command line reads the same account (``--smtp URL`` or the settings) the
window does. The password never goes into a file: it lives in the system keychain through
``keyring`` when the machine has a usable one, otherwise in memory for the run, asked once through
the View's ``ask_password(account)``; the command line also takes ``ARTICLEDESK_SMTP_PASSWORD``.
"""

from __future__ import annotations

import ipaddress
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from editor.model.file_io import N_, TemplatedError

if TYPE_CHECKING:
    from editor.settings import Settings

STARTTLS, TLS, PLAIN = "starttls", "tls", "none"
SECURITIES = (STARTTLS, TLS, PLAIN)
DEFAULT_PORTS = {STARTTLS: 587, TLS: 465, PLAIN: 25}
SCHEMES = {"smtp+starttls": STARTTLS, "smtps": TLS, "smtp": PLAIN}
PASSWORD_VARIABLE = "ARTICLEDESK_SMTP_PASSWORD"
KEYRING_SERVICE = "ArticleDesk SMTP"
DEFAULT_TIMEOUT_S = 30


class MailSetupError(TemplatedError):
    """An account that cannot be used as given (a bad URL, an unencrypted login), as one sentence."""

    kind = "setup"
    permanent = True
    about_message = False
    code = 0


@dataclass(frozen=True)
class MailAccount:
    """One outgoing mail server and how to log in to it; the password is kept elsewhere."""

    host: str
    port: int = 587
    security: str = STARTTLS  # "starttls" (587), "tls" (implicit, 465) or "none" (this computer only)
    user: str = ""  # "" = no login (a relay on this computer)
    sender: str = ""  # the From address: "Tòa soạn <desk@example.vn>"
    ca_file: str = ""  # a desk's own CA certificate (PEM) trusted besides the system's
    timeout_s: float = DEFAULT_TIMEOUT_S

    @property
    def encrypted(self) -> bool:
        """True when the connection is encrypted before anything is sent."""
        return self.security in (STARTTLS, TLS)

    @property
    def url(self) -> str:
        """The account as a URL without a password, as ``--smtp`` takes it."""
        scheme = {STARTTLS: "smtp+starttls", TLS: "smtps", PLAIN: "smtp"}[self.security]
        host = f"[{self.host}]" if ":" in self.host else self.host
        user = self.user.replace("%", "%25").replace("@", "%40") + "@" if self.user else ""
        return f"{scheme}://{user}{host}:{self.port}"

    @property
    def keyring_user(self) -> str:
        """The name the password is filed under in the keychain (one server may hold several users)."""
        return f"{self.user}@{self.host}:{self.port}"

    def check(self) -> None:
        """MailSetupError when the account would send a password unencrypted or talk plainly to another machine."""
        if self.security not in SECURITIES:
            raise MailSetupError(N_("The mail security setting “{security}” is not one of starttls, tls or none."),
                                 security=self.security)
        if not self.host:
            raise MailSetupError(N_("The mail account names no server."))
        if not 0 < self.port < 65536:
            raise MailSetupError(N_("The mail server's port {port} is not a number from 1 to 65535."), port=self.port)
        if self.security == PLAIN:
            if not is_loopback(self.host):
                raise MailSetupError(N_("An unencrypted connection is allowed only to this computer (127.0.0.1, ::1, "
                                        "localhost), not to {host}; use smtp+starttls:// or smtps://."), host=self.host)
            if self.user:
                raise MailSetupError(N_("An unencrypted connection takes no user name, so that no password travels "
                                        "in the clear; use smtp+starttls:// or smtps:// to log in."))


def is_loopback(host: str) -> bool:
    """True for this computer: 127.0.0.0/8, ::1 or localhost."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_smtp_url(url: str, sender: str = "", ca_file: str = "") -> MailAccount:
    """The account of ``smtp+starttls://user@host:587``, ``smtps://user@host:465`` or ``smtp://127.0.0.1:PORT``.

    A password in the URL is refused (it would show in the process list and the shell's history).
    """
    bad = MailSetupError(N_("“{url}” is not a mail server address; write smtp+starttls://USER@HOST:587, "
                            "smtps://USER@HOST:465 or smtp://127.0.0.1:PORT."), url=url)
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise MailSetupError(N_("The port in “{url}” is not a number from 1 to 65535."), url=url) from None
    security = SCHEMES.get(parts.scheme.lower())
    if security is None or not parts.hostname or parts.path not in ("", "/") or parts.query or parts.fragment:
        raise bad
    if parts.password is not None:
        raise MailSetupError(N_("“{url}” holds a password; give it in ARTICLEDESK_SMTP_PASSWORD or the system "
                                "keychain, never on the command line."), url=_without_password(url))
    account = MailAccount(host=parts.hostname, port=port or DEFAULT_PORTS[security], security=security,
                          user=unquote(parts.username or ""), sender=sender, ca_file=ca_file)
    account.check()
    return account


def _without_password(url: str) -> str:
    scheme, _, rest = url.partition("://")
    login, at, host = rest.rpartition("@")
    return f"{scheme}://{login.partition(':')[0]}:***@{host}" if at else url


# ------------------------------------------------------------------ the account in the settings

_KEYS = {"host": "mail/host", "port": "mail/port", "security": "mail/security", "user": "mail/user",
         "sender": "mail/from", "ca_file": "mail/ca_file", "timeout_s": "mail/timeout_s"}


def stored_account(settings: Settings) -> MailAccount | None:
    """The account set up in the settings; None when no server is set."""
    values: dict[str, Any] = {field: settings.value(key) for field, key in _KEYS.items()}
    if not values["host"]:
        return None
    values["timeout_s"] = float(values["timeout_s"])
    return MailAccount(**values)


def store_account(settings: Settings, account: MailAccount) -> None:
    """Remember ``account`` (never a password) in the settings; MailSetupError when it is unsafe."""
    account.check()
    for field, key in _KEYS.items():
        value = getattr(account, field)
        settings.set_value(key, int(value) if field == "timeout_s" else value)
    settings.sync()


def with_sender(account: MailAccount, sender: str) -> MailAccount:
    """``account`` sending as ``sender`` (``--from``)."""
    return replace(account, sender=sender)


# ------------------------------------------------------------------ the password


def usable_keyring() -> Any | None:
    """The system keychain when this machine has one that works, else None (no fail or null backend)."""
    try:
        import keyring
        from keyring.backends import chainer, fail

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a keyring that cannot even start is no keyring
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) < 0:
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    return backend


class Passwords:
    """The passwords of the run: from the keychain, else asked once and kept in memory; never in a file.

    ``ask(account)`` is the View's question (None: the user cancelled); ``given`` a password from the
    environment (the command line's ``ARTICLEDESK_SMTP_PASSWORD``), used before anything else.
    """

    def __init__(self, ask: Callable[[MailAccount], str | None] | None = None, given: str | None = None,
                 keyring_backend: Any | None = None, use_keyring: bool = True) -> None:
        self.ask = ask
        self.given = given
        self._keyring = keyring_backend
        self._keyring_looked = keyring_backend is not None or not use_keyring
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()

    @property
    def keyring(self) -> Any | None:
        """The usable keychain, looked up once."""
        if not self._keyring_looked:
            self._keyring, self._keyring_looked = usable_keyring(), True
        return self._keyring

    def known(self, account: MailAccount) -> str | None:
        """The password without asking anyone: given, remembered this run, or in the keychain."""
        if not account.user:
            return ""
        if self.given:
            return self.given
        with self._lock:
            if account.keyring_user in self._memory:
                return self._memory[account.keyring_user]
        backend = self.keyring
        if backend is not None:
            try:
                return backend.get_password(KEYRING_SERVICE, account.keyring_user)
            except Exception:  # noqa: BLE001 - a locked or broken keychain: ask instead
                return None
        return None

    def get(self, account: MailAccount, ask: Callable[[MailAccount], str | None] | None = None) -> str | None:
        """The password for ``account``, asking (``ask``, else the View's question given at the start) once
        when nothing knows it; None when the user gave none."""
        password = self.known(account)
        ask = ask or self.ask
        if password is None and ask is not None:
            password = ask(account)
            if password is not None:
                self.remember(account, password)
        return password

    def remember(self, account: MailAccount, password: str) -> bool:
        """Keep ``password`` in the keychain when there is one (True), else in memory for this run."""
        backend = self.keyring
        if backend is not None:
            try:
                backend.set_password(KEYRING_SERVICE, account.keyring_user, password)
                return True
            except Exception:  # noqa: BLE001 - the keychain refused: keep it for this run
                pass
        with self._lock:
            self._memory[account.keyring_user] = password
        return False

    def forget(self, account: MailAccount) -> None:
        """The server refused the password: drop it from memory and the keychain, so it is asked again."""
        with self._lock:
            self._memory.pop(account.keyring_user, None)
        if self.given:
            self.given = None
        backend = self.keyring
        if backend is not None:
            try:
                backend.delete_password(KEYRING_SERVICE, account.keyring_user)
            except Exception:  # noqa: BLE001 - nothing stored, or a keychain that refuses: nothing to undo
                pass
