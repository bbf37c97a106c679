"""The one bridge between QTextDocument and the model's body blocks."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from editor.model.article import Block


def blocks_to_document(blocks: list[Block], doc: QTextDocument) -> None:
    """Replace the content of ``doc`` with ``blocks``."""
    doc.clear()
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for i, block in enumerate(blocks):
        if i:
            cursor.insertBlock()
        cursor.insertText(block.text)
    cursor.endEditBlock()


def document_to_blocks(doc: QTextDocument) -> list[Block]:
    """The blocks of ``doc`` (paragraphs only in this first version)."""
    out = []
    b = doc.begin()
    while b.isValid():
        out.append(Block(type="paragraph", text=b.text()))
        b = b.next()
    return out
