"""VN-P01…P09: whitespace and punctuation (telex.vn / evbn.org common practice, house rules)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from ..findings import Hit
from ..registry import builtin
from ..text_tools import word_before
from .vi_common import lead_marker_of, period_abbreviations, prepare_lead
from .vi_syllables import legacy_encoding

DOUBLE_SPACE = regex.compile(r"(?<=\S)([^\S\n]{2,})(?=\S)")
TRAILING = regex.compile(r"[^\S\n]+$|\A[^\S\n]+|(?<=\n)[^\S\n]+", regex.MULTILINE)
BEFORE_PUNCT = regex.compile(r"(?<=[^\s(\[“‘\"'–—-])[^\S\n]+(?=[,.;:!?](?:[\s”’\")\]]|$))")
AFTER_PUNCT = regex.compile(r"[,;:.](?=\p{L})")
INSIDE_OPEN = regex.compile(r"(?<=[“(\[])[^\S\n]+(?=\S)")
INSIDE_CLOSE = regex.compile(r"(?<=\S)[^\S\n]+(?=[”)\]])")
REPEATS = regex.compile(r"\.{4,}|,{2,}|;{2,}|!{2,}|\?{2,}|[!?]{3,}")
THREE_DOTS = regex.compile(r"(?<!\.)\.\.\.(?!\.)")
SPACED_HYPHEN = regex.compile(r"(?<=\S)([^\S\n]+[-‐−][^\S\n]+)(?=\S)|(?<![-\w])(--)(?![-\w>])|(?<=\w)(--)(?=\w)")
ABBREV_LEFT = regex.compile(r"^(?:\p{Lu}[\p{Lu}]{0,5}|\p{Lu}\p{Ll}?|\p{L}|\p{L}\.[\p{L}.]*)$")


@builtin("VN-P01", prepare=prepare_lead)
def double_space(ctx: Any) -> Iterator[Hit]:
    """Two or more spaces (of any width) between words: keep one normal space."""
    lead = lead_marker_of(ctx) if ctx.pack.is_enabled("VN-S01") else None
    for m in DOUBLE_SPACE.finditer(ctx.text):
        if lead is None or m.start() >= lead[1]:
            yield Hit(m.start(1), m.end(1), (" ",))


@builtin("VN-P02")
def trailing_space(ctx: Any) -> Iterator[Hit]:
    """Spaces at the end (or start) of a paragraph or line, and whitespace-only lines."""
    for m in TRAILING.finditer(ctx.text):
        if m.end() > m.start():
            yield Hit(m.start(), m.end(), ("",))


@builtin("VN-P03")
def space_before_punct(ctx: Any) -> Iterator[Hit]:
    """No space before , . ; : ! ? (French spacing before ? ! : ; when the pack allows it)."""
    french = bool(ctx.pack.setting("french_spacing", False))
    text = ctx.text
    for m in BEFORE_PUNCT.finditer(text):
        punct = text[m.end()]
        if french and punct in "?!:;":
            continue
        if punct == "." and text[m.end():m.end() + 2] == "..":
            continue
        if ctx.an.in_url(m.end()):
            continue
        yield Hit(m.start(), m.end(), ("",), params={"punct": punct})


@builtin("VN-P04")
def space_after_punct(ctx: Any) -> Iterator[Hit]:
    """A space after , ; : . before the next word (not in 1.000, 3,5, 10:27, URLs, TP.HCM)."""
    text = ctx.text
    abbrevs = period_abbreviations(ctx.pack)
    if legacy_encoding(ctx.an):
        return  # VIQR writes tones as punctuation; VN-U02 converts the paragraph
    for m in AFTER_PUNCT.finditer(text):
        pos, punct = m.start(), m.group()
        if ctx.an.in_url(pos):
            continue
        left = word_before(text, pos).lstrip("(“\"'‘[")
        if punct == "." and (left + "." in abbrevs or ABBREV_LEFT.match(left) or "." in left or not left):
            continue
        if punct == ":" and left.lower() in ("http", "https", "mailto", "ftp"):
            continue
        yield Hit(pos, pos + 1, (punct + " ",), params={"punct": punct})


@builtin("VN-P05")
def space_inside_quotes(ctx: Any) -> Iterator[Hit]:
    """No space just inside quotation marks or brackets."""
    text = ctx.text
    for pattern, marks in ((INSIDE_OPEN, "“(["), (INSIDE_CLOSE, "”)]")):
        if not any(mark in text for mark in marks):
            continue  # the pattern needs one of them: no scan of a paragraph without any
        for m in pattern.finditer(text):
            yield Hit(m.start(), m.end(), ("",))


@builtin("VN-P06")
def quotes(ctx: Any) -> Iterator[Hit]:
    """Straight quotes become curly ones; “ ” must balance in a paragraph; nest with ‘ ’."""
    text = ctx.text
    straight = [i for i in _places(text, '"') if not ctx.an.in_url(i)]
    if len(straight) % 2 == 0:
        for a, b in zip(straight[::2], straight[1::2], strict=True):
            inner = text[a + 1:b]
            safe = bool(inner) and not inner[0].isspace() and not inner[-1].isspace() and "\n" not in inner
            yield Hit(a, b + 1, (f"“{inner}”",), safe=safe, case="straight")
    else:
        for i in straight:
            yield Hit(i, i + 1, (), safe=False, case="unbalanced_straight")
    stack: list[int] = []
    for i, opening in sorted([(i, True) for i in _places(text, "“")] + [(i, False) for i in _places(text, "”")]):
        if opening:
            stack.append(i)
        else:
            if not stack:
                yield Hit(i, i + 1, (), safe=False, case="unbalanced")
                continue
            start = stack.pop()
            if stack:
                inner = text[start + 1:i]
                yield Hit(start, i + 1, (f"‘{inner}’",), safe=False, case="nesting")
    for i in stack:
        yield Hit(i, i + 1, (), safe=False, case="unbalanced")


def _places(text: str, mark: str) -> list[int]:
    """Where the character ``mark`` stands in ``text``, in order (quicker than a walk over every character)."""
    out = []
    i = text.find(mark)
    while i >= 0:
        out.append(i)
        i = text.find(mark, i + 1)
    return out


@builtin("VN-P07", params={"three_dots_to_ellipsis": False})
def repeated_punct(ctx: Any) -> Iterator[Hit]:
    """Four or more dots, doubled commas and !! ?? (“?!” is allowed); optionally ... → …."""
    text = ctx.text
    for m in REPEATS.finditer(text):
        if ctx.an.in_url(m.start()):
            continue
        mark = m.group()
        if mark in ("?!", "!?"):
            continue
        good = "…" if mark[0] == "." else ("?!" if set(mark) == {"?", "!"} else mark[0])
        yield Hit(m.start(), m.end(), (good,))
    if ctx.params["three_dots_to_ellipsis"]:
        for m in THREE_DOTS.finditer(text):
            if not ctx.an.in_url(m.start()):
                yield Hit(m.start(), m.end(), ("…",), case="three_dots")


@builtin("VN-P08", prepare=prepare_lead)
def dash(ctx: Any) -> Iterator[Hit]:
    """A spaced hyphen used as a dash ( - → – ), number ranges (15 - 17/9 → 15–17/9), and --."""
    text = ctx.text
    if "-" not in text and "‐" not in text and "−" not in text:
        return  # every form the pattern finds holds one of them: no scan of a paragraph without any
    lead = lead_marker_of(ctx)
    s01_on = ctx.pack.is_enabled("VN-S01")
    for m in SPACED_HYPHEN.finditer(text):
        start, end = m.span()
        if ctx.an.in_url(start):
            continue
        in_lead = lead is not None and lead[0] <= start < lead[1]
        if in_lead and s01_on:
            continue
        if m.group(1):
            before, after = text[start - 1], text[end]
            if before.isdigit() and after.isdigit():
                yield Hit(start, end, ("–",), safe=False, case="range")
            elif not in_lead and _capitalised_before(text, start) and after.isupper():
                continue  # between two names (Cam Lộ - La Sơn, Nga - Ukraine, Thừa Thiên - Huế): house usage
            else:
                yield Hit(start, end, (" – ",), safe=in_lead, certain=in_lead)
        else:
            yield Hit(start, end, ("–",), safe=False, case="double_hyphen")


def _capitalised_before(text: str, pos: int) -> bool:
    word = word_before(text, pos)
    return bool(word) and word[0].isupper()


@builtin("VN-P09")
def headline_period(ctx: Any) -> Iterator[Hit]:
    """A headline, kicker or intertitle does not end with a full stop."""
    text = ctx.text.rstrip()
    if not text.endswith(".") or text.endswith("..") or len(text) < 2:
        return
    last = word_before(text, len(text) - 1)
    if last + "." in period_abbreviations(ctx.pack):
        return
    yield Hit(len(text) - 1, len(text), ("",))
