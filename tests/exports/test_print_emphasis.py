"""Emphasis in print as written (issue 14, point 3): a block quote italic throughout prints
italic, as DOCX and HTML show it; only text emphasised inside italic text turns upright."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from editor.model.article import Article, Block, Byline, Mark
from exports.print_layout import PrintOptions
from tests.exports.pdf_tools import pdf_fonts, pdf_pages
from tests.tools import require

PRINTED_ON = date(2026, 3, 13)
QUOTE = "Mỗi tổ liên gia phải trở thành tai mắt đầu tiên của khu phố, phát hiện sớm mọi nguy cơ cháy nổ."
EMPHASISED = "tai mắt"


def article_with(quote_marks: list[Mark], paragraph_marks: list[Mark] | None = None) -> Article:
    article = Article(language="vi", headline="Tổ liên gia an toàn phòng cháy")
    article.body = [
        Block(text="Chiều 12/3, hội nghị sơ kết mô hình được tổ chức tại Hà Nội.", marks=paragraph_marks or []),
        Block(type="quote", text=QUOTE, marks=quote_marks),
        Block(text="Các đại biểu thống nhất mở rộng mô hình trong năm nay."),
    ]
    article.byline = Byline(authors=["Minh Thu"])
    return article


def italic_by_text(article: Article, role: str) -> list[tuple[str, bool]]:
    """(text, italic) of each stretch of the first printed ``role`` block, from the laid-out document."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from exports.print_pdf import PrintJob, page_layout

    job = PrintJob(article, PrintOptions(), printed_on=PRINTED_ON)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(page_layout(job.options))
    laid = job.layout(writer)
    piece = next(p for p in laid.pieces if p.role == role)
    out: list[tuple[str, bool]] = []
    it = piece.block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        text = fragment.text().replace("\u00ad", "")  # soft hyphens, where the print may break a word
        italic = fragment.charFormat().fontItalic()
        if out and out[-1][1] == italic:
            out[-1] = (out[-1][0] + text, italic)
        else:
            out.append((text, italic))
        it += 1
    return out


def test_a_quote_italic_throughout_prints_italic(qapp):
    assert italic_by_text(article_with([Mark(0, len(QUOTE), "italic")]), "quote") == [(QUOTE, True)]


def test_a_quote_without_marks_prints_italic_as_the_house_sets_quotes(qapp):
    assert italic_by_text(article_with([]), "quote") == [(QUOTE, True)]


def test_only_text_emphasised_inside_an_italic_quote_turns_upright(qapp):
    start = QUOTE.index(EMPHASISED)
    got = italic_by_text(article_with([Mark(start, start + len(EMPHASISED), "italic")]), "quote")
    assert got == [(QUOTE[:start], True), (EMPHASISED, False), (QUOTE[start + len(EMPHASISED):], True)]


def test_bold_inside_an_italic_quote_stays_italic(qapp):
    start = QUOTE.index(EMPHASISED)
    marks = [Mark(0, len(QUOTE), "italic"), Mark(start, start + len(EMPHASISED), "bold")]
    assert italic_by_text(article_with(marks), "quote") == [(QUOTE, True)]


def test_italic_in_an_upright_paragraph_prints_italic(qapp):
    text = "Chiều 12/3, hội nghị sơ kết mô hình được tổ chức tại Hà Nội."
    start = text.index("sơ kết")
    got = italic_by_text(article_with([], [Mark(start, start + len("sơ kết"), "italic")]), "paragraph")
    assert got == [(text[:start], False), ("sơ kết", True), (text[start + len("sơ kết"):], False)]


def test_the_pdf_sets_the_italic_quote_in_an_italic_face(qapp, tmp_path: Path):
    from PySide6.QtGui import QFontDatabase

    from exports.print_fonts import pick_family
    from exports.print_pdf import render_pdf

    family = pick_family("", QUOTE)
    require(any("italic" in s.lower() or "oblique" in s.lower() for s in QFontDatabase.styles(family)),
            f"the print font “{family}” has no italic face installed, so the PDF cannot show one")
    italic = article_with([Mark(0, len(QUOTE), "italic")])
    plain = article_with([])
    plain.body[1] = Block(text=QUOTE)  # the same words as an ordinary paragraph: nothing italic
    faces = {}
    for name, article in (("italic", italic), ("plain", plain)):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(render_pdf(article, PrintOptions(), printed_on=PRINTED_ON))
        assert QUOTE.split()[0] in {w.text for w in pdf_pages(pdf)[0].words}
        faces[name] = [f["name"] for f in pdf_fonts(pdf)]
    slanted = [f for f in faces["italic"] if "italic" in f.lower() or "oblique" in f.lower()]
    assert slanted, faces  # the quote is set in the family's italic face ...
    assert not set(slanted) & set(faces["plain"]), faces  # ... which only the quote uses
