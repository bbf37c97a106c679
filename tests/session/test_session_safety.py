"""Never losing work, tested against the session alone (no window): autosave, recovery, disk
conflicts, failed saves, snapshots and backups. The window's questions come from a FakeView."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from session_helpers import FakeView, crashed_entry, fill_disk, journal_articles, make_safety, write_article

from editor.model import article_file
from editor.model.article import Article, Block
from editor.model.journal import Journal
from editor.session.article_session import ArticleSession
from editor.session.files import error_text, save_or_report
from editor.session.safety import FILE_SAME, OVERWRITTEN, REPLACED_BY_DISK
from editor.session.view import CANCEL, KEEP_MINE, SAVE_COPY, TAKE_THEIRS


@pytest.fixture
def data(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def desk(tmp_path) -> Path:
    folder = tmp_path / "desk"
    folder.mkdir()
    return folder


@pytest.fixture
def view() -> FakeView:
    return FakeView()


@pytest.fixture
def session(qapp) -> ArticleSession:
    return ArticleSession()


@pytest.fixture
def safety(session, view, data):
    net = make_safety(session, view, data)
    yield net
    net.journal.close()


def edit_body(session: ArticleSession, safety, text: str) -> None:
    """What the window does on a keystroke: the text changes, the session is modified, autosave is told."""
    if not session.article.body:
        session.article.body.append(Block(text=""))
    session.article.body[0].text += text
    session.mark_modified()
    safety.note_edit()


def test_type_in_the_headline_save_the_disk_is_full_the_journal_keeps_the_text(session, safety, view, data, desk,
                                                                                monkeypatch):
    path = write_article(desk / "mua.article")
    before = path.read_bytes()
    session.open(path)
    session.article.headline += " — cập nhật"
    session.mark_modified()
    safety.note_edit()
    fill_disk(monkeypatch, desk)
    assert not save_or_report(session, view, None)
    assert len(view.errors) == 1 and "the disk is full" in view.errors[0] and "mua.article" in view.errors[0]
    assert session.modified and session.article.headline == "Mưa lớn ở Hà Nội — cập nhật"
    assert path.read_bytes() == before
    [kept] = journal_articles(data)
    assert kept.headline == "Mưa lớn ở Hà Nội — cập nhật"


@pytest.mark.parametrize(
    ("error", "expected"),
    [(errno.ENOSPC, "the disk is full"), (errno.EROFS, "read-only"), (errno.EACCES, "permission denied")],
)
def test_a_failed_save_says_why_and_keeps_the_text_in_the_session_and_journal(
        session, safety, view, data, desk, monkeypatch, error, expected):
    path = write_article(desk / "mua.article")
    before = path.read_bytes()
    session.open(path)
    edit_body(session, safety, " Đoạn quan trọng.")
    fill_disk(monkeypatch, desk, error)
    assert not save_or_report(session, view, None)
    assert len(view.errors) == 1 and expected in view.errors[0] and "mua.article" in view.errors[0]
    assert session.modified and session.article.body[0].text.endswith("Đoạn quan trọng.")
    assert path.read_bytes() == before
    assert journal_articles(data)[0].body[0].text.endswith("Đoạn quan trọng.")


# ------------------------------------------------------------------ autosave


def test_an_edit_reaches_the_journal_within_seconds_and_leaves_it_on_save(session, safety, view, data, desk, qtbot):
    path = write_article(desk / "mua.article")
    session.open(path)
    edit_body(session, safety, " Nhiều tuyến phố ngập sâu.")
    qtbot.waitUntil(lambda: len(journal_articles(data)) == 1, timeout=3000)
    [kept] = journal_articles(data)
    assert kept.body[0].text == "Chiều nay trời mưa to. Nhiều tuyến phố ngập sâu."
    assert session.modified  # autosave never marks anything saved
    assert json.loads(path.read_text(encoding="utf-8"))["body"][0]["text"] == "Chiều nay trời mưa to."
    assert save_or_report(session, view, None)
    assert journal_articles(data) == []


def test_a_never_saved_article_is_kept_too(session, safety, data, qtbot):
    session.new_article("vi")
    session.article.headline = "Tin nóng chưa lưu"
    session.mark_modified()
    safety.note_edit()
    qtbot.waitUntil(lambda: len(journal_articles(data)) == 1, timeout=3000)
    [entry] = Journal(data / "recovery", owner="reader").entries()
    assert entry.article.headline == "Tin nóng chưa lưu" and entry.path is None


def test_typing_without_pause_is_still_written_at_the_longest_interval(session, view, data, qtbot):
    safety = make_safety(session, view, data, delay_ms=60_000, max_interval_ms=400)  # the pause never comes
    session.new_article("vi")
    for word in ("một ", "hai ", "ba ", "bốn ", "năm ", "sáu ", "bảy ", "tám "):
        edit_body(session, safety, word)
        qtbot.wait(100)
    kept = journal_articles(data)  # 800 ms of typing: the 400 ms interval has fired
    assert kept and kept[0].body[0].text.startswith("một hai ba")
    safety.journal.close()


def test_a_failed_journal_write_is_reported_the_text_stays_and_it_is_retried(session, safety, data, qtbot, monkeypatch):
    failures: list[str] = []
    safety.autosaver.failed.connect(lambda exc: failures.append(error_text(exc)))
    written: list[bool] = []
    safety.autosaver.written.connect(lambda: written.append(True))
    session.new_article("vi")
    (data / "recovery").mkdir(parents=True, exist_ok=True)
    with monkeypatch.context() as full:
        fill_disk(full, data / "recovery")
        edit_body(session, safety, "Viết tiếp khi ổ đầy.")
        qtbot.waitUntil(lambda: bool(failures), timeout=3000)
        assert "disk is full" in failures[0]
        assert session.modified and session.article.body[0].text == "Viết tiếp khi ổ đầy."
        assert journal_articles(data) == []
    # the disk has room again: the next try succeeds by itself
    qtbot.waitUntil(lambda: bool(written), timeout=3000)
    assert journal_articles(data)[0].body[0].text == "Viết tiếp khi ổ đầy."


def test_throwing_the_changes_away_removes_the_entry(session, safety, data, qtbot):
    session.new_article("vi")
    edit_body(session, safety, "Bản nháp bỏ đi.")
    qtbot.waitUntil(lambda: len(journal_articles(data)) == 1, timeout=3000)
    safety.forget_unsaved()
    assert journal_articles(data) == []


# ------------------------------------------------------------------ recovery


def test_a_crash_entry_is_offered_and_adopted_as_an_unsaved_change(session, safety, view, data, desk):
    path = write_article(desk / "mua.article")
    text = path.read_text(encoding="utf-8")
    edited = article_file.load(path)
    edited.body[0].text += " Đoạn đã gõ trước khi máy treo."
    crashed_entry(data, edited, path, text)
    [item] = safety.recoverables()
    assert item.file_state == FILE_SAME and item.path == path
    assert safety.adopt(item)  # its file exists
    assert session.path == path and session.modified
    assert session.article.body[0].text.endswith("Đoạn đã gõ trước khi máy treo.")
    entries = Journal(data / "recovery", owner="reader").entries()
    assert [e.owner for e in entries] == [safety.journal.owner]  # this program keeps it now
    assert not session.changed_on_disk()  # the file is the one the text was based on: no conflict
    assert save_or_report(session, view, None) and view.asked == []
    assert Journal(data / "recovery", owner="reader").entries() == []
    assert article_file.load(path).body[0].text.endswith("Đoạn đã gõ trước khi máy treo.")


def test_discarded_recoveries_are_gone_and_later_ones_stay(session, safety, data):
    first, second = Article.new("vi"), Article.new("en")
    first.headline, second.headline = "Bài một", "Story two"
    crashed_entry(data, first, None, None)
    crashed_entry(data, second, None, None)
    items = safety.recoverables()
    safety.discard([i for i in items if i.article.headline == "Bài một"])
    assert [i.article.headline for i in safety.recoverables()] == ["Story two"]
    assert not session.modified


# -------------------------------------------------------------- disk conflicts


@pytest.fixture
def conflict(session, safety, desk):
    """Mine: edited in the session. Theirs: another program saved the file meanwhile."""
    path = write_article(desk / "mua.article")
    session.open(path)
    edit_body(session, safety, " Bản của tôi.")
    theirs = article_file.load(path)
    theirs.body[0].text = "Bản của đồng nghiệp."
    article_file.save(theirs, path)
    os.utime(path, ns=(1, 1))  # even on a coarse clock the change shows
    assert session.changed_on_disk()
    return path


def test_keep_mine_overwrites_and_keeps_theirs_in_history_and_backup(conflict, session, safety, view):
    path = conflict
    view.conflict = KEEP_MINE
    assert safety.resolve_disk_conflict() == KEEP_MINE
    assert view.asked == [("conflict", "mua.article")]
    assert article_file.load(path).body[0].text == "Chiều nay trời mưa to. Bản của tôi."
    assert article_file.load(path.with_name("mua.article.bak")).body[0].text == "Bản của đồng nghiệp."
    kept = safety.snapshots(session.article.id)
    assert [s.reason for s in kept] == ["saved", OVERWRITTEN]
    assert safety.load_snapshot(kept[1]).body[0].text == "Bản của đồng nghiệp."
    assert not session.modified


def test_take_theirs_opens_the_file_and_keeps_mine_in_history(conflict, session, safety, view):
    view.conflict = TAKE_THEIRS
    assert safety.resolve_disk_conflict() == TAKE_THEIRS
    assert session.article.body[0].text == "Bản của đồng nghiệp." and not session.modified
    [mine] = safety.snapshots(session.article.id)
    assert mine.reason == REPLACED_BY_DISK
    assert safety.load_snapshot(mine).body[0].text.endswith("Bản của tôi.")


def test_save_mine_as_a_copy_suggests_a_free_name_and_leaves_theirs_untouched(conflict, session, safety, view, desk):
    path = conflict
    view.conflict = SAVE_COPY
    view.save_path = str(desk / "mua (ban cua toi)")
    assert safety.resolve_disk_conflict() == SAVE_COPY
    assert view.asked[1] == ("save_path", str(desk / "mua (my copy).article"))
    assert session.path == desk / "mua (ban cua toi).article" and not session.modified
    assert article_file.load(session.path).body[0].text.endswith("Bản của tôi.")
    assert article_file.load(path).body[0].text == "Bản của đồng nghiệp."


@pytest.mark.parametrize("cancel_at", ["question", "save_path"])
def test_cancel_writes_nothing_and_keeps_the_text(conflict, session, safety, view, cancel_at):
    path = conflict
    view.conflict = CANCEL if cancel_at == "question" else SAVE_COPY
    assert safety.resolve_disk_conflict() == CANCEL
    assert session.modified and session.path == path
    assert article_file.load(path).body[0].text == "Bản của đồng nghiệp."
    assert session.article.body[0].text.endswith("Bản của tôi.")


def test_a_touched_but_identical_file_is_no_conflict(session, safety, desk):
    path = write_article(desk / "mua.article")
    session.open(path)
    edit_body(session, safety, " Thêm.")
    os.utime(path, ns=(1, 1))
    assert not session.changed_on_disk()


# ------------------------------------------------------- snapshots and backups


def test_every_save_keeps_a_snapshot_and_says_so(session, safety, view, desk):
    taken: list[str] = []
    safety.snapshot_taken.connect(taken.append)
    path = write_article(desk / "mua.article")
    session.open(path)
    assert save_or_report(session, view, None)
    edit_body(session, safety, " Phiên bản hai.")
    assert save_or_report(session, view, None)
    assert [s.reason for s in safety.snapshots(session.article.id)] == ["saved", "saved"]
    assert taken == [str(path), str(path)] and view.messages == []


def test_a_snapshot_that_cannot_be_kept_is_told_and_the_save_stands(session, safety, view, desk, monkeypatch, qtbot):
    path = write_article(desk / "mua.article")
    session.open(path)
    edit_body(session, safety, " Thêm.")
    fill_disk(monkeypatch, safety.history.folder(session.article.id))  # the history's disk is full
    assert save_or_report(session, view, None)
    assert not session.modified and article_file.load(path).body[0].text.endswith("Thêm.")
    qtbot.waitUntil(lambda: bool(view.messages), timeout=3000)  # the snapshot is written on the writer's thread
    assert len(view.messages) == 1
    assert view.messages[0].startswith("Saved, but this version could not be kept in the history: ")


def test_saving_keeps_the_previous_version_as_a_backup_unless_switched_off(session, safety, view, desk):
    path = write_article(desk / "mua.article")
    first = path.read_bytes()
    session.open(path)
    edit_body(session, safety, " Thêm.")
    assert save_or_report(session, view, None)
    assert path.with_name("mua.article.bak").read_bytes() == first
    other = write_article(desk / "khac.article")
    session.keep_backup = False
    session.open(other)
    edit_body(session, safety, " Thêm.")
    assert save_or_report(session, view, None)
    assert not other.with_name("khac.article.bak").exists()
