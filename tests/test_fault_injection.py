"""Fault injection on every write the program makes (issue 15, point 2), as one table: writer × fault.

Writers: the article (its save through the session), its backup (made as a copy, where hard links
fail), the recovery journal, the revision history, the outbox (a new message, and a status
change), the settings, the user's desk word list, and every export format (NITF with its
pictures). Faults: the disk full (while writing, at fsync, and a real full tmpfs), the folder
read-only (EACCES and EROFS injected, since the tests may run as root whom chmod does not stop,
and a real tmpfs remounted read-only), the file replaced underneath by another program between
reading and renaming, and the process killed at every step of the write (a forked child that
SIGKILLs itself at the n-th file operation, for every n; the settings, written by Qt in C++, are
killed at random moments of a write loop instead).

For each: no user data lost (the text stays in memory when the write fails, and on disk every
file is the old complete version or the new complete one), no half-written file where a good one
was, no temp file left after a failure, and one clear sentence that says why.
"""

from __future__ import annotations

import abc
import builtins
import configparser
import errno
import io
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from types import SimpleNamespace

import pytest

from editor.model import article_file, file_io
from editor.model.article import Article, Block
from editor.model.file_io import ArticleFileError, TemplatedError
from editor.model.history import History
from editor.model.journal import Journal, read_entry
from editor.session import export_files
from editor.session.files import error_text, save_or_report
from tests.exports.fixtures import png_bytes
from tests.tmpfs import mounted_tmpfs

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="faults are injected through /proc and fork")

COLLEAGUE = "Bản của đồng nghiệp"


def jpeg_bytes() -> bytes:
    """A small real JPEG (made by Qt, so every export takes it)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPG")
    return bytes(buffer.data())


def make_article(headline: str, paragraphs: int = 40, pictures: bool = False) -> Article:
    a = Article.new("vi")
    a.id = "bai-thu-nghiem"
    a.headline = headline
    a.body = [Block(text=f"Đoạn {i}: chiều 12/3, tại Hà Nội, hội nghị đã diễn ra. {headline}.") for i in range(paragraphs)]
    if pictures:
        a.body[1:1] = [Block(type="image", src="a.png", caption="Ảnh một", alt="Một")]
        if "mới" in headline:
            a.body[3:3] = [Block(type="image", src="b.jpg", caption="Ảnh hai", alt="Hai")]
    return a


def headline_of(data: bytes) -> str | None:
    """The headline of an article file's bytes; None when they are not a complete article."""
    try:
        return article_file.loads(data.decode("utf-8"), "x").headline
    except (UnicodeDecodeError, ArticleFileError):
        return None


def is_temp(rel: str) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return name.startswith(".") and name.endswith(".tmp")


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` (but locks and the filler of a full disk), by relative path."""
    out = {}
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath) / name
            rel = path.relative_to(root).as_posix()
            if name == FILLER or name.endswith(".lock") or "/owners/" in f"/{rel}":
                continue
            out[rel] = path.read_bytes()
    return out


# ------------------------------------------------------------------ the writers


class Writer(abc.ABC):
    """One write the program makes. ``setup`` leaves the old version on disk; ``write`` makes the new
    one as the program does and returns the sentence the user is shown (None when it was written)."""

    name = ""
    shared = False  # other people edit the file too: a save of theirs in between is never overwritten
    merges = False  # a change of another program's in between is read again and kept with this one
    needs_space = True  # False: the write takes no room (a rename), so a full disk does not stop it
    refused_because = r"someone else saved it"  # what a shared writer says when it refuses to overwrite
    python_writes = True  # False: Qt writes it (C++), so faults cannot be injected by patching Python

    def __init__(self, root: Path) -> None:
        self.root = root
        self.desk = root / "desk"
        self.home = root / "home"
        for sub in ("desk", "home/config", "home/data", "home/cache"):
            (root / sub).mkdir(parents=True, exist_ok=True)
        os.environ["ARTICLEDESK_HOME"] = str(self.home)

    @abc.abstractmethod
    def setup(self) -> None:
        """Put the old version on disk, as the user had it before this write."""

    @abc.abstractmethod
    def write(self) -> str | None:
        """Make the new version as the program does; the sentence shown to the user, or None."""

    @abc.abstractmethod
    def new_complete(self, rel: str, data: bytes) -> bool:
        """True when ``data`` at ``rel`` is a complete file the new write may leave."""

    def allowed_after_failure(self, rel: str, data: bytes) -> bool:
        """A change a failed write may leave (besides none at all)."""
        return False

    def may_vanish(self, rel: str) -> bool:
        return False

    def is_leftover(self, rel: str) -> bool:
        """A temp file a killed write may leave beside the real one (never read as the real one)."""
        return is_temp(rel)

    def consistent(self) -> None:
        """What must hold between the files at any moment."""
        return None  # this writer adds nothing here

    def check_written(self) -> None:
        """The new version is on disk, complete."""
        return None  # this writer adds nothing here

    def check_kept(self) -> None:
        """After a failure: the user's new text is still where the user can get it."""
        return None  # this writer adds nothing here

    def colleague_target(self) -> Path | None:
        """The file another program replaces underneath (None: not a file anyone else writes)."""
        return None

    def install_race(self, monkeypatch) -> None:
        """Another program saves the file while this one writes its temp file (after reading it)."""
        target = self.colleague_target()
        real = file_io.write_temp
        fired: list[bool] = []

        def colleague_meanwhile(dest, data):
            name = real(dest, data)
            if not fired and Path(dest) == file_io.real_path(target):
                fired.append(True)
                self.colleague_writes()
            return name

        monkeypatch.setattr(file_io, "write_temp", colleague_meanwhile)
        monkeypatch.setattr(export_files, "write_temp", colleague_meanwhile)

    def colleague_writes(self) -> None:
        target = self.colleague_target()
        assert target is not None
        other = target.with_name(".colleague")
        other.write_bytes(self.colleague_bytes())
        os.replace(other, target)

    def colleague_bytes(self) -> bytes:
        return article_file.dumps(make_article(COLLEAGUE, 3)).encode("utf-8")

    def check_colleague_kept(self) -> None:
        target = self.colleague_target()
        assert target is not None and target.read_bytes() == self.colleague_bytes(), "the colleague's save was overwritten"

    def before_readonly(self) -> None:
        """Close what the writer holds open for writing (a remount read-only waits for none)."""
        return None  # this writer adds nothing here

    def close(self) -> None:
        """Let go of what the writer holds open (most writers hold nothing between writes)."""
        return None  # this writer adds nothing here


class ArticleSave(Writer):
    """File › Save: the session writes the article, its previous version becoming NAME.article.bak."""

    name = "article"
    shared = True

    def setup(self) -> None:
        from editor.session.article_session import ArticleSession
        from tests.session.session_helpers import FakeView

        self.path = self.desk / "mua.article"
        self.bak = self.desk / "mua.article.bak"
        article_file.save(make_article("Bản trước nữa"), self.bak)
        article_file.save(make_article("Bản cũ"), self.path)
        self.old = self.path.read_bytes()
        self.session = ArticleSession()
        self.session.open(self.path)
        self.session.article.headline = "Bản mới"
        self.session.mark_modified()
        self.view = FakeView()

    def write(self) -> str | None:
        return None if save_or_report(self.session, self.view, None) else self.view.errors[-1]

    def new_complete(self, rel: str, data: bytes) -> bool:
        if rel == "desk/mua.article":
            return headline_of(data) == "Bản mới"
        return rel == "desk/mua.article.bak" and data == self.old

    def allowed_after_failure(self, rel: str, data: bytes) -> bool:
        return rel == "desk/mua.article.bak" and data == self.old  # the backup already holds the file's version

    def consistent(self) -> None:
        if headline_of(self.path.read_bytes()) == "Bản mới":
            assert self.bak.read_bytes() == self.old, "saved without keeping the previous version"

    def check_written(self) -> None:
        assert headline_of(self.path.read_bytes()) == "Bản mới" and self.bak.read_bytes() == self.old
        assert not self.session.modified

    def check_kept(self) -> None:
        assert self.session.modified and self.session.article.headline == "Bản mới"

    def colleague_target(self) -> Path:
        return self.path


class BackupCopy(ArticleSave):
    """The same save on a file system without hard links (FAT, some shares): the backup is a copy."""

    name = "backup (copy)"

    def setup(self) -> None:
        super().setup()
        self._link = os.link

        def no_links(*_args, **_kwargs):
            raise OSError(errno.EPERM, os.strerror(errno.EPERM))

        os.link = no_links

    def close(self) -> None:
        os.link = self._link


class JournalWrite(Writer):
    """Autosave: the whole unsaved article as this program's recovery entry."""

    name = "journal"

    def setup(self) -> None:
        self.journal = Journal(self.home / "data" / "recovery", owner="thu-nghiem")
        self.key = self.journal.write(make_article("Bản cũ"), self.desk / "mua.article", None)
        self.entry = self.journal._entry_file(self.key)
        self.article = make_article("Bản mới")

    def write(self) -> str | None:
        try:
            self.journal.write(self.article, self.desk / "mua.article", None)
        except ArticleFileError as exc:
            return error_text(exc)
        return None

    def new_complete(self, rel: str, data: bytes) -> bool:
        entry = read_entry(self.root / rel)
        return entry is not None and entry.article.headline == "Bản mới"

    def check_written(self) -> None:
        assert read_entry(self.entry).article.headline == "Bản mới"

    def check_kept(self) -> None:
        assert self.article.headline == "Bản mới"

    def colleague_target(self) -> Path:
        return self.entry

    def before_readonly(self) -> None:
        self.journal.close()

    def close(self) -> None:
        self.journal.close()


class HistorySnapshot(Writer):
    """Every save keeps a snapshot of the article in the history."""

    name = "history"

    def setup(self) -> None:
        self.history = History(self.home / "data" / "history")
        self.history.add(make_article("Bản cũ"))
        self.article = make_article("Bản mới")

    def write(self) -> str | None:
        try:
            self.history.add(self.article)
        except ArticleFileError as exc:
            return error_text(exc)
        return None

    def new_complete(self, rel: str, data: bytes) -> bool:
        try:
            return json.loads(data)["article"]["headline"] == "Bản mới"
        except (ValueError, KeyError, TypeError):
            return False

    def consistent(self) -> None:
        files = list(self.history.folder(self.article.id).glob("*.json"))
        assert len(self.history.list(self.article.id)) == len(files), "a damaged snapshot"

    def check_written(self) -> None:
        assert [s.headline for s in self.history.list(self.article.id)] == ["Bản mới", "Bản cũ"]


class OutboxAdd(Writer):
    """File › Send to Colleague… while offline: the message waits in the outbox (its bytes, then its sidecar)."""

    name = "outbox (new message)"

    def setup(self) -> None:
        from editor.session.outbox import Outbox

        self.outbox = Outbox(self.home / "data" / "outbox")
        self.first = self.outbox.add(b"Subject: cu\r\n\r\nBan cu\r\n", "desk@example.vn", ["a@example.vn"], "cũ")
        self.message = b"Subject: moi\r\n\r\n" + b"Ban moi, dai.\r\n" * 2000

    def write(self) -> str | None:
        try:
            self.outbox.add(self.message, "desk@example.vn", ["b@example.vn"], "mới")
        except TemplatedError as exc:
            return error_text(exc)
        return None

    def new_complete(self, rel: str, data: bytes) -> bool:
        if rel.endswith(".eml"):
            return data == self.message
        try:
            return json.loads(data)["subject"] == "mới"
        except (ValueError, KeyError):
            return False

    def consistent(self) -> None:
        for entry in self.outbox.entries():
            assert self.outbox.message_bytes(entry.id) in (self.message, b"Subject: cu\r\n\r\nBan cu\r\n")

    def check_written(self) -> None:
        assert [e.subject for e in self.outbox.entries()] == ["cũ", "mới"]


class OutboxStatus(Writer):
    """Outbox › Retry: a failed message's sidecar goes back to "queued"."""

    name = "outbox (status)"

    def setup(self) -> None:
        from editor.session.outbox import FAILED, Outbox

        self.outbox = Outbox(self.home / "data" / "outbox")
        entry = self.outbox.add(b"Subject: cu\r\n\r\nBan cu\r\n", "desk@example.vn", ["a@example.vn"], "cũ")
        self.entry = self.outbox._update(entry, status=FAILED, last_error="x" * 20000)
        self.sidecar = self.outbox._sidecar(entry.id)

    def write(self) -> str | None:
        try:
            self.outbox.retry(self.entry.id)
        except TemplatedError as exc:
            return error_text(exc)
        return None

    def new_complete(self, rel: str, data: bytes) -> bool:
        try:
            return json.loads(data)["status"] == "queued"
        except (ValueError, KeyError):
            return False

    def check_written(self) -> None:
        assert self.outbox.get(self.entry.id).status == "queued"

    def colleague_target(self) -> Path:
        return self.sidecar


class SettingsWrite(Writer):
    """The settings file (QSettings writes it, in C++)."""

    name = "settings"
    python_writes = False
    merges = True

    def setup(self) -> None:
        from editor.settings import Settings

        self.path = self.home / "config" / "articledesk.ini"
        self.settings = Settings(self.path)
        self._store("vi", 1)
        assert self.settings.sync() is None
        self.old = self.path.read_bytes()

    def _store(self, language: str, round_: int) -> None:
        self.settings.set_value("ui/language", language)
        self.settings.set_value("files/recent", [f"/tin/{round_}/{i}.article" for i in range(10)])
        self.settings.set_value("window/geometry", __import__("PySide6.QtCore").QtCore.QByteArray(bytes(range(256)) * 40))

    def write(self, round_: int = 2) -> str | None:
        self._store("en" if round_ % 2 == 0 else "vi", round_)
        if self.race is not None:
            self.race()
        failure = self.settings.sync()
        return None if failure is None else error_text(failure)

    race = None

    @staticmethod
    def _on_disk(data: bytes) -> configparser.ConfigParser:
        """The INI file as another program reads it (QSettings would answer from its cache in this process)."""
        ini = configparser.ConfigParser(interpolation=None, strict=False)
        ini.read_string(data.decode("utf-8"))
        return ini

    def new_complete(self, rel: str, data: bytes) -> bool:
        try:
            ini = self._on_disk(data)
            recent = ini.get("files", "recent").split(", ")
            geometry = ini.get("window", "geometry").strip('"')
            return (ini.get("ui", "language") in ("en", "vi") and len(recent) == 10 and recent[-1].endswith("/9.article")
                    and geometry.startswith("@ByteArray(") and geometry.endswith(")") and len(geometry) > 10240)
        except (configparser.Error, UnicodeDecodeError, ValueError):
            return False

    def check_written(self) -> None:
        assert self._on_disk(self.path.read_bytes()).get("ui", "language") == "en"

    def is_leftover(self, rel: str) -> bool:
        return re.fullmatch(r"home/config/articledesk\.ini\.\w{6}", rel) is not None  # QSaveFile's temp file

    def colleague_writes(self) -> None:
        from editor.settings import Settings

        other = Settings(self.path)  # another ArticleDesk window: its own change of another key
        other.set_value("export/format", "pdf")
        assert other.sync() is None

    def check_colleague_kept(self) -> None:

        ini = self._on_disk(self.path.read_bytes())
        assert ini.get("export", "format") == "pdf" and ini.get("ui", "language") == "en"


class DeskWords(Writer):
    """Add to Desk Dictionary, with a built-in pack in use: the word goes to the user's word list."""

    name = "desk word list"
    shared = True

    def setup(self) -> None:
        from editor.places import user_words_file

        self.path = user_words_file("vi")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.old_words = "".join(f"từ{i}\n" for i in range(300))
        self.path.write_text(self.old_words, encoding="utf-8")
        self.pack = SimpleNamespace(path=str(self.desk / "no-such-pack.toml"), language="vi")

    def write(self) -> str | None:
        from editor.session.desk_words import add_word

        try:
            add_word(self.pack, "Đắk Nông")
        except TemplatedError as exc:
            return error_text(exc)
        return None

    def new_complete(self, rel: str, data: bytes) -> bool:
        text = data.decode("utf-8", "replace")
        return "Đắk Nông" in text.splitlines() and text.count("\n") == 301

    def check_written(self) -> None:
        assert "Đắk Nông" in self.path.read_text(encoding="utf-8").splitlines()

    def colleague_target(self) -> Path:
        return self.path

    def colleague_bytes(self) -> bytes:
        return (self.old_words + "Buôn Ma Thuột\n").encode("utf-8")

    def close(self) -> None:
        from editor.model.house_style import spelling

        spelling.set_user_words("vi", [])


class AddressBookAdd(Writer):
    """A contact kept in the address book (two windows share it)."""

    name = "address book"
    merges = True

    def setup(self) -> None:
        from editor.session.address_book import AddressBook

        self.book = AddressBook(self.home / "data" / "address-book.json")
        for i in range(50):
            self.book.add_contact(f"Phóng viên {i} <pv{i}@example.vn>")
        self.path = self.book.path

    def write(self) -> str | None:
        try:
            self.book.add_contact("Nguyễn Văn Hòa <hoa@example.vn>")
        except TemplatedError as exc:
            return error_text(exc)
        return None

    def _contacts(self, data: bytes) -> list[str] | None:
        try:
            return json.loads(data)["contacts"]
        except (ValueError, KeyError, TypeError):
            return None

    def new_complete(self, rel: str, data: bytes) -> bool:
        contacts = self._contacts(data)
        return contacts is not None and len(contacts) == 51 and contacts[-1].endswith("<hoa@example.vn>")

    def check_written(self) -> None:
        assert self.book.contacts()[-1] == "Nguyễn Văn Hòa <hoa@example.vn>" and len(self.book.contacts()) == 51

    def colleague_target(self) -> Path:
        return self.path

    def colleague_writes(self) -> None:
        """The other window's save of its new contact, renamed over the file (it does not wait for this one's
        folder lock: it took the lock before, and its rename lands while this one writes)."""
        data = json.loads(self.path.read_bytes())
        data["contacts"].append("Trần Thị Lan <lan@example.vn>")
        other = self.path.with_name(".other-window")
        other.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(other, self.path)

    def check_colleague_kept(self) -> None:
        assert "Trần Thị Lan <lan@example.vn>" in self.book.contacts()
        assert "Nguyễn Văn Hòa <hoa@example.vn>" in self.book.contacts()


class LibraryRename(Writer):
    """Library › Rename: the article file and its backup get a new name in their folder."""

    name = "library rename"
    shared = True
    needs_space = False  # a rename takes no room: a full disk still takes it
    refused_because = r"a file with that name already exists"

    def setup(self) -> None:
        self.old_path = self.desk / "cu.article"
        self.new_path = self.desk / "mới.article"
        article_file.save(make_article("Bản cũ"), self.old_path)
        article_file.save(make_article("Bản trước"), self.desk / "cu.article.bak")
        self.data = {"article": self.old_path.read_bytes(), "article.bak": (self.desk / "cu.article.bak").read_bytes()}

    def write(self) -> str | None:
        from editor.model import library

        try:
            library.rename(self.old_path, "mới")
        except ArticleFileError as exc:
            return error_text(exc)
        return None

    def new_complete(self, rel: str, data: bytes) -> bool:
        return rel.startswith("desk/mới.") and self.data.get(rel.split(".", 1)[1]) == data

    def may_vanish(self, rel: str) -> bool:
        return rel.startswith("desk/cu.") and (self.root / rel.replace("/cu.", "/mới.")).exists()

    def consistent(self) -> None:
        assert self.old_path.exists() or self.new_path.exists(), "the article is under neither name"

    def check_written(self) -> None:
        assert self.new_path.read_bytes() == self.data["article"] and not self.old_path.exists()
        assert (self.desk / "mới.article.bak").read_bytes() == self.data["article.bak"]

    def colleague_target(self) -> Path:
        return self.new_path

    def install_race(self, monkeypatch) -> None:
        """A colleague saves a file of the new name after the check that the name is free."""
        from editor.model import library

        real_exists = Path.exists
        checked: list[bool] = []

        def exists(path: Path) -> bool:
            answer = real_exists(path)
            if path == self.new_path and not checked:
                checked.append(True)
                self.colleague_writes()
            return answer

        monkeypatch.setattr(library.Path, "exists", exists)


class LibraryDuplicate(Writer):
    """Library › Duplicate: a copy of the article beside it, under the first free name."""

    name = "library duplicate"
    merges = True  # a file saved under the copy's name meanwhile stays; the copy takes the next name

    def setup(self) -> None:
        self.path = self.desk / "bao.article"
        article_file.save(make_article("Bản cũ"), self.path)
        self.copy = self.desk / "bao (copy).article"

    def write(self) -> str | None:
        from editor.model import library

        try:
            self.made = library.duplicate(self.path, "bao (copy)")
        except ArticleFileError as exc:
            return error_text(exc)
        return None

    def new_complete(self, rel: str, data: bytes) -> bool:
        return rel.startswith("desk/bao (copy)") and headline_of(data) == "Bản cũ"

    def check_written(self) -> None:
        copies = sorted(self.desk.glob("bao (copy)*.article"))
        assert [headline_of(p.read_bytes()) for p in copies if p != self.copy or not self.raced] == ["Bản cũ"]

    raced = False

    def colleague_target(self) -> Path:
        return self.copy

    def install_race(self, monkeypatch) -> None:
        """A colleague saves a file of the copy's name after the check that it is free."""
        from editor.model import library

        real_exists = Path.exists

        def exists(path: Path) -> bool:
            answer = real_exists(path)
            if path == self.copy and not self.raced:
                self.raced = True
                self.colleague_writes()
            return answer

        monkeypatch.setattr(library.Path, "exists", exists)

    def check_colleague_kept(self) -> None:
        assert self.copy.read_bytes() == self.colleague_bytes()
        assert self.made == self.desk / "bao (copy) 2.article"
        self.check_written()


class Export(Writer):
    """File › Export… in one format: rendered in memory (PDF's bookmarks added there too), written at once."""

    shared = False

    def __init__(self, root: Path, fmt: str) -> None:
        super().__init__(root)
        self.fmt = fmt
        self.name = f"export {fmt}"

    def setup(self) -> None:
        from editor.session.exporting import render, write_export
        from exports.formats import FORMATS

        (self.desk / "a.png").write_bytes(png_bytes(8, 6))
        (self.desk / "b.jpg").write_bytes(jpeg_bytes())
        out = self.desk / "out"
        out.mkdir(exist_ok=True)
        self.target = out / f"tin{FORMATS[self.fmt].extension}"
        old = render(make_article("Bản cũ", pictures=True), self.fmt, self.desk, target=self.target)
        self.new = render(make_article("Bản mới", pictures=True), self.fmt, self.desk, target=self.target)
        write_export(self.target, old)
        self.new_files = self._files(self.new)

    def _files(self, data) -> dict[str, bytes]:
        from exports.companions import ExportFiles

        if isinstance(data, ExportFiles):
            return {f"desk/out/{name}": picture for name, picture in data.beside} | {
                f"desk/out/{self.target.name}": data.main}
        return {f"desk/out/{self.target.name}": data}

    def write(self) -> str | None:
        from editor.session.export_job import FAILED, ExportJob

        job = ExportJob(lambda: self.new, self.target)
        job.run()
        return job.error if job.outcome == FAILED else None

    def new_complete(self, rel: str, data: bytes) -> bool:
        return self.new_files.get(rel) == data

    def consistent(self) -> None:
        from exports.companions import referenced_pictures

        if self.fmt == "nitf":
            main = self.target.read_bytes()
            for name in referenced_pictures(self.target.stem, main):
                assert (self.target.parent / name).is_file(), f"the XML names {name}, which is missing"

    def check_written(self) -> None:
        for rel, data in self.new_files.items():
            assert (self.root / rel).read_bytes() == data

    def colleague_target(self) -> Path:
        return self.target

    def may_vanish(self, rel: str) -> bool:
        return False


def export_writer(fmt: str):
    def make(root: Path) -> Export:
        return Export(root, fmt)

    make.name = f"export {fmt}"  # type: ignore[attr-defined]
    return make


WRITERS = [ArticleSave, BackupCopy, JournalWrite, HistorySnapshot, OutboxAdd, OutboxStatus, SettingsWrite, DeskWords,
           AddressBookAdd, LibraryRename, LibraryDuplicate,
           *(export_writer(fmt) for fmt in ("txt", "html", "docx", "pdf", "nitf"))]


# ------------------------------------------------------------------ the faults


def _under(root: Path, path) -> bool:
    try:
        return os.path.realpath(path).startswith(str(root.resolve()) + os.sep)
    except (TypeError, ValueError):
        return False


def _fd_under(root: Path, fd: int) -> bool:
    try:
        return _under(root, os.readlink(f"/proc/self/fd/{fd}"))
    except OSError:
        return False


def _writing(mode: str) -> bool:
    return any(c in mode for c in "wax+")


class _Failing:
    """A file object whose writes fail with ``code`` (the disk filled up while writing)."""

    def __init__(self, fh, code: int) -> None:
        self._fh, self._code = fh, code

    def write(self, _data) -> int:
        raise OSError(self._code, os.strerror(self._code))

    def __getattr__(self, name):
        return getattr(self._fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._fh.close()


def _wrap_written_files(monkeypatch, root: Path, wrapper: type) -> None:
    """Every file opened for writing under ``root`` (by path or by descriptor) comes wrapped in ``wrapper``."""
    real_fdopen, real_open = os.fdopen, builtins.open

    def fdopen(fd, mode="r", *args, **kwargs):
        fh = real_fdopen(fd, mode, *args, **kwargs)
        return wrapper(fh, errno.ENOSPC) if _writing(mode) and _fd_under(root, fd) else fh

    def open_(file, mode="r", *args, **kwargs):
        fh = real_open(file, mode, *args, **kwargs)
        writing = _writing(mode) and not isinstance(file, int) and _under(root, file)
        return wrapper(fh, errno.ENOSPC) if writing else fh

    monkeypatch.setattr(os, "fdopen", fdopen)
    monkeypatch.setattr(builtins, "open", open_)
    monkeypatch.setattr(io, "open", open_)


def inject_full_at_write(monkeypatch, root: Path) -> None:
    _wrap_written_files(monkeypatch, root, _Failing)


class _FullAtFlush(_Failing):
    """Writes go to the buffer; pushing them to the disk fails (where a full disk shows up for small writes)."""

    def write(self, data) -> int:
        return self._fh.write(data)

    def flush(self) -> None:
        raise OSError(self._code, os.strerror(self._code))


def inject_full_at_flush(monkeypatch, root: Path) -> None:
    _wrap_written_files(monkeypatch, root, _FullAtFlush)


def inject_full_at_fsync(monkeypatch, root: Path) -> None:
    real = os.fsync

    def fsync(fd):
        if _fd_under(root, fd) and not os.path.isdir(os.readlink(f"/proc/self/fd/{fd}")):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def inject_read_only(code: int):
    """Every change below the folder fails with ``code``, as for a user who may not write there."""

    def inject(monkeypatch, root: Path) -> None:
        def refuse(real, *path_args):
            def wrapper(*args, **kwargs):
                if any(_under(root, args[i]) for i in path_args if i < len(args)):
                    raise OSError(code, os.strerror(code), str(args[0]))
                return real(*args, **kwargs)
            return wrapper

        write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
        real_os_open, real_open = os.open, builtins.open

        def os_open(path, flags, *args, **kwargs):
            if flags & write_flags and _under(root, path):
                raise OSError(code, os.strerror(code), str(path))
            return real_os_open(path, flags, *args, **kwargs)

        def open_(file, mode="r", *args, **kwargs):
            if _writing(mode) and not isinstance(file, int) and _under(root, file):
                raise OSError(code, os.strerror(code), str(file))
            return real_open(file, mode, *args, **kwargs)

        monkeypatch.setattr(os, "open", os_open)
        monkeypatch.setattr(builtins, "open", open_)
        monkeypatch.setattr(io, "open", open_)
        for name, args in (("replace", (0, 1)), ("rename", (0, 1)), ("link", (0, 1)), ("unlink", (0,)),
                           ("remove", (0,)), ("mkdir", (0,)), ("rmdir", (0,)), ("chmod", (0,)), ("utime", (0,))):
            monkeypatch.setattr(os, name, refuse(getattr(os, name), *args))

    return inject


FILLER = "zz-filler"


def fill_up(folder: Path) -> None:
    """Fill the file system of ``folder`` to the last byte."""
    fd = os.open(folder / FILLER, os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for size in (1 << 20, 1 << 16, 4096, 512, 1):
            block = b"\0" * size
            while True:
                try:
                    os.write(fd, block)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC
                    break
    finally:
        os.close(fd)


@pytest.fixture
def disk(tmp_path):
    """A tmpfs of 8 MB that the test can fill or make read-only (mounting needs root); unmounted after."""
    with mounted_tmpfs(tmp_path / "disk", "8m") as folder:
        yield folder


FULL = r"the disk is full"
DENIED = r"(?i)permission denied|read-only"


def assert_one_sentence(message: str | None, reason: str) -> None:
    assert message, "the write failed silently"
    assert "\n" not in message and message.endswith("."), message
    assert len(re.findall(r"[.!?](?:\s|$)", message)) == 1 or message.count("“") >= 1, message
    assert re.search(reason, message), f"{message!r} does not say {reason!r}"


def check_failed(writer: Writer, before: dict[str, bytes], message: str | None, reason: str) -> None:
    assert_one_sentence(message, reason)
    after = snapshot(writer.root)
    for rel in sorted(set(before) | set(after)):
        if before.get(rel) != after.get(rel):
            assert rel in after and writer.allowed_after_failure(rel, after[rel]), \
                f"{rel}: {'left behind' if rel not in before else 'changed' if rel in after else 'lost'}"
    writer.consistent()
    writer.check_kept()


def check_crashed(writer: Writer, before: dict[str, bytes]) -> None:
    after = snapshot(writer.root)
    for rel, data in after.items():
        if writer.is_leftover(rel) or before.get(rel) == data:
            continue
        assert writer.new_complete(rel, data) or writer.allowed_after_failure(rel, data), f"{rel} is half-written"
    for rel in set(before) - set(after):
        assert writer.may_vanish(rel), f"{rel} was lost"
    writer.consistent()


# ------------------------------------------------------------------ the table


def writer_id(make) -> str:
    return make.name


@pytest.fixture
def fresh(tmp_path, qapp, monkeypatch):
    """Makes writers in a folder of their own; closes them after."""
    made: list[Writer] = []
    monkeypatch.setenv("ARTICLEDESK_HOME", os.environ["ARTICLEDESK_HOME"])  # restored after the test

    def make(factory, root: Path) -> Writer:
        writer = factory(root)
        made.append(writer)
        writer.setup()
        return writer

    yield make
    for writer in made:
        writer.close()


INJECTED = [
    ("disk full while writing", inject_full_at_write, FULL),
    ("disk full at flush", inject_full_at_flush, FULL),
    ("disk full at fsync", inject_full_at_fsync, FULL),
    ("read-only folder (EACCES)", inject_read_only(errno.EACCES), DENIED),
    ("read-only disk (EROFS)", inject_read_only(errno.EROFS), DENIED),
]


@pytest.mark.parametrize("make", WRITERS, ids=writer_id)
@pytest.mark.parametrize(("fault", "inject", "reason"), INJECTED, ids=[f[0] for f in INJECTED])
def test_an_injected_fault_changes_nothing_and_says_why(make, fault, inject, reason, fresh, tmp_path, monkeypatch):
    writer = fresh(make, tmp_path / "w")
    if not writer.python_writes:
        pytest.skip("Qt writes this file in C++: no Python call to fail (the real full and read-only disks cover it)")
    before = snapshot(writer.root)
    with monkeypatch.context() as patch:
        inject(patch, writer.root)
        message = writer.write()
    if reason == FULL and not writer.needs_space:
        assert message is None, message
        writer.check_written()
        return
    check_failed(writer, before, message, reason)


@pytest.mark.parametrize("make", WRITERS, ids=writer_id)
def test_a_really_full_disk_changes_nothing_and_says_why(make, fresh, disk):
    writer = fresh(make, disk)
    before = snapshot(writer.root)
    fill_up(disk)
    message = writer.write()
    if message is None:  # a save whose backup freed the room it needed (hard links): it must be complete
        (disk / FILLER).unlink()
        writer.check_written()
        return
    check_failed(writer, before, message, FULL)


@pytest.mark.parametrize("make", WRITERS, ids=writer_id)
def test_a_really_read_only_disk_changes_nothing_and_says_why(make, fresh, disk):
    writer = fresh(make, disk)
    before = snapshot(writer.root)
    writer.before_readonly()
    done = subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True)
    assert done.returncode == 0, done.stderr
    try:
        message = writer.write()
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], capture_output=True)
    check_failed(writer, before, message, DENIED)


@pytest.mark.parametrize("make", WRITERS, ids=writer_id)
def test_a_file_replaced_underneath_is_never_lost(make, fresh, tmp_path, monkeypatch):
    """Another program saves the file after this one read it, while the new text is being written."""
    writer = fresh(make, tmp_path / "w")
    target = writer.colleague_target()
    if isinstance(writer, SettingsWrite):
        writer.race = writer.colleague_writes
    elif target is None:
        pytest.skip("a new file of its own: nobody else writes it")
    else:
        writer.install_race(monkeypatch)
    message = writer.write()
    if writer.shared:
        assert_one_sentence(message, writer.refused_because)
        writer.check_colleague_kept()
        writer.check_kept()
    elif writer.merges:  # both changes kept
        assert message is None
        writer.check_colleague_kept()
    else:  # the program's own file, or one the user chose to replace: the new version, complete
        assert message is None
        writer.check_written()
    assert not [p for p in snapshot(writer.root) if is_temp(p)]


# ------------------------------------------------------------------ killed in the middle


class _Crash:
    """In a forked child: count file operations and SIGKILL the process at the ``at``-th (None: count only).
    A write is cut in half: the first half reaches the file, then the process dies."""

    def __init__(self, at: int | None) -> None:
        self.at, self.count = at, 0

    def tick(self, fd: int | None = None, data: bytes | None = None) -> None:
        self.count += 1
        if self.count == self.at:
            if fd is not None and data:
                os.write(fd, bytes(data[: max(1, len(data) // 2)]))
            os.kill(os.getpid(), signal.SIGKILL)

    def install(self) -> None:
        crash = self

        class Cut:
            def __init__(self, fh) -> None:
                self._fh = fh

            def write(self, data):
                self._fh.flush()
                crash.tick(self._fh.fileno(), data)
                return self._fh.write(data)

            def __getattr__(self, name):
                return getattr(self._fh, name)

            def __enter__(self):
                return self

            def __exit__(self, *exc) -> None:
                self._fh.close()

        real_fdopen, real_open = os.fdopen, builtins.open

        def fdopen(fd, mode="r", *args, **kwargs):
            fh = real_fdopen(fd, mode, *args, **kwargs)
            return Cut(fh) if _writing(mode) else fh

        def open_(file, mode="r", *args, **kwargs):
            fh = real_open(file, mode, *args, **kwargs)
            return Cut(fh) if _writing(mode) and not isinstance(file, int) else fh

        def ticking(real):
            def wrapper(*args, **kwargs):
                crash.tick()
                return real(*args, **kwargs)
            return wrapper

        os.fdopen, builtins.open, io.open = fdopen, open_, open_
        for name in ("fsync", "replace", "rename", "link", "unlink", "mkdir", "chmod"):
            setattr(os, name, ticking(getattr(os, name)))
        tempfile.mkstemp = ticking(tempfile.mkstemp)


def run_in_child(writer: Writer, crash: _Crash | None, loop: bool = False) -> tuple[int, str]:
    """Run the write in a forked child; (the child's exit status, what it reported)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            if crash is not None:
                crash.install()
            if loop:
                for round_ in range(2, 10_000):
                    writer.write(round_)
            message = writer.write()
            os.write(write_end, f"{crash.count if crash else 0}\n{message or ''}".encode())
            os._exit(0)
        except BaseException:  # noqa: BLE001 - reported to the parent
            os.write(write_end, traceback.format_exc().encode())
            os._exit(3)
    os.close(write_end)
    chunks = []
    if loop:
        time.sleep(random.Random(pid).uniform(0.02, 0.4))
        os.kill(pid, signal.SIGKILL)
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    return status, b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("make", WRITERS, ids=writer_id)
def test_killed_at_any_moment_leaves_the_old_file_or_the_new_one(make, fresh, tmp_path):
    writer = fresh(make, tmp_path / "first")
    if not writer.python_writes:  # Qt writes it: kill a write loop at random moments instead
        for attempt in range(6):
            writer = fresh(make, tmp_path / f"loop{attempt}")
            before = snapshot(writer.root)
            status, report = run_in_child(writer, None, loop=True)
            assert os.WIFSIGNALED(status), report
            check_crashed(writer, before)
        return
    status, report = run_in_child(writer, _Crash(None))
    assert status == 0, report
    steps = int(report.split("\n")[0])
    assert steps >= 2  # at least: the temp file or link, and the rename or unlink
    for at in range(1, steps + 1):
        writer = fresh(make, tmp_path / f"at{at}")
        before = snapshot(writer.root)
        status, report = run_in_child(writer, _Crash(at))
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, f"step {at}: {report}"
        check_crashed(writer, before)


class NaiveWrite(Writer):
    """A write straight over the file (no temp file, no rename): what the harness must catch."""

    name = "naive"

    def setup(self) -> None:
        self.path = self.desk / "mua.article"
        article_file.save(make_article("Bản cũ"), self.path)

    def write(self) -> str | None:
        with open(self.path, "wb") as fh:
            fh.write(article_file.dumps(make_article("Bản mới")).encode("utf-8"))
        return None

    def new_complete(self, rel: str, data: bytes) -> bool:
        return headline_of(data) == "Bản mới"


def test_the_harness_catches_a_write_that_is_not_atomic(fresh, tmp_path, monkeypatch):
    writer = fresh(NaiveWrite, tmp_path / "w")
    before = snapshot(writer.root)
    status, report = run_in_child(writer, _Crash(1))  # killed half-way through its one write
    assert os.WIFSIGNALED(status), report
    with pytest.raises(AssertionError, match="half-written"):
        check_crashed(writer, before)
    writer = fresh(NaiveWrite, tmp_path / "v")
    before = snapshot(writer.root)
    with monkeypatch.context() as patch:
        inject_full_at_write(patch, writer.root)
        with pytest.raises(OSError):
            writer.write()
    with pytest.raises(AssertionError):
        check_failed(writer, before, "Cannot save “mua.article”: the disk is full.", FULL)


# ------------------------------------------------------------------ the window tells


def test_the_window_says_when_its_settings_cannot_be_written(qtbot, tmp_path, monkeypatch):
    """Qt's own write of the settings fails (here: a file stands where their folder should be); the
    window says so once in its status bar, and says it again only for another failure."""
    from editor.app import create_main_window
    from editor.settings import Settings

    (tmp_path / "config").write_text("a file, not a folder")
    path = tmp_path / "config" / "articledesk.ini"
    window = create_main_window(None, Settings(path))
    qtbot.addWidget(window)
    monkeypatch.setattr(window.dialogs, "show_info", lambda message: None)
    monkeypatch.setattr(window.dialogs, "ask_save_changes", lambda name: "discard")
    window.set_interface_language("en" if window.settings.value("ui/language") != "en" else "vi")
    shown = window.statusBar().currentMessage()
    assert shown.startswith(f"Cannot save “{path}”: ")
    assert_one_sentence(shown, r"[Nn]ot a directory|does not exist")
    window.statusBar().clearMessage()
    window.settings.set_value("export/format", "pdf")
    assert window.settings.sync() is not None
    assert window.statusBar().currentMessage() == ""  # the same failure is not repeated at every sync


def test_a_message_whose_sidecar_cannot_be_written_leaves_nothing_in_the_outbox(tmp_path, monkeypatch):
    """The disk fills up between the message's bytes and its sidecar: the bytes go too, and the user is told."""
    from editor.session.outbox import Outbox

    outbox = Outbox(tmp_path / "outbox")
    real = file_io.write_temp

    def full_at_the_sidecar(target, data):
        if target.suffix == ".json":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(target, data)

    monkeypatch.setattr(file_io, "write_temp", full_at_the_sidecar)
    with pytest.raises(ArticleFileError) as caught:
        outbox.add(b"Subject: x\r\n\r\nx\r\n", "desk@example.vn", ["a@example.vn"], "x")
    assert_one_sentence(error_text(caught.value), FULL)
    assert list(outbox.folder.iterdir()) == []
