"""Shared export fixtures: the hostile article and a tiny PNG, built in code (no files to keep).

The hostile article carries, in every field: every C0 control character, XML non-characters,
line/paragraph separators, decomposed (NFD) Vietnamese, emoji, and ``<script>``/``</script>``
with other markup that must never run. One body paragraph is 2,000+ characters long.
"""

from __future__ import annotations

import struct
import unicodedata
import zlib

from editor.model.article import Article, Award, Block, Byline, Dateline, Mark, Quote

SCRIPT = "<script>alert(1)</script></script><img src=x onerror=alert(2)>\"' & <!-- x -->"
C0 = "".join(chr(i) for i in range(32)) + "\x7f"
ODD = "\u2028\u2029\ufffe\uffff\ufffc"
NFD = unicodedata.normalize("NFD", "Việt Nam đẹp lắm, Hòa ổn")
EMOJI = "👋🏽🇻🇳"
assert NFD != unicodedata.normalize("NFC", NFD)


def hostile(label: str) -> str:
    """A field's text: its name, then every kind of trouble."""
    return f"{label} {SCRIPT} {C0} {NFD} {EMOJI} {ODD} end"


def _raw(obj: object, name: str, value: object) -> None:
    """Assign without the model's NFC step, so the exporters' own normalisation is tested."""
    object.__setattr__(obj, name, value)


def long_paragraph() -> str:
    """One paragraph of more than 2,000 characters, with markup, NFD, emoji and a line break inside."""
    words = "Đoạn văn rất dài để thử xuất bản tin "
    text = words * 30 + f"{SCRIPT} {NFD} {EMOJI}\x0b" + words * 30
    assert len(text) > 2000
    return text


def hostile_article() -> Article:
    """An article whose every field tries to break an exporter."""
    a = Article.new("vi")
    a.id = "0b7c1f0e-5a43-4c2e-9d6b-7f3a2e1c9d80"
    a.published = "2026-03-12T10:27:00+07:00"
    a.updated = "2026-03-12T11:00:00+07:00"
    a.topic = hostile("topic")
    a.tags = [hostile("tag")]
    a.dateline = Dateline(source=hostile("source"), place=hostile("place"), date="2026-03-12")
    a.byline = Byline(authors=[hostile("author1"), hostile("author2")], signoff=hostile("signoff"))
    first = hostile("para")
    link_start = first.index(NFD)
    body = [
        Block(type="paragraph", text=first, marks=[
            Mark(0, 10, "bold"), Mark(5, 30, "italic"), Mark(12, 25, "underline"),
            Mark(link_start, link_start + 4, "link", href="javascript:alert(3)"),
            Mark(link_start + 4, link_start + 9, "link", href="https://example.org/a?b=1&c=</script><x"),
            Mark(link_start + 9, link_start + 12, "link", href="data:text/html,<script>alert(4)</script>"),
        ]),
        Block(type="paragraph", text=long_paragraph()),
        Block(type="heading", text=hostile("heading")),
        Block(type="quote", text=hostile("quote"), marks=[Mark(0, 5, "italic")]),
        Block(type="list_item", text=hostile("item1")),
        Block(type="list_item", text=hostile("item2")),
        Block(type="image", src="javascript:alert(5)", caption=hostile("caption"), alt=hostile("alt"),
              credit=hostile("credit")),
        Block(type="paragraph", text="Mail <a href=x>me</a>", marks=[Mark(5, 21, "link", href="mailto:desk@example.org")]),
    ]
    a.body = body
    a.quotes = [Quote(speaker=hostile("speaker"), role=hostile("role"), text=hostile("said"), kind="direct"),
                Quote(speaker=hostile("speaker2"), text=hostile("reported"), kind="paraphrase")]
    a.awards = [Award(recipient=hostile("recipient"), recipient_kind="individual", award=hostile("award"),
                      conferred_by=hostile("by"), reason=hostile("reason"))]
    for obj, name in ((a, "headline"), (a, "kicker"), (a, "lede")):
        _raw(obj, name, hostile(name))  # decomposed text reaches the exporters as it is
    _raw(body[2], "text", hostile("heading"))
    return a


def png_bytes(width: int = 4, height: int = 3) -> bytes:
    """A small valid red PNG image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
