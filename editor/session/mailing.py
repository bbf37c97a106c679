"""E-mail as one more user of the export service: send, send later, save as .eml, open in the mail program.

The same house-style question as every export is asked first (:meth:`ExportService.may_export`);
the attachments (DOCX, PDF, the .article file) are rendered and the message is built in a worker,
so the window never freezes; then the message is sent now through the outbox (so a crash during
the send is found and finished later) or left queued there when the server cannot be reached,
and the job says which in one sentence. The window answers :class:`MailView` and shows progress;
opening a file in the mail program is the window's job, the session gives the path.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from editor.model.article import Article
from editor.model.file_io import N_, TemplatedError, filled_in
from editor.session.export_job import run_in_pool, write_export
from editor.session.exporting import FORMATS, ExportError, ExportService, failure_sentence, render
from editor.session.files import error_text, translated
from editor.session.mail_account import MailAccount, MailSetupError, Passwords, store_account, stored_account
from editor.session.mail_transport import AUTH, SmtpConnection
from editor.session.outbox import FAILED, QUEUED, SENT, Attempt, Outbox, OutboxEntry

if TYPE_CHECKING:
    from exports.print_layout import PrintOptions

WRITTEN, CANCELLED = "written", "cancelled"  # the outcomes of Save as .eml / Open in mail program, and of Cancel
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ATTACHMENT_KINDS = ("docx", "pdf", "article")


@dataclass(frozen=True)
class MailChoice:
    """What the user chose in the Send dialog."""

    to: tuple[str, ...]
    cc: tuple[str, ...] = ()
    subject: str | None = None  # None: the headline
    note: str = ""  # the personal note above the article
    attachments: tuple[str, ...] = ()  # any of "docx", "pdf", "article"
    sender: str = ""  # "" = the account's From address


class MailView(Protocol):
    """What the mail service asks of the window."""

    def ask_export_despite_errors(self, errors: int) -> bool:
        """The article has house-style errors: send anyway? (the export's question)"""

    def ask_password(self, account: MailAccount) -> str | None:
        """The password of ``account`` (asked once per run when there is no keychain); None: cancelled."""

    def mail_started(self, job: MailJob) -> None:
        """A job is rendering or sending: show progress whose Cancel calls ``job.cancel()``."""

    def mail_finished(self, job: MailJob) -> None:
        """The job is over: ``job.outcome`` and ``job.sentence`` say how; ``job.path`` for a written .eml."""


# ------------------------------------------------------------------ the same for the window and the command line


def mail_text(exc: BaseException) -> str:
    """A mail failure (MailError, HeaderError, MailSetupError …) as one sentence in the interface language."""
    return error_text(exc) if isinstance(exc, TemplatedError) else str(exc)


def say(template: str, **params: object) -> str:
    """One of this module's sentences (marked with N_) in the interface language."""
    return filled_in(template, params, translated)


def render_attachments(article: Article, kinds: tuple[str, ...] | list[str], base_dir: Path | None,
                       options: PrintOptions | None = None) -> list[tuple[str, bytes, str]]:
    """The attachments ``kinds`` ("docx", "pdf", "article") of ``article``, rendered by the export writers."""
    from exports.email_message import article_attachment, attachment_name

    files = []
    for kind in dict.fromkeys(kinds):
        if kind == "article":
            files.append(article_attachment(article))
            continue
        if kind not in ("docx", "pdf"):
            raise ValueError(f"not an attachment kind: {kind!r}")
        name = attachment_name(article, FORMATS[kind].extension)
        try:
            data = render(article, kind, base_dir, options if kind == "pdf" else None,
                          masthead=options.masthead if options is not None else "")
        except (OSError, ValueError) as exc:  # a picture that cannot be read, a page set-up that cannot print
            raise ExportError(failure_sentence(exc, name)) from exc
        files.append((name, data, DOCX_MIME if kind == "docx" else "application/pdf"))
    return files


def make_message(article: Article, choice: MailChoice, sender: str, base_dir: Path | None = None,
                 options: PrintOptions | None = None, unsent: bool = False) -> EmailMessage:
    """The message of ``choice`` with its attachments; HeaderError for a field that cannot be a header."""
    from exports.email_message import build_message

    check_choice(choice, sender, unsent)  # before the attachments are rendered
    return build_message(article, sender=sender, to=list(choice.to), cc=choice.cc, subject=choice.subject,
                         note=choice.note, attachments=render_attachments(article, choice.attachments, base_dir,
                                                                          options), unsent=unsent)


def check_choice(choice: MailChoice, sender: str, unsent: bool = False) -> None:
    """HeaderError (with ``field``) for a typed field the message cannot carry; the dialog can call it live."""
    from exports.email_headers import HeaderError, check_text, parse_address, parse_addresses

    if sender.strip() or not unsent:
        if not sender.strip():
            raise HeaderError(N_("The message has no sender address."), "from")
        parse_address(sender, "from")
    if not parse_addresses(list(choice.to), "to") and not unsent:
        raise HeaderError(N_("The message has no recipient."), "to")
    parse_addresses(list(choice.cc), "cc")
    if choice.subject is not None:
        check_text(choice.subject, "subject")
    unknown = [k for k in choice.attachments if k not in ATTACHMENT_KINDS]
    if unknown:
        raise ValueError(f"not an attachment kind: {unknown}")


def connector(account: MailAccount, password: str | None) -> Callable[[], SmtpConnection]:
    """What the outbox calls to open a connection when it has a message to send."""
    def connect() -> SmtpConnection:
        connection = SmtpConnection(account, password)
        connection.open()
        return connection

    return connect


def send_now(outbox: Outbox, message: EmailMessage, account: MailAccount, password: str | None) -> Attempt:
    """Put ``message`` in the outbox and send it at once: SENT, QUEUED (it waits) or FAILED (refused)."""
    entry = outbox.add_message(message)
    attempts = outbox.flush(connector(account, password), [entry])
    return attempts[0] if attempts else Attempt(entry, QUEUED)


# ------------------------------------------------------------------ the window's service


class MailJob(QObject):
    """One mail action at work in the pool; ``done`` fires once with ``outcome`` (SENT, QUEUED, FAILED,
    WRITTEN or CANCELLED), ``sentence`` (what to tell the user), ``entry`` (the outbox entry) and ``path``
    (the .eml written)."""

    done = Signal()

    def __init__(self, work: Callable[[MailJob], None], kind: str) -> None:
        super().__init__()
        self.work = work
        self.kind = kind  # "send", "queue", "save" or "open"
        self.cancelled = False
        self.outcome = ""
        self.sentence = ""
        self.failure: BaseException | None = None
        self.entry: OutboxEntry | None = None
        self.path: Path | None = None

    def cancel(self) -> None:
        """Stop before the message is sent or written (a message already at the server is not called back)."""
        self.cancelled = True

    def run(self) -> None:
        """Render, build and send or write (worker thread); then ``done``."""
        try:
            self.work(self)
        except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence for the user
            self.outcome, self.failure = (CANCELLED, None) if self.cancelled else (FAILED, exc)
            if not self.cancelled:
                self.sentence = mail_text(exc) if isinstance(exc, TemplatedError) else failure_sentence(exc, self.path)
            if not isinstance(exc, (TemplatedError, OSError, ValueError)):
                raise  # a programming error fails loudly, after the view has heard of it
        finally:
            self.done.emit()


class MailService(QObject):
    """Mail for one window's article, on top of its :class:`ExportService`; ``outbox_changed`` fires when
    a message entered or left the outbox."""

    outbox_changed = Signal()

    def __init__(self, exports: ExportService, outbox: Outbox | None = None, passwords: Passwords | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.exports = exports
        self.outbox = outbox or Outbox()
        self.passwords = passwords or Passwords()
        self._running: dict[MailJob, tuple[MailView, MailAccount | None]] = {}
        self._finished: list[MailJob] = []  # kept until the next job, so none is destroyed on the worker's thread
        self._temp: tempfile.TemporaryDirectory[str] | None = None

    # ---------------------------------------------------------------- the account

    def account(self) -> MailAccount | None:
        """The mail account of the settings; None when none is set up (the dialog offers to set one up)."""
        return stored_account(self.exports.settings)

    def set_account(self, account: MailAccount, password: str | None = None) -> bool:
        """Keep ``account`` in the settings and, when given, its password (keychain: True; else for this run).

        MailSetupError when the account would send a password unencrypted or talk plainly to another machine.
        """
        store_account(self.exports.settings, account)
        return self.passwords.remember(account, password) if password is not None else False

    # ---------------------------------------------------------------- the four actions

    def send(self, choice: MailChoice, view: MailView) -> MailJob | None:
        """Send now; a server out of reach leaves the message queued (job.outcome QUEUED, and the sentence says so).

        None when the user stopped at the house-style question or the password. Raises HeaderError or
        MailSetupError (one sentence, :func:`mail_text`) before anything is done, so the dialog stays open.
        """
        account = self._account()
        check_choice(choice, self._sender(choice, account))
        password = self.passwords.get(account, view.ask_password) if account.user else ""
        if password is None:
            return None
        return self._start(choice, view, "send", account, password)

    def queue(self, choice: MailChoice, view: MailView) -> MailJob | None:
        """Send later: the message waits in the outbox for the flusher. Raises as :meth:`send`."""
        account = self.account()
        check_choice(choice, self._sender(choice, account))
        return self._start(choice, view, "queue", account)

    def save_eml(self, choice: MailChoice, path: Path, view: MailView) -> MailJob | None:
        """Save the message as a finished .eml at ``path`` (atomically). Raises HeaderError before anything."""
        sender = self._sender(choice, self.account())
        check_choice(choice, sender, unsent=True)
        return self._start(choice, view, "save", None, target=Path(path))

    def open_in_mail_program(self, choice: MailChoice, view: MailView) -> MailJob | None:
        """Write a draft (``X-Unsent: 1``) into :meth:`temp_folder`; the view opens ``job.path`` when done."""
        sender = self._sender(choice, self.account())
        check_choice(choice, sender, unsent=True)
        from exports.email_message import attachment_name

        target = self.temp_folder() / attachment_name(self.exports.session.article, ".eml")
        return self._start(choice, view, "open", None, target=target)

    def temp_folder(self) -> Path:
        """A folder for drafts handed to the mail program, kept until :meth:`close` (the app exits)."""
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="articledesk-mail-")
        return Path(self._temp.name)

    def close(self) -> None:
        """The app exits: remove the drafts' folder."""
        if self._temp is not None:
            self._temp.cleanup()
            self._temp = None

    # ---------------------------------------------------------------- the work

    def _account(self) -> MailAccount:
        account = self.account()
        if account is None:
            raise MailSetupError(N_("No mail server is set up: choose File › Mail Account…."))
        account.check()
        return account

    def _sender(self, choice: MailChoice, account: MailAccount | None) -> str:
        return choice.sender or (account.sender if account is not None else "")

    def _start(self, choice: MailChoice, view: MailView, kind: str, account: MailAccount | None,
               password: str | None = None, target: Path | None = None) -> MailJob | None:
        article = self.exports.session.article.copy()
        if not self.exports.may_export(article, view):
            return None
        options = self.exports.print_options() if "pdf" in choice.attachments else None
        base_dir, outbox = self.exports.base_dir, self.outbox
        sender = self._sender(choice, account or self.account())

        def work(job: MailJob) -> None:
            job.path = target
            message = make_message(article, choice, sender, base_dir, options, unsent=kind == "open")
            if job.cancelled:
                job.outcome = CANCELLED
                return
            if target is not None:
                from exports.email_message import wire_bytes

                write_export(target, wire_bytes(message))
                job.outcome = WRITTEN
                job.sentence = say(N_("The message was saved as “{file}”."), file=str(target))
                return
            if kind == "queue":
                job.entry, job.outcome = outbox.add_message(message), QUEUED
                job.sentence = say(N_("The message waits in the outbox."))
                return
            assert account is not None
            attempt = send_now(outbox, message, account, password)
            job.entry, job.outcome, job.failure = attempt.entry, attempt.outcome, attempt.failure
            job.sentence = outcome_sentence(attempt)

        job = MailJob(work, kind)
        self._running[job] = (view, account)
        job.done.connect(self._job_done)  # a bound method of a QObject: delivered on the GUI thread
        view.mail_started(job)
        run_in_pool(job)  # type: ignore[arg-type]  # the pool only calls run()
        return job

    def _job_done(self) -> None:
        job = self.sender()
        entry = self._running.pop(job, None) if isinstance(job, MailJob) else None
        if entry is None:
            return
        view, account = entry
        self._finished = [*self._finished[-3:], job]
        if account is not None and getattr(job.failure, "kind", "") == AUTH:
            self.passwords.forget(account)  # asked again next time, never tried again unchanged
        if job.entry is not None:
            self.outbox_changed.emit()
        view.mail_finished(job)


def outcome_sentence(attempt: Attempt) -> str:
    """What became of a message sent now, in one or two sentences for the window."""
    entry, failure = attempt.entry, attempt.failure
    if attempt.outcome == SENT:
        sentence = say(N_("Sent to {recipients}."), recipients=", ".join(entry.recipients))
        for address, reason in entry.refused.items():
            sentence += " " + say(N_("The server refused {address}: {reason}."), address=address, reason=reason)
        return sentence
    reason = mail_text(failure) if failure is not None else ""
    if attempt.outcome == FAILED:
        return f"{reason} " + say(N_("The message was not sent; it stays in the outbox as failed."))
    return f"{reason} " + say(N_("The message waits in the outbox and is sent when the server can be reached."))
