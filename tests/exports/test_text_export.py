"""Plain-text export reads as a wire story."""

from __future__ import annotations

from editor.model import article_file as af
from editor.model.article import Article, Block, Byline, Dateline
from editor.resources import resource_path
from exports.cleaning import clean_text
from exports.text import article_to_text


def test_sample_reads_as_a_wire_story():
    a = af.load(resource_path("samples", "sample-vi.article"))
    text = article_to_text(a)
    lines = text.splitlines()
    assert lines[0] == a.kicker and lines[1] == a.headline
    assert lines[2] == "Thứ Năm, 12/03/2026"
    assert f"(ANTV) – {a.lede}" in lines
    for block in a.body:
        assert block.text in text
    assert lines[-2:] == ["Minh Thu - Đức Anh", "MT"]
    assert "Khen thưởng" in lines
    assert text.index(a.lede) < text.index(a.body[0].text) < text.index("Minh Thu - Đức Anh")


def test_english_dateline_goes_before_the_lede():
    a = af.load(resource_path("samples", "sample-en.article"))
    assert f"HANOI (AD) — {a.lede}" in article_to_text(a)


def test_without_sapo_the_dateline_opens_the_first_paragraph():
    a = Article.new("vi")
    a.headline = "Tin"
    a.dateline = Dateline(source="ANTV")
    a.body = [Block(text="Sáng nay, …")]
    a.byline = Byline(signoff="BT")
    assert article_to_text(a) == "Tin\n\n(ANTV) – Sáng nay, …\n\nBT\n"


def test_clean_text_keeps_no_break_spaces_and_maps_breaks():
    assert clean_text("(ANTV) -\xa0Chiều") == "(ANTV) -\xa0Chiều"
    assert clean_text("a\x0bb\u2028c") == "a\nb\nc"
    assert clean_text("a\x0cb\u2029c") == "a\n\nb\n\nc"
    assert clean_text("".join(chr(i) for i in range(32)) + "x\ufffe\uffff") == "\t" + "\n" * 5 + "x"
    assert clean_text("Vie\u0323\u0302t") == "Việt"


def test_english_dateline_capitalises_the_city_only():
    from exports.house_format import dateline_prefix

    assert dateline_prefix("AP", "Sacramento, Calif.", "en") == "SACRAMENTO, Calif. (AP) — "
    assert dateline_prefix("AD", "Hanoi", "en") == "HANOI (AD) — "
