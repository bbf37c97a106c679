"""The .article file: round trips, unknown keys, atomic saves and every bad-file case."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from editor.model import article_file as af
from editor.model.article import Article, Award, Block, Byline, Dateline, Mark, Quote
from editor.resources import resource_path

SAMPLES = [resource_path("samples", "sample-vi.article"), resource_path("samples", "sample-en.article")]


def full_article() -> Article:
    a = Article.new("vi")
    a.headline = "Tiêu đề có emoji 🔥 và chữ Việt"
    a.kicker = "Kicker"
    a.dateline = Dateline(source="ANTV", place="Hà Nội", date="2026-03-12")
    a.lede = "Sapo."
    a.topic = "Dòng sự kiện"
    a.tags = ["a", "b"]
    a.body = [
        Block(type="paragraph", text="Đoạn 👋🏽 in đậm", marks=[Mark(9, 14, "bold"), Mark(0, 4, "link", href="https://x.vn")]),
        Block(type="heading", text="Tít phụ"),
        Block(type="quote", text="Trích dẫn", marks=[Mark(0, 4, "italic")]),
        Block(type="list_item", text="Mục một", marks=[Mark(0, 3, "underline")]),
        Block(type="image", text="", src="a.jpg", caption="Chú thích", credit="Ảnh: X", alt="Mô tả"),
    ]
    a.quotes = [Quote(speaker="A", role="B", text="C", kind="paraphrase")]
    a.awards = [Award(recipient="R", recipient_kind="individual", award="Bằng khen", conferred_by="Bộ", reason="Vì")]
    a.byline = Byline(authors=["Minh Thu"], signoff="MT")
    return a


@pytest.mark.parametrize("path", SAMPLES, ids=["vi", "en"])
def test_samples_save_load_save_is_byte_identical(path, tmp_path):
    original = Path(path).read_bytes()
    out = tmp_path / "x.article"
    af.save(af.load(path), out)
    assert out.read_bytes() == original
    af.save(af.load(out), out)
    assert out.read_bytes() == original


def test_every_field_and_block_type_round_trips(tmp_path):
    a = full_article()
    p = tmp_path / "full.article"
    af.save(a, p)
    b = af.load(p)
    assert b == a
    first = p.read_bytes()
    af.save(b, p)
    assert p.read_bytes() == first


def test_unknown_keys_survive_everywhere(tmp_path):
    data = json.loads(af.dumps(full_article()))
    data["x_desk"] = {"slot": 3}
    data["dateline"]["x_zone"] = "+07:00"
    data["body"][0]["x_note"] = "giữ"
    data["body"][0]["marks"][0]["x_m"] = 1
    data["quotes"][0]["x_q"] = True
    data["awards"][0]["x_a"] = [1, 2]
    data["byline"]["x_b"] = None
    p = tmp_path / "u.article"
    p.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    af.save(af.load(p), p)
    again = json.loads(p.read_text(encoding="utf-8"))
    assert again == data


def test_text_is_stored_nfc_and_marks_follow(tmp_path):
    data = json.loads(af.dumps(Article.new()))
    decomposed = "Vie\u0323\u0302t Nam"  # 10 code points; NFC "Việt Nam" has 8
    data["headline"] = decomposed
    data["body"] = [{"type": "paragraph", "text": decomposed, "marks": [{"start": 7, "end": 10, "type": "bold"}]}]
    p = tmp_path / "nfd.article"
    p.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    a = af.load(p)
    assert a.headline == "Việt Nam"
    assert a.body[0].text == "Việt Nam"
    m = a.body[0].marks[0]
    assert a.body[0].text[m.start:m.end] == "Nam"


def test_typing_nfd_into_the_model_stores_nfc():
    a = Article.new()
    a.lede = "Thu\u0309y"
    a.byline.authors = ["Nguye\u0302\u0303n"]
    assert a.lede == "Thủy" and a.byline.authors == ["Nguyễn"]


BAD_FILES = {
    "empty": (b"", "empty"),
    "truncated": (None, "truncated"),
    "not json": (b"hello, I am a letter", "invalid JSON"),
    "json but not an article": (b'{"title": "x"}', "not an ArticleDesk article"),
    "newer version": (b'{"format": "articledesk.article", "version": 99, "id": "x"}', "newer ArticleDesk"),
    "wrong type": (b'{"format": "articledesk.article", "version": 1, "id": "x", "headline": 5}', "“headline” should be a text"),
    "wrong nested type": (b'{"format": "articledesk.article", "version": 1, "id": "x", "body": [{"type": "paragraph", "text": "ab", "marks": [{"start": 0, "end": 9, "type": "bold"}]}]}', "body[0].marks[0]"),
    "unknown block type": (b'{"format": "articledesk.article", "version": 1, "id": "x", "body": [{"type": "table", "text": ""}]}', "body[0].type"),
    "not utf-8": (b'{"format": "articledesk.article", "headline": "\xff\xfe"}', "not UTF-8"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_are_refused_with_one_sentence_and_left_untouched(case, tmp_path):
    content, expected = BAD_FILES[case]
    if content is None:
        content = af.dumps(full_article()).encode("utf-8")[:200]
    p = tmp_path / "bad.article"
    p.write_bytes(content)
    before = os.stat(p).st_mtime_ns
    with pytest.raises(af.ArticleFileError) as err:
        af.load(p)
    message = str(err.value)
    assert expected in message
    assert str(p) in message
    assert "\n" not in message and message.endswith(".")
    assert p.read_bytes() == content and os.stat(p).st_mtime_ns == before


def test_missing_file_is_one_sentence(tmp_path):
    with pytest.raises(af.ArticleFileError, match="no such file"):
        af.load(tmp_path / "nope.article")


def test_save_is_atomic_when_the_write_fails(tmp_path, monkeypatch):
    p = tmp_path / "keep.article"
    af.save(full_article(), p)
    original = p.read_bytes()

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    changed = full_article()
    changed.headline = "Mới"
    with pytest.raises(af.ArticleFileError, match="disk is full"):
        af.save(changed, p)
    monkeypatch.undo()
    assert p.read_bytes() == original
    assert sorted(x.name for x in tmp_path.iterdir()) == ["keep.article"]  # no temp file left behind


def test_save_into_missing_folder_is_one_sentence(tmp_path):
    with pytest.raises(af.ArticleFileError, match="folder does not exist"):
        af.save(full_article(), tmp_path / "no" / "such" / "x.article")


def test_save_over_read_only_file_is_refused(tmp_path, monkeypatch):
    p = tmp_path / "ro.article"
    af.save(full_article(), p)
    original = p.read_bytes()
    monkeypatch.setattr(os, "access", lambda path, mode: False)  # root ignores mode bits
    with pytest.raises(af.ArticleFileError, match="read-only"):
        af.save(Article.new(), p)
    assert p.read_bytes() == original


def test_counts_count_vietnamese_syllables():
    a = Article.new("vi")
    a.headline = "Nâng cao hiệu quả"
    a.lede = "Chiều 11/3, tại Hà Nội – hội nghị."
    counts = a.counts()
    assert counts.words == 4 + 7  # "–" is not a word
    assert counts.counts_syllables
    assert counts.reading_minutes == 1
