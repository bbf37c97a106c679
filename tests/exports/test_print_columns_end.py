"""Two columns that end well (issue 14, point 1), on every real article of the shared corpus
and on the samples at every type size.

Each vi and en corpus article is printed in two columns. From the layout: the last page holds
body lines besides the byline, the byline's column holds at least two body lines before it, no
page holds only furniture, a byline or a caption, and the last page's columns end within a few
lines of each other. Independently, from the PDF as poppler reads it (``pdftotext -bbox``):
the byline is on the last page, right under the last words of the body in the same column,
and every page has body words between its running header and footer.

Run with ``-s`` to see the figures per article: pages, and the lines in each column of the
last page (body lines + byline lines).
"""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from bench.corpus_articles import corpus_article
from editor.model.article import Article
from exports.print_layout import HEAD_ROLES, PrintOptions, page_geometry, print_parts
from tests.conftest import CORPUS
from tests.exports.pdf_tools import Word, pdf_pages

PRINTED_ON = date(2026, 3, 13)
TWO_COLUMNS = PrintOptions(columns=2)
# Pieces that may not fill a page, or a column's end, on their own.
END_ROLES = ("byline", "signoff")
NOT_BODY = END_ROLES + ("caption",)
# Pieces that never open a column: they follow what they belong to.
NEVER_FIRST = END_ROLES + ("caption", "quote_credit", "pullquote_credit")
NAMES = sorted(p.stem for lang in ("vi", "en") for p in (CORPUS / lang).glob("*.json")) if CORPUS.is_dir() else []


def laid_out(article: Article, options: PrintOptions = TWO_COLUMNS):
    """The layout the PDF is painted from (pieces and placed lines)."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QPdfWriter

    from exports.print_pdf import PDF_RESOLUTION, PrintJob, page_layout

    job = PrintJob(article, options, printed_on=PRINTED_ON)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(job.options))
    return job.layout(writer)


def column_lines(laid, page: int, column: int) -> list[tuple[str, object]]:
    """(role, placed line) of every line in one column of one page, top to bottom."""
    return sorted(((laid.pieces[p.block].role, p) for p in laid.result.lines if (p.page, p.column) == (page, column)),
                  key=lambda pair: pair[1].y)


def badly_ended(laid) -> list[str]:
    """What a sub-editor would send back about how the two columns end, in words; [] when all is well."""
    roles = [p.role for p in laid.pieces]
    result = laid.result
    faults = []
    for page in range(result.pages):
        if not any(roles[p.block] not in NOT_BODY for p in result.lines if p.page == page):
            faults.append(f"page {page + 1} holds no body text")
    last = result.pages - 1
    firsts: dict[tuple[int, int], object] = {}
    for placed in result.lines:
        key = (placed.page, placed.column)
        if key not in firsts or placed.y < firsts[key].y:
            firsts[key] = placed
    for (page, column), placed in sorted(firsts.items()):
        if roles[placed.block] in NEVER_FIRST:
            faults.append(f"{roles[placed.block]} opens column {column + 1} of page {page + 1}")
    bylines = [p for p in result.lines if roles[p.block] == "byline"]
    if bylines:
        first = bylines[0]
        before = [(role, p) for role, p in column_lines(laid, first.page, first.column) if p.y < first.y]
        if first.page != last:
            faults.append("the byline is not on the last page")
        if len([p for role, p in before if role not in NOT_BODY]) < 2 or (before and before[-1][0] in NOT_BODY):
            faults.append(f"the byline follows {len(before)} lines in its column")
    bottoms = [max((p.y + laid.pieces[p.block].flow.lines[p.line] for _, p in column_lines(laid, last, c)),
                   default=None) for c in (0, 1)]
    if None not in bottoms:  # balanced: the two columns of the last page end within three body lines
        body_line = laid.docs.pt(laid.docs.options.line_spacing)
        if abs(bottoms[0] - bottoms[1]) > 3 * body_line + laid.docs.pt(1.0):
            faults.append(f"the last page's columns end {abs(bottoms[0] - bottoms[1]) / body_line:.1f} lines apart")
    return faults


def lines_of(words: list[Word]) -> list[list[Word]]:
    """Words grouped into lines (tops within 3 pt), top to bottom, each left to right."""
    out: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.y0, w.x0)):
        if out and abs(word.y0 - out[-1][0].y0) <= 3:
            out[-1].append(word)
        else:
            out.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in out]


@pytest.mark.parametrize("name", NAMES)
def test_two_columns_end_with_the_byline_under_the_body(qapp, corpus, tmp_path, name):
    from exports.print_pdf import render_pdf

    article = corpus_article(corpus / name[:2] / f"{name}.json")
    laid = laid_out(article)
    result = laid.result
    last = result.pages - 1
    figures = {c: (sum(role not in NOT_BODY for role, p in column_lines(laid, last, c)),
                   sum(role in END_ROLES for role, p in column_lines(laid, last, c))) for c in (0, 1)}
    print(f"\n{name}: {result.pages} pages; last page columns (body+byline lines) "
          f"left {figures[0][0]}+{figures[0][1]}, right {figures[1][0]}+{figures[1][1]}", end="")
    assert not (faults := badly_ended(laid)), (name, faults)

    # The same, independently, on the PDF as poppler reads it.
    pdf = tmp_path / f"{name}.pdf"
    pdf.write_bytes(render_pdf(article, TWO_COLUMNS, printed_on=PRINTED_ON))
    pages = pdf_pages(pdf)
    assert len(pages) == result.pages
    geo = page_geometry(TWO_COLUMNS, pages[0].width, pages[0].height)
    running = 16.0  # the running header and footer sit within this many points of the text box's edges
    body_of = [[w for w in page.words if w.y0 > geo.top + running and w.y1 < geo.bottom - running]
               for page in pages]
    parts = print_parts(article, TWO_COLUMNS)
    body = squeeze(" ".join(p.prefix + p.text for p in parts if p.role not in HEAD_ROLES + NOT_BODY))
    byline = next((p.text.split() for p in parts if p.role == "byline"), [])
    for number, words in enumerate(body_of):  # body words on every page, not only furniture or a byline
        assert len([w for w in words if w.text not in byline and squeeze(w.text) in body]) >= 3, (name, number + 1)
    if not byline:
        return
    columns = {0: [w for w in body_of[-1] if w.x1 <= geo.gutter_x()],
               1: [w for w in body_of[-1] if w.x0 >= geo.gutter_x()]}
    found = None
    for column, words in columns.items():
        lines = lines_of(words)
        for n, line in enumerate(lines):
            if [w.text for w in line] == byline[:len(line)]:
                found = (column, n, lines)
    assert found is not None, f"{name}: the byline is not on the last page"
    column, n, lines = found
    above = lines[max(0, n - 2):n]
    assert len(above) == 2, f"{name}: the byline starts its column"
    first, second = (squeeze(" ".join(w.text for w in line)) for line in above)
    # the two lines right above the byline, in its column, are the last words of the body
    assert body.endswith(first + second) or body.endswith(first.rstrip("-\u2010") + second), \
        f"{name}: {first} / {second} is not the end of the body"
    assert lines[n][0].y0 - above[-1][0].y1 < 3 * (above[-1][0].y1 - above[-1][0].y0)  # right under them


def squeeze(text: str) -> str:
    """NFC text without white space, to compare what poppler reads with what was printed."""
    return "".join(c for c in unicodedata.normalize("NFC", text) if not c.isspace())


# Other type sizes and line spacings move every column break: the same rules hold with each.
OTHER_SETUPS = [(2, 10.5, 1.3), (2, 11.5, 1.5), (2, 12.0, 1.3), (2, 13.0, 1.5), (1, 10.5, 1.3), (1, 12.0, 1.3)]


@pytest.mark.parametrize(("columns", "size", "spacing"), OTHER_SETUPS,
                         ids=[f"{c}col-{s:g}pt-{ls:g}" for c, s, ls in OTHER_SETUPS])
def test_columns_end_well_at_other_type_sizes(qapp, corpus, columns, size, spacing):
    options = PrintOptions(columns=columns, font_size=size, line_spacing=spacing)
    faults = {}
    for name in NAMES:
        laid = laid_out(corpus_article(corpus / name[:2] / f"{name}.json"), options)
        if found := badly_ended(laid):
            faults[name] = found
    assert not faults, faults


@pytest.mark.parametrize("columns", [2, 1])
@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_samples_end_well_at_every_type_size(qapp, language, columns):
    """The samples hold a block quote and a pull quote with their credits, a byline and a sign-off:
    at every type size from 7 to 24 points, whichever way the columns fall, none opens a column."""
    from editor.model import article_file as af
    from editor.resources import resource_path

    article = af.load(resource_path("samples", f"sample-{language}.article"))
    faults = {}
    for tenths in range(70, 241, 5):
        laid = laid_out(article, PrintOptions(columns=columns, font_size=tenths / 10))
        if found := badly_ended(laid):
            faults[tenths / 10] = found
    assert not faults, faults
