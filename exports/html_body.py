"""The article body as HTML elements: built from parts with lxml, then passed through nh3.

The tree is built from the model (so text is escaped by construction) and the result still
goes through an allow-list sanitiser and a post-fix step (outputs.md §2, H4): links other than
http, https and mailto lose their anchor, images other than embedded PNG/JPEG/GIF/WebP are
removed, every image has ``alt``, and nothing else than the listed tags and attributes survives.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import nh3
from lxml import etree
from lxml import html as lhtml

from .document import Part, quote_credit, split_part
from .images import load_picture
from .inline import LINK_SCHEMES, Run, append_text, link_groups, runs

BODY_ROLES = ("paragraph", "heading", "quote", "list_item", "image", "pullquote")
ALLOWED_TAGS = {"p", "strong", "em", "u", "a", "br", "blockquote", "ul", "li", "h2", "figure", "figcaption", "img"}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
ALLOWED_CLASSES = {"figure": {"quote", "picture"}}
LINK_REL = "noopener noreferrer"
_IMAGE_URI = re.compile(r"data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]*\Z")


def append_runs(parent: etree._Element, items: list[Run]) -> None:
    """Styled runs as ``a``/``strong``/``em``/``u`` elements inside ``parent``."""
    for href, group in link_groups(items):
        holder = parent if href is None else etree.SubElement(parent, "a", href=href)
        for run in group:
            target = holder
            for tag, on in (("strong", run.bold), ("em", run.italic), ("u", run.underline)):
                if on:
                    target = etree.SubElement(target, tag)
            append_text(target, run.text)


def _paragraph(parent: etree._Element, tag: str, piece: Part) -> etree._Element:
    el = etree.SubElement(parent, tag)
    append_text(el, piece.prefix)
    append_runs(el, runs(piece.text, piece.marks))
    return el


def _quote(parent: etree._Element, part: Part) -> None:
    figure = etree.SubElement(parent, "figure", {"class": "quote"})
    quote = etree.SubElement(figure, "blockquote")
    for piece in split_part(part):
        _paragraph(quote, "p", piece)
    credit = quote_credit(part.attrs)
    if credit:
        append_text(etree.SubElement(figure, "figcaption"), credit)


def _image(parent: etree._Element, part: Part, base_dir: Path | None) -> None:
    picture = load_picture(part.attrs.get("src", ""), base_dir)
    caption = part.text
    credit = part.attrs.get("credit", "")
    if picture is None and not caption and not credit:
        return
    figure = etree.SubElement(parent, "figure", {"class": "picture"})
    if picture is not None:
        etree.SubElement(figure, "img", src=picture.data_uri(), alt=part.attrs.get("alt", "") or caption)
    if caption or credit:
        figcaption = etree.SubElement(figure, "figcaption")
        append_text(figcaption, caption + (f" ({credit})" if caption and credit else credit))


def build_body(parts: list[Part], base_dir: Path | None = None) -> etree._Element:
    """A ``div`` holding the body parts as HTML, not yet sanitised."""
    root = etree.Element("div")
    current_list: etree._Element | None = None
    for part in parts:
        if part.role not in BODY_ROLES:
            continue
        if part.role != "list_item":
            current_list = None
        if part.role == "paragraph":
            for piece in split_part(part):
                _paragraph(root, "p", piece)
        elif part.role == "heading":
            _paragraph(root, "h2", part)
        elif part.role in ("quote", "pullquote"):
            _quote(root, part)
        elif part.role == "list_item":
            if current_list is None:
                current_list = etree.SubElement(root, "ul")
            for piece in split_part(part):
                _paragraph(current_list, "li", piece)
        elif part.role == "image":
            _image(root, part, base_dir)
    return root


def _scheme(url: str) -> str:
    try:
        return urlparse(url).scheme.lower()
    except ValueError:  # not a URL at all (an IPv6 bracket left open)
        return ""


def sanitise(fragment: str) -> etree._Element:
    """``fragment`` through the nh3 allow-list and the post-fix step, as a ``div`` element."""
    cleaned = nh3.clean(
        fragment,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes={*LINK_SCHEMES, "data"},
        link_rel=LINK_REL,
        strip_comments=True,
    )
    root = lhtml.fragment_fromstring(cleaned, create_parent="div")
    for anchor in list(root.iter("a")):
        href = anchor.get("href") or ""
        if _scheme(href) not in LINK_SCHEMES:
            anchor.drop_tag()  # keep the words, lose the link (a hrefless ``a`` is invalid)
        else:
            anchor.set("rel", LINK_REL)
    for img in list(root.iter("img")):
        if not _IMAGE_URI.match(img.get("src") or ""):
            img.drop_tree()
        elif img.get("alt") is None:
            img.set("alt", "")
    for figure in list(root.iter("figure")):
        if len(figure) == 0 and not (figure.text or "").strip():
            figure.drop_tree()
    return root


def body_elements(parts: list[Part], base_dir: Path | None = None) -> list[etree._Element]:
    """The sanitised body, as a list of top-level elements to place in the article."""
    raw = build_body(parts, base_dir)
    inner = (raw.text or "") + "".join(etree.tostring(child, method="html", encoding="unicode") for child in raw)
    return list(sanitise(inner))
