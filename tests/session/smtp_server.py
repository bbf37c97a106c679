"""A real SMTP server for the mail tests: aiosmtpd on 127.0.0.1, a throw-away CA made at test time.

The server speaks STARTTLS (required before MAIL, outputs.md §4) or implicit TLS, asks for a login
only over TLS, and records what it accepted. Its authenticator answers a wrong password with
``AuthResult(success=False, handled=False)``, so aiosmtpd replies 535 (``handled=True`` would
leave smtplib waiting for its timeout).
"""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import socket
import ssl
import threading
import warnings
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "phongvien@example.vn", "mật-khẩu đúng 1"
HOST = "127.0.0.1"


@dataclass
class Certificates:
    """A CA (its certificate is what the client trusts) and a server certificate it signed."""

    ca_file: Path
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context


def make_certificates(folder: Path, names: tuple[str, ...] = (HOST, "localhost")) -> Certificates:
    """A CA and a server certificate for ``names`` (IP addresses or host names), valid for a day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    folder.mkdir(parents=True, exist_ok=True)
    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ArticleDesk test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False, key_encipherment=False,
                                       data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                       crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    alt_names: list[x509.GeneralName] = []
    for name in names:
        try:
            alt_names.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt_names.append(x509.DNSName(name))
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    files = Certificates(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    files.ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    files.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    files.key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                 serialization.NoEncryption()))
    return files


def free_port() -> int:
    """A port nobody listens on at 127.0.0.1 just now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@dataclass
class Received:
    """One message the server accepted (or, ``acknowledged`` False, took in but never answered)."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    tls: bool
    login: str | None
    acknowledged: bool = True

    @property
    def message(self):
        return message_from_bytes(self.data, policy=policy.default)


@dataclass
class Handler:
    """Records messages; refuses recipients listed in ``refuse`` (address -> reply); ``stall`` holds DATA."""

    received: list[Received] = field(default_factory=list)
    refuse: dict[str, str] = field(default_factory=dict)
    stall: threading.Event | None = None
    in_data: threading.Event = field(default_factory=threading.Event)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802 - aiosmtpd hook
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd hook
        login = session.auth_data
        tls = session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None  # STARTTLS, TLS
        record = Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content or envelope.content,
                          tls, login)
        if self.stall is not None:
            record.acknowledged = False
            self.received.append(record)
            self.in_data.set()
            while not self.stall.is_set():  # the client is killed meanwhile; never answered
                await asyncio.sleep(0.05)
            return "451 4.3.0 stalled on purpose"
        self.received.append(record)
        return "250 2.0.0 OK: queued"

    @property
    def delivered(self) -> list[Received]:
        return [r for r in self.received if r.acknowledged]


def authenticator(server, session, envelope, mechanism, auth_data):
    """USER/PASSWORD only; a wrong one is answered 535 (handled=False, see the module docstring)."""
    if isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER \
            and auth_data.password.decode() == PASSWORD:
        return AuthResult(success=True, auth_data=USER)
    return AuthResult(success=False, handled=False)


class MailServer:
    """``with MailServer(certs, implicit_tls=False) as server:`` — STARTTLS, or TLS from the first byte."""

    def __init__(self, certs: Certificates, implicit_tls: bool = False, handler: Handler | None = None,
                 port: int | None = None) -> None:
        self.certs = certs
        self.implicit_tls = implicit_tls
        self.handler = handler or Handler()
        self.port = port or free_port()
        context = certs.server_context()
        warnings.filterwarnings("ignore", "Requiring AUTH while not requiring TLS", UserWarning)
        if implicit_tls:  # aiosmtpd 1.4 knows only STARTTLS as TLS for auth_require_tls; this one is TLS throughout
            self.controller = Controller(self.handler, hostname=HOST, port=self.port, ssl_context=context,
                                         server_hostname=HOST, ready_timeout=10, authenticator=authenticator,
                                         auth_require_tls=False, auth_required=True)
        else:
            self.controller = Controller(self.handler, hostname=HOST, port=self.port, tls_context=context,
                                         require_starttls=True, ready_timeout=10, authenticator=authenticator,
                                         auth_require_tls=True, auth_required=True)

    @property
    def url(self) -> str:
        scheme = "smtps" if self.implicit_tls else "smtp+starttls"
        return f"{scheme}://{USER.replace('@', '%40')}@{HOST}:{self.port}"

    def __enter__(self) -> MailServer:
        self.controller.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.handler.stall is not None:
            self.handler.stall.set()
        self.controller.stop()
