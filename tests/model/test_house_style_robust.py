"""Hostile input: huge paragraphs, decomposed text, legacy encodings, invisible characters, emoji."""

from __future__ import annotations

import unicodedata

import pytest

from editor.model.article import Article, Block
from editor.model.house_style import check_article, check_field, check_text, load_pack

MESSY = ("Chiều ngày 11/3, tại Hà Nội, Ban dân vận Trung ương có thành tich 👍🏽 rất tốt.  Dân\u200bvận "
         "“ khéo ” 👨\u200d👩\u200d👧 và xã hội hoá; Việt Nаm ... 1,000,000 đồng\u00a0nhé ")


@pytest.fixture(scope="module")
def pack():
    return load_pack("vi-newsroom")


def assert_offsets(text: str, findings) -> None:
    for f in findings:
        assert 0 <= f.start <= f.end <= len(text)
        assert text[f.start:f.end] == f.text, f


def test_a_one_megabyte_paragraph_is_checked_with_exact_offsets(pack):
    big = (MESSY * (1_000_000 // len(MESSY) + 1))[:1_000_000]
    article = Article(language="vi", body=[Block(text=big)])
    found = check_field(article, pack, "body", 0)
    assert len(found) > 1000
    assert_offsets(article.body[0].text, found)


def test_decomposed_text_gets_offsets_into_its_nfc_form(pack):
    typed = unicodedata.normalize("NFD", MESSY)
    found = check_text(typed, pack, "body", 0)
    assert_offsets(unicodedata.normalize("NFC", typed), found)
    assert {"VN-U01", "VN-O01", "VN-U04", "VN-U06", "VN-P01"} <= {f.rule for f in found}


@pytest.mark.parametrize("text", [
    "Vieät Nam laø moät quoác gia ñoäc laäp, töï do.",
    "ViÖt Nam lµ mét quèc gia ®éc lËp, tù do.",
    "Vie^.t Nam la` mo^.t quo^'c gia ?do^.c la^.p.",
])
def test_legacy_text_never_crashes_and_offers_a_conversion(pack, text):
    article = Article(language="vi", headline=text, body=[Block(text=text)])
    found = check_article(article, pack)
    assert_offsets(text, found)
    assert [f.field for f in found if f.rule == "VN-U02"] == ["headline", "body"]


def test_invisible_characters_and_emoji_keep_offsets_right(pack):
    text = "👍🏽 Dân\u200bvận 😀 thành tich\u00ad và 🇻🇳 Việt Nаm\ufeff."
    article = Article(language="vi", body=[Block(text=text)])
    found = check_article(article, pack)
    assert_offsets(text, found)
    by_rule = {(f.rule, f.text) for f in found}
    assert {("VN-O01", "tich"), ("VN-U06", "Nаm"), ("VN-U04", "\u200b"), ("VN-U04", "\u00ad"),
            ("VN-U04", "\ufeff")} <= by_rule


@pytest.mark.parametrize("text", ["", " ", "\n\n", ".", "“", "(", "ANTV", "1/1/1", "Thứ", "a" * 5000, "🙂" * 100])
def test_odd_tiny_texts_do_not_crash(pack, text):
    for field in ("headline", "lede"):
        article = Article(language="vi", body=[Block(text=text)])
        setattr(article, field, text)
        assert_offsets(text, [f for f in check_article(article, pack) if f.field in (field, "body")])
