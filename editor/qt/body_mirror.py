"""The body's model blocks, kept block by block beside its QTextDocument, for autosave.

Reading a whole 20,000-paragraph document into model blocks takes about a second; a snapshot for
the journal must cost the GUI thread a few milliseconds. The mirror remembers the model blocks
of every Qt block and forgets only those a change touched (``contentsChange``, which every edit,
format change and undo emits), so a snapshot re-reads just those; after a whole new text
arrives it catches up in slices of a given time budget. The blocks it holds are its own: nobody
changes them, so a snapshot can be serialised on another thread while the user types on.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from editor.model.article import Block
from editor.qt.qt_chains import join_continuations
from editor.qt.qtdoc import read_block

SAME_TURN_S = 0.002  # a budgeted read this soon after another's is in the same turn of the event loop


class BodyMirror(QObject):
    """Model blocks of ``doc``, one list per Qt block, re-read only where the document changed."""

    def __init__(self, doc: QTextDocument) -> None:
        super().__init__(doc)
        self.doc = doc
        self._cache: list[list[Block] | None] = [None] * doc.blockCount()
        self._next = 0  # no block before this index waits to be read
        self._slice_end = 0.0  # when the last budgeted read ended
        self._expected: list[Block] | None = None  # the blocks the body was filled from (see expect)
        doc.contentsChange.connect(self._changed)

    @property
    def missing(self) -> int:
        """How many Qt blocks wait to be read."""
        self._check_length()
        return self._cache.count(None)

    def expect(self, blocks: list[Block]) -> None:
        """The body was just filled from ``blocks`` (an article opened): a Qt block read back equal
        to its model block is kept as that very block, so the blocks (and their texts) are the
        article's own objects, which the status-bar counts tell from changed ones without comparing
        text. Used only while each Qt block is one model block; equality is always checked."""
        self._check_length()
        self._expected = list(blocks) if len(blocks) == len(self._cache) else None

    def _reset(self) -> None:
        self._cache = [None] * self.doc.blockCount()
        self._next = 0
        self._expected = None

    def _check_length(self) -> None:
        if len(self._cache) != self.doc.blockCount():  # a change that was not announced: read it all again
            self._reset()

    def _changed(self, position: int, _removed: int, added: int) -> None:
        doc = self.doc
        count = doc.blockCount()
        first = doc.findBlock(position).blockNumber()
        last = doc.findBlock(position + added).blockNumber()
        if first < 0:
            first = count - 1
        if last < 0 or last >= count:
            last = count - 1
        # one block more on each side: a paragraph break at an edge changes the neighbour too
        first, last = max(0, first - 1), min(count - 1, last + 1)
        old_last = last - (count - len(self._cache))
        if first > last or old_last < first - 1 or old_last >= len(self._cache):
            self._reset()
            return
        self._cache[first:old_last + 1] = [None] * (last - first + 1)
        self._next = min(self._next, first)

    def snapshot(self, budget_s: float | None = None) -> list[Block] | None:
        """The body's model blocks (as ``document_to_blocks`` reads them), or None when reading the
        blocks still missing would take longer than ``budget_s`` (what fits is read now; ask
        again). Without a budget everything missing is read. The list is a new one each call (the
        caller may keep it); the blocks must not be changed."""
        self._check_length()
        cache = self._cache
        now = time.perf_counter()
        if budget_s is not None and now - self._slice_end < SAME_TURN_S and None in cache:
            return None  # another reader's slice ran in this turn of the event loop: one slice a turn
        deadline = None if budget_s is None else now + budget_s
        block = None
        index = self._next
        expected = self._expected if self._expected is not None and len(self._expected) == len(cache) else None
        while True:
            try:
                index = cache.index(None, index)
            except ValueError:
                break
            if block is None or block.blockNumber() != index - 1:
                block = self.doc.findBlockByNumber(index)
            else:
                block = block.next()
            got = read_block(block)
            if expected is not None and len(got) == 1 and got[0] == expected[index]:
                got = [expected[index]]
            cache[index] = got
            index += 1
            if deadline is not None and time.perf_counter() > deadline:
                self._next = index
                self._slice_end = time.perf_counter()
                return None if None in cache[index:] else self._joined()
        self._next = len(cache)
        self._expected = None  # every block read: what was expected has served
        return self._joined()

    def _joined(self) -> list[Block]:
        out = join_continuations([b for blocks in self._cache for b in blocks])  # type: ignore[union-attr]
        return [] if out == [Block()] else out
