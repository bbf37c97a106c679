"""The hostile article through every exporter: nothing raises, nothing runs, the text survives as NFC.

The fixture (tests/exports/fixtures.py) puts every C0 control character, XML non-characters,
decomposed Vietnamese, emoji and ``<script>``/``</script>`` in every field, plus a 2,000-character
paragraph and ``javascript:``/``data:`` links.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import unicodedata
import zipfile

import docx
import pytest
from lxml import etree
from lxml import html as lhtml

from exports.cleaning import clean_text
from exports.document import article_parts, quote_credit
from exports.docx_export import article_to_docx
from exports.html import html_bytes
from exports.inline import one_line
from exports.nitf import article_to_nitf
from tests.exports.fixtures import SCRIPT, hostile, hostile_article
from tests.tools import require_tool

# What may remain after cleaning: tab and newline, and no XML-illegal character at all.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\x7f\ufffe\uffff\ufffc\ud800-\udfff\u2028\u2029]")
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.fixture(scope="module")
def article():
    return hostile_article()


def assert_clean(text: str) -> None:
    assert _ILLEGAL.search(text) is None, repr(_ILLEGAL.search(text).group())
    assert unicodedata.is_normalized("NFC", text)


def test_clean_text_changes_nothing_else():
    keep = "Tab\there, no-break\xa0space, narrow\u202fone, zero\u200dwidth joiner, 👋🏽🇻🇳, “quotes” – dashes…"
    assert clean_text(keep) == keep
    assert clean_text(hostile("x")) == unicodedata.normalize("NFC", clean_text(hostile("x")))
    assert "Việt Nam đẹp lắm, Hòa ổn 👋🏽🇻🇳" in clean_text(hostile("x"))


# --- HTML ---------------------------------------------------------------------------------------


def test_html_parses_and_nothing_executable_survives(article):
    data = html_bytes(article)
    text = data.decode("utf-8")
    assert_clean(text.replace("\r", ""))
    doc = lhtml.document_fromstring(data)
    scripts = doc.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/ld+json"]
    assert "<" not in scripts[0].text and ">" not in scripts[0].text  # user text cannot close the script
    assert doc.xpath("//iframe | //object | //embed | //svg | //math | //form | //base | //link") == []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        assert not [a for a in el.attrib if a.lower().startswith("on") or a.lower() == "style"], el.tag
    for href in doc.xpath("//@href"):
        assert href.split(":", 1)[0] in ("https", "mailto"), href
    assert doc.xpath("//img") == []  # the image's src was javascript:
    assert "javascript" not in text.lower() and "data:text" not in text
    # The hostile markup is shown as text, not dropped and not run.
    h1 = doc.xpath("string(//h1)")
    assert h1 == one_line(clean_text(hostile("headline")))
    assert SCRIPT in h1 and doc.findtext(".//title") == h1
    assert SCRIPT in doc.xpath("string(//div[@class='body']/p[1])")


def test_html_json_ld_keeps_the_hostile_text_exactly(article):
    doc = lhtml.document_fromstring(html_bytes(article))
    data = json.loads(doc.xpath("//script[@type='application/ld+json']")[0].text)
    assert data["headline"] == doc.xpath("string(//h1)")
    assert "</script>" in data["headline"]
    assert data["datePublished"] == "2026-03-12T10:27:00+07:00"
    assert data["dateModified"] == "2026-03-12T11:00:00+07:00"
    assert [a["name"] for a in data["author"]] == [one_line(clean_text(hostile(f"author{i}"))) for i in (1, 2)]
    assert doc.xpath("//time/@datetime") == ["2026-03-12T10:27:00+07:00"]


def test_html_long_paragraph_and_links_are_whole(article):
    doc = lhtml.document_fromstring(html_bytes(article))
    long = [p for p in doc.xpath("//div[@class='body']/p") if len(p.text_content()) > 2000]
    assert len(long) == 1 and long[0].text_content() == clean_text(article.body[1].text).replace("\n", "")
    assert len(long[0].findall("br")) == 1
    anchors = [(a.get("href"), a.get("rel")) for a in doc.xpath("//a")]
    assert anchors == [("https://example.org/a?b=1&c=%3C/script%3E%3Cx", "noopener noreferrer"),
                       ("mailto:desk@example.org", "noopener noreferrer")]


# --- DOCX ---------------------------------------------------------------------------------------

STYLE = {"kicker": "Kicker", "headline": "Title", "date": "Date", "lede": "Abstract", "heading": "Heading 2",
         "quote": "Block Text", "pullquote": "Block Text", "list_item": "List Bullet", "awards_heading": "Heading 2",
         "award": "List Bullet", "byline": "Author", "signoff": "Sign-off"}


def expected_docx(article) -> list[tuple[str, str]]:
    """Each part's style and text as the layout desk should get them; paragraph breaks split paragraphs."""
    out: list[tuple[str, str]] = []
    first = True
    for part in article_parts(article, pull_quotes=True):
        if part.role == "image":
            credit = part.attrs["credit"]
            out.append(("Caption", f"{part.text} ({credit})"))
            continue
        chunks = [c for c in part.text.split("\n\n") if c] if part.role in STYLE or part.role == "paragraph" else []
        if part.role in ("headline", "kicker", "date", "heading", "awards_heading", "award", "byline", "signoff"):
            chunks = [part.text]
        style = STYLE.get(part.role, "Body Text")
        if part.role == "paragraph":
            style, first = ("First Paragraph" if first else "Body Text"), False
        for i, chunk in enumerate(chunks):
            out.append((style, (part.prefix if i == 0 else "") + chunk))
        if quote_credit(part.attrs):
            out.append(("Quote Source", "— " + quote_credit(part.attrs)))
    return out


def test_docx_reads_back_every_paragraph_with_its_style(article, tmp_path):
    data = article_to_docx(article)
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    got = [(p.style.name, p.text) for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert got == expected_docx(article)
    for _, text in got:
        assert_clean(text)
    assert any(len(text) > 2000 for _, text in got)
    assert ("Title", clean_text(hostile("headline"))) in got


def test_docx_xml_has_language_fonts_and_only_safe_links(article):
    data = article_to_docx(article)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        styles = etree.fromstring(zf.read("word/styles.xml"))
        rels = zf.read("word/_rels/document.xml.rels").decode()
        document = etree.fromstring(zf.read("word/document.xml"))
    ns = {"w": _W}
    assert styles.xpath("//w:docDefaults//w:lang/@w:val", namespaces=ns) == ["vi-VN"]
    assert len(styles.xpath("//w:docDefaults//w:rFonts", namespaces=ns)[0].attrib) == 4
    assert len(document.xpath("//w:hyperlink", namespaces=ns)) == 2
    targets = re.findall(r'Target="([^"]*)" TargetMode="External"', rels)
    assert sorted(targets) == ["https://example.org/a?b=1&amp;c=%3C/script%3E%3Cx", "mailto:desk@example.org"]
    assert "javascript" not in rels and "data:" not in rels


def test_pandoc_reads_the_hostile_docx(article, tmp_path):
    pandoc = require_tool("pandoc")
    path = tmp_path / "hostile.docx"
    path.write_bytes(article_to_docx(article))
    run = subprocess.run([pandoc, str(path), "-t", "plain", "--wrap=none"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "<script>alert(1)</script></script>" in run.stdout


# --- NITF ---------------------------------------------------------------------------------------


def test_nitf_is_well_formed_and_keeps_the_text(article):
    data = article_to_nitf(article)
    text = data.decode("utf-8")
    assert_clean(text)
    root = etree.fromstring(data)
    ns = {"n": root.nsmap[None]}
    assert root.findtext("n:head/n:title", namespaces=ns) == one_line(clean_text(hostile("headline")))
    assert root.find("n:head/n:docdata/n:doc-id", ns).get("id-string") == article.id
    assert not [el for el in root.iter() if etree.QName(el).localname in ("script", "img", "iframe")]
    assert [a.get("href") for a in root.iter(f"{{{ns['n']}}}a")] == [
        "https://example.org/a?b=1&c=%3C/script%3E%3Cx", "mailto:desk@example.org"]
    paragraphs = ["".join(p.itertext()) for p in root.iterfind("n:body/n:body.content/n:p", ns)]
    assert clean_text(article.body[1].text).replace("\n", "") in paragraphs
    assert SCRIPT in "".join(root.find("n:body/n:body.head/n:hedline/n:hl1", ns).itertext())
