"""The HTML part of an e-mail: the article laid out for mail programs (outputs.md §4, E3).

Mail programs are not browsers: Outlook renders with Word, Gmail drops ``<style>`` in places and
clips HTML over about 102 KB. So this part is one single-column table at most 600 px wide, with
an inline ``style`` on every element (``br`` aside), system fonts that cover Vietnamese, and no
``<style>``, ``<script>``, ``<link>``, JSON-LD or image (a picture is its caption line). The body
is the HTML writer's own: :func:`exports.html_body.body_elements` (nh3 allow-list and post-fix),
restyled here, with semantic tags Word does not know (``figure``, ``figcaption``) made ``div``/``p``.

The personal note comes first, set apart on a tinted band, then masthead, kicker, headline,
date line, bold sapo, body, awards, right-aligned byline and sign-off, source line.

Size: when the page would pass :data:`MAX_HTML_BYTES`, body elements are left off from the end
and a line in the article's language says the article continues and where the whole text is (the
attached files, or the plain-text part, which always holds the whole article).
"""

from __future__ import annotations

from lxml import etree
from lxml import html as lhtml

from editor.model.article import Article

from .article_info import ArticleInfo, article_info
from .cleaning import clean_text
from .document import Part, article_parts, split_part
from .house_format import label
from .html_body import body_elements
from .inline import append_text

MAX_HTML_BYTES = 100_000  # Gmail clips a message whose HTML passes about 102 KB
WIDTH = 600

SERIF = "'Times New Roman',Times,'Noto Serif','DejaVu Serif',serif"
SANS = "Arial,Helvetica,'Noto Sans','DejaVu Sans',sans-serif"
INK, MUTED, RULE, ACCENT, LINK = "#1a1a1a", "#5a5a5a", "#b4b4b4", "#9b1c1c", "#14508c"

_TEXT = f"font-family:{SERIF};font-size:17px;line-height:1.55;color:{INK};"
_SMALL = f"font-family:{SANS};font-size:13px;line-height:1.4;color:{MUTED};"
STYLES = {
    "html": "margin:0;padding:0;",
    "body": "margin:0;padding:0;background-color:#eeece7;",
    "outer": "width:100%;background-color:#eeece7;border-collapse:collapse;",
    "outer_cell": "padding:24px 12px;",
    # overflow-wrap is inherited: a 2,000-letter word or a long URL wraps inside the sheet instead of
    # widening it (word-wrap is its old name, which older mail programs read).
    "sheet": f"width:100%;max-width:{WIDTH}px;background-color:#ffffff;border:1px solid #d9d6cf;"
             "border-collapse:collapse;overflow-wrap:anywhere;word-wrap:break-word;",
    "note_cell": f"padding:18px 28px 6px;background-color:#f7f5ef;border-bottom:1px solid {RULE};",
    "note": f"margin:0 0 12px;font-family:{SANS};font-size:15px;line-height:1.5;color:{INK};",
    "mast_cell": f"padding:18px 28px 8px;border-bottom:3px double {INK};",
    "outlet": f"margin:0;font-family:{SANS};font-size:20px;line-height:1.2;font-weight:bold;"
              f"letter-spacing:1px;text-transform:uppercase;color:{INK};",
    "section": f"margin:2px 0 0;{_SMALL}",
    "article_cell": "padding:20px 28px 8px;",
    "kicker": f"margin:0 0 6px;font-family:{SANS};font-size:13px;line-height:1.3;font-weight:bold;"
              f"letter-spacing:1px;text-transform:uppercase;color:{ACCENT};",
    "h1": f"margin:0 0 10px;font-family:{SANS};font-size:28px;line-height:1.2;font-weight:bold;color:{INK};",
    "date": f"margin:0 0 16px;{_SMALL}",
    "lede": f"margin:0 0 16px;{_TEXT}font-weight:bold;",
    "p": f"margin:0 0 14px;{_TEXT}",
    "h2": f"margin:24px 0 10px;font-family:{SANS};font-size:20px;line-height:1.3;font-weight:bold;color:{INK};",
    "ul": "margin:0 0 14px;padding:0 0 0 24px;",
    "li": f"margin:0 0 6px;{_TEXT}",
    "quote": f"margin:18px 0;padding:2px 0 2px 16px;border-left:4px solid {ACCENT};",
    "blockquote": "margin:0;padding:0;",
    "quote_p": f"margin:4px 0;{_TEXT}font-style:italic;",
    "quote_credit": f"margin:6px 0 0;{_SMALL}",
    "picture": "margin:14px 0;",
    "caption": f"margin:0;{_SMALL}font-style:italic;",
    "a": f"color:{LINK};text-decoration:underline;",
    "strong": "font-weight:bold;",
    "em": "font-style:italic;",
    "u": "text-decoration:underline;",
    "more": f"margin:18px 0;padding:10px 14px;background-color:#f7f5ef;{_SMALL}font-style:italic;",
    "byline": f"margin:18px 0 0;{_TEXT}font-weight:bold;text-align:right;",
    "signoff": f"margin:0 0 8px;{_SMALL}text-align:right;",
    "foot_cell": f"padding:10px 28px 18px;border-top:1px solid {RULE};",
    "source": f"margin:0;font-family:{SANS};font-size:12px;line-height:1.4;color:{MUTED};",
}


def _el(parent: etree._Element | None, tag: str, style: str, text: str = "", **attrs: str) -> etree._Element:
    """A styled element (``STYLES[style]``) holding ``text``, its line breaks as ``br``."""
    el = etree.Element(tag, **attrs) if parent is None else etree.SubElement(parent, tag, **attrs)
    el.set("style", STYLES[style])
    if text:
        append_text(el, text)
    return el


def _table(parent: etree._Element, style: str, **attrs: str) -> etree._Element:
    """A layout table (one column) the way every mail program lays it out."""
    return _el(parent, "table", style, role="presentation", cellpadding="0", cellspacing="0", border="0", **attrs)


def _row(table: etree._Element, style: str) -> etree._Element:
    row = _el(table, "tr", "html")
    return _el(row, "td", style, align="left", valign="top")


def _restyle(el: etree._Element, inside: str = "") -> None:
    """Inline styles on a sanitised body element and all it holds; Word-unknown tags renamed."""
    tag, kind = el.tag, el.get("class", "")
    el.attrib.pop("class", None)
    if tag == "figure":
        el.tag = "div"
        key = "quote" if kind == "quote" else "picture"
    elif tag == "figcaption":
        el.tag = "p"
        key = "quote_credit" if inside == "quote" else "caption"
        if key == "quote_credit":  # the web page's style sheet adds this dash; here it is text
            el.text = "— " + (el.text or "")
    elif tag == "p" and inside == "quote":
        key = "quote_p"
    else:
        key = tag if tag in STYLES else ""
    if key:
        el.set("style", STYLES[key])
    for child in el:
        if isinstance(child.tag, str):
            _restyle(child, "quote" if key == "quote" else inside)


def _mail_body(parts: list[Part], language: str) -> list[etree._Element]:
    """The HTML writer's body elements for these parts, without pictures, styled for mail."""
    pictureless = [
        Part(p.role, label(language, "photo") + p.text if p.text else p.text, p.marks, p.prefix, {**p.attrs, "src": ""})
        if p.role == "image" else p
        for p in parts
    ]
    elements = body_elements(pictureless)
    for el in elements:
        _restyle(el)
    return elements


def _note(sheet: etree._Element, note: str) -> None:
    note = clean_text(note)  # the typed note, like every field: no control character, NFC, breaks as "\n"
    paragraphs = [p.strip("\n") for p in note.split("\n\n") if p.strip()]
    if paragraphs:
        cell = _row(sheet, "note_cell")
        for text in paragraphs:
            _el(cell, "p", "note", text)


def _head_of_article(cell: etree._Element, info: ArticleInfo, parts: list[Part]) -> None:
    for part in parts:
        if part.role == "kicker":
            _el(cell, "p", "kicker", part.text)
    _el(cell, "h1", "h1", info.title)
    for part in parts:
        if part.role == "date":
            _el(cell, "p", "date", part.text)
        elif part.role == "lede":
            for piece in split_part(part):
                _el(cell, "p", "lede", piece.prefix + piece.text)


def _tail_of_article(cell: etree._Element, parts: list[Part]) -> None:
    awards = [p for p in parts if p.role == "award"]
    for part in parts:
        if part.role == "awards_heading" and awards:
            _el(cell, "h2", "h2", part.text)
            items = _el(cell, "ul", "ul")
            for award in awards:
                _el(items, "li", "li", award.text)
    for part in parts:
        if part.role in ("byline", "signoff"):
            _el(cell, "p", part.role, part.text)


def _size(el: etree._Element) -> int:
    return len(etree.tostring(el, method="html", encoding="utf-8"))


def _serialise(root: etree._Element) -> str:
    return lhtml.tostring(root, doctype="<!DOCTYPE html>", encoding="unicode", method="html")


def email_html(article: Article, note: str = "", *, attached: bool = False,
               limit: int = MAX_HTML_BYTES) -> tuple[str, bool]:
    """The HTML part and whether the article had to be cut short to stay under ``limit`` bytes.

    ``attached`` says the message carries files, which the cut-short line then points to.
    """
    parts = article_parts(article, pull_quotes=True)
    info = article_info(article)
    lang = article.base_language
    root = _el(None, "html", "html", lang=info.language)
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "meta", charset="utf-8")
    etree.SubElement(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    etree.SubElement(head, "title").text = info.title or info.outlet or "ArticleDesk"
    body = _el(root, "body", "body")
    outer = _table(body, "outer", width="100%")
    sheet = _table(_row(outer, "outer_cell"), "sheet", width=str(WIDTH), align="center")
    _note(sheet, note)
    if info.outlet or info.section:
        mast = _row(sheet, "mast_cell")
        if info.outlet:
            _el(mast, "p", "outlet", info.outlet)
        if info.section:
            _el(mast, "p", "section", info.section)
    cell = _row(sheet, "article_cell")
    _head_of_article(cell, info, parts)
    content = _el(cell, "div", "html")
    _tail_of_article(cell, parts)
    if info.source_line:
        _el(_row(sheet, "foot_cell"), "p", "source", info.source_line)

    elements = _mail_body(parts, lang)
    more = _el(None, "p", "more", label(lang, "more_attached" if attached else "more_text"))
    room = limit - len(_serialise(root).encode("utf-8"))
    sizes = [_size(el) for el in elements]
    cut = sum(sizes) > room
    if cut:
        room -= _size(more)
        kept = 0
        while kept < len(elements) and sizes[kept] <= room:
            room -= sizes[kept]
            kept += 1
        elements = elements[:kept] + [more]
    content.extend(elements)
    page = _serialise(root)
    if len(page.encode("utf-8")) > limit:  # the note, sapo or awards alone are too long: headline and the line
        for row in list(sheet):
            if cell not in row.iter():
                sheet.remove(row)
        for child in list(cell):
            if child.tag != "h1":
                cell.remove(child)
            elif len(info.title) > 500:
                child.clear()
                child.set("style", STYLES["h1"])
                child.text = head.find("title").text = info.title[:499] + "…"
        cell.append(more)
        page, cut = _serialise(root), True
    return page, cut
