"""The .article file: round trips, unknown keys, atomic saves and every bad-file case."""

from __future__ import annotations

import json
import os
import threading
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


# ------------------------------------------------ hostile files (issue 11, point 9)


def _with_key(key_and_value: str) -> bytes:
    """A valid article with one more key, written as raw JSON."""
    text = af.dumps(full_article()).rstrip()
    return (text[:-1].rstrip() + ",\n  " + key_and_value + "\n}\n").encode("utf-8")


def _symlink_loop(p: Path) -> None:
    os.symlink(p.name + ".other", p)
    os.symlink(p.name, p.with_name(p.name + ".other"))


def _oversized(p: Path) -> None:
    with open(p, "wb") as fh:
        fh.truncate(af.MAX_FILE_BYTES + 1)  # sparse: nothing is written


def _ignores(entry: str) -> bytes:
    return _with_key(f'"house_style_ignores": {entry}')


# kind -> (make the file at the path, what its one sentence says)
HOSTILE_FILES = {
    "deep-json": (lambda p: p.write_bytes(_with_key('"x_deep": ' + "[" * 100_000 + "]" * 100_000)),
                  "more than 100 levels deep"),
    "deeper-than-the-limit": (lambda p: p.write_bytes(_with_key('"x_deep": ' + "[" * 150 + "]" * 150)),
                              "more than 100 levels deep"),
    "long-number": (lambda p: p.write_bytes(_with_key('"x_n": ' + "9" * 5000)), "longer than 4300 digits"),
    "long-version": (lambda p: p.write_bytes(af.dumps(full_article()).replace(
        '"version": 1', '"version": 1' + "0" * 5000).encode()), "longer than 4300 digits"),
    "ignores-rule-list": (lambda p: p.write_bytes(_ignores(
        '{"once": [{"rule": ["VN-O01"], "field": "body", "block": 0, "text": "tich", "context": "ab"}], "words": []}')),
        "“house_style_ignores.once[0].rule” should be a text"),
    "ignores-word-list": (lambda p: p.write_bytes(_ignores('{"once": [], "words": [{"word": ["tich"], "rule": null}]}')),
                          "“house_style_ignores.words[0].word” should be a text"),
    "ignores-list": (lambda p: p.write_bytes(_ignores('["tich"]')), "“house_style_ignores” should be an object"),
    "link-loop": (_symlink_loop, "symbolic links form a loop"),
    "fifo": (lambda p: os.mkfifo(p), "not a regular file"),
    "device": (lambda p: os.symlink("/dev/zero", p), "not a regular file"),
    "too-large": (_oversized, "more than the 20 MB"),
}


def make_hostile(kind: str, folder: Path) -> tuple[Path, str]:
    """The hostile file ``kind`` in ``folder`` and the words its one sentence holds."""
    make, expected = HOSTILE_FILES[kind]
    path = folder / f"{kind}.article"
    make(path)
    return path, expected


@pytest.mark.parametrize("kind", list(HOSTILE_FILES))
def test_hostile_files_are_refused_with_one_sentence_without_blocking(kind, tmp_path):
    path, expected = make_hostile(kind, tmp_path)
    outcome: list[BaseException | None] = []
    worker = threading.Thread(target=lambda: outcome.append(_load_error(path)), daemon=True)
    worker.start()
    worker.join(10)
    assert outcome, "reading the file blocked"  # a FIFO or a device must never be waited on
    err = outcome[0]
    assert isinstance(err, af.ArticleFileError), err
    message = str(err)
    assert expected in message and str(path) in message
    assert "\n" not in message and message.endswith(".")


def _load_error(path: Path) -> BaseException | None:
    try:
        af.load(path)
    except BaseException as exc:  # noqa: BLE001 - the test reports any escape
        return exc
    return None


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path, _ = make_hostile("too-large", tmp_path)
    monkeypatch.setattr(os, "read", lambda *a: pytest.fail("the oversized file was read"))
    with pytest.raises(af.ArticleFileError, match="20 MB"):
        af.load(path)


def test_nesting_within_the_limit_in_an_unknown_key_round_trips(tmp_path):
    p = tmp_path / "deep.article"
    p.write_bytes(_with_key('"x_deep": ' + "[" * 90 + "1" + "]" * 90))
    article = af.load(p)
    af.save(article, p)
    assert af.dumps(af.load(p)) == p.read_text(encoding="utf-8")
    assert article.copy().extra == article.extra


def test_a_lone_surrogate_is_repaired_on_load_and_the_repair_is_told(tmp_path):
    a = full_article()
    a.body[0].text = "Đoạn X có chữ"
    a.body[0].marks = [Mark(10, 13, "bold")]
    text = af.dumps(a).replace("Đoạn X", "Đoạn \\ud800").replace('"tags": [', '"x_note": "\\udfff", "tags": [', 1)
    p = tmp_path / "broken.article"
    p.write_text(text, encoding="utf-8")
    notes: list[af.ArticleFileError] = []
    article = af.load(p, notes)
    assert article.body[0].text == "Đoạn \ufffd có chữ"
    mark = article.body[0].marks[0]
    assert article.body[0].text[mark.start:mark.end] == "chữ"  # marks keep their place: one code point for one
    assert article.extra["x_note"] == "\ufffd"
    assert len(notes) == 1
    message = str(notes[0])
    assert str(p) in message and "“body[0].text”" in message and "“x_note”" in message and "\n" not in message
    af.save(article, p)  # the repaired text saves, and stays stable
    assert af.dumps(af.load(p)) == p.read_text(encoding="utf-8")


def test_a_surrogate_in_a_key_name_is_repaired_too(tmp_path):
    p = tmp_path / "key.article"
    p.write_bytes(_with_key('"x_\\ud83d": 1'))
    notes: list[af.ArticleFileError] = []
    article = af.load(p, notes)
    assert article.extra == {"x_\ufffd": 1} and notes and "x_\ufffd" in str(notes[0])
    assert af.load(p).extra == {"x_\ufffd": 1}  # without a list for notes the repair is silent


def test_a_proper_surrogate_pair_escape_is_one_character_and_needs_no_repair(tmp_path):
    p = tmp_path / "emoji.article"
    p.write_text(af.dumps(full_article()).replace("emoji 🔥", "emoji \\ud83d\\udd25"), encoding="utf-8")
    notes: list[af.ArticleFileError] = []
    assert af.load(p, notes).headline == full_article().headline and notes == []


def test_no_way_into_the_model_holds_a_lone_surrogate():
    """Typing, paste and field edits all assign through the model's NFC setters."""
    a = Article.new("vi")
    a.headline = "Tin \ud800 nóng"
    a.tags = ["\udc00a", "b"]
    a.body = [Block(text="x\ud83d"), Block(type="image", caption="\udfff")]
    a.quotes = [Quote(speaker="\ud800", text="Ý kiến \ud83d\ude00")]  # a split pair becomes its character
    a.byline.authors = ["Minh \udbff"]
    a.dateline.place = "Hà Nội\ud800"
    assert a.headline == "Tin \ufffd nóng" and a.tags == ["\ufffda", "b"]
    assert a.body[0].text == "x\ufffd" and a.body[1].caption == "\ufffd"
    assert a.quotes[0].speaker == "\ufffd" and a.quotes[0].text == "Ý kiến 😀"
    assert a.byline.authors == ["Minh \ufffd"] and a.dateline.place == "Hà Nội\ufffd"
    af.dumps(a).encode("utf-8")  # writable


def test_a_broken_character_that_slips_past_the_model_is_one_sentence_on_save(tmp_path):
    a = full_article()
    a.extra["x_raw"] = "\ud800"  # extra is a plain dict: the one place no setter guards
    p = tmp_path / "x.article"
    with pytest.raises(af.ArticleFileError) as err:
        af.save(a, p)
    assert "broken character (U+D800)" in str(err.value) and str(p) in str(err.value)
    assert not p.exists()
