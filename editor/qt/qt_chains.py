"""Chains: a paragraph longer than ``CHAIN_OVER`` characters held as several Qt blocks.

Qt lays a block out again whole on every keystroke, which takes about half a second for a
megabyte, so such a paragraph is cut after a sentence (or at least a word) about every
``CHUNK_TARGET`` characters. Every block after the first carries :data:`CONTINUES` and no margin
between it and the block before, so it reads as a line break within the paragraph; everything
reading the document back joins a chain into one model block (:func:`join_continuations`), so the
cuts are never part of the text. Here: where to cut, making and settling chains, joining their
pieces, and which Qt blocks make which model block.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat

from editor.model.article import Block, Mark
from editor.model.marks import normalise_marks
from editor.qt import qtformats as fmts
from editor.qt.qt_text import LINE_BREAK, OBJECT, NfcMap, cp_to_utf16, is_narrow, kind_of_block

CONTINUES = int(QTextFormat.Property.UserProperty) + 20  # block: continues the paragraph of the block before
CHAIN_OVER = 8_000  # characters: a longer paragraph is held as a chain of Qt blocks
CHUNK_TARGET = 4_000  # ... cut about this often
CHUNK_MIN, CHUNK_MAX = 2_000, 6_000  # ... into pieces of this many characters (the last one up to CHUNK_MAX)
CHAINS = "articledeskChains"  # dynamic property of a document that has held a chain
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’»)\]]*\s+")
def chunk_cuts(text: str, target: int = CHUNK_TARGET) -> list[int]:
    """Where a long paragraph's text is cut into the blocks of a chain: after the end of a sentence
    nearest ``target`` characters on, else after a space, else (no space in ``CHUNK_MAX``
    characters) before a letter that is not a combining mark."""
    cuts: list[int] = []
    pos = 0
    while len(text) - pos > CHUNK_MAX:
        lo, hi = pos + CHUNK_MIN, pos + CHUNK_MAX
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, hi) if m.end() < hi]
        if ends:
            cut = min(ends, key=lambda e: abs(e - pos - target))
        else:
            space = max(text.rfind(" ", lo, hi), text.rfind(LINE_BREAK, lo, hi))
            cut = space + 1 if space >= 0 else hi
            while cut > lo and (unicodedata.combining(text[cut]) or "\udc00" <= text[cut] <= "\udfff"):
                cut -= 1
        cuts.append(cut)
        pos = cut
    return cuts


def continues(block: QTextBlock) -> bool:
    """Whether the Qt block continues the paragraph of the block before (a chain's later block)."""
    return bool(block.blockFormat().boolProperty(CONTINUES)) and block.textList() is None and \
        block.previous().isValid()


def has_chains(doc: QTextDocument) -> bool:
    """Whether ``doc`` may hold a chain (it did once): else each Qt block is one model block."""
    return bool(doc.property(CHAINS))


def continuation_format(fmt: QTextBlockFormat) -> QTextBlockFormat:
    """``fmt`` made the format of a chain's later block: marked, and no space above it."""
    fmt = QTextBlockFormat(fmt)
    fmt.setProperty(CONTINUES, True)
    fmt.setTopMargin(0)
    return fmt


def continue_paragraph(cursor: QTextCursor) -> None:
    """End the cursor's block without a paragraph break: what follows goes in a chain's next block."""
    fmt = cursor.blockFormat()
    char_fmt = cursor.blockCharFormat()
    bottom = fmt.bottomMargin()
    fmt.setBottomMargin(0)
    cursor.setBlockFormat(fmt)
    nxt = continuation_format(fmt)
    nxt.setBottomMargin(bottom)
    cursor.document().setProperty(CHAINS, True)  # before the block comes: its readers ask
    cursor.insertBlock(nxt, char_fmt)


def split_block(block: QTextBlock) -> bool:
    """Cut an over-long text block into a chain (it grew by typing or pasting), as part of the
    last edit (no undo step of its own); False when it is not to be cut."""
    kind = kind_of_block(block)
    if kind != "paragraph" or block.textList() is not None or block.length() - 1 <= CHAIN_OVER:
        return False
    text = block.text()
    cuts = chunk_cuts(text)
    if not cuts or OBJECT in text:
        return False
    wide = not is_narrow(text)
    doc = block.document()
    cursor = QTextCursor(doc)
    cursor.joinPreviousEditBlock()
    base = block.position()
    for cut in reversed(cuts):
        cursor.setPosition(base + (cp_to_utf16(text, cut) if wide else cut))
        continue_paragraph(cursor)
    cursor.endEditBlock()
    return True


def settle_margins(block: QTextBlock) -> None:
    """No space below a block a chain continues, the usual space below one it does not (after an
    edit made or ended a chain there); part of the last edit."""
    if not block.isValid():
        return
    fmt = block.blockFormat()
    nxt = block.next()
    chained = nxt.isValid() and continues(nxt)
    want = 0.0 if chained else fmts.block_format(kind_of_block(block)).bottomMargin()
    top_wrong = fmt.boolProperty(CONTINUES) and not continues(block)
    if fmt.bottomMargin() == want and not top_wrong:
        return
    fixed = QTextBlockFormat(fmt)
    fixed.setBottomMargin(want)
    if top_wrong:
        fixed.clearProperty(CONTINUES)
        fixed.setTopMargin(fmts.block_format(kind_of_block(block)).topMargin())
    cursor = QTextCursor(block)
    cursor.joinPreviousEditBlock()
    cursor.setBlockFormat(fixed)
    cursor.endEditBlock()


class Continued(Block):
    """What :func:`read_block` reads from a chain's later block: the text goes on the model block
    before it (see :func:`join_continuations`)."""


def _joined(parts: list[Block]) -> Block:
    texts, marks, pos = [], [], 0
    for part in parts:
        texts.append(part.text)
        marks.extend(Mark(start=m.start + pos, end=m.end + pos, type=m.type, href=m.href, extra=m.extra)
                     for m in part.marks)
        pos += len(part.text)
    raw = "".join(texts)
    head = parts[0]
    filled = [t for t in texts if t]
    if all(_seam_is_nfc(a, b) for a, b in zip(filled, filled[1:], strict=False)):
        # each part is NFC and nothing composes across a cut: the join is NFC as it is (a megabyte
        # is not normalised twice more on every autosave and count)
        block = Block(type=head.type, marks=normalise_marks(raw, marks), extra=dict(head.extra))
        object.__setattr__(block, "text", raw)
        return block
    nmap = NfcMap(raw)  # a letter and the accent typed after a cut compose across it
    for m in marks:
        m.start, m.end = nmap.to_nfc(m.start), nmap.to_nfc(m.end, end=True)
    return Block(type=head.type, text=nmap.text, marks=normalise_marks(nmap.text, marks), extra=dict(head.extra))


def _seam_is_nfc(before: str, after: str) -> bool:
    """Whether two NFC texts joined are NFC: ``after`` starts with a starter that does not
    compose with the character before it (a starter composes with nothing further back)."""
    return unicodedata.combining(after[0]) == 0 and unicodedata.is_normalized("NFC", before[-1] + after[0])


def join_continuations(blocks: list[Block]) -> list[Block]:
    """Model blocks as read block by block, with every chain joined into one paragraph: a
    :class:`Continued` block goes on the text block before it (or stands alone as a paragraph
    of its own where there is none, as after a picture)."""
    if not any(type(b) is Continued for b in blocks):
        return blocks
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i + 1
        if blocks[i].type != "image":
            while j < len(blocks) and type(blocks[j]) is Continued:
                j += 1
        out.append(_joined(blocks[i:j]) if j > i + 1 or type(blocks[i]) is Continued else blocks[i])
        i = j
    return out


def paragraph_heads(doc: QTextDocument) -> list[int]:
    """The number of the first Qt block of each model block (a chain is one), in order; worked out
    again only after the document changed."""
    cached = getattr(doc, "_articledesk_heads", None)
    if cached is not None and cached[0] == doc.revision() and cached[1] == doc.blockCount():
        return cached[2]
    heads: list[int] = []
    block = doc.begin()
    number = 0
    chains = has_chains(doc)
    while block.isValid():
        if not (chains and continues(block) and kind_of_block(block.previous()) != "image"):
            heads.append(number)
        block = block.next()
        number += 1
    doc._articledesk_heads = (doc.revision(), doc.blockCount(), heads)  # type: ignore[attr-defined]
    return heads


def paragraph_of(doc: QTextDocument, number: int) -> int:
    """The index of the model block that Qt block ``number`` is (part of)."""
    if not has_chains(doc):
        return number
    return max(0, bisect.bisect_right(paragraph_heads(doc), number) - 1)


def chain_of(block: QTextBlock) -> list[QTextBlock]:
    """The Qt blocks holding the model block ``block`` is part of, first to last."""
    doc = block.document()
    if not has_chains(doc):
        return [block]
    while continues(block) and kind_of_block(block.previous()) != "image":
        block = block.previous()
    out = [block]
    nxt = block.next()
    if kind_of_block(block) != "image":
        while nxt.isValid() and continues(nxt):
            out.append(nxt)
            nxt = nxt.next()
    return out
