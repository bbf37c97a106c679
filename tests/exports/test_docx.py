"""DOCX export: named styles from ArticleDesk's own template, a file Word and LibreOffice accept (D1–D9)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import unicodedata
import zipfile
from datetime import datetime, timezone
from pathlib import Path

import docx
import pytest
from lxml import etree

from editor.model import article_file as af
from editor.model.article import Article, Block, Mark
from editor.resources import resource_path
from exports.docx_export import DocxOptions, DocxTemplateError, article_to_docx
from exports.docx_template import BODY_FONT, HEADING_FONT, reference_docx
from exports.docx_template import main as template_main
from tests.exports.fixtures import hostile_article, png_bytes
from tests.tools import require, require_tool

NS = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
      "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "dc": "http://purl.org/dc/elements/1.1/", "dcterms": "http://purl.org/dc/terms/",
      "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"}
NOW = datetime(2026, 5, 1, 8, 30, tzinfo=timezone.utc)
REQUIRED_STYLES = ("Title", "Subtitle", "Date", "Abstract", "First Paragraph", "Body Text", "Block Text",
                   "Heading 2", "List Bullet", "Author", "Hyperlink")


def sample(lang: str = "vi") -> Article:
    return af.load(resource_path("samples", f"sample-{lang}.article"))


def export(article: Article, **options) -> bytes:
    return article_to_docx(article, DocxOptions(now=NOW, **options))


def part_xml(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return etree.fromstring(zf.read(name))


def paragraphs(data: bytes) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(io.BytesIO(data)).paragraphs]


def vietnamese_letters() -> list[str]:
    letters = {"đ", "Đ"}
    for base in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY":
        for tone in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            letters.add(unicodedata.normalize("NFC", base + tone))
    assert len(letters) == 146
    return sorted(letters)


def test_every_role_has_its_named_style_d1():
    a = sample()
    data = export(a)
    assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None
    awards = [
        "Công an phường Thành Công (tập thể): Bằng khen của Bộ trưởng Bộ Công an – Có thành tích xuất sắc trong "
        "xây dựng mô hình tổ liên gia an toàn PCCC",
        "Trần Thị Thu Hà (cá nhân): Bằng khen của Bộ trưởng Bộ Công an – Tổ trưởng tổ liên gia tiêu biểu",
    ]
    assert paragraphs(data) == [
        ("Kicker", a.kicker), ("Title", a.headline), ("Date", "Thứ Năm, 12/03/2026"),
        ("Abstract", "(ANTV) – " + a.lede), ("First Paragraph", a.body[0].text), ("Body Text", a.body[1].text),
        ("Heading 2", a.body[2].text), ("Body Text", a.body[3].text),
        ("Block Text", a.quotes[0].text), ("Quote Source", f"— {a.quotes[0].speaker}, {a.quotes[0].role}"),
        ("Block Text", a.body[4].text), ("Body Text", a.body[5].text), ("Body Text", a.body[6].text),
        ("Heading 2", "Khen thưởng"), ("List Bullet", awards[0]), ("List Bullet", awards[1]),
        ("Author", "Minh Thu - Đức Anh"), ("Sign-off", "MT"),
    ]
    document = part_xml(data, "word/document.xml")
    bold = document.xpath("//w:p[w:pPr/w:pStyle/@w:val='BodyText'][2]//w:r[w:rPr/w:b]/w:t/text()", namespaces=NS)
    assert bold == ["Thiếu tướng Nguyễn Văn Hòa"]


def test_template_is_the_projects_own_and_holds_every_style_d2(tmp_path):
    template = docx.Document(io.BytesIO(reference_docx()))
    names = {s.name for s in template.styles}
    assert set(REQUIRED_STYLES) <= names
    assert reference_docx.__wrapped__() == reference_docx.__wrapped__()  # a build is reproducible
    out = tmp_path / "reference.docx"
    assert template_main([str(out)]) == 0 and out.read_bytes() == reference_docx()
    styles = part_xml(reference_docx(), "word/styles.xml")
    abstract = styles.xpath("//w:style[w:name/@w:val='Abstract']", namespaces=NS)[0]
    assert abstract.xpath("w:rPr/w:b", namespaces=NS) and abstract.xpath("w:pPr/w:jc/@w:val", namespaces=NS) == ["both"]
    author = styles.xpath("//w:style[w:name/@w:val='Author']", namespaces=NS)[0]
    assert author.xpath("w:pPr/w:jc/@w:val", namespaces=NS) == ["right"] and author.xpath("w:rPr/w:b", namespaces=NS)
    body = styles.xpath("//w:style[w:name/@w:val='Body Text']/w:pPr/w:jc/@w:val", namespaces=NS)
    assert body == ["both"]


def _template_without(tmp_path: Path, names: set[str], suffix: str = ".docx") -> Path:
    """Our template with some styles deleted, saved as a user's template would be."""
    with zipfile.ZipFile(io.BytesIO(reference_docx())) as zf:
        files = {i.filename: zf.read(i) for i in zf.infolist()}
    styles = etree.fromstring(files["word/styles.xml"])
    for style in styles.xpath("//w:style", namespaces=NS):
        if style.xpath("string(w:name/@w:val)", namespaces=NS) in names:
            styles.remove(style)
    files["word/styles.xml"] = etree.tostring(styles, xml_declaration=True, encoding="UTF-8")
    if suffix == ".dotx":
        files["[Content_Types].xml"] = files["[Content_Types].xml"].replace(
            b"document.main+xml", b"template.main+xml")
    path = tmp_path / f"mine{suffix}"
    with zipfile.ZipFile(path, "w") as zf:
        for name, blob in files.items():
            zf.writestr(name, blob)
    return path


def test_a_users_template_missing_styles_falls_back_d2(tmp_path):
    template = _template_without(tmp_path, {"Abstract", "Author", "First Paragraph", "Hyperlink", "Kicker",
                                            "Sign-off"})
    a = sample()
    a.body[0].marks = [Mark(0, 8, "link", href="https://example.org/")]
    data = export(a, template=template)
    got = paragraphs(data)
    assert got[0] == ("Subtitle", a.kicker)  # the kicker's next choice
    assert got[3] == ("Normal", "(ANTV) – " + a.lede)
    assert got[4] == ("Body Text", a.body[0].text)
    assert got[-1] == ("Normal", "MT")
    document = docx.Document(io.BytesIO(data))
    lede, byline = document.paragraphs[3], document.paragraphs[-1]
    assert all(r.bold for r in lede.runs) and lede.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.JUSTIFY
    assert byline.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.RIGHT and all(r.bold for r in byline.runs)
    assert byline.paragraph_format.space_before == 0  # the sign-off still sits right under the byline
    link = document.paragraphs[4].hyperlinks[0]
    assert link.address == "https://example.org/" and link.runs[0].underline
    # A template made before the Sign-off style: the byline's style, without its gap above.
    older = docx.Document(io.BytesIO(export(a, template=_template_without(tmp_path, {"Sign-off"}))))
    signoff = older.paragraphs[-1]
    assert (signoff.style.name, signoff.text) == ("Author", "MT") and signoff.paragraph_format.space_before == 0


def test_a_word_template_dotx_is_accepted_and_a_broken_one_is_named(tmp_path):
    dotx = _template_without(tmp_path, set(), suffix=".dotx")
    assert paragraphs(export(sample(), template=dotx))[1] == ("Title", sample().headline)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(DocxTemplateError, match="broken.docx” is not a Word document"):
        export(sample(), template=broken)
    with pytest.raises(DocxTemplateError, match="cannot be read"):
        export(sample(), template=tmp_path / "missing.docx")


def test_language_in_document_defaults_d3():
    for lang, tag in (("vi", "vi-VN"), ("en", "en-US")):
        data = export(sample(lang))
        styles = part_xml(data, "word/styles.xml")
        assert styles.xpath("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val", namespaces=NS) == [tag]
        assert part_xml(data, "docProps/core.xml").xpath("string(dc:language)", namespaces=NS) == tag


def test_fonts_fill_all_four_slots_without_theme_fonts_d4():
    styles = part_xml(export(sample()), "word/styles.xml")
    default = styles.xpath("//w:docDefaults//w:rFonts", namespaces=NS)[0]
    slots = {etree.QName(k).localname: v for k, v in default.attrib.items()}
    assert slots == {"ascii": BODY_FONT, "hAnsi": BODY_FONT, "eastAsia": BODY_FONT, "cs": BODY_FONT}
    title = styles.xpath("//w:style[@w:styleId='Title']/w:rPr/w:rFonts", namespaces=NS)[0]
    assert len(title.attrib) == 4 and set(title.attrib.values()) == {HEADING_FONT}
    themed = [k for el in styles.iter(f"{{{NS['w']}}}rFonts") for k in el.attrib if k.endswith("Theme")]
    assert themed == []


def test_template_fonts_cover_the_146_vietnamese_letters_d4(qapp):
    from PySide6.QtGui import QFont, QRawFont

    for family in (BODY_FONT, HEADING_FONT):
        raw = QRawFont.fromFont(QFont(family))
        missing = "".join(c for c in vietnamese_letters() if not raw.supportsCharacter(ord(c)))
        require(missing == "", f"“{family}” resolves to {raw.familyName()} here, which lacks {missing[:20]}…; "
                               "install fonts-liberation2")
        assert missing == ""


def test_links_are_real_hyperlinks_d6():
    a = sample()
    a.body[1].marks = [Mark(4, 12, "link", href="https://antv.gov.vn/tin?id=1&x=2"), Mark(4, 8, "bold")]
    data = export(a)
    document = docx.Document(io.BytesIO(data))
    links = document.paragraphs[5].hyperlinks
    assert [(h.address, h.text) for h in links] == [("https://antv.gov.vn/tin?id=1&x=2", a.body[1].text[4:12])]
    xml = part_xml(data, "word/document.xml")
    rid = xml.xpath("//w:hyperlink/@r:id", namespaces=NS)
    rels = part_xml(data, "word/_rels/document.xml.rels")
    rel = rels.xpath(f"//rel:Relationship[@Id='{rid[0]}']", namespaces=NS)[0]
    assert rel.get("TargetMode") == "External" and rel.get("Type").endswith("/hyperlink")
    assert set(xml.xpath("//w:hyperlink//w:rStyle/@w:val", namespaces=NS)) == {"Hyperlink"}


def test_core_properties_are_complete_and_clean_d7():
    a = sample()
    data = export(a)
    core = docx.Document(io.BytesIO(data)).core_properties
    assert core.title == a.headline and core.author == "Minh Thu - Đức Anh"
    assert core.language == "vi-VN" and core.comments == a.lede and core.last_modified_by
    assert core.created == core.modified == NOW
    assert core.identifier == a.id and core.keywords == ", ".join(a.tags)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        props = b"".join(zf.read(n) for n in zf.namelist() if n.startswith("docProps/"))
    assert b"python-docx" not in props and b"2013" not in props
    assert b"<Application>ArticleDesk</Application>" in props


def test_page_footer_and_picture_alt_text_d8(tmp_path):
    (tmp_path / "a.png").write_bytes(png_bytes())
    a = sample()
    a.body.insert(1, Block(type="image", src="a.png", caption="Hội nghị", credit="Ảnh: BT", alt="Toàn cảnh hội nghị"))
    data = export(a, margin_cm=2.5, base_dir=tmp_path)
    section = part_xml(data, "word/document.xml").xpath("//w:body/w:sectPr", namespaces=NS)[0]
    size = section.xpath("w:pgSz", namespaces=NS)[0]
    assert (size.get(f"{{{NS['w']}}}w"), size.get(f"{{{NS['w']}}}h")) == ("11906", "16838")
    margins = section.xpath("w:pgMar", namespaces=NS)[0]
    assert {margins.get(f"{{{NS['w']}}}{k}") for k in ("top", "bottom", "left", "right")} == {"1417"}
    assert part_xml(export(sample()), "word/document.xml").xpath(
        "string(//w:pgMar/@w:left)", namespaces=NS) == "1134"
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        footer_name = next(n for n in zf.namelist() if n.startswith("word/footer"))
    footer = part_xml(data, footer_name)
    shown = docx.Document(io.BytesIO(data)).sections[0].footer.paragraphs[0].text
    assert shown.startswith("Nguồn: ANTV\tTrang ")
    assert [i.strip() for i in footer.xpath("//w:fldSimple/@w:instr", namespaces=NS)] == ["PAGE", "NUMPAGES"]
    document = part_xml(data, "word/document.xml")
    assert document.xpath("//wp:docPr/@descr", namespaces=NS) == ["Toàn cảnh hội nghị"]
    assert ("Caption", "Hội nghị (Ảnh: BT)") in paragraphs(data)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    """The sample and the hostile article as DOCX, and their PDFs from one LibreOffice run."""
    soffice = require_tool("soffice")
    folder = tmp_path_factory.mktemp("docx")
    files = {"sample": (folder / "sample.docx", sample()), "hostile": (folder / "hostile.docx", hostile_article())}
    for path, article in files.values():
        path.write_bytes(export(article))
    out = folder / "pdf"
    env = dict(os.environ, HOME=str(tmp_path_factory.mktemp("lo-home")))
    run = subprocess.run([soffice, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(out),
                          *(str(p) for p, _ in files.values())], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    return {name: (path, out / f"{path.stem}.pdf") for name, (path, _) in files.items()}


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", ["sample", "hostile"])
def test_libreoffice_converts_it_to_a_pdf_with_the_text_d9(rendered, name):
    pdftotext, pdffonts = require_tool("pdftotext"), require_tool("pdffonts")
    _, pdf = rendered[name]
    assert pdf.is_file()
    text = _words(subprocess.run([pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                                 check=True).stdout)
    assert unicodedata.is_normalized("NFC", text)
    if name == "sample":
        a = sample()
        for expected in (a.headline, a.lede, *(b.text for b in a.body), "Minh Thu - Đức Anh", "Nguồn: ANTV"):
            assert _words(expected) in text
    else:
        assert "headline <script>alert(1)</script></script><img src=x onerror=alert(2)>" in text
        assert "Việt Nam đẹp lắm, Hòa ổn" in text
        assert _words("Đoạn văn rất dài để thử xuất bản tin " * 30) in text
    fonts = subprocess.run([pdffonts, str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts


@pytest.mark.parametrize("name", ["sample", "hostile"])
def test_pandoc_reads_it_d9(rendered, name):
    pandoc = require_tool("pandoc")
    path, _ = rendered[name]
    run = subprocess.run([pandoc, str(path), "-t", "json"], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["blocks"]
    plain = _words(subprocess.run([pandoc, str(path), "-t", "plain", "--wrap=none"], capture_output=True, text=True,
                                  check=True).stdout)
    if name == "sample":
        assert _words(sample().body[0].text) in plain
    else:
        assert "Đoạn văn rất dài" in plain
