"""Parsing Vietnamese syllables: onset, glide, nucleus, coda, tone; what is not Vietnamese."""

from __future__ import annotations

import unicodedata

import pytest

from editor.model.vietnamese import TONES, is_plain_vietnamese, is_valid, parse


def parts(token: str) -> tuple[str, str, str, str, str]:
    syl = parse(token)
    assert syl is not None, token
    return syl.onset, syl.glide, syl.nucleus, syl.coda, syl.tone


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Hòa", ("h", "o", "a", "", "huyen")),
        ("nghiêng", ("ngh", "", "iê", "ng", "ngang")),
        ("người", ("ng", "", "ươ", "i", "huyen")),
        ("quốc", ("qu", "", "ô", "c", "sac")),
        ("quá", ("qu", "", "a", "", "sac")),
        ("quyết", ("qu", "", "yê", "t", "sac")),
        ("quý", ("qu", "", "y", "", "sac")),
        ("gì", ("gi", "", "i", "", "huyen")),
        ("gìn", ("gi", "", "i", "n", "huyen")),
        ("già", ("gi", "", "a", "", "huyen")),
        ("giữ", ("gi", "", "ư", "", "nga")),
        ("giếng", ("gi", "", "ê", "ng", "sac")),
        ("khuya", ("kh", "u", "ya", "", "ngang")),
        ("ngoài", ("ng", "o", "a", "i", "huyen")),
        ("thuở", ("th", "u", "ơ", "", "hoi")),
        ("Nguyễn", ("ng", "u", "yê", "n", "nga")),
        ("uỷ", ("", "u", "y", "", "hoi")),
        ("yêu", ("", "", "yê", "u", "ngang")),
        ("xoong", ("x", "", "oo", "ng", "ngang")),
        ("rượu", ("r", "", "ươ", "u", "nang")),
        ("khuỷu", ("kh", "u", "y", "u", "hoi")),
        ("ĐẠI", ("đ", "", "a", "i", "nang")),
        ("của", ("c", "", "ua", "", "hoi")),
    ],
)
def test_parts_of_real_syllables(token, expected):
    assert parts(token) == expected


def test_fields_text_base_and_case():
    syl = parse("Hòa")
    assert syl is not None
    assert (syl.text, syl.base, syl.capitalised, syl.all_caps) == ("Hòa", "hoa", True, False)
    upper = parse("NGƯỜI")
    assert upper is not None and upper.capitalised and upper.all_caps and upper.base == "ngươi"
    assert parse("người").capitalised is False
    assert set(TONES) == {"ngang", "huyen", "sac", "hoi", "nga", "nang"}


def test_decomposed_input_is_read_as_nfc():
    nfd = unicodedata.normalize("NFD", "Việt")
    syl = parse(nfd)
    assert syl is not None and syl.text == "Việt" and syl.tone == "nang"


@pytest.mark.parametrize(
    "token",
    ["ANTV", "PCCC", "UBND", "Facebook", "coffee", "Google", "weekend", "iPhone", "TikTok", "karaoke", "Pleiku",
     "Kaspersky", "Gheorghe", "and", "school", "book", "free", "zero", "jazz", "wifi", "COVID", "abc1", "3D",
     "pa-nô", "ô tô", "Mát-xcơ-va", "", "Ghana", "Seoul", "Ea", "xúcBạn", "ôtô"],
)
def test_not_vietnamese_shaped(token):
    assert parse(token) is None


@pytest.mark.parametrize(
    "token",
    ["thành", "tích", "được", "người", "nghiệm", "lượng", "bảo", "toàn", "quá", "hòa", "hoà", "thủy", "thuỷ", "ủy",
     "uỷ", "khỏe", "khoẻ", "hoàn", "toán", "thuyết", "quý", "quả", "của", "gì", "già", "giữ", "giếng", "quốc",
     "thuở", "huơ", "khuơ", "khuya", "ngoài", "quyết", "xoong", "boong", "moóc", "Nguyễn", "Đắc", "Kon", "Tum",
     "Hà", "Giang", "pa", "nô", "ô", "tô", "quỳnh", "quýt", "huỳnh", "huýt", "tuýp", "hoặc", "ngoằn", "khuấy",
     "nguệch", "oái", "ỉa", "yểng", "gioăng", "quặp", "ghế", "nghĩ", "kỹ", "kìa", "ừm"],
)
def test_real_syllables_parse(token):
    syl = parse(token)
    assert syl is not None and syl.rhyme_ok, token


@pytest.mark.parametrize(
    "token", ["thành", "người", "quốc", "Ủy", "hoà", "KHOẺ", "thuở", "gì", "giếng", "xoong", "Hà", "Giang"]
)
def test_valid(token):
    assert is_valid(token)


@pytest.mark.parametrize("token", ["tich", "nguời", "hóà", "lựơng", "ngiêng", "ghà", "Đắk", "Kon", "qúa", "ANTV"])
def test_not_valid(token):
    assert not is_valid(token)


def test_marked_tokens_with_a_bad_rhyme_still_parse_for_the_checker():
    syl = parse("nguời")
    assert syl is not None and not syl.rhyme_ok and syl.marked
    # ...but unmarked foreign words with a bad rhyme do not.
    assert parse("team") is None and parse("tour") is None


@pytest.mark.parametrize("token", ["Toi", "dang", "o", "Ha", "Noi", "the", "to", "in", "on", "he", "ba", "con"])
def test_plain_vietnamese(token):
    assert is_plain_vietnamese(token)


@pytest.mark.parametrize(
    "token", ["Tôi", "đang", "ở", "Hà", "Nội", "and", "it", "at", "but", "not", "tich", "CA", "ANTV", "Facebook"]
)
def test_not_plain_vietnamese(token):
    assert not is_plain_vietnamese(token)


def _well_formed_syllables():
    """Every onset x rhyme x tone the rules allow, written in both tone styles."""
    import re

    from editor.model.vietnamese.letters import FRONT_VOWELS
    from editor.model.vietnamese.parsing import ONSETS, render
    from editor.model.vietnamese.rhymes import CHECKED_CODAS, GLIDE_RHYMES, PLAIN_RHYMES, QU_RHYMES, rhyme_valid

    for onset in [o for o in ONSETS if o != "q"] + ["", "qu", "gi"]:
        for rhyme in QU_RHYMES if onset == "qu" else PLAIN_RHYMES | GLIDE_RHYMES:
            vowels, final = re.fullmatch(r"([aăâeêioôơuưy]+)([a-zđ]*)", rhyme).groups()
            front = vowels[0] in FRONT_VOWELS
            if (not rhyme_valid(onset, vowels, final) or (onset in ("k", "gh", "ngh") and not front)
                    or (onset in ("c", "g", "ng") and front) or (onset == "c" and vowels[:2] in ("uâ", "uê", "uy", "uơ"))):
                continue
            for tone in TONES:
                if final in CHECKED_CODAS and tone not in ("sac", "nang"):
                    continue
                for style in ("first_vowel", "main_vowel"):
                    yield render(onset, vowels, final, tone, style, onset + rhyme)


def test_every_well_formed_syllable_is_valid_in_any_case():
    from editor.model.vietnamese import check_syllable

    count = 0
    for word in _well_formed_syllables():
        count += 1
        for token in (word, word.capitalize(), word.upper()):
            assert check_syllable(token) == [], token
        assert is_valid(word), word
    assert count > 10000


def test_every_wrong_tone_position_is_moved_back():
    from editor.model.vietnamese import check_syllable
    from editor.model.vietnamese.letters import split_tone, with_tone

    tried = 0
    for word in _well_formed_syllables():
        syl = parse(word)
        if syl.tone == "ngang" or syl.style_dependent or syl.onset not in ("", "h", "ng", "qu", "gi", "th"):
            continue
        for pos, ch in enumerate(word):
            base, tone = split_tone(ch)
            if tone is not None or base not in "aăâeêioôơuưy" or (syl.onset == "gi" and not syl.vowels):
                continue
            good_pos = syl.tone_positions[0]
            wrong = list(word)
            wrong[good_pos] = split_tone(word[good_pos])[0]
            wrong[pos] = with_tone(base, syl.tone)
            problems = check_syllable("".join(wrong))
            assert [(p.code, p.replacements) for p in problems] == [("tone_misplaced", (word,))], "".join(wrong)
            tried += 1
    assert tried > 500
