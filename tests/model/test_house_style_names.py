"""VN-N01 / EN-N01 NameAgreement: a name is written the same way in the story as in the structured
fields (quote speaker and role, award recipient, byline, dateline) and the desk's list of names."""

from __future__ import annotations

import unicodedata

import pytest

from editor.model.article import Article, Award, Block, Byline, Dateline, Quote
from editor.model.house_style import PackError, apply_finding, check_article, load_pack

SPEAKER = "Nguyễn Văn Hòa"


def desk(tmp_path, text: str, base: str = "vi-newsroom"):
    path = tmp_path / "desk.toml"
    path.write_text(f'extends = "{base}"\nname = "desk"\n' + text, encoding="utf-8")
    return load_pack(str(path))


def story(*paragraphs: str, speaker: str = SPEAKER, role: str = "", lang: str = "vi", **fields) -> Article:
    article = Article(language=lang, headline=fields.pop("headline", "Tin"))
    article.body = [Block(text=p) for p in paragraphs]
    if speaker:
        article.quotes = [Quote(speaker=speaker, role=role, text="")]
    for key, value in fields.items():
        setattr(article, key, value)
    return article


def names(article: Article, pack, rule: str | None = None, lang: str | None = None):
    rule = rule or ("VN-N01" if pack.language == "vi" else "EN-N01")
    return [f for f in check_article(article, pack, lang=lang) if f.rule == rule]


def on(article: Article, pack, text: str):
    """Every finding (any rule) that covers ``text`` in the first body block."""
    start = article.body[0].text.index(text)
    return [f for f in check_article(article, pack)
            if f.field == "body" and f.block == 0 and f.start < start + len(text) and f.end > start]


# ---------------------------------------------------------------- Vietnamese: spelling of the name


def test_a_changed_syllable_is_a_warning_offering_the_speakers_spelling(vi):
    article = story("Ông Nguyễn Văn Hóa cho biết kế hoạch đã xong.")
    [f] = names(article, vi)
    assert (f.text, f.replacements, f.severity, f.safe_fix) == ("Nguyễn Văn Hóa", (SPEAKER,), "warning", False)
    assert f.message == "Tên này viết là “Nguyễn Văn Hòa” theo trích dẫn 1."
    assert apply_finding(article, f)
    assert article.body[0].text == "Ông Nguyễn Văn Hòa cho biết kế hoạch đã xong."
    assert names(article, vi) == []


def test_the_message_follows_the_article_language(vi):
    [f] = names(story("Ông Nguyễn Văn Hóa cho biết.", lang="en-GB"), vi)
    assert f.message == "This name is written “Nguyễn Văn Hòa” in quote 1."


def test_tone_placement_is_one_finding_that_gives_the_speakers_spelling(vi, tmp_path):
    article = story("Ông Nguyễn Văn Hoà cho biết.")
    # The house style already flags "Hoà" with the speaker's "Hòa": one slip, one finding.
    [f] = on(article, vi, "Nguyễn Văn Hoà")
    assert (f.rule, f.severity, f.replacements) == ("VN-T01", "warning", ("Hòa",))
    # A desk without a house tone style: the name rule says it.
    no_house = desk(tmp_path, "[rules.VN-T01]\nenabled = false\n")
    [f] = on(article, no_house, "Nguyễn Văn Hoà")
    assert (f.rule, f.text, f.replacements) == ("VN-N01", "Nguyễn Văn Hoà", (SPEAKER,))


def test_a_speaker_typed_in_the_other_tone_style_does_not_flag_the_body(vi):
    article = story("Ông Nguyễn Văn Hòa cho biết.", speaker="Nguyễn Văn Hoà")
    found = check_article(article, vi)
    assert [(f.rule, f.field, f.replacements) for f in found if f.rule in ("VN-N01", "VN-T01")] == [
        ("VN-T01", "quotes[0].speaker", ("Hòa",))]


def test_a_decomposed_name_is_compared_as_composed(vi):
    typed = unicodedata.normalize("NFD", "Theo Nguyễn Văn Hóa, kế hoạch đã xong.")
    [f] = names(story(typed), vi)
    assert (f.text, f.replacements) == ("Nguyễn Văn Hóa", (SPEAKER,))


def test_case_variants(vi):
    [f] = names(story("Theo Nguyễn văn Hòa, kế hoạch đã xong."), vi)
    assert (f.text, f.replacements) == ("Nguyễn văn Hòa", (SPEAKER,))
    # After "ông" the person-name rule already offers the same fix: one finding.
    article = story("Ông Nguyễn văn Hòa cho biết.")
    assert [(f.rule, f.replacements) for f in on(article, vi, "Nguyễn văn Hòa")] == [("VN-C02", (SPEAKER,))]
    # A heading in capitals that matches is fine.
    assert names(story("NGUYỄN VĂN HÒA: NGƯỜI GIỮ RỪNG"), vi) == []


def test_a_dropped_syllable_offers_the_full_name(vi):
    [f] = names(story("Ông Nguyễn Hòa cho biết."), vi)
    assert (f.text, f.replacements) == ("Nguyễn Hòa", (SPEAKER,))
    assert f.message == "Tên thiếu chữ: tên đầy đủ là “Nguyễn Văn Hòa” theo trích dẫn 1."
    four = story("Bà Nguyễn Kim Ngân và bà Nguyễn Thị Ngân.", speaker="Nguyễn Thị Kim Ngân")
    assert [(f.text, f.replacements) for f in names(four, vi)] == [
        ("Nguyễn Kim Ngân", ("Nguyễn Thị Kim Ngân",)), ("Nguyễn Thị Ngân", ("Nguyễn Thị Kim Ngân",))]


def test_normal_short_references_are_not_flagged(vi):
    article = story("Ông Nguyễn Văn Hòa cho biết. Theo ông Hòa, Thượng tá Hòa và anh Văn Hòa đã có mặt. "
                    "Ông Nguyễn Hòa Bình, người dân, cũng đến. Văn hóa và Văn Hóa Nghệ thuật.",
                    role="Thượng tá")
    assert names(article, vi) == []


def test_another_rank_before_the_same_person_offers_the_roles_rank(vi):
    article = story("Đại tá Nguyễn Văn Hòa cho biết. Sau đó, đại tá Hòa nói thêm.",
                    role="Thượng tá, Trưởng Công an huyện")
    found = names(article, vi)
    assert [(f.text, f.replacements) for f in found] == [("Đại tá", ("Thượng tá",)), ("đại tá", ("thượng tá",))]
    assert found[0].message == "Nguyễn Văn Hòa là “Thượng tá” theo trích dẫn 1."
    for f in reversed(found):
        assert apply_finding(article, f)
    assert article.body[0].text == "Thượng tá Nguyễn Văn Hòa cho biết. Sau đó, thượng tá Hòa nói thêm."


def test_the_rank_written_in_the_speaker_field_counts(vi):
    article = story("Đại tá Nguyễn Văn Hòa cho biết.", speaker="Thượng tá Nguyễn Văn Hòa")
    assert [(f.text, f.replacements) for f in names(article, vi)] == [("Đại tá", ("Thượng tá",))]


def test_a_rank_in_the_headline_sets_it_when_the_fields_have_none(vi):
    article = story("Đại tá Nguyễn Văn Hòa cho biết.", headline="Thượng tá Nguyễn Văn Hòa giữ rừng")
    [f] = names(article, vi)
    assert (f.text, f.replacements) == ("Đại tá", ("Thượng tá",))
    assert f.message.endswith("theo lần nhắc đầu tiên trong bài.")


def test_former_ranks_and_promotions_are_not_flagged(vi):
    assert names(story("Nguyên Đại tá Nguyễn Văn Hòa cho biết.", role="Thượng tá"), vi) == []
    promotion = story("Trao quyết định thăng cấp bậc hàm cho Đại tá Nguyễn Văn Hòa.", role="Thượng tá")
    assert names(promotion, vi) == []


def test_structured_fields_agree_with_each_other(vi):
    article = story("Ông Nguyễn Văn Hòa cho biết.")
    article.awards = [Award(recipient="Nguyễn Văn Hóa", recipient_kind="individual", award="Bằng khen")]
    [f] = names(article, vi)
    assert (f.field, f.text, f.replacements) == ("awards[0].recipient", "Nguyễn Văn Hóa", (SPEAKER,))


def test_byline_and_dateline_hold_names_too(vi):
    article = story("Phóng viên Lê Minh Khôi ghi nhận tại Thanh Hóa.", speaker="",
                    byline=Byline(authors=["Lê Minh Khôi"]), dateline=Dateline(place="Thanh Hóa"))
    assert names(article, vi) == []
    article.body[0].text = "Phóng viên Lê Minh Khôi ghi nhận tại Thanh Hoa, cùng Lê Khôi."
    assert [(f.text, f.replacements) for f in names(article, vi)] == [
        ("Thanh Hoa", ("Thanh Hóa",)), ("Lê Khôi", ("Lê Minh Khôi",))]


# ---------------------------------------------------------------- a desk's list of names


DESK_NAMES = """
[[names]]
name = "Tô Lâm"
title = "Đại tướng"

[[names]]
name = "Bộ Công an"
kind = "organisation"

[[names]]
name = "Thành phố Hồ Chí Minh"
kind = "place"

[[names]]
name = "Nguyễn Văn Hoà"
"""


def test_a_desk_enforces_its_names_and_titles(tmp_path):
    pack = desk(tmp_path, DESK_NAMES)
    cases = {
        "Thượng tướng Tô Lâm dự họp.": ("Thượng tướng", "Đại tướng"),
        "Đại tướng Tô Lam dự họp.": ("Tô Lam", "Tô Lâm"),
        "Hội nghị ở Thành phố Hồ Chí Mính.": ("Thành phố Hồ Chí Mính", "Thành phố Hồ Chí Minh"),
        "Lãnh đạo Bộ Công An dự họp.": ("Bộ Công An", "Bộ Công an"),
    }
    for text, (flagged, good) in cases.items():
        found = [f for f in check_article(story(text, speaker=""), pack) if f.text == flagged]
        assert [f.replacements[0] for f in found] == [good], (text, found)
        assert all(f.rule == "VN-N01" for f in found) or flagged == "Bộ Công An"  # VN-C03 says that one
    [f] = names(story("Thượng tướng Tô Lâm dự họp.", speaker=""), pack)
    assert f.message == "Tô Lâm là “Đại tướng” theo danh sách tên của tòa soạn."
    assert names(story("Tổng Bí thư Tô Lâm, Đại tướng Tô Lâm và ông Lâm.", speaker=""), pack) == []


def test_a_desk_name_keeps_its_own_tone_style(tmp_path):
    pack = desk(tmp_path, DESK_NAMES)
    article = story("Ông Nguyễn Văn Hòa cho biết.", speaker="")
    # The registered spelling wins over the house tone style: one finding, the desk's spelling.
    assert [(f.rule, f.replacements) for f in on(article, pack, "Nguyễn Văn Hòa")] == [
        ("VN-T03", ("Nguyễn Văn Hoà",))]
    assert names(story("Ông Nguyễn Hoà cho biết.", speaker=""), pack)[0].replacements == ("Nguyễn Văn Hoà",)


def test_an_extending_desk_adds_and_replaces_names(tmp_path):
    base = tmp_path / "base.toml"
    base.write_text('extends = "vi-newsroom"\n' + DESK_NAMES, encoding="utf-8")
    top = tmp_path / "top.toml"
    top.write_text('extends = "base.toml"\n[[names]]\nname = "Tô Lâm"\ntitle = "Thượng tướng"\n'
                   '[[names]]\nname = "Lương Tam Quang"\n', encoding="utf-8")
    pack = load_pack(str(top))
    assert {e.name: e.title for e in pack.names}["Tô Lâm"] == "Thượng tướng"
    assert len(pack.names) == 5
    found = names(story("Đại tướng Tô Lâm và ông Lương Quang.", speaker=""), pack)
    assert [(f.text, f.replacements) for f in found] == [
        ("Đại tướng", ("Thượng tướng",)), ("Lương Quang", ("Lương Tam Quang",))]


@pytest.mark.parametrize(("entries", "problem"), [
    ('names = ["Tô Lâm"]', "key “names[1]” must be a table such as"),
    ('names = [{ name = "Huế" }]', "names “Huế”, which has one word: a name to enforce needs at least two"),
    ('names = [{ name = "Tô Lâm", rank = "Đại tướng" }]', "has the key “rank”, which a name does not take"),
    ('names = [{ name = "Tô Lâm", kind = "ship" }]', "has the kind “ship” but must be one of person, organisation"),
    ('names = [{ name = "Tô Lâm" }, { name = "tô lâm" }]', "key “names[2]” lists “tô lâm” a second time"),
    ('names = [{ name = "Tô Lâm", title = 3 }]', "has a “title” that is not text in quotes"),
    ('names = "Tô Lâm"', "key “names” must be a list"),
    ('names = [{ name = "Nguyễn Văn Hòa Nguyễn Văn Hòa Nguyễn" }]', "which has 7 words: a person's name has at most 6"),
    ('[[names]]\nname = "Tô Lâm"\n[[names]]\ntitle = "Đại tá"', "line 5, key “names[2]” has no “name”"),
])
def test_a_broken_names_list_is_refused_in_one_sentence(tmp_path, entries, problem):
    with pytest.raises(PackError) as caught:
        desk(tmp_path, entries)
    message = str(caught.value)
    assert problem in message and message.count(".") <= 2 and "desk.toml" in message


# ---------------------------------------------------------------- English


def en_story(*paragraphs: str, speaker: str = "John Smith", role: str = "") -> Article:
    return story(*paragraphs, speaker=speaker, role=role, lang="en", headline="Headline")


def test_english_one_letter_off_in_the_last_name(en):
    [f] = names(en_story("John Smyth said on Monday that the plan was ready."), en)
    assert (f.text, f.replacements, f.severity) == ("John Smyth", ("John Smith",), "warning")
    assert f.message == "This name is written “John Smith” in quote 1."


def test_english_accents_and_capitals(en):
    found = names(en_story("Jose Marti spoke. Later John smith spoke.", speaker="José Martí"), en)
    assert [(f.text, f.replacements) for f in found] == [("Jose Marti", ("José Martí",))]
    [f] = names(en_story("Later John smith spoke."), en)
    assert (f.text, f.replacements) == ("John smith", ("John Smith",))


def test_english_normal_references_are_not_flagged(en):
    article = en_story("John Smith's plan, Smith said, is ready. JOHN SMITH SPEAKS. Sen. Smith agreed. "
                       "Jane Smith, his wife, and the John Smyth Foundation disagreed. Mark Smith came.",
                       speaker="Sen. John Smith")
    assert names(article, en) == []
    assert names(en_story("John Smith said.", speaker="John Paul Smith"), en) == []


def test_english_a_changed_title(en):
    article = en_story("Rep. John Smith said. Later, Rep. Smith added. Former Rep. John Smith disagreed.",
                       speaker="Sen. John Smith")
    found = names(article, en)
    assert [(f.text, f.replacements) for f in found] == [("Rep.", ("Sen.",)), ("Rep.", ("Sen.",))]
    assert found[0].message == "John Smith is “Sen.” in quote 1."
    [f] = names(en_story("Representative John Smith said.", role="Republican senator from Ohio"), en)
    assert (f.text, f.replacements) == ("Representative", ("Senator",))


def test_english_desk_names(tmp_path):
    pack = desk(tmp_path, '[[names]]\nname = "Joe Biden"\ntitle = "President"\n', base="en-newsroom")
    article = story("Vice President Joe Biden spoke. Joe Bidden left.", speaker="", lang="en", headline="Headline")
    assert [(f.text, f.replacements) for f in names(article, pack)] == [
        ("Vice President", ("President",)), ("Joe Bidden", ("Joe Biden",))]


def test_a_title_from_one_articles_fields_does_not_stick_to_the_desks_name(tmp_path):
    pack = desk(tmp_path, '[[names]]\nname = "Lương Tam Quang"\n')
    first = story("Thượng tướng Lương Tam Quang dự họp.", speaker="Lương Tam Quang", role="Đại tướng")
    assert [(f.text, f.replacements) for f in names(first, pack)] == [("Thượng tướng", ("Đại tướng",))]
    assert names(story("Thượng tướng Lương Tam Quang dự họp.", speaker=""), pack) == []


def test_a_speaker_typed_in_capitals_gives_the_letters_not_the_capitals(vi):
    article = story("Ông Nguyễn Văn Hòa cho biết. Ông Nguyễn Văn Hóa nói thêm.", speaker="NGUYỄN VĂN HÒA")
    assert [(f.text, f.replacements) for f in names(article, vi)] == [("Nguyễn Văn Hóa", (SPEAKER,))]


def test_odd_fields_neither_crash_nor_flag_nonsense(vi, en):
    odd = ["", " ", "Ông", "Thượng tá", "((((", "Nguyễn\nVăn Hòa", "ông bà anh chị", "Đại tá Đại tá Hòa", "A B",
           "[[Họ tên]]", "Nguyễn Văn Hòa " * 300, "Mr. Dr. Sen.", "John O'Neil-Smith", "\u0301\u0300 Hòa", "1 2 3"]
    for pack, lang in ((vi, "vi"), (en, "en")):
        article = story("Ông Nguyễn Văn Hòa, A B và John O'Neil-Smith cho biết. Đại tá Hòa nói. 1 2 3.",
                        speaker="", lang=lang)
        article.quotes = [Quote(speaker=s, role=s, text="") for s in odd]
        article.awards = [Award(recipient=s, recipient_kind=k, award="x") for s in odd for k in ("individual", "collective")]
        article.byline = Byline(authors=list(odd))
        article.dateline = Dateline(place=odd[-5])
        for f in names(article, pack):
            assert 0 <= f.start < f.end and f.replacements and f.text != f.replacements[0], f


def test_a_title_is_offered_in_the_shape_it_was_written(vi):
    article = story("PGS Nguyễn Văn Hòa và Phó Giáo sư Nguyễn Văn Hòa.", speaker="GS Nguyễn Văn Hòa")
    assert [(f.text, f.replacements) for f in names(article, vi)] == [("PGS", ("GS",)), ("Phó Giáo sư", ("Giáo sư",))]
