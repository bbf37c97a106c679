"""Inline pieces every writer lays out the same way: styled runs, link groups, safe links."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlparse

from editor.model.article import Mark
from editor.model.marks import marks_to_runs

from .cleaning import clean_text

# Link schemes every exporter keeps; anything else (javascript:, data:, file:, ...) loses its link.
LINK_SCHEMES = ("http", "https", "mailto")
# Characters left as they are in a link; others (<, >, ", spaces, non-ASCII ...) are percent-encoded.
_URL_SAFE = "!#$%&'()*+,/:;=?@[]~-._"


@dataclass(frozen=True)
class Run:
    """A stretch of text with one set of styles; ``href`` is a link already checked safe."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    href: str | None = None


def safe_href(href: str | None) -> str | None:
    """``href`` as a valid URL when it is an http(s) or mailto link, else None.

    Spaces and control characters are dropped and characters a URL may not hold are percent-encoded.
    """
    if not href:
        return None
    href = quote("".join(clean_text(href).split()), safe=_URL_SAFE)
    try:
        parsed = urlparse(href)
    except ValueError:  # not a URL at all ("https://[::1": an IPv6 bracket left open)
        return None
    scheme = parsed.scheme.lower()
    if scheme not in LINK_SCHEMES:
        return None
    if scheme in ("http", "https") and not parsed.netloc:
        return None
    if scheme == "mailto" and len(href) <= len("mailto:"):
        return None
    return href


def runs(text: str, marks: list[Mark]) -> list[Run]:
    """``text`` cut into runs of equal styles; links that are not safe are dropped."""
    out: list[Run] = []
    pos = 0
    for length, styles in marks_to_runs(len(text), marks):
        link = styles.get("link")
        out.append(Run(text[pos:pos + length], "bold" in styles, "italic" in styles, "underline" in styles,
                       safe_href(link[0]) if link else None))
        pos += length
    return [r for r in out if r.text]


def link_groups(items: list[Run]) -> list[tuple[str | None, list[Run]]]:
    """Neighbouring runs with the same link grouped, so one link is one element."""
    groups: list[tuple[str | None, list[Run]]] = []
    for run in items:
        if groups and groups[-1][0] == run.href:
            groups[-1][1].append(run)
        else:
            groups.append((run.href, [run]))
    return groups


def one_line(text: str) -> str:
    """Text for a one-line slot (page title, metadata): line and paragraph breaks become spaces."""
    return " ".join(piece.strip(" ") for piece in text.replace("\t", " ").split("\n") if piece.strip(" "))


def append_text(parent: Any, text: str, br_tag: str = "br") -> None:
    """Append ``text`` at the end of the lxml element ``parent``; "\\n" becomes a ``br_tag`` element."""
    from lxml import etree

    for i, line in enumerate(text.split("\n")):
        if i:
            etree.SubElement(parent, br_tag)
        if not line:
            continue
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + line
        else:
            parent.text = (parent.text or "") + line
