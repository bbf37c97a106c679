"""Builds ArticleDesk's own DOCX template (``reference.docx``) from scratch with lxml.

Nothing is copied from another program's template: every part of the package is written here,
so the styles, fonts, language and page are exactly the desk's (outputs.md §1, D1–D4, D8).
The template is built in memory when an export needs it (a few milliseconds);
``python -m exports.docx_template OUT.docx`` writes it out for people who want to adapt it in
Word or LibreOffice and choose it as their own template.
"""

from __future__ import annotations

import io
import sys
import zipfile
from functools import lru_cache
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

# Both names are present on every Windows and macOS Word; LibreOffice maps them to the metric-
# compatible Liberation fonts. All four cover the 146 Vietnamese letter forms (D4).
BODY_FONT = "Times New Roman"
HEADING_FONT = "Arial"
DEFAULT_LANGUAGE = "vi-VN"
A4_TWIPS = (11906, 16838)
DEFAULT_MARGIN_TWIPS = 1134  # 2 cm
# A fixed stamp keeps builds byte-identical; exports replace it with the export time.
TEMPLATE_STAMP = "2026-01-01T00:00:00Z"

Spec = list[tuple[str, dict[str, str]]]  # ordered (tag, attributes) children of pPr or rPr


def w(tag: str) -> str:
    """A WordprocessingML tag or attribute name in Clark notation."""
    return f"{{{W}}}{tag}"


def _el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    el = etree.Element(w(tag), {w(k): v for k, v in (attrs or {}).items()}, nsmap={"w": W})
    el.extend(children)
    return el


def fonts(name: str) -> tuple[str, dict[str, str]]:
    """An ``rFonts`` entry naming ``name`` in all four slots, with no theme fonts."""
    return ("rFonts", {"ascii": name, "hAnsi": name, "eastAsia": name, "cs": name})


def _props(tag: str, spec: Spec) -> etree._Element:
    return _el(tag, None, *(_el(t, a) for t, a in spec))


def _style(kind: str, sid: str, name: str, *, based_on: str = "", next_: str = "", custom: bool = False,
           default: bool = False, ppr: Spec | None = None, rpr: Spec | None = None,
           hidden: bool = False) -> etree._Element:
    attrs = {"type": kind, "styleId": sid}
    if default:
        attrs["default"] = "1"
    if custom:
        attrs["customStyle"] = "1"
    style = _el("style", attrs, _el("name", {"val": name}))
    if based_on:
        style.append(_el("basedOn", {"val": based_on}))
    if next_:
        style.append(_el("next", {"val": next_}))
    style.append(_el("semiHidden") if hidden else _el("qFormat"))
    if ppr:
        style.append(_props("pPr", ppr))
    if rpr:
        style.append(_props("rPr", rpr))
    return style


def _size(points: float) -> Spec:
    half = str(round(points * 2))
    return [("sz", {"val": half}), ("szCs", {"val": half})]


def _spacing(before: int = 0, after: int = 0) -> tuple[str, dict[str, str]]:
    return ("spacing", {"before": str(before), "after": str(after)})


def styles_xml() -> etree._Element:
    """``word/styles.xml``: document defaults and every style an exported article uses."""
    head = fonts(HEADING_FONT)
    keep = [("keepNext", {}), ("keepLines", {})]
    defaults = _el(
        "docDefaults", None,
        _el("rPrDefault", None, _props("rPr", [fonts(BODY_FONT), *_size(12), ("lang", {"val": DEFAULT_LANGUAGE})])),
        _el("pPrDefault", None, _props("pPr", [("spacing", {"after": "120", "line": "264", "lineRule": "auto"})])),
    )
    grey = ("color", {"val": "555555"})
    styles = [
        _style("paragraph", "Normal", "Normal", default=True, ppr=[("widowControl", {})]),
        _style("character", "DefaultParagraphFont", "Default Paragraph Font", default=True, hidden=True),
        _style("paragraph", "Kicker", "Kicker", based_on="Normal", next_="Title", custom=True,
               ppr=[*keep, _spacing(0, 60)], rpr=[head, ("b", {}), ("caps", {}), ("color", {"val": "9B1C1C"}),
                                                 *_size(10)]),
        _style("paragraph", "Title", "Title", based_on="Normal", next_="Date",
               ppr=[*keep, _spacing(0, 120)], rpr=[head, ("b", {}), ("bCs", {}), ("kern", {"val": "28"}),
                                                  *_size(22)]),
        _style("paragraph", "Subtitle", "Subtitle", based_on="Normal", next_="Date",
               ppr=[*keep, _spacing(0, 120)], rpr=[head, grey, *_size(14)]),
        _style("paragraph", "Date", "Date", based_on="Normal", next_="Abstract",
               ppr=[*keep, _spacing(0, 240)], rpr=[grey, *_size(10)]),
        _style("paragraph", "Abstract", "Abstract", based_on="Normal", next_="FirstParagraph", custom=True,
               ppr=[_spacing(0, 200), ("jc", {"val": "both"})], rpr=[("b", {}), ("bCs", {})]),
        _style("paragraph", "BodyText", "Body Text", based_on="Normal",
               ppr=[_spacing(0, 120), ("jc", {"val": "both"})]),
        _style("paragraph", "FirstParagraph", "First Paragraph", based_on="BodyText", next_="BodyText", custom=True),
        # Keep-with-next: a quote's attribution (Quote Source) never starts a page on its own.
        _style("paragraph", "BlockText", "Block Text", based_on="Normal", next_="BodyText",
               ppr=[("keepNext", {}), _spacing(120, 160), ("ind", {"left": "567", "right": "567"}),
                    ("jc", {"val": "both"})],
               rpr=[("i", {}), ("iCs", {})]),
        _style("paragraph", "QuoteSource", "Quote Source", based_on="BlockText", next_="BodyText", custom=True,
               ppr=[("keepNext", {"val": "0"}), _spacing(0, 160), ("jc", {"val": "right"})],
               rpr=[("i", {"val": "0"}), ("iCs", {"val": "0"}), *_size(10)]),
        _style("paragraph", "Heading2", "heading 2", based_on="Normal", next_="BodyText",
               ppr=[*keep, _spacing(240, 120), ("outlineLvl", {"val": "1"})],
               rpr=[head, ("b", {}), ("bCs", {}), *_size(14)]),
        _style("paragraph", "ListBullet", "List Bullet", based_on="Normal",
               ppr=[("numPr", {}), _spacing(0, 60), ("ind", {"left": "360", "hanging": "360"}),
                    ("jc", {"val": "both"})]),
        _style("paragraph", "Figure", "Figure", based_on="Normal", next_="Caption", custom=True,
               ppr=[("keepNext", {}), _spacing(120, 60), ("jc", {"val": "center"})]),
        _style("paragraph", "Caption", "caption", based_on="Normal", next_="BodyText",
               ppr=[_spacing(0, 200), ("jc", {"val": "center"})], rpr=[("i", {}), grey, *_size(10)]),
        _style("paragraph", "Author", "Author", based_on="Normal", next_="Signoff", custom=True,
               ppr=[*keep, _spacing(240, 0), ("jc", {"val": "right"})], rpr=[("b", {}), ("bCs", {})]),
        # The sign-off ("MT") sits right under the byline, without the byline's 12 pt gap.
        _style("paragraph", "Signoff", "Sign-off", based_on="Author", custom=True,
               ppr=[("keepNext", {"val": "0"}), _spacing(0, 0)]),
        # The running header: masthead on the left, "In bài · date" on the right, a double rule.
        _style("paragraph", "Header", "header", based_on="Normal",
               ppr=[("pBdr", {}), _spacing(0, 0)], rpr=[head, grey, *_size(9)]),
        _style("paragraph", "Footer", "footer", based_on="Normal", ppr=[_spacing(0, 0)], rpr=[grey, *_size(9)]),
        # Word's own names, so its References › Insert Footnote uses them (D1, D6).
        _style("paragraph", "FootnoteText", "footnote text", based_on="Normal",
               ppr=[_spacing(0, 0), ("jc", {"val": "both"})], rpr=[*_size(10)]),
        _style("character", "FootnoteReference", "footnote reference", based_on="DefaultParagraphFont",
               rpr=[("vertAlign", {"val": "superscript"})]),
        _style("character", "Hyperlink", "Hyperlink", based_on="DefaultParagraphFont",
               rpr=[("color", {"val": "0563C1"}), ("u", {"val": "single"})]),
    ]
    bullet = next(s for s in styles if s.get(w("styleId")) == "ListBullet")
    num_pr = bullet.find(f"{w('pPr')}/{w('numPr')}")
    num_pr.extend([_el("ilvl", {"val": "0"}), _el("numId", {"val": "1"})])
    header = next(s for s in styles if s.get(w("styleId")) == "Header")
    header.find(f"{w('pPr')}/{w('pBdr')}").append(
        _el("bottom", {"val": "double", "sz": "6", "space": "4", "color": "auto"}))
    return _el("styles", None, defaults, *styles)


def numbering_xml() -> etree._Element:
    """``word/numbering.xml``: the one bullet list the List Bullet style uses."""
    level = _el("lvl", {"ilvl": "0"}, _el("start", {"val": "1"}), _el("numFmt", {"val": "bullet"}),
                _el("lvlText", {"val": "•"}), _el("lvlJc", {"val": "left"}),
                _props("pPr", [("ind", {"left": "360", "hanging": "360"})]))
    abstract = _el("abstractNum", {"abstractNumId": "0"}, _el("multiLevelType", {"val": "singleLevel"}), level)
    return _el("numbering", None, abstract, _el("num", {"numId": "1"}, _el("abstractNumId", {"val": "0"})))


def settings_xml() -> etree._Element:
    """``word/settings.xml``: Word 2013+ layout mode, no compatibility quirks."""
    compat = _el("compat", None, _el("compatSetting", {
        "name": "compatibilityMode", "uri": "http://schemas.microsoft.com/office/word", "val": "15"}))
    return _el("settings", None, _el("zoom", {"percent": "100"}), _el("defaultTabStop", {"val": "709"}),
               _el("characterSpacingControl", {"val": "doNotCompress"}), compat)


def font_table_xml() -> etree._Element:
    """``word/fontTable.xml``: the two families, with the classes Word uses to substitute them."""
    table = _el("fonts")
    for name, family, panose in ((BODY_FONT, "roman", "02020603050405020304"),
                                 (HEADING_FONT, "swiss", "020B0604020202020204")):
        table.append(_el("font", {"name": name}, _el("panose1", {"val": panose}), _el("charset", {"val": "00"}),
                         _el("family", {"val": family}), _el("pitch", {"val": "variable"})))
    return table


def document_xml() -> etree._Element:
    """``word/document.xml``: one sample line per style (exports replace them), A4, 2 cm margins."""
    samples = [
        ("Kicker", "Kicker"), ("Title", "Title – tiêu đề"), ("Subtitle", "Subtitle"), ("Date", "Date – ngày"),
        ("Abstract", "Abstract – sapo"), ("FirstParagraph", "First Paragraph – đoạn đầu"),
        ("BodyText", "Body Text – thân bài"), ("Heading2", "Heading 2 – tít phụ"),
        ("BlockText", "Block Text – trích dẫn"), ("QuoteSource", "Quote Source"),
        ("ListBullet", "List Bullet"), ("Figure", "Figure"), ("Caption", "Caption – chú thích ảnh"),
        ("Author", "Author – tác giả"), ("Signoff", "Sign-off – bút danh"),
        ("FootnoteText", "Footnote Text – chú thích cuối trang"),
    ]
    body = _el("body")
    for sid, text in samples:
        t = _el("t")
        t.text = text
        body.append(_el("p", None, _el("pPr", None, _el("pStyle", {"val": sid})), _el("r", None, t)))
    margin = str(DEFAULT_MARGIN_TWIPS)
    body.append(_el("sectPr", None,
                    _el("pgSz", {"w": str(A4_TWIPS[0]), "h": str(A4_TWIPS[1])}),
                    _el("pgMar", {"top": margin, "right": margin, "bottom": margin, "left": margin,
                                  "header": "567", "footer": "567", "gutter": "0"}),
                    _el("cols", {"space": "708"})))
    document = etree.Element(w("document"), nsmap={"w": W, "r": R})
    document.append(body)
    return document


def _core_xml() -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>ArticleDesk</dc:title>\
<dc:creator>ArticleDesk</dc:creator><cp:lastModifiedBy>ArticleDesk</cp:lastModifiedBy>\
<dc:language>{DEFAULT_LANGUAGE}</dc:language><cp:revision>1</cp:revision>\
<dcterms:created xsi:type="dcterms:W3CDTF">{TEMPLATE_STAMP}</dcterms:created>\
<dcterms:modified xsi:type="dcterms:W3CDTF">{TEMPLATE_STAMP}</dcterms:modified></cp:coreProperties>""".encode()


def app_xml() -> bytes:
    """``docProps/app.xml``: names ArticleDesk as the producing application."""
    return b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
<Application>ArticleDesk</Application><DocSecurity>0</DocSecurity></Properties>"""


def _rels(items: list[tuple[str, str, str]]) -> bytes:
    root = etree.Element(f"{{{_PKG_REL}}}Relationships", nsmap={None: _PKG_REL})
    for rid, kind, target in items:
        etree.SubElement(root, f"{{{_PKG_REL}}}Relationship", Id=rid, Type=kind, Target=target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _content_types() -> bytes:
    root = etree.Element(f"{{{_CT}}}Types", nsmap={None: _CT})
    etree.SubElement(root, f"{{{_CT}}}Default", Extension="rels",
                     ContentType="application/vnd.openxmlformats-package.relationships+xml")
    etree.SubElement(root, f"{{{_CT}}}Default", Extension="xml", ContentType="application/xml")
    for part, kind in (("/word/document.xml", f"{_WML}.document.main+xml"),
                       ("/word/styles.xml", f"{_WML}.styles+xml"), ("/word/settings.xml", f"{_WML}.settings+xml"),
                       ("/word/numbering.xml", f"{_WML}.numbering+xml"),
                       ("/word/fontTable.xml", f"{_WML}.fontTable+xml"),
                       ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                       ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")):
        etree.SubElement(root, f"{{{_CT}}}Override", PartName=part, ContentType=kind)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _xml(root: etree._Element) -> bytes:
    etree.cleanup_namespaces(root, keep_ns_prefixes=["w", "r"])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


@lru_cache(maxsize=1)
def reference_docx() -> bytes:
    """The template as the bytes of a .docx file; the same bytes on every build."""
    files = {
        "[Content_Types].xml": _content_types(),
        "_rels/.rels": _rels([
            ("rId1", f"{_REL}/officeDocument", "word/document.xml"),
            ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
             "docProps/core.xml"),
            ("rId3", f"{_REL}/extended-properties", "docProps/app.xml"),
        ]),
        "word/document.xml": _xml(document_xml()),
        "word/_rels/document.xml.rels": _rels([
            ("rId1", f"{_REL}/styles", "styles.xml"), ("rId2", f"{_REL}/settings", "settings.xml"),
            ("rId3", f"{_REL}/numbering", "numbering.xml"), ("rId4", f"{_REL}/fontTable", "fontTable.xml"),
        ]),
        "word/styles.xml": _xml(styles_xml()),
        "word/settings.xml": _xml(settings_xml()),
        "word/numbering.xml": _xml(numbering_xml()),
        "word/fontTable.xml": _xml(font_table_xml()),
        "docProps/core.xml": _core_xml(),
        "docProps/app.xml": app_xml(),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    """``python -m exports.docx_template OUT.docx``: write the template to adapt it."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m exports.docx_template OUT.docx", file=sys.stderr)
        return 2
    Path(args[0]).write_bytes(reference_docx())
    print(args[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
