"""The text of a Qt block against the model's: positions and characters.

The model counts Unicode code points, Qt counts UTF-16 units (an emoji or any other non-BMP
character is 2). :func:`cp_to_utf16` and :func:`utf16_to_cp` are the only conversions;
:class:`NfcMap` maps offsets between a typed (possibly NFD) text and its NFC form. Also what Qt
would not hold as it is (:func:`qt_text`, :func:`insertable`), and what a block shows: its kind
(:func:`kind_of_block`) and an image block's caption (:func:`caption_span`). How the document
holds the model is :mod:`editor.qt.qtdoc`'s.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata

from PySide6.QtGui import QTextBlock

from editor.model.text import nfc
from editor.qt import qtformats as fmts

LINE_BREAK = "\u2028"
OBJECT = "\ufffc"
_TO_QT = re.compile("[\n\r\u2028\u2029\ufdd0\ufdd1\ud800-\udfff]")


def is_narrow(text: str) -> bool:
    """True when every character of ``text`` is one UTF-16 unit (then positions equal indices)."""
    if not text or text.isascii():
        return True
    return len(text.encode("utf-16-le", "surrogatepass")) == 2 * len(text)  # C speed, unlike a loop


def cp_to_utf16(text: str, cp: int) -> int:
    """Qt's UTF-16 position of code-point offset ``cp`` in ``text``."""
    prefix = text[:cp]
    return len(prefix.encode("utf-16-le", "surrogatepass")) // 2


def utf16_to_cp(text: str, pos: int) -> int:
    """The code-point offset of Qt's UTF-16 position ``pos`` in ``text`` (inside a pair: after it)."""
    units = 0
    for i, ch in enumerate(text):
        if units >= pos:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class NfcMap:
    """Offsets between a raw text (as typed, maybe NFD) and its NFC form ``self.text``."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = nfc(raw)
        self.identity = self.text == raw
        self._raw_starts: list[int] = []
        self._nfc_starts: list[int] = []
        self._same: list[bool] = []
        if not self.identity:
            self._build()

    def _build(self) -> None:
        starts = [i for i, ch in enumerate(self.raw) if i == 0 or not unicodedata.combining(ch)]
        clusters: list[list[int]] = []
        for a, b in zip(starts, [*starts[1:], len(self.raw)], strict=True):
            if clusters:
                prev = self.raw[clusters[-1][0]:clusters[-1][1]]
                cur = self.raw[a:b]
                if nfc(prev + cur) != nfc(prev) + nfc(cur):  # e.g. Hangul jamo compose across starters
                    clusters[-1][1] = b
                    continue
            clusters.append([a, b])
        pos = 0
        for a, b in clusters:
            piece = self.raw[a:b]
            self._raw_starts.append(a)
            self._nfc_starts.append(pos)
            normal = nfc(piece)
            self._same.append(normal == piece)
            pos += len(normal)

    def _lookup(self, pos: int, starts: list[int], others: list[int], total: int, other_total: int,
                end: bool) -> int:
        if self.identity:
            return pos
        if pos >= total:
            return other_total
        k = bisect.bisect_right(starts, pos) - 1
        if pos == starts[k]:
            return others[k]
        if self._same[k]:
            return others[k] + pos - starts[k]
        if end:
            return others[k + 1] if k + 1 < len(others) else other_total
        return others[k]

    def to_nfc(self, pos: int, end: bool = False) -> int:
        """NFC offset of raw offset ``pos``; inside a recomposed cluster, its start (or end)."""
        return self._lookup(pos, self._raw_starts, self._nfc_starts, len(self.raw), len(self.text), end)

    def to_raw(self, pos: int, end: bool = False) -> int:
        """Raw offset of NFC offset ``pos``; inside a recomposed cluster, its start (or end)."""
        return self._lookup(pos, self._nfc_starts, self._raw_starts, len(self.text), len(self.raw), end)


# ---------------------------------------------------------------- model -> document


def _qt_char(m: re.Match[str]) -> str:
    return LINE_BREAK if m.group() in "\n\r\u2028\u2029" else "\ufffd"


def qt_text(text: str) -> str:
    """Text typed or replaced into the body as the body holds it: every line break (``\r\n`` once)
    as Qt's line separator, and no character a Qt document cannot hold."""
    return _TO_QT.sub(_qt_char, text.replace("\r\n", "\n"))


def model_piece(piece: str) -> tuple[str, list[int] | None]:
    """The model's text of a piece of a Qt block, before NFC: line separators as ``\n``, inline
    pictures (object characters) left out, as :func:`read_block` reads it. With pictures, also the
    index in ``piece`` of each character kept; None when every character was kept."""
    kept = None
    if OBJECT in piece:
        kept = [i for i, ch in enumerate(piece) if ch != OBJECT]
        piece = piece.replace(OBJECT, "")
    return piece.replace(LINE_BREAK, "\n"), kept


def is_one_line(selected: str) -> bool:
    """Whether text selected in a Qt widget stays within one line (no paragraph or line separator)."""
    return "\u2029" not in selected and LINE_BREAK not in selected


@functools.cache
def _leading_bom_eaten() -> bool:
    """Whether this PySide reads a str's leading U+FEFF as a byte-order mark (and drops it)."""
    from PySide6.QtCore import QDir

    return QDir.cleanPath("\ufeffa") == "a"


def insertable(text: str) -> str:
    """``text`` as it must be handed to Qt to arrive whole: PySide reads a leading U+FEFF or U+FFFE
    as a byte-order mark (it drops the one, byte-swaps the whole text after the other), so such a
    text gets one U+FEFF in front, which is eaten instead."""
    if text[:1] in ("\ufeff", "\ufffe") and _leading_bom_eaten():
        return "\ufeff" + text
    return text


def kind_of_block(block: QTextBlock) -> str:
    """The body block type shown by a Qt block (an image block is told by its image object)."""
    kind = fmts.kind_of(block)
    if kind == "image" and OBJECT not in block.text():
        return "paragraph"
    return kind


def caption_span(raw: str) -> tuple[int, int | None]:
    """Where an image block's caption lies in the Qt block's text ``raw``: after the picture
    (and the line break that follows it) up to the next picture; ``None`` for the end."""
    first = raw.find(OBJECT)
    start = first + 1 if first >= 0 else 0
    if raw[start:start + 1] == LINE_BREAK:
        start += 1
    end = raw.find(OBJECT, start)
    return start, (end if end >= 0 else None)
