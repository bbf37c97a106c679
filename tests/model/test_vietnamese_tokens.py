"""Word tokens with code-point offsets, and syllable findings over a text."""

from __future__ import annotations

import time
import unicodedata

from editor.model.vietnamese import syllable_findings, tokens


def words(text: str, **kw) -> list[str]:
    out = []
    for start, end, token in tokens(text, **kw):
        assert text[start:end] == token
        out.append(token)
    return out


def test_words_and_offsets_in_code_points():
    text = "Thành tích của 😀 Việt Nam"
    got = list(tokens(text))
    assert [t for _, _, t in got] == ["Thành", "tích", "của", "Việt", "Nam"]
    assert got[3][0] == text.index("Việt")


def test_punctuation_splits_and_run_together_sentences():
    assert words("“Dân vận khéo”, (ANTV) – bếp.Lực lượng; TP.HCM!") == [
        "Dân", "vận", "khéo", "ANTV", "bếp", "Lực", "lượng", "TP", "HCM"]


def test_hyphen_and_apostrophe_stay_inside_a_token():
    assert words("pa-nô, ka-ra-ô-kê, K'Ho, H’Mông, Bà Rịa-Vũng Tàu, - dash") == [
        "pa-nô", "ka-ra-ô-kê", "K'Ho", "H’Mông", "Bà", "Rịa-Vũng", "Tàu", "dash"]


def test_digits_urls_and_mail_are_skipped():
    text = ("Ngày 11/3, COVID-19, H5N1, 4G, vie65t xem https://antv.gov.vn/a-b?x=1 hoặc www.vnexpress.net, "
            "viết thư cho toa.soan@antv.vn hay VnExpress.net, #ViệtNam @bao")
    assert words(text) == ["Ngày", "xem", "hoặc", "viết", "thư", "cho", "hay"]
    assert words("vie65t và 2024 H5N1", with_digits=True) == ["vie65t", "và", "H5N1"]


def test_decomposed_text_keeps_whole_words():
    nfd = unicodedata.normalize("NFD", "Việt Nam")
    assert words(nfd) == [unicodedata.normalize("NFD", "Việt"), "Nam"]


def test_findings_over_a_text():
    text = "Bảng thành tich của ông được tặng. Nguời dân ghà."
    found = [(text[f.start:f.end], f.problem.code) for f in syllable_findings(text)]
    assert found == [("tich", "checked_tone"), ("Nguời", "bad_rhyme"), ("ghà", "onset_spelling")]


def test_findings_skip_unaccented_words_in_english_sentences():
    text = "Ví dụ: It is a custom that makes me late to class lat and let me in (Giáo viên chấp nhận)."
    assert syllable_findings(text) == []
    # The same unaccented stop rhyme inside Vietnamese prose is flagged.
    assert [f.token for f in syllable_findings("Ông có thành tich rất tốt.")] == ["tich"]


def test_speed_on_a_long_paragraph():
    paragraph = "Bộ Công an phối hợp với Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức hội nghị. " * 200
    start = time.perf_counter()
    for _ in range(5):
        list(tokens(paragraph))
        syllable_findings(paragraph)
    assert time.perf_counter() - start < 1.0
