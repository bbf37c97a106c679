"""Rules that need the whole article, a pack setting, or text the model would have normalised."""

from __future__ import annotations

import unicodedata

import pytest

from editor.model.article import Article, Award, Block, Quote
from editor.model.house_style import check_article, check_article_level, check_text, load_pack


@pytest.fixture(scope="module")
def pack():
    return load_pack("vi-newsroom")


def desk(tmp_path, body: str):
    path = tmp_path / "desk.toml"
    path.write_text('extends = "vi-newsroom"\n' + body, encoding="utf-8")
    return load_pack(str(path))


def of(findings, rule):
    return [f for f in findings if f.rule == rule]


def story(*paragraphs: str, **fields) -> Article:
    article = Article(language="vi", body=[Block(text=p) for p in paragraphs])
    article.byline.signoff = fields.pop("signoff", "BT")
    for key, value in fields.items():
        setattr(article, key, value)
    return article


def test_nfd_text_is_flagged_with_offsets_into_the_nfc_text(pack):
    typed = "Vie\u0323\u0302t Nam, ngày mới"  # 6 code points for "Việt"
    found = of(check_text(typed, pack, "body", 0), "VN-U01")
    assert [(f.start, f.end, f.text, f.replacements, f.safe_fix) for f in found] == [
        (0, 4, "Việt", ("Việt",), True)]
    assert unicodedata.normalize("NFC", typed)[0:4] == "Việt"


@pytest.mark.parametrize("legacy, encoding", [
    ("Vieät Nam laø moät quoác gia ñoäc laäp", "VNI"),
    ("ViÖt Nam lµ mét quèc gia ®éc lËp", "TCVN3"),
])
def test_a_legacy_paragraph_gets_one_whole_paragraph_conversion(pack, legacy, encoding):
    found = check_article(story(legacy), pack)
    legacy_findings = of(found, "VN-U02")
    assert len(legacy_findings) == 1
    f = legacy_findings[0]
    assert (f.start, f.end, f.text) == (0, len(legacy), legacy)
    assert f.replacements == ("Việt Nam là một quốc gia độc lập",) and not f.safe_fix
    assert encoding in f.message
    assert not [x for x in found if x.rule.startswith("VN-O")]  # no syllable noise on mojibake


def test_i_or_y_consistency_flags_the_minority_spelling(tmp_path):
    pack = desk(tmp_path, "[rules.VN-O08.params]\nhouse = {}\n")
    article = story("Nâng cao kỹ năng và kỹ thuật.", "Bài học kĩ năng sống.")
    found = of(check_article(article, pack), "VN-O08")
    assert [(f.block, f.text, f.replacements[0], f.safe_fix) for f in found] == [(1, "kĩ", "kỹ", False)]


def test_the_optional_lexicon_flags_unknown_syllables_when_switched_on(tmp_path, pack):
    (tmp_path / "words.txt").write_text("xin\nchào\nhòa\n", encoding="utf-8")
    lexicon = desk(tmp_path, '[rules.VN-O09]\nenabled = true\nparams = { lexicon_file = "words.txt" }\n')
    article = story("xin chào hoà bạn")
    assert [f.text for f in of(check_article(article, lexicon), "VN-O09")] == ["bạn"]
    assert of(check_article(article, pack), "VN-O09") == []


def test_main_vowel_house_style_and_registered_names(tmp_path):
    pack = desk(tmp_path, '[settings]\ntone_placement = "main_vowel"\n')
    article = story("Ủy ban nhân dân xã và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam cùng hòa giải.")
    found = check_article(article, pack)
    assert [(f.text, f.replacements[0]) for f in of(found, "VN-T01")] == [("Ủy", "Uỷ"), ("hòa", "hoà")]
    assert of(found, "VN-T03") == []  # the registered name keeps “Ủy” under main_vowel


def test_registered_name_in_the_other_style_is_restored(pack):
    found = check_article(story("Đại diện Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam phát biểu."), pack)
    assert of(found, "VN-T01") == []
    assert [f.replacements[0] for f in of(found, "VN-T03")] == ["Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]


def test_consistent_mode_flags_the_minority_tone_style(tmp_path):
    pack = desk(tmp_path, '[settings]\ntone_placement = "consistent"\n')
    article = story("Hòa giải, hòa hợp và xã hội hóa.", "Tự hoà giải ở cơ sở.")
    found = check_article(article, pack)
    assert of(found, "VN-T01") == []
    assert [(f.block, f.text, f.replacements[0], f.safe_fix) for f in of(found, "VN-T02")] == [
        (1, "hoà", "hòa", True)]


def test_case_consistency_flags_the_minority_capitalisation(pack):
    article = story("Bộ Công an tổ chức Hội nghị trực tuyến.", "Ông phát biểu tại Hội nghị và chủ trì Hội nghị.",
                    "Tại đây, hội nghị đã thống nhất.")
    found = of(check_article(article, pack), "VN-C09")
    assert [(f.block, f.text, f.replacements[0]) for f in found] == [(2, "hội nghị", "Hội nghị")]


def test_abbreviation_first_use(pack):
    article = story("Phong trào bảo vệ an ninh Tổ quốc lan rộng.", "Toàn dân bảo vệ ANTQ; lực lượng CAND; tin ANTV.")
    found = of(check_article(article, pack), "VN-A01")
    assert [(f.block, f.text, f.replacements[0]) for f in found] == [
        (0, "an ninh Tổ quốc", "an ninh Tổ quốc (ANTQ)"),
        (1, "CAND", "Công an nhân dân (CAND)"),
    ]
    assert all(not f.safe_fix for f in found)
    defined = story("Bảo vệ an ninh Tổ quốc (ANTQ) là nhiệm vụ.", "Toàn dân bảo vệ ANTQ và GDP tăng.")
    assert of(check_article(defined, pack), "VN-A01") == []


def test_redundant_full_form_and_double_definition(pack):
    article = story("Bảo vệ an ninh Tổ quốc (ANTQ) là nhiệm vụ.", "Giữ vững an ninh Tổ quốc và ANTQ (ANTQ).")
    found = of(check_article(article, pack), "VN-A04")
    assert [(f.block, f.text, f.replacements[0]) for f in found] == [
        (1, "an ninh Tổ quốc", "ANTQ"), (1, " (ANTQ)", "")]


def test_time_formats_are_consistent(pack):
    article = story("Lúc 20:46 và 21:10 tối qua.", "Đến 22h15 thì xong.")
    found = of(check_article(article, pack), "VN-D04")
    assert [(f.block, f.text, f.replacements[0]) for f in found] == [(1, "22h15", "22:15")]


def test_lead_without_time_and_place(pack):
    article = story(lede="(ANTV) – Bộ Công an đã tổ chức hội nghị.")
    found = of(check_article(article, pack), "VN-S02")
    assert [(f.field, f.text) for f in found] == [("lede", "(ANTV) – ")]
    good = story(lede="(ANTV) – Chiều 11/3, tại Hà Nội, Bộ Công an đã tổ chức hội nghị.")
    assert of(check_article(good, pack), "VN-S02") == []


def test_byline_rules(pack):
    unsigned = story("Nội dung bài.", signoff="")
    assert [(f.field, f.start, f.end) for f in of(check_article(unsigned, pack), "VN-S03")] == [
        ("byline.signoff", 0, 0)]
    after = story("Nội dung bài.", "BT", "Một đoạn còn sót lại.", signoff="")
    found = of(check_article(after, pack), "VN-S03")
    assert [(f.block, f.text) for f in found] == [(2, "Một đoạn còn sót lại.")]
    stranger = story("Nội dung bài.", signoff="XQ")
    assert [f.text for f in of(check_article(stranger, pack), "VN-S03")] == ["XQ"]
    signed = story("Nội dung bài.", "BT", "Thăm dò khán giả", signoff="")
    assert of(check_article(signed, pack), "VN-S03") == []


def test_lengths(pack):
    long_sapo = " ".join(["chữ"] * 60) + "."
    long_sentence = "Câu " + " ".join(["dài"] * 65) + "."
    article = story(long_sentence, lede=long_sapo, headline="Tiêu đề " + "rất dài " * 20)
    found = check_article(article, pack)
    assert [(f.field, f.start, f.end) for f in of(found, "VN-S05")] == [("lede", 0, len(long_sapo))]
    assert "60" in of(found, "VN-S05")[0].message
    assert [(f.field, f.block) for f in of(found, "VN-S06") if f.field == "body"] == [("body", 0)]
    assert [f.field for f in of(found, "VN-S11")] == ["headline"]
    short = story("Câu ngắn.", lede="Sapo ngắn gọn.", headline="Tiêu đề ngắn")
    assert not {"VN-S05", "VN-S06", "VN-S11"} & {f.rule for f in check_article(short, pack)}


def test_quotes_must_appear_in_the_story_and_awards_must_be_complete(pack):
    article = story("Ông nói: “Dân vận khéo là gốc”.", lede="Hội nghị sơ kết.")
    article.quotes = [Quote(speaker="A", text="Dân vận khéo là gốc"), Quote(speaker="B", text="Câu chưa từng nói"),
                      Quote(speaker="C", text="Tóm ý", kind="paraphrase")]
    article.awards = [Award(recipient="Công an tỉnh", award="Bằng khen"), Award(recipient="", award="Bằng khen"),
                      Award(recipient="Ông D", award="")]
    found = check_article_level(article, pack)
    assert [f.field for f in of(found, "VN-S09")] == ["quotes[1].text"]
    assert [(f.field, f.start, f.end) for f in of(found, "VN-S10")] == [
        ("awards[1].recipient", 0, 0), ("awards[2].award", 0, 0)]


def test_quote_marks_unbalanced_and_nested(pack):
    found = of(check_article(story("Ông nói “đi đi và “về” nhé."), pack), "VN-P06")
    assert {f.text for f in found} == {"“về”", "“"}
    assert all(not f.safe_fix for f in found)
    odd = of(check_article(story('Ông nói "đi đi.'), pack), "VN-P06")
    assert [(f.text, f.replacements) for f in odd] == [('"', ())]


def test_dateline_dash_is_safe_only_in_the_dateline(tmp_path):
    pack = desk(tmp_path, "[rules.VN-S01]\nenabled = false\n")
    found = of(check_article(story("(ANTV) - Chiều 11/3, hội nghị - một sự kiện lớn."), pack), "VN-P08")
    assert [(f.start, f.text, f.safe_fix) for f in found] == [(6, " - ", True), (29, " - ", False)]


def test_signoff_made_of_the_authors_initials_is_known():
    from editor.model.article import Article, Block, Byline
    from editor.model.house_style import check_article, load_pack

    a = Article.new("vi")
    a.headline = "Tin ngắn"
    a.body = [Block(text="Sáng nay, Hà Nội có mưa.")]
    a.byline = Byline(authors=["Minh Thu"], signoff="MT")
    assert not [f for f in check_article(a, load_pack("vi-newsroom")) if f.rule == "VN-S03"]
    a.byline = Byline(authors=["Minh Thu"], signoff="QX")
    assert [f for f in check_article(a, load_pack("vi-newsroom")) if f.rule == "VN-S03"]
