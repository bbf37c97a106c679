"""The recovery journal and what a crash leaves to recover (no Qt)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.model import article_file
from editor.model.article import Article, Block
from editor.model.article_file import ArticleFileError
from editor.model.journal import Journal, entry_key, read_entry
from editor.model.recovery import FILE_CHANGED, FILE_MISSING, FILE_SAME, UNTITLED, recoverables

ROOT = Path(__file__).resolve().parents[2]


def article(headline: str = "Mưa lớn ở Hà Nội", body: str = "Chiều nay trời mưa to.") -> Article:
    a = Article.new("vi")
    a.headline = headline
    a.body = [Block(text=body)]
    return a


def saved_file(tmp_path: Path, a: Article) -> tuple[Path, str]:
    path = tmp_path / "mua.article"
    article_file.save(a, path)
    return path, path.read_text(encoding="utf-8")


def crashed_program(folder: Path, a: Article, path: Path | None, saved_text: str | None) -> None:
    """Write an entry the way another program would, and let that program die."""
    code = (
        "import sys, json; sys.path.insert(0, sys.argv[1]);"
        "from pathlib import Path;"
        "from editor.model.journal import Journal; from editor.model import article_file;"
        "a = article_file.loads(sys.stdin.read());"
        "j = Journal(sys.argv[2]); j.lock.acquire();"
        "p = sys.argv[3] or None; s = sys.argv[4] if len(sys.argv) > 4 else None;"
        "j.write(a, Path(p) if p else None, Path(s).read_text(encoding='utf-8') if s else None);"
        "import os; os._exit(0)"  # no clean-up: like a crash
    )
    args = [sys.executable, "-c", code, str(ROOT), str(folder), str(path or "")]
    if saved_text is not None:
        base = folder.parent / "base.txt"
        base.write_text(saved_text, encoding="utf-8")
        args.append(str(base))
    subprocess.run(args, input=article_file.dumps(a), text=True, check=True)


def test_an_entry_holds_the_whole_article_and_is_replaced_atomically(tmp_path):
    journal = Journal(tmp_path / "recovery")
    a = article()
    key = journal.write(a, None, None)
    a.body.append(Block(text="Đoạn thứ hai."))
    assert journal.write(a, None, None) == key
    files = list((tmp_path / "recovery").glob("*.json"))
    assert len(files) == 1 and not list((tmp_path / "recovery").glob(".*.tmp"))
    entry = read_entry(files[0])
    assert entry is not None and [b.text for b in entry.article.body] == ["Chiều nay trời mưa to.", "Đoạn thứ hai."]
    journal.remove(key)
    assert not list((tmp_path / "recovery").glob("*.json"))


def test_the_key_depends_on_the_article_and_its_file(tmp_path):
    assert entry_key("a", None) != entry_key("a", tmp_path / "x.article") != entry_key("b", tmp_path / "x.article")


def test_entries_of_a_running_program_are_not_offered(tmp_path):
    folder = tmp_path / "recovery"
    other = Journal(folder)
    other.lock.acquire()
    other.write(article(), None, None)
    assert Journal(folder).orphans() == []
    other.close()  # the program ended without removing its entry (it crashed, as far as we know)
    assert len(Journal(folder).orphans()) == 1


def test_a_program_killed_without_clean_up_leaves_a_recoverable_entry(tmp_path):
    folder = tmp_path / "recovery"
    crashed_program(folder, article(), None, None)
    items = recoverables(Journal(folder))
    assert len(items) == 1 and items[0].file_state == UNTITLED
    assert {c.field for c in items[0].changes} >= {"headline", "body"}


def test_recovery_compares_field_by_field_with_the_saved_file(tmp_path):
    a = article()
    path, text = saved_file(tmp_path, a)
    edited = a.copy()
    edited.headline = "Mưa rất lớn ở Hà Nội"
    edited.body[0].text = "Chiều nay trời mưa rất to, nhiều tuyến phố ngập."
    crashed_program(tmp_path / "recovery", edited, path, text)
    [item] = recoverables(Journal(tmp_path / "recovery"))
    assert item.file_state == FILE_SAME and item.base_text == text
    assert [c.field for c in item.changes] == ["headline", "body"]
    body = item.changes[1]
    assert body.words_added == 5 and body.words_removed == 0  # rất, nhiều, tuyến, phố, ngập


def test_an_entry_equal_to_the_file_is_dropped_without_asking(tmp_path):
    """Killed just after a save, before the entry was removed: nothing to recover."""
    a = article()
    path, text = saved_file(tmp_path, a)
    crashed_program(tmp_path / "recovery", a, path, text)
    journal = Journal(tmp_path / "recovery")
    assert recoverables(journal) == []
    assert journal.entries() == []


def test_a_file_changed_or_removed_since_is_said_so(tmp_path):
    a = article()
    path, text = saved_file(tmp_path, a)
    edited = a.copy()
    edited.lede = "Sapo mới."
    crashed_program(tmp_path / "recovery", edited, path, text)
    other = a.copy()
    other.kicker = "Thời tiết"
    article_file.save(other, path)  # a colleague saved after the crash
    [item] = recoverables(Journal(tmp_path / "recovery"))
    assert item.file_state == FILE_CHANGED and item.base_text is None
    assert {c.field for c in item.changes} == {"kicker", "lede"}
    path.unlink()
    [item] = recoverables(Journal(tmp_path / "recovery"))
    assert item.file_state == FILE_MISSING


def test_damaged_entries_are_skipped_and_left_alone(tmp_path):
    folder = tmp_path / "recovery"
    folder.mkdir()
    (folder / "x.y.json").write_text('{"format": "articledesk.recovery", "article": {', encoding="utf-8")
    assert Journal(folder).entries() == []
    assert (folder / "x.y.json").exists()


def test_stale_temp_files_of_an_interrupted_write_are_cleaned(tmp_path):
    folder = tmp_path / "recovery"
    folder.mkdir()
    stale = folder / ".abc.json.123.tmp"
    stale.write_text("{", encoding="utf-8")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    Journal(folder).orphans()
    assert not stale.exists()


def test_a_failed_write_raises_one_sentence_and_leaves_the_old_entry(tmp_path, monkeypatch):
    journal = Journal(tmp_path / "recovery")
    a = article()
    journal.write(a, None, None)
    real_fsync = os.fsync

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    a.headline = "Thay đổi không lưu được"
    with pytest.raises(ArticleFileError) as info:
        journal.write(a, None, None)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert "disk is full" in str(info.value)
    [entry] = journal.entries()
    assert entry.article.headline == "Mưa lớn ở Hà Nội"


def test_an_entry_is_readable_json_a_person_can_inspect(tmp_path):
    journal = Journal(tmp_path / "recovery")
    journal.write(article(), tmp_path / "mua.article", "old text")
    data = json.loads(next((tmp_path / "recovery").glob("*.json")).read_text(encoding="utf-8"))
    assert data["format"] == "articledesk.recovery" and data["path"] == str(tmp_path / "mua.article")
    assert data["article"]["headline"] == "Mưa lớn ở Hà Nội"
