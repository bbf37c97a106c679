"""Clipboard HTML and text to body blocks, and the canonical mark list (pure Python, no Qt)."""

from __future__ import annotations

import unicodedata

from editor.model.article import Mark
from editor.model.html_paste import allowed_href, blocks_from_html, blocks_from_text
from editor.model.marks import mark_dicts, normalise_marks


def kinds_and_texts(blocks):
    return [(b.type, b.text) for b in blocks]


def test_google_docs_wrapper_bold_is_not_bold():
    html = ('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5f3a">'
            '<p dir="ltr"><span style="font-weight:700;font-family:Arial">Đậm</span>'
            '<span style="font-style:italic"> nghiêng</span></p></b>')
    [block] = blocks_from_html(html)
    assert block.text == "Đậm nghiêng"
    assert mark_dicts(block.marks) == [{"start": 0, "end": 3, "type": "bold"}, {"start": 3, "end": 11, "type": "italic"}]


def test_line_breaks_and_paragraph_breaks():
    html = "<div>một<br>hai<br><br>ba \u2028bốn\x0bnăm\x0csáu</div><pre>a\n  b</pre>"
    assert kinds_and_texts(blocks_from_html(html)) == [
        ("paragraph", "một\nhai"), ("paragraph", "ba\nbốn\nnăm"), ("paragraph", "sáu"), ("paragraph", "a\n  b")]


def test_only_web_and_mail_links_survive():
    assert allowed_href(" https://a.vn/x y ") == "https://a.vn/x%20y"
    assert allowed_href("MAILTO:toa@antv.vn") == "MAILTO:toa@antv.vn"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,x", "file:///etc/passwd", "#_Toc1",
                "/relative", "vbscript:x", "https:", None, ""):
        assert allowed_href(bad) is None
    [block] = blocks_from_html('<p><a href="http://a.vn"><b>a</b>b</a> <a href="ftp://x">c</a></p>')
    assert mark_dicts(block.marks) == [{"start": 0, "end": 1, "type": "bold"},
                                       {"start": 0, "end": 2, "type": "link", "href": "http://a.vn"}]


def test_figures_keep_local_pictures_with_their_captions(tmp_path):
    picture = tmp_path / "ảnh 1.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n")
    html = (f'<figure><img src="file://{tmp_path.as_posix()}/%E1%BA%A3nh%201.png" alt="mô tả">'
            '<figcaption>Hội nghị <i>sơ kết</i></figcaption></figure>'
            '<figure><img src="https://example.com/x.jpg"><figcaption>Ảnh mạng</figcaption></figure>')
    blocks = blocks_from_html(html)
    assert [(b.type, b.src, b.alt, b.caption, b.text) for b in blocks] == [
        ("image", str(picture), "mô tả", "Hội nghị sơ kết", ""), ("paragraph", "", "", "", "Ảnh mạng")]


def test_windows_clipboard_header_and_decomposed_text_split_across_nodes():
    e, accent = "e", "\u0301"
    html = f"Version:0.9\r\nStartHTML:0000000105\r\n<html><body><p>Vi<b>{e}</b>{accent}t</p></body></html>"
    [block] = blocks_from_html(html)
    assert block.text == "Viét" and unicodedata.is_normalized("NFC", block.text)
    assert mark_dicts(block.marks) == [{"start": 2, "end": 3, "type": "bold"}]


def test_plain_text():
    assert kinds_and_texts(blocks_from_text("  chỉ một dòng  ")) == [("paragraph", "  chỉ một dòng  ")]
    assert kinds_and_texts(blocks_from_text("a\r\n\r\nb\rc\u2029d\x85e\u200b\ufeff")) == [
        ("paragraph", "a"), ("paragraph", "b"), ("paragraph", "c"), ("paragraph", "d"), ("paragraph", "e\u200b")]
    assert blocks_from_text("\n\n") == []


def test_normalise_marks_merges_sorts_and_lets_the_later_link_win():
    marks = [Mark(start=4, end=8, type="link", href="https://b"), Mark(start=0, end=6, type="link", href="https://a"),
             Mark(start=3, end=5, type="bold"), Mark(start=5, end=9, type="bold"), Mark(start=7, end=7, type="italic"),
             Mark(start=-3, end=2, type="underline"), Mark(start=9, end=99, type="italic", extra={"k": 1})]
    assert mark_dicts(normalise_marks("0123456789", marks)) == [
        {"start": 0, "end": 2, "type": "underline"},
        {"start": 0, "end": 6, "type": "link", "href": "https://a"},
        {"start": 3, "end": 9, "type": "bold"},
        {"start": 6, "end": 8, "type": "link", "href": "https://b"},
        {"start": 9, "end": 10, "type": "italic", "extra": {"k": 1}},
    ]
