"""The rich-text body editor: model blocks in, model blocks out, house formats only."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QMimeData, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextBlock, QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from editor.model.article import Block
from editor.model.marks import Styles
from editor.model.text import nfc
from editor.qt import qtformats as fmts
from editor.qt.qt_chains import (
    CHAIN_OVER,
    CHAINS,
    CONTINUES,
    chain_of,
    continuation_format,
    continues,
    has_chains,
    settle_margins,
    split_block,
)
from editor.qt.qt_text import kind_of_block, qt_text
from editor.qt.qtdoc import blocks_to_document, document_to_blocks, insert_blocks
from editor.ui.body.body_clipboard import MIME_BLOCKS, blocks_from_mime, can_paste, selection_mime

if TYPE_CHECKING:  # searching loads on the first search, not at start-up
    from editor.qt.qtsearch import Query

__all__ = ["MIME_BLOCKS", "BodyEditor"]
TEXT_KINDS = ("paragraph", "heading", "quote", "list_item")
MARK_FLAGS = ("bold", "italic", "underline")
DOCUMENT_MARGIN = 12
RESPLIT_MS = 1500  # a paragraph grown past a chain's piece size is cut again after this pause


class BodyEditor(QTextEdit):
    """Rich-text editor for the article body; reads and writes model blocks.

    ``formatStateChanged(dict)`` fires whenever what the toolbar shows may change (cursor
    moved, selection or typing format changed); the dict is :meth:`current_formats`.
    Every formatting operation, paste and "replace all" is one undo step.
    """

    formatStateChanged = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self._query: Query | None = None
        self._last_state: dict | None = None
        for signal in (self.cursorPositionChanged, self.selectionChanged, self.currentCharFormatChanged):
            signal.connect(self._emit_state)
        self._resplit = QTimer(self)
        self._resplit.setSingleShot(True)
        self._resplit.setInterval(RESPLIT_MS)
        self._resplit.timeout.connect(self.split_long_blocks)
        self.document().contentsChange.connect(self._note_length)

    # ------------------------------------------------------------ blocks in and out

    def set_blocks(self, blocks: list[Block]) -> None:
        """Replace the whole body with ``blocks``; clears the undo history, not modified."""
        doc = self.document()
        doc.setUndoRedoEnabled(False)
        doc.setProperty(CHAINS, False)
        blocks_to_document(blocks, doc)
        doc.setUndoRedoEnabled(True)
        doc.setModified(False)
        cursor = QTextCursor(doc)
        self.setTextCursor(cursor)
        self._emit_state()

    def blocks(self) -> list[Block]:
        """The body as model blocks (NFC text, normalised marks)."""
        return document_to_blocks(self.document())

    # ------------------------------------------------------------ long paragraphs (chains)

    def _note_length(self, position: int, _removed: int, added: int) -> None:
        """A block that grew past a chain's piece size is cut once typing pauses (not on the keystroke)."""
        doc = self.document()
        for pos in (position, position + added):
            if doc.findBlock(pos).length() > CHAIN_OVER + 1:
                self._resplit.start()
                return

    def split_long_blocks(self) -> int:
        """Cut every over-long paragraph block into a chain (see :mod:`editor.qt.qt_chains`), as part of
        the last edit; returns how many were cut. Not while an input method composes, nor where
        the last edit was undone (the cut would join an older step)."""
        doc = self.document()
        if doc.isRedoAvailable():
            return 0
        long_blocks = []
        block = doc.begin()
        while block.isValid():
            if block.length() > CHAIN_OVER + 1:
                if block.layout() is not None and block.layout().preeditAreaText():
                    self._resplit.start()
                    return 0
                long_blocks.append(block)
            block = block.next()
        cut = sum(split_block(b) for b in reversed(long_blocks))
        return cut

    def _chain_key(self, cursor: QTextCursor, key: int) -> bool:
        """Backspace and Delete at a cut inside a paragraph take the character beyond it (the cut
        itself is not text); Enter there breaks the paragraph. True when handled."""
        block = cursor.block()
        nxt = block.next()
        if key == QtCore.Qt.Key.Key_Backspace and cursor.atBlockStart() and continues(block) \
                and block.previous().length() > 1:
            other = QTextCursor(block.previous())
            other.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            other.deletePreviousChar()
            return True
        if key == QtCore.Qt.Key.Key_Delete and cursor.atBlockEnd() and nxt.isValid() and continues(nxt) \
                and nxt.length() > 1:
            QTextCursor(nxt).deleteChar()
            return True
        if key not in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) or kind_of_block(block) == "image":
            return False
        if not (continues(block) or (nxt.isValid() and continues(nxt))):
            return False
        cursor.beginEditBlock()
        if cursor.atBlockStart() and continues(block):
            first = block  # the paragraph breaks where the cut was
        elif cursor.atBlockEnd() and nxt.isValid() and continues(nxt):
            first = nxt
        else:
            cursor.insertBlock()
            first = cursor.block()
        fmt = QTextBlockFormat(first.blockFormat())
        fmt.clearProperty(CONTINUES)
        fmt.setTopMargin(fmts.block_format(kind_of_block(first)).topMargin())
        QTextCursor(first).setBlockFormat(fmt)
        cursor.endEditBlock()
        settle_margins(first.previous())
        settle_margins(first)
        if first != cursor.block():
            cursor.setPosition(first.position())
        self.setTextCursor(cursor)
        return True

    # ------------------------------------------------------------ what the toolbar shows

    def current_formats(self) -> dict:
        """``{"bold", "italic", "underline": bool, "link": href or None, "block_type": str}``.

        With a selection a mark counts as on when all selected text has it; ``block_type``
        is the type shared by the selected blocks, or ``""`` when they differ.
        """
        cursor = self.textCursor()
        if cursor.hasSelection():
            styles = [s for _, _, _, s in self._selected_runs(cursor)]
            kinds = {kind_of_block(b) for b in self._selected_blocks(cursor)}
        else:
            styles = [fmts.styles_of(cursor.charFormat())]
            kinds = {kind_of_block(cursor.block())}
        state: dict = {flag: bool(styles) and all(flag in s for s in styles) for flag in MARK_FLAGS}
        hrefs = {s["link"][0] if "link" in s else None for s in styles}
        state["link"] = hrefs.pop() if len(hrefs) == 1 else None
        state["block_type"] = kinds.pop() if len(kinds) == 1 else ""
        return state

    def _emit_state(self) -> None:
        state = self.current_formats()
        if state != self._last_state:
            self._last_state = state
            self.formatStateChanged.emit(state)

    # ------------------------------------------------------------ formatting

    def toggle_bold(self) -> None:
        """Bold on for the selection (or the typing format), or off when all of it is bold."""
        self._toggle("bold")

    def toggle_italic(self) -> None:
        """Italic on, or off when all of the selection is italic."""
        self._toggle("italic")

    def toggle_underline(self) -> None:
        """Underline on, or off when all of the selection is underlined."""
        self._toggle("underline")

    def _toggle(self, flag: str) -> None:
        on = not self.current_formats()[flag]

        def change(styles: Styles) -> Styles:
            new = dict(styles)
            if on:
                new.setdefault(flag, (None, ""))
            else:
                new.pop(flag, None)
            return new

        self._restyle(self.textCursor(), change)

    def set_link(self, href: str | None) -> None:
        """Link the selection to ``href``; None removes the link from the selection or under the cursor.

        Without a selection: inside a link, changes (or removes) that whole link; elsewhere,
        inserts ``href`` itself as linked text.
        """
        href = href.strip() if href else None
        cursor = self.textCursor()
        if not cursor.hasSelection():
            extent = self._link_extent(cursor)
            if extent is not None:
                cursor.setPosition(extent[0])
                cursor.setPosition(extent[1], QTextCursor.MoveMode.KeepAnchor)
            elif href and kind_of_block(cursor.block()) != "image":
                kind = kind_of_block(cursor.block())
                styles = dict(fmts.styles_of(cursor.charFormat()), link=(href, ""))
                cursor.insertText(nfc(href), fmts.char_format(kind, styles))
                self.setTextCursor(cursor)
                return
            else:
                return

        def change(styles: Styles) -> Styles:
            new = {k: v for k, v in styles.items() if k != "link"}
            if href:
                new["link"] = (href, "")
            return new

        self._restyle(cursor, change)

    def set_block_type(self, kind: str) -> None:
        """Make the selected blocks (or the cursor's block) paragraphs, headings, quotes or list items."""
        if kind not in TEXT_KINDS:
            raise ValueError(f"unknown block type {kind!r}")
        cursor = self.textCursor()
        cursor.beginEditBlock()
        prev_list = None
        selected = self._selected_blocks(cursor)
        if has_chains(self.document()):  # a paragraph held in a chain changes whole
            seen: set[int] = set()
            whole: list[QTextBlock] = []
            for first in selected:
                if first.position() not in seen:
                    for block in chain_of(first):
                        seen.add(block.position())
                        whole.append(block)
            selected = whole
            if kind == "list_item":  # a list item is one Qt block: the cuts go
                for block in reversed(selected):
                    if continues(block):
                        QTextCursor(block).deletePreviousChar()
                selected = self._selected_blocks(cursor)
        for block in selected:
            if kind_of_block(block) == "image":
                prev_list = None
                continue
            bc = QTextCursor(block)
            current = block.textList()
            if current is not None and kind != "list_item":
                current.remove(block)
            fmt = fmts.block_format(kind, fmts.block_extra(block))
            if continues(block):
                fmt = continuation_format(fmt)
            if block.next().isValid() and continues(block.next()):
                fmt.setBottomMargin(0)
            bc.setBlockFormat(fmt)
            bc.setBlockCharFormat(fmts.char_format(kind, fmts.styles_of(block.charFormat())))
            if kind == "list_item" and current is None:
                above = block.previous().textList() if block.previous().isValid() else None
                target = prev_list or above
                if target is not None:
                    target.add(block)
                else:
                    bc.createList(fmts.list_format())
            prev_list = block.textList() if kind == "list_item" else None
            self._restyle_block(block, kind, lambda s: s)
        cursor.endEditBlock()
        self._emit_state()

    # ------------------------------------------------------------ restyling helpers

    @staticmethod
    def _selected_blocks(cursor: QTextCursor) -> list[QTextBlock]:
        doc = cursor.document()
        block, last = doc.findBlock(cursor.selectionStart()), doc.findBlock(cursor.selectionEnd())
        out = []
        while block.isValid():
            out.append(block)
            if block == last:
                break
            block = block.next()
        return out

    def _selected_runs(self, cursor: QTextCursor) -> list[tuple[QTextBlock, int, int, Styles]]:
        """``(block, start, end, styles)`` for the selected text outside image blocks (doc positions)."""
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        out = []
        for block in self._selected_blocks(cursor):
            if kind_of_block(block) == "image":
                continue
            base = block.position()
            for rng in block.textFormats():
                a, b = max(base + rng.start, start), min(base + rng.start + rng.length, end)
                if a < b and not rng.format.isImageFormat():
                    out.append((block, a, b, fmts.styles_of(rng.format)))
        return out

    def _restyle(self, cursor: QTextCursor, change: Callable[[Styles], Styles]) -> None:
        """Apply ``change`` to the styles of the selection as one undo step, or to the typing format."""
        if not cursor.hasSelection():
            kind = kind_of_block(cursor.block())
            if kind != "image":
                self.setCurrentCharFormat(fmts.char_format(kind, change(fmts.styles_of(cursor.charFormat()))))
            self._emit_state()
            return
        cursor.beginEditBlock()
        for block, a, b, styles in self._selected_runs(cursor):
            part = QTextCursor(cursor.document())
            part.setPosition(a)
            part.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            part.setCharFormat(fmts.char_format(kind_of_block(block), change(styles)))
        cursor.endEditBlock()
        self._emit_state()

    def _restyle_block(self, block: QTextBlock, kind: str, change: Callable[[Styles], Styles]) -> None:
        for rng in block.textFormats():
            if rng.format.isImageFormat():
                continue
            part = QTextCursor(block)
            part.setPosition(block.position() + rng.start)
            part.setPosition(block.position() + rng.start + rng.length, QTextCursor.MoveMode.KeepAnchor)
            part.setCharFormat(fmts.char_format(kind, change(fmts.styles_of(rng.format))))

    @staticmethod
    def _link_extent(cursor: QTextCursor) -> tuple[int, int] | None:
        """Document range of the link touching the cursor, or None."""
        block = cursor.block()
        pos = cursor.position() - block.position()
        ranges = [(r.start, r.start + r.length, r.format.anchorHref() if r.format.isAnchor() else "")
                  for r in block.textFormats()]
        hit = next((h for a, b, h in ranges if h and a <= pos <= b), "")
        if not hit:
            return None
        spans = [(a, b) for a, b, h in ranges if h == hit]
        # Join neighbouring ranges of the same link (they differ only by other marks).
        start, end = next((a, b) for a, b in spans if a <= pos <= b)
        for a, b in sorted(spans):
            if a == end:
                end = b
        for a, b in sorted(spans, reverse=True):
            if b == start:
                start = a
        return block.position() + start, block.position() + end

    # ------------------------------------------------------------ typing

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter after a heading or in an image block starts a paragraph; typing after a link leaves it."""
        cursor = self.textCursor()
        kind = kind_of_block(cursor.block())
        enter = event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
        plain = not event.modifiers() & ~QtCore.Qt.KeyboardModifier.KeypadModifier
        if plain and not cursor.hasSelection() and has_chains(self.document()) and \
                self._chain_key(cursor, event.key()):
            self.ensureCursorVisible()
            return
        if enter and plain and not cursor.hasSelection() and self._enter(cursor, kind):
            return
        if event.text() and event.text().isprintable():
            self._leave_link_at_end()
        super().keyPressEvent(event)
        if event.text() and has_chains(self.document()):  # an edit may have joined a paragraph to a chain
            block = self.textCursor().block()
            settle_margins(block.previous())
            settle_margins(block)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        """Text committed by an input method (IBus, Unikey, ...) does not extend a link either."""
        if event.commitString():
            self._leave_link_at_end()
        super().inputMethodEvent(event)

    def _leave_link_at_end(self) -> None:
        cursor = self.textCursor()
        fmt = cursor.charFormat()
        if not cursor.hasSelection() and fmt.isAnchor() and self._at_link_end(cursor):
            styles = {k: v for k, v in fmts.styles_of(fmt).items() if k != "link"}
            self.setCurrentCharFormat(fmts.char_format(kind_of_block(cursor.block()), styles))

    def _enter(self, cursor: QTextCursor, kind: str) -> bool:
        block = cursor.block()
        if kind == "image":
            cursor.beginEditBlock()
            if cursor.positionInBlock() == 0:
                cursor.insertBlock(block.blockFormat(), block.charFormat())
                cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
                cursor.setBlockFormat(fmts.block_format("paragraph"))
                cursor.setBlockCharFormat(fmts.char_format("paragraph", {}))
            else:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertBlock(fmts.block_format("paragraph"), fmts.char_format("paragraph", {}))
            cursor.endEditBlock()
        elif kind == "heading" and cursor.atBlockEnd():
            cursor.insertBlock(fmts.block_format("paragraph"), fmts.char_format("paragraph", {}))
        elif kind == "quote" and block.length() == 1:
            self.set_block_type("paragraph")
            return True
        elif kind == "paragraph" and block.length() == 1:
            # Qt would only reset the empty paragraph's format (it carries spacing); a journalist
            # pressing Enter on an empty line wants another empty line.
            cursor.insertBlock(fmts.block_format("paragraph"), fmts.char_format("paragraph", {}))
        else:
            return False
        self.setTextCursor(cursor)
        return True

    @staticmethod
    def _at_link_end(cursor: QTextCursor) -> bool:
        after = QTextCursor(cursor)
        if after.atBlockEnd():
            return True
        after.movePosition(QTextCursor.MoveOperation.NextCharacter)
        return after.charFormat().anchorHref() != cursor.charFormat().anchorHref()

    # ------------------------------------------------------------ clipboard

    def createMimeDataFromSelection(self) -> QMimeData:
        """Qt's HTML and text, plus the selected model blocks for lossless pasting inside the app."""
        return selection_mime(super().createMimeDataFromSelection(), self.textCursor())

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        """Blocks from this app, HTML, text or local picture files."""
        return can_paste(source)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste keeping only the house formats (see :mod:`editor.model.html_paste`), as one undo step."""
        blocks = blocks_from_mime(source)
        if not blocks:
            return
        cursor = self.textCursor()
        insert_blocks(cursor, blocks)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # ------------------------------------------------------------ find and replace

    def find(self, text: str, case_sensitive: bool = False, whole_word: bool = False, backwards: bool = False) -> bool:
        """Select the next (or previous) match, wrapping around; NFC/NFD-blind. False when none."""
        from editor.qt.qtsearch import Query, next_match

        self._query = Query(text, case_sensitive, whole_word)
        match = next_match(self.document(), self._query, self.textCursor(), backwards)
        if match is None:
            return False
        self._select(*match)
        return True

    def replace_current(self, new: str) -> bool:
        """Replace the selected match of the last search and select the next one.

        When the selection is not a match, only moves to the next match and returns False.
        """
        from editor.qt.qtsearch import selection_matches

        query = self._query
        if query is None:
            return False
        cursor = self.textCursor()
        if not selection_matches(cursor, query):
            self.find(query.text, query.case_sensitive, query.whole_word)
            return False
        self._replace(cursor, new)
        self.setTextCursor(cursor)
        self.find(query.text, query.case_sensitive, query.whole_word)
        return True

    def replace_all(self, find: str, new: str, case_sensitive: bool = False, whole_word: bool = False) -> int:
        """Replace every match as one undo step; returns how many were replaced."""
        from editor.qt.qtsearch import Query, all_matches

        self._query = Query(find, case_sensitive, whole_word)
        return self.replace_ranges(all_matches(self.document(), self._query), new)

    def replace_ranges(self, ranges: list[tuple[int, int]], new: str) -> int:
        """Replace the document ranges ``(start, end)`` (not overlapping) by ``new`` in ONE edit
        block, each keeping the formats of the text it replaces; returns how many."""
        if not ranges:
            return 0
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        for start, end in sorted(ranges, reverse=True):
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            self._replace(cursor, new)
        cursor.endEditBlock()
        return len(ranges)

    @staticmethod
    def _replace(cursor: QTextCursor, new: str) -> None:
        first = QTextCursor(cursor.document())
        first.setPosition(cursor.selectionStart())
        first.movePosition(QTextCursor.MoveOperation.NextCharacter)
        text = qt_text(nfc(new))
        cursor.insertText(text, first.charFormat())

    def _select(self, start: int, end: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
