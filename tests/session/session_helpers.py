"""What the session tests share: a fake View that answers scripted questions, a session with its
safety net, articles on disk and a way to make one folder's disk full."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from editor.model import article_file
from editor.model.article import Article, Block
from editor.model.journal import Journal
from editor.session.article_session import ArticleSession
from editor.session.safety import ArticleSafety
from editor.session.view import CANCEL, STATUS_MESSAGE_MS


class FakeView:
    """The window as the session sees it: scripted answers, recorded messages."""

    def __init__(self) -> None:
        self.conflict = CANCEL
        self.save_path: str | None = None
        self.asked: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.messages: list[str] = []

    def ask_save_path(self, suggested: str) -> str | None:
        self.asked.append(("save_path", suggested))
        return self.save_path

    def ask_overwrite_changed_file(self, name: str) -> str:
        self.asked.append(("conflict", name))
        return self.conflict

    def show_error(self, message: str) -> None:
        self.errors.append(message)

    def show_message(self, message: str, timeout_ms: int = STATUS_MESSAGE_MS) -> None:
        self.messages.append(message)


def write_article(path: Path, headline: str = "Mưa lớn ở Hà Nội", body: str = "Chiều nay trời mưa to.") -> Path:
    """An article file as another program (or an earlier session) left it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    a = Article.new("vi")
    a.headline = headline
    a.body = [Block(text=body)]
    article_file.save(a, path)
    return path


def make_safety(session: ArticleSession, view: FakeView, folder: Path, **timing: int) -> ArticleSafety:
    """The session's safety net in ``folder``, with short autosave delays."""
    return ArticleSafety(session, view, folder, lambda: session.article, max_count=50, max_days=90,
                         delay_ms=timing.get("delay_ms", 100), max_interval_ms=timing.get("max_interval_ms", 300))


def journal_articles(folder: Path) -> list[Article]:
    """What the journal in ``folder`` holds, read as another program would."""
    return [e.article for e in Journal(folder / "recovery", owner="reader").entries()]


def crashed_entry(folder: Path, article: Article, path: Path | None, saved_text: str | None) -> None:
    """What a program killed while editing leaves behind (its lock is gone)."""
    Journal(folder / "recovery").write(article, path, saved_text)


def fill_disk(monkeypatch, folder: Path, error: int = errno.ENOSPC) -> None:
    """Writing a file in ``folder`` fails with ``error`` (the disk is full, by default): the temp file
    of the atomic write cannot be made. Other folders still work."""
    real = tempfile.mkstemp

    def mkstemp(*args, **kwargs):
        if Path(kwargs.get("dir") or ".").resolve() == folder.resolve():
            raise OSError(error, os.strerror(error))
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
