"""The checker's API: findings as JSON, document order, per-field checking, fixes, ignores."""

from __future__ import annotations

import json

import pytest

from editor.model.article import Article, Award, Block, Mark, Quote
from editor.model.article_file import dumps, loads
from editor.model.house_style import (
    IGNORES_KEY,
    apply_finding,
    apply_safe_fixes,
    article_fields,
    check_article,
    check_article_level,
    check_field,
    check_text,
    default_pack_for,
    filter_ignored,
    ignore_once,
    ignore_word,
    load_pack,
)


@pytest.fixture(scope="module")
def pack():
    return load_pack("vi-newsroom")


def sample() -> Article:
    article = Article(language="vi", kicker="Sơ kết.", headline="Nâng cao hiệu quả công tác dân vận.")
    article.lede = "(ANTV) -\u00a0Chiều ngày 11/3, tại Hà Nội, hội nghị diễn ra."
    article.body = [
        Block(text="Có thành tich xuất sắc.  Xã hội hoá phong trào."),
        Block(type="heading", text="Phần hai."),
        Block(text="Ban dân vận Trung ương có vui không ?"),
    ]
    article.quotes = [Quote(speaker="Bà Mai", text="Câu chưa từng nói")]
    article.awards = [Award(recipient="", award="Bằng khen")]
    article.byline.signoff = "BT"
    return article


def test_finding_json_has_exactly_the_contract_keys(pack):
    finding = check_article(sample(), pack)[0]
    data = finding.to_json("bai.article")
    assert list(data) == ["file", "rule", "severity", "field", "block", "start", "end", "text", "message",
                          "replacements", "safe_fix"]
    assert data["file"] == "bai.article" and isinstance(data["replacements"], list)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_findings_come_in_document_order_with_offsets_into_their_field(pack):
    article = sample()
    found = check_article(article, pack)
    order = {ft.key: i for i, ft in enumerate(article_fields(article))}
    keys = [(order[(f.field, f.block)], f.start, f.end) for f in found]
    assert keys == sorted(keys)
    fields = [f.field for f in found]
    assert fields.index("kicker") < fields.index("headline") < fields.index("lede") < fields.index("body")
    assert fields.index("body") < fields.index("quotes[0].text") < fields.index("awards[0].recipient")
    for f in found:
        text = {ft.key: ft.text for ft in article_fields(article)}[(f.field, f.block)]
        assert text[f.start:f.end] == f.text
    assert {f.severity for f in found} <= {"error", "warning", "suggestion"}


def test_per_field_plus_article_level_is_the_whole_check(pack):
    article = sample()
    parts = [f for ft in article_fields(article) for f in check_field(article, pack, ft.field, ft.block)]
    parts += check_article_level(article, pack)
    whole = check_article(article, pack)
    assert sorted(parts, key=repr) == sorted(whole, key=repr)


def test_check_field_checks_only_that_block(pack):
    article = sample()
    found = check_field(article, pack, "body", 2)
    assert {f.block for f in found} == {2}
    assert {f.rule for f in found} >= {"VN-C03", "VN-P03"}
    assert check_text(article.body[2].text, pack, "body", 2, article=article) == found


def test_messages_are_in_the_article_language(pack):
    article = sample()
    vi = {f.rule: f.message for f in check_article(article, pack)}
    assert "thành tích" not in vi["VN-O01"] and "dấu" in vi["VN-O01"]
    en = {f.rule: f.message for f in check_article(article, pack, lang="en")}
    assert "tone" in en["VN-O01"]
    assert default_pack_for("vi-VN") == "vi-newsroom" and default_pack_for("en") == "en-newsroom"


def test_safe_fixes_apply_from_the_end_and_leave_the_rest(pack):
    article = sample()
    found = check_article(article, pack)
    fixed, applied = apply_safe_fixes(article, found)
    assert applied and all(f.safe_fix for f in applied)
    assert fixed.lede == "(ANTV) – Chiều 11/3, tại Hà Nội, hội nghị diễn ra."
    assert fixed.headline == "Nâng cao hiệu quả công tác dân vận"
    assert fixed.body[0].text == "Có thành tich xuất sắc. Xã hội hóa phong trào."  # O01 needs a person
    assert fixed.body[2].text == "Ban Dân vận Trung ương có vui không?"
    assert article.body[0].text == "Có thành tich xuất sắc.  Xã hội hoá phong trào."  # the original is untouched
    refound = {f.rule for f in check_article(fixed, pack) if f.safe_fix}
    assert not refound & {"VN-P01", "VN-P03", "VN-T01", "VN-S01", "VN-D05", "VN-C03", "VN-P09"}


def test_fixes_keep_formatting_on_the_right_words(pack):
    article = Article(language="vi", body=[Block(text="A  b xã hội hoá rộng và  Tây Nguyên")])
    text = article.body[0].text
    bold = text.index("hoá")
    link = text.index("Tây")
    article.body[0].marks = [Mark(start=bold, end=bold + 3, type="bold"),
                             Mark(start=link, end=link + len("Tây Nguyên"), type="link", href="https://x.vn")]
    fixed, _ = apply_safe_fixes(article, check_article(article, pack))
    block = fixed.body[0]
    assert block.text == "A b xã hội hóa rộng và Tây Nguyên"
    assert [block.text[m.start:m.end] for m in block.marks] == ["hóa", "Tây Nguyên"]
    assert block.marks[1].href == "https://x.vn"


def test_stale_and_overlapping_fixes_are_skipped(pack):
    article = Article(language="vi", body=[Block(text="có vui không ?")])
    found = check_article(article, pack)
    article.body[0].text = "khác hẳn rồi ?"
    fixed, applied = apply_safe_fixes(article, found)
    assert [f.rule for f in applied] == ["VN-P03"]  # still matches at the same place
    assert fixed.body[0].text == "khác hẳn rồi?"
    article.body[0].text = "đã đổi"
    assert apply_safe_fixes(article, found)[1] == []


def test_apply_finding_applies_a_chosen_replacement_in_place(pack):
    article = Article(language="vi", body=[Block(text="có thành tich lớn")])
    finding = next(f for f in check_article(article, pack) if f.rule == "VN-O01")
    assert apply_finding(article, finding, "tích")
    assert article.body[0].text == "có thành tích lớn"
    assert not apply_finding(article, finding)  # the text has changed: nothing happens


def test_ignores_survive_save_and_reload(pack):
    article = sample()
    found = check_article(article, pack)
    tich = next(f for f in found if f.rule == "VN-O01")
    ignore_once(article, tich)
    ignore_word(article, "ANTV")
    reloaded = loads(dumps(article))
    assert IGNORES_KEY in reloaded.extra
    kept = filter_ignored(check_article(reloaded, pack), reloaded)
    assert tich not in kept and len(kept) == len(found) - 1
    reloaded.body.insert(0, Block(text="Đoạn mới ở đầu."))
    kept = filter_ignored(check_article(reloaded, pack), reloaded)
    assert not [f for f in kept if f.rule == "VN-O01"]  # the block moved, the ignore still holds
    reloaded.body[1].text = "Một câu khác có thành tich."
    assert [f.text for f in filter_ignored(check_article(reloaded, pack), reloaded) if f.rule == "VN-O01"] == [
        "tich"]  # different words around it: it is a new finding


def test_ignore_word_hides_that_word_for_every_rule(pack):
    article = Article(language="vi", body=[Block(text="đội bóng Hoà Bình và xã hội hoá")])
    ignore_word(article, "hoá", rule="VN-T01")
    texts = [f.text for f in filter_ignored(check_article(article, pack), article) if f.rule == "VN-T01"]
    assert texts == ["Hoà"]
