"""The rich-text body editor."""

from __future__ import annotations

from PySide6.QtWidgets import QTextEdit

from editor.model.article import Block
from editor.qtdoc import blocks_to_document, document_to_blocks


class BodyEditor(QTextEdit):
    """Rich-text editor for the article body; reads and writes model blocks."""

    def set_blocks(self, blocks: list[Block]) -> None:
        """Replace the whole body with ``blocks`` (clears the undo history)."""
        blocks_to_document(blocks, self.document())
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)

    def blocks(self) -> list[Block]:
        """The body as model blocks."""
        return document_to_blocks(self.document())
