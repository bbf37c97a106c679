"""The article: structured fields beside a body of blocks with marks.

Every string that is assigned to a model object passes through :func:`nfc`, so the model
holds NFC text whatever the source (file, paste, typing, import).
"""

from __future__ import annotations

import copy
import os
import time
from dataclasses import dataclass, field, fields
from typing import Any

from .text import Counts, counts_for, nfc

BLOCK_TYPES = ("paragraph", "heading", "quote", "list_item", "image")
MARK_TYPES = ("bold", "italic", "underline", "link")
STATUSES = ("draft", "ready", "sent")
QUOTE_KINDS = ("direct", "paraphrase")
RECIPIENT_KINDS = ("collective", "individual")
LANGUAGES = ("vi", "en")
IMAGE_KEYS = ("src", "caption", "credit", "alt")
# Files the body accepts as pictures (drops, pastes of local images).
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".svg", ".tif", ".tiff")


class _Normalised:
    """Mixin: strings and lists of strings are stored in NFC."""

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, str):
            value = nfc(value)
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            value = [nfc(v) for v in value]
        object.__setattr__(self, name, value)


@dataclass
class Mark(_Normalised):
    """Inline formatting over ``[start, end)`` code points of a block's text."""

    start: int
    end: int
    type: str
    href: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Block(_Normalised):
    """One body block: paragraph, heading (intertitle), quote, list item or image."""

    type: str = "paragraph"
    text: str = ""
    marks: list[Mark] = field(default_factory=list)
    src: str = ""
    caption: str = ""
    credit: str = ""
    alt: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Quote(_Normalised):
    """A quotation with its speaker, as the quotes editor lists them."""

    speaker: str = ""
    role: str = ""
    text: str = ""
    kind: str = "direct"
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Award(_Normalised):
    """An award conferred at the event the article reports (khen thưởng)."""

    recipient: str = ""
    recipient_kind: str = "collective"
    award: str = ""
    conferred_by: str = ""
    reason: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Dateline(_Normalised):
    """Outlet code, place and ISO date; how it is printed is house style."""

    source: str = ""
    place: str = ""
    date: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Byline(_Normalised):
    """Authors' full names and the sign-off printed at the end (e.g. "BT")."""

    authors: list[str] = field(default_factory=list)
    signoff: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


# now_iso and new_id use time and os.urandom rather than the datetime and uuid modules: the
# editor stamps its first article before the window first paints, and loading those modules
# (uuid brings platform with it) would add milliseconds to the start-up.


def now_iso() -> str:
    """The current local time as ISO 8601 with offset, to the second: "2026-03-12T09:30:00+07:00"."""
    now = time.localtime()
    offset = now.tm_gmtoff
    hours, minutes = divmod(abs(offset) // 60, 60)
    return time.strftime("%Y-%m-%dT%H:%M:%S", now) + f"{'-' if offset < 0 else '+'}{hours:02d}:{minutes:02d}"


def new_id() -> str:
    """A new article id: a random (version 4) UUID in its usual text form, as str(uuid.uuid4())."""
    raw = bytearray(os.urandom(16))
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = raw.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


@dataclass
class Article(_Normalised):
    """One article: what a `.article` file holds."""

    id: str = field(default_factory=new_id)
    language: str = "vi"
    status: str = "draft"
    topic: str = ""
    tags: list[str] = field(default_factory=list)
    kicker: str = ""
    headline: str = ""
    dateline: Dateline = field(default_factory=Dateline)
    lede: str = ""
    body: list[Block] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    byline: Byline = field(default_factory=Byline)
    created: str | None = None
    updated: str | None = None
    published: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def new(cls, language: str = "vi") -> Article:
        """A fresh, empty article stamped with its creation time."""
        stamp = now_iso()
        return cls(language=language, created=stamp, updated=stamp)

    @property
    def base_language(self) -> str:
        """"vi" or "en" from a BCP 47 tag such as "vi-VN"."""
        return self.language.split("-")[0].lower()

    def body_text(self) -> str:
        """The body as plain text, one block a paragraph."""
        return "\n\n".join(b.text for b in self.body if b.type != "image" or b.caption)

    def counted_texts(self) -> list[str]:
        """The texts that word and character counts cover: headline, sapo and body."""
        texts = [self.headline, self.lede]
        texts.extend(b.caption if b.type == "image" else b.text for b in self.body)
        return [t for t in texts if t]

    def counts(self) -> Counts:
        """Words (syllables for Vietnamese), characters and reading time."""
        return counts_for(self.counted_texts(), self.base_language)

    def copy(self) -> Article:
        """A deep copy, independent of this article."""
        return copy.deepcopy(self)


def field_names(cls: type) -> list[str]:
    """Declared field names of a model dataclass, without the ``extra`` catch-all."""
    return [f.name for f in fields(cls) if f.name != "extra"]
