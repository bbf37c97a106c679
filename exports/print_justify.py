"""Justified print paragraphs broken over the whole paragraph, and how loose their lines are.

Qt breaks a paragraph line by line. :func:`rebreak` measures its words with the fonts of their
formats, lets :func:`.print_breaks.break_lines` choose where every line ends, and lays the
block out again with ``QTextLine.setNumColumns`` so that Qt ends each line exactly there and
still justifies it. A tight line gets narrower word gaps and a line that would stay loose a
little letter spacing, as formats of the block's layout (the document's text is not touched). Should Qt disagree about a single line (a character our measure does not
know), the block keeps Qt's own breaking: the text is never cut differently from what Qt
would draw.

:func:`line_gaps` tells, for each justified line of a block, its word gap as a multiple of a
normal space of its font; over 2.0 is what a sub-editor calls a loose line.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPaintDevice, QTextBlock, QTextCharFormat, QTextLayout

from .print_breaks import (
    BREAK,
    END,
    FIT_TOLERANCE,
    HYPHEN,
    LOOSE_AT,
    SOFT_HYPHEN,
    SPACE,
    TRACK,
    Chunk,
    break_lines,
    natural_width,
    tracking,
)

LINE_SEPARATOR = "\u2028"
_TOKEN = re.compile(r" +|\u00ad|\u2028|[^ \u00ad\u2028]+")
_HARD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # "well-known": a line may end after the hyphen
_ASTRAL = re.compile(r"[\U00010000-\U0010FFFF]")  # Qt counts these as two positions
SAFETY = (0.0, 0.004)  # a second try keeps this share of the column free (Qt measured a line wider than we did)
_MARKS = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")  # one cluster with the letter


class Metrics:
    """Widths of text in the fonts of a device, remembered: a paragraph repeats its words."""

    def __init__(self, device: QPaintDevice) -> None:
        self.device = device
        self._fonts: dict[str, QFontMetricsF] = {}
        self._widths: dict[tuple[str, str], float] = {}
        self._by_font: dict[str, dict[str, float]] = {}
        self._letter_scale: float | None = None

    def letter_scale(self, font: QFont) -> float:
        """Device pixels one unit of absolute letter spacing adds per character (Qt scales it by resolution)."""
        if self._letter_scale is None:
            widths = []
            for spacing in (0.0, 1.0):
                layout = QTextLayout("abcd", font, self.device)
                wide = QTextLayout.FormatRange()
                wide.start, wide.length = 0, 4
                wide.format = QTextCharFormat()
                wide.format.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
                wide.format.setFontLetterSpacing(spacing)
                layout.setFormats([wide])
                layout.beginLayout()
                line = layout.createLine()
                line.setLineWidth(1e6)
                layout.endLayout()
                widths.append(line.naturalTextWidth())
            self._letter_scale = max((widths[1] - widths[0]) / 4, 1e-6)
        return self._letter_scale

    def measure(self, font: QFont, key: str):  # type: ignore[no-untyped-def]
        """A function giving the width of a text in ``font`` (whose key is ``key``), remembered."""
        cache = self._by_font.get(key)
        if cache is None:
            cache = self._by_font[key] = {}
        metrics = self._fonts.get(key)
        if metrics is None:
            metrics = self._fonts[key] = QFontMetricsF(font, self.device)
        advance = metrics.horizontalAdvance

        def width(text: str) -> float:
            found = cache.get(text)
            if found is None:
                found = cache[text] = advance(text)
            return found

        return width

    def width(self, font: QFont, key: str, text: str) -> float:
        found = self._widths.get((key, text))
        if found is None:
            metrics = self._fonts.get(key)
            if metrics is None:
                metrics = self._fonts[key] = QFontMetricsF(font, self.device)
            found = self._widths[(key, text)] = metrics.horizontalAdvance(text)
        return found


def _fragments(block: QTextBlock) -> list[tuple[int, str, QFont]]:
    """(offset in the block, text, font) of each run of one format."""
    out = []
    base = block.position()
    for item in block:
        fragment = item.fragment()
        if fragment.isValid():
            out.append((fragment.position() - base, fragment.text(), fragment.charFormat().font()))
    return out


def _segments(block: QTextBlock, metrics: Metrics) -> list[list[tuple[Chunk, int]]]:
    """The block's chunks, cut at line separators; each chunk with the offset just after its join."""
    segments: list[list[tuple[Chunk, int]]] = [[]]
    width = 0.0
    letters = 0
    has_text = False
    for offset, text, font in _fragments(block):
        measure = metrics.measure(font, font.key())
        for match in _TOKEN.finditer(text):
            token = match.group()
            stop = offset + match.end()
            current = segments[-1]
            if token == LINE_SEPARATOR:
                if has_text or not current:
                    current.append((Chunk(width, END, letters=letters), stop))
                else:  # the chunk before ended with spaces: it ends the segment
                    current[-1] = (Chunk(current[-1][0].width, END, letters=current[-1][0].letters), stop)
                segments.append([])
                width, letters, has_text = 0.0, 0, False
            elif token[0] == " ":
                if not has_text:  # spaces at the start of a segment stay with the first word
                    width += measure(token)
                    continue
                current.append((Chunk(width, SPACE, measure(token), letters), stop))
                width, letters, has_text = 0.0, 0, False
            elif token == SOFT_HYPHEN:
                current.append((Chunk(width, HYPHEN, measure("-"), letters), stop))
                width, letters, has_text = 0.0, 0, False
            else:
                start = 0
                for hyphen in _HARD_HYPHEN.finditer(token) if "-" in token else ():
                    piece = token[start:hyphen.end()]
                    current.append((Chunk(width + measure(piece), BREAK, letters=letters + len(piece)),
                                    offset + match.start() + hyphen.end()))
                    width, letters, start = 0.0, 0, hyphen.end()
                width += measure(token[start:] if start else token)
                letters += len(token) - start
                has_text = True
    current = segments[-1]
    end = len(block.text())
    if has_text or not current:
        current.append((Chunk(width, END, letters=letters), end))
    else:
        current[-1] = (Chunk(current[-1][0].width, END, letters=current[-1][0].letters), end)
    return segments


def _plain_layout(layout: QTextLayout, x: float, y: float, width: float) -> None:
    """Qt's own line by line breaking, as the document layout did it."""
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(x, y))
        y += line.height()
    layout.endLayout()


def rebreak(block: QTextBlock, metrics: Metrics) -> bool:
    """Lay a justified block out again with the line ends chosen over the whole paragraph.

    True when the new breaks are in place; False when the block keeps Qt's own breaking: it
    already has no loose line and no hyphen, or its text has characters Qt counts differently,
    a word wider than the column, or Qt would not end a line where asked.
    """
    layout = block.layout()
    if layout.lineCount() < 2:
        return False
    text = block.text()
    if _ASTRAL.search(text):
        return False
    first = layout.lineAt(0)
    x, top, width = first.x(), first.y(), first.width()
    fragments = _fragments(block)
    font = fragments[0][2] if fragments else QFont()
    if _even_already(layout, text, metrics.width(font, font.key(), " ")):
        return False
    segments = _segments(block, metrics)
    for safety in SAFETY:
        placed = _attempt(layout, text, segments, metrics, font, x, top, width, safety)
        if placed is None:  # a word wider than the column: Qt's own breaking cuts it
            break
        if placed:
            return True
    layout.clearFormats()
    _plain_layout(layout, x, top, width)
    return False


def _even_already(layout: QTextLayout, text: str, space: float) -> bool:
    """True when Qt's own line by line breaking left no line loose (and cut no word): nothing to mend."""
    for n in range(layout.lineCount() - 1):
        line = layout.lineAt(n)
        stop = line.textStart() + line.textLength()
        if text[stop - 1] == LINE_SEPARATOR:
            continue
        inner = text[line.textStart():stop].rstrip(" ")
        if inner.endswith(SOFT_HYPHEN):
            return False
        if line.width() - line.naturalTextWidth() > LOOSE_AT * max(inner.count(" "), 1) * space:
            return False
    return True


def _attempt(layout: QTextLayout, text: str, segments: list[list[tuple[Chunk, int]]], metrics: Metrics,
             font: QFont, x: float, top: float, width: float, safety: float) -> bool | None:
    """Lay ``layout`` out with the chosen breaks, for a measure ``safety`` narrower than the column.

    True when Qt ended every line where asked; None when no breaks can be chosen.
    """
    measure = width * (1.0 - safety)
    limit = measure * (1.0 - FIT_TOLERANCE)
    most = TRACK * metrics.width(font, font.key(), " ")
    ranges: list[tuple[int, int]] = []
    spacing: list[QTextLayout.FormatRange] = []  # narrower gaps on a tight line, wider letters on a loose one
    start = 0
    for segment in segments:
        chunks = [chunk for chunk, _ in segment]
        ends = break_lines(chunks, measure, track=most)
        if ends is None:
            return None
        begin = 0
        for n, end in enumerate(ends):
            stop = segment[end - 1][1]
            natural, gaps = natural_width(chunks, begin, end)
            inner = text[start:stop].rstrip(" ")
            count = inner.count(" ")
            letters = len(inner) - count - inner.count(SOFT_HYPHEN)  # Qt does not space a soft hyphen out
            spaced = tracking(limit - natural, gaps, count, letters, most) if n + 1 < len(ends) else 0.0
            fmt = QTextCharFormat()
            if spaced:
                fmt.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
                fmt.setFontLetterSpacing(spaced / metrics.letter_scale(font))
            elif natural > limit and n + 1 < len(ends) and count:
                fmt.setFontWordSpacing(-(natural - limit) / count)
            if spaced or fmt.hasProperty(QTextCharFormat.Property.FontWordSpacing):
                change = QTextLayout.FormatRange()
                change.start, change.length, change.format = start, len(inner), fmt
                spacing.append(change)
            ranges.append((start, stop))
            start, begin = stop, end
    marks = _MARKS.search(text) is not None
    layout.setFormats(spacing)
    layout.beginLayout()
    placed = True
    y = top
    for start, stop in ranges:
        line = layout.createLine()
        if not line.isValid():
            placed = False
            break
        clusters = stop - start - (len(_MARKS.findall(text, start, stop)) if marks else 0)
        line.setNumColumns(clusters, width)
        line.setPosition(QPointF(x, y))
        y += line.height()
        if line.textStart() != start or line.textLength() != stop - start:
            placed = False
            break
    if placed and layout.createLine().isValid():
        placed = False
    layout.endLayout()
    return placed


def line_gaps(block: QTextBlock, metrics: Metrics) -> list[float]:
    """For each justified line of ``block`` (not a paragraph's or a forced line break's last), its
    word gap as a multiple of a normal space of its font; a line without a gap counts its whole
    stretch as one gap."""
    if block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask != Qt.AlignmentFlag.AlignJustify:
        return []
    layout = block.layout()
    text = block.text()
    fragments = _fragments(block)
    spacing = {r.start: QTextCharFormat(r.format) for r in layout.formats()}  # rebreak's narrower gaps, wider letters
    gaps = []
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        start, length = line.textStart(), line.textLength()
        stop = start + length
        if stop >= len(text) or text[stop - 1] == LINE_SEPARATOR:
            continue
        content = text[start:stop].rstrip(" ")
        font = next((f for offset, t, f in reversed(fragments) if offset <= start), fragments[0][2])
        space = metrics.width(font, font.key(), " ")
        extra = max(0.0, line.width() - line.naturalTextWidth())  # (the hyphen drawn at a soft hyphen is counted in)
        count = content.count(" ")
        gap = space + extra / max(count, 1)
        fmt = spacing.get(start)
        if fmt is not None:  # letter spacing widens a space too
            gap += fmt.fontWordSpacing() + fmt.fontLetterSpacing() * metrics.letter_scale(font)
        gaps.append(gap / space)
    return gaps
