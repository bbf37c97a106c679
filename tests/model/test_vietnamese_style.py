"""Tone style of oa/oe/uy open syllables (house-style.md §2, §3.4, §B3.1)."""

from __future__ import annotations

import pytest

from editor.model.vietnamese import to_tone_style, tone_style_of

PAIRS = [  # (first_vowel, main_vowel)
    ("hòa", "hoà"), ("hóa", "hoá"), ("hỏa", "hoả"), ("họa", "hoạ"), ("hõa", "hoã"), ("hòe", "hoè"),
    ("khỏe", "khoẻ"), ("thùy", "thuỳ"), ("thúy", "thuý"), ("thủy", "thuỷ"), ("ủy", "uỷ"), ("Ủy", "Uỷ"),
    ("ỦY", "UỶ"), ("Hòa", "Hoà"), ("HÒA", "HOÀ"), ("tỏa", "toả"), ("xõa", "xoã"), ("lụy", "luỵ"), ("tụy", "tuỵ"),
    ("khóa", "khoá"), ("Thụy", "Thuỵ"), ("nhòe", "nhoè"), ("lõa", "loã"),
]


@pytest.mark.parametrize(("first", "main"), PAIRS)
def test_style_of_each_form(first, main):
    assert tone_style_of(first) == "first_vowel"
    assert tone_style_of(main) == "main_vowel"


@pytest.mark.parametrize(("first", "main"), PAIRS)
def test_convert_both_ways_keeping_case(first, main):
    assert to_tone_style(first, "main_vowel") == main
    assert to_tone_style(main, "first_vowel") == first
    assert to_tone_style(first, "first_vowel") == first
    assert to_tone_style(main, "main_vowel") == main


@pytest.mark.parametrize(
    "token",
    ["hoàn", "toán", "thuyết", "quý", "quả", "của", "hoa", "Uy", "khuya", "ngoài", "xoáy", "khoét", "hoạch",
     "quỳnh", "thuở", "giỏi", "tuyển", "người", "ANTV", "Facebook", "hóà", "", "mùa", "múa", "thủ"],
)
def test_not_style_dependent(token):
    assert tone_style_of(token) is None
    assert to_tone_style(token, "main_vowel") == token
    assert to_tone_style(token, "first_vowel") == token


def test_unknown_style_leaves_the_token_alone():
    assert to_tone_style("hòa", "consistent") == "hòa"


def test_seed_article_tone_style_counts(corpus):
    """The seed article mixes styles: 13 first-vowel (Ủy, hóa, hòa...) against 2 main-vowel (hoá, hoà)."""
    from editor.model.text import nfc
    from editor.model.vietnamese import tokens

    text = nfc((corpus / "seed-antv-article.txt").read_text(encoding="utf-8"))
    first: list[str] = []
    main: list[str] = []
    for _, _, word in tokens(text):
        style = tone_style_of(word)
        if style == "first_vowel":
            first.append(word)
        elif style == "main_vowel":
            main.append(word)
    assert len(first) == 13 and len(main) == 2
    assert {"Ủy", "ủy", "hóa"} <= set(first)
    assert sorted(main) == ["hoà", "hoá"]
