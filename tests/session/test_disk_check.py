"""The changed-on-disk check, once it has found the file holding the text (issue 15): a file not
written since is known unchanged without reading it again, and any write is still noticed: in
place with the size and time kept (cp -p), by a rename, or within the last moments. The save
writes the article once, with ``updated`` stamped only when the content changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor.model import article_file
from editor.model.article import Article, Block
from editor.session import article_session
from editor.session.article_session import ArticleSession


@pytest.fixture
def saved(tmp_path) -> Path:
    article = Article.new("vi")
    article.headline = "Mưa lớn ở Hà Nội"
    article.body = [Block(text=f"Đoạn {i}.") for i in range(50)]
    article.updated = "2020-01-01T00:00:00+07:00"
    path = tmp_path / "mua.article"
    article_file.save(article, path)
    return path


@pytest.fixture
def session(qapp, monkeypatch) -> ArticleSession:
    monkeypatch.setattr(article_session, "STAT_TRUSTED_AFTER_S", 0.0)  # the file's times are trusted at once
    return ArticleSession()


def theirs_in_place(path: Path, old: str, new: str) -> None:
    """A colleague's version written into the file, its size and modification time kept (cp -p)."""
    before = os.stat(path)
    text = path.read_text(encoding="utf-8").replace(old, new)
    assert len(text.encode()) == before.st_size
    with open(path, "r+b") as f:
        f.write(text.encode())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_a_file_found_unchanged_is_not_read_again(session, saved, monkeypatch):
    session.open(saved)
    assert not session.changed_on_disk()  # reads the file, and remembers its identity and times
    reads: list[Path] = []
    real = article_session.read_regular
    monkeypatch.setattr(article_session, "read_regular", lambda p: reads.append(p) or real(p))
    assert not session.changed_on_disk()
    assert reads == []


def test_a_write_in_place_keeping_size_and_time_is_noticed_after_a_check(session, saved):
    session.open(saved)
    assert not session.changed_on_disk()
    theirs_in_place(saved, "Mưa lớn ở Hà Nội", "Gió lớn ở Hà Nội")
    assert session.changed_on_disk()


def test_a_file_replaced_by_a_rename_is_noticed_after_a_check(session, saved, tmp_path):
    session.open(saved)
    assert not session.changed_on_disk()
    other = tmp_path / "other.article"
    other.write_bytes(saved.read_bytes().replace("Đoạn 7.".encode(), "Đoạn 8.".encode()))
    os.utime(other, ns=(os.stat(saved).st_atime_ns, os.stat(saved).st_mtime_ns))
    os.replace(other, saved)
    assert session.changed_on_disk()


def test_times_of_the_last_moments_are_not_trusted(qapp, saved, monkeypatch):
    session = ArticleSession()  # the real delay: the file was written just now
    session.open(saved)
    assert not session.changed_on_disk()
    theirs_in_place(saved, "Mưa lớn ở Hà Nội", "Gió lớn ở Hà Nội")
    assert session.changed_on_disk()


def test_a_save_stamps_updated_only_when_the_content_changed(session, saved):
    session.open(saved)
    session.save()
    assert session.article.updated == "2020-01-01T00:00:00+07:00"
    assert saved.read_text(encoding="utf-8") == session.saved_text
    session.article.body[3] = Block(text="Đoạn ba, sửa lại.")
    session.mark_modified()
    session.save()
    assert session.article.updated != "2020-01-01T00:00:00+07:00"
    assert saved.read_text(encoding="utf-8") == session.saved_text == article_file.dumps(session.article)
    assert article_file.load(saved).updated == session.article.updated
    assert not session.changed_on_disk()


def test_a_body_brought_in_while_saving_is_what_the_file_holds(session, saved):
    """The window brings the body on screen into the article as the journal catches up (``saving``):
    the file then holds that body, stamped as a change."""
    session.open(saved)
    session.mark_modified()
    on_screen = [Block(text="Thân bài trên màn hình.")]
    session.saving.connect(lambda: setattr(session.article, "body", list(on_screen)))
    session.save()
    back = article_file.load(saved)
    assert back.body == on_screen and back.updated != "2020-01-01T00:00:00+07:00"
    assert not session.has_changes()
