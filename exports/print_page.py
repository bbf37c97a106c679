"""What every printed page carries besides the article: running header and footer, rules.

Page 1 opens with the masthead in large bold type, "In bài · date" on the right and a double
rule (V1); later pages repeat both in small type over a thin rule. The footer has the source
or the desk's website on the left and "Trang n/N" on the right over a thin rule (V7). All
sizes are worked out once per device, so the line flow knows where the text area starts and
ends and nothing the header or footer draws can touch the body.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen

from .print_layout import PageGeometry, RunningText

RULE = QColor(60, 60, 60)
LIGHT_RULE = QColor(150, 150, 150)


@dataclass
class RunningElements:
    """Fonts and positions (device pixels) of the running header and footer for one device."""

    text: RunningText
    geo: PageGeometry
    px: float  # device pixels per point
    big: QFont
    small: QFont
    small_bold: QFont
    big_metrics: QFontMetricsF
    small_metrics: QFontMetricsF
    first_top: float = 0.0  # where the text area starts on page 1
    top: float = 0.0  # ... on later pages
    bottom: float = 0.0  # where it ends on every page

    def pt(self, points: float) -> float:
        """``points`` in device pixels."""
        return points * self.px


def running_elements(text: RunningText, geo: PageGeometry, family: str, base_size: float,
                     device: QPaintDevice) -> RunningElements:
    """Header and footer fonts for ``device`` and the text area they leave."""
    px = device.logicalDpiY() / 72.0
    base = QFont(family)
    for tag in ("liga", "clig"):  # ligatures would reach copied text as "ﬁ"
        base.setFeature(QFont.Tag(tag), 0)
    big = QFont(base)
    big.setPointSizeF(base_size * 1.9)
    big.setBold(True)
    small = QFont(base)
    small.setPointSizeF(base_size * 0.8)
    small_bold = QFont(small)
    small_bold.setBold(True)
    run = RunningElements(text, geo, px, big, small, small_bold, QFontMetricsF(big, device),
                          QFontMetricsF(small, device))
    top = run.pt(geo.top)
    masthead_height = run.big_metrics.height() if text.masthead else run.small_metrics.height()
    run.first_top = top + masthead_height + run.pt(4.0) + run.pt(base_size * 0.9)
    run.top = top + run.small_metrics.height() + run.pt(2.5) + run.pt(base_size * 0.8)
    run.bottom = run.pt(geo.bottom) - run.small_metrics.height() - run.pt(2.5) - run.pt(base_size * 0.8)
    return run


def _rule(painter: QPainter, run: RunningElements, y: float, width_pt: float, color: QColor = RULE) -> None:
    pen = QPen(color)
    pen.setWidthF(run.pt(width_pt))
    painter.setPen(pen)
    painter.drawLine(QLineF(run.pt(run.geo.left), y, run.pt(run.geo.right), y))


def _text(painter: QPainter, font: QFont, metrics: QFontMetricsF, text: str, left: float, right: float,
          baseline: float, align_right: bool = False) -> None:
    """One line of text between ``left`` and ``right``, shortened with "…" when it does not fit."""
    text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, right - left)
    painter.setFont(font)
    painter.setPen(QColor(0, 0, 0))
    x = right - metrics.horizontalAdvance(text) if align_right else left
    painter.drawText(QPointF(x, baseline), text)


def _draft_mark(painter: QPainter, run: RunningElements, right: float, baseline: float) -> float:
    """The draft mark, bold in a thin box, ending at ``right``; where its box starts (device pixels)."""
    if not run.text.draft:
        return right
    metrics = QFontMetricsF(run.small_bold, painter.device())
    pad = run.pt(2.0)
    width = metrics.horizontalAdvance(run.text.draft)
    box = QRectF(right - width - 2 * pad, baseline - metrics.ascent() - pad / 2, width + 2 * pad,
                 metrics.ascent() + metrics.descent() + pad)
    pen = QPen(RULE)
    pen.setWidthF(run.pt(0.7))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)
    _text(painter, run.small_bold, metrics, run.text.draft, box.left() + pad, right, baseline)
    return box.left()


def paint_running(painter: QPainter, run: RunningElements, page: int, pages: int) -> None:
    """Header and footer of page ``page`` (0-based) of ``pages``.

    The header's right end holds the draft mark (a draft) and "In bài · date"; from page 2 on,
    its left end holds the masthead and the shortened headline. The footer holds the source,
    the desk's note (length and topic slug) and "Trang n/N".
    """
    left, right = run.pt(run.geo.left), run.pt(run.geo.right)
    top = run.pt(run.geo.top)
    small = run.small_metrics
    gap = run.pt(12)
    printed_left = right - small.horizontalAdvance(run.text.printed)
    if page == 0:
        height = run.big_metrics.height() if run.text.masthead else small.height()
        baseline = top + (run.big_metrics.ascent() if run.text.masthead else small.ascent())
        _text(painter, run.small, small, run.text.printed, left, right, baseline, align_right=True)
        mark_left = _draft_mark(painter, run, printed_left - run.pt(8), baseline)
        if run.text.masthead:
            _text(painter, run.big, run.big_metrics, run.text.masthead, left, mark_left - gap, baseline)
        _rule(painter, run, top + height + run.pt(1.6), 1.2)
        _rule(painter, run, top + height + run.pt(3.4), 0.4)
    else:
        baseline = top + small.ascent()
        _text(painter, run.small, small, run.text.printed, left, right, baseline, align_right=True)
        room = _draft_mark(painter, run, printed_left - run.pt(8), baseline) - gap
        x = left
        if run.text.masthead:
            bold = QFontMetricsF(run.small_bold, painter.device())
            _text(painter, run.small_bold, bold, run.text.masthead, x, room, baseline)
            x += bold.horizontalAdvance(run.text.masthead)
        if run.text.headline and room - x > run.pt(24):
            lead = " · " if run.text.masthead else ""
            _text(painter, run.small, small, lead + run.text.headline, x, room, baseline)
        _rule(painter, run, top + small.height() + run.pt(1.5), 0.5)
    bottom = run.pt(run.geo.bottom)
    page_label = run.text.page_label(page + 1, pages)
    label_left = right - small.horizontalAdvance(page_label)
    _rule(painter, run, bottom - small.height() - run.pt(1.5), 0.5)
    baseline = bottom - small.descent()
    source_right = label_left - gap
    if run.text.desk_note:
        note = small.elidedText(run.text.desk_note, Qt.TextElideMode.ElideRight, (source_right - left) / 2)
        _text(painter, run.small, small, note, left, source_right, baseline, align_right=True)
        source_right -= small.horizontalAdvance(note) + gap
    if run.text.source:
        _text(painter, run.small, small, run.text.source, left, source_right, baseline)
    _text(painter, run.small, small, page_label, left, right, baseline, align_right=True)


def paint_column_rule(painter: QPainter, run: RunningElements, top: float, bottom: float) -> None:
    """The thin rule down the middle of the gutter, from ``top`` to ``bottom``."""
    pen = QPen(LIGHT_RULE)
    pen.setWidthF(run.pt(0.4))
    painter.setPen(pen)
    x = run.pt(run.geo.gutter_x())
    painter.drawLine(QLineF(x, top, x, bottom))


def paint_rule(painter: QPainter, run: RunningElements, left: float, right: float, y: float,
               width_pt: float = 0.5) -> None:
    """A horizontal rule across a column or the text width (device pixels)."""
    pen = QPen(LIGHT_RULE)
    pen.setWidthF(run.pt(width_pt))
    painter.setPen(pen)
    painter.drawLine(QLineF(left, y, right, y))


def paint_box(painter: QPainter, run: RunningElements, left: float, right: float, y: float, height: float,
              first: bool, last: bool, pad: float) -> None:
    """One line's slice of a box: its sides, with the top edge ``pad`` above the first line and the
    bottom edge ``pad`` below the last (inside the spacing before and after the block)."""
    pen = QPen(RULE)
    pen.setWidthF(run.pt(0.6))
    painter.setPen(pen)
    top = y - pad if first else y
    bottom = y + height + pad if last else y + height
    painter.drawLine(QLineF(left, top, left, bottom))
    painter.drawLine(QLineF(right, top, right, bottom))
    if first:
        painter.drawLine(QLineF(left, top, right, top))
    if last:
        painter.drawLine(QLineF(left, bottom, right, bottom))


def paint_bar(painter: QPainter, run: RunningElements, x: float, y: float, height: float) -> None:
    """The grey bar beside a quotation's lines."""
    painter.fillRect(QRectF(x, y, run.pt(1.6), height), LIGHT_RULE)


def paint_bullet(painter: QPainter, font: QFont, text_left: float, baseline: float) -> None:
    """A list bullet hanging left of a paragraph whose first line starts at ``text_left``."""
    metrics = QFontMetricsF(font, painter.device())
    gap = metrics.horizontalAdvance(" ") * 1.5
    painter.setFont(font)
    painter.setPen(QColor(0, 0, 0))
    painter.drawText(QPointF(text_left - gap - metrics.horizontalAdvance("•"), baseline), "•")
