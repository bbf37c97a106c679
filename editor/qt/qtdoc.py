"""The one bridge between QTextDocument and the model's body blocks.

Offsets: the model counts Unicode code points, Qt counts UTF-16 units (an emoji or any other
non-BMP character is 2). :func:`cp_to_utf16` and :func:`utf16_to_cp` are the only
conversions; :class:`NfcMap` maps offsets between a typed (possibly NFD) text and its NFC form.

How model text is held in the document:

- one model block is one Qt block; ``"\\n"`` inside a block's text (a soft line break) is
  Qt's line separator U+2028 (what Shift+Enter types). ``"\\r\\n"``, ``"\\r"``, U+2028 and
  U+2029 in model text mean the same and come back as ``"\\n"``: a line break is always ``"\\n"``.
- characters Qt would turn into block breaks or drop (U+FDD0, U+FDD1, lone surrogates) become
  U+FFFD; tabs, other controls and a literal U+FFFC are kept as they are.
- an image block is a Qt block holding an image object (the picture when ``src`` is a readable
  local file, else a placeholder) that carries the whole model block, then a line break and the
  caption. The caption is read back from the visible text; ``src``, ``credit``, ``alt`` and any
  other keys from the object. Deleting the object turns the block into a paragraph.
- marks become character formats (see :mod:`editor.qt.qtformats`) and come back *normalised*
  (:mod:`editor.model.marks`); text comes back NFC.
- a paragraph longer than ``CHAIN_OVER`` characters is held as a *chain* of Qt blocks, cut after
  a sentence (or at least a word) about every ``CHUNK_TARGET`` characters: Qt lays a block out
  again whole on every keystroke, which takes about half a second for a megabyte. Every block
  after the first carries :data:`CONTINUES` and no margin between it and the block before, so it
  reads as a line break within the paragraph; everything reading the document back joins a chain
  into one model block (:func:`join_continuations`), so the cuts are never part of the text.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
import unicodedata

from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument, QTextFormat, QTextList

from editor.model.article import IMAGE_KEYS, Block, Mark
from editor.model.marks import Styles, mark_dicts, marks_to_runs, normalise_marks, runs_to_marks
from editor.model.text import nfc
from editor.qt import qtformats as fmts

LINE_BREAK = "\u2028"
OBJECT = "\ufffc"
CONTINUES = int(QTextFormat.Property.UserProperty) + 20  # block: continues the paragraph of the block before
CHAIN_OVER = 8_000  # characters: a longer paragraph is held as a chain of Qt blocks
CHUNK_TARGET = 4_000  # ... cut about this often
CHUNK_MIN, CHUNK_MAX = 2_000, 6_000  # ... into pieces of this many characters (the last one up to CHUNK_MAX)
CHAINS = "articledeskChains"  # dynamic property of a document that has held a chain
_SENTENCE_END = re.compile(r"[.!?…:;][\"”’»)\]]*\s+")
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


def _canonical(block: Block) -> tuple[str, list[Mark]]:
    """The block's text as Qt will hold it (same length except CRLF -> one break), and its marks."""
    text, marks = block.text, list(block.marks)
    if "\r\n" in text:
        shift = [0] * (len(text) + 1)
        removed = 0
        for i in range(len(text) + 1):
            shift[i] = i - removed
            if i < len(text) and text[i] == "\r" and text[i + 1:i + 2] == "\n":
                removed += 1
        marks = [Mark(start=shift[min(max(m.start, 0), len(text))], end=shift[min(max(m.end, 0), len(text))],
                      type=m.type, href=m.href, extra=dict(m.extra)) for m in marks]
        text = text.replace("\r\n", "\n")
    return _TO_QT.sub(_qt_char, text), marks


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


def _insert_runs(cursor: QTextCursor, text: str, marks: list[Mark], kind: str) -> None:
    pos = 0
    for length, styles in marks_to_runs(len(text), marks):
        cursor.insertText(insertable(text[pos:pos + length]), fmts.char_format(kind, styles))
        pos += length


def _image_data(block: Block) -> str:
    data = {key: getattr(block, key) for key in IMAGE_KEYS}
    data.update(text=block.text, marks=mark_dicts(block.marks), extra=block.extra)
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _insert_image(cursor: QTextCursor, block: Block) -> None:
    fmt = fmts.image_format(cursor.document(), block.src, block.alt or block.caption)
    fmt.setProperty(fmts.IMAGE_DATA, _image_data(block))
    cursor.insertImage(fmt)
    caption = qt_text(block.caption)  # "\r\n" is one line break, as in a text block
    if caption:
        cursor.insertText(LINE_BREAK + caption, fmts.caption_format())


def _set_kind(cursor: QTextCursor, block: Block, prev_list: QTextList | None) -> QTextList | None:
    """Give the cursor's (empty) block the format of ``block``; returns the list it joined."""
    current = cursor.currentList()
    if current is not None and block.type != "list_item":
        current.remove(cursor.block())
    extra = block.extra if block.type != "image" else None
    cursor.setBlockFormat(fmts.block_format(block.type, extra))
    cursor.setBlockCharFormat(fmts.char_format(block.type, {}) if block.type != "image" else fmts.caption_format())
    if block.type != "list_item":
        return None
    if prev_list is not None:
        if cursor.currentList() is not prev_list:
            prev_list.add(cursor.block())
        return prev_list
    current = cursor.currentList()  # asked again: the new block format may have emptied, and so deleted, the list
    if current is not None:
        current.remove(cursor.block())
    return cursor.createList(fmts.list_format())


def _fill(cursor: QTextCursor, block: Block) -> None:
    if block.type == "image":
        _insert_image(cursor, block)
        return
    text, marks = _canonical(block)
    if block.type != "paragraph" or len(text) <= CHAIN_OVER:
        _insert_runs(cursor, text, marks, block.type)
        return
    cuts = chunk_cuts(text)
    for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True):
        if a:
            _continue_paragraph(cursor)
        piece = [Mark(start=m.start - a, end=m.end - a, type=m.type, href=m.href, extra=m.extra)
                 for m in marks if m.start < b and m.end > a]
        _insert_runs(cursor, text[a:b], piece, block.type)


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


def _continue_paragraph(cursor: QTextCursor) -> None:
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
        _continue_paragraph(cursor)
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


def blocks_to_document(blocks: list[Block], doc: QTextDocument) -> None:
    """Replace the content of ``doc`` with ``blocks``, as one edit (one undo step).

    Marks need not be normalised: overlapping or touching marks of a type are merged, and
    where two links overlap the later one wins.
    """
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.removeSelectedText()
    prev_list: QTextList | None = None
    for i, block in enumerate(blocks or [Block()]):
        if i:
            cursor.insertBlock()
        prev_list = _set_kind(cursor, block, prev_list)
        _fill(cursor, block)
    cursor.endEditBlock()


def insert_blocks(cursor: QTextCursor, blocks: list[Block]) -> None:
    """Insert ``blocks`` at ``cursor`` (replacing its selection) as one edit, as a paste does.

    A single text block goes inline into the current block. Otherwise the first text block
    joins the text before the cursor, the others follow as blocks of their own type, and the
    text after the cursor stays in a block of its own.
    """
    if not blocks:
        return
    cursor.beginEditBlock()
    cursor.removeSelectedText()
    here = cursor.block()
    kind = kind_of_block(here)
    if len(blocks) == 1 and blocks[0].type != "image":
        text, marks = _canonical(blocks[0])
        if kind == "image":  # into a caption: plain text
            cursor.insertText(insertable(text), fmts.caption_format())
            cursor.endEditBlock()
            return
        if here.length() == 1 and kind == "paragraph":
            _set_kind(cursor, blocks[0], _neighbour_list(cursor, blocks[0]))
            kind = blocks[0].type
        _insert_runs(cursor, text, marks, kind)
        cursor.endEditBlock()
        return
    if cursor.positionInBlock() < here.length() - 1:  # keep the text after the cursor apart
        cursor.insertBlock()
        cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    prev_list: QTextList | None = None
    for i, block in enumerate(blocks):
        empty = cursor.block().length() == 1 and kind != "image"
        if i == 0 and block.type != "image" and not empty and kind != "image":
            text, marks = _canonical(block)
            _insert_runs(cursor, text, marks, kind)
            prev_list = cursor.currentList()
            continue
        if not (i == 0 and empty):
            cursor.insertBlock()
        prev_list = _set_kind(cursor, block, prev_list or _neighbour_list(cursor, block))
        _fill(cursor, block)
        kind = block.type
    cursor.endEditBlock()


def _neighbour_list(cursor: QTextCursor, block: Block) -> QTextList | None:
    """The list of the previous Qt block, for a list item that should continue it."""
    if block.type != "list_item":
        return None
    prev = cursor.block().previous()
    return prev.textList() if prev.isValid() else None


# ---------------------------------------------------------------- document -> model


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


def _image_block(fmt_data: object, caption: str) -> Block:
    try:
        data = json.loads(fmt_data) if isinstance(fmt_data, str) else {}
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    block = Block(type="image")
    for key in ("src", "credit", "alt", "text"):
        if isinstance(data.get(key), str):
            setattr(block, key, data[key])
    block.caption = nfc(caption[1:] if caption.startswith("\n") else caption)
    marks = data.get("marks") if isinstance(data.get("marks"), list) else []
    block.marks = [Mark(start=m["start"], end=m["end"], type=m["type"], href=m.get("href"), extra=m.get("extra", {}))
                   for m in marks if isinstance(m, dict) and {"start", "end", "type"} <= m.keys()]
    block.extra = data["extra"] if isinstance(data.get("extra"), dict) else {}
    return block


class Continued(Block):
    """What :func:`read_block` reads from a chain's later block: the text goes on the model block
    before it (see :func:`join_continuations`)."""


def _text_block(kind: str, runs: list[tuple[str, Styles]], extra: dict, cls: type[Block] = Block) -> Block:
    raw = "".join(t for t, _ in runs)
    marks = runs_to_marks((len(t), s) for t, s in runs)
    nmap = NfcMap(raw)
    if not nmap.identity:
        for m in marks:
            m.start, m.end = nmap.to_nfc(m.start), nmap.to_nfc(m.end, end=True)
        marks = normalise_marks(nmap.text, marks)
    return cls(type=kind, text=nmap.text, marks=marks, extra=dict(extra))


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


def read_block(block: QTextBlock, start: int = 0, end: int | None = None) -> list[Block]:
    """Model blocks of one Qt block, or of its UTF-16 range ``[start, end)``.

    Usually one block; an image block whose text gained more pictures (e.g. by joining two
    blocks) gives one image block per picture, and text typed before the first picture
    becomes a paragraph of its own, so nothing the user sees is lost.
    """
    text = block.text()
    end = len(text.encode("utf-16-le")) // 2 if end is None else end
    kind = kind_of_block(block)
    extra = fmts.block_extra(block)
    runs: list[tuple[str, Styles]] = []
    out: list[Block] = []
    image_data: object = None
    caption: list[str] = []
    wide = not is_narrow(text)
    for rng in block.textFormats():
        a, b = max(rng.start, start), min(rng.start + rng.length, end)
        if a >= b:
            continue
        piece = text[utf16_to_cp(text, a):utf16_to_cp(text, b)] if wide else text[a:b]
        fmt = rng.format
        if fmt.isImageFormat():
            if kind != "image":
                continue
            if image_data is not None or caption:
                out.append(_image_block(image_data, "".join(caption)) if image_data is not None
                           else Block(text="".join(caption).strip("\n")))
            image_data, caption = fmt.property(fmts.IMAGE_DATA) or json.dumps({"src": fmt.name()}), []
            continue
        piece = piece.replace(LINE_BREAK, "\n")
        if kind == "image":
            caption.append(piece)
        else:
            runs.append((piece, fmts.styles_of(fmt)))
    if kind == "image":
        if image_data is not None:
            out.append(_image_block(image_data, "".join(caption)))
        elif caption:
            out.append(Block(text=nfc("".join(caption))))
        return out
    return [_text_block(kind, runs, extra, Continued if continues(block) else Block)]


def qt_position(block: QTextBlock, cp: int) -> int:
    """Document position of code-point offset ``cp`` in the NFC model text of a text block.

    For underlining a finding: it holds even when the block was typed decomposed (NFD).
    """
    raw = block.text()
    return block.position() + cp_to_utf16(raw, NfcMap(raw).to_raw(cp))


def model_offset(block: QTextBlock, position: int) -> int:
    """Code-point offset in the NFC model text of a text block of a document ``position``."""
    raw = block.text()
    return NfcMap(raw).to_nfc(utf16_to_cp(raw, position - block.position()))


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


def document_to_blocks(doc: QTextDocument) -> list[Block]:
    """The body blocks of ``doc``: NFC text, normalised marks, every block type.

    A document holding nothing but one empty paragraph is an empty body (``[]``), so an
    article without a body stays without one.
    """
    out: list[Block] = []
    block = doc.begin()
    while block.isValid():
        out.extend(read_block(block))
        block = block.next()
    out = join_continuations(out)
    return [] if out == [Block()] else out


def selection_to_blocks(cursor: QTextCursor) -> list[Block]:
    """The body blocks of the cursor's selection (partial first and last blocks included)."""
    doc = cursor.document()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    out: list[Block] = []
    block = doc.findBlock(start)
    while block.isValid() and block.position() <= end:
        a = max(start - block.position(), 0)
        b = min(end - block.position(), block.length() - 1)
        separator_selected = block.position() + block.length() - 1 < end
        if a < b or separator_selected:
            out.extend(read_block(block, a, b))
        block = block.next()
    return join_continuations(out)
