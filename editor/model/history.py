"""Revision history: a snapshot of the article at every save, kept outside the article file.

Snapshots live in ``<data dir>/history/<article id>/``, one JSON file each, named by the time
of the save so they sort by age. The article file itself stays small enough to email. Old
snapshots are pruned by count and by age; the newest one is always kept.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from json.scanner import py_make_scanner
from pathlib import Path
from typing import Any

from . import article_file
from .article import Article, now_iso
from .article_file import N_, ArticleFileError
from .file_io import ENCODE_CHUNK_CHARS, encoded, text_digest
from .text.counts import count_words

SNAPSHOT_FORMAT = "articledesk.snapshot"
DEFAULT_MAX_COUNT = 50
DEFAULT_MAX_DAYS = 90
_SAFE_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")

# Why a snapshot was taken, beyond an ordinary save.
SAVED, BEFORE_RESTORE, REPLACED_BY_DISK, OVERWRITTEN = "saved", "before_restore", "replaced_by_disk", "overwritten"


@dataclass(frozen=True)
class Snapshot:
    """One kept version: when, how long, in which workflow state, and why."""

    file: Path
    taken: str  # ISO 8601 local time
    taken_ns: int
    words: int
    status: str
    headline: str
    path: str | None
    reason: str
    digest: str


def _folder_name(article_id: str) -> str:
    if _SAFE_ID.match(article_id):
        return article_id
    return hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:32]


def _digest(text: str) -> str:
    return text_digest(text)


def loads_in_steps(text: str) -> Any:
    """``json.loads`` by the pure-Python scanner: slower, but a worker thread parsing a long
    article lets the GUI thread run every few milliseconds instead of holding the interpreter
    lock for the whole parse."""
    decoder = json.JSONDecoder()
    decoder.scan_once = py_make_scanner(decoder)  # type: ignore[attr-defined]
    return decoder.decode(text)


def article_of_text(text: str, name: str) -> Article:
    """The article whose file text ``text`` this program has just written (so it is well-formed),
    parsed in steps (see ``loads_in_steps``); ArticleFileError when it is not an article."""
    try:
        data = loads_in_steps(text)
        if isinstance(data, dict) and data.get("format") == article_file.FORMAT_ID:
            return article_file.article_from_dict(data)
    except Exception:  # noqa: BLE001 - the full reader below says why, in one sentence
        pass
    return article_file.loads(text, name)


class History:
    """The snapshots of every article, below ``root``."""

    def __init__(self, root: str | Path, max_count: int = DEFAULT_MAX_COUNT, max_days: int = DEFAULT_MAX_DAYS) -> None:
        self.root = Path(root)
        self.max_count = max(1, max_count)
        self.max_days = max(1, max_days)

    def folder(self, article_id: str) -> Path:
        """Where the snapshots of one article are kept."""
        return self.root / _folder_name(article_id)

    def add(self, article: Article, path: str | Path | None = None, reason: str = SAVED,
            text: str | None = None) -> Snapshot | None:
        """Keep a snapshot of ``article``; None when it equals the newest one already kept.
        ``text``: the article's file text when the caller has it (``article_file.dumps(article)``).

        Raises ArticleFileError when the snapshot cannot be written; then prunes old ones.
        """
        text = article_file.dumps(article) if text is None else text
        return self.add_text(text, article.id, article.headline, article.status, article.counted_texts(), path, reason)

    def add_text(self, text: str, article_id: str, headline: str, status: str, counted: Sequence[str],
                 path: str | Path | None = None, reason: str = SAVED) -> Snapshot | None:
        """Keep the article whose file text is ``text`` (as this program wrote it) as a snapshot, its
        facts given (``counted``: its ``counted_texts()``); None when it equals the newest one kept.
        The text goes into the snapshot as it is, a piece at a time: nothing is parsed or serialised
        again, so a worker thread keeping a long article never holds the interpreter long.

        Raises ArticleFileError when the snapshot cannot be written; then prunes old ones.
        """
        digest = _digest(text)
        newest = self._newest(article_id)
        if newest and newest[0].digest == digest and _read(newest[0].file, loads_in_steps) is not None:
            return None
        folder = self.folder(article_id)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # write_atomic below says why
        taken_ns = time.time_ns()
        if newest and taken_ns <= newest[0].taken_ns:
            taken_ns = newest[0].taken_ns + 1
        meta: dict[str, Any] = {
            "format": SNAPSHOT_FORMAT,
            "taken": now_iso(),
            "taken_ns": taken_ns,
            "words": sum(count_words(t) for t in counted),
            "status": status,
            "headline": headline,
            "path": str(path) if path is not None else None,
            "reason": reason,
            "digest": digest,
        }
        file = folder / f"{taken_ns:020d}.json"
        head = json.dumps(meta, ensure_ascii=False, indent=1)[:-2]  # without its closing "\n}"
        article = text.rstrip()  # the file's JSON object, as the article's value
        pieces = itertools.chain((head, _ARTICLE_KEY.decode()),
                                 (article[i:i + ENCODE_CHUNK_CHARS] for i in range(0, len(article), ENCODE_CHUNK_CHARS)),
                                 ("\n}\n",))
        article_file.write_atomic(file, encoded(pieces, file))
        self.prune(article_id)
        return _snapshot(file, meta)

    def _files(self, article_id: str) -> list[Path]:
        """Snapshot files, newest first (their names are the time they were taken)."""
        try:
            return sorted(self.folder(article_id).glob("*.json"), reverse=True)
        except OSError:
            return []

    def _newest(self, article_id: str) -> list[Snapshot]:
        """The newest snapshot, from the head of its file (the article after it is not read)."""
        for file in self._files(article_id):
            meta = _read_head(file)
            if meta is not None:
                return [_snapshot(file, meta)]
        return []

    def list(self, article_id: str) -> list[Snapshot]:
        """The snapshots of an article, newest first (unreadable files are skipped)."""
        out = []
        for file in self._files(article_id):
            meta = _read(file)
            if meta is not None:
                out.append(_snapshot(file, meta))
        return out

    def load(self, snapshot: Snapshot) -> Article:
        """The article as it was in ``snapshot``; raises ArticleFileError when it cannot be read."""
        data = _read(snapshot.file)
        if data is None:
            raise ArticleFileError(N_("Cannot open the saved version “{file}”: it is damaged or was removed."),
                                   file=str(snapshot.file))
        return article_file.loads(json.dumps(data["article"], ensure_ascii=False), str(snapshot.file))

    def prune(self, article_id: str, now: datetime | None = None) -> int:
        """Drop snapshots beyond the count or older than the age limit; keep the newest. Returns how many."""
        limit = (now or datetime.now()).timestamp() - timedelta(days=self.max_days).total_seconds()
        removed = 0
        for index, file in enumerate(self._files(article_id)):
            if index == 0:
                continue
            try:
                taken = int(file.stem) / 1e9
            except ValueError:
                continue  # not a snapshot of ours
            if index >= self.max_count or taken < limit:
                try:
                    file.unlink()
                    removed += 1
                except OSError:
                    pass
        return removed


HEAD_CHUNK = 1 << 16
HEAD_LIMIT = 1 << 20
_ARTICLE_KEY = b',\n "article": '  # where the snapshot's facts end (written with indent=1, the article last)


def _read_head(file: Path) -> dict[str, Any] | None:
    """The facts of a snapshot (time, words, digest …) from the start of its file; the whole file
    when they are not found there (written otherwise)."""
    try:
        with open(file, "rb") as f:
            head = b""
            while len(head) < HEAD_LIMIT:
                piece = f.read(HEAD_CHUNK)
                head += piece
                end = head.find(_ARTICLE_KEY)
                if end >= 0:
                    meta = json.loads(head[:end].decode("utf-8") + "}")
                    if isinstance(meta, dict) and meta.get("format") == SNAPSHOT_FORMAT \
                            and isinstance(meta.get("taken_ns"), int):
                        return meta
                    return None
                if not piece:
                    break
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return _read(file, loads_in_steps)


def _read(file: Path, parse: Any = json.loads) -> dict[str, Any] | None:
    try:
        data = parse(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("format") != SNAPSHOT_FORMAT or not isinstance(data.get("article"), dict):
        return None
    if not isinstance(data.get("taken_ns"), int):
        return None
    return data


def _snapshot(file: Path, meta: dict[str, Any]) -> Snapshot:
    return Snapshot(
        file=file,
        taken=str(meta.get("taken", "")),
        taken_ns=int(meta["taken_ns"]),
        words=int(meta.get("words") or 0),
        status=str(meta.get("status", "")),
        headline=str(meta.get("headline", "")),
        path=meta.get("path") if isinstance(meta.get("path"), str) else None,
        reason=str(meta.get("reason", SAVED)),
        digest=str(meta.get("digest", "")),
    )
