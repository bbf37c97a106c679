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

New layout formats only show once the document is told that the block's contents are "dirty"
(``markContentsDirty``), and every such call makes Qt walk the blocks after it: one call per
block would make redrawing a long article cost the square of its length. So the blocks touched
by one piece of work are marked dirty together, as few ranges as possible (:meth:`_flush`).
Findings that arrive for many blocks at once (a whole-article check, an ignore, the article-level
rules) are not drawn in one go either: they are queued, and drawn in slices of bounded time on a
zero timer, the blocks on screen first, so the window keeps answering while a long article is
underlined. Typing is drawn at once (inside Qt's own change, where marking dirty costs nothing).
"""

from __future__ import annotations

import bisect
import time
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtGui import QTextBlock, QTextLayout
from PySide6.QtWidgets import QTextEdit

from editor.model.house_style import Finding
from editor.qt.finding_spans import Span, TextMap, block_text_map, rebase_spans, spans_for
from editor.qt.qt_chains import chain_of, continues, has_chains, paragraph_heads, paragraph_of
from editor.qt.qt_text import kind_of_block
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
    swept: int = 0  # the redraw sweep that last brought this block up to date


SLICE_SECONDS = 0.008  # GUI time one slice of queued redrawing may take before the window answers again
SLICE_CHARS = 50_000  # and the text Qt may have to lay out again for it (about 25 ms)
MERGE_GAP = 20_000  # changed blocks closer than this (characters) are marked dirty as one range


class BodyUnderlines(QObject):
    """Keys, spans and wavy underlines of the body's blocks."""

    def __init__(self, editor: QTextEdit, controller: CheckController) -> None:
        super().__init__(editor)
        self.editor = editor
        self.controller = controller
        self.records: dict[int, BlockRecord] = {}
        self.seconds = 0.0  # GUI time spent here (the bench reads it)
        self.marks = 0  # markContentsDirty calls made (tests count them)
        self._next_key = 0
        self._attached = True
        self._dirty: list[tuple[int, int]] = []  # document ranges whose formats changed, not yet marked
        self._dirty_chars = 0
        self._renumber = False  # blocks came or went since the records' numbers were taken
        self._live: dict[int, int] | None = None  # live_keys() until blocks come, go or change keys
        self._queued: set[int] = set()  # keys whose findings changed, not yet redrawn
        self._sweep = 0  # the current whole-body redraw (0: none yet)
        self._sweep_at: int | None = None  # the block number it has reached (None: done)
        self._block_count = editor.document().blockCount()
        self._chain_lengths: tuple | None = None  # (revision, key), the chain's Qt blocks, their text lengths
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        controller.block_changed.connect(self._block_changed)
        controller.body_changed.connect(self.refresh_all)
        controller.key_for_index = self.key_at
        controller.place_finding = self.place_finding
        controller.display_pending = self.pending
        controller.display_finish = self.finish
        editor.document().contentsChange.connect(self._contents_change)
        self._visit_all()

    def detach(self) -> None:
        """Stop following the body and take the underlines away (checking switched off)."""
        self._attached = False
        self._timer.stop()
        self._queued.clear()
        self._sweep_at = None
        self.controller.display_pending = lambda: False
        self.controller.display_finish = lambda: None
        self.editor.document().contentsChange.disconnect(self._contents_change)
        block = self.editor.document().begin()
        while block.isValid():
            self._apply(block, None)
            block = block.next()
        self._flush()

    def pending(self) -> bool:
        """True while findings wait to be drawn."""
        return bool(self._queued) or self._sweep_at is not None

    # ------------------------------------------------------------------ Qt blocks <-> keys

    def key_at(self, number: int) -> int | None:
        """The key of the (first) Qt block of model block ``number``."""
        doc = self.editor.document()
        if has_chains(doc):
            heads = paragraph_heads(doc)
            if not 0 <= number < len(heads):
                return None
            number = heads[number]
        block = doc.findBlockByNumber(number)
        return block.userState() if block.isValid() and block.userState() >= 0 else None

    def place_finding(self, finding: Finding) -> tuple[int, Finding] | None:
        """The key of the Qt block showing a finding of the article-level rules, and the finding
        counted from that block's start: a paragraph held as a chain shows it in the block its
        start is in (one running over a cut is left out)."""
        key = self.key_at(finding.block) if finding.block is not None else None
        if key is None:
            return None
        doc = self.editor.document()
        if not has_chains(doc):
            return key, finding
        block = self.block_for(key)
        if block is None:
            return None
        cached = self._chain_lengths
        if cached is None or cached[0] != (doc.revision(), key):
            chain = chain_of(block)
            starts, pos = [], 0
            for part in chain:
                starts.append(pos)
                pos += self._model_length(part)
            cached = self._chain_lengths = ((doc.revision(), key), [b.userState() for b in chain], starts + [pos])
        _at, keys, bounds = cached  # a result brings thousands of findings: found by halving
        i = max(0, min(bisect.bisect_right(bounds, finding.start) - 1, len(keys) - 1))
        if finding.end > bounds[i + 1]:
            return None
        start = bounds[i]
        return keys[i], (finding if not start else replace(finding, start=finding.start - start,
                                                           end=finding.end - start))

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
        """Key -> block number of every block (not to be changed by the caller); records of vanished
        blocks are dropped. Worked out again only after blocks came, went or got new keys."""
        if self._live is not None:
            return self._live
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
        self._renumber = False
        self._live = live
        return live

    def _model_length(self, block: QTextBlock) -> int:
        """The length of a text block's model text (the space before a cut included)."""
        record = self.records.get(block.userState())
        text = block.text()
        if record is None or record.raw != text:
            return len(block_text_map(text, "paragraph").text)
        return len(record.tmap.text) + len(text) - record.tmap.end  # what follows a cut's space is spaces

    def spans_of(self, block: QTextBlock) -> list[Span]:
        """The spans of ``block`` (positions in the block), drawn now if they were still queued."""
        key = block.userState()
        record = self.records.get(key)
        if record is None or record.raw != block.text():
            return []
        if key in self._queued or (self._sweep_at is not None and record.swept != self._sweep):
            self._queued.discard(key)
            self._refresh(block, again=True)
            self._flush()
        return record.spans

    # ------------------------------------------------------------------ following edits

    def _contents_change(self, position: int, removed: int, added: int) -> None:
        started = time.perf_counter()
        doc = self.editor.document()
        block = doc.findBlock(position)
        if block.isValid() and position + added < block.position() + block.length():  # one block (typing)
            self._visit(block, (position - block.position(), removed, added))
        else:
            self._live = None
            last = doc.findBlock(position + added)
            if not last.isValid():
                last = doc.lastBlock()
            while block.isValid():
                self._visit(block)
                if block == last:
                    break
                block = block.next()
        self._flush()  # inside Qt's own change: merged with it, nothing extra to lay out
        count = doc.blockCount()
        if count != self._block_count:  # blocks came or went: the sweep may have to step back
            self._block_count = count
            self._renumber = True
            self._live = None
            if self._sweep_at is not None:
                self._sweep_at = min(self._sweep_at, doc.findBlock(position).blockNumber())
        self.seconds += time.perf_counter() - started

    def _visit_all(self) -> None:
        block = self.editor.document().begin()
        while block.isValid():
            self._visit(block)
            block = block.next()
        self._flush()

    def _visit(self, block: QTextBlock, region: tuple[int, int, int] | None = None) -> None:
        text = block.text()
        key = block.userState()
        previous = block.previous()
        if key < 0 or (previous.isValid() and previous.userState() == key):  # new, or split off
            key = self._next_key
            self._next_key += 1
            block.setUserState(key)
            self._live = None
        kind = kind_of_block(block)
        record = self.records.get(key)
        if record is None or record.raw != text or record.kind != kind:
            record = self._register(key, block, text, kind, record, region)
        self._apply(block, record)

    def _register(self, key: int, block: QTextBlock, text: str, kind: str,
                  old: BlockRecord | None, region: tuple[int, int, int] | None = None) -> BlockRecord:
        tmap = block_text_map(text, kind)
        doc = block.document()
        if has_chains(doc) and kind != "image" and block.next().isValid() and continues(block.next()):
            kept = len(text.rstrip())  # the space before a cut is not the end of a line
            if kept < len(text):
                tmap = TextMap(text, 0, kept)
        number = block.blockNumber()
        field_kind = "body.caption" if kind == "image" else f"body.{kind}"
        # a paragraph held as a chain is checked a block (a few sentences) at a time
        findings = self.controller.note_block(key, tmap.text, field_kind, paragraph_of(doc, number))
        if findings is not None:
            spans = spans_for(findings, tmap, key=key)
        elif old is not None:  # until the new findings arrive
            spans = rebase_spans(old.spans, old.raw, text, old.tmap.narrow and tmap.narrow, region)
        else:
            spans = []
        record = BlockRecord(text, kind, tmap, spans, number, old.applied if old is not None else None,
                             self._sweep if findings is not None else 0)
        self.records[key] = record
        return record

    def _apply(self, block: QTextBlock, record: BlockRecord | None) -> None:
        """Give the block's layout the underlines of the record's spans unless it already has them;
        the block is marked dirty by the next :meth:`_flush` (which its caller makes).

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
        if record is not None and wanted == record.applied or not wanted and \
                (record is None or record.applied is None):
            present = layout.formats()
            if [(r.start, r.length) for r in present] == [(s, n) for s, n, _sev in wanted]:
                if record is not None:
                    record.applied = wanted
                return
        if record is not None:
            record.applied = wanted
        ranges = []
        for start, count, severity in wanted:
            item = QTextLayout.FormatRange()
            item.start, item.length, item.format = start, count, underline_format(severity)
            ranges.append(item)
        layout.setFormats(ranges)  # Qt notes the block as changed; _flush tells the layout
        position = block.position()
        self._dirty.append((position, position + block.length()))
        self._dirty_chars += block.length()

    def _flush(self) -> None:
        """Mark the blocks whose formats changed dirty: neighbours (closer than ``MERGE_GAP``) as one
        range, so a slice of work costs a few calls, not one per block."""
        if not self._dirty:
            return
        ranges = sorted(self._dirty)
        self._dirty, self._dirty_chars = [], 0
        doc = self.editor.document()
        start, end = ranges[0]
        for a, b in ranges[1:]:
            if a - end > MERGE_GAP:
                self.marks += 1
                doc.markContentsDirty(start, end - start)
                start = a
            end = max(end, b)
        self.marks += 1
        doc.markContentsDirty(start, end - start)

    # ------------------------------------------------------------------ new findings

    def _fresh_spans(self, key: int, record: BlockRecord) -> list[Span] | None:
        entry = self.controller.block_entry(key)
        if entry is None or entry.text != record.tmap.text:
            return None
        findings = self.controller.block_findings(key)
        return None if findings is None else spans_for(findings, record.tmap, key=key)

    def _block_changed(self, key: int) -> None:
        """The findings of block ``key`` changed: drawn on the next slice (many may come at once)."""
        if not self._attached:
            return
        self._queued.add(key)
        self._timer.start()

    def refresh_all(self) -> None:
        """Redraw every block whose findings changed (after a whole-article check or an ignore):
        the blocks on screen now, then the rest in document order, slice by slice."""
        if not self._attached:
            return
        started = time.perf_counter()
        self._sweep += 1
        self._sweep_at = 0
        self._on_screen()
        self._flush()
        self._timer.start()
        self.seconds += time.perf_counter() - started

    def _on_screen(self) -> None:
        viewport = self.editor.viewport()
        block = self.editor.cursorForPosition(QPoint(0, 0)).block()
        last = self.editor.cursorForPosition(QPoint(viewport.width() - 1, viewport.height() - 1)).block()
        while block.isValid():
            self._refresh(block)
            if block == last:
                break
            block = block.next()

    def finish(self) -> None:
        """Draw everything still queued now (a test, or before the body is printed as shown)."""
        while self.pending():
            self._work(budget=None)

    def _refresh(self, block: QTextBlock, again: bool = False) -> None:
        """Bring ``block``'s underlines up to the controller's findings (``again``: even when this
        sweep already did)."""
        key = block.userState()
        record = self.records.get(key)
        if record is None or (record.swept == self._sweep and not again) or record.raw != block.text():
            return
        record.swept = self._sweep
        spans = self._fresh_spans(key, record)
        if spans is not None and spans != record.spans:
            record.spans = spans
            self._apply(block, record)

    def _work(self, budget: float | None = SLICE_SECONDS) -> None:
        """One slice: queued blocks, then the sweep onwards, until ``budget`` seconds or
        ``SLICE_CHARS`` of changed text (at least one block); then one flush."""
        if not self._attached:
            return
        started = time.perf_counter()
        done = 0

        def more() -> bool:
            return done == 0 or budget is None or (time.perf_counter() - started < budget and
                                                   self._dirty_chars < SLICE_CHARS)

        if self._queued and self._renumber:  # blocks came or went: find them by number again
            self.live_keys()
        if self._queued and self._sweep_at is not None:  # the sweep takes those it has still to reach
            for key in [k for k in self._queued if k not in self.records or
                        self.records[k].number >= self._sweep_at]:
                self._queued.discard(key)
                if key in self.records:
                    self.records[key].swept = 0  # its findings are newer than any visit so far
        # In document order: a block far down first would make Qt lay out everything above it now.
        for key in sorted(self._queued, key=lambda k: self.records[k].number if k in self.records else -1):
            if not more():
                break
            self._queued.discard(key)
            if key in self.records:
                block = self.block_for(key)
                if block is not None:
                    self._refresh(block, again=True)  # its findings are newer than the sweep's
                    done += 1
        if self._sweep_at is not None:
            block = self.editor.document().findBlockByNumber(self._sweep_at)
            while block.isValid() and more():
                self._refresh(block)
                block = block.next()
                done += 1
            self._sweep_at = block.blockNumber() if block.isValid() else None
        self._flush()
        if self.pending():
            self._timer.start()
        self.seconds += time.perf_counter() - started
