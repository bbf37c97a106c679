"""Telex/VNI keystroke residue (VN-O07): find it, but never on English words or names."""

from __future__ import annotations

import pytest

from editor.model.vietnamese import ime_residue


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        ("vieejt", "việt"), ("Vieejt", "Việt"), ("nguwowif", "người"), ("nguwowi", "ngươi"), ("ddi", "đi"),
        ("ddaau", "đâu"), ("dduowcj", "được"), ("tuwf", "từ"), ("giuwx", "giữ"), ("tieesng", "tiếng"),
        ("khoongr", "khổng"), ("toanf", "toàn"), ("vie65t", "việt"), ("Vie65t", "Việt"), ("vie6t5", "việt"),
        ("d9i", "đi"), ("tru7o7ng2", "trường"), ("Nguye64n", "Nguyễn"), ("ba1o", "báo"), ("hoa2", "hòa"),
        ("lam2", "làm"), ("nuwowcs", "nước"), ("ddoongf", "đồng"),
    ],
)
def test_residue_is_found(raw, word):
    assert ime_residue(raw) == word


def test_tone_style_of_the_result():
    assert ime_residue("hoa2", "main_vowel") == "hoà"
    assert ime_residue("khoer", "first_vowel") is None  # tone key after a vowel with no mark: too English-like


@pytest.mark.parametrize(
    "raw",
    [
        # English words and names
        "Facebook", "coffee", "Google", "class", "free", "iPhone", "weekend", "beer", "deer", "door", "poor",
        "keeps", "boost", "now", "how", "chef", "there", "these", "here", "puree", "boss", "bees", "rows", "seems",
        "teens", "soon", "moon", "room", "been", "queen", "own", "down", "lawn", "dawn", "bar", "car", "tax", "her",
        "yes", "if", "of", "loaf", "Taj", "Manx", "beef", "roof", "cheer", "cows", "meets", "boots",
        # codes with digits
        "A4", "U23", "H5N1", "COVID19", "F1", "mp3", "Q1", "B52", "G7", "G20", "iphone15", "i7", "s23", "4G", "3D",
        "a1", "top10",
        # already Vietnamese or not letters
        "việt", "xoong", "boong", "hoa", "ANTV", "VIEEJT", "", "vi-eejt",
    ],
)
def test_no_false_alarm(raw):
    assert ime_residue(raw) is None
