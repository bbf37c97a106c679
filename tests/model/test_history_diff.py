"""Revision history snapshots, their pruning, and the field-by-field difference (no Qt)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta

from editor.model import article_file
from editor.model.article import Article, Block, Mark, Quote
from editor.model.diff import ADDED, PARAGRAPH_BREAK, REMOVED, SAME, compare, word_diff
from editor.model.history import BEFORE_RESTORE, History
from editor.model.safe_save import backup_path, remove_stale_temps, save_with_backup


def article(body: str = "Chiều nay, mưa lớn kéo dài.") -> Article:
    a = Article.new("vi")
    a.headline = "Mưa lớn"
    a.body = [Block(text=body)]
    return a


# ------------------------------------------------------------------ diff


def test_word_diff_marks_only_the_words_that_changed():
    pieces = word_diff("Chiều nay, mưa lớn kéo dài.", "Chiều nay, mưa rất lớn kéo dài hai giờ.")
    assert [(p.kind, p.text) for p in pieces if p.kind != SAME] == [(ADDED, " rất"), (ADDED, " hai giờ")]
    assert "".join(p.text for p in pieces if p.kind != REMOVED) == "Chiều nay, mưa rất lớn kéo dài hai giờ."
    assert "".join(p.text for p in pieces if p.kind != ADDED) == "Chiều nay, mưa lớn kéo dài."


def test_a_changed_comma_does_not_mark_the_whole_word():
    pieces = word_diff("Hà Nội, sáng nay", "Hà Nội sáng nay")
    assert [(p.kind, p.text) for p in pieces if p.kind != SAME] == [(REMOVED, ",")]


def test_compare_lists_changed_fields_in_panel_order_with_the_body_by_paragraph():
    old = article()
    old.body.append(Block(text="Đoạn hai giữ nguyên."))
    new = old.copy()
    new.headline = "Mưa rất lớn"
    new.byline.signoff = "BT"
    new.quotes = [Quote(speaker="Ông A", role="Giám đốc", text="Chúng tôi đã sẵn sàng.")]
    new.body[0].text = "Chiều nay, mưa lớn kéo dài ba giờ."
    new.body.append(Block(text="Đoạn ba mới."))
    changes = compare(old, new)
    assert [c.field for c in changes] == ["headline", "byline.signoff", "quotes", "body"]
    body = changes[-1]
    assert body.words_added == 5 and body.words_removed == 0
    assert [p.text for p in body.pieces].count(PARAGRAPH_BREAK) == 2
    assert (ADDED, "Đoạn ba mới.") in [(p.kind, p.text) for p in body.pieces]


def test_formatting_only_changes_are_named_as_such():
    old = article()
    new = old.copy()
    new.body[0].marks = [Mark(0, 5, "bold")]
    [change] = compare(old, new)
    assert change.field == "body" and change.formatting_only


def test_times_of_saving_are_not_differences():
    old = article()
    new = old.copy()
    new.updated = "2030-01-01T00:00:00+07:00"
    assert compare(old, new) == []


def test_a_ten_thousand_word_body_compares_quickly():
    import time

    paragraphs = [" ".join(f"chữ{i}-{j}" for j in range(100)) for i in range(100)]
    old = article()
    old.body = [Block(text=p) for p in paragraphs]
    new = old.copy()
    new.body[50].text += " thêm"
    start = time.perf_counter()
    [change] = compare(old, new)
    assert time.perf_counter() - start < 1.0
    assert change.words_added == 1


# --------------------------------------------------------------- history


def test_every_save_keeps_a_snapshot_outside_the_article_file(tmp_path):
    history = History(tmp_path / "history")
    a = article()
    first = history.add(a, tmp_path / "mua.article")
    assert first is not None and first.words == a.counts().words and first.status == "draft"
    assert history.add(a) is None  # same text: nothing new to keep
    a.body[0].text += " Nhiều tuyến phố ngập."
    a.status = "ready"
    second = history.add(a)
    listed = history.list(a.id)
    assert [s.file for s in listed] == [second.file, first.file]
    assert listed[0].status == "ready"
    assert history.load(listed[1]).body[0].text == "Chiều nay, mưa lớn kéo dài."
    assert history.folder(a.id).parent == tmp_path / "history"


def test_snapshots_are_pruned_by_count_keeping_the_newest(tmp_path):
    history = History(tmp_path / "history", max_count=3)
    a = article()
    for n in range(6):
        a.body[0].text = f"Phiên bản {n}"
        history.add(a)
    texts = [history.load(s).body[0].text for s in history.list(a.id)]
    assert texts == ["Phiên bản 5", "Phiên bản 4", "Phiên bản 3"]


def test_snapshots_are_pruned_by_age_but_the_newest_survives(tmp_path):
    history = History(tmp_path / "history", max_days=30)
    a = article()
    for n in range(3):
        a.body[0].text = f"Phiên bản {n}"
        history.add(a, reason=BEFORE_RESTORE if n == 1 else "saved")
    assert history.list(a.id)[1].reason == BEFORE_RESTORE
    later = datetime.now() + timedelta(days=45)
    assert history.prune(a.id, now=later) == 2
    [only] = history.list(a.id)
    assert history.load(only).body[0].text == "Phiên bản 2"


def test_an_unusual_article_id_still_gets_a_safe_folder(tmp_path):
    history = History(tmp_path / "history")
    a = article()
    a.id = "../../etc/passwd"
    history.add(a)
    assert history.folder(a.id).parent == tmp_path / "history"
    assert len(history.list(a.id)) == 1


# ------------------------------------------------------------- safe save


def test_saving_keeps_the_previous_version_as_a_backup(tmp_path):
    path = tmp_path / "mua.article"
    save_with_backup(path, b"first")
    assert not backup_path(path).exists()
    save_with_backup(path, b"second")
    save_with_backup(path, b"second")  # the same text again keeps the real previous version
    assert path.read_bytes() == b"second" and backup_path(path).read_bytes() == b"first"


def test_temp_files_left_by_a_crashed_save_are_removed_later(tmp_path):
    path = tmp_path / "mua [1].article"
    article_file.save(article(), path)
    stale = tmp_path / ".mua [1].article.x1y2.tmp"
    fresh = tmp_path / ".mua [1].article.z3.tmp"
    stale.write_bytes(b"{")
    fresh.write_bytes(b"{")
    old = datetime.now().timestamp() - 3600
    os.utime(stale, (old, old))
    assert remove_stale_temps(path) == 1
    assert not stale.exists() and fresh.exists()  # a save in progress right now is left alone


def test_the_quick_word_count_agrees_with_the_definition_of_a_word():
    """count_words splits with str.split(); a word is a run between spaces holding a token of the
    lexer: a letter, mark or digit (an underscore alone is not a word)."""
    import random
    import re

    import regex

    from editor.model.text import count_words

    token, wordlike = re.compile(r"\S+"), regex.compile(r"[\p{L}\p{M}\p{N}]")
    chars = " \t\n.,;:!?–—\"“”()[]…-/@#aàáảãạăắđĐxyz09١😀\u00a0\u2028\u200b\x1c_"
    rng = random.Random(1)
    for _ in range(20_000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        assert count_words(text) == sum(1 for t in token.findall(text) if wordlike.search(t)), repr(text)
