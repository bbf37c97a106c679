"""VN-U01, U02, U04, U05: NFC, legacy 8-bit encodings, invisible characters, odd spaces.

(VN-U03 Đ look-alikes and VN-U06 mixed scripts are syllable problems: see vi_syllables.)
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from ...text import nfc
from ..findings import Hit
from ..registry import builtin
from .vi_common import lead_marker_of, prepare_lead
from .vi_syllables import legacy_encoding, valid_syllable

CLUSTER = regex.compile(r"\P{M}\p{M}*|\p{M}+")
INVISIBLE = regex.compile(r"[\u200B\u200C\u200D\u2060\uFEFF\u00AD]")
PICTO = regex.compile(r"[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]")
ODD_SPACE = regex.compile(r"(?<=\S)[\u00A0\u2007\u202F\u3000\t\u2000-\u200A\u205F](?=\S)")
LETTERS_BEFORE = regex.compile(r"[\p{L}\p{M}]+$")
LETTERS_AFTER = regex.compile(r"[\p{L}\p{M}]+")
NAMES = {"\u200b": "U+200B ZERO WIDTH SPACE", "\u200c": "U+200C ZERO WIDTH NON-JOINER",
         "\u200d": "U+200D ZERO WIDTH JOINER", "\u2060": "U+2060 WORD JOINER",
         "\ufeff": "U+FEFF BYTE ORDER MARK", "\u00ad": "U+00AD SOFT HYPHEN", "\u00a0": "U+00A0 NO-BREAK SPACE",
         "\t": "TAB", "\u202f": "U+202F NARROW NO-BREAK SPACE", "\u2007": "U+2007 FIGURE SPACE",
         "\u3000": "U+3000 IDEOGRAPHIC SPACE"}


def nfc_segments(raw: str) -> list[tuple[int, int]]:
    """Spans (in NFC offsets) of the parts of ``raw`` that NFC changes."""
    normal = nfc(raw)
    if normal == raw:
        return []
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in CLUSTER.finditer(raw):
        piece = nfc(m.group())
        if piece != m.group():
            if spans and spans[-1][1] == pos:
                spans[-1] = (spans[-1][0], pos + len(piece))
            else:
                spans.append((pos, pos + len(piece)))
        pos += len(piece)
    return spans if pos == len(normal) else [(0, len(normal))]


@builtin("VN-U01")
def decomposed(ctx: Any) -> Iterator[Hit]:
    """Letters typed as base + combining marks (NFD): store them precomposed (NFC)."""
    raw = ctx.field.raw
    if not raw or raw.isascii():
        return
    text, last = ctx.text, -1
    for start, end in nfc_segments(raw):
        word_start = LETTERS_BEFORE.search(text, max(0, start - 40), start)
        start = word_start.start() if word_start and word_start.end() == start else start
        word_end = LETTERS_AFTER.match(text, end)
        end = word_end.end() if word_end else end
        if start >= last:  # whole words, each reported once
            last = end
            yield Hit(start, end, (text[start:end],))


@builtin("VN-U02")
def legacy_charset(ctx: Any) -> Iterator[Hit]:
    """TCVN3/VNI/VIQR residue: offer the whole paragraph converted to Unicode."""
    from ...vietnamese.legacy import convert_legacy

    encoding = legacy_encoding(ctx.an)
    if encoding:
        converted = convert_legacy(ctx.text, encoding)
        if converted != ctx.text:
            yield Hit(0, len(ctx.text), (converted,), safe=False, params={"encoding": encoding.upper()})


@builtin("VN-U04")
def invisible(ctx: Any) -> Iterator[Hit]:
    """Zero-width characters and soft hyphens: delete them (a space where they glue two syllables)."""
    text = ctx.text
    for m in INVISIBLE.finditer(text):
        i = m.start()
        prev, nxt = text[i - 1:i], text[i + 1:i + 2]
        if m.group() in "\u200d\u200c" and (PICTO.match(prev or " ") or PICTO.match(nxt or " ")):
            continue
        left = LETTERS_BEFORE.search(text, max(0, i - 12), i)
        right = LETTERS_AFTER.match(text, i + 1)
        glue = bool(left and right) and m.group() != "\u00ad" and valid_syllable(left.group()) \
            and valid_syllable(right.group())
        yield Hit(i, i + 1, (" " if glue else "",), params={"char": NAMES.get(m.group(), m.group())})


@builtin("VN-U05", params={"allow_nbsp_number_unit": True}, prepare=prepare_lead)
def odd_space(ctx: Any) -> Iterator[Hit]:
    """No-break, figure, narrow, ideographic spaces and tabs in running text: a normal space."""
    text = ctx.text
    lead = lead_marker_of(ctx) if ctx.pack.is_enabled("VN-S01") else None
    for m in ODD_SPACE.finditer(text):
        i = m.start()
        if lead is not None and lead[0] <= i < lead[1]:
            continue
        if ctx.params["allow_nbsp_number_unit"] and m.group() in "\u00a0\u202f\u2007" and \
                text[i - 1].isdigit() and text[i + 1].isalpha():
            continue
        yield Hit(i, i + 1, (" ",), params={"char": NAMES.get(m.group(), f"U+{ord(m.group()):04X}")})
