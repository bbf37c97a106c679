"""What QPdfWriter cannot write, added to its PDF afterwards: the bookmarks and the document language.

Qt has no API for a PDF outline or the catalog's /Lang (links it does write itself, from the
anchors of the text it draws). The finished bytes are opened with pikepdf (qpdf), given an
outline entry per intertitle and the article's language, and written again, all in memory: the
export pipeline writes the file atomically, so no half-finished PDF ever reaches the disk.
"""

from __future__ import annotations

import io

import pikepdf
from pikepdf import Name, OutlineItem, PageLocation, String


def finish_pdf(data: bytes, language: str, bookmarks: list[tuple[str, int, float]]) -> bytes:
    """``data`` with /Lang set to ``language`` and one bookmark per (title, page index, top in PDF points).

    A bookmark jumps to its page with the intertitle at the top of the window, at the reader's zoom.
    """
    with pikepdf.open(io.BytesIO(data)) as pdf:
        if language.strip():
            pdf.Root.Lang = String(language.strip())
        pages = len(pdf.pages)
        items = [(title, page, top) for title, page, top in bookmarks if title.strip() and 0 <= page < pages]
        if items:
            with pdf.open_outline() as outline:
                for title, page, top in items:
                    outline.root.append(OutlineItem(title, page, PageLocation.XYZ, top=round(top + 2, 2)))
            pdf.Root.PageMode = Name.UseOutlines  # a reader shows the bookmarks beside the pages
        out = io.BytesIO()
        pdf.save(out, static_id=False)
    return out.getvalue()
