"""Saving with a backup: the .bak is the old file itself (no copy), links are written through, a
colleague's save is never overwritten, and a nearly full disk still takes a smaller save."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.model import article_file as af
from editor.model import file_io, safe_save
from editor.model.article import Article, Block
from editor.model.journal import Journal
from editor.model.safe_save import backup_path, save_with_backup
from tests.tmpfs import mounted_tmpfs


def article_bytes(headline: str, paragraphs: int = 3) -> bytes:
    a = Article.new("vi")
    a.headline = headline
    a.body = [Block(text=f"Đoạn {i}: chiều 12/3, tại Hà Nội, hội nghị đã diễn ra.") for i in range(paragraphs)]
    return af.dumps(a).encode("utf-8")


OLD, NEW = article_bytes("Bản cũ"), article_bytes("Bản mới")


def test_the_backup_is_the_old_file_itself_not_a_copy(tmp_path):
    p = tmp_path / "tin.article"
    p.write_bytes(OLD)
    old_inode = os.stat(p).st_ino
    save_with_backup(p, NEW)
    assert p.read_bytes() == NEW and backup_path(p).read_bytes() == OLD
    assert os.stat(backup_path(p)).st_ino == old_inode  # renamed into place, never copied
    assert sorted(x.name for x in tmp_path.iterdir()) == ["tin.article", "tin.article.bak"]  # no temp left


def test_an_unchanged_save_leaves_the_backup_alone(tmp_path):
    p = tmp_path / "tin.article"
    p.write_bytes(OLD)
    save_with_backup(p, OLD)
    assert not backup_path(p).exists()


def test_saving_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "kho" / "tin.article"
    real.parent.mkdir()
    real.write_bytes(OLD)
    link = tmp_path / "tin.article"
    link.symlink_to(real)
    save_with_backup(link, NEW)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == NEW
    assert backup_path(real).read_bytes() == OLD  # the backup lies beside the file it keeps
    assert not backup_path(link).exists()
    af.save(Article.new("en"), link)  # a plain save and an export (write_atomic) do the same
    file_io.write_atomic(link, b"exported")
    assert link.is_symlink() and real.read_bytes() == b"exported"


def test_a_chain_of_links_and_a_dangling_link_are_written_through(tmp_path):
    real = tmp_path / "moi.article"
    first, second = tmp_path / "a.article", tmp_path / "b.article"
    second.symlink_to(real.name)  # relative, and nothing there yet
    first.symlink_to(second.name)
    save_with_backup(first, NEW)
    assert first.is_symlink() and second.is_symlink() and real.read_bytes() == NEW


def test_a_backup_name_that_is_a_link_keeps_its_link(tmp_path):
    p = tmp_path / "tin.article"
    p.write_bytes(OLD)
    elsewhere = tmp_path / "backups" / "tin.article.bak"
    elsewhere.parent.mkdir()
    backup_path(p).symlink_to(elsewhere)
    save_with_backup(p, NEW)
    assert backup_path(p).is_symlink() and elsewhere.read_bytes() == OLD and p.read_bytes() == NEW


def test_a_link_loop_is_one_sentence(tmp_path):
    a, b = tmp_path / "a.article", tmp_path / "b.article"
    a.symlink_to(b.name)
    b.symlink_to(a.name)
    with pytest.raises(af.ArticleFileError) as err:
        save_with_backup(a, NEW)
    assert str(a) in str(err.value) and "\n" not in str(err.value)
    assert a.is_symlink() and b.is_symlink()


def test_a_folder_where_the_backup_goes_is_named_and_nothing_is_written(tmp_path):
    p = tmp_path / "tin.article"
    p.write_bytes(OLD)
    (tmp_path / "tin.article.bak").mkdir()
    with pytest.raises(af.ArticleFileError) as err:
        save_with_backup(p, NEW)
    message = str(err.value)
    assert "“" + str(backup_path(p)) + "”" in message and "folder" in message
    assert p.read_bytes() == OLD and backup_path(p).is_dir()
    assert sorted(x.name for x in tmp_path.iterdir()) == ["tin.article", "tin.article.bak"]


def test_without_hard_links_the_backup_is_a_copy(tmp_path, monkeypatch):
    p = tmp_path / "tin.article"
    p.write_bytes(OLD)

    def no_links(src, dst, **kw):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)  # FAT, some network shares
    save_with_backup(p, NEW)
    assert p.read_bytes() == NEW and backup_path(p).read_bytes() == OLD


def test_a_failed_write_leaves_a_good_file_and_a_good_backup(tmp_path, monkeypatch):
    p = tmp_path / "tin.article"
    p.write_bytes(OLD)
    backup_path(p).write_bytes(b"older")
    real_replace = os.replace

    def crash_on_the_article(src, dst):
        if Path(dst) == p:
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", crash_on_the_article)
    with pytest.raises(af.ArticleFileError, match="tin.article"):
        save_with_backup(p, NEW)
    assert p.read_bytes() == OLD and backup_path(p).read_bytes() == OLD
    assert sorted(x.name for x in tmp_path.iterdir()) == ["tin.article", "tin.article.bak"]


def test_a_save_expecting_what_was_read_stops_when_the_file_changed(tmp_path):
    p = tmp_path / "tin.article"
    p.write_bytes(b"colleague")
    with pytest.raises(af.ArticleFileError, match="someone else saved it"):
        save_with_backup(p, NEW, expected=OLD)
    assert p.read_bytes() == b"colleague" and not backup_path(p).exists()
    save_with_backup(p, NEW, expected=b"colleague")
    assert p.read_bytes() == NEW and backup_path(p).read_bytes() == b"colleague"


@pytest.mark.parametrize("how", ["renamed over", "written into"])
def test_a_colleague_saving_during_the_save_is_never_overwritten(tmp_path, monkeypatch, how):
    """The colleague's save lands after the file was read and compared, while the new text is
    being written: the re-check just before the rename sees it."""
    p = tmp_path / "tin.article"
    p.write_bytes(OLD)
    real_write_temp = file_io.write_temp

    def colleague_saves_meanwhile(target, data):
        name = real_write_temp(target, data)
        if how == "renamed over":
            other = tmp_path / "colleague.tmp"
            other.write_bytes(b"colleague")
            os.replace(other, p)
        else:
            with open(p, "r+b") as fh:  # cp onto an existing file writes into it
                fh.write(b"C")
        return name

    monkeypatch.setattr(file_io, "write_temp", colleague_saves_meanwhile)
    with pytest.raises(af.ArticleFileError, match="someone else saved it"):
        save_with_backup(p, NEW, expected=OLD)
    assert p.read_bytes() != NEW and p.read_bytes() != OLD
    assert not [x for x in tmp_path.iterdir() if x.name.endswith(".tmp")]


def test_a_broken_character_fails_the_autosave_as_one_sentence(tmp_path):
    """What reaches the window's red autosave label is an ArticleFileError, never an encoding error."""
    journal = Journal(tmp_path / "recovery")
    article = Article.new("vi")
    article.extra["x_raw"] = "\udc80"  # extra is a plain dict, the one place no setter guards
    try:
        with pytest.raises(af.ArticleFileError, match=r"broken character \(U\+DC80\)"):
            journal.write(article, None, None)
    finally:
        journal.close()


@pytest.fixture
def small_disk(tmp_path):
    """A tmpfs of 344 KB (mounting needs root); unmounted afterwards."""
    with mounted_tmpfs(tmp_path / "disk", "344k") as folder:
        yield folder


def test_a_nearly_full_disk_still_takes_a_smaller_save(small_disk):
    big = article_bytes("Bài dài", 945)
    assert 138_000 < len(big) < 146_000
    p = small_disk / "dai.article"
    p.write_bytes(big)
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    assert free < 2 * len(big)  # a copy of the old file plus the new one would not fit
    smaller = article_bytes("Bài dài, bớt vài đoạn", 940)
    save_with_backup(p, smaller)
    assert p.read_bytes() == smaller and backup_path(p).read_bytes() == big
    save_with_backup(p, big)  # and again, with a backup already there
    assert p.read_bytes() == big and backup_path(p).read_bytes() == smaller


def test_saves_take_turns_in_a_folder(tmp_path):
    """While one ArticleDesk program saves into a folder another waits (the lock is on the folder)."""
    fcntl = pytest.importorskip("fcntl")
    p = tmp_path / "tin.article"
    p.write_bytes(OLD)
    fd = os.open(tmp_path, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        waited = subprocess.run(
            ["timeout", "0.5", sys.executable, "-c",
             "import sys; from editor.model.safe_save import save_with_backup; save_with_backup(sys.argv[1], b'x')",
             str(p)], cwd=Path(__file__).resolve().parents[2], capture_output=True)
    finally:
        os.close(fd)
    assert waited.returncode == 124 and p.read_bytes() == OLD  # still waiting when stopped
    save_with_backup(p, NEW)
    assert p.read_bytes() == NEW


def test_leftover_held_versions_are_cleaned_like_temps(tmp_path):
    p = tmp_path / "tin.article"
    p.write_bytes(OLD)
    left = tmp_path / ".tin.article.0123456789ab.bak.tmp"
    left.write_bytes(OLD)
    os.utime(left, (1, 1))
    save_with_backup(p, NEW)
    assert not left.exists()
    assert safe_save.remove_stale_temps(p) == 0
