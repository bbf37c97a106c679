"""The recovery journal: unsaved work written to disk a few seconds after every edit.

One JSON file per open article in the recovery folder (``<data dir>/recovery``), written
atomically (temp file, fsync, rename), so after a crash at any moment each entry is either the
previous complete version or the new one. An entry holds the whole article, the file it belongs
to (none while untitled), a fingerprint of that file's text as last read or written, the time,
and the running program that owns it. Entries of programs that are no longer running are what
the next start offers to recover.

Entry file name: ``<key>.<owner>.json`` where ``key`` depends on the article id and its path,
so two programs editing the same article never overwrite each other's entry.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import article_file
from .article import Article, now_iso
from .article_file import ArticleFileError
from .file_io import encoded, text_digest
from .instance_lock import InstanceLock, owner_is_running, remove_dead_locks

JOURNAL_FORMAT = "articledesk.recovery"
JOURNAL_VERSION = 1
STALE_TEMP_SECONDS = 60
OWNERS_FOLDER = "owners"


def entry_key(article_id: str, path: str | Path | None) -> str:
    """The journal key of an article: its id together with its file (or none)."""
    return hashlib.sha256(f"{article_id}\n{path or ''}".encode()).hexdigest()[:20]


def fingerprint(text: str | None) -> str | None:
    """A short fingerprint of a file's text, to tell later whether the file still holds it."""
    if text is None:
        return None
    return text_digest(text)


@dataclass
class JournalEntry:
    """One recoverable article as the journal holds it."""

    file: Path  # the entry's own file in the recovery folder
    key: str
    owner: str
    written: str  # ISO time of the autosave
    written_ns: int  # the same time, for ordering
    path: Path | None  # the article's file, None when it was never saved
    saved_fingerprint: str | None  # of that file's text as the program last read or wrote it
    article: Article

    @property
    def name(self) -> str:
        """File name, else the headline, else ""."""
        if self.path is not None:
            return self.path.name
        return " ".join(self.article.headline.split())


class Journal:
    """The recovery folder, seen from one running program (its ``owner``)."""

    def __init__(self, folder: str | Path, owner: str | None = None) -> None:
        self.folder = Path(folder)
        self.owner = owner or uuid.uuid4().hex
        self.lock = InstanceLock(self.folder / OWNERS_FOLDER, self.owner)

    def _entry_file(self, key: str, owner: str | None = None) -> Path:
        return self.folder / f"{key}.{owner or self.owner}.json"

    # ------------------------------------------------------------ this program

    def write(self, article: Article, path: Path | None, saved_text: str | None) -> str:
        """Write the whole of ``article`` as this program's entry; returns its key.

        Raises ArticleFileError (one sentence) when the entry cannot be written.
        """
        if not self.lock.held:
            self.lock.acquire()
        key = entry_key(article.id, path)
        data: dict[str, Any] = {
            "format": JOURNAL_FORMAT,
            "version": JOURNAL_VERSION,
            "key": key,
            "owner": self.owner,
            "written": now_iso(),
            "written_ns": time.time_ns(),
            "path": str(path) if path is not None else None,
            "saved_fingerprint": fingerprint(saved_text),
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # write_atomic below says why, in one sentence
        entry = self._entry_file(key)
        # a block at a time (a long article never holds the interpreter in one call); a broken
        # character is one sentence
        pieces = article_file.json_pieces(article, 1, lambda fields: {**data, "article": fields})
        article_file.write_atomic(entry, encoded(itertools.chain(pieces, ("\n",)), entry))
        return key

    def remove(self, key: str) -> None:
        """Remove this program's entry ``key`` (the article was saved or discarded)."""
        try:
            self._entry_file(key).unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass  # a leftover entry is offered again later, which is safe

    def close(self) -> None:
        """The program stops using the journal (its entries stay for recovery)."""
        self.lock.release()

    # ------------------------------------------------------------ every program

    def entries(self) -> list[JournalEntry]:
        """Every readable entry, newest first. Damaged entries are left alone."""
        out: list[JournalEntry] = []
        try:
            files = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        for file in files:
            entry = read_entry(file)
            if entry is not None:
                out.append(entry)
        out.sort(key=lambda e: e.written_ns, reverse=True)
        return out

    def orphans(self) -> list[JournalEntry]:
        """Entries left by programs that are no longer running: what can be recovered."""
        self._clean_leftovers()
        owners = self.folder / OWNERS_FOLDER
        alive: dict[str, bool] = {}
        out = []
        for entry in self.entries():
            if entry.owner == self.owner:
                continue
            if entry.owner not in alive:
                alive[entry.owner] = owner_is_running(owners, entry.owner)
            if not alive[entry.owner]:
                out.append(entry)
        return out

    def delete(self, entry: JournalEntry) -> None:
        """Remove an entry for good (the user discarded it, or it holds nothing new)."""
        try:
            entry.file.unlink()
        except OSError:
            pass

    def _clean_leftovers(self) -> None:
        """Temp files of writes cut short by a crash, and lock files of dead programs."""
        now = time.time()
        try:
            temps = list(self.folder.glob(".*.tmp"))
        except OSError:
            temps = []
        for temp in temps:
            try:
                if now - temp.stat().st_mtime > STALE_TEMP_SECONDS:
                    temp.unlink()
            except OSError:
                pass
        remove_dead_locks(self.folder / OWNERS_FOLDER)


def read_entry(file: Path) -> JournalEntry | None:
    """The entry stored in ``file``, or None when it is not a readable journal entry."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != JOURNAL_FORMAT or not isinstance(data.get("article"), dict):
        return None
    try:
        article = article_file.loads(json.dumps(data["article"], ensure_ascii=False), str(file))
    except ArticleFileError:
        return None
    path = data.get("path")
    return JournalEntry(
        file=file,
        key=str(data.get("key", "")),
        owner=str(data.get("owner", "")),
        written=str(data.get("written", "")),
        written_ns=data["written_ns"] if isinstance(data.get("written_ns"), int) else 0,
        path=Path(path) if isinstance(path, str) and path else None,
        saved_fingerprint=data.get("saved_fingerprint") if isinstance(data.get("saved_fingerprint"), str) else None,
        article=article,
    )
