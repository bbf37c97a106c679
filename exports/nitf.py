"""NITF 3.6 XML for agency and CMS ingest, built with lxml (IPTC News Industry Text Format).

``head`` carries the title and ``docdata`` (doc-id = the article's id, issue date, keywords,
and the people and organisations the article names: quoted speakers and award recipients);
``body.head`` the headline, byline, distributor (the outlet), dateline and abstract (sapo);
``body.content`` paragraphs, intertitles (``hl2``), block quotes (``bq`` with ``credit``),
lists, pictures (``media``) and the awards; ``body.end`` the sign-off as ``tagline``. The
house-style dateline marker ("(ANTV) – ") is not printed: the dateline is data here.

``management-status`` follows the article's desk status: a draft is "withheld", a ready or sent
article "usable", or "embargoed" (with ``date.release``) while its publication time is ahead.
Local pictures are files beside the XML (``NAME-1.jpg`` next to ``NAME.xml``), named by
``media-reference/@source``; remote ones are only named by their URL, never fetched.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from pathlib import Path

from lxml import etree

from editor import __version__
from editor.model.article import Article

from .article_info import ArticleInfo, article_info
from .cleaning import clean_text
from .companions import ExportFiles, picture_name, picture_reference
from .document import Part, article_parts, quote_credit, split_part
from .images import is_remote, load_picture
from .inline import Run, append_text, link_groups, one_line, runs

NITF_NS = "http://iptc.org/std/NITF/2006-10-18/"
NITF_VERSION = "-//IPTC//DTD NITF 3.6//EN"
# Elements that hold only elements: indented for people reading the file. Text-bearing ones (p,
# li, hl1, byline ...) are never touched, so no whitespace is added to the article's text.
_STRUCTURAL = frozenset(
    "nitf head docdata key-list identified-content body body.head hedline abstract "
    "body.content bq block ul media body.end".split()
)
# The article's desk status -> NITF's docdata management-status (usable, embargoed, withheld,
# canceled). A draft must not run; an unknown status is treated like one.
MANAGEMENT_STATUS = {"draft": "withheld", "ready": "usable", "sent": "usable"}


def _q(tag: str) -> str:
    return f"{{{NITF_NS}}}{tag}"


def _sub(parent: etree._Element, tag: str, text: str = "", attrs: dict[str, str] | None = None,
         **named: str) -> etree._Element:
    """A child element; ``named`` attributes spell "-" as "_", ``attrs`` holds dotted names; empty values are left out."""
    values = {k.replace("_", "-"): v for k, v in named.items()}
    values.update(attrs or {})
    el = etree.SubElement(parent, _q(tag), {k: v for k, v in values.items() if v})
    if text:
        _append_text(el, text)
    return el


def norm(when: datetime | date | None) -> str:
    """NITF's ``norm`` form of a date: ``20260312T184000+0700``, or ``20260312`` for a bare day."""
    if when is None:
        return ""
    if isinstance(when, datetime):
        return when.strftime("%Y%m%dT%H%M%S%z")
    return when.strftime("%Y%m%d")


def _append_text(parent: etree._Element, text: str) -> None:
    """Append ``text``; a line break becomes ``<br/>``."""
    append_text(parent, text, br_tag=_q("br"))


def _append_runs(parent: etree._Element, items: list[Run]) -> None:
    """Runs as ``a`` and ``em`` (class bold, italic or underline) inside ``parent``."""
    for href, group in link_groups(items):
        holder = parent if href is None else _sub(parent, "a", href=href)
        for run in group:
            target = holder
            for cls, on in (("bold", run.bold), ("italic", run.italic), ("underline", run.underline)):
                if on:
                    target = _sub(target, "em", **{"class": cls})
            _append_text(target, run.text)


def management_status(status: str, published: datetime | date | None, now: datetime) -> str:
    """NITF's management-status for an article with desk ``status`` to be published at ``published``."""
    value = MANAGEMENT_STATUS.get(status, "withheld")
    if value == "usable" and isinstance(published, datetime) and published > now:
        return "embargoed"
    return value


def _head(root: etree._Element, info: ArticleInfo, article: Article, now: datetime) -> None:
    head = _sub(root, "head")
    _sub(head, "title", info.title)
    _sub(head, "meta", name="generator", content=f"ArticleDesk {__version__}")
    status = management_status(article.status, info.published, now)
    docdata = _sub(head, "docdata", management_status=status)
    _sub(docdata, "doc-id", id_string=info.id, regsrc=info.outlet)
    if info.published:
        _sub(docdata, "date.issue", norm=norm(info.published))
    if status == "embargoed":
        _sub(docdata, "date.release", norm=norm(info.published))
    if info.outlet:
        _sub(docdata, "doc.copyright", holder=info.outlet)
    if info.tags:
        keys = _sub(docdata, "key-list")
        for tag in info.tags:
            _sub(keys, "keyword", key=tag)
    _identified(docdata, info, article)
    if info.outlet or info.section:
        _sub(head, "pubdata", attrs={"name": info.outlet, "position.section": info.section,
                                     "date.publication": norm(info.published)})
    if info.modified and info.modified != info.published:
        _sub(head, "revision-history", norm=norm(info.modified), comment="updated")


def _identified(docdata: etree._Element, info: ArticleInfo, article: Article) -> None:
    """Places, quoted people and award recipients named by the article."""
    content = etree.Element(_q("identified-content"))
    if info.place:
        _sub(_sub(content, "location"), "city", info.place)
    seen: set[tuple[str, str]] = set()
    for quote in article.quotes:
        name, role = one_line(clean_text(quote.speaker)), one_line(clean_text(quote.role))
        if name and ("person", name) not in seen:
            seen.add(("person", name))
            person = _sub(content, "person", name)
            if role:
                _sub(person, "function", role)
    for award in article.awards:
        name = one_line(clean_text(award.recipient))
        kind = "org" if award.recipient_kind == "collective" else "person"
        if name and (kind, name) not in seen:
            seen.add((kind, name))
            _sub(content, kind, name)
    if len(content):
        docdata.append(content)


def _byline_separator(i: int, count: int, language: str) -> str:
    """What goes before the ``i``-th name, as the house byline joins them (see house_format)."""
    if language.lower().startswith("vi"):
        return " - "
    return " and " if i == count - 1 else ", "


def _body_head(body: etree._Element, info: ArticleInfo, parts: list[Part]) -> None:
    head = _sub(body, "body.head")
    hedline = _sub(head, "hedline")
    _sub(hedline, "hl1", info.title)
    for part in parts:
        if part.role == "kicker":
            _sub(hedline, "hl2", one_line(part.text), **{"class": "kicker"})
    if info.authors:
        byline = _sub(head, "byline")
        for i, name in enumerate(info.authors):
            if i:
                _append_text(byline, _byline_separator(i, len(info.authors), info.language))
            _sub(byline, "person", name)
    if info.outlet:
        _sub(_sub(head, "distributor"), "org", info.outlet)
    if info.place or info.date_text:
        dateline = _sub(head, "dateline")
        if info.place:
            _sub(_sub(dateline, "location"), "city", info.place)
        if info.date_text:
            if info.place:
                _append_text(dateline, ", ")
            _sub(dateline, "story.date", info.date_text, norm=norm(info.published))
    ledes = [piece for part in parts if part.role == "lede" for piece in split_part(part)]
    if ledes:
        abstract = _sub(head, "abstract")
        for piece in ledes:
            _sub(abstract, "p", piece.text)


class _Pictures:
    """The local pictures of one export, numbered in order, as files beside the XML."""

    def __init__(self, base_dir: Path | None, stem: str) -> None:
        self.base_dir = base_dir
        self.stem = stem
        self.files: list[tuple[str, bytes]] = []

    def source(self, src: str) -> tuple[str, str]:
        """``media-reference`` source and mime-type for ``src``: a file beside the XML, the remote URL, or nothing."""
        picture = load_picture(src, self.base_dir)
        if picture is not None:
            # The same photo used twice is one file.
            name = next((n for n, data in self.files if data == picture.data), "")
            if not name:
                name = picture_name(self.stem, len(self.files) + 1, picture.mime)
                self.files.append((name, picture.data))
            return picture_reference(name), picture.mime
        return (src.strip(), "") if is_remote(src) else ("", "")


def _media(content: etree._Element, part: Part, pictures: _Pictures) -> None:
    src = part.attrs.get("src", "")
    caption, credit, alt = part.text, part.attrs.get("credit", ""), part.attrs.get("alt", "") or part.text
    source, mime = pictures.source(src)
    if not source and not caption and not credit:
        return
    media = _sub(content, "media", media_type="image")
    _sub(media, "media-reference", source=source, mime_type=mime, alternate_text=alt)
    if caption:
        _sub(media, "media-caption", caption)
    if credit:
        _sub(media, "media-producer", credit)


def _body_content(body: etree._Element, parts: list[Part], pictures: _Pictures) -> None:
    content = _sub(body, "body.content")
    current_list: etree._Element | None = None
    for part in parts:
        if part.role not in ("list_item", "award"):
            current_list = None
        if part.role == "paragraph":
            for piece in split_part(part):
                _append_runs(_sub(content, "p"), runs(piece.text, piece.marks))
        elif part.role in ("heading", "awards_heading"):
            _append_runs(_sub(content, "hl2"), runs(part.text, part.marks))
        elif part.role in ("quote", "pullquote"):
            bq = _sub(content, "bq")
            block = _sub(bq, "block")
            for piece in split_part(part):
                _append_runs(_sub(block, "p"), runs(piece.text, piece.marks))
            if quote_credit(part.attrs):
                _sub(bq, "credit", quote_credit(part.attrs))
        elif part.role in ("list_item", "award"):
            if current_list is None:
                current_list = _sub(content, "ul")
            for piece in split_part(part):
                _append_runs(_sub(current_list, "li"), runs(piece.text, piece.marks))
        elif part.role == "image":
            _media(content, part, pictures)


def _indent(el: etree._Element, level: int = 0) -> None:
    """Line breaks and two-space indents between the children of structural elements only."""
    if etree.QName(el).localname not in _STRUCTURAL or len(el) == 0 or (el.text or "").strip():
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in el:
        _indent(child, level + 1)
        child.tail = pad
    el[-1].tail = "\n" + "  " * level


def nitf_files(article: Article, base_dir: Path | None = None, name: str = "article",
               now: datetime | None = None) -> ExportFiles:
    """The article as a well-formed UTF-8 NITF 3.6 document ``name``.xml and its local pictures,
    ``name``-1.jpg, ``name``-2.png ... to be written beside it (``now``: when, for the embargo)."""
    info = article_info(article)
    parts = article_parts(article, pull_quotes=True)
    pictures = _Pictures(base_dir, name)
    root = etree.Element(_q("nitf"), nsmap={None: NITF_NS})
    root.set("version", NITF_VERSION)
    root.set("baselang", info.language_tag)
    _head(root, info, article, now or datetime.now(timezone.utc))
    body = _sub(root, "body")
    _body_head(body, info, parts)
    _body_content(body, parts, pictures)
    if info.signoff:
        _sub(_sub(body, "body.end"), "tagline", info.signoff)
    _indent(root)
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"
    return ExportFiles(xml, tuple(pictures.files))


def article_to_nitf(article: Article, base_dir: Path | None = None, name: str = "article",
                    now: datetime | None = None) -> bytes:
    """The XML of :func:`nitf_files` alone (its pictures are named ``name``-1.jpg ... but not written)."""
    return nitf_files(article, base_dir, name, now).main
