"""What can be recovered after a crash, and how it differs from what is on disk.

Pure logic over the journal: the window asks the user, this module says what to ask about.
Entries that hold nothing the saved file does not already hold (the program was killed just
after a save) are removed without asking.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import article_file
from .article import Article
from .article_file import ArticleFileError
from .diff import FieldChange, compare
from .journal import Journal, JournalEntry, fingerprint

# How the article's file relates to the recovered text.
UNTITLED = "untitled"  # never saved: everything is new
FILE_SAME = "file_same"  # the file still holds what the program last read or wrote
FILE_CHANGED = "file_changed"  # someone saved the file after the program last did
FILE_MISSING = "file_missing"  # the file is gone (moved, deleted)
FILE_UNREADABLE = "file_unreadable"  # the file exists but does not open


@dataclass
class Recoverable:
    """One article that can be recovered, compared with its file as it is now."""

    entry: JournalEntry
    file_state: str
    saved_text: str | None  # the file's text now, when it could be read
    changes: list[FieldChange] = field(default_factory=list)

    @property
    def article(self) -> Article:
        """The recovered article."""
        return self.entry.article

    @property
    def path(self) -> Path | None:
        """The article's file, None when it was never saved."""
        return self.entry.path

    @property
    def base_text(self) -> str | None:
        """The file text the recovered edits were made on, when the file still holds it."""
        return self.saved_text if self.file_state == FILE_SAME else None


def _read_text(path: Path) -> str | None:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None


def assess(entry: JournalEntry) -> Recoverable:
    """Compare a journal entry with its file (or with an empty article when untitled)."""
    if entry.path is None:
        return Recoverable(entry, UNTITLED, None, compare(None, entry.article))
    if not entry.path.exists():
        return Recoverable(entry, FILE_MISSING, None, compare(None, entry.article))
    text = _read_text(entry.path)
    saved: Article | None = None
    if text is not None:
        try:
            saved = article_file.loads(text, str(entry.path))
        except ArticleFileError:
            saved = None
    if saved is None:
        return Recoverable(entry, FILE_UNREADABLE, text, compare(None, entry.article))
    state = FILE_SAME if fingerprint(text) == entry.saved_fingerprint else FILE_CHANGED
    return Recoverable(entry, state, text, compare(saved, entry.article))


def recoverables(journal: Journal) -> list[Recoverable]:
    """Everything left by programs that stopped without saving, newest first.

    Entries whose text the file already holds are deleted on the way: nothing to recover.
    """
    out = []
    for entry in journal.orphans():
        item = assess(entry)
        if not item.changes and item.file_state in (FILE_SAME, FILE_CHANGED, UNTITLED):
            journal.delete(entry)
            continue
        out.append(item)
    return out
