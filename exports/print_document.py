"""The article's text as QTextDocuments laid out for the print device, one block per paragraph.

The head (date line, kicker, headline, sapo) is laid out at the full text width, the rest at the
column width. Each paragraph becomes one QTextBlock built with the cursor API (justification by
block alignment, outputs.md §0), and one :class:`Piece` telling the line flow how far each of
its lines advances and the painter what to draw. Spacing between paragraphs is the flow's job,
so block margins stay zero here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPaintDevice,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from .document import BLOCK_ROLES, Part, quote_credit, split_part
from .furniture import FURNITURE_ROLES, is_furniture
from .images import load_picture
from .inline import runs
from .print_breaks import can_hyphenate, hyphenation_points, insert_soft_hyphens
from .print_flow import FlowBlock
from .print_justify import Metrics, rebreak
from .print_layout import HEAD_ROLES, PrintOptions

_ALIGN = {
    "justify": Qt.AlignmentFlag.AlignJustify, "left": Qt.AlignmentFlag.AlignLeft,
    "right": Qt.AlignmentFlag.AlignRight, "center": Qt.AlignmentFlag.AlignHCenter,
}
GREY = QColor(80, 80, 80)
BLACK = QColor(0, 0, 0)
PICTURE_MAX_SHARE = (0.33, 0.45)  # of a column's height, with one and with two columns
# Ligatures come out of the PDF as "ﬁ" (U+FB01): copied or searched text would not match the article.
NO_LIGATURES = {QFont.Tag("liga"): 0, QFont.Tag("clig"): 0}


def _breaks(text: str) -> str:
    """Line breaks as Qt's line separator (a "\\n" would start a new paragraph)."""
    return text.replace("\n", "\u2028")


def _one_break(text: str) -> str:
    """For one-paragraph fields (headline, kicker, byline …): a paragraph break prints as a line break."""
    return _breaks(re.sub(r"\n{2,}", "\n", text))


@dataclass(frozen=True)
class Look:
    """How a role prints; sizes and spaces are multiples of the base font size."""

    size: float = 1.0
    bold: bool = False
    italic: bool = False
    align: str = "justify"
    before: float = 0.0
    after: float = 0.45  # about 5 pt at 11 pt (P4: paragraph spacing 4–6 pt)
    left: float = 0.0
    right: float = 0.0
    bullet: bool = False  # a bullet hangs in the left margin
    spacing: float | None = None  # line spacing for this role; None = the page set-up's
    keep: bool = False  # keep with the next block
    keep_prev: int = 0  # lines of the text before that stay in this block's column (never stranded)
    grey: bool = False
    decor: str = ""  # "bar" (quote), "rules" (pull quote), "rule_above" (awards)


LOOKS: dict[str, Look] = {
    "date": Look(size=0.85, align="left", after=0.35, spacing=1.25, grey=True),
    "kicker": Look(size=0.9, bold=True, align="left", after=0.15, spacing=1.25, grey=True),
    "headline": Look(size=2.2, bold=True, align="left", after=0.55, spacing=1.12),
    "lede": Look(bold=True, after=0.9),
    "paragraph": Look(),
    "heading": Look(size=1.05, bold=True, align="left", before=0.9, after=0.25, keep=True),
    "quote": Look(italic=True, before=0.3, after=0.35, left=1.3, right=0.8, decor="bar"),
    "quote_credit": Look(size=0.9, align="right", after=0.6, right=0.8, keep_prev=2),
    "pullquote": Look(size=1.15, italic=True, align="left", before=0.9, after=0.2, left=0.5, right=0.5,
                      spacing=1.25),
    "pullquote_credit": Look(size=0.9, align="right", after=0.9, right=0.5, keep_prev=2),
    "list_item": Look(after=0.25, left=1.2, bullet=True),
    "image": Look(before=0.35, after=0.25, keep=True),
    "caption": Look(size=0.85, italic=True, align="left", after=0.7, grey=True, spacing=1.25, keep_prev=2),
    # a web photo, never downloaded: its caption in a box (print_layout.photo_box)
    "photo_box": Look(size=0.85, align="center", before=0.7, after=1.0, left=0.6, right=0.6, spacing=1.3,
                      decor="box"),
    "awards_heading": Look(bold=True, align="left", before=1.1, after=0.35, keep=True, decor="rule_above"),
    "award": Look(after=0.25, left=1.2, bullet=True),
    "byline": Look(bold=True, align="right", before=0.9, after=0.1, keep=True, keep_prev=2),
    "signoff": Look(align="right", after=0.0, keep_prev=2),
}


@dataclass
class Piece:
    """One flow block: a text block of one of the documents, or a picture."""

    role: str
    flow: FlowBlock
    block: QTextBlock | None = None
    image: QImage | None = None
    image_size: QSizeF = field(default_factory=QSizeF)
    offsets: list[float] = field(default_factory=list)  # top of the glyphs inside each line's advance
    decor: str = ""  # words: "bar", "rule_above", "rule_below", "bullet"
    bullet_font: QFont | None = None


def _document(device: QPaintDevice, width: float, font: QFont) -> QTextDocument:
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setTextWidth(width)
    return doc


class PrintDocuments:
    """The article's paragraphs laid out for ``device``; keep this object while pages are painted."""

    def __init__(self, parts: list[Part], options: PrintOptions, family: str, device: QPaintDevice,
                 full_width: float, column_width: float, column_height: float, base_dir: Path | None,
                 language: str = "") -> None:
        self.options = options
        # English is hyphenated (soft hyphens in the laid-out text only), Vietnamese never
        self.hyphenation = language if can_hyphenate(language) else ""
        self.family = family
        self.device = device
        self.px = device.logicalDpiY() / 72.0  # device pixels per point
        self.base = options.font_size
        font = QFont(family)
        font.setPointSizeF(self.base)
        for tag, value in NO_LIGATURES.items():
            font.setFeature(tag, value)
        self.head = _document(device, full_width, font)
        self.body = _document(device, column_width, font)
        self.column_width = column_width
        self.column_height = column_height
        self.base_dir = base_dir
        self.pieces: list[Piece] = []
        self._started: set[int] = set()
        self._pending: list[tuple[QTextDocument, Piece]] = []
        cursors = {id(self.head): QTextCursor(self.head), id(self.body): QTextCursor(self.body)}
        for cursor in cursors.values():
            cursor.beginEditBlock()
        self._cursors = cursors
        for part in parts:
            self._add_part(part)
        for cursor in cursors.values():
            cursor.endEditBlock()
        self._measure()

    # ------------------------------------------------------------ building

    def char_format(self, look: Look) -> QTextCharFormat:
        """The character format of a role: family, size, weight, slant, colour."""
        fmt = QTextCharFormat()
        fmt.setFontFamilies([self.family])
        fmt.setFontPointSize(self.base * look.size)
        fmt.setFontWeight(QFont.Weight.Bold if look.bold else QFont.Weight.Normal)
        fmt.setFontItalic(look.italic)
        fmt.setForeground(GREY if look.grey else BLACK)
        fmt.setFontFeatures(NO_LIGATURES)
        return fmt

    def _block_format(self, look: Look, inset: float = 0.0) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setAlignment(_ALIGN[look.align])
        fmt.setLeftMargin(look.left * self.base * self.px + inset)
        fmt.setRightMargin(look.right * self.base * self.px + inset)
        return fmt

    def _text_piece(self, role: str, look_name: str, text: str, part: Part | None = None, full: bool = False,
                    inset: float = 0.0) -> None:
        """One paragraph; ``inset`` narrows it on both sides (a caption under a narrower picture)."""
        look = LOOKS[look_name]
        doc = self.head if full else self.body
        cursor = self._cursors[id(doc)]
        char = self.char_format(look)
        block = self._block_format(look, inset)
        if id(doc) in self._started:
            cursor.insertBlock(block, char)
        else:
            cursor.setBlockFormat(block)
            cursor.setBlockCharFormat(char)
            self._started.add(id(doc))
        breaks = _breaks if role in BLOCK_ROLES else _one_break
        if part is not None and part.prefix:
            cursor.insertText(breaks(part.prefix), char)
        if part is None:
            cursor.insertText(breaks(text), char)
        points = hyphenation_points(text, self.hyphenation) if self.hyphenation and look.align == "justify" else []
        offset = 0
        styled = runs(text, part.marks) if part is not None else []
        # Italic as written: a paragraph italic throughout stays italic in an italic role (a block
        # quote); only emphasis inside italic text, a part of it marked italic, turns upright.
        upright = look.italic and not all(r.italic for r in styled if r.text.strip())
        for run in styled:
            run_text = insert_soft_hyphens(run.text, [p - offset for p in points if offset < p < offset + len(run.text)])
            offset += len(run.text)
            fmt = QTextCharFormat(char)
            if run.bold:
                fmt.setFontWeight(QFont.Weight.Bold)
            if run.italic:
                fmt.setFontItalic(not upright)
            if run.underline:
                fmt.setFontUnderline(True)
            if run.href:  # QPdfWriter makes a clickable link of every line the text is drawn on
                fmt.setAnchor(True)
                fmt.setAnchorHref(run.href)
            cursor.insertText(breaks(run_text), fmt)
        flow = FlowBlock([], self.pt(look.before), self.pt(look.after), keep_with_next=look.keep, full_width=full,
                         keep_with_previous=look.keep_prev)
        piece = Piece(role, flow, decor=look.decor + (" bullet" if look.bullet else ""))
        if look.bullet:  # painted in the margin, so justification never stretches the gap after it
            piece.bullet_font = char.font()
        self.pieces.append(piece)
        self._pending.append((doc, piece))

    def _add_part(self, part: Part) -> None:
        full = part.role in HEAD_ROLES
        if part.role == "image":
            self._picture(part)
            return
        if part.role in ("quote", "pullquote"):
            pieces = [p for p in split_part(part) if p.text.strip() and not is_furniture(p.text)]
            if not pieces:
                return
            first = len(self.pieces)
            for piece in pieces:
                self._text_piece(part.role, part.role, piece.text, piece)
            credit = quote_credit(part.attrs)
            if credit:
                self.pieces[-1].flow.keep_with_next = True
                self._text_piece(f"{part.role}_credit", f"{part.role}_credit", f"— {credit}")
            if part.role == "pullquote":  # set off between two rules
                self.pieces[first].decor += " rule_above"
                self.pieces[-1].decor += " rule_below"
            return
        for piece in split_part(part):
            if part.role in FURNITURE_ROLES and not piece.prefix and is_furniture(piece.text):
                continue  # one paragraph of a multi-paragraph block that is only web chrome (V8)
            if piece.text.strip() or piece.prefix.strip():
                self._text_piece(part.role, part.role if part.role in LOOKS else "paragraph", piece.text, piece, full)

    def _picture(self, part: Part) -> None:
        picture = load_picture(part.attrs.get("src", ""), self.base_dir)
        image = QImage.fromData(picture.data) if picture is not None else QImage()
        shown = 0.0
        if not image.isNull() and image.width() > 0 and image.height() > 0:
            width = self.column_width
            height = width * image.height() / image.width()
            limit = self.column_height * PICTURE_MAX_SHARE[self.options.columns > 1]
            if height > limit:
                width, height = width * limit / height, limit
            look = LOOKS["image"]
            flow = FlowBlock([height], self.pt(look.before), self.pt(look.after), keep_with_next=True,
                             splittable=False)
            self.pieces.append(Piece("image", flow, image=image, image_size=QSizeF(width, height)))
            shown = width
        credit = part.attrs.get("credit", "")
        caption = part.text + (f" ({credit})" if part.text and credit else credit)
        if caption.strip():
            inset = (self.column_width - shown) / 2 if shown else 0.0
            self._text_piece("caption", "caption", caption, inset=inset)
        elif shown:
            self.pieces[-1].flow.keep_with_next = False

    # ------------------------------------------------------------ measuring

    def pt(self, multiple: float) -> float:
        """``multiple`` of the base font size, in device pixels."""
        return multiple * self.base * self.px

    def _measure(self) -> None:
        """Line advances of every text piece, once both documents are laid out."""
        self.head.size()  # finishes the layout
        self.body.size()
        blocks = {id(self.head): self.head.begin(), id(self.body): self.body.begin()}
        metrics = Metrics(self.device)
        for doc, piece in self._pending:
            block = blocks[id(doc)]
            blocks[id(doc)] = block.next()
            look = LOOKS.get(piece.role, LOOKS["paragraph"])
            spacing = look.spacing if look.spacing is not None else self.options.line_spacing
            nominal = self.pt(look.size * spacing)
            layout = block.layout()
            if layout.lineCount() > 1 and block.blockFormat().alignment() == _ALIGN["justify"]:
                rebreak(block, metrics)  # line ends chosen over the whole paragraph (print_breaks)
            piece.block = block
            for n in range(layout.lineCount()):
                height = layout.lineAt(n).height()
                advance = max(height, nominal)
                piece.flow.lines.append(advance)
                piece.offsets.append((advance - height) / 2)
        self._pending.clear()

    def flow_blocks(self) -> list[FlowBlock]:
        """The flow's view of every piece, in reading order (pieces without lines left out)."""
        self.pieces = [p for p in self.pieces if p.flow.lines]
        return [p.flow for p in self.pieces]
