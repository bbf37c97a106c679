"""The one bridge between QTextDocument and the model's body blocks.

Offsets and characters between the model and Qt are :mod:`editor.qt.qt_text`'s; long
paragraphs held as chains of Qt blocks are :mod:`editor.qt.qt_chains`'s.

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

import json

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextList

from editor.model.article import IMAGE_KEYS, Block, Mark
from editor.model.marks import Styles, mark_dicts, marks_to_runs, normalise_marks, runs_to_marks
from editor.model.text import nfc
from editor.qt import qtformats as fmts
from editor.qt.qt_chains import CHAIN_OVER, Continued, chunk_cuts, continue_paragraph, continues, join_continuations
from editor.qt.qt_text import (
    LINE_BREAK,
    NfcMap,
    cp_to_utf16,
    insertable,
    is_narrow,
    kind_of_block,
    qt_text,
    utf16_to_cp,
)


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
    return qt_text(text), marks  # the \r\n are gone already


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
            continue_paragraph(cursor)
        piece = [Mark(start=m.start - a, end=m.end - a, type=m.type, href=m.href, extra=m.extra)
                 for m in marks if m.start < b and m.end > a]
        _insert_runs(cursor, text[a:b], piece, block.type)


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


def _text_block(kind: str, runs: list[tuple[str, Styles]], extra: dict, cls: type[Block] = Block) -> Block:
    raw = "".join(t for t, _ in runs)
    marks = runs_to_marks((len(t), s) for t, s in runs)
    nmap = NfcMap(raw)
    if not nmap.identity:
        for m in marks:
            m.start, m.end = nmap.to_nfc(m.start), nmap.to_nfc(m.end, end=True)
        marks = normalise_marks(nmap.text, marks)
    return cls(type=kind, text=nmap.text, marks=marks, extra=dict(extra))


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
