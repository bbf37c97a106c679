"""VN-S12 / EN-S12: a template's blank (“[[họ tên]]”) left in an article is an error in every
field, pointing at the blank; ordinary brackets of news copy are not blanks; the syntax is the
packs' ``placeholder`` setting, which a desk pack may change."""

from __future__ import annotations

import json

import pytest

from editor.model import article_file
from editor.model.article import Article, Award, Block, Byline, Quote
from editor.model.house_style import PackError, article_fields, check_article, load_pack
from editor.model.house_style.fields import set_field_text
from editor.resources import resource_path
from tests.model.test_house_style_corpus import corpus_article, seed_article
from tests.model.test_house_style_en_corpus import _article as english_article
from tests.test_cli import run

BLANK_RULE = {"vi": "VN-S12", "en": "EN-S12"}


def every_field_article(language: str) -> Article:
    """An article with one of each kind of field and of body block, all empty."""
    article = Article.new(language)
    article.body = [Block(type=t) for t in ("paragraph", "heading", "quote", "list_item")]
    article.body.append(Block(type="image", src="a.jpg"))
    article.quotes = [Quote()]
    article.awards = [Award()]
    article.byline = Byline(authors=[""])
    return article


@pytest.mark.parametrize("language, blank, message", [
    ("vi", "[[họ tên]]", "Chỗ trống “[[họ tên]]” chưa được điền."),
    ("en", "[[name]]", "The blank “[[name]]” has not been filled in."),
])
def test_a_blank_is_an_error_in_every_field_and_points_at_itself(language, blank, message):
    article = every_field_article(language)
    names = []
    for ft in article_fields(article):
        set_field_text(article, ft.field, ft.block, f"Gặp {blank} hôm nay")
        names.append((ft.field, ft.block))
    found = [f for f in check_article(article, load_pack(f"{language}-newsroom")) if f.rule == BLANK_RULE[language]]
    assert [(f.field, f.block) for f in found] == names  # every field, the body's blocks and the caption
    for f in found:
        assert (f.start, f.end, f.text, f.message) == (4, 4 + len(blank), blank, message)
        assert f.severity == "error" and f.replacements == () and f.safe_fix is False


def test_the_blanks_of_a_template_line_are_each_named():
    article = Article.new("vi")
    article.lede = "[[Sáng/Chiều]] [[ngày/tháng]], tại [[địa điểm]], [[Tiêu đề: …]] có [[số]] người."
    found = [f for f in check_article(article, load_pack("vi-newsroom")) if f.rule == "VN-S12"]
    assert [article.lede[f.start:f.end] for f in found] == [
        "[[Sáng/Chiều]]", "[[ngày/tháng]]", "[[địa điểm]]", "[[Tiêu đề: …]]", "[[số]]"]


@pytest.mark.parametrize("text", [
    "Theo báo cáo [1], số vụ cháy giảm [2].",
    "“Chúng tôi [Bộ Công an] sẽ làm rõ”, ông nói; “[ông Nam] đã ký […] văn bản [sic]”.",
    "[Read: Tunisia sends most foreign fighters to Islamic State in Syria]",
    "As the report states: \"[T]he birth lottery matters more in the U.S.\"",
    "“[My husband] wouldn’t die for a flag,” she said.",
    "Mảng rỗng [[ ]] và [[]] không phải chỗ trống; [[a]b]] cũng không.",
])
def test_ordinary_brackets_of_news_copy_are_not_blanks(text):
    for language in ("vi", "en"):
        article = Article.new(language)
        article.body = [Block(text=text)]
        article.quotes = [Quote(text=text)]
        rules = {f.rule for f in check_article(article, load_pack(f"{language}-newsroom"))}
        assert BLANK_RULE[language] not in rules, (language, text)


def test_a_desk_pack_writes_its_own_blanks(tmp_path):
    desk = tmp_path / "desk.toml"
    desk.write_text("extends = \"vi-newsroom\"\n[settings]\nplaceholder = '\\{\\{[^{}\\n]+\\}\\}'\n", encoding="utf-8")
    article = Article.new("vi")
    article.lede = "Dự hội nghị có đồng chí {{họ tên}} và [[chức vụ]]."
    found = [f.text for f in check_article(article, load_pack(str(desk))) if f.rule == "VN-S12"]
    assert found == ["{{họ tên}}"]
    desk.write_text('extends = "vi-newsroom"\n[settings]\nplaceholder = ""\n', encoding="utf-8")
    assert not [f for f in check_article(article, load_pack(str(desk))) if f.rule == "VN-S12"]
    assert load_pack("vi-newsroom").setting("placeholder") == load_pack("en-newsroom").setting("placeholder")


def test_a_broken_blank_pattern_is_refused_naming_file_line_and_key(tmp_path):
    desk = tmp_path / "desk.toml"
    desk.write_text('extends = "en-newsroom"\n\n[settings]\nplaceholder = "[[unclosed"\n', encoding="utf-8")
    with pytest.raises(PackError) as caught:
        load_pack(str(desk))
    assert (caught.value.file, caught.value.line, caught.value.key) == (str(desk), 4, "settings.placeholder")
    assert "not a valid regular expression" in str(caught.value)


def test_check_exits_1_on_a_template_and_names_its_blanks(tmp_path):
    path = tmp_path / "hoi-nghi.article"
    path.write_bytes(resource_path("templates", "articles", "vi-tuong-thuat-hoi-nghi.article").read_bytes())
    out = run("check", str(path), "--format", "json")
    assert out.returncode == 1, out.stderr
    records = [json.loads(line) for line in out.stdout.splitlines()]
    blanks = [r for r in records if r["rule"] == "VN-S12"]
    assert {(r["field"], r["text"]) for r in blanks} >= {("lede", "[[họ tên]]"), ("body", "[[số]]"),
                                                          ("quotes[0].speaker", "[[Họ tên]]")}
    article = article_file.load(path)
    lede = next(r for r in blanks if r["field"] == "lede" and r["text"] == "[[họ tên]]")
    assert article.lede[lede["start"]:lede["end"]] == "[[họ tên]]"
    assert lede["message"] == "Chỗ trống “[[họ tên]]” chưa được điền."
    assert all(r["severity"] == "error" and r["replacements"] == [] for r in blanks)


def test_no_article_of_the_corpus_has_a_blank(corpus):
    """Real copy uses single brackets (“[T]he report”, “[Read: …]”, “[1]”); none of it is a blank."""
    checked = [(seed_article(corpus), "vi-newsroom")]
    checked += [(corpus_article(p), "vi-newsroom") for p in sorted((corpus / "vi").glob("*.json"))]
    checked += [(english_article(p), "en-newsroom") for p in sorted((corpus / "en").glob("*.json"))]
    assert len(checked) > 40
    with_brackets = 0
    for article, pack in checked:
        with_brackets += any("[" in t for t in article.counted_texts())
        assert not [f.text for f in check_article(article, load_pack(pack)) if f.rule.endswith("-S12")]
    assert with_brackets >= 5  # the corpus does hold bracketed text, so the test means something
