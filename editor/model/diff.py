"""What differs between two versions of an article, field by field; the body word by word.

Used by crash recovery ("what differs from the saved file") and the revision history ("what
differs from the current text"). Field names are those of the file ("headline",
"dateline.place", "byline.signoff", "body"...); the interface gives them their labels.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from .article import Article, Award, Block, Quote
from .text import count_words, lex

SAME, ADDED, REMOVED = "same", "added", "removed"
PARAGRAPH_BREAK = "\n"

# Between the lexer's tokens: one punctuation mark with the spaces before it, or spaces.
_BETWEEN = re.compile(r"\s*\S|\s+")

# Fields in the order the fields panel shows them; the body comes last.
FIELD_ORDER = (
    "kicker", "headline", "lede", "dateline.source", "dateline.place", "dateline.date",
    "byline.authors", "byline.signoff", "topic", "tags", "language", "status", "quotes", "awards", "body",
)


@dataclass(frozen=True)
class Piece:
    """A run of text that is the same in both versions, only in the new one, or only in the old."""

    kind: str  # SAME, ADDED or REMOVED
    text: str


@dataclass
class FieldChange:
    """One field that differs: its old and new text and the word-level difference."""

    field: str
    before: str
    after: str
    pieces: list[Piece] = field(default_factory=list)
    formatting_only: bool = False  # body: same words, other formatting or block types

    @property
    def words_added(self) -> int:
        """Words only in the new version."""
        return sum(count_words(p.text) for p in self.pieces if p.kind == ADDED)

    @property
    def words_removed(self) -> int:
        """Words only in the old version."""
        return sum(count_words(p.text) for p in self.pieces if p.kind == REMOVED)


def tokens(text: str) -> list[str]:
    """The text cut into the lexer's tokens and single punctuation marks, each with the spaces before it.

    A change of one comma does not mark the whole word as changed, a changed figure ("12.500",
    "7:30") or link reads as one change, and text added at the end is just that.
    """
    out: list[str] = []
    pos = 0
    for start, end, word in lex(text).tokens:
        gap = text[pos:start]
        if gap and not gap.isspace():  # punctuation: one piece a mark, spaces go to the next
            between = _BETWEEN.findall(gap)
            gap = between.pop() if between[-1].isspace() else ""
            out.extend(between)
        out.append(gap + word)
        pos = end
    out.extend(_BETWEEN.findall(text, pos))
    return out


def _merge(pieces: list[Piece]) -> list[Piece]:
    out: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        if out and out[-1].kind == piece.kind:
            out[-1] = Piece(piece.kind, out[-1].text + piece.text)
        else:
            out.append(piece)
    return out


def word_diff(before: str, after: str) -> list[Piece]:
    """Word-level difference of two texts, as runs of same, removed and added text."""
    a, b = tokens(before), tokens(after)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    pieces: list[Piece] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(Piece(SAME, "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            pieces.append(Piece(REMOVED, "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            pieces.append(Piece(ADDED, "".join(b[j1:j2])))
    return _merge(pieces)


def _block_text(block: Block) -> str:
    return block.caption if block.type == "image" else block.text


def body_diff(before: list[Block], after: list[Block]) -> list[Piece]:
    """The body's difference: paragraphs matched first, then words inside changed paragraphs.

    Paragraphs are separated by PARAGRAPH_BREAK pieces, so long bodies stay quick to compare.
    """
    a = [_block_text(b) for b in before]
    b = [_block_text(x) for x in after]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    pieces: list[Piece] = []

    def paragraph(kind: str, text: str) -> None:
        if pieces:
            pieces.append(Piece(SAME, PARAGRAPH_BREAK))
        pieces.append(Piece(kind, text))

    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for text in a[i1:i2]:
                paragraph(SAME, text)
            continue
        olds, news = a[i1:i2], b[j1:j2]
        paired = min(len(olds), len(news)) if op == "replace" else 0
        for k in range(paired):
            if pieces:
                pieces.append(Piece(SAME, PARAGRAPH_BREAK))
            pieces.extend(word_diff(olds[k], news[k]))
        for text in olds[paired:]:
            paragraph(REMOVED, text)
        for text in news[paired:]:
            paragraph(ADDED, text)
    return _merge_keep_breaks(pieces)


def _merge_keep_breaks(pieces: list[Piece]) -> list[Piece]:
    """Merge neighbours of one kind, keeping paragraph breaks as their own pieces."""
    out: list[Piece] = []
    for piece in pieces:
        if not piece.text:
            continue
        if out and out[-1].kind == piece.kind and PARAGRAPH_BREAK not in (piece.text, out[-1].text):
            out[-1] = Piece(piece.kind, out[-1].text + piece.text)
        else:
            out.append(piece)
    return out


def _quote_line(q: Quote) -> str:
    who = q.speaker + (f" ({q.role})" if q.role else "")
    return f"{who}: “{q.text}”" if q.kind == "direct" else f"{who}: {q.text}"


def _award_line(w: Award) -> str:
    parts = [w.recipient, w.award, w.conferred_by, w.reason]
    return " – ".join(p for p in parts if p)


def field_texts(article: Article) -> dict[str, str]:
    """Every compared field of ``article`` as one text (lists one item a line)."""
    return {
        "kicker": article.kicker,
        "headline": article.headline,
        "lede": article.lede,
        "dateline.source": article.dateline.source,
        "dateline.place": article.dateline.place,
        "dateline.date": article.dateline.date or "",
        "byline.authors": ", ".join(article.byline.authors),
        "byline.signoff": article.byline.signoff,
        "topic": article.topic,
        "tags": "; ".join(article.tags),
        "language": article.language,
        "status": article.status,
        "quotes": "\n".join(_quote_line(q) for q in article.quotes),
        "awards": "\n".join(_award_line(w) for w in article.awards),
    }


def _body_shape(blocks: list[Block]) -> list[tuple]:
    return [(b.type, b.text, [(m.start, m.end, m.type, m.href) for m in b.marks], b.src, b.caption, b.credit, b.alt)
            for b in blocks]


def compare(before: Article | None, after: Article) -> list[FieldChange]:
    """The fields of ``after`` that differ from ``before`` (None: an empty article), in panel order."""
    old = before if before is not None else Article(id=after.id, language=after.language, status=after.status)
    old_texts, new_texts = field_texts(old), field_texts(after)
    changes: list[FieldChange] = []
    for name in FIELD_ORDER:
        if name == "body":
            old_body = "\n".join(_block_text(b) for b in old.body)
            new_body = "\n".join(_block_text(b) for b in after.body)
            if old_body != new_body:
                changes.append(FieldChange("body", old_body, new_body, body_diff(old.body, after.body)))
            elif _body_shape(old.body) != _body_shape(after.body):
                changes.append(FieldChange("body", old_body, new_body, [Piece(SAME, new_body)], formatting_only=True))
            continue
        if old_texts[name] != new_texts[name]:
            changes.append(FieldChange(name, old_texts[name], new_texts[name],
                                       word_diff(old_texts[name], new_texts[name])))
    return changes
