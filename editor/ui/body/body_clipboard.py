"""What the body editor copies and what a paste or drop inserts, as model blocks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor

from editor.model.article import IMAGE_SUFFIXES, Block
from editor.qt.qt_chains import continues, has_chains
from editor.qt.qtdoc import selection_to_blocks
from editor.session.clipboard import blocks_from_bytes, blocks_to_bytes

# The body's own clipboard format: an .article file holding the copied blocks, so copying
# inside ArticleDesk keeps image data, links and block types exactly.
MIME_BLOCKS = "application/x-articledesk-blocks"


def selection_mime(qt_mime: QMimeData, cursor: QTextCursor) -> QMimeData:
    """Qt's formats for the selection (copied out of its lazy subclass) plus the selected blocks."""
    mime = QMimeData()
    blocks = selection_to_blocks(cursor)
    over_cut = _crosses_cut(cursor)
    for name in qt_mime.formats():
        if not (over_cut and name in ("text/html", "text/plain")):  # Qt's would break the paragraph at the cut
            mime.setData(name, qt_mime.data(name))
    if over_cut:
        mime.setText("\n".join(b.caption if b.type == "image" else b.text for b in blocks))
    if blocks:
        mime.setData(MIME_BLOCKS, blocks_to_bytes(blocks))
    return mime


def _crosses_cut(cursor: QTextCursor) -> bool:
    """Whether the selection runs over a cut inside a paragraph held as a chain of Qt blocks."""
    doc = cursor.document()
    if not has_chains(doc):
        return False
    block, last = doc.findBlock(cursor.selectionStart()), doc.findBlock(cursor.selectionEnd())
    while block.isValid() and block != last:
        block = block.next()
        if continues(block):
            return True
    return False


def _local_pictures(source: QMimeData) -> list[str]:
    paths = [url.toLocalFile() for url in source.urls() if url.isLocalFile()]
    return [p for p in paths if Path(p).suffix.lower() in IMAGE_SUFFIXES and Path(p).is_file()]


def can_paste(source: QMimeData) -> bool:
    """Blocks from this app, HTML, text or local picture files."""
    return source.hasFormat(MIME_BLOCKS) or source.hasHtml() or source.hasText() or bool(_local_pictures(source))


def blocks_from_mime(source: QMimeData) -> list[Block]:
    """What a paste or drop of ``source`` inserts: the app's own blocks, local pictures, HTML or text."""
    from editor.model.html_paste import blocks_from_html, blocks_from_text  # loaded on the first paste

    if source.hasFormat(MIME_BLOCKS):
        copied = blocks_from_bytes(bytes(source.data(MIME_BLOCKS).data()))
        if copied is not None:
            return copied
    pictures = _local_pictures(source)
    if pictures:
        return [Block(type="image", src=path) for path in pictures]
    if source.hasHtml():
        blocks = blocks_from_html(source.html())
        if blocks or not source.hasText():
            return blocks
    return blocks_from_text(source.text()) if source.hasText() else []
