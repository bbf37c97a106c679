"""Hypothesis strategies shared by the fuzz tests: hostile text, articles the editor can hold, packs, HTML.

Everything is generated here; nothing is copied from the corpus. The text strategies lean towards
what breaks text code: Vietnamese in both NFC and NFD, combining marks with nothing to sit on,
control characters, lone surrogates, emoji sequences (skin tones, flags, ZWJ families), right-to-left
text with its embedding controls, the line and paragraph separators, and the characters XML refuses.
"""

from __future__ import annotations

import json
import string
import unicodedata

from hypothesis import strategies as st

from editor.model.article import (
    BLOCK_TYPES,
    MARK_TYPES,
    QUOTE_KINDS,
    RECIPIENT_KINDS,
    STATUSES,
    Article,
    Award,
    Block,
    Byline,
    Dateline,
    Mark,
    Quote,
)

VI_WORDS = (
    "Việt", "Nam", "Hà", "Nội", "thành", "phố", "Hồ", "Chí", "Minh", "Ban", "Dân", "vận", "Trung", "ương", "đồng",
    "chí", "hội", "nghị", "tổng", "kết", "năm", "người", "dân", "khoẻ", "khỏe", "hoà", "hòa", "thuỷ", "thủy",
    "quốc", "gia", "độc", "lập", "tự", "do", "hạnh", "phúc", "Thủ", "tướng", "Chính", "phủ", "Bộ", "Công", "an",
    "xã", "hội", "hoá", "phường", "tỉnh", "Đà", "Nẵng", "Huế", "tich", "nghành", "ngiêm", "qui", "quy", "Tp",
    "TP.HCM", "UBND", "ANTV", "BT", "Đại", "tướng", "Tô", "Lâm", "ông", "bà", "khen", "thưởng", "Bằng", "khen",
)
EN_WORDS = (
    "The", "minister", "said", "on", "Tuesday", "that", "government", "colour", "color", "organise", "organize",
    "Hanoi", "Vietnam", "per", "cent", "percent", "Mr", "Mrs.", "Dr", "U.S.", "UK", "e.g.", "i.e.", "teh", "recieve",
    "it's", "its", "October", "Oct.", "1st", "twenty-one", "CEO", "NASA", "O'Brien", "McDonald", "naïve", "café",
)
PUNCT = (
    " ", " ", " ", "  ", ", ", ". ", "; ", ": ", "! ", "? ", "...", "…", "“", "”", "‘", "’", "\"", "'", "(", ")",
    "[", "]", "-", "–", "—", "/", "%", "&", "*", "#", "@", "\t", "\n", "\n\n", "\r\n", "\r",
)
NUMBERS = ("1", "11/3", "2026", "1.000.000", "1,000,000", "3,5", "12.5", "10%", "09:30", "11-3-2026", "0", "99999999")
ODD = (
    "\u00a0", "\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u2028", "\u2029", "\u0085", "\x0b",
    "\x0c", "\x00", "\x01", "\x1b", "\x7f", "\x9f", "\ufffe", "\uffff", "\ufffc", "\ufffd", "\ufdd0", "\ufdd1",
    "\ud800", "\udfff", "\ud83d", "\ude00", "\u0301", "\u0300\u0323", "\u0303\u0309", "\u1100\u1161\u11a8",
    "\u202e", "\u202d", "\u202c", "\u200f", "\u200e", "\u2066", "\u2069", "\u061c",
)
EMOJI = ("👋🏽", "🇻🇳", "👨\u200d👩\u200d👧", "😀", "🙂", "👍🏽", "🏳️\u200d🌈", "1️⃣", "🧑🏿\u200d💻", "𝕏", "𠀋")
RTL = ("مرحبا بالعالم", "שלום עולם", "\u202eabc\u202c", "سلام", "עִבְרִית")
MARKUP = ("<b>", "</p>", "<script>", "&amp;", "&#0;", "]]>", "<!--", "{{", "}}", "[[họ tên]]", "\\", "$", "{0}", "%s")


def _nfd(piece: str) -> str:
    return unicodedata.normalize("NFD", piece)


def token() -> st.SearchStrategy[str]:
    """One piece of text: a word, punctuation, a number or trouble."""
    words = st.sampled_from(VI_WORDS + EN_WORDS)
    return st.one_of(
        words, words.map(_nfd), words.map(str.upper), words.map(str.lower),
        st.sampled_from(PUNCT), st.sampled_from(NUMBERS), st.sampled_from(ODD), st.sampled_from(EMOJI),
        st.sampled_from(RTL), st.sampled_from(MARKUP),
        st.text(alphabet=st.characters(exclude_categories=()), max_size=4),
        st.text(alphabet=string.printable, max_size=6),
    )


@st.composite
def wild_text(draw, max_tokens: int = 40) -> str:
    """Any Unicode text, lone surrogates included, mostly shaped like prose."""
    if draw(st.integers(0, 9)) == 0:
        return draw(st.text(alphabet=st.characters(exclude_categories=()), max_size=80))
    return "".join(draw(st.lists(token(), max_size=max_tokens)))


@st.composite
def holdable_text(draw, max_tokens: int = 40) -> str:
    """Text the model can hold: what :func:`wild_text` gives, in NFC and with no lone surrogate
    (the model's own :func:`~editor.model.text.nfc` makes every assigned string so)."""
    from editor.model.text import nfc

    return nfc(draw(wild_text(max_tokens)))


def _json_value() -> st.SearchStrategy[object]:
    scalars = st.one_of(st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.text(max_size=10),
                        st.floats(allow_nan=False, allow_infinity=False))
    return st.recursive(scalars, lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)), max_leaves=6)


def extras(prefix: str = "x-") -> st.SearchStrategy[dict]:
    """Unknown keys a newer program may have written: they must survive every save."""
    from editor.model.text import nfc

    keys = st.text(max_size=6).map(lambda k: nfc(prefix + k))
    return st.dictionaries(keys, _json_value(), max_size=2)


@st.composite
def marks_for(draw, text: str) -> list[Mark]:
    """Marks inside ``text``: overlapping, touching, empty, links with any href, as a file may hold them."""
    out = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        mtype = draw(st.sampled_from(MARK_TYPES))
        href = draw(st.one_of(st.none(), st.sampled_from(
            ("https://example.org/a?b=1&c=<x>", "mailto:toa@example.org", "javascript:alert(1)", "", "http://",
             "http://xn--vit-nam.example/đường dẫn", "https://[n]/", "file:///etc/passwd")), holdable_text(3)))
        if mtype != "link":
            href = None
        extra = draw(extras()) if draw(st.integers(0, 5)) == 0 else {}
        out.append(Mark(start=start, end=end, type=mtype, href=href, extra=extra))
    return out


@st.composite
def blocks(draw, max_blocks: int = 6, max_tokens: int = 30, images: bool = True) -> list[Block]:
    """Body blocks of every type, with marks; image sources point nowhere (no file is read)."""
    out = []
    types = BLOCK_TYPES if images else tuple(t for t in BLOCK_TYPES if t != "image")
    for _ in range(draw(st.integers(0, max_blocks))):
        btype = draw(st.sampled_from(types))
        text = draw(holdable_text(max_tokens)) if btype != "image" or draw(st.booleans()) else ""
        block = Block(type=btype, text=text, marks=draw(marks_for(text)))
        if btype == "image":
            block.src = draw(st.sampled_from(("", "anh.jpg", "https://example.org/a.png", "/no/such/dir/x.png",
                                              "../../etc/passwd", "ảnh đẹp.jpg", "data:image/png;base64,AAAA",
                                              "/" + "a" * 300 + ".png", "file:///a%00b.png", "https://[n]/a.png")))
            block.caption = draw(holdable_text(8))
            block.credit = draw(holdable_text(3))
            block.alt = draw(holdable_text(5))
        if draw(st.integers(0, 5)) == 0:
            block.extra = draw(extras())
        out.append(block)
    return out


LANGUAGES = ("vi", "en", "vi-VN", "en-GB", "en-US")
DATES = (None, "", "2026-03-12", "2026-02-30", "12/3/2026", "không rõ", "9999-99-99", "2026-03-12T09:30:00+07:00")
STAMPS = (None, "", "2026-03-12T09:30:00+07:00", "2026-03-12T09:30:00Z", "2026-13-45T99:99:99", "hôm qua")


@st.composite
def articles(draw, language: str | None = None, max_blocks: int = 6, max_tokens: int = 30,
             images: bool = True) -> Article:
    """An article the editor can hold: every field any text, any structure the file format allows."""
    t = holdable_text(max_tokens)
    short = holdable_text(6)
    a = Article(
        id=draw(st.sampled_from(("0b7c1f0e-5a43-4c2e-9d6b-7f3a2e1c9d80", "x", "bài-1"))),
        language=language or draw(st.sampled_from(LANGUAGES)),
        status=draw(st.sampled_from(STATUSES)),
        topic=draw(short),
        tags=draw(st.lists(short, max_size=3)),
        kicker=draw(short),
        headline=draw(t),
        dateline=Dateline(source=draw(short), place=draw(short), date=draw(st.sampled_from(DATES))),
        lede=draw(t),
        body=draw(blocks(max_blocks, max_tokens, images)),
        quotes=[Quote(speaker=draw(short), role=draw(short), text=draw(t), kind=draw(st.sampled_from(QUOTE_KINDS)))
                for _ in range(draw(st.integers(0, 2)))],
        awards=[Award(recipient=draw(short), recipient_kind=draw(st.sampled_from(RECIPIENT_KINDS)),
                      award=draw(short), conferred_by=draw(short), reason=draw(short))
                for _ in range(draw(st.integers(0, 2)))],
        byline=Byline(authors=draw(st.lists(short, max_size=3)), signoff=draw(short)),
        created=draw(st.sampled_from(STAMPS)),
        updated=draw(st.sampled_from(STAMPS)),
        published=draw(st.sampled_from(STAMPS)),
    )
    if draw(st.integers(0, 4)) == 0:
        a.extra = draw(extras("x-"))
    return a


def json_mutations(document: dict) -> st.SearchStrategy[str]:
    """The JSON text of ``document`` with one part replaced by something of another shape."""

    @st.composite
    def mutate(draw) -> str:
        doc = json.loads(json.dumps(document))
        paths: list[tuple[object, object]] = []

        def walk(node: object) -> None:
            if isinstance(node, dict):
                for k, v in node.items():
                    paths.append((node, k))
                    walk(v)
            elif isinstance(node, list):
                for i, v in enumerate(node):
                    paths.append((node, i))
                    walk(v)

        walk(doc)
        for _ in range(draw(st.integers(1, 3))):
            if not paths:
                break
            parent, key = draw(st.sampled_from(paths))
            action = draw(st.integers(0, 2))
            if action == 0:
                parent[key] = draw(_json_value())
            elif action == 1 and isinstance(parent, dict):
                del parent[key]
                paths = [(p, k) for p, k in paths if not (p is parent and k == key)]
            else:
                parent[key] = draw(st.sampled_from((-1, 10**6, 1.5, True, None, "", "\ud800", [[]], {"a": {}})))
        text = json.dumps(doc, ensure_ascii=draw(st.booleans()))
        return text

    return mutate()
