"""Issue 13, point 4: the sign-off registry is for a desk's initials. An outside author's name as
the sign-off ("Bảo Anh", "Nguyễn Thị Minh Trang", "Theo Bảo Anh") is not VN-S03; initials the
desk has not registered still are."""

from __future__ import annotations

import json

import pytest

from editor.model.article import Article, Block, Byline
from editor.model.house_style import check_article, load_pack

LEAD = "(ANTV) – Chiều 11/3, tại Hà Nội, Bộ Công an tổ chức hội nghị tổng kết công tác năm."
STORY = "Hội nghị đánh giá kết quả công tác năm và đề ra nhiệm vụ năm tới."


@pytest.fixture(scope="module")
def pack():
    return load_pack("vi-newsroom")


def byline_findings(pack, signoff: str = "", last_line: str = "", authors: list[str] | None = None):
    body = [Block(text=STORY)] + ([Block(text=last_line)] if last_line else [])
    article = Article(language="vi", headline="Hội nghị tổng kết", lede=LEAD, body=body)
    article.byline = Byline(authors=authors or [], signoff=signoff)
    return [(f.field, f.text, f.message) for f in check_article(article, pack) if f.rule == "VN-S03"]


@pytest.mark.parametrize(
    "name", ["Bảo Anh", "Nguyễn Thị Minh Trang", "Theo Bảo Anh", "Hồng Hạnh (Theo AFP)", "Minh",
             "Ngọc Tài - Thanh Tùng", "Bảo Anh và Minh Thu"])
def test_an_outside_authors_name_is_no_unregistered_signoff(pack, name):
    assert byline_findings(pack, signoff=name) == []
    if " " in name and " - " not in name and " và " not in name:  # how the body's last line is read is unchanged
        assert byline_findings(pack, last_line=name) == []


@pytest.mark.parametrize("initials", ["XYZ", "P.V", "HT"])
def test_initials_the_desk_has_not_registered_are_still_flagged(pack, initials):
    found = byline_findings(pack, signoff=initials)
    assert [(field, text) for field, text, _ in found] == [("byline.signoff", initials)]
    assert "chưa có trong danh sách" in found[0][2]
    assert [(field, text) for field, text, _ in byline_findings(pack, last_line=initials)] == [("body", initials)]


def test_registered_initials_and_the_authors_own_initials_pass(pack):
    assert byline_findings(pack, signoff="BT") == []
    assert byline_findings(pack, signoff="MT", authors=["Minh Thu"]) == []


def test_an_article_with_no_byline_at_all_is_still_told(pack):
    found = byline_findings(pack)
    assert [(field, text) for field, text, _ in found] == [("byline.signoff", "")]


def test_the_bylines_of_real_articles_as_sign_offs_raise_nothing(corpus, pack):
    """Every byline of the edited corpus (outside authors' names, "(Theo AFP)", two or three names)
    typed into the sign-off field: none is an unregistered sign-off."""
    bylines = [json.loads(p.read_text(encoding="utf-8")).get("byline") for p in sorted((corpus / "vi").glob("*.json"))]
    bylines = [b for b in bylines if b]
    assert len(bylines) >= 20
    flagged = [b for b in bylines if any("chưa có trong danh sách" in m for _, _, m in byline_findings(pack, signoff=b))]
    assert flagged == []
