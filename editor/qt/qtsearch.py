"""The Qt side of find and replace: the body's texts for :mod:`editor.session.search`, and the
widget positions (UTF-16, typed text maybe NFD) of the matches it returns.

The session searches NFC model text and counts code points; the conversion to positions in a
field widget or in the body document goes through :class:`~editor.qt.finding_spans.TextMap`
(and so through :mod:`editor.qt.qtdoc`), the one place that knows both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from editor.model.article import Block
from editor.qt.finding_spans import TextMap, block_text_map
from editor.qt.qtdoc import kind_of_block
from editor.session.search import SearchOptions, find_in_text


@dataclass(frozen=True)
class Query:
    """What the user searches for and how."""

    text: str
    case_sensitive: bool = False
    whole_word: bool = False
    ignore_accents: bool = False

    @property
    def options(self) -> SearchOptions:
        """The session's options for this query."""
        return SearchOptions(self.case_sensitive, self.whole_word, self.ignore_accents)


def block_map(block: QTextBlock) -> TextMap:
    """The searched model text of a body block (an image block's caption) and the way back."""
    return block_text_map(block.text(), kind_of_block(block))


def body_texts(doc: QTextDocument) -> list[Block]:
    """One model block per Qt block, holding the text the search reads (NFC; captions of images)."""
    out: list[Block] = []
    block = doc.begin()
    while block.isValid():
        kind, text = kind_of_block(block), block_map(block).text
        out.append(Block(type="image", caption=text) if kind == "image" else Block(type=kind, text=text))
        block = block.next()
    return out


def body_range(doc: QTextDocument, index: int, start: int, end: int) -> tuple[int, int] | None:
    """Document positions of the model offsets ``[start, end)`` of body block ``index``."""
    block = doc.findBlockByNumber(index)
    if not block.isValid():
        return None
    tmap = block_map(block)
    return block.position() + tmap.to_widget(start), block.position() + tmap.to_widget(end, end=True)


def body_place(doc: QTextDocument, position: int) -> tuple[int, int]:
    """``(block index, model offset)`` of a document position (where a search starts from)."""
    block = doc.findBlock(position)
    return block.blockNumber(), block_map(block).to_model(position - block.position())


def text_range(raw: str, start: int, end: int, part: int | None = None,
               parts: Sequence[str] = ()) -> tuple[int, int] | None:
    """Widget positions of the model offsets ``[start, end)`` in a field widget's text ``raw``.

    For a list shown in one box (tags, authors) the offsets are in item ``part`` of ``parts``,
    whose values stand in the text in order; None when the box no longer shows it.
    """
    tmap = TextMap(raw)
    base = pos = 0
    for value in parts[: part + 1] if part is not None else ():
        base = tmap.text.find(value, pos)
        if base < 0:
            return None
        pos = base + len(value)
    return tmap.to_widget(base + start), tmap.to_widget(base + end, end=True)


def text_offset(raw: str, position: int) -> int:
    """The model offset of a widget position in ``raw``."""
    return TextMap(raw).to_model(position)


def all_matches(doc: QTextDocument, query: Query) -> list[tuple[int, int]]:
    """Every match in the body in document order, as ``(start, end)`` Qt positions."""
    out: list[tuple[int, int]] = []
    block = doc.begin()
    while block.isValid():
        tmap = block_map(block)
        base = block.position()
        for start, end in find_in_text(tmap.text, query.text, query.options):
            out.append((base + tmap.to_widget(start), base + tmap.to_widget(end, end=True)))
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


def selection_matches(cursor: QTextCursor, query: Query) -> bool:
    """Whether the cursor's selection is exactly one match of ``query``."""
    if not cursor.hasSelection():
        return False
    return (cursor.selectionStart(), cursor.selectionEnd()) in all_matches(cursor.document(), query)
