"""The outbox (outputs.md §4, E7): messages waiting for the mail server, kept on disk across restarts.

``outbox/`` in the data folder holds each message as ``{id}.eml`` (its exact bytes, the Message-ID
fixed when it was made) and a sidecar ``{id}.json`` (status queued|sending|sent|failed, attempts,
last error, next attempt, created, subject, recipients). Every file is written atomically; a sent
message moves to ``outbox/sent/``. A failure the server calls temporary (network, 4xx, a refused
password or certificate, which the user has to fix) waits 1, 2, 4 … 60 minutes before the next
try; a refusal of the message itself (5xx for its recipients, sender or content) marks it failed
with the server's reason, until the user retries or deletes it.

A message is sent only while its lock (``{id}.lock``, an OS lock the system drops when a process
dies) is held, so the window and the command line never send the same one at once. A sidecar
still saying "sending" whose lock is free belongs to a send that crashed: it is sent again, with
the same bytes and Message-ID, so at worst a recipient sees a duplicate they can recognise.

Plain Python, no Qt: the command line's ``articledesk outbox`` uses it as the window's flusher does.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from typing import Any, Protocol

from editor.model.file_io import TemplatedError, filled_in, write_atomic, write_error
from editor.model.instance_lock import InstanceLock, owner_is_running
from editor.places import data_dir

QUEUED, SENDING, SENT, FAILED = "queued", "sending", "sent", "failed"
WAITING = (QUEUED, SENDING, FAILED)
BUSY, GONE = "busy", "gone"  # outcomes of an attempt that did not happen: another process has it, or it went
MAX_BACKOFF_MINUTES = 60


def now() -> datetime:
    """The current local time, with its offset (what the sidecar records)."""
    return datetime.now().astimezone().replace(microsecond=0)


def backoff(attempts: int) -> timedelta:
    """How long to wait after the ``attempts``-th failed try: 1, 2, 4 … 60 minutes."""
    return timedelta(minutes=min(MAX_BACKOFF_MINUTES, 2 ** max(0, attempts - 1)))


class Connection(Protocol):
    """An open connection to the mail server (mail_transport.SmtpConnection)."""

    def send(self, sender: str, recipients: Sequence[str], data: bytes) -> dict[str, tuple[int, str]]:
        """Send the bytes; the recipients the server refused while taking it for the others."""

    def close(self) -> None:
        """Close the connection."""


@dataclass
class OutboxEntry:
    """What the sidecar says about one message."""

    id: str
    status: str = QUEUED
    attempts: int = 0
    last_error: str = ""  # the last failure's sentence in English (the file is read by people too)
    error: dict[str, Any] | None = None  # that sentence's template, params and kind, for the interface's language
    next_attempt_at: str | None = None  # ISO 8601; None = now
    created: str = ""
    last_attempt_at: str | None = None
    sent_at: str | None = None
    subject: str = ""
    sender: str = ""
    recipients: list[str] = field(default_factory=list)
    message_id: str = ""
    refused: dict[str, str] = field(default_factory=dict)  # recipients refused while others took the message

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OutboxEntry:
        """The entry of a sidecar's JSON; unknown keys are ignored."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def to_bytes(self) -> bytes:
        """The sidecar's content."""
        return (json.dumps(asdict(self), ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def error_text(self, translate: Callable[[str], str] = str) -> str:
        """The last failure as one sentence, translated by ``translate`` (the catalogue's "errors")."""
        if not self.error or "template" not in self.error:
            return self.last_error
        return filled_in(self.error["template"], dict(self.error.get("params") or {}), translate)

    @property
    def error_kind(self) -> str:
        """What the last failure was about: "auth", "tls", "connection", "recipient" … ("" when none)."""
        return (self.error or {}).get("kind", "")

    def next_attempt(self) -> datetime | None:
        """When the next automatic try is due (None: now)."""
        return datetime.fromisoformat(self.next_attempt_at) if self.next_attempt_at else None


@dataclass
class Attempt:
    """How one message fared in a flush: SENT, QUEUED (to try again), FAILED, BUSY or GONE."""

    entry: OutboxEntry
    outcome: str
    failure: TemplatedError | None = None


def envelope_of(message: EmailMessage) -> tuple[str, list[str]]:
    """The envelope sender and recipients of ``message`` (From; To, Cc and Bcc)."""
    def addresses(name: str) -> list[str]:
        found = []
        for header in message.get_all(name, []):
            parsed = getattr(header, "addresses", None)  # policy.default: the header's own parse
            found += [a.addr_spec for a in parsed] if parsed is not None else \
                [address for _name, address in getaddresses([str(header)])]
        return [a for a in found if a and a != "<>"]

    senders = addresses("Sender") or addresses("From")
    recipients = addresses("To") + addresses("Cc") + addresses("Bcc")
    return (senders[0] if senders else ""), list(dict.fromkeys(recipients))


class Outbox:
    """The outbox folder; every method reads the disk afresh, so several processes share it."""

    def __init__(self, folder: Path | None = None, clock: Callable[[], datetime] = now) -> None:
        self.folder = Path(folder) if folder is not None else data_dir() / "outbox"
        self.clock = clock

    @property
    def sent_folder(self) -> Path:
        """Where sent messages are kept."""
        return self.folder / "sent"

    def _eml(self, entry_id: str, folder: Path | None = None) -> Path:
        return (folder or self.folder) / f"{entry_id}.eml"

    def _sidecar(self, entry_id: str, folder: Path | None = None) -> Path:
        return (folder or self.folder) / f"{entry_id}.json"

    # ------------------------------------------------------------------ adding and reading

    def add_message(self, message: EmailMessage) -> OutboxEntry:
        """Queue ``message`` (Bcc is kept out of its bytes but in the envelope)."""
        from exports.email_message import wire_bytes

        sender, recipients = envelope_of(message)
        if "Bcc" in message:
            message = _without_bcc(message)
        return self.add(wire_bytes(message), sender, recipients, str(message.get("Subject", "")),
                        str(message.get("Message-ID", "")))

    def add(self, data: bytes, sender: str, recipients: Sequence[str], subject: str = "",
            message_id: str = "") -> OutboxEntry:
        """Queue the message ``data``, to be sent from ``sender`` to ``recipients``; the bytes first, then
        the sidecar, so a crash in between leaves no entry that has no message."""
        entry = OutboxEntry(id=str(uuid.uuid4()), created=self.clock().isoformat(), subject=subject, sender=sender,
                            recipients=list(recipients), message_id=message_id)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_error(self._eml(entry.id), exc) from None
        write_atomic(self._eml(entry.id), data)
        try:
            self._write(entry)
        except BaseException:
            self._eml(entry.id).unlink(missing_ok=True)  # no message left without its sidecar
            raise
        return entry

    def _write(self, entry: OutboxEntry, folder: Path | None = None) -> None:
        write_atomic(self._sidecar(entry.id, folder), entry.to_bytes())

    def _read(self, path: Path) -> OutboxEntry | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return OutboxEntry.from_json(data) if isinstance(data, dict) else None
        except (OSError, ValueError, TypeError):
            return None  # gone meanwhile, or not a sidecar

    def get(self, entry_id: str) -> OutboxEntry | None:
        """The waiting message ``entry_id`` as its sidecar says now; None when it is not waiting (sent, deleted)."""
        entry = self._read(self._sidecar(entry_id))
        return entry if entry is not None and entry.status in WAITING else None

    def find(self, prefix: str) -> OutboxEntry | None:
        """The waiting message whose id starts with ``prefix`` (the listing shows the first 8 characters)."""
        matches = [e for e in self.entries() if e.id.startswith(prefix.strip())]
        return matches[0] if len(matches) == 1 and prefix.strip() else None

    def entries(self) -> list[OutboxEntry]:
        """The messages waiting (queued, sending, failed), oldest first; half-finished moves to sent/ finish."""
        try:
            paths = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        waiting = []
        for path in paths:
            entry = self._read(path)
            if entry is None or entry.id != path.stem:
                continue
            if entry.status == SENT:
                try:
                    self._move_to_sent(entry)  # a crash between "sent" and the move
                except OSError:
                    pass  # another process finished it meanwhile
            elif entry.status in WAITING and self._eml(entry.id).exists():
                waiting.append(entry)
        return sorted(waiting, key=lambda e: (e.created, e.id))

    def sent(self) -> list[OutboxEntry]:
        """The messages sent, newest first."""
        try:
            paths = list(self.sent_folder.glob("*.json"))
        except OSError:
            return []
        found = [e for e in map(self._read, paths) if e is not None]
        return sorted(found, key=lambda e: (e.sent_at or "", e.id), reverse=True)

    def message_bytes(self, entry_id: str) -> bytes:
        """The exact bytes of a waiting or sent message."""
        path = self._eml(entry_id)
        return (path if path.exists() else self._eml(entry_id, self.sent_folder)).read_bytes()

    def is_busy(self, entry_id: str) -> bool:
        """True while a process (this one or another) is sending ``entry_id``."""
        return owner_is_running(self.folder, entry_id)

    def due(self, everything: bool = False) -> list[OutboxEntry]:
        """The messages to try now: queued ones whose time has come (all queued ones with ``everything``)
        and crashed sends; not failed ones, nor those another process is sending."""
        moment = self.clock()
        due = []
        for entry in self.entries():
            if entry.status == SENDING and not self.is_busy(entry.id):
                due.append(entry)
            elif entry.status == QUEUED and (everything or (entry.next_attempt() or moment) <= moment):
                due.append(entry)
        return due

    def next_attempt(self) -> datetime | None:
        """When the next queued message is due; None when nothing waits for a try."""
        times = [e.next_attempt() or self.clock() for e in self.entries() if e.status in (QUEUED, SENDING)]
        return min(times) if times else None

    # ------------------------------------------------------------------ the user's commands

    def retry(self, entry_id: str) -> OutboxEntry | None:
        """Put a failed or waiting message back in the queue, due now; None when it is not waiting."""
        return self._locked(entry_id, lambda entry: self._update(entry, status=QUEUED, next_attempt_at=None))

    def delete(self, entry_id: str) -> bool:
        """Remove a waiting message for good; False while it is being sent (or when it is gone)."""
        def remove(entry: OutboxEntry) -> OutboxEntry:
            for path in (self._sidecar(entry.id), self._eml(entry.id)):  # the sidecar first: no entry without bytes
                path.unlink(missing_ok=True)
            return entry

        return self._locked(entry_id, remove) is not None

    def _locked(self, entry_id: str, change: Callable[[OutboxEntry], OutboxEntry]) -> OutboxEntry | None:
        lock = InstanceLock(self.folder, entry_id)
        if not lock.acquire():
            problem = _cannot_write(lock.path)
            if problem is not None:  # not another process sending it: the outbox cannot be written
                raise write_error(self._sidecar(entry_id), problem)
            return None
        try:
            entry = self.get(entry_id)
            return change(entry) if entry is not None else None
        finally:
            lock.release()

    def _update(self, entry: OutboxEntry, **changes: Any) -> OutboxEntry:
        for key, value in changes.items():
            setattr(entry, key, value)
        self._write(entry)
        return entry

    # ------------------------------------------------------------------ sending

    def flush(self, connect: Callable[[], Connection], entries: Iterable[OutboxEntry] | None = None,
              everything: bool = False) -> list[Attempt]:
        """Try the due messages (or ``entries``) over one connection made by ``connect`` when there is work.

        A failure of the connection itself (network, password, certificate) is the outcome of every
        message of this flush, without trying the others; a refusal of one message touches only it.
        """
        attempts: list[Attempt] = []
        connection: Connection | None = None
        stop: TemplatedError | None = None
        try:
            for listed in list(self.due(everything) if entries is None else entries):
                lock = InstanceLock(self.folder, listed.id)
                if not lock.acquire():
                    attempts.append(Attempt(listed, BUSY))
                    continue
                try:
                    entry = self.get(listed.id)  # afresh, under the lock: another process may have sent it
                    if entry is None or entry.status == FAILED:
                        attempts.append(Attempt(listed, GONE))
                        continue
                    if stop is None and connection is None:
                        try:
                            connection = connect()
                        except TemplatedError as exc:
                            stop = exc
                    if stop is not None:
                        attempts.append(self._failed(entry, stop, tried=False))
                        continue
                    attempt = self._send_one(entry, connection)
                    attempts.append(attempt)
                    if attempt.failure is not None and not getattr(attempt.failure, "about_message", False):
                        stop = attempt.failure  # the connection or the account is the problem, not this message
                finally:
                    lock.release()
        finally:
            if connection is not None:
                connection.close()
        return attempts

    def _send_one(self, entry: OutboxEntry, connection: Connection) -> Attempt:
        """Send one message under its lock: "sending" first, so a crash during DATA is found later."""
        moment = self.clock().isoformat()
        self._update(entry, status=SENDING, attempts=entry.attempts + 1, last_attempt_at=moment)
        try:
            refused = connection.send(entry.sender, entry.recipients, self.message_bytes(entry.id))
        except TemplatedError as exc:
            return self._failed(entry, exc, tried=True)
        self._update(entry, status=SENT, sent_at=self.clock().isoformat(), next_attempt_at=None,
                     refused={address: f"{code} {reason}" for address, (code, reason) in refused.items()})
        try:
            self._move_to_sent(entry)
        except OSError:
            pass  # sent all the same: the sidecar says so, and the next listing finishes the move
        return Attempt(entry, SENT)

    def _failed(self, entry: OutboxEntry, failure: TemplatedError, tried: bool) -> Attempt:
        """Record ``failure``: the message failed for good when the server refused it, else it waits."""
        attempts = entry.attempts + (0 if tried else 1)
        error = {"template": failure.template, "params": {k: str(v) for k, v in failure.params.items()},
                 "kind": getattr(failure, "kind", ""), "permanent": bool(getattr(failure, "permanent", False))}
        common = {"attempts": attempts, "last_error": str(failure), "error": error}
        if not tried:
            common["last_attempt_at"] = self.clock().isoformat()
        if getattr(failure, "about_message", False):
            self._update(entry, status=FAILED, next_attempt_at=None, **common)
            return Attempt(entry, FAILED, failure)
        due = (self.clock() + backoff(attempts)).isoformat()
        self._update(entry, status=QUEUED, next_attempt_at=due, **common)
        return Attempt(entry, QUEUED, failure)

    def _move_to_sent(self, entry: OutboxEntry) -> None:
        """Move a sent message's bytes, then its sidecar, into sent/ (a crash in between is finished later)."""
        self.sent_folder.mkdir(parents=True, exist_ok=True)
        for source, target in ((self._eml(entry.id), self._eml(entry.id, self.sent_folder)),
                               (self._sidecar(entry.id), self._sidecar(entry.id, self.sent_folder))):
            try:
                os.replace(source, target)
            except FileNotFoundError:
                pass  # moved already (by another process listing the outbox meanwhile)


def _cannot_write(lock: Path) -> OSError | None:
    """Why the lock file ``lock`` cannot be opened for writing (a full disk, a read-only folder); None
    when it can, so a lock that was not taken is held by another process."""
    existed = lock.exists()
    try:
        os.close(os.open(lock, os.O_WRONLY | os.O_APPEND | os.O_CREAT))
    except OSError as exc:
        return exc
    if not existed:
        try:
            lock.unlink()
        except OSError:
            pass
    return None


def _without_bcc(message: EmailMessage) -> EmailMessage:
    """A copy of ``message`` without its Bcc header (the envelope carries those recipients)."""
    import copy

    clean = copy.deepcopy(message)
    del clean["Bcc"]
    return clean
