"""NITF 3.6 XML for agency and CMS ingest, built with lxml (IPTC News Industry Text Format).

``head`` carries the title and ``docdata`` (doc-id = the article's id, issue date, keywords,
and the people and organisations the article names: quoted speakers and award recipients);
``body.head`` the headline, byline, distributor (the outlet), dateline and abstract (sapo);
``body.content`` paragraphs, intertitles (``hl2``), block quotes (``bq`` with ``credit``),
lists, pictures (``media``) and the awards; ``body.end`` the sign-off as ``tagline``. The
house-style dateline marker ("(ANTV) – ") is not printed: the dateline is data here.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from lxml import etree

from editor import __version__
from editor.model.article import Article

from .article_info import ArticleInfo, article_info
from .cleaning import clean_text
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


def _head(root: etree._Element, info: ArticleInfo, article: Article) -> None:
    head = _sub(root, "head")
    _sub(head, "title", info.title)
    _sub(head, "meta", name="generator", content=f"ArticleDesk {__version__}")
    docdata = _sub(head, "docdata", management_status="usable")
    _sub(docdata, "doc-id", id_string=info.id, regsrc=info.outlet)
    if info.published:
        _sub(docdata, "date.issue", norm=norm(info.published))
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


def _media(content: etree._Element, part: Part, base_dir: Path | None) -> None:
    src = part.attrs.get("src", "")
    picture = load_picture(src, base_dir)
    caption, credit, alt = part.text, part.attrs.get("credit", ""), part.attrs.get("alt", "") or part.text
    if picture is None and not is_remote(src) and not caption and not credit:
        return
    media = _sub(content, "media", media_type="image")
    _sub(media, "media-reference", source=src.strip() if is_remote(src) else "",
         mime_type=picture.mime if picture else "", alternate_text=alt)
    if picture is not None:
        _sub(media, "media-object", picture.data_uri().split(",", 1)[1], encoding="base64")
    if caption:
        _sub(media, "media-caption", caption)
    if credit:
        _sub(media, "media-producer", credit)


def _body_content(body: etree._Element, parts: list[Part], base_dir: Path | None) -> None:
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
            _media(content, part, base_dir)


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


def article_to_nitf(article: Article, base_dir: Path | None = None) -> bytes:
    """The article as a well-formed UTF-8 NITF 3.6 document; local pictures are embedded in base64."""
    info = article_info(article)
    parts = article_parts(article, pull_quotes=True)
    root = etree.Element(_q("nitf"), nsmap={None: NITF_NS})
    root.set("version", NITF_VERSION)
    root.set("baselang", info.language_tag)
    _head(root, info, article)
    body = _sub(root, "body")
    _body_head(body, info, parts)
    _body_content(body, parts, base_dir)
    if info.signoff:
        _sub(_sub(body, "body.end"), "tagline", info.signoff)
    _indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"
