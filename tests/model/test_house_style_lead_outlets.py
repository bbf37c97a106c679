"""Issue 13, point 3: an outlet the article names opens a lead like a code does. "(VietNamNet) - "
gets VN-S01 like "(ANTV) - "; the pack knows the main Vietnamese outlets by name, and the
article's own dateline source counts too (in the English pack as well: EN-AP-01)."""

from __future__ import annotations

import pytest

from editor.model.article import Article, Block, Dateline
from editor.model.house_style import apply_safe_fixes, check_article

LEAD = "Chiều 11/3, tại Hà Nội, Bộ Công an tổ chức hội nghị tổng kết công tác năm."
STORY = "Officials met on Tuesday in Hanoi to discuss the budget."


def vi_article(lede: str = "", body: str = LEAD, source: str = "") -> Article:
    article = Article(language="vi", headline="Hội nghị tổng kết", lede=lede, body=[Block(text=body)])
    article.dateline = Dateline(source=source)
    return article


def rules(found, *wanted: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    return [(f.rule, f.field, f.text, f.replacements) for f in found if f.rule in wanted]


@pytest.mark.parametrize(
    "outlet",
    ["VietNamNet", "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Dân trí", "VOV", "VTV", "TTXVN", "Nhân Dân", "CAND",
     "ANTV", "QĐND", "VietnamPlus", "Lao Động", "Người Lao Động"],
)
def test_the_main_vietnamese_outlets_open_a_lead(vi, outlet):
    found = check_article(vi_article(lede=f"({outlet}) - {LEAD}"), vi)
    assert rules(found, "VN-S01") == [("VN-S01", "lede", f"({outlet}) - ", (f"({outlet}) – ",))]


def test_vietnamnet_is_fixed_like_antv_and_the_dash_is_one_finding(vi):
    for outlet in ("ANTV", "VietNamNet"):
        article = vi_article(lede=f"({outlet}) -\u00a0{LEAD}")
        found = check_article(article, vi)
        assert [f.rule for f in found if f.field == "lede" and f.start < len(outlet) + 5] == ["VN-S01"]
        fixed, _ = apply_safe_fixes(article, found)
        assert fixed.lede == f"({outlet}) – {LEAD}"


def test_the_first_body_paragraph_opens_the_lead_when_there_is_no_sapo(vi):
    found = check_article(vi_article(body=f"(Dân trí) - {LEAD}"), vi)
    assert rules(found, "VN-S01") == [("VN-S01", "body", "(Dân trí) - ", ("(Dân trí) – ",))]


def test_a_name_in_another_case_is_still_the_outlet(vi):
    found = check_article(vi_article(lede=f"(Dân Trí) - {LEAD}"), vi)
    assert rules(found, "VN-S01") == [("VN-S01", "lede", "(Dân Trí) - ", ("(Dân Trí) – ",))]


def test_the_articles_own_dateline_source_is_an_outlet(vi):
    lede = f"(Báo Quảng Ninh) - {LEAD}"
    assert rules(check_article(vi_article(lede=lede), vi), "VN-S01") == []  # unknown name: an aside
    found = check_article(vi_article(lede=lede, source="Báo Quảng Ninh"), vi)
    assert rules(found, "VN-S01") == [("VN-S01", "lede", "(Báo Quảng Ninh) - ", ("(Báo Quảng Ninh) – ",))]


@pytest.mark.parametrize(
    "lede",
    [
        f"(VietNamNet) – {LEAD}",                          # already the house form
        f"(Ảnh minh họa) - {LEAD}",                        # a caption aside, not an outlet
        f"Theo VietNamNet, {LEAD}",                        # the outlet named in a sentence
        f"Báo Tuổi Trẻ (Tuổi Trẻ) cho biết {LEAD}",        # not at the start
    ],
)
def test_no_marker_finding_where_there_is_nothing_to_fix(vi, lede):
    assert rules(check_article(vi_article(lede=lede), vi), "VN-S01") == []


def test_outlet_names_are_no_abbreviation_exemption(vi):
    """Listing CAND as an outlet name does not stop VN-A01 asking to spell it out in the story."""
    found = check_article(vi_article(body="Lực lượng CAND đã có mặt kịp thời tại hiện trường."), vi)
    assert [f.text for f in found if f.rule == "VN-A01"] == ["CAND"]


def en_article(lede: str, source: str = "") -> Article:
    article = Article.new("en")
    article.headline = "Budget talks"
    article.lede = lede
    article.body = [Block(type="paragraph", text=STORY)]
    article.dateline = Dateline(source=source)
    return article


def test_english_dateline_with_a_registered_outlet_name(en):
    found = check_article(en_article(f"(Bloomberg) - {STORY}"), en)
    assert rules(found, "EN-AP-01", "EN-AP-14") == [("EN-AP-01", "lede", "(Bloomberg) - ", ("(Bloomberg) — ",))]


def test_english_dateline_source_of_the_article_is_an_outlet(en):
    lede = f"HANOI (VnExpress International) - {STORY}"
    before = rules(check_article(en_article(lede), en), "EN-AP-01", "EN-AP-14")
    assert [r[0] for r in before] == ["EN-AP-14"]  # unknown: only the dash is seen
    found = check_article(en_article(lede, source="VnExpress International"), en)
    assert rules(found, "EN-AP-01", "EN-AP-14") == [
        ("EN-AP-01", "lede", "HANOI (VnExpress International) - ", ("HANOI (VnExpress International) — ",))]


def test_english_sentence_with_an_outlet_in_brackets_is_no_dateline(en):
    found = check_article(en_article("The agency (Bloomberg) said on Tuesday that talks had ended."), en)
    assert rules(found, "EN-AP-01") == []


def test_the_outlet_code_of_the_marker_is_no_abbreviation_in_the_sapo(vi):
    found = check_article(vi_article(lede=f"(CAND) - {LEAD}"), vi)
    assert [(f.rule, f.text) for f in found if f.field == "lede"] == [("VN-S01", "(CAND) - ")]
    found = check_article(vi_article(lede=f"Lực lượng CAND có mặt. {LEAD}"), vi)
    assert ("VN-A03", "CAND") in [(f.rule, f.text) for f in found if f.field == "lede"]
