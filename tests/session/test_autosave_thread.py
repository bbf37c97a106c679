"""Journal and history writes happen on the writer's thread, in the order asked, and their
failures still reach the user; whatever the timing, the journal and the history end up holding
the right text and nothing comes back after the entry was forgotten."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from session_helpers import FakeView, fill_disk, journal_articles, make_safety, write_article

from editor.model import article_file
from editor.model.article import Article, Block
from editor.model.article_file import ArticleFileError
from editor.model.journal import Journal
from editor.session.article_session import ArticleSession
from editor.session.autosave import article_with_body
from editor.session.background_writes import SerialWriter
from editor.session.files import save_or_report


@pytest.fixture
def data(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def session(qapp) -> ArticleSession:
    return ArticleSession()


@pytest.fixture
def safety(session, data):
    net = make_safety(session, FakeView(), data)
    yield net
    net.close()


def type_into(session: ArticleSession, safety, text: str) -> None:
    if not session.article.body:
        session.article.body.append(Block(text=""))
    session.article.body[0].text += text
    session.mark_modified()
    safety.note_edit()


def test_the_journal_is_written_on_another_thread_and_answered_on_this_one(session, safety, data, qtbot,
                                                                         monkeypatch):
    wrote_on: list[threading.Thread] = []
    answered_on: list[threading.Thread] = []
    real = Journal.write

    def write(self, *args):
        wrote_on.append(threading.current_thread())
        return real(self, *args)

    monkeypatch.setattr(Journal, "write", write)
    safety.autosaver.written.connect(lambda: answered_on.append(threading.current_thread()))
    session.new_article("vi")
    type_into(session, safety, "Tin nóng.")
    qtbot.waitUntil(lambda: bool(answered_on), timeout=3000)
    assert wrote_on and all(t is not threading.main_thread() for t in wrote_on)
    assert answered_on == [threading.main_thread()]
    assert journal_articles(data)[0].body[0].text == "Tin nóng."


def test_a_slow_write_lets_the_gui_thread_go_on_and_the_latest_text_wins(session, safety, data, qtbot, monkeypatch):
    """Writes take longer than the pause between edits: the GUI thread never waits, and once the
    typing stops the journal holds the last text, not an earlier one."""
    real = Journal.write

    def slow(self, *args):
        time.sleep(0.15)
        return real(self, *args)

    monkeypatch.setattr(Journal, "write", slow)
    session.new_article("vi")
    longest = 0.0
    for word in ("một", " hai", " ba", " bốn", " năm", " sáu"):
        start = time.perf_counter()
        type_into(session, safety, word)
        safety.autosaver.write_soon()  # the timer's own call: must return at once
        longest = max(longest, time.perf_counter() - start)
        qtbot.wait(60)
    qtbot.waitUntil(lambda: not safety.autosaver.pending, timeout=5000)
    assert longest < 0.15  # never waited for a write (each takes 0.15 s)
    [kept] = journal_articles(data)
    assert kept.body[0].text == "một hai ba bốn năm sáu"


def test_a_failed_write_on_the_thread_is_reported_on_this_one(session, safety, data, qtbot, monkeypatch):
    failures: list[tuple[str, threading.Thread]] = []
    safety.autosaver.failed.connect(lambda exc: failures.append((str(exc), threading.current_thread())))
    session.new_article("vi")
    (data / "recovery").mkdir(parents=True, exist_ok=True)
    fill_disk(monkeypatch, data / "recovery")
    type_into(session, safety, "Ổ đầy.")
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert failures[0][1] is threading.main_thread()
    assert safety.autosaver.failing and journal_articles(data) == []
    assert not safety.keep_unsaved()  # the synchronous write fails the same way


def test_nothing_comes_back_after_the_entry_is_forgotten(session, safety, data, qtbot, monkeypatch):
    """The user discards while a write is under way: the write finishes, and the entry is gone."""
    started = threading.Event()
    real = Journal.write

    def slow(self, *args):
        started.set()
        time.sleep(0.2)
        return real(self, *args)

    monkeypatch.setattr(Journal, "write", slow)
    session.new_article("vi")
    type_into(session, safety, "Bản nháp bỏ đi.")
    safety.autosaver.write_soon()
    assert started.wait(3)
    safety.forget_unsaved()  # while the write is still running
    safety.writer.wait()
    qtbot.wait(50)
    assert journal_articles(data) == []
    assert safety.autosaver.key is None


def test_saving_after_a_burst_of_edits_leaves_the_journal_empty_and_every_version_in_the_history(
        session, safety, data, qtbot, tmp_path):
    path = write_article(tmp_path / "desk" / "mua.article", body="Bản 0.")
    session.open(path)
    view = safety.view
    for n in range(1, 6):
        session.article.body[0].text = f"Bản {n}."
        session.mark_modified()
        safety.note_edit()
        safety.autosaver.write_soon()
        assert save_or_report(session, view, None)
    kept = safety.snapshots(session.article.id)  # waits for the snapshots still being written
    assert [safety.load_snapshot(s).body[0].text for s in kept] == [f"Bản {n}." for n in range(5, 0, -1)]
    assert journal_articles(data) == []
    assert article_file.load(path).body[0].text == "Bản 5."


def test_the_writer_keeps_the_order_and_runs_nothing_after_stop(qapp):
    writer = SerialWriter()
    ran: list[int] = []
    answered: list[tuple[int, object]] = []
    for n, pause in enumerate((0.05, 0.0, 0.02)):
        def job(n=n, pause=pause):
            time.sleep(pause)
            ran.append(n)
            if n == 1:
                raise ArticleFileError("Cannot save “{file}”: the disk is full.", file="x")
            return n
        writer.submit(job, lambda result, error, n=n: answered.append((n, result if error is None else "failed")))
    assert writer.wait(5)
    assert ran == [0, 1, 2]
    assert answered == [(0, 0), (1, "failed"), (2, 2)]
    writer.stop()
    assert not writer.submit(lambda: ran.append(99))
    time.sleep(0.05)
    assert ran == [0, 1, 2]


def test_the_copy_for_the_thread_does_not_follow_later_edits():
    article = Article.new("vi")
    article.headline = "Trước"
    article.dateline.place = "Hà Nội"
    body = [Block(text="Một.")]
    frozen = article_with_body(article, body)
    article.headline = "Sau"
    article.dateline.place = "Huế"
    article.tags.append("mới")
    assert (frozen.headline, frozen.dateline.place, frozen.tags) == ("Trước", "Hà Nội", [])
    assert frozen.body == body and frozen.body is not body and article.body == []
