"""The body's underlines, and the bridge between its Qt blocks and the controller's block keys.

On every change of the document (``contentsChange``) only the blocks it touched are visited:
a block gets a *key* (its user state) the first time it is seen, the controller is told when
its text changed (only that block is re-checked), its underlines move with the edit until the
new findings arrive, and they are drawn as extra formats of the block's layout.

This is not a QSyntaxHighlighter on purpose: that one sets a block's formats again after every
keystroke, which makes Qt lay the paragraph out anew each time (a sixth of a millisecond on a
long paragraph). Here the layout's formats are only replaced when they actually change, and
never while an input method is composing in the block (its preedit formats live there too).
Setting layout formats is not an edit: no undo step, no ``textChanged``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextBlock, QTextLayout
from PySide6.QtWidgets import QTextEdit

from editor.qt.finding_spans import Span, TextMap, block_text_map, rebase_spans, spans_for
from editor.qt.qtdoc import kind_of_block
from editor.session.checking import CheckController
from editor.ui.checker.findings_highlight import underline_format, visible_range


@dataclass
class BlockRecord:
    """A body block as last seen: its Qt text, kind, model-text map, spans and block number."""

    raw: str
    kind: str
    tmap: TextMap
    spans: list[Span]
    number: int
    applied: list[tuple[int, int, str]] | None = None  # what was last put in the layout


class BodyUnderlines(QObject):
    """Keys, spans and wavy underlines of the body's blocks."""

    def __init__(self, editor: QTextEdit, controller: CheckController) -> None:
        super().__init__(editor)
        self.editor = editor
        self.controller = controller
        self.records: dict[int, BlockRecord] = {}
        self.seconds = 0.0  # GUI time spent here (the bench reads it)
        self._next_key = 0
        self._attached = True
        controller.block_changed.connect(self._block_changed)
        controller.body_changed.connect(self.refresh_all)
        controller.key_for_index = self.key_at
        editor.document().contentsChange.connect(self._contents_change)
        self._visit_all()

    def detach(self) -> None:
        """Stop following the body and take the underlines away (checking switched off)."""
        self._attached = False
        self.editor.document().contentsChange.disconnect(self._contents_change)
        block = self.editor.document().begin()
        while block.isValid():
            self._apply(block, None)
            block = block.next()

    # ------------------------------------------------------------------ Qt blocks <-> keys

    def key_at(self, number: int) -> int | None:
        """The key of the block numbered ``number``."""
        block = self.editor.document().findBlockByNumber(number)
        return block.userState() if block.isValid() and block.userState() >= 0 else None

    def block_for(self, key: int) -> QTextBlock | None:
        """The Qt block of ``key`` (None when it is gone)."""
        doc = self.editor.document()
        record = self.records.get(key)
        if record is not None:
            block = doc.findBlockByNumber(record.number)
            if block.isValid() and block.userState() == key:
                return block
        block = doc.begin()
        while block.isValid():
            if block.userState() == key:
                if record is not None:
                    record.number = block.blockNumber()
                return block
            block = block.next()
        return None

    def live_keys(self) -> dict[int, int]:
        """Key -> block number of every block; records of vanished blocks are dropped."""
        live: dict[int, int] = {}
        block = self.editor.document().begin()
        number = 0
        while block.isValid():
            key = block.userState()
            if key >= 0 and key not in live:
                live[key] = number
                record = self.records.get(key)
                if record is not None:
                    record.number = number
            block = block.next()
            number += 1
        for key in [k for k in self.records if k not in live]:
            del self.records[key]
        return live

    def spans_of(self, block: QTextBlock) -> list[Span]:
        """The spans shown in ``block`` (positions in the block)."""
        record = self.records.get(block.userState())
        if record is None or record.raw != block.text():
            return []
        return record.spans

    # ------------------------------------------------------------------ following edits

    def _contents_change(self, position: int, removed: int, added: int) -> None:
        started = time.perf_counter()
        doc = self.editor.document()
        block = doc.findBlock(position)
        if block.isValid() and position + added < block.position() + block.length():  # one block (typing)
            self._visit(block, (position - block.position(), removed, added))
        else:
            last = doc.findBlock(position + added)
            if not last.isValid():
                last = doc.lastBlock()
            while block.isValid():
                self._visit(block)
                if block == last:
                    break
                block = block.next()
        self.seconds += time.perf_counter() - started

    def _visit_all(self) -> None:
        block = self.editor.document().begin()
        while block.isValid():
            self._visit(block)
            block = block.next()

    def _visit(self, block: QTextBlock, region: tuple[int, int, int] | None = None) -> None:
        text = block.text()
        key = block.userState()
        previous = block.previous()
        if key < 0 or (previous.isValid() and previous.userState() == key):  # new, or split off
            key = self._next_key
            self._next_key += 1
            block.setUserState(key)
        kind = kind_of_block(block)
        record = self.records.get(key)
        if record is None or record.raw != text or record.kind != kind:
            record = self._register(key, block, text, kind, record, region)
        self._apply(block, record)

    def _register(self, key: int, block: QTextBlock, text: str, kind: str,
                  old: BlockRecord | None, region: tuple[int, int, int] | None = None) -> BlockRecord:
        tmap = block_text_map(text, kind)
        number = block.blockNumber()
        field_kind = "body.caption" if kind == "image" else f"body.{kind}"
        findings = self.controller.note_block(key, tmap.text, field_kind, number)
        if findings is not None:
            spans = spans_for(findings, tmap, key=key)
        elif old is not None:  # until the new findings arrive
            spans = rebase_spans(old.spans, old.raw, text, old.tmap.narrow and tmap.narrow, region)
        else:
            spans = []
        record = BlockRecord(text, kind, tmap, spans, number, old.applied if old is not None else None)
        self.records[key] = record
        return record

    def _apply(self, block: QTextBlock, record: BlockRecord | None) -> None:
        """Give the block's layout the underlines of the record's spans unless it already has them.

        The layout is looked at, not only what was put there last: an input method replaces a
        block's formats with its own while composing.
        """
        layout = block.layout()
        if layout is None or layout.preeditAreaText():
            return  # an input method is composing here; the next change comes back
        wanted = []
        if record is not None:
            length = record.tmap.length16
            for span in record.spans:
                start, end = visible_range(span, length)
                if start < end:
                    wanted.append((start, end - start, span.finding.severity))
        if record is not None and wanted == record.applied and \
                [(r.start, r.length) for r in layout.formats()] == [(s, n) for s, n, _sev in wanted]:
            return
        if record is not None:
            record.applied = wanted
        ranges = []
        for start, count, severity in wanted:
            item = QTextLayout.FormatRange()
            item.start, item.length, item.format = start, count, underline_format(severity)
            ranges.append(item)
        layout.setFormats(ranges)
        self.editor.document().markContentsDirty(block.position(), block.length())

    # ------------------------------------------------------------------ new findings

    def _fresh_spans(self, key: int, record: BlockRecord) -> list[Span] | None:
        entry = self.controller.block_entry(key)
        if entry is None or entry.text != record.tmap.text:
            return None
        findings = self.controller.block_findings(key)
        return None if findings is None else spans_for(findings, record.tmap, key=key)

    def _block_changed(self, key: int) -> None:
        if not self._attached:
            return
        started = time.perf_counter()
        record = self.records.get(key)
        block = self.block_for(key) if record is not None else None
        if record is not None and block is not None and record.raw == block.text():
            spans = self._fresh_spans(key, record)
            if spans is not None and spans != record.spans:
                record.spans = spans
                self._apply(block, record)
        self.seconds += time.perf_counter() - started

    def refresh_all(self) -> None:
        """Redraw every block whose findings changed (after a whole-article check or an ignore)."""
        if not self._attached:
            return
        started = time.perf_counter()
        block = self.editor.document().begin()
        while block.isValid():
            record = self.records.get(block.userState())
            if record is not None and record.raw == block.text():
                spans = self._fresh_spans(block.userState(), record)
                if spans is not None and spans != record.spans:
                    record.spans = spans
                    self._apply(block, record)
            block = block.next()
        self.seconds += time.perf_counter() - started
