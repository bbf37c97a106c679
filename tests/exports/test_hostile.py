"""The hostile article through every exporter: nothing raises, nothing runs, the text survives as NFC.

The fixture (tests/exports/fixtures.py) puts every C0 control character, XML non-characters,
decomposed Vietnamese, emoji and ``<script>``/``</script>`` in every field, plus a 2,000-character
paragraph and ``javascript:``/``data:`` links.

Then every attack through every output, in one place (issue 15, point 3): HTML and e-mail HTML
checked with lxml for anything executable (scripts, ``on*`` attributes, ``javascript:`` and
non-picture ``data:`` URLs, CSS expressions, SVG, refresh, frames, forms); every Unicode plane,
control character, lone surrogate, RTL and combining stack through txt, HTML, DOCX, NITF, PDF and
mail; broken pictures; CR/LF in every header field; file names from any headline.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import unicodedata
import zipfile
from email import message_from_bytes
from email import policy as email_policy

import docx
import pytest
from lxml import etree
from lxml import html as lhtml

from editor.model.article import Article, Award, Block, Byline, Dateline, Mark, Quote
from exports.cleaning import clean_text
from exports.document import article_parts, quote_credit
from exports.docx_export import DocxOptions, article_to_docx
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


# ================================================================================================
# Every output against every kind of attack (issue 15, point 3): markup and URLs that try to run,
# every character Unicode has (and some it has not), header injection, hostile file names.
# ================================================================================================

TEXT_ATTACKS = [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)><script>alert(2)</script></svg>",
    '<iframe src="javascript:alert(1)"></iframe>', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    "<style>body{background:url(javascript:alert(1));width:expression(alert(1))}</style>",
    '<div style="width:expression(alert(1))">x</div>', '<a href="javascript:alert(1)">x</a>',
    '<object data="data:text/html,<script>alert(1)</script>"></object>', "<embed src=javascript:alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "<!--<img src=--><img src=x onerror=alert(1)//>",
    "]]><script>alert(1)</script>", "</title><script>alert(1)</script>", "</script><script>alert(1)</script>",
    '<base href="javascript:alert(1)//">', "<form action=javascript:alert(1)><button>x</button></form>",
    '"><img src=x onerror=alert(1)>', "'><svg/onload=alert(1)>", "<x onmouseover=alert(1)>x</x>",
    '<link rel="import" href="data:text/html,<script>alert(1)</script>">', "<?xml-stylesheet href='javascript:x'?>",
]
URL_ATTACKS = [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " \x01javascript:alert(1)", "java\tscript:alert(1)",
    "java\nscript:alert(1)", "javascript&#58;alert(1)", "&#x6A;avascript:alert(1)", "vbscript:msgbox(1)",
    "livescript:alert(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/svg+xml,<svg onload=alert(1)>", "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+",
    "file:///etc/passwd", "//evil.example/x.js", 'https://ok.example/" onmouseover="alert(1)',
    "https://ok.example/'><script>alert(1)</script>", "mailto:a@b.vn?subject=x\r\nBcc: c@d.vn",
    "\u202ehttps://evil.example", "https:javascript:alert(1)", "http://", "https://[::1", "   ",
]
# Attributes a browser follows as a URL; the only URLs the outputs may hold.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "{http://www.w3.org/1999/xlink}href",
                  "background", "poster", "srcset", "cite", "longdesc", "data", "codebase", "dynsrc", "lowsrc",
                  "ping", "manifest", "icon", "profile", "usemap"}
SAFE_URL = re.compile(r"(https?://[^\s\"<>]+|mailto:[^\s\"<>]+|#[\w-]*)\Z", re.IGNORECASE)
SAFE_IMAGE = re.compile(r"data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]*\Z")
NEVER = {"iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "form", "base", "input", "button",
         "textarea", "select", "template", "portal", "audio", "video", "source", "track", "isindex", "bgsound",
         "xml", "import", "noscript", "marquee"}
CSS_DANGER = re.compile(r"expression\s*\(|javascript:|vbscript:|behaviou?r\s*:|-moz-binding|@import|url\s*\(\s*['\"]?"
                        r"\s*(?!data:image/(png|jpeg|gif|webp))[a-z]+:", re.IGNORECASE)


def _url_as_browser_reads(value: str) -> str:
    """What a browser makes of an attribute's URL: no leading/trailing controls or spaces, no tab or newline."""
    return re.sub(r"[\t\n\r]", "", value).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13"
                                                  "\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")


def assert_nothing_executable(data: bytes, json_ld: bool) -> None:
    """The HTML ``data`` holds no script (but JSON-LD data when ``json_ld``), no event handler, no URL other
    than http(s), mailto, a fragment or an embedded raster picture, no dangerous CSS, no refresh, no frame."""
    doc = lhtml.document_fromstring(data)
    for el in doc.iter():
        if not isinstance(el.tag, str):
            assert not isinstance(el, etree._ProcessingInstruction), "a processing instruction"
            continue
        tag = etree.QName(el).localname.lower()
        assert tag not in NEVER, f"<{tag}> in the output"
        if tag == "script":
            assert json_ld and el.get("type") == "application/ld+json" and not el.get("src"), "a script"
            assert "<" not in (el.text or ""), "markup inside the JSON-LD"
            json.loads(el.text)
        if tag == "meta":
            assert (el.get("http-equiv") or "").lower() not in ("refresh", "set-cookie", "content-security-policy")
        if tag == "style":
            assert not CSS_DANGER.search(re.sub(r"/\*.*?\*/|\\", "", el.text or "", flags=re.S)), el.text
        if tag == "link":
            assert (el.get("rel") or "").lower() not in ("import", "stylesheet", "preload", "prefetch"), el.attrib
        for name, value in el.attrib.items():
            lowered = name.lower()
            assert not lowered.startswith("on"), f"<{tag} {name}>"
            if lowered == "style":
                assert not CSS_DANGER.search(value.replace("\\", "")), value
            if lowered in URL_ATTRIBUTES:
                url = _url_as_browser_reads(value)
                ok = SAFE_IMAGE.match(url) if (tag, lowered) == ("img", "src") else SAFE_URL.match(url)
                assert ok, f"<{tag} {name}={value!r}>"


def attack_article(base_dir) -> Article:
    """Every attack in every field: markup as text, URLs as links and as picture sources (local ones too)."""
    from tests.exports.fixtures import png_bytes

    (base_dir / "svg-as.png").write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
    (base_dir / "evil.svg").write_bytes(b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    (base_dir / "page.html").write_bytes(b"<script>alert(1)</script>")
    (base_dir / "ok.png").write_bytes(png_bytes(4, 3))
    markup = " ".join(TEXT_ATTACKS)
    a = Article.new("vi")
    for name in ("headline", "kicker", "lede", "topic"):
        object.__setattr__(a, name, f"{name} {markup}")
    a.tags = TEXT_ATTACKS[:5]
    a.dateline = Dateline(source=markup, place=TEXT_ATTACKS[0], date="2026-03-12")
    a.byline = Byline(authors=TEXT_ATTACKS[:3], signoff=markup)
    body = []
    for url in URL_ATTACKS:
        text = f"Liên kết {markup} hết"
        body.append(Block(type="paragraph", text=text, marks=[Mark(0, 8, "link", href=url), Mark(9, 20, "bold")]))
        body.append(Block(type="image", src=url, caption=TEXT_ATTACKS[1], alt=TEXT_ATTACKS[2], credit=TEXT_ATTACKS[3]))
    for src in ("svg-as.png", "evil.svg", "page.html", "ok.png", "../../../../etc/passwd", "/dev/zero"):
        body.append(Block(type="image", src=src, caption=markup, alt=TEXT_ATTACKS[4], credit=TEXT_ATTACKS[5]))
    body += [Block(type="heading", text=markup), Block(type="quote", text=markup), Block(type="list_item", text=markup)]
    a.body = body
    a.quotes = [Quote(speaker=TEXT_ATTACKS[6], role=TEXT_ATTACKS[7], text=markup, kind="direct")]
    a.awards = [Award(recipient=markup, recipient_kind="individual", award=TEXT_ATTACKS[8], conferred_by=markup,
                      reason=markup)]
    return a


def test_the_checker_of_executable_content_catches_what_it_must():
    """The assertion is only worth something if it fails on each attack left in place."""
    bad = [
        b"<p><script>alert(1)</script></p>", b"<img src=x onerror=alert(1)>", b'<a href="java\tscript:alert(1)">x</a>',
        b'<a href=" javascript:alert(1)">x</a>', b"<iframe src=https://ok.example></iframe>",
        b'<meta http-equiv="refresh" content="0;url=https://ok.example">', b'<p style="width:expression(alert(1))">x</p>',
        b"<style>p{background:url(javascript:alert(1))}</style>", b'<img src="data:image/svg+xml;base64,PHN2Zz4=">',
        b'<a href="data:text/html,x">x</a>', b"<svg><circle/></svg>", b'<form action="https://x.example"></form>',
    ]
    for page in bad:
        with pytest.raises(AssertionError):
            assert_nothing_executable(b"<html><body>" + page + b"</body></html>", json_ld=True)
    assert_nothing_executable(b'<html><body><a href="https://ok.example/?a=1&amp;b=2">x</a>'
                              b'<img src="data:image/png;base64,iVBORw0KGgo=" alt=""></body></html>', json_ld=False)


def test_web_html_never_carries_executable_content(tmp_path):
    a = attack_article(tmp_path)
    data = html_bytes(a, base_dir=tmp_path)
    assert_nothing_executable(data, json_ld=True)
    doc = lhtml.document_fromstring(data)
    assert TEXT_ATTACKS[0] in doc.xpath("string(//h1)")  # the markup is shown as the words it is
    assert len(doc.xpath("//img")) == 1  # only the real PNG; SVG, HTML and every URL source are gone
    hrefs = doc.xpath("//a/@href")
    assert hrefs == ["https://ok.example/%22onmouseover=%22alert(1)",
                     "https://ok.example/'%3E%3Cscript%3Ealert(1)%3C/script%3E",
                     "mailto:a@b.vn?subject=xBcc:c@d.vn"]  # the line break is gone: one address, no header


def test_email_html_never_carries_executable_content(tmp_path):
    from exports.email_message import build_message

    a = attack_article(tmp_path)
    message = build_message(a, sender="pv@example.vn", to=["bt@example.vn"], note="\n".join(TEXT_ATTACKS))
    parsed = message_from_bytes(message.as_bytes(), policy=email_policy.default)
    [html_part] = [p for p in parsed.walk() if p.get_content_type() == "text/html"]
    data = html_part.get_content().encode("utf-8")
    assert_nothing_executable(data, json_ld=False)
    doc = lhtml.document_fromstring(data)
    assert doc.xpath("//script | //style | //img") == []  # mail programs get inline styles and no picture
    assert TEXT_ATTACKS[0] in doc.text_content()


# --- every character ----------------------------------------------------------------------------

CHARACTERS = {
    "C0 controls and DEL": "".join(chr(i) for i in range(32)) + "\x7f",
    "C1 controls": "".join(chr(i) for i in range(0x80, 0xA0)),
    "NUL": "a\x00b\x00",
    "noncharacters": "\ufdd0\ufdef\ufffe\uffff\U0001fffe\U0001ffff\U0010fffe\U0010ffff",
    "lone surrogates": "a\ud800b\udfffc\udc80\ud83d",
    "right to left": "مرحبا بالعالم שָׁלוֹם \u202eexe.txt\u202c \u2067x\u2069 \u200f\u200e\u061c\u202b\u202a",
    "combining stacks": "a" + "\u0301\u0323\u0302\u0303" * 40 + " Ệ" + "\u0303" * 60 + " ก" + "\u0e49" * 50,
    "every plane": "é中\U00010348\U0001d400\U0001f600\U00020000\U0002ebe0\U00030000\U000e0041\U000e0001\U000f0000"
                   "\U0010fffd",
    "emoji sequences": "👩🏽‍💻 🏳️‍🌈 🇻🇳 1️⃣ 🫠 🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "unassigned": "\u0378\u0380\U0001fbff\U0002fffd\U000dffff",
    "breaks and separators": "a\r\nb\rc\x0bd\x0ce\x85f\u2028g\u2029h\ti",
    "invisible": "\ufeff\ufffc\ufffd\u200b\u200c\u200d\u2060\u00ad\u034f\u180e\u115f",
    "scripts": "漢字かな 한국어 ภาษาไทย हिन्दी ქართული Ελληνικά ᠮᠣᠩᠭᠣᠯ",
    "one long word": "Nghiêng" * 2500,
    "decomposed Vietnamese": unicodedata.normalize("NFD", "Tiếng Việt có dấu: ắ ằ ẳ ẵ ặ ơ ư đ Đ Ồ"),
}
CHARACTERS["everything"] = " ".join(CHARACTERS.values())


def character_article(text: str) -> Article:
    """``text`` in every text field, set without the model's normalisation (lone surrogates included)."""
    a = Article.new("vi")
    for name in ("headline", "kicker", "lede", "topic"):
        object.__setattr__(a, name, f"{name} {text}")
    object.__setattr__(a, "tags", [text])
    a.dateline = Dateline(date="2026-03-12")
    object.__setattr__(a.dateline, "source", text)
    object.__setattr__(a.dateline, "place", text)
    a.byline = Byline()
    object.__setattr__(a.byline, "authors", [text, "B"])
    object.__setattr__(a.byline, "signoff", text)
    body = [Block(type=kind, text="x") for kind in ("paragraph", "heading", "quote", "list_item", "paragraph")]
    body.insert(3, Block(type="image", src="https://example.org/a.jpg", caption="x", alt="x", credit="x"))
    for block in body:
        object.__setattr__(block, "text", f"{text} mở {text}")
        if block.type == "image":
            object.__setattr__(block, "caption", text)
            object.__setattr__(block, "alt", text)
            object.__setattr__(block, "credit", text)
    body[0].marks = [Mark(0, min(5, len(body[0].text)), "bold"), Mark(1, len(body[0].text) - 1, "italic")]
    a.body = body
    quote = Quote(kind="direct", text="x")
    for name in ("speaker", "role", "text"):
        object.__setattr__(quote, name, text)
    a.quotes = [quote]
    return a


def _xml_parts_parse(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert zf.testzip() is None
        for name in zf.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(zf.read(name))  # strict: a character XML 1.0 forbids fails here


@pytest.mark.parametrize("kind", list(CHARACTERS), ids=list(CHARACTERS))
def test_every_character_goes_through_every_writer(kind, qapp):
    import pikepdf

    from editor.model.file_io import ArticleFileError
    from exports.email_message import article_attachment, build_message
    from exports.formats import FORMATS
    from exports.print_pdf import render_pdf

    a = character_article(CHARACTERS[kind])
    FORMATS["txt"].write(a, None).decode("utf-8")  # strict: no lone surrogate written
    page = html_bytes(a)
    assert_clean(page.decode("utf-8").replace("\r", ""))
    assert_nothing_executable(page, json_ld=True)
    document = article_to_docx(a)
    _xml_parts_parse(document)
    assert docx.Document(io.BytesIO(document)).paragraphs
    nitf = article_to_nitf(a)
    etree.fromstring(nitf)
    assert_clean(nitf.decode("utf-8"))
    with pikepdf.open(io.BytesIO(render_pdf(a))) as pdf:
        assert len(pdf.pages) >= 1
    try:
        attachments = [article_attachment(a)]
    except ArticleFileError as exc:  # only a lone surrogate cannot be written into the .article
        assert kind in ("lone surrogates", "everything") and "broken character (U+D800)" in str(exc)
        attachments = []
    message = build_message(a, sender="pv@example.vn", to=["bt@example.vn"], note=CHARACTERS[kind],
                            attachments=attachments)
    parsed = message_from_bytes(message.as_bytes(), policy=email_policy.default)
    [html_part] = [p for p in parsed.walk() if p.get_content_type() == "text/html"]
    lhtml.document_fromstring(html_part.get_content().encode("utf-8"))


def test_the_vietnamese_text_reaches_every_writer_composed():
    a = character_article(CHARACTERS["decomposed Vietnamese"])
    composed = "Tiếng Việt có dấu: ắ ằ ẳ ẵ ặ ơ ư đ Đ Ồ"
    assert composed in lhtml.document_fromstring(html_bytes(a)).xpath("string(//h1)")
    assert composed in "".join(etree.fromstring(article_to_nitf(a)).itertext())
    assert any(composed in p.text for p in docx.Document(io.BytesIO(article_to_docx(a))).paragraphs)


# --- e-mail headers -----------------------------------------------------------------------------

INJECTIONS = ["x\r\nBcc: evil@example.org", "x\nBcc: evil@example.org", "x\rBcc: evil@example.org",
              "x\u2028Bcc: evil@example.org", "x\x85Bcc: evil@example.org", "x\x00Bcc: evil@example.org",
              "x\r\n\r\n<html>body</html>", "x\tBcc: evil@example.org"]
EXPECTED_HEADERS = {"From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "X-Mailer", "Content-Type"}


def _fields(value: str) -> dict[str, dict[str, object]]:
    """Each place a typed value reaches a header, as build_message's arguments."""
    return {
        "subject": {"subject": value},
        "recipient's name": {"to": [f'"{value}" <bt@example.vn>']},
        "recipient's address": {"to": [f"bt{value}@example.vn"]},
        "cc": {"cc": [value]},
        "sender's name": {"sender": f"{value} <pv@example.vn>"},
        "attachment": {"attachments": [(value + ".pdf", b"%PDF-1.4", "application/pdf")]},
        "headline (the default subject)": {"headline": value},
    }


@pytest.mark.parametrize("injection", INJECTIONS, ids=[repr(i)[1:12] for i in INJECTIONS])
def test_no_header_can_be_injected(injection):
    from editor.model.file_io import error_sentence
    from editor.session.outbox import envelope_of
    from exports.email_message import HeaderError, build_message, wire_bytes

    for field, arguments in _fields(injection).items():
        article = Article.new("vi")
        article.headline = "Tin"
        if "headline" in arguments:
            object.__setattr__(article, "headline", arguments.pop("headline"))
        given = {"sender": "pv@example.vn", "to": ["bt@example.vn"], **arguments}
        try:
            message = build_message(article, **given)
        except HeaderError as exc:
            sentence = error_sentence(exc)
            assert "\n" not in sentence and "\r" not in sentence and sentence.endswith("."), (field, sentence)
            continue
        raw = wire_bytes(message)
        head = raw.split(b"\r\n\r\n", 1)[0]
        parsed = message_from_bytes(raw, policy=email_policy.default)
        names = {name for name in parsed.keys()}
        assert names <= EXPECTED_HEADERS | {"Cc"}, (field, names)
        assert not re.search(rb"(?im)^bcc:", head), field
        sender, recipients = envelope_of(parsed)
        assert "evil@example.org" not in recipients and sender == "pv@example.vn", (field, recipients)
        assert not re.search(rb"(?m)^\s*<html>", head), field  # not a line of its own, nor the body


# --- file names from headlines --------------------------------------------------------------------

WINDOWS_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])\Z")
HEADLINES = [
    "CON", "con", "Con.", "PRN", "aux", "NUL.tar.gz", "nul .txt", "COM1", "com9", "COM¹", "LPT1", "lpt³", "CONIN$",
    "conout$", "AUX  ", "  . ..  ", "..", ".", "...", "../../etc/passwd", "..\\..\\Windows\\System32",
    'a/b\\c:d*e?f"g<h>i|j', "C:\\con\\aux", "tin.", "tin. . .", " .hidden", "\x00\x01\x1f\x7f",
    "Đường sắt Bắc – Nam: “nóng” vì giá vé?", unicodedata.normalize("NFD", "Ồn ào ở Hòa Bình, Đắk Lắk"),
    "\u202egnp.exe", "abc\u200bdef\ufeff", "a\ud800b", "\ufffe\uffff", "👩🏽‍💻 lập trình 🇻🇳",
    "ệ" * 200, "Chủ tịch " * 40, "😀" * 100, "a" + "\u0301" * 300, "x" * 300, "ẞ" * 85 + " cuối",
]


def assert_safe_file_name(name: str, extension: str) -> None:
    assert name.endswith(extension)
    stem = name[: -len(extension)]
    assert stem and stem not in (".", "..") and stem == stem.strip(" .")
    assert not re.search(r'[<>:"/\\|?*\x00-\x1f\x7f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]', name), repr(name)
    assert not WINDOWS_RESERVED.match(stem.split(".")[0].rstrip(" ")), name
    encoded = name.encode("utf-8")  # strict: no lone surrogate
    assert len(encoded) <= 255 and len(unicodedata.normalize("NFD", name).encode("utf-8")) <= 255
    assert len(name.encode("utf-16-le")) // 2 <= 255
    assert unicodedata.is_normalized("NFC", name)


@pytest.mark.parametrize("headline", HEADLINES, ids=[repr(h)[1:20] for h in HEADLINES])
def test_a_file_name_from_any_headline_is_safe_everywhere(headline, tmp_path):
    from editor.model.file_names import file_name_from
    from editor.session.files import suggested_file_name
    from exports.email_message import attachment_name

    article = Article.new("vi")
    object.__setattr__(article, "headline", headline)
    for extension in (".article", ".pdf", ".docx"):
        names = {file_name_from(headline, extension, "Bài viết"), attachment_name(article, extension)}
        assert len(names) == 1, names  # one rule for Save As and for attachments
        name = names.pop()
        assert_safe_file_name(name, extension)
        assert suggested_file_name(headline, extension) == file_name_from(headline, extension, "Untitled")
        (tmp_path / name).write_bytes(b"x")  # and this system takes it
        assert [p.name for p in tmp_path.iterdir()] == [name]
        (tmp_path / name).unlink()


def test_file_names_keep_the_words_and_the_vietnamese_letters():
    from editor.model.file_names import file_name_from

    assert file_name_from("Đường sắt Bắc – Nam: “nóng” vì giá vé?", ".pdf", "x") == "Đường sắt Bắc – Nam “nóng” vì giá vé.pdf"
    assert file_name_from(unicodedata.normalize("NFD", "Ồn ào ở Hòa Bình"), "pdf", "x") == "Ồn ào ở Hòa Bình.pdf"
    assert file_name_from("CON", ".txt", "x") == "CON_.txt"
    assert file_name_from("nul.tar", ".gz", "x") == "nul_.tar.gz"
    assert file_name_from("../../etc/passwd", ".article", "x") == "etc passwd.article"
    assert file_name_from("\u202egnp.exe", ".article", "x") == "gnp.exe.article"
    assert file_name_from(" .. ", ".pdf", "Bài viết") == "Bài viết.pdf"
    long = file_name_from("Chủ tịch " * 40, ".pdf", "x")
    assert long.endswith("Chủ tịch.pdf") and len(long) <= 84  # cut at a word, 80 characters
    emoji = file_name_from("😀" * 100, ".docx", "x")
    assert len(emoji.encode("utf-8")) <= 255 and emoji.startswith("😀" * 60)


# --- broken pictures ----------------------------------------------------------------------------

BROKEN_PICTURES = {
    "jpeg without a frame.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4 + b"\xff\xd9",
    "jpeg cut short.jpg": b"\xff\xd8\xff",
    "png cut short.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "png of 0x0.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 8 + b"\x08\x02\x00\x00\x00" + b"\x00" * 4,
    "png of 2^31 pixels.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x7f\xff\xff\xff\x7f\xff\xff\xff\x08\x02\x00\x00\x00"
                              + b"\x00" * 4,
    "gif header only.gif": b"GIF89a",
    "webp header only.webp": b"RIFF\x00\x00\x00\x00WEBP",
}


@pytest.mark.parametrize("name", list(BROKEN_PICTURES), ids=list(BROKEN_PICTURES))
def test_a_broken_picture_never_fails_an_export(name, tmp_path, qapp):
    """A picture file that starts like an image and is not one: every writer leaves it out or keeps its
    bytes (NITF's files beside the XML), and never fails."""
    import pikepdf

    from exports.email_message import build_message
    from exports.nitf import nitf_files
    from exports.print_pdf import render_pdf

    (tmp_path / name).write_bytes(BROKEN_PICTURES[name])
    a = Article.new("vi")
    a.headline = "Ảnh hỏng"
    a.body = [Block(text="Trước ảnh."), Block(type="image", src=name, caption="Chú thích", alt="Ảnh"),
              Block(text="Sau ảnh.")]
    document = docx.Document(io.BytesIO(article_to_docx(a, DocxOptions(base_dir=tmp_path))))
    assert [p.text for p in document.paragraphs if p.text][-3:] == ["Trước ảnh.", "Chú thích", "Sau ảnh."]
    assert_nothing_executable(html_bytes(a, base_dir=tmp_path), json_ld=True)
    etree.fromstring(nitf_files(a, base_dir=tmp_path, name="tin").main)
    with pikepdf.open(io.BytesIO(render_pdf(a, base_dir=tmp_path))) as pdf:
        assert len(pdf.pages) == 1
    build_message(a, sender="pv@example.vn", to=["bt@example.vn"])
