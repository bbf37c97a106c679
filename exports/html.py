"""A self-contained HTML page that reads like a news article (outputs.md §2, H1–H6).

Masthead, headline, date line, bold sapo with the house-style dateline marker, body (quotes as
``figure > blockquote + figcaption``), awards in their own section, right-aligned byline, a
schema.org NewsArticle in JSON-LD and a print style sheet. The tree is built with lxml, so
every user string is escaped; the body also passes the nh3 allow-list (:mod:`.html_body`).
Images are embedded as ``data:`` URIs, so the page makes no external request.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from lxml import etree
from lxml import html as lhtml

from editor import __version__
from editor.model.article import Article
from editor.model.dates import article_date_line
from editor.resources import resource_path

from .article_info import ArticleInfo, article_info, iso
from .document import Part, article_parts, split_part
from .html_body import append_text, body_elements
from .images import is_remote


@lru_cache(maxsize=1)
def page_css() -> str:
    """The page's style sheet (screen and print), inlined into every page."""
    return resource_path("templates", "article.css").read_text(encoding="utf-8")


def json_for_script(data: object) -> str:
    """JSON that can sit inside ``<script>``: ``<``, ``>`` and ``&`` are written as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def json_ld(info: ArticleInfo, parts: list[Part]) -> dict[str, object]:
    """The schema.org NewsArticle describing the page; ``headline`` equals the ``h1``."""
    data: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": info.title}
    if info.description:
        data["description"] = info.description
    data["inLanguage"] = info.language_tag
    if info.published:
        data["datePublished"] = iso(info.published)
    if info.modified:
        data["dateModified"] = iso(info.modified)
    if info.authors:
        data["author"] = [{"@type": "Person", "name": name} for name in info.authors]
    if info.outlet:
        data["publisher"] = {"@type": "Organization", "name": info.outlet}
    dateline = ", ".join(x for x in (info.place, info.date_text) if x)
    if dateline:
        data["dateline"] = dateline
    if info.section:
        data["articleSection"] = info.section
    if info.tags:
        data["keywords"] = list(info.tags)
    images = [p.attrs["src"].strip() for p in parts if p.role == "image" and is_remote(p.attrs.get("src", ""))]
    if images:
        data["image"] = images
    data["identifier"] = info.id
    return data


def _sub(parent: etree._Element, tag: str, text: str = "", **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, **attrs)
    if text:
        append_text(el, text)
    return el


def _head(html: etree._Element, info: ArticleInfo, parts: list[Part]) -> None:
    head = etree.SubElement(html, "head")
    etree.SubElement(head, "meta", charset="utf-8")
    etree.SubElement(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    title = etree.SubElement(head, "title")
    title.text = info.title or info.outlet or "ArticleDesk"  # a page title may not be empty
    if info.description:
        etree.SubElement(head, "meta", name="description", content=info.description)
    if info.byline:
        etree.SubElement(head, "meta", name="author", content=info.byline)
    etree.SubElement(head, "meta", name="generator", content=f"ArticleDesk {__version__}")
    style = etree.SubElement(head, "style")
    style.text = page_css()
    script = etree.SubElement(head, "script", type="application/ld+json")
    script.text = json_for_script(json_ld(info, parts))


def _article_header(article_el: etree._Element, info: ArticleInfo, parts: list[Part]) -> None:
    header = etree.SubElement(article_el, "header")
    for part in parts:
        if part.role == "kicker":
            _sub(header, "p", part.text, **{"class": "kicker"})
    etree.SubElement(header, "h1").text = info.title
    shown = info.date_text or (article_date_line(iso(info.published), info.language.split("-")[0]) if info.published else "")
    if shown:
        line = etree.SubElement(header, "p", **{"class": "dateline"})
        time = etree.SubElement(line, "time")
        if info.published:
            time.set("datetime", iso(info.published))
        time.text = shown


def _lede(article_el: etree._Element, parts: list[Part]) -> None:
    for part in parts:
        if part.role != "lede":
            continue
        for piece in split_part(part):
            p = etree.SubElement(article_el, "p", **{"class": "lede"})
            if piece.prefix:
                _sub(p, "span", piece.prefix, **{"class": "dateline-marker"})
            append_text(p, piece.text)


def _awards(article_el: etree._Element, parts: list[Part]) -> None:
    heading = next((p for p in parts if p.role == "awards_heading"), None)
    awards = [p for p in parts if p.role == "award"]
    if heading is None or not awards:
        return
    section = etree.SubElement(article_el, "section", **{"class": "awards"})
    _sub(section, "h2", heading.text)
    items = etree.SubElement(section, "ul")
    for award in awards:
        _sub(items, "li", award.text)


def _byline(article_el: etree._Element, parts: list[Part]) -> None:
    lines = [p for p in parts if p.role in ("byline", "signoff")]
    if not lines:
        return
    footer = etree.SubElement(article_el, "footer")
    for part in lines:
        _sub(footer, "p", part.text, **{"class": part.role})


def article_to_html(article: Article, base_dir: Path | None = None) -> str:
    """The article as one HTML page; relative image paths are read from ``base_dir``."""
    parts = article_parts(article, pull_quotes=True)
    info = article_info(article)
    html = etree.Element("html", lang=info.language)
    _head(html, info, parts)
    body = etree.SubElement(html, "body")
    if info.outlet or info.section:
        masthead = etree.SubElement(body, "header", **{"class": "masthead"})
        _sub(masthead, "p", info.outlet, **{"class": "outlet"})
        if info.section:
            _sub(masthead, "p", info.section, **{"class": "section"})
    main = etree.SubElement(body, "main")
    article_el = etree.SubElement(main, "article")
    _article_header(article_el, info, parts)
    _lede(article_el, parts)
    content = etree.SubElement(article_el, "div", **{"class": "body"})
    content.extend(body_elements(parts, base_dir))
    _awards(article_el, parts)
    _byline(article_el, parts)
    if info.source_line:
        footer = etree.SubElement(body, "footer", **{"class": "source"})
        _sub(footer, "p", info.source_line)
    return lhtml.tostring(html, doctype="<!DOCTYPE html>", encoding="unicode", method="html", pretty_print=True)


def html_bytes(article: Article, base_dir: Path | None = None) -> bytes:
    """The page as UTF-8 bytes without a byte-order mark, as the command line writes it."""
    return article_to_html(article, base_dir).encode("utf-8")
