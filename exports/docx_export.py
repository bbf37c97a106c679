"""DOCX for the layout desk: structure by named styles from the project's own template (D1–D9).

Every article role gets a named paragraph style (Title, Date, Abstract, First Paragraph, Body
Text, Block Text, Heading 2, List Bullet, Author ...). A user's own template may lack some of
them: then the next style in the role's list is used, or Normal with the look given directly,
never an error. Links are real ``w:hyperlink`` elements; the page header holds the masthead and
"In bài · date" as the print-out has them, the footer the source and a PAGE field; the core
properties are filled from the article and the export time.
"""

from __future__ import annotations

import io
import struct
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from docx import Document as open_document
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.image.exceptions import InvalidImageStreamError, UnexpectedEndOfFileError, UnrecognizedImageError
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Pt, RGBColor, Twips
from docx.styles.style import BaseStyle
from docx.text.paragraph import Paragraph
from docx.text.run import Run as DocxRun

from editor.model.article import Article
from editor.model.dates import article_short_date

from .article_info import ArticleInfo, article_info
from .cleaning import clean_text
from .document import Part, article_parts, quote_credit, split_part
from .docx_parts import (
    BodyEnd,
    add_field,
    add_hyperlink,
    clear_body,
    fit_picture,
    set_alt_text,
    set_language,
    set_page,
    twips_to_emu,
    write_app,
    write_core,
)
from .docx_template import reference_docx
from .house_format import label
from .images import load_picture
from .inline import Run, link_groups, one_line, runs

_J, _R, _C = WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.RIGHT, WD_ALIGN_PARAGRAPH.CENTER
_DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"

# What python-docx raises reading the header of a file that only starts like a PNG, JPEG or GIF.
_BROKEN_PICTURE = (UnrecognizedImageError, UnexpectedEndOfFileError, InvalidImageStreamError, KeyError, IndexError,
                   struct.error, ValueError, ZeroDivisionError)


class DocxTemplateError(Exception):
    """The chosen DOCX template cannot be used, as one sentence for the user."""


@dataclass(frozen=True)
class RoleStyle:
    """Styles tried in order for a role, and the look given directly when the first one is missing."""

    names: tuple[str, ...]
    bold: bool = False
    italic: bool = False
    align: WD_ALIGN_PARAGRAPH | None = None
    space_before_pt: float | None = None


ROLE_STYLES: dict[str, RoleStyle] = {
    "kicker": RoleStyle(("Kicker", "Subtitle"), bold=True),
    "headline": RoleStyle(("Title",), bold=True),
    "date": RoleStyle(("Date", "Dateline")),
    "lede": RoleStyle(("Abstract",), bold=True, align=_J),
    "first_paragraph": RoleStyle(("First Paragraph", "Body Text"), align=_J),
    "paragraph": RoleStyle(("Body Text",), align=_J),
    "heading": RoleStyle(("Heading 2",), bold=True),
    "quote": RoleStyle(("Block Text", "Quote"), italic=True),
    "quote_source": RoleStyle(("Quote Source", "Block Text"), align=_R),
    "list_item": RoleStyle(("List Bullet", "Compact", "List Paragraph")),
    "figure": RoleStyle(("Figure", "Captioned Figure"), align=_C),
    "caption": RoleStyle(("Caption", "Image Caption"), italic=True),
    "byline": RoleStyle(("Author",), bold=True, align=_R),
    "signoff": RoleStyle(("Sign-off", "Author"), bold=True, align=_R, space_before_pt=0),
    "header": RoleStyle(("Header",)),
    "footer": RoleStyle(("Footer",)),
}
# Article roles written with another role's style.
_SAME_AS = {"pullquote": "quote", "awards_heading": "heading", "award": "list_item"}
# What a quote's attribution starts with, as in print and on the web page.
CREDIT_DASH = "— "
# Tallest picture, as a share of the text height: room is left for its caption on the same page.
MAX_PICTURE_HEIGHT = 0.75


@dataclass(frozen=True)
class DocxOptions:
    """Choices for a DOCX export: template (None = ArticleDesk's), margins, image folder, time, and
    the masthead of the page header ("" = the article's outlet, as "In bài" prints it)."""

    template: Path | None = None
    margin_cm: float = 2.0
    base_dir: Path | None = None
    now: datetime | None = None
    masthead: str = ""


def _template_bytes(path: Path | None) -> bytes:
    """The template's bytes; a Word template (.dotx) is read as a document."""
    if path is None:
        return reference_docx()
    try:
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            types = zf.read("[Content_Types].xml")
            if _DOTX.encode() not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
                for item in zf.infolist():
                    blob = zf.read(item)
                    dst.writestr(item, blob.replace(_DOTX.encode(), _DOCX.encode()) if item.filename ==
                                 "[Content_Types].xml" else blob)
            return out.getvalue()
    except OSError as exc:
        raise DocxTemplateError(f"The DOCX template “{path}” cannot be read ({exc.strerror or exc}).") from exc
    except (zipfile.BadZipFile, KeyError) as exc:
        raise DocxTemplateError(f"The DOCX template “{path}” is not a Word document.") from exc


class _Styles:
    """The template's styles by name, resolved per role once."""

    def __init__(self, document: Document) -> None:
        by_name: dict[str, BaseStyle] = {}
        chars: dict[str, BaseStyle] = {}
        for style in document.styles:
            if style.type == WD_STYLE_TYPE.PARAGRAPH:
                by_name.setdefault(style.name, style)
            elif style.type == WD_STYLE_TYPE.CHARACTER:
                chars.setdefault(style.name, style)
        self.hyperlink = chars.get("Hyperlink")
        self.end = BodyEnd(document)
        self._resolved: dict[str, tuple[BaseStyle | None, RoleStyle | None]] = {}
        for role, spec in ROLE_STYLES.items():
            found = next((by_name[n] for n in spec.names if n in by_name), None)
            direct = None if spec.names[0] in by_name else spec
            self._resolved[role] = (found, direct)

    def paragraph(self, document: Document, role: str) -> Paragraph:
        """A new paragraph at the end of the body in the role's style."""
        style, direct = self._resolved[_SAME_AS.get(role, role)]
        paragraph = self.end.add_paragraph(style)  # document.add_paragraph(style=style), in constant time
        self.decorate(paragraph, direct)
        return paragraph

    @staticmethod
    def decorate(paragraph: Paragraph, direct: RoleStyle | None) -> None:
        """Align and space directly when the role's own style is missing (bold and italic go on the runs)."""
        if direct is not None and direct.align is not None:
            paragraph.alignment = direct.align
        if direct is not None and direct.space_before_pt is not None:
            paragraph.paragraph_format.space_before = Pt(direct.space_before_pt)

    def role_style(self, role: str) -> tuple[BaseStyle | None, RoleStyle | None]:
        """The style found for ``role`` and the direct look to add (None when the style exists)."""
        return self._resolved[_SAME_AS.get(role, role)]


_RUN_CONTROLS = frozenset("\t\r\n")  # a tab or a break of their own in a run, not text


def _set_text(run: DocxRun, text: str) -> None:
    """``run.text = text``: python-docx looks at the text a character at a time for tabs and breaks
    (a third of a long article's DOCX); text without them is the one ``w:t`` it would make."""
    if _RUN_CONTROLS.isdisjoint(text):
        run._r.add_t(text)
    else:
        run.text = text


def _write_runs(paragraph: Paragraph, items: list[Run], styles: _Styles, force: tuple[bool, bool]) -> None:
    """Runs (bold, italic, underline, links) at the end of ``paragraph``."""
    for href, group in link_groups(items):
        holder = add_hyperlink(paragraph, href) if href else None
        for item in group:
            run = paragraph.add_run()
            if item.text:
                _set_text(run, item.text)
            if item.bold or force[0]:
                run.bold = True
            if item.italic or force[1]:
                run.italic = True
            if item.underline:
                run.underline = True
            if holder is not None:
                holder.append(run._r)
                if styles.hyperlink is not None:
                    run.style = styles.hyperlink
                else:
                    run.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
                    run.underline = True


class _Writer:
    """Writes the parts of one article into an opened template."""

    def __init__(self, document: Document, options: DocxOptions, text_width: int, text_height: int) -> None:
        self.document = document
        self.options = options
        self.text_width = text_width
        self.text_height = text_height
        self.styles = _Styles(document)
        self.first_paragraph_done = False

    def para(self, role: str, piece: Part | None = None, text: str = "") -> Paragraph:
        paragraph = self.styles.paragraph(self.document, role)
        _, direct = self.styles.role_style(role)
        force = (bool(direct and direct.bold), bool(direct and direct.italic))
        if piece is not None:
            if piece.prefix:
                _write_runs(paragraph, [Run(piece.prefix)], self.styles, force)
            _write_runs(paragraph, runs(piece.text, piece.marks), self.styles, force)
        elif text:
            _write_runs(paragraph, [Run(text)], self.styles, force)
        return paragraph

    def part(self, part: Part) -> None:
        if part.role == "image":
            self.image(part)
            return
        role = part.role
        if role == "paragraph" and not self.first_paragraph_done:
            role = "first_paragraph"
        if role in ("paragraph", "first_paragraph"):
            self.first_paragraph_done = True
        last = None
        for piece in split_part(part):
            last = self.para(role, piece)
        if part.role in ("quote", "pullquote"):
            if quote_credit(part.attrs):
                self.para("quote_source", text=CREDIT_DASH + quote_credit(part.attrs))
            elif last is not None:
                # Block Text keeps with next for the attribution; a quote without one must not
                # drag the paragraph or photo after it onto its page.
                last.paragraph_format.keep_with_next = False

    def image(self, part: Part) -> None:
        picture = load_picture(part.attrs.get("src", ""), self.options.base_dir)
        if picture is not None:
            paragraph = self.styles.paragraph(self.document, "figure")
            try:
                shape = paragraph.add_run().add_picture(io.BytesIO(picture.data))
            except _BROKEN_PICTURE:  # it starts like a picture and is not one: the caption stays
                paragraph._p.getparent().remove(paragraph._p)
            else:
                tallest = twips_to_emu(int(self.text_height * MAX_PICTURE_HEIGHT))
                fit_picture(shape, twips_to_emu(self.text_width), tallest)
                set_alt_text(shape, part.attrs.get("alt", "") or part.text)
        credit = part.attrs.get("credit", "")
        caption = part.text + (f" ({credit})" if part.text and credit else credit)
        if caption:
            self.para("caption", text=caption)


def _running_paragraph(part, styles: _Styles, role: str, text_width: int):  # noqa: ANN001, ANN202 - python-docx header/footer
    """The one paragraph of a page header or footer, emptied, styled for ``role``, with a right tab at the text's edge."""
    part.is_linked_to_previous = False
    for paragraph in part.paragraphs:
        paragraph._p.getparent().remove(paragraph._p)
    style, direct = styles.role_style(role)
    paragraph = part.add_paragraph(style=style)
    styles.decorate(paragraph, direct)
    paragraph.paragraph_format.tab_stops.add_tab_stop(Twips(text_width), WD_TAB_ALIGNMENT.RIGHT)
    return paragraph


def _header(document: Document, styles: _Styles, info: ArticleInfo, text_width: int, masthead: str,
            printed_on: datetime) -> None:
    """The print-out's running header on every page: masthead on the left, "In bài · date" on the right."""
    paragraph = _running_paragraph(document.sections[-1].header, styles, "header", text_width)
    if masthead:
        paragraph.add_run(masthead).bold = True
    lang = info.language.split("-")[0].lower()
    paragraph.add_run(f"\t{label(lang, 'printed')} · {article_short_date(printed_on.astimezone(), lang)}")


def _footer(document: Document, styles: _Styles, info: ArticleInfo, text_width: int) -> None:
    """Source on the left, "Trang n/N" on the right, on every page."""
    paragraph = _running_paragraph(document.sections[-1].footer, styles, "footer", text_width)
    paragraph.add_run(f"{info.source_line}\t{label(info.language.split('-')[0].lower(), 'page')} ")
    add_field(paragraph, "PAGE", "1")
    paragraph.add_run("/")
    add_field(paragraph, "NUMPAGES", "1")


def article_to_docx(article: Article, options: DocxOptions | None = None) -> bytes:
    """The article as the bytes of a .docx file."""
    options = options or DocxOptions()
    try:
        document = open_document(io.BytesIO(_template_bytes(options.template)))
    except (PackageNotFoundError, ValueError, KeyError, zipfile.BadZipFile) as exc:
        raise DocxTemplateError(f"The DOCX template “{options.template}” is not a Word document.") from exc
    info = article_info(article)
    clear_body(document)
    set_language(document, info.language_tag)
    section = document.sections[-1]
    text_width = set_page(section, options.margin_cm)
    text_height = section.page_height.twips - section.top_margin.twips - section.bottom_margin.twips
    writer = _Writer(document, options, text_width, text_height)
    for part in article_parts(article, pull_quotes=True):
        writer.part(part)
    now = options.now or datetime.now(timezone.utc)
    masthead = one_line(clean_text(options.masthead)) or info.outlet
    _header(document, writer.styles, info, text_width, masthead, now)
    _footer(document, writer.styles, info, text_width)
    write_core(document, info, now, article.status)
    write_app(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
