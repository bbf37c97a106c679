"""Printing and PDF for "In bài": the project's own page layout on any paged device (outputs.md §3).

Not ``QTextDocument.print_()``, which adds its own margin and page numbers: the paragraphs are
laid out by :mod:`.print_document`, placed line by line by :mod:`.print_flow` (one or two
columns, no widows or orphans, balanced last page) and painted here with the running header
and footer of :mod:`.print_page`. The same :class:`PrintJob` paints the preview, the printer
and the PDF, so they cannot differ.
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF
from PySide6.QtGui import QColor, QGuiApplication, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter  # loaded by the window's print dialog; a PDF needs none

from editor import APP_NAME, __version__
from editor.model.article import Article

from .article_info import article_info
from .pdf_finish import finish_pdf
from .print_document import Piece, PrintDocuments
from .print_flow import FlowResult, Frame, flow
from .print_fonts import pick_family
from .print_layout import PageGeometry, PrintOptions, page_geometry, print_parts, running_text
from .print_page import (
    RunningElements,
    paint_bar,
    paint_box,
    paint_bullet,
    paint_column_rule,
    paint_rule,
    paint_running,
    running_elements,
)

PDF_RESOLUTION = 1200
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
_APP: list[QGuiApplication] = []  # the application made for headless use, kept alive


class PrintError(ValueError):
    """Printing cannot start, as one sentence."""


@dataclass(frozen=True)
class Bookmark:
    """An intertitle as a PDF bookmark: its text, its page (0-based) and its top in points from the page top."""

    title: str
    page: int
    top: float


def ensure_gui_application() -> None:
    """Make a QGuiApplication when there is none (command line); fonts and painting need one.

    Headless on Linux and the BSDs: the offscreen platform unless QT_QPA_PLATFORM says otherwise,
    so an export works over SSH, in CI and without the X libraries.
    """
    app = QCoreApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise PrintError("Printing needs a graphical application object, but a console-only one is running.")
        return
    if not os.environ.get("QT_QPA_PLATFORM") and sys.platform not in ("win32", "darwin"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _APP.append(QGuiApplication([sys.argv[0] if sys.argv and sys.argv[0] else APP_NAME]))


@dataclass
class Laid:
    """One layout of the article for one device: keep it while its pages are painted."""

    docs: PrintDocuments
    result: FlowResult
    running: RunningElements
    geo: PageGeometry

    @property
    def pieces(self) -> list[Piece]:
        """The flow blocks' drawing information, by block index."""
        return self.docs.pieces


class PrintJob:
    """An article ready to print with one page set-up; :meth:`print_to` paints it on a device."""

    def __init__(self, article: Article, options: PrintOptions | None = None, base_dir: Path | None = None,
                 printed_on: date | datetime | None = None) -> None:
        self.options = (options or PrintOptions()).validated()
        self.info = article_info(article)
        self.parts = print_parts(article, self.options)
        self.text = running_text(self.info, self.options, printed_on or date.today(), article)
        all_text = " ".join([p.text + p.prefix for p in self.parts] + [self.text.masthead, self.text.source])
        self.family = pick_family(self.options.font_family, all_text)
        self.base_dir = base_dir
        self.laid: Laid | None = None  # the last layout, kept while a preview shows it
        self.page_count = 0
        self.outline: list[Bookmark] = []  # the intertitles where the last painting put them

    def layout(self, device: QPagedPaintDevice) -> Laid:
        """Lay the article out for ``device``'s paper and resolution."""
        paper = device.pageLayout().fullRect(QPageLayout.Unit.Point)
        geo = page_geometry(self.options, paper.width(), paper.height())
        running = running_elements(self.text, geo, self.family, self.options.font_size, device)
        px = running.px
        column_height = running.bottom - running.top
        docs = PrintDocuments(self.parts, self.options, self.family, device, geo.content_width * px,
                              geo.column_width * px, column_height, self.base_dir, self.info.language)
        blocks = docs.flow_blocks()
        head_gap = docs.pt(1.3 if geo.columns > 1 else 0.9)
        frame = Frame(running.first_top, running.top, running.bottom, geo.columns, head_gap)
        return Laid(docs, flow(blocks, frame), running, geo)

    def print_to(self, device: QPagedPaintDevice) -> int:
        """Lay out and paint every page on ``device`` (a printer, the preview or a PDF); the page count."""
        laid = self.layout(device)
        self.laid = laid
        painter = QPainter()
        if not painter.begin(device):
            raise PrintError("The printer or file could not be opened for printing.")
        try:
            self._paint(painter, device, laid)
        finally:
            painter.end()
        self.page_count = laid.result.pages
        return self.page_count

    def _paint(self, painter: QPainter, device: QPagedPaintDevice, laid: Laid) -> None:
        by_page: dict[int, list] = defaultdict(list)
        for placed in laid.result.lines:
            by_page[placed.page].append(placed)
        pages = laid.result.pages
        self.outline = []
        for page in range(pages):
            if page and not device.newPage():
                raise PrintError("The printer stopped accepting pages; nothing more was printed.")
            paint_running(painter, laid.running, page, pages)
            self._paint_lines(painter, laid, by_page[page])
            self._paint_column_rules(painter, laid, page, by_page[page])

    def _column_x(self, laid: Laid, column: int) -> float:
        geo, px = laid.geo, laid.running.px
        return (geo.left if column < 0 else geo.column_x(column)) * px

    def _paint_lines(self, painter: QPainter, laid: Laid, lines: list) -> None:
        run, docs = laid.running, laid.docs
        for placed in lines:
            piece = laid.pieces[placed.block]
            x = self._column_x(laid, placed.column)
            width = (laid.geo.content_width if placed.column < 0 else laid.geo.column_width) * run.px
            advance = piece.flow.lines[placed.line]
            decor = piece.decor.split()
            if placed.column >= 0:
                column_top = laid.result.band_tops.get(placed.page, run.top)
            else:
                column_top = run.first_top if placed.page == 0 else run.top
            at_column_top = placed.y <= column_top + 1
            if "rule_above" in decor and placed.line == 0 and not at_column_top:
                paint_rule(painter, run, x, x + width, placed.y - docs.pt(0.45))
            if piece.image is not None:
                size = piece.image_size
                painter.drawImage(QRectF(x + (width - size.width()) / 2, placed.y, size.width(), size.height()),
                                  piece.image)
            elif piece.block is not None:
                line = piece.block.layout().lineAt(placed.line)
                top = placed.y + piece.offsets[placed.line]
                painter.setPen(QColor(0, 0, 0))
                line.draw(painter, QPointF(x, top - line.y()))
                if "bullet" in decor and placed.line == 0 and piece.bullet_font is not None:
                    paint_bullet(painter, piece.bullet_font, x + line.x(), top + line.ascent())
                if piece.role == "heading" and placed.line == 0:
                    title = " ".join(piece.block.text().replace("\u2028", " ").split())
                    self.outline.append(Bookmark(title, placed.page, placed.y / run.px))
            if "box" in decor:
                paint_box(painter, run, x, x + width, placed.y, advance, placed.line == 0,
                          placed.line == len(piece.flow.lines) - 1, docs.pt(0.35))
            if "bar" in decor:
                paint_bar(painter, run, x + docs.pt(0.3), placed.y, advance)
            if "rule_below" in decor and placed.line == len(piece.flow.lines) - 1:
                paint_rule(painter, run, x, x + width, placed.y + advance + docs.pt(0.35))

    def _paint_column_rules(self, painter: QPainter, laid: Laid, page: int, lines: list) -> None:
        run = laid.running
        columns = [p for p in lines if p.column >= 0]
        if laid.geo.columns < 2 or not columns:
            return
        band_top = laid.result.band_tops.get(page, run.top)
        if any(p.column < 0 for p in lines):  # the head above the columns: a rule between them
            y = band_top - laid.docs.pt(0.65)
            paint_rule(painter, run, run.pt(laid.geo.left), run.pt(laid.geo.right), y, 0.4)
        if any(p.column == 1 for p in columns):
            bottom = max(p.y + laid.pieces[p.block].flow.lines[p.line] for p in columns)
            paint_column_rule(painter, run, band_top, bottom)


def page_layout(options: PrintOptions) -> QPageLayout:
    """Portrait paper of ``options`` with no margins: the layout draws its own."""
    return QPageLayout(QPageSize(PAGE_SIZES[options.validated().paper]), QPageLayout.Orientation.Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def prepare_printer(printer: QPrinter, options: PrintOptions, title: str = "") -> None:
    """Set ``printer`` to the page set-up's paper; the layout keeps its own margins."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(options))
    if title:
        printer.setDocName(title)


def render_pdf(article: Article, options: PrintOptions | None = None, base_dir: Path | None = None,
               printed_on: date | datetime | None = None) -> bytes:
    """The article as the bytes of a PDF with the print layout, metadata and embedded fonts."""
    ensure_gui_application()
    job = PrintJob(article, options, base_dir, printed_on)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(job.options))
    writer.setTitle(job.info.title)
    writer.setAuthor(job.info.byline)
    writer.setCreator(f"{APP_NAME} {__version__}")
    job.print_to(writer)
    data = bytes(buffer.data())
    buffer.close()
    paper_height = writer.pageLayout().fullRect(QPageLayout.Unit.Point).height()
    return finish_pdf(data, job.info.language, [(b.title, b.page, paper_height - b.top) for b in job.outline])
