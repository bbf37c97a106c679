"""Orthography problems of one token (VN-O01..O05, VN-U03, VN-U06)."""

from __future__ import annotations

import pytest

from editor.model.vietnamese import Problem, check_syllable


def only(token: str, style: str = "first_vowel") -> Problem:
    problems = check_syllable(token, style)
    assert len(problems) == 1, (token, problems)
    return problems[0]


# --- VN-O01 checked tone -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("token", "candidates"),
    [("tich", ("tích", "tịch")), ("thàt", ("thát", "thạt")), ("hỏc", ("hóc", "học")), ("viêt", ("viết", "việt")),
     ("Lâp", ("Lấp", "Lập")), ("ĐĂC", ("ĐẮC", "ĐẶC")), ("thuyêt", ("thuyết", "thuyệt")),
     ("hoach", ("hoách", "hoạch")), ("ich", ("ích", "ịch")), ("giưt", ("giứt", "giựt"))],
)
def test_checked_tone(token, candidates):
    p = only(token)
    assert (p.code, p.replacements, p.safe) == ("checked_tone", candidates, False)
    assert p.rule == "VN-O01"


@pytest.mark.parametrize("token", ["tích", "tịch", "học", "việt", "quốc", "thuyết", "hoạch", "khoách", "xích", "ạch"])
def test_checked_tone_fine(token):
    assert check_syllable(token) == []


@pytest.mark.parametrize("token", ["hot", "top", "chat", "chip", "that", "it", "at", "but", "not", "Tich", "TICH", "Pat"])
def test_checked_tone_skips_english_and_capitalised_unaccented_words(token):
    assert check_syllable(token) == []


# --- VN-O02 tone misplaced ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("token", "fixed"),
    [("lựơng", "lượng"), ("nghịêm", "nghiệm"), ("baỏ", "bảo"), ("tòan", "toàn"), ("qúa", "quá"), ("gìa", "già"),
     ("hóai", "hoái"), ("thúyêt", "thuyết"), ("Tòan", "Toàn"), ("TÒAN", "TOÀN"), ("mùôn", "muồn"),
     ("vâỵ", "vậy"), ("thơì", "thời"), ("ngươì", "người"), ("qũy", "quỹ"), ("khúya", "khuýa")],
)
def test_tone_misplaced(token, fixed):
    p = only(token)
    assert (p.code, p.replacements, p.safe) == ("tone_misplaced", (fixed,), True)


@pytest.mark.parametrize(
    "token", ["hòa", "hoà", "thủy", "thuỷ", "ủy", "uỷ", "khỏe", "khoẻ", "Ủy", "UỶ", "hóa", "hoá", "thuý", "tỏa"]
)
def test_both_tone_styles_are_valid(token):
    assert check_syllable(token, "first_vowel") == []
    assert check_syllable(token, "main_vowel") == []


# --- VN-O03 multi tone ------------------------------------------------------------------------------------

@pytest.mark.parametrize("token", ["hóà", "việ́t", "ngừơì"])
def test_multi_tone(token):
    p = only(token)
    assert (p.code, p.replacements, p.safe) == ("multi_tone", (), False)


# --- VN-O04 onset spelling ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("token", "fixed"),
    [("ngiêng", "nghiêng"), ("ghà", "gà"), ("cẹo", "kẹo"), ("kà", "cà"), ("ngĩ", "nghĩ"), ("nghà", "ngà"),
     ("gế", "ghế"), ("cí", "kí"), ("kuốc", "cuốc"), ("cuyết", "quyết"), ("qốc", "quốc"), ("Ngiêm", "Nghiêm"),
     ("NGIÊM", "NGHIÊM"), ("Ghà", "Gà"), ("nge", "nghe")],
)
def test_onset_spelling(token, fixed):
    p = only(token)
    assert (p.code, p.replacements, p.safe) == ("onset_spelling", (fixed,), True)


@pytest.mark.parametrize(
    "token",
    ["Kaspersky", "Gheorghe", "Kon", "Kạn", "Kông", "Kơ", "gen", "get", "ken", "ki", "kỹ", "ghi", "ghế", "nghe",
     "gà", "cà", "kẹo", "quá", "gì", "gìn", "giếng", "CIA", "KỸ"],
)
def test_onset_spelling_fine_or_skipped(token):
    assert check_syllable(token) == []


# --- VN-O05 bad rhyme ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("token", "fixed"),
    [("nguời", "người"), ("đuợc", "được"), ("Nguời", "Người"), ("NGUỜI", "NGƯỜI"), ("tuơi", "tươi"),
     ("huơu", "hươu"), ("đưọc", "được"), ("ruợu", "rượu"), ("muờng", "mường")],
)
def test_incomplete_uo_is_a_safe_fix(token, fixed):
    p = only(token)
    assert (p.code, p.message_key, p.replacements, p.safe) == ("bad_rhyme", "incomplete_uo", (fixed,), True)


@pytest.mark.parametrize("token", ["huơ", "khuơ", "thuở", "Thuở", "HUƠ", "quơ", "quờ"])
def test_real_uo_words_are_not_flagged(token):
    assert check_syllable(token) == []


def test_bad_rhyme_with_one_repair_needs_review():
    p = only("tiéng")
    assert (p.code, p.message_key, p.replacements, p.safe) == ("bad_rhyme", "bad_rhyme", ("tiếng",), False)


def test_bad_rhyme_uo_without_horns_offers_both_readings():
    p = only("nguòi")
    assert p.code == "bad_rhyme" and not p.safe
    assert set(p.replacements) == {"người", "nguồi"}


@pytest.mark.parametrize("token", ["ặo", "mơc", "thâo", "ươ", "ăo", "xuâ", "Mơc"])
def test_bad_rhyme_without_a_repair(token):
    p = only(token)
    assert (p.code, p.replacements, p.safe) == ("bad_rhyme", (), False)


@pytest.mark.parametrize(("token", "fixed"), [("tyên", "tiên"), ("iến", "yến")])
def test_bad_rhyme_i_or_y_before_ê(token, fixed):
    p = only(token)
    assert (p.code, p.replacements, p.safe) == ("bad_rhyme", (fixed,), False)


@pytest.mark.parametrize("token", ["Đắk", "Lắk", "ĐẮK", "Đăk", "Pắk", "xoong", "boong", "moóc", "soóc"])
def test_place_names_and_loanword_rhymes(token):
    assert check_syllable(token) == []


def test_quooc_is_not_a_rhyme():
    assert check_syllable("quoóc")[0].code == "bad_rhyme"
    assert check_syllable("quooc") == []  # unaccented: not Vietnamese-shaped, no finding


# --- VN-U03 d stroke --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("token", "fixed"), [("Ðại", "Đại"), ("ðường", "đường"), ("ÐẮK", "ĐẮK"), ("Ɖà", "Đà"),
                                              ("ɖi", "đi")])
def test_d_stroke(token, fixed):
    p = only(token)
    assert (p.code, p.replacements, p.safe) == ("d_stroke", (fixed,), True)
    assert p.rule == "VN-U03"


@pytest.mark.parametrize("token", ["Guðmundur", "Ðorðević", "með", "Þór", "ðat"])
def test_d_stroke_leaves_other_languages_alone(token):
    assert check_syllable(token) == []


# --- VN-U06 mixed script ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("token", "fixed"),
    [("N\u0430m", "Nam"), ("Vi\u0435\u0302\u0323t", "Việt"), ("\u041dà", "Hà"), ("Micr\u043esoft", "Microsoft"),
     ("Ph\u03bfng", "Phong")],
)
def test_mixed_script(token, fixed):
    p = only(token)
    assert (p.code, p.replacements, p.safe) == ("mixed_script", (fixed,), True)


@pytest.mark.parametrize("token", ["Москва", "Nam", "μm", "TNF-α", "NF-κB", "Αθήνα"])
def test_mixed_script_leaves_real_scripts_alone(token):
    assert [p for p in check_syllable(token) if p.code == "mixed_script"] == []


# --- compounds, foreign words, robustness ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "token",
    ["pa-nô", "ka-ki", "ka-ra-ô-kê", "Mát-xcơ-va", "K'Ho", "H’Mông", "Bà", "Rịa-Vũng", "karaoke", "Pleiku", "ANTV",
     "PCCC", "the", "and", "coffee", "Facebook", "", "123", "a1", "hello!", "ô", "tô", "Kon", "Tum"],
)
def test_no_findings(token):
    assert check_syllable(token) == []


def test_compound_parts_still_get_tone_mark_checks():
    p = only("Rịa-Vũng-Tàu-hóà")
    assert p.code == "multi_tone"
    p = only("ki-ốt-tòan")
    assert (p.code, p.replacements) == ("tone_misplaced", ("ki-ốt-toàn",))


def test_replacements_follow_the_tone_style_setting():
    assert only("thàt").replacements == ("thát", "thạt")
    assert only("nguời", "main_vowel").replacements == ("người",)


def test_codes_and_message_keys_are_the_documented_ones():
    from editor.model.vietnamese import CODES, MESSAGE_KEYS

    tokens = ["tich", "tòan", "hóà", "ngiêng", "ghà", "cẹo", "qốc", "cuyết", "nguời", "tiéng", "Ðại", "N\u0430m"]
    seen = {p.message_key for t in tokens for p in check_syllable(t)}
    assert seen == set(MESSAGE_KEYS)
    assert {p.code for t in tokens for p in check_syllable(t)} == set(CODES)


def test_decomposed_token_is_checked_as_nfc():
    import unicodedata

    assert only(unicodedata.normalize("NFD", "tòan")).replacements == ("toàn",)
    assert check_syllable(unicodedata.normalize("NFD", "người")) == []
