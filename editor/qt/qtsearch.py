"""Finding text in the body document, blind to Unicode normalisation.

The query and each block's text are compared in NFC, so "Việt" typed decomposed (NFD, as
Unikey's "Unicode tổ hợp" mode types it) finds the precomposed "Việt" and the other way round.
Matches are returned as Qt document positions (UTF-16) through :mod:`editor.qt.qtdoc`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument

from editor.model.text import nfc
from editor.qt.qtdoc import LINE_BREAK, NfcMap, cp_to_utf16


@dataclass(frozen=True)
class Query:
    """What the user searches for and how."""

    text: str
    case_sensitive: bool = False
    whole_word: bool = False

    def pattern(self) -> re.Pattern[str] | None:
        """The compiled search, or None for an empty query."""
        needle = nfc(self.text.replace(LINE_BREAK, "\n"))
        if not needle:
            return None
        body = re.escape(needle)
        if self.whole_word:
            body = rf"(?<!\w){body}(?!\w)"
        return re.compile(body, 0 if self.case_sensitive else re.IGNORECASE)


def all_matches(doc: QTextDocument, query: Query) -> list[tuple[int, int]]:
    """Every match in document order, as ``(start, end)`` Qt positions."""
    pattern = query.pattern()
    if pattern is None:
        return []
    out: list[tuple[int, int]] = []
    block = doc.begin()
    while block.isValid():
        raw = block.text().replace(LINE_BREAK, "\n")
        nmap = NfcMap(raw)
        base = block.position()
        for m in pattern.finditer(nmap.text):
            if m.end() == m.start():
                continue
            start, end = nmap.to_raw(m.start()), nmap.to_raw(m.end(), end=True)
            out.append((base + cp_to_utf16(raw, start), base + cp_to_utf16(raw, end)))
        block = block.next()
    return out


def next_match(doc: QTextDocument, query: Query, cursor: QTextCursor, backwards: bool = False) -> tuple[int, int] | None:
    """The match after the cursor's selection (or before it), wrapping around the document."""
    matches = all_matches(doc, query)
    if not matches:
        return None
    if backwards:
        before = [m for m in matches if m[0] < cursor.selectionStart()]
        return before[-1] if before else matches[-1]
    after = [m for m in matches if m[0] >= cursor.selectionEnd()]
    return after[0] if after else matches[0]


def _selection(cursor: QTextCursor) -> tuple[int, int]:
    return (cursor.selectionStart(), cursor.selectionEnd())


def selection_matches(cursor: QTextCursor, query: Query) -> bool:
    """Whether the cursor's selection is exactly one match of ``query``."""
    if not cursor.hasSelection():
        return False
    return _selection(cursor) in all_matches(cursor.document(), query)
