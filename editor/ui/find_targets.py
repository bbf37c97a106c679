"""Where every text Find and Replace reaches is shown: the fields panel's boxes and the body.

The matches come from :mod:`editor.session.search` (code points of NFC model text); their
positions in a box or in the body document from :mod:`editor.qt.qtsearch`. Selecting a match
shows its record first (a quote or an award), scrolls the fields panel to the box, selects the
text and, when asked, gives the box the focus. Replacing goes through the boxes as typing does,
so the fields panel writes the article and the undo history sees ordinary edits.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from editor.model.article import Article
from editor.qt.qtsearch import body_place, body_range, body_texts, text_offset, text_range
from editor.session.search import Location, Match, SearchOptions, article_texts, find_in_texts
from editor.ui.body.body_editor import BodyEditor

TextBox = QLineEdit | QPlainTextEdit
# Field -> attribute of the fields panel showing it.
_BOXES = {"kicker": "kicker", "headline": "headline", "lede": "lede", "dateline.place": "place",
          "byline.signoff": "signoff", "topic": "topic", "byline.authors": "authors", "tags": "tags"}
_INDEXED = re.compile(r"^(tags|byline\.authors|quotes|awards)\[(\d+)\](?:\.(\w+))?$")


def _raw(box: TextBox) -> str:
    if isinstance(box, QLineEdit):
        return box.text()
    return box.raw_text() if hasattr(box, "raw_text") else box.toPlainText()


def _selection(box: TextBox) -> tuple[int, int]:
    if isinstance(box, QLineEdit):
        return (box.selectionStart(), box.selectionEnd()) if box.hasSelectedText() else (-1, -1)
    cursor = box.textCursor()
    return (cursor.selectionStart(), cursor.selectionEnd()) if cursor.hasSelection() else (-1, -1)


def _select(box: TextBox, start: int, end: int) -> None:
    if isinstance(box, QLineEdit):
        box.setSelection(start, end - start)
        return
    cursor = box.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    box.setTextCursor(cursor)
    box.ensureCursorVisible()


def _deselect(box: QWidget) -> None:
    if isinstance(box, QLineEdit):
        box.deselect()
    elif isinstance(box, (QPlainTextEdit, BodyEditor)):
        cursor = box.textCursor()
        cursor.clearSelection()
        box.setTextCursor(cursor)


def _replace(box: TextBox, ranges: list[tuple[int, int]], new: str) -> None:
    """Replace ``ranges`` of the box, last first: in a line edit as typing over a selection does,
    in a text box as one edit block."""
    ordered = sorted(ranges, reverse=True)
    if isinstance(box, QLineEdit):
        for start, end in ordered:
            box.setSelection(start, end - start)
            box.insert(new)
        return
    cursor = QTextCursor(box.document())
    cursor.beginEditBlock()
    for start, end in ordered:
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new)
    cursor.endEditBlock()


class FindTargets:
    """The texts of one window (``window`` provides ``fields``, ``fields_scroll`` and
    ``set_fields_visible``), or of a body editor alone when ``window`` is None."""

    def __init__(self, body: BodyEditor, window: Any = None) -> None:
        self.body = body
        self.window = window
        self.fields = window.fields if window is not None else None
        self._shown: QWidget | None = None  # the box the last match was selected in

    # ------------------------------------------------------------------ searching

    def search(self, query: str, options: SearchOptions) -> tuple[list[Match], list[Location]]:
        """Every match in reading order, and every searched location in that order."""
        article = self.fields.article if self.fields is not None else Article()
        texts = article_texts(article, body_texts(self.body.document()))
        return find_in_texts(texts, query, options), [location for location, _ in texts]

    # ------------------------------------------------------------------ boxes

    def _box(self, location: Location, show: bool) -> tuple[TextBox, int | None, list[str]] | None:
        """The box showing ``location``, the item of a list box (tags, authors) and the list;
        with ``show`` a quote or award record is selected first, else None when it is not shown."""
        if self.fields is None or location.block is not None:
            return None
        found = _INDEXED.match(location.field)
        if found is None:
            return getattr(self.fields, _BOXES[location.field]), None, []
        group, index, key = found.group(1), int(found.group(2)), found.group(3)
        if key is None:
            article = self.fields.article
            items = article.tags if group == "tags" else article.byline.authors
            return getattr(self.fields, _BOXES[group]), index, list(items)
        records = getattr(self.fields, group)
        if records.list.currentRow() != index:
            if not show:
                return None
            records.list.setCurrentRow(index)
        return getattr(records, key), None, []

    def _range(self, match: Match, show: bool) -> tuple[QWidget, int, int] | None:
        location = match.location
        if location.block is not None:
            where = body_range(self.body.document(), location.block, match.start, match.end)
            return (self.body, *where) if where is not None else None
        found = self._box(location, show)
        if found is None:
            return None
        box, part, parts = found
        where = text_range(_raw(box), match.start, match.end, part, parts)
        return (box, *where) if where is not None else None

    def select(self, match: Match, focus: bool) -> bool:
        """Show ``match`` selected in its box or in the body; with ``focus`` the box gets the focus."""
        found = self._range(match, show=True)
        if found is None:
            return False
        box, start, end = found
        if box is not self.body and self.window is not None:
            if self.window.fields_scroll.isHidden():
                self.window.set_fields_visible(True)
            self.window.fields_scroll.ensureWidgetVisible(box)
        if self._shown is not None and self._shown is not box:  # one selected match on screen, not two
            _deselect(self._shown)
        self._shown = box
        if focus:
            box.setFocus(Qt.FocusReason.OtherFocusReason)
        _select(box, start, end)
        return True

    def is_selected(self, match: Match) -> bool:
        """Whether ``match`` is what its box (or the body) has selected now."""
        found = self._range(match, show=False)
        return found is not None and _selection(found[0]) == found[1:]

    def replace(self, matches: list[Match], new: str) -> int:
        """Replace ``matches`` by ``new`` through the boxes, and in the body as one edit block;
        returns how many. A quote or award is edited while its record is shown."""
        by_record: dict[str, list[Match]] = {}
        for match in matches:
            field = match.location.field  # "quotes[2].text" goes with the other fields of "quotes[2]"
            by_record.setdefault(field.split(".")[0] if field.startswith(("quotes[", "awards[")) else "", []).append(match)
        rows = {group: getattr(self.fields, group).list.currentRow() for group in ("quotes", "awards")} \
            if self.fields is not None else {}
        count = 0
        for group in by_record.values():
            ranges: dict[QWidget, list[tuple[int, int]]] = {}
            for match in group:  # every position is taken before anything changes
                found = self._range(match, show=True)
                if found is not None:
                    ranges.setdefault(found[0], []).append(found[1:])
            for box, spans in ranges.items():
                if box is self.body:
                    self.body.replace_ranges(spans, new)
                else:
                    _replace(box, spans, new)
                count += len(spans)
        for group, row in rows.items():
            getattr(self.fields, group).list.setCurrentRow(row)
        return count

    # ------------------------------------------------------------------ where the user is

    def focused_box(self) -> TextBox | None:
        """The article text box (or the body) that has the keyboard focus."""
        focus = QApplication.focusWidget()
        if focus is self.body or (self.fields is not None and isinstance(focus, (QLineEdit, QPlainTextEdit))
                                  and self.fields.isAncestorOf(focus)):
            return focus
        return None

    def selected_text(self) -> str:
        """The text selected where the user is (the focused box, else the body)."""
        box = self.focused_box() or self.body
        return box.selectedText() if isinstance(box, QLineEdit) else box.textCursor().selectedText()

    def place(self, order: list[Location]) -> tuple[Location | None, int]:
        """Where a search starts: the cursor's location and offset in the box (or the body) that
        has the focus; the top of the article when none has (a body alone: its cursor)."""
        box = self.focused_box() if self.fields is not None else self.body
        if box is None:
            return None, 0
        if box is self.body:
            index, offset = body_place(self.body.document(), self.body.textCursor().selectionStart())
            return next((loc for loc in order if loc.block == index), None), offset
        start = _selection(box)[0] if _selection(box)[0] >= 0 else (
            box.cursorPosition() if isinstance(box, QLineEdit) else box.textCursor().position())
        for location in order:
            found = self._box(location, show=False)
            if found is not None and found[0] is box:
                return location, (text_offset(_raw(box), start) if found[1] is None else 0)
        return None, 0
