"""Low-level WordprocessingML pieces python-docx has no API for (outputs.md §0, §1).

Hyperlinks with an external relationship, simple fields (PAGE), the proofing language in the
document defaults, the page, and complete core and app properties.
"""

from __future__ import annotations

from datetime import datetime, timezone

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Emu, Twips
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph
from lxml import etree

from .article_info import ArticleInfo
from .docx_template import A4_TWIPS, app_xml

_CORE_NS = {
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "xsi": "http://www.w3.org/2001/XMLSchema-instance",
}
TWIPS_PER_CM = 1440 / 2.54


def clear_body(document: Document) -> None:
    """Remove the template's sample content, keeping the final section properties."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


class BodyEnd:
    """Appends paragraphs to the end of a document's body as ``document.add_paragraph(style=…)``
    does, in constant time: python-docx looks for the final section properties from the start of
    the body for every paragraph (and up the style list for every style), which makes a long
    article cost the square of its length."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.body = document.element.body
        self.end = self.body.find(qn("w:sectPr"))  # the body's last child, kept last
        self._style_ids: dict[str, str | None] = {}

    def add_paragraph(self, style: BaseStyle | None) -> Paragraph:
        """A new empty paragraph at the end of the body, in ``style`` (None: no style at all)."""
        p = OxmlElement("w:p")
        if self.end is not None and self.end.getparent() is self.body:
            self.end.addprevious(p)
        else:
            self.end = None
            self.body.append(p)
        if style is not None:
            key = style.style_id
            if key not in self._style_ids:  # None for the default paragraph style, as python-docx does
                self._style_ids[key] = self.document.part.get_style_id(style, WD_STYLE_TYPE.PARAGRAPH)
            p.style = self._style_ids[key]
        return Paragraph(p, self.document._body)


def set_language(document: Document, tag: str) -> None:
    """The proofing language of the whole document: ``w:lang`` in the styles' document defaults."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        # lang comes after the other run properties the defaults use (rFonts, sz, szCs ...).
        later = [c for c in rpr if c.tag in (qn("w:eastAsianLayout"), qn("w:specVanish"), qn("w:oMath"))]
        if later:
            later[0].addprevious(lang)
        else:
            rpr.append(lang)
    lang.set(qn("w:val"), tag)


def set_page(section: Section, margin_cm: float) -> int:
    """A4 portrait with equal margins; returns the text width in twips."""
    margin = Twips(round(margin_cm * TWIPS_PER_CM))
    section.page_width, section.page_height = Twips(A4_TWIPS[0]), Twips(A4_TWIPS[1])
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = margin
    return A4_TWIPS[0] - 2 * round(margin_cm * TWIPS_PER_CM)


def add_hyperlink(paragraph: Paragraph, href: str) -> etree._Element:
    """An empty ``w:hyperlink`` at the end of ``paragraph``, pointing at an external ``href``."""
    r_id = paragraph.part.relate_to(href, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    return link


def add_field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A simple field such as ``PAGE`` with the text shown until the reader updates it."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = shown
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def set_alt_text(inline_shape: object, alt: str) -> None:
    """The picture's alternative text (``wp:docPr/@descr``)."""
    doc_pr = inline_shape._inline.docPr  # type: ignore[attr-defined]
    doc_pr.set("descr", alt)


def fit_picture(inline_shape: object, widest: int, tallest: int) -> None:
    """Shrink the picture (keeping its proportions) to at most ``widest`` × ``tallest`` EMU, and
    give it no wrapping distance.

    Without ``distL``/``distR`` LibreOffice adds its own 0.32 cm on each side of an inline
    picture, which pushes a full-width photo past the right margin.
    """
    width, height = inline_shape.width, inline_shape.height  # type: ignore[attr-defined]
    scale = min(1.0, widest / width if width else 1.0, tallest / height if height else 1.0)
    if scale < 1.0:
        inline_shape.width = Emu(min(widest, int(width * scale)))  # type: ignore[attr-defined]
        inline_shape.height = Emu(min(tallest, int(height * scale)))  # type: ignore[attr-defined]
    inline = inline_shape._inline  # type: ignore[attr-defined]
    for side in ("distT", "distB", "distL", "distR"):
        inline.set(side, "0")


def twips_to_emu(twips: int) -> Emu:
    """Twips as EMU, for sizing pictures to the text width."""
    return Emu(twips * 635)


def write_core(document: Document, info: ArticleInfo, now: datetime, status: str) -> None:
    """Replace every core property: nothing from the template (or python-docx) is left over."""
    core = document.core_properties._element  # the package's core.xml root
    for child in list(core):
        core.remove(child)
    stamp = now.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")

    def add(prefix: str, tag: str, text: str, typed: bool = False) -> None:
        el = etree.SubElement(core, f"{{{_CORE_NS[prefix]}}}{tag}")
        el.text = text
        if typed:
            el.set(f"{{{_CORE_NS['xsi']}}}type", "dcterms:W3CDTF")

    add("dc", "title", info.title)
    add("dc", "creator", info.byline or "ArticleDesk")
    add("cp", "lastModifiedBy", info.byline or "ArticleDesk")
    add("dc", "description", info.description)
    add("dc", "language", info.language_tag)
    add("dc", "identifier", info.id)
    if info.section:
        add("dc", "subject", info.section)
        add("cp", "category", info.section)
    if info.tags:
        add("cp", "keywords", ", ".join(info.tags))
    if status:
        add("cp", "contentStatus", status)
    add("cp", "revision", "1")
    add("dcterms", "created", stamp, typed=True)
    add("dcterms", "modified", stamp, typed=True)


def write_app(document: Document) -> None:
    """``docProps/app.xml`` naming ArticleDesk, whatever the template said."""
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = app_xml()  # a plain Part: its bytes are written as they are
