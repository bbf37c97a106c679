"""Web furniture recognition (V8), the Vietnamese font choice (P5) and the print date line (V2)."""

from __future__ import annotations

import pytest

from editor.model.article import Article, Block
from editor.model.dates import article_date_line as date_line
from exports.document import Part
from exports.furniture import drop_furniture, is_furniture


@pytest.mark.parametrize("text", [
    "Chia sẻ lên twitter … In bài · Gửi cho bạn bè",
    "Chia sẻ lên facebook | Chia sẻ lên zalo",
    "In bài",
    "Thăm dò khán giả",
    "Cập nhật: 10:27, Thứ 3, 12/03/2019",
    "Thứ 3, 12/03/2019 - 10:27 (GMT+7)",
    "Tin liên quan: Hà Nội mở rộng mô hình tổ liên gia",
    "Share on Facebook · Print · Email to a friend",
    "In bài\nGửi cho bạn bè",
])
def test_web_chrome_is_recognised(text):
    assert is_furniture(text)


@pytest.mark.parametrize("text", [
    "Bạn đọc có thể bấm In bài để giữ bản giấy.",
    "Chia sẻ tại hội nghị, ông Hòa cho biết mô hình sẽ được mở rộng.",
    "Lấy người dân làm trung tâm",
    "",
    "In bài\nMột câu của nhà báo.",
])
def test_the_journalists_text_is_not_furniture(text):
    assert not is_furniture(text)


def test_only_body_and_kicker_parts_are_dropped():
    parts = [Part("kicker", "Chia sẻ"), Part("headline", "In bài"), Part("paragraph", "Gửi cho bạn bè"),
             Part("paragraph", "Chia sẻ", prefix="(ANTV) – "), Part("byline", "Bình luận")]
    assert [p.role for p in drop_furniture(parts)] == ["headline", "paragraph", "byline"]


def test_weekday_house_style():
    assert date_line("2019-03-12T10:27:00+07:00", "vi") == "Thứ Ba, 12/03/2019, 10:27 (GMT+7)"
    assert date_line("2019-03-12T10:27:00+07:00", "vi", weekday_style="number") == "Thứ 3, 12/03/2019, 10:27 (GMT+7)"
    assert date_line("2019-03-17", "vi", weekday_style="number") == "Chủ nhật, 17/03/2019"


def test_print_date_line_takes_the_time_of_the_article():
    from exports.print_layout import PrintOptions, print_parts

    article = Article.new("vi")
    article.headline = "Tin"
    article.dateline.date = "2026-03-12"
    article.updated = "2026-03-12T18:40:00+07:00"
    article.body = [Block(type="paragraph", text="Nội dung.")]
    parts = print_parts(article, PrintOptions())
    assert [p.role for p in parts][:2] == ["date", "headline"]
    assert parts[0].text == "Thứ Năm, 12/03/2026, 18:40 (GMT+7)"


def test_146_vietnamese_letters_and_a_covering_installed_font(qapp):
    from exports.print_fonts import VIETNAMESE_LETTERS, covers_vietnamese, pick_family

    assert len(set(VIETNAMESE_LETTERS)) == 146
    assert {"ạ", "Ặ", "ự", "Ỵ", "đ", "Đ", "ỹ"} <= set(VIETNAMESE_LETTERS)
    family = pick_family("")
    assert covers_vietnamese(family), family
    assert pick_family("No Such Font Family") == family
    assert not covers_vietnamese("No Such Font Family")


def test_no_vietnamese_font_is_one_clear_sentence(qapp, monkeypatch):
    import exports.print_fonts as fonts

    monkeypatch.setattr(fonts, "first_vietnamese_family", lambda: None)
    with pytest.raises(fonts.PrintFontError, match="No installed font has every Vietnamese letter"):
        fonts.pick_family("", "Nâng cao hiệu quả phòng cháy")
    assert fonts.pick_family("", "Neighbourhood fire watch")  # English text still prints
