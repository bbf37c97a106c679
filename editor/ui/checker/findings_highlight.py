"""Wavy underlines for findings, coloured by severity, in every kind of text widget.

- :class:`FieldHighlighter`: a plain-text field (headline, sapo, quote text...), a
  QSyntaxHighlighter drawing the spans its view hands it.
- the body has its own, cheaper mechanism: :mod:`editor.ui.body.body_underlines`.
- :class:`LineUnderlines`: QLineEdit cannot show character formats, so a transparent child
  widget paints the waves over it, placed with the line edit's own cursor geometry.

Highlighting never counts as an edit: every re-highlight we start runs with the widget's
signals blocked, so ``textChanged`` (which marks the article modified) does not fire.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from editor.qt.finding_spans import Span, sort_spans, utf16_length

COLOURS = {"error": "#d32f2f", "warning": "#ef6c00", "suggestion": "#1e88e5"}
_FORMATS: dict[str, QTextCharFormat] = {}


def severity_colour(severity: str) -> QColor:
    """Red for errors, orange for warnings, blue for suggestions."""
    return QColor(COLOURS.get(severity, COLOURS["suggestion"]))


def underline_format(severity: str) -> QTextCharFormat:
    """The wavy underline of a severity (only the underline: the text keeps its own look)."""
    fmt = _FORMATS.get(severity)
    if fmt is None:
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(severity_colour(severity))
        _FORMATS[severity] = fmt
    return fmt


def visible_range(span: Span, length: int) -> tuple[int, int]:
    """What to underline for a span: an empty one (something missing) marks the character before it."""
    start, end = span.start, span.end
    if start == end:
        start, end = (start - 1, start) if start > 0 else (start, start + 1)
    return max(0, min(start, length)), max(0, min(end, length))


def quietly(widget: QWidget, work: Callable[[], None]) -> None:
    """Run ``work`` with the widget's signals blocked (a re-highlight is not an edit)."""
    blocked = widget.blockSignals(True)
    try:
        work()
    finally:
        widget.blockSignals(blocked)


class FieldHighlighter(QSyntaxHighlighter):
    """Underlines in a plain-text field; ``spans()`` gives them in document positions."""

    def __init__(self, widget: QPlainTextEdit, spans: Callable[[], list[Span]]) -> None:
        super().__init__(widget)
        self.widget = widget
        self._spans = spans
        self.setDocument(widget.document())
        self.refresh()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        """Draw the spans that fall in this block."""
        spans = self._spans()
        if not spans:
            return
        base = self.currentBlock().position()
        length = utf16_length(text)
        for span in spans:
            start, end = visible_range(span, self.widget.document().characterCount() - 1)
            start, end = max(start - base, 0), min(end - base, length)
            if start < end:
                self.setFormat(start, end - start, underline_format(span.finding.severity))

    def refresh(self) -> None:
        """Draw again (the findings changed), without signalling an edit."""
        quietly(self.widget, self.rehighlight)


class LineUnderlines(QWidget):
    """Paints wavy underlines over a QLineEdit (which has no character formats)."""

    def __init__(self, edit: QLineEdit, spans: Callable[[], list[Span]]) -> None:
        super().__init__(edit)
        self.edit = edit
        self._spans = spans
        self._layout: tuple[str, object, QTextLayout] | None = None
        self.setObjectName("line_underlines")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(edit.rect())
        edit.installEventFilter(self)
        for signal in (edit.textChanged, edit.cursorPositionChanged, edit.selectionChanged):
            signal.connect(self.update)
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Follow the line edit's size and font."""
        if watched is self.edit and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.setGeometry(self.edit.rect())
            self._layout = None
        return False

    def _text_layout(self) -> QTextLayout:
        text = self.edit.displayText()
        font = self.edit.font()
        if self._layout is None or self._layout[0] != text or self._layout[1] != font:
            layout = QTextLayout(text, font)
            option = QTextOption()
            option.setFlags(QTextOption.Flag.IncludeTrailingSpaces)
            layout.setTextOption(option)
            layout.beginLayout()
            layout.createLine()
            layout.endLayout()
            self._layout = (text, font, layout)
        return self._layout[2]

    def x_of(self, position: int) -> float:
        """Widget x of a text position, from the cursor's rectangle (it knows the scrolling)."""
        line = self._text_layout().lineAt(0)

        def x(pos: int) -> float:
            value = line.cursorToX(pos)
            return float(value[0] if isinstance(value, tuple) else value)

        cursor_x = self.edit.cursorRect().left() + 5  # Qt draws the cursor rectangle 5 px left of it
        return cursor_x - x(self.edit.cursorPosition()) + x(position)

    def ranges(self) -> list[tuple[float, float, float, str]]:
        """``(x1, x2, y, severity)`` of every wave drawn, suggestions first."""
        spans = self._spans()
        if not spans:
            return []
        length = utf16_length(self.edit.displayText())
        metrics = self.edit.fontMetrics()
        baseline = self.edit.cursorRect().top() + metrics.ascent()
        y = baseline + max(2.0, metrics.descent() * 0.6)
        out = []
        for span in sort_spans(spans):
            start, end = visible_range(span, length)
            if start < end:
                out.append((self.x_of(start), self.x_of(end), y, span.finding.severity))
        return out

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the waves, clipped to the text area."""
        ranges = self.ranges()
        if not ranges:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(self.rect().adjusted(2, 1, -2, -1))
        for x1, x2, y, severity in ranges:
            pen = QPen(severity_colour(severity))
            pen.setWidthF(1.2)
            painter.setPen(pen)
            painter.drawPath(wave(x1, x2, y))
        painter.end()


def wave(x1: float, x2: float, y: float, amplitude: float = 1.5, period: float = 4.0) -> QPainterPath:
    """A wavy line from ``x1`` to ``x2`` around ``y``, like a spell checker's."""
    path = QPainterPath(QPointF(x1, y))
    x, up = x1, True
    half = period / 2
    while x < x2:
        nx = min(x + half, x2)
        path.quadTo(QPointF((x + nx) / 2, y - amplitude if up else y + amplitude), QPointF(nx, y))
        x, up = nx, not up
    return path
