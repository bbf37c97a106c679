"""Clipboard content (HTML from Word or the web, or plain text) turned into body blocks.

Only what the house allows survives: bold, italic, underline, links (http, https, mailto),
headings (``h1``-``h6``), block quotes, list items and images that are local files. Fonts,
sizes, colours, backgrounds, classes, tables (their cells become plain paragraphs), scripts,
Word's ``mso-`` markup, ``<o:p>`` and conditional comments leave no trace. Text is NFC;
control characters other than tab are dropped; a vertical tab or U+2028 is a line break
inside the paragraph (``"\\n"`` in the block text, as in the editor's bridge) and a form feed
or U+2029 ends the paragraph. Whitespace-only paragraphs are dropped.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlparse

from .article import IMAGE_SUFFIXES, Block
from .marks import Styles, normalise_marks, runs_to_marks
from .text import nfc, nfc_offset_map

ALLOWED_SCHEMES = ("http", "https", "mailto")

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol p pre section summary table tbody "
    "td tfoot th thead tr ul".split()
)
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SKIP_TAGS = frozenset(
    "applet audio button canvas head iframe math noscript object script select style svg template "
    "textarea title video xml".split()
)
_INLINE_DEFAULTS: dict[str, tuple[str, bool]] = {
    "b": ("bold", True), "strong": ("bold", True), "i": ("italic", True), "em": ("italic", True),
    "u": ("underline", True), "ins": ("underline", True),
}  # fmt: skip
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())

# Characters that are dropped from pasted text: C0/C1 controls except tab and the breaks handled
# below, noncharacters, the object replacement character, byte-order marks and lone surrogates.
_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufdd0-\ufdef\ufeff\ufffc\ufffe\uffff\ud800-\udfff]")
_SOFT_BREAK = re.compile("[\x0b\u2028]")
_PARA_BREAK = re.compile("\r\n|[\r\n\x0c\x85\u2029]")
_HTML_SPACE = re.compile("[ \t\n\r\x0c]+")
# What is dropped around a link's address: C0 controls and spaces (as browsers do) and every other
# character str.strip() drops.
_URL_EDGE = "".join(chr(c) for c in range(0x21)) + "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006" \
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


def clean_text(text: str) -> str:
    """NFC text without control junk; soft line breaks (VT, U+2028) become ``"\\n"``."""
    return nfc(_JUNK.sub("", _SOFT_BREAK.sub("\n", text)))


def blocks_from_text(text: str) -> list[Block]:
    """Plain text: one paragraph a line; blank lines are dropped when there are several lines."""
    lines = [clean_text(line) for line in _PARA_BREAK.split(text)]
    if len(lines) == 1:
        return [Block(text=lines[0])] if lines[0] else []
    return [Block(text=line) for line in lines if line.strip()]


def local_image_path(src: str) -> str | None:
    """The local file an ``img`` source names, or None for remote, missing or non-image sources."""
    src = src.strip()
    if not src:
        return None
    try:
        parsed = urlparse(src)
    except ValueError:  # not a URL at all ("file://[x": an IPv6 bracket left open)
        return None
    if parsed.scheme == "file":
        from urllib.request import url2pathname  # imported here: it costs start-up time

        path = url2pathname(unquote(parsed.path))
    elif parsed.scheme or not src.startswith("/"):
        return None
    else:
        path = src
    p = Path(path)
    try:
        return str(p) if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file() else None
    except OSError:  # a name the system refuses (too long ...): no picture of ours
        return None


def allowed_href(href: str | None) -> str | None:
    """``href`` when it is an http, https or mailto link, else None."""
    if not href:
        return None
    # As a browser reads a URL: control characters and spaces around it dropped, tabs and line breaks
    # inside it too, other controls and spaces percent-encoded (a NUL would otherwise reach the file).
    href = re.sub("[\t\n\r]", "", href.strip(_URL_EDGE))
    href = re.sub("[\x00-\x20\x7f]", lambda m: f"%{ord(m.group()):02X}", href)
    try:
        scheme = urlparse(href).scheme.lower()
    except ValueError:  # not a URL at all ("https://[n]/", "http://[::1": an IPv6 host that is none)
        return None
    return href if scheme in ALLOWED_SCHEMES and len(href) > len(scheme) + 1 else None


def _style(attrs: dict[str, str]) -> dict[str, str]:
    out = {}
    for decl in attrs.get("style", "").split(";"):
        name, sep, value = decl.partition(":")
        if sep:
            out[name.strip().lower()] = value.strip().lower()
    return out


def _style_overrides(style: dict[str, str]) -> dict[str, bool]:
    out: dict[str, bool] = {}
    weight = style.get("font-weight", "")
    if weight in ("bold", "bolder") or weight[:1] in "6789" and weight.isdigit():
        out["bold"] = True
    elif weight in ("normal", "lighter") or weight[:1] in "12345" and weight.isdigit():
        out["bold"] = False
    if style.get("font-style") in ("italic", "oblique"):
        out["italic"] = True
    elif style.get("font-style") == "normal":
        out["italic"] = False
    decoration = style.get("text-decoration-line", style.get("text-decoration", ""))
    if "underline" in decoration:
        out["underline"] = True
    elif decoration.startswith("none"):
        out["underline"] = False
    return out


def _block_kind(tag: str, attrs: dict[str, str], style: dict[str, str]) -> str | None:
    cls = attrs.get("class", "").lower()
    if tag in _HEADINGS or cls in ("msotitle", "msosubtitle"):
        return "heading"
    if tag == "li" or cls.startswith("msolistparagraph") or re.match(r"l\d+\s+level\d", style.get("mso-list", "")):
        return "list_item"
    if tag == "blockquote" or cls in ("msoquote", "msointensequote"):
        return "quote"
    return None


class _Element:
    """An open element: what it changes for the text inside it."""

    __slots__ = ("tag", "marks", "href", "kind", "skip", "pre")

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.marks: dict[str, bool] = {}
        self.href: str | None = None
        self.kind: str | None = None
        self.skip = False
        self.pre = False


class TolerantHTMLParser(HTMLParser):
    """HTMLParser that reads any markup as browsers do, never raising on it."""

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """As HTMLParser's, but a section it does not know (``<![x]>``, ``<![-``) is a bogus comment up to
        the next ``>``, as browsers read it: Python before 3.13 raised AssertionError, failing the paste."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i + 3)
            return -1 if end < 0 else end + 1


class _PasteParser(TolerantHTMLParser):
    """Walks clipboard HTML and collects blocks of characters with their styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._stack: list[_Element] = []
        self._conditions: list[bool] = []  # Word's <![if !supportLists]> ... <![endif]>
        self._chars: list[str] = []
        self._styles: list[Styles] = []
        self._kind = "paragraph"
        self._figure_image: Block | None = None

    # ------------------------------------------------------------ state of the open elements

    def _skipping(self) -> bool:
        return any(self._conditions) or any(e.skip for e in self._stack)

    def _current_styles(self) -> Styles:
        on: dict[str, bool] = {}
        href = None
        for e in self._stack:
            on.update(e.marks)
            if e.href is not None:
                href = e.href
        styles: Styles = {k: (None, "") for k in ("bold", "italic", "underline") if on.get(k)}
        if href:
            styles["link"] = (href, "")
        return styles

    def _current_kind(self) -> str:
        for e in reversed(self._stack):
            if e.kind:
                return e.kind
        return "paragraph"

    def _in(self, tag: str) -> bool:
        return any(e.tag == tag for e in self._stack)

    # ------------------------------------------------------------ building blocks

    def _add(self, text: str) -> None:
        if not text:
            return
        if not self._chars:
            self._kind = self._current_kind()
        styles = self._current_styles()
        self._chars.extend(text)
        self._styles.extend([styles] * len(text))

    def _add_data(self, data: str) -> None:
        pre = any(e.pre for e in self._stack)
        for i, para in enumerate(re.split("[\x0c\u2029]", data)):
            if i:
                self._flush()
            if pre:
                para = _SOFT_BREAK.sub("\n", para.replace("\r\n", "\n").replace("\r", "\n"))
            else:
                para = re.sub(" *\n *", "\n", _SOFT_BREAK.sub("\n", _HTML_SPACE.sub(" ", para)))
                if not self._chars or self._chars[-1] in " \n":
                    para = para.lstrip(" ")
            self._add(_JUNK.sub("", para))

    def _flush(self) -> None:
        chars, styles = self._chars, self._styles
        self._chars, self._styles = [], []
        # Drop spaces before line breaks, then split where two or more breaks follow each other.
        n = len(chars)
        kept = [i for i, c in enumerate(chars) if not (c == " " and i + 1 < n and chars[i + 1] == "\n")]
        text = "".join(chars[i] for i in kept)
        styles = [styles[i] for i in kept]
        pos = 0
        for part in re.split("(\n{2,})", text):
            start, pos = pos, pos + len(part)
            if part.startswith("\n\n") or not part.strip():
                continue
            lead = len(part) - len(part.lstrip())
            body = part.strip()
            marks = runs_to_marks((1, s) for s in styles[start + lead:start + lead + len(body)])
            normal, offset = nfc_offset_map(body)  # a letter and its accent may come from two text nodes
            for m in marks:
                m.start, m.end = offset[m.start], offset[m.end]
            self.blocks.append(Block(type=self._kind, text=normal, marks=normalise_marks(normal, marks)))

    def _image(self, attrs: dict[str, str]) -> None:
        path = local_image_path(attrs.get("src", ""))
        if path is None:
            return
        self._flush()
        block = Block(type="image", src=path, alt=clean_text(attrs.get("alt", "")).strip(),
                      caption=clean_text(attrs.get("title", "")).strip())
        self.blocks.append(block)
        if self._in("figure"):
            self._figure_image = block

    # ------------------------------------------------------------ HTMLParser hooks

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k.lower(): (v or "") for k, v in attrs_list}
        skipping = self._skipping()
        if tag in _BLOCK_TAGS and not skipping:
            self._flush()
        if tag in _VOID_TAGS:
            if skipping:
                return
            if tag == "br":
                self._add("\n")
            elif tag == "img":
                self._image(attrs)
            return
        style = _style(attrs)
        e = _Element(tag)
        e.skip = (tag in _SKIP_TAGS or tag == "o:p" or tag.startswith("v:") or style.get("display") == "none"
                  or style.get("mso-list") == "ignore" or style.get("mso-hide") == "all"
                  or style.get("visibility") == "hidden" or "mso-element" in style and "comment" in style["mso-element"])
        e.pre = tag in ("pre", "textarea")
        if tag in _INLINE_DEFAULTS:
            name, value = _INLINE_DEFAULTS[tag]
            e.marks[name] = value
        e.marks.update(_style_overrides(style))
        if tag == "a":
            e.href = allowed_href(attrs.get("href")) or ""
        e.kind = _block_kind(tag, attrs, style)
        if tag == "figure":
            self._figure_image = None
        self._stack.append(e)

    def handle_startendtag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs_list)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID_TAGS:
            return
        if not any(e.tag == tag for e in self._stack):
            return
        if tag == "figcaption" and self._figure_image is not None and not self._skipping():
            caption = "".join(self._chars).strip()
            self._chars, self._styles = [], []
            if caption:
                self._figure_image.caption = clean_text(caption)
        elif tag in _BLOCK_TAGS and not self._skipping():
            self._flush()
        while self._stack:
            if self._stack.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._skipping():
            self._add_data(nfc(data))

    def handle_comment(self, data: str) -> None:
        self._condition(data.strip())

    def unknown_decl(self, data: str) -> None:
        self._condition(f"[{data.strip()}]")

    def _condition(self, data: str) -> None:
        low = data.lower()
        if low.startswith("[if ") and low.endswith("]") and "]" not in low[:-1]:
            self._conditions.append(low.startswith("[if !support"))
        elif low == "[endif]" and self._conditions:
            self._conditions.pop()

    def close(self) -> None:
        super().close()
        self._flush()


def blocks_from_html(html: str) -> list[Block]:
    """Body blocks from clipboard HTML, keeping only the allowed formats (see the module docstring)."""
    if html.startswith("Version:"):  # Windows CF_HTML header before the markup
        html = html[html.find("<"):] if "<" in html else ""
    parser = _PasteParser()
    parser.feed(html)
    parser.close()
    return parser.blocks
