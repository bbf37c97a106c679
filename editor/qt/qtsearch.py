"""The Qt side of find and replace: the body's texts for :mod:`editor.session.search`, and the
widget positions (UTF-16, typed text maybe NFD) of the matches it returns.

The session searches NFC model text and counts code points; the conversion to positions in a
field widget or in the body document goes through :class:`~editor.qt.finding_spans.TextMap`
(and so through :mod:`editor.qt.qt_text`), the one place that knows both. A paragraph held as a
chain of Qt blocks (see :mod:`editor.qt.qt_chains`) is searched as one text, so a match may run over
a cut.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from editor.model.article import Block
from editor.qt.finding_spans import TextMap, block_text_map
from editor.qt.qt_chains import chain_of, continues, has_chains, paragraph_heads, paragraph_of
from editor.qt.qt_text import kind_of_block
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


class ParagraphMap:
    """The searched model text of one body block held in one or more Qt blocks (a chain), and
    the way from its model offsets to document positions and back."""

    def __init__(self, blocks: list[QTextBlock]) -> None:
        self.blocks = blocks
        self.kind = kind_of_block(blocks[0])
        self.maps = [block_map(b) for b in blocks]
        self.starts: list[int] = []
        pos = 0
        for tmap in self.maps:
            self.starts.append(pos)
            pos += len(tmap.text)
        self.text = "".join(m.text for m in self.maps) if len(self.maps) > 1 else self.maps[0].text

    def position(self, cp: int, end: bool = False) -> int:
        """Document position of model offset ``cp`` (an end on a cut: the end of the block before)."""
        i = bisect.bisect_left(self.starts, cp) - 1 if end else bisect.bisect_right(self.starts, cp) - 1
        i = max(i, 0)
        return self.blocks[i].position() + self.maps[i].to_widget(cp - self.starts[i], end=end)

    def offset(self, position: int) -> int:
        """Model offset of a document ``position`` in one of the blocks."""
        for block, tmap, start in zip(self.blocks, self.maps, self.starts, strict=True):
            if position < block.position() + block.length() or block == self.blocks[-1]:
                return start + tmap.to_model(position - block.position())
        return len(self.text)


def paragraphs(doc: QTextDocument) -> Iterator[list[QTextBlock]]:
    """The Qt blocks of each body block, in order (one each, but for a chain)."""
    chains = has_chains(doc)
    group: list[QTextBlock] = []
    block = doc.begin()
    while block.isValid():
        if group and chains and continues(block) and kind_of_block(group[0]) != "image":
            group.append(block)
        else:
            if group:
                yield group
            group = [block]
        block = block.next()
    if group:
        yield group


def _paragraph(doc: QTextDocument, index: int) -> list[QTextBlock] | None:
    if has_chains(doc):
        heads = paragraph_heads(doc)
        if not 0 <= index < len(heads):
            return None
        return chain_of(doc.findBlockByNumber(heads[index]))
    block = doc.findBlockByNumber(index)
    return [block] if block.isValid() else None


def body_texts(doc: QTextDocument) -> list[Block]:
    """One model block per body block (a chain is one), holding the text the search reads (NFC;
    captions of images)."""
    out: list[Block] = []
    for group in paragraphs(doc):
        pmap = ParagraphMap(group)
        kind, text = pmap.kind, pmap.text
        out.append(Block(type="image", caption=text) if kind == "image" else Block(type=kind, text=text))
    return out


def body_range(doc: QTextDocument, index: int, start: int, end: int) -> tuple[int, int] | None:
    """Document positions of the model offsets ``[start, end)`` of body block ``index``."""
    group = _paragraph(doc, index)
    if group is None:
        return None
    pmap = ParagraphMap(group)
    return pmap.position(start), pmap.position(end, end=True)


def body_place(doc: QTextDocument, position: int) -> tuple[int, int]:
    """``(block index, model offset)`` of a document position (where a search starts from)."""
    block = doc.findBlock(position)
    if not has_chains(doc):
        return block.blockNumber(), block_map(block).to_model(position - block.position())
    group = chain_of(block)
    return paragraph_of(doc, group[0].blockNumber()), ParagraphMap(group).offset(position)


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
    for group in paragraphs(doc):
        pmap = ParagraphMap(group)
        for start, end in find_in_text(pmap.text, query.text, query.options):
            out.append((pmap.position(start), pmap.position(end, end=True)))
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
