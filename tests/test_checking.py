"""The checker controller without widgets: what is re-checked when, in which thread, and which
results are kept."""

from __future__ import annotations

import threading

import pytest

from editor.model.article import Article, Block, Quote
from editor.model.house_style import IGNORES_KEY, Finding
from editor.session import check_jobs, checking
from editor.session.article_session import ArticleSession
from editor.session.checking import CheckController

SLIP = "Lễ tổng kết thành tich năm 2024."


@pytest.fixture
def session(qapp) -> ArticleSession:
    session = ArticleSession()
    article = Article.new("vi")
    article.headline = "Hội nghị tổng kết công tác"
    article.body = [Block(text="Đoạn một không có lỗi."), Block(text=SLIP), Block(text="Đoạn ba cũng ổn.")]
    session.article = article
    return session


def settle(qtbot, controller: CheckController) -> None:
    qtbot.waitUntil(controller.is_idle, timeout=10_000)


@pytest.fixture
def controller(qtbot, session) -> CheckController:
    c = CheckController(session)
    for key, block in enumerate(session.article.body):
        c.note_block(key, block.text, f"body.{block.type}", key)
    c.reset()
    settle(qtbot, c)
    yield c
    c.shutdown()


def test_opening_checks_everything_in_the_background(controller):
    assert controller.state == "ready" and controller.pack is not None
    findings = controller.block_findings(1)
    assert [(f.rule, f.text, f.severity) for f in findings] == [("VN-O01", "tich", "error")]
    assert SLIP[findings[0].start:findings[0].end] == "tich"
    assert controller.block_findings(0) == [] and controller.counts()["error"] == 1


def test_an_edited_field_is_checked_after_a_pause(qtbot, controller, session):
    session.article.headline = "Thành tich nổi bật"
    controller.note_field_edit("headline")
    assert controller.field_checked_text("headline") != "Thành tich nổi bật"  # not while typing
    settle(qtbot, controller)
    found = controller.field_findings("headline")
    assert [(f.rule, f.start, f.end) for f in found] == [("VN-O01", 6, 10)]


def test_only_the_changed_block_is_checked_again(qtbot, controller, monkeypatch):
    calls: list[str] = []
    real = checking.check_text

    def spy(text, *args, **kwargs):
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(checking, "check_text", spy)
    controller.note_block(2, "Đoạn ba có thành tich.", "body.paragraph", 2)
    for key in (0, 1):  # the others are told they are unchanged
        assert controller.note_block(key, controller.block_entry(key).text, "body.paragraph", key) is not None
    settle(qtbot, controller)
    assert calls == ["Đoạn ba có thành tich."]
    assert [f.text for f in controller.block_findings(2)] == ["tich"]


def test_a_paragraph_seen_before_needs_no_check(qtbot, controller, monkeypatch):
    monkeypatch.setattr(checking, "check_text", lambda *a, **k: pytest.fail("checked again"))
    found = controller.note_block(7, SLIP, "body.paragraph", 3)  # e.g. undo brought it back
    assert [f.text for f in found] == ["tich"]


def test_article_level_rules_run_in_a_worker_thread(qtbot, controller, session, monkeypatch):
    threads: list[int] = []
    real = check_jobs.check_article_level

    def spy(article, pack):
        threads.append(threading.get_ident())
        return real(article, pack)

    monkeypatch.setattr(check_jobs, "check_article_level", spy)
    session.article.lede = "Sáng 11/3, tại Hà Nội, hội nghị diễn ra."
    controller.note_field_edit("lede")
    settle(qtbot, controller)
    assert threads and threading.get_ident() not in threads


def test_results_of_a_stale_snapshot_are_dropped(qtbot, controller, session, monkeypatch):
    started, release = threading.Event(), threading.Event()
    fake = Finding("TEST-1", "warning", "headline", None, 0, 3, "Hội", "from the article-level run")
    runs: list[int] = []

    def slow(article, pack):
        runs.append(1)
        if len(runs) == 1:
            started.set()
            release.wait(10)
        return [fake]

    monkeypatch.setattr(check_jobs, "check_article_level", slow)
    controller.note_field_edit("topic")  # any edit: the article-level rules run after the pause
    qtbot.waitUntil(started.is_set, timeout=5000)
    session.article.headline = "Hội nghị tổng kết công tác năm"
    controller.note_field_edit("headline")  # typing goes on while the worker runs
    release.set()
    qtbot.waitUntil(lambda: not controller._article_running, timeout=5000)
    assert fake not in controller.field_findings("headline")  # the old snapshot's result is not applied
    settle(qtbot, controller)
    assert len(runs) == 2 and fake in controller.field_findings("headline")  # the fresh run's is


def test_ignore_once_and_ignore_word_are_stored_in_the_article(qtbot, controller, session):
    finding = controller.block_findings(1)[0]
    controller.ignore_once(finding, 1)
    assert controller.block_findings(1) == [] and session.modified
    assert session.article.extra[IGNORES_KEY]["once"][0]["rule"] == "VN-O01"
    controller.note_block(5, "Một thành tich khác.", "body.paragraph", 3)
    settle(qtbot, controller)
    assert [f.text for f in controller.block_findings(5)] == ["tich"]  # only that one was ignored
    controller.ignore_word("tich")
    assert controller.block_findings(5) == [] and controller.counts()["error"] == 0


def test_quotes_are_checked_and_removed_ones_forgotten(qtbot, controller, session):
    session.article.quotes = [Quote(speaker="Ông A", text="Chúng tôi có thành tich tốt.")]
    controller.note_field_edit("quotes")
    settle(qtbot, controller)
    assert "tich" in [f.text for f in controller.field_findings("quotes[0].text")]
    session.article.quotes = []
    controller.note_field_edit("quotes")
    settle(qtbot, controller)
    assert controller.field_findings("quotes[0].text") == []


def test_a_missing_pack_turns_checking_off_with_one_message(qtbot, session, monkeypatch):
    monkeypatch.setattr(checking, "default_pack_for", lambda _language: "zz-newsroom")
    c = CheckController(session)
    messages: list[str] = []
    c.message.connect(messages.append)
    c.reset()
    qtbot.waitUntil(lambda: c.state == "off", timeout=5000)
    c.reset()
    qtbot.waitUntil(lambda: c.state == "off", timeout=5000)
    assert len(messages) == 1 and "not checked" in messages[0]
    assert c.counts() == {"error": 0, "warning": 0, "suggestion": 0}
    c.shutdown()


def test_a_broken_desk_pack_is_refused_and_the_built_in_one_kept(qtbot, controller, tmp_path):
    bad = tmp_path / "desk.toml"
    bad.write_text('name = "desk"\nlanguage = "vi"\n[rules.VN-P01]\nseverity = "loud"\n', encoding="utf-8")
    with qtbot.waitSignal(controller.pack_tried, timeout=5000) as signal:
        controller.try_pack(str(bad))
    path, problem = signal.args
    assert path == str(bad) and "desk.toml" in problem and "line 4" in problem
    assert controller.pack_source == "vi-newsroom" and controller.custom_pack == ""


def test_a_good_desk_pack_is_used(qtbot, controller, tmp_path):
    desk = tmp_path / "desk.toml"
    desk.write_text('name = "desk"\nlanguage = "vi"\nextends = "vi-newsroom"\n[rules.VN-O01]\nseverity = "warning"\n',
                    encoding="utf-8")
    with qtbot.waitSignal(controller.pack_tried, timeout=5000) as signal:
        controller.try_pack(str(desk))
    assert signal.args == [str(desk), ""]
    settle(qtbot, controller)
    assert controller.pack.name == "desk"
    assert [f.severity for f in controller.block_findings(1)] == ["warning"]


def test_a_big_paste_is_checked_in_the_worker(qtbot, controller, monkeypatch):
    threads: list[int] = []
    real = check_jobs.check_text

    def spy(text, *args, **kwargs):
        threads.append(threading.get_ident())
        return real(text, *args, **kwargs)

    monkeypatch.setattr(check_jobs, "check_text", spy)
    monkeypatch.setattr(checking, "INLINE_CHARS", 40)
    for key in range(10, 14):
        assert controller.note_block(key, f"Đoạn {key} dán vào có thành tich.", "body.paragraph", key) is None
    settle(qtbot, controller)
    assert len(threads) == 4 and threading.get_ident() not in threads
    assert all([f.text for f in controller.block_findings(k)] == ["tich"] for k in range(10, 14))
