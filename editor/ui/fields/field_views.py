"""Each checked text widget as the checker sees it: which article fields it shows, the spans of
their findings in widget positions, and how to select or replace text in it as one undo step.

- :class:`LineView`: a QLineEdit (kicker, source, place, sign-off, authors, quote speaker...),
  underlined by a :class:`LineUnderlines` overlay. The authors box shows several fields
  (``byline.authors[0]``, ``[1]``...) in one text.
- :class:`DocView`: a plain-text box (headline, sapo, quote text, award reason).
- :class:`BodyView`: the body, block by block, through its :class:`BodyUnderlines`.

Field names come from a callable because the quote and award forms show whichever record is
selected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit, QWidget

from editor.model.house_style import Finding
from editor.model.house_style.fields import field_text
from editor.qt.finding_spans import Span, TextMap, rebase_spans, sort_spans, span_at, spans_for, utf16_length
from editor.qt.qt_text import utf16_to_cp
from editor.session.checking import CheckController
from editor.ui.body.body_editor import BodyEditor
from editor.ui.body.body_underlines import BodyUnderlines
from editor.ui.body.body_undo import BodyUndo
from editor.ui.checker.findings_highlight import FieldHighlighter, LineUnderlines

Edit = tuple[int, int, str]  # (start, end, new text) in widget positions


def splice(raw: str, edits: list[Edit]) -> str:
    """``raw`` with the edits (UTF-16 positions, not overlapping) made, last first."""
    for start, end, text in sorted(edits, key=lambda e: e[0], reverse=True):
        a, b = utf16_to_cp(raw, start), utf16_to_cp(raw, end)
        raw = raw[:a] + text + raw[b:]
    return raw


def seal(cursor: QTextCursor) -> None:
    """End an edit block with a format command that changes nothing, so that text typed right
    after it is not merged into the same undo step (Qt merges an insert with the one before)."""
    if cursor.document().characterCount() < 2:
        return
    position = min(cursor.position(), cursor.document().characterCount() - 2)
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.mergeCharFormat(QTextCharFormat())


class _EditingOfWidget:
    """Undo, redo and the standard context menu go straight to the view's text widget."""

    widget: Any

    def undo(self) -> None:
        """One undo step of the widget."""
        self.widget.undo()

    def redo(self) -> None:
        """One redo step of the widget."""
        self.widget.redo()

    def standard_menu(self, point: QPoint) -> QMenu:
        """Qt's own context menu of the widget (line edits override: theirs takes no point)."""
        return self.widget.createStandardContextMenu(point)


class FieldView(_EditingOfWidget, QObject):
    """Base: one widget, the fields it shows and their spans (kept in step with the widget's text)."""

    def __init__(self, widget: QWidget, controller: CheckController, names: Callable[[], list[str]]) -> None:
        super().__init__(widget)
        self.widget = widget
        self.controller = controller
        self.names = names
        self._raw = ""
        self._spans: list[Span] = []

    # --- to be provided by subclasses
    def raw(self) -> str:
        """The widget's text as Qt holds it."""
        raise TypeError(type(self).__name__)  # every subclass overrides this

    def repaint(self) -> None:
        """Redraw the underlines."""

    def event_widget(self) -> QWidget:
        """The widget that receives the mouse events (tooltips, context menu)."""
        return self.widget

    # --- shared
    def fields(self) -> list[str]:
        """The article fields this widget shows now."""
        return self.names()

    def parts(self, text: str) -> list[tuple[str, int, str]]:
        """``(field, offset, value)``: each field's current value and where it starts in ``text``
        (the widget's model text)."""
        article = self.controller.session.article
        out, pos = [], 0
        for name in self.fields():
            try:
                value = field_text(article, name).text
            except KeyError:
                continue
            found = text.find(value, pos) if value or not text else -1
            if found >= 0:
                out.append((name, found, value))
                pos = found + len(value)
        return out

    def spans(self) -> list[Span]:
        """The spans as the widget's text stands (moved along with edits until the next check)."""
        raw = self.raw()
        if raw != self._raw:
            self._spans = rebase_spans(self._spans, self._raw, raw)
            self._raw = raw
        return self._spans

    def refresh(self) -> None:
        """Take the controller's findings for this widget's fields and redraw."""
        raw = self.raw()
        tmap = TextMap(raw)
        spans: list[Span] = []
        for name, base, value in self.parts(tmap.text):
            checked = self.controller.field_checked_text(name)
            if checked is not None and checked != value:
                self.spans()  # edited since its last check: keep the moved spans until the next one
                self.repaint()
                return
            spans += spans_for(self.controller.field_findings(name), tmap, base)
        self._raw, self._spans = raw, sort_spans(spans)
        self.repaint()

    def clear(self) -> None:
        """Forget every span (a new article is being shown)."""
        self._raw, self._spans = self.raw(), []
        self.repaint()

    def span_at_point(self, point: QPoint) -> Span | None:
        """The span under ``point`` (coordinates of :meth:`event_widget`)."""
        return span_at(self.spans(), self.position_at(point))

    def position_at(self, point: QPoint) -> int:
        """Text position under ``point``."""
        raise TypeError(type(self).__name__)

    def span_of(self, finding: Finding) -> Span | None:
        """The span showing ``finding``, if it is on screen."""
        return next((s for s in self.spans() if s.finding == finding), None)


class LineView(FieldView):
    """A QLineEdit and its overlay."""

    widget: QLineEdit

    def __init__(self, widget: QLineEdit, controller: CheckController, names: Callable[[], list[str]]) -> None:
        super().__init__(widget, controller, names)
        self.overlay = LineUnderlines(widget, self.spans)

    def raw(self) -> str:
        """The line edit's text."""
        return self.widget.text()

    def repaint(self) -> None:
        """Redraw the overlay."""
        self.overlay.update()

    def position_at(self, point: QPoint) -> int:
        """Cursor position nearest ``point``."""
        return self.widget.cursorPositionAt(point)

    def select(self, start: int, end: int) -> None:
        """Select ``[start, end)`` and show it."""
        self.widget.setSelection(start, end - start)

    def replace(self, edits: list[Edit]) -> None:
        """Make the edits as one undo step of the line edit."""
        if len(edits) == 1:
            start, end, text = edits[0]
            self.widget.setSelection(start, end - start) if end > start else self.widget.setCursorPosition(start)
            self.widget.insert(text)
        else:
            raw = self.raw()
            self.widget.setSelection(0, utf16_length(raw))
            self.widget.insert(splice(raw, edits))
        # Moving the cursor ends the undo step: what is typed next is not undone with the fix.
        here = self.widget.cursorPosition()
        self.widget.setCursorPosition(here - 1 if here else here + 1)
        self.widget.setCursorPosition(here)

    def standard_menu(self, _point: QPoint) -> QMenu:
        """Qt's own context menu of the line edit."""
        return self.widget.createStandardContextMenu()


class DocView(FieldView):
    """A plain-text box and its highlighter."""

    widget: QPlainTextEdit

    def __init__(self, widget: QPlainTextEdit, controller: CheckController, names: Callable[[], list[str]]) -> None:
        super().__init__(widget, controller, names)
        self.highlighter = FieldHighlighter(widget, self.spans)

    def raw(self) -> str:
        """The box's text (block separators are one position, as in the document)."""
        return self.widget.raw_text() if hasattr(self.widget, "raw_text") else self.widget.toPlainText()

    def repaint(self) -> None:
        """Highlight again."""
        self.highlighter.refresh()

    def event_widget(self) -> QWidget:
        """The viewport gets the mouse events."""
        return self.widget.viewport()

    def position_at(self, point: QPoint) -> int:
        """Document position under ``point`` (viewport coordinates)."""
        return self.widget.cursorForPosition(point).position()

    def select(self, start: int, end: int) -> None:
        """Select ``[start, end)`` and scroll to it."""
        cursor = self.widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.widget.setTextCursor(cursor)
        self.widget.ensureCursorVisible()

    def replace(self, edits: list[Edit]) -> None:
        """Make the edits as one undo step of the box."""
        cursor = QTextCursor(self.widget.document())
        cursor.beginEditBlock()
        for start, end, text in sorted(edits, key=lambda e: e[0], reverse=True):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text)
        seal(cursor)
        cursor.endEditBlock()



class BodyView(_EditingOfWidget, QObject):
    """The body: spans per block, selecting and replacing through block keys."""

    def __init__(self, body: BodyEditor, controller: CheckController) -> None:
        super().__init__(body)
        self.widget = body
        self.controller = controller
        self.underlines = BodyUnderlines(body, controller)

    def standard_menu(self, point: QPoint) -> QMenu:
        """Qt's own context menu, its Undo and Redo those of the article's one history."""
        menu = super().standard_menu(point)
        router = self.widget.findChild(BodyUndo)
        return router.route(menu) if router is not None else menu

    def event_widget(self) -> QWidget:
        """The viewport gets the mouse events."""
        return self.widget.viewport()

    def span_at_point(self, point: QPoint) -> Span | None:
        """The span under ``point`` (viewport coordinates)."""
        cursor = self.widget.cursorForPosition(point)
        return span_at(self.underlines.spans_of(cursor.block()), cursor.positionInBlock())

    def span_of(self, finding: Finding, key: int) -> Span | None:
        """The span showing ``finding`` in block ``key``."""
        block = self.underlines.block_for(key)
        if block is None:
            return None
        return next((s for s in self.underlines.spans_of(block) if s.finding == finding), None)

    def select(self, key: int, start: int, end: int) -> bool:
        """Select ``[start, end)`` of block ``key`` and scroll to it."""
        block = self.underlines.block_for(key)
        if block is None:
            return False
        cursor = self.widget.textCursor()
        cursor.setPosition(block.position() + start)
        cursor.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
        self.widget.setTextCursor(cursor)
        self.widget.ensureCursorVisible()
        return True

    def replace(self, edits: list[tuple[int, int, int, str]]) -> int:
        """Make ``(key, start, end, text)`` edits as ONE undo step of the body; returns how many.

        The new text takes the formats (bold, link...) of the text it replaces.
        """
        doc = self.widget.document()
        placed = []
        for key, start, end, text in edits:
            block = self.underlines.block_for(key)
            if block is not None:
                placed.append((block.position() + start, block.position() + end, text))
        if not placed:
            return 0
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for start, end, text in sorted(placed, key=lambda e: e[0], reverse=True):
            probe = QTextCursor(doc)
            probe.setPosition(start + 1 if end > start else start)
            fmt = probe.charFormat()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(text, fmt)
        seal(cursor)
        cursor.endEditBlock()
        return len(placed)
