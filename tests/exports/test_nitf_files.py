"""NITF's management-status follows the desk status, and its photos are files beside the XML
(``NAME-1.jpg`` next to ``NAME.xml``), never base64 inside it (issue 14, point 7)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import unquote

import pytest
from lxml import etree

from editor.model import article_file as af
from editor.model.article import STATUSES, Article, Block
from editor.resources import resource_path
from exports.companions import picture_reference, referenced_pictures
from exports.nitf import MANAGEMENT_STATUS, NITF_NS, article_to_nitf, nitf_files
from tests.exports.fixtures import png_bytes
from tests.exports.test_nitf import assert_content_model

N = {"n": NITF_NS}
ROOT = Path(__file__).resolve().parent.parent.parent
NOW = datetime(2026, 3, 20, 9, 0, tzinfo=timezone.utc)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4 + b"\xff\xd9"


def sample() -> Article:
    return af.load(resource_path("samples", "sample-vi.article"))


def status_of(article: Article, now: datetime = NOW) -> tuple[str, str | None]:
    docdata = etree.fromstring(article_to_nitf(article, now=now)).find("n:head/n:docdata", N)
    release = docdata.find("n:date.release", N)
    return docdata.get("management-status"), None if release is None else release.get("norm")


def test_every_desk_status_has_a_management_status():
    assert set(MANAGEMENT_STATUS) == set(STATUSES)
    assert set(MANAGEMENT_STATUS.values()) <= {"usable", "embargoed", "withheld", "canceled"}


@pytest.mark.parametrize(("status", "expected"), [("draft", "withheld"), ("ready", "usable"), ("sent", "usable")])
def test_management_status_follows_the_article_status(status, expected):
    a = sample()  # published 12/03/2026, before NOW
    a.status = status
    assert status_of(a) == (expected, None)


def test_a_ready_article_whose_publication_is_ahead_is_embargoed_until_then():
    a = sample()
    a.status = "ready"
    before = datetime(2026, 3, 12, 11, 39, tzinfo=timezone.utc)  # 18:39 in Hà Nội, a minute before publication
    assert status_of(a, before) == ("embargoed", "20260312T184000+0700")
    assert status_of(a, before + timedelta(minutes=2)) == ("usable", None)
    a.status = "draft"  # a draft stays withheld, whatever its date
    assert status_of(a, before) == ("withheld", None)


def test_an_unknown_status_is_not_usable():
    a = sample()
    a.status = "archived"  # a hand-edited file
    assert status_of(a)[0] == "withheld"


def _pictures_article(folder: Path) -> Article:
    (folder / "a.png").write_bytes(png_bytes(8, 6))
    (folder / "b.jpg").write_bytes(JPEG)
    a = sample()
    a.status = "ready"
    a.body[1:1] = [Block(type="image", src="a.png", caption="Ảnh một", alt="Một"),
                   Block(type="image", src="b.jpg", caption="Ảnh hai", credit="BT", alt="Hai"),
                   Block(type="image", src="a.png", caption="Lại ảnh một", alt="Một lần nữa"),
                   Block(type="image", src="https://example.org/c.jpg", caption="Từ xa")]
    return a


def test_pictures_are_files_named_after_the_xml_and_referenced_by_it(tmp_path):
    files = nitf_files(_pictures_article(tmp_path), base_dir=tmp_path, name="bài viết", now=NOW)
    assert dict(files.beside) == {"bài viết-1.png": png_bytes(8, 6), "bài viết-2.jpg": JPEG}  # one file per photo
    root = etree.fromstring(files.main)
    assert_content_model(root)
    refs = [(r.get("source"), r.get("mime-type")) for r in root.iterfind(".//n:media-reference", N)]
    assert refs == [("bài%20viết-1.png", "image/png"), ("bài%20viết-2.jpg", "image/jpeg"),
                    ("bài%20viết-1.png", "image/png"), ("https://example.org/c.jpg", None)]
    assert {unquote(s) for s, _ in refs[:3]} == set(dict(files.beside))
    assert root.find(".//n:media-object", N) is None
    assert b"base64" not in files.main and b"iVBORw0KGgo" not in files.main  # no PNG in base64 either
    assert referenced_pictures("bài viết", files.main) == set(dict(files.beside))
    assert picture_reference("a b#%?&'.jpg") == "a%20b%23%25%3F%26%27.jpg"


def run_cli(*args: str) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "articledesk"
    cmd = [str(exe)] if exe.exists() else [sys.executable, str(ROOT / "main.py")]
    env = dict(os.environ, PYTHONIOENCODING="utf-8", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    return subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)


def test_cli_writes_the_pictures_beside_the_xml(tmp_path):
    src = tmp_path / "bài.article"
    src.write_bytes(af.dumps(_pictures_article(tmp_path)).encode("utf-8"))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "Bài viết 1.xml"
    run = run_cli("export", str(src), "--to", "nitf", "-o", str(target))
    assert run.returncode == 0, run.stderr
    assert sorted(p.name for p in out.iterdir()) == ["Bài viết 1-1.png", "Bài viết 1-2.jpg", "Bài viết 1.xml"]
    root = etree.parse(str(target)).getroot()  # well-formed
    for ref in root.iterfind(".//n:media-reference", N):
        source = ref.get("source")
        if not source.startswith("https:"):
            assert (out / unquote(source)).is_file()
    assert (out / "Bài viết 1-2.jpg").read_bytes() == JPEG
    assert b"base64" not in target.read_bytes()


def test_cli_never_overwrites_somebody_elses_file_and_replaces_its_own(tmp_path):
    article = _pictures_article(tmp_path)
    src = tmp_path / "bài.article"
    src.write_bytes(af.dumps(article).encode("utf-8"))
    target = tmp_path / "tin.xml"
    theirs = tmp_path / "tin-1.png"
    theirs.write_bytes(b"a colleague's picture")
    run = run_cli("export", str(src), "--to", "nitf", "-o", str(target))
    assert run.returncode == 2
    assert run.stderr.strip() == (f"articledesk: Could not export “{target}”: “tin-1.png” is already in that folder "
                                  "and is not a picture of an earlier export of this file; move it away or choose "
                                  "another name.")
    assert theirs.read_bytes() == b"a colleague's picture"
    assert not target.exists() and not (tmp_path / "tin-2.jpg").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    # Moved away: the export goes through; exporting again replaces its own pictures silently.
    theirs.unlink()
    assert run_cli("export", str(src), "--to", "nitf", "-o", str(target)).returncode == 0
    article.body = [b for b in article.body if b.src != "a.png"]  # the PNG is dropped: the JPEG is now no. 1
    src.write_bytes(af.dumps(article).encode("utf-8"))
    assert run_cli("export", str(src), "--to", "nitf", "-o", str(target)).returncode == 0, run.stderr
    names = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("tin"))
    assert names == ["tin-1.jpg", "tin.xml"]  # the earlier tin-1.png and tin-2.jpg were this export's: gone
    assert (tmp_path / "tin-1.jpg").read_bytes() == JPEG


def test_a_failure_while_writing_changes_nothing(tmp_path, monkeypatch):
    import errno

    import editor.session.export_files as export_files
    from editor.session.export_job import write_export

    target = tmp_path / "tin.xml"
    target.write_bytes(b"<old/>")
    files = nitf_files(_pictures_article(tmp_path), base_dir=tmp_path, name="tin", now=NOW)
    real_write_temp = export_files.write_temp
    calls = []

    def full_disk_at_the_xml(dest, data):
        calls.append(dest.name)
        if dest.name == "tin.xml":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write_temp(dest, data)

    monkeypatch.setattr(export_files, "write_temp", full_disk_at_the_xml)
    with pytest.raises(OSError):
        write_export(target, files)
    assert calls == ["tin-1.png", "tin-2.jpg", "tin.xml"]  # the pictures first, the XML that names them last
    assert target.read_bytes() == b"<old/>"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("tin", ".tin"))) == ["tin.xml"]
