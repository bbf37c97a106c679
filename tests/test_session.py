"""The session without any window: open, save, modified state, title, signals, settings."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from editor.model import article_file
from editor.model.article import Article, Block
from editor.model.article_file import ArticleFileError
from editor.resources import resource_path
from editor.session.article_session import ArticleSession
from editor.settings import MAX_RECENT_FILES, Settings, cache_dir, config_dir, data_dir, settings_path

SAMPLE = resource_path("samples", "sample-vi.article")


@pytest.fixture
def session(qapp):
    return ArticleSession()


@pytest.fixture
def saved(tmp_path) -> Path:
    article = Article.new("vi")
    article.headline = "Mưa lớn ở Hà Nội"
    article.body = [Block(text="Đoạn một.")]
    article.updated = "2020-01-01T00:00:00+07:00"
    path = tmp_path / "mua.article"
    article_file.save(article, path)
    return path


def _record(signal) -> list:
    seen: list = []
    signal.connect(lambda *args: seen.append(args[0] if args else None))
    return seen


def test_a_new_session_is_an_untitled_unmodified_article(session):
    assert session.path is None and not session.modified
    assert session.title() == "Untitled — ArticleDesk"


def test_open_reads_the_file_and_announces_the_new_article(session, saved):
    replaced, paths, modified = _record(session.article_replaced), _record(session.path_changed), \
        _record(session.modified_changed)
    session.open(saved)
    assert session.article.headline == "Mưa lớn ở Hà Nội"
    assert session.path == saved and not session.modified
    assert replaced == [None] and paths == [str(saved)] and modified == []
    assert session.title() == "mua.article — ArticleDesk"


def test_mark_modified_signals_once_and_shows_in_the_title(session, saved):
    session.open(saved)
    seen = _record(session.modified_changed)
    session.mark_modified()
    session.mark_modified()
    assert seen == [True]
    assert session.title() == "mua.article* — ArticleDesk"
    assert session.window_title() == "mua.article[*] — ArticleDesk"


def test_untitled_title_uses_the_headline(session):
    session.article.headline = "Một tiêu đề rất dài " * 10
    name = session.display_name()
    assert name.startswith("Một tiêu đề") and name.endswith("…") and len(name) <= 60


@pytest.mark.parametrize(
    "content",
    [b"", b'{"format": "articledesk.article", "version": 1, "id": "x", "headline": "cut',
     b"not json at all", b'{"format": "articledesk.article", "version": 99, "id": "x"}',
     b'{"format": "articledesk.article", "version": 1, "id": "x", "tags": "not a list"}'],
    ids=["empty", "truncated", "not-json", "newer-version", "wrong-type"],
)
def test_a_bad_file_raises_keeps_the_article_and_is_never_written(session, saved, tmp_path, content):
    session.open(saved)
    session.article.headline = "Đang sửa"
    session.mark_modified()
    bad = tmp_path / "bad.article"
    bad.write_bytes(content)
    before = os.stat(bad).st_mtime_ns
    with pytest.raises(ArticleFileError) as info:
        session.open(bad)
    assert "bad.article" in str(info.value)
    assert session.article.headline == "Đang sửa" and session.path == saved and session.modified
    assert bad.read_bytes() == content and os.stat(bad).st_mtime_ns == before


def test_save_writes_atomically_and_clears_modified(session, saved):
    session.open(saved)
    session.article.headline = "Mưa rất lớn"
    session.mark_modified()
    session.save()
    assert not session.modified
    assert json.loads(saved.read_text(encoding="utf-8"))["headline"] == "Mưa rất lớn"
    # no temp file left behind; the previous version is kept beside it as a backup
    assert sorted(p.name for p in saved.parent.iterdir()) == ["mua.article", "mua.article.bak"]
    assert json.loads((saved.parent / "mua.article.bak").read_text(encoding="utf-8"))["headline"] != "Mưa rất lớn"


def test_updated_is_stamped_only_when_the_article_changed(session, saved):
    session.open(saved)
    session.save()
    assert session.article.updated == "2020-01-01T00:00:00+07:00"
    session.article.lede = "Sapo mới."
    session.mark_modified()
    session.save()
    assert session.article.updated != "2020-01-01T00:00:00+07:00"
    assert json.loads(saved.read_text(encoding="utf-8"))["updated"] == session.article.updated


def test_save_as_moves_the_session_to_the_new_file(session, saved, tmp_path):
    session.open(saved)
    paths = _record(session.path_changed)
    target = tmp_path / "ban-sao.article"
    session.save(target)
    assert session.path == target and paths == [str(target)]
    assert article_file.load(target).headline == "Mưa lớn ở Hà Nội"
    # the unchanged article was only copied: its "updated" stays
    assert article_file.load(target).updated == "2020-01-01T00:00:00+07:00"


def test_a_failed_save_keeps_the_article_modified_and_its_path(session, saved, tmp_path):
    session.open(saved)
    session.article.headline = "Chưa lưu được"
    session.mark_modified()
    with pytest.raises(ArticleFileError):
        session.save(tmp_path / "no-such-folder" / "x.article")
    assert session.modified and session.path == saved
    assert session.article.updated == "2020-01-01T00:00:00+07:00"
    assert article_file.load(saved).headline == "Mưa lớn ở Hà Nội"


def test_an_untitled_article_needs_a_path(session):
    with pytest.raises(ValueError):
        session.save()


def test_open_copy_of_the_sample_is_untitled_unmodified_and_a_new_article(session):
    original = SAMPLE.read_bytes()
    session.open_copy(SAMPLE)
    assert session.path is None and not session.modified
    assert session.article.headline
    assert session.article.id != article_file.load(SAMPLE).id
    assert SAMPLE.read_bytes() == original


def test_new_article_replaces_the_article(session, saved):
    session.open(saved)
    session.mark_modified()
    session.new_article("en")
    assert session.article.language == "en" and session.article.headline == ""
    assert session.path is None and not session.modified


def test_changed_on_disk_notices_another_program(session, saved):
    session.open(saved)
    assert not session.changed_on_disk()
    text = saved.read_text(encoding="utf-8").replace("Mưa lớn", "Nắng nóng")
    saved.write_text(text + "\n", encoding="utf-8")
    assert session.changed_on_disk()
    session.save()
    assert not session.changed_on_disk()


def test_changed_on_disk_compares_the_content_not_the_stamp(session, saved, tmp_path):
    """A colleague's version copied with ``cp -p`` can keep the size and time stamp of the file."""
    session.open(saved)
    before = os.stat(saved)
    theirs = saved.read_text(encoding="utf-8").replace("Mưa lớn ở Hà Nội", "Gió lớn ở Hà Nội")
    assert len(theirs.encode()) == before.st_size
    copy = tmp_path / "theirs.article"
    copy.write_text(theirs, encoding="utf-8")
    os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    os.replace(copy, saved)  # what cp -p leaves: same size, same time, other words
    assert os.stat(saved).st_mtime_ns == before.st_mtime_ns and os.stat(saved).st_size == before.st_size
    assert session.changed_on_disk()


def test_a_file_only_touched_has_not_changed(session, saved):
    session.open(saved)
    os.utime(saved, ns=(1, 1))
    assert not session.changed_on_disk()


def test_a_repaired_file_opens_modified_with_one_sentence_and_saves(session, saved):
    saved.write_text(saved.read_text(encoding="utf-8").replace("Mưa lớn", "Mưa \\ud800 lớn"), encoding="utf-8")
    session.open(saved)
    assert session.article.headline == "Mưa \ufffd lớn ở Hà Nội"
    assert len(session.open_notes) == 1 and "“headline”" in str(session.open_notes[0])
    assert session.modified and not session.changed_on_disk()
    session.save()
    assert not session.modified and article_file.load(saved).headline == "Mưa \ufffd lớn ở Hà Nội"
    session.open(saved)
    assert session.open_notes == [] and not session.modified


def test_a_broken_character_fails_the_save_with_one_sentence(session, saved):
    session.open(saved)
    session.article.extra["x_raw"] = "\ud800"  # a plain dict: the one place no setter guards
    session.mark_modified()
    failed = _record(session.save_failed)
    with pytest.raises(ArticleFileError, match="broken character"):
        session.save()
    assert failed == [str(saved)] and session.modified
    assert "x_raw" not in saved.read_text(encoding="utf-8")


# ------------------------------------------------------------------ settings


def test_settings_live_in_the_user_config_folder_and_not_before_the_first_write(qapp, tmp_path, monkeypatch):
    monkeypatch.delenv("ARTICLEDESK_HOME")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "dat"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cch"))
    monkeypatch.chdir(tmp_path)
    assert config_dir() == tmp_path / "cfg" / "ArticleDesk"
    assert data_dir() == tmp_path / "dat" / "ArticleDesk"
    assert cache_dir() == tmp_path / "cch" / "ArticleDesk"
    settings = Settings()
    assert settings.value("files/recent") == [] and not settings_path().exists()
    settings.set_value("ui/language", "vi")
    settings.sync()
    assert settings_path().is_file()
    assert "language=vi" in settings_path().read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cfg"]  # nothing in the working directory


def test_settings_round_trip_with_their_declared_types(qapp, tmp_path):
    from PySide6.QtCore import QByteArray

    path = tmp_path / "s.ini"
    first = Settings(path)
    first.set_value("window/geometry", QByteArray(b"\x01\x02geometry"))
    first.set_value("window/fields_visible", False)
    first.add_recent_file(tmp_path / "a.article")
    first.sync()
    again = Settings(path)
    assert again.value("window/geometry") == QByteArray(b"\x01\x02geometry")
    assert again.value("window/fields_visible") is False
    assert again.recent_files() == [str(tmp_path / "a.article")]
    with pytest.raises(TypeError):
        again.set_value("window/fields_visible", "no")


def test_recent_files_are_newest_first_unique_and_at_most_ten(qapp, tmp_path):
    settings = Settings(tmp_path / "s.ini")
    for i in range(12):
        settings.add_recent_file(tmp_path / f"{i}.article")
    settings.add_recent_file(tmp_path / "5.article")
    files = settings.recent_files()
    assert len(files) == MAX_RECENT_FILES
    assert files[0] == str(tmp_path / "5.article") and files.count(str(tmp_path / "5.article")) == 1
    settings.clear_recent_files()
    assert settings.recent_files() == []
