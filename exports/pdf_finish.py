"""What QPdfWriter cannot write, added to its PDF afterwards: the bookmarks and the document language.

Qt has no API for a PDF outline or the catalog's /Lang (links it does write itself, from the
anchors of the text it draws). They are appended to Qt's bytes as an incremental update (PDF
1.7, 7.5.6): a new version of the catalog naming the language and the outline, the outline's
objects, and a cross-reference section for them that points back to Qt's. Qt's objects stay as
they were, and no PDF library is loaded for it (pikepdf alone took about 50 ms to import, a
tenth of a whole ``articledesk export --to pdf``). A PDF this module does not recognise as
QPdfWriter's plain layout (an object stream, a cross-reference stream, a nested page tree) is
finished with pikepdf (qpdf) instead, in memory either way: the export pipeline writes the file
atomically, so no half-finished PDF ever reaches the disk.
"""

from __future__ import annotations

import re

_TRAILER = re.compile(rb"trailer\s*<<(?P<body>.*?)>>\s*startxref\s+(?P<xref>\d+)\s+%%EOF\s*$", re.S)
_SIZE = re.compile(rb"/Size\s+(\d+)")
_ROOT = re.compile(rb"/Root\s+(\d+)\s+0\s+R")
_REF = re.compile(rb"(\d+)\s+0\s+R")
_PAGE = re.compile(rb"\d+\s+0\s+obj\s*<<\s*/Type\s*/Page(?![a-zA-Z])")


def finish_pdf(data: bytes, language: str, bookmarks: list[tuple[str, int, float]]) -> bytes:
    """``data`` with /Lang set to ``language`` and one bookmark per (title, page index, top in PDF points).

    A bookmark jumps to its page with the intertitle at the top of the window, at the reader's zoom.
    """
    finished = _incremental(data, language, bookmarks)
    return finished if finished is not None else _with_pikepdf(data, language, bookmarks)


def _text_string(text: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte order mark, in hex (nothing to escape)."""
    return b"<FEFF" + text.encode("utf-16-be", "replace").hex().upper().encode("ascii") + b">"


def _number(value: float) -> bytes:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return (text if text not in ("", "-0") else "0").encode("ascii")


def _offsets(data: bytes, xref: int) -> dict[int, int] | None:
    """Object number -> byte offset, from the cross-reference table at ``xref``; None when it is not one."""
    if not data.startswith(b"xref", xref):
        return None
    lines = data[xref + 4:data.find(b"trailer", xref)].split()
    offsets: dict[int, int] = {}
    i = 0
    try:
        while i < len(lines):
            first, count = int(lines[i]), int(lines[i + 1])
            i += 2
            for n in range(first, first + count):
                offset, _, kind = lines[i:i + 3]
                if kind == b"n":
                    offsets[n] = int(offset)
                i += 3
    except (ValueError, IndexError):
        return None
    return offsets


_DICT = re.compile(rb"(\d+)\s+0\s+obj\s*<<(.*?)>>\s*endobj", re.S)


def _dictionary(data: bytes, offsets: dict[int, int], number: int) -> bytes | None:
    """The body of object ``number``'s dictionary, when it is one without nested dictionaries."""
    if number not in offsets:
        return None
    found = _DICT.match(data, offsets[number])
    if found is None or int(found.group(1)) != number or b"<<" in found.group(2):
        return None
    return found.group(2)


def _incremental(data: bytes, language: str, bookmarks: list[tuple[str, int, float]]) -> bytes | None:
    """The update appended to QPdfWriter's bytes; None when they are not laid out as Qt writes them."""
    tail = _TRAILER.search(data[-4096:])
    if tail is None or data.count(b"startxref") != 1 or b"/ObjStm" in data or b"/XRefStm" in data:
        return None
    body = tail.group("body")
    size, root = _SIZE.search(body), _ROOT.search(body)
    if size is None or root is None or b"/Prev" in body or b"/Encrypt" in body:
        return None
    size_n, root_n = int(size.group(1)), int(root.group(1))
    offsets = _offsets(data, int(tail.group("xref")))
    catalog = _dictionary(data, offsets, root_n) if offsets else None
    if catalog is None or b"/Outlines" in catalog or b"/Lang" in catalog or b"/PageMode" in catalog:
        return None
    pages_ref = re.search(rb"/Pages\s+(\d+)\s+0\s+R", catalog)
    pages = _dictionary(data, offsets, int(pages_ref.group(1))) if pages_ref else None
    kids = re.search(rb"/Kids\s*\[(.*?)\]", pages, re.S) if pages else None
    if kids is None:
        return None
    page_numbers = [int(n) for n in _REF.findall(kids.group(1))]
    for n in page_numbers:  # a flat tree: every kid a page, not another /Pages node
        if n not in offsets or _PAGE.match(data, offsets[n]) is None:
            return None
    items = [(title, page, top) for title, page, top in bookmarks if title.strip() and 0 <= page < len(page_numbers)]
    entries = b"/Type /Catalog" if b"/Type" not in catalog else b""
    new_catalog = catalog.rstrip() + b"\n" + entries
    objects: list[tuple[int, bytes]] = []
    lang = language.strip()
    if lang:
        new_catalog += b"/Lang " + _text_string(lang) + b"\n"
    if items:
        outline = size_n
        first = outline + 1
        last = outline + len(items)
        new_catalog += b"/Outlines %d 0 R\n/PageMode /UseOutlines\n" % outline
        objects.append((outline, b"<<\n/Type /Outlines\n/First %d 0 R\n/Last %d 0 R\n/Count %d\n>>"
                        % (first, last, len(items))))
        for i, (title, page, top) in enumerate(items):
            number = first + i
            entry = b"<<\n/Title " + _text_string(title) + b"\n/Parent %d 0 R\n" % outline
            if i:
                entry += b"/Prev %d 0 R\n" % (number - 1)
            if number < last:
                entry += b"/Next %d 0 R\n" % (number + 1)
            entry += b"/Dest [%d 0 R /XYZ null " % page_numbers[page] + _number(round(top + 2, 2)) + b" null]\n>>"
            objects.append((number, entry))
    objects.insert(0, (root_n, b"<<" + new_catalog + b">>"))
    out = bytearray(data)
    if not out.endswith(b"\n"):
        out += b"\n"
    offsets: dict[int, int] = {}
    for number, text in objects:
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + text + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n"
    for number in sorted(offsets):  # one subsection per object: contiguous runs need no more
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    new_size = max([size_n] + [n + 1 for n in offsets])
    kept = re.sub(rb"/(Size|Root)\s+\d+(\s+0\s+R)?", b"", body).strip()
    out += (b"trailer\n<<\n/Size %d\n/Root %d 0 R\n" % (new_size, root_n) + kept
            + b"\n/Prev %s\n>>\nstartxref\n%d\n%%%%EOF\n" % (tail.group("xref"), xref))
    return bytes(out)


def _with_pikepdf(data: bytes, language: str, bookmarks: list[tuple[str, int, float]]) -> bytes:
    """:func:`finish_pdf` through pikepdf, for a PDF not laid out as QPdfWriter writes it."""
    import io

    import pikepdf
    from pikepdf import Name, OutlineItem, PageLocation, String

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
