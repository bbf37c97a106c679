"""The body's own clipboard format: the copied blocks written as the text of an .article file,
so copying inside ArticleDesk keeps image data, links and block types exactly.

Here rather than in the body editor's widgets so that no widget module uses the article file's
reader and writer.
"""

from __future__ import annotations

from editor.model.article import Article, Block
from editor.model.article_file import ArticleFileError, dumps, loads


def blocks_to_bytes(blocks: list[Block]) -> bytes:
    """The copied blocks in the .article file format, as the clipboard carries them."""
    return dumps(Article(body=blocks)).encode("utf-8")


def blocks_from_bytes(data: bytes) -> list[Block] | None:
    """The blocks of a copy made by :func:`blocks_to_bytes`, or None when ``data`` is not one."""
    try:
        return loads(data.decode("utf-8")).body
    except (ArticleFileError, UnicodeDecodeError):
        return None
