"""Word tokens of a text, with code-point offsets, for the syllable rules."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Combining marks count as letters, so decomposed (NFD) text still yields whole words.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_CHAR = rf"(?:[^\W_]|[{_MARKS}])"
# Letters and digits; a hyphen or apostrophe between two of them stays inside the token
# (pa-nô, K'Ho, Mát-xcơ-va): such spellings are checked as one unit by check_syllable.
_WORD = re.compile(rf"{_CHAR}+(?:[-\u2010\u2011'\u2019]{_CHAR}+)*")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_TLDS = "com|net|org|edu|gov|info|biz|io|vn|uk|us|fr|de|jp|cn|ru|tv|app"
_SKIP = re.compile(
    r"(?:https?|ftp)://\S+"
    r"|www\.\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    rf"|\b(?:[\w-]+\.)+(?:{_TLDS})\b(?:/\S*)?"
    r"|(?<!\w)[@#]\w+"
)


# Every skipped span holds one of these: texts without any are not scanned.
_SKIP_HINT = re.compile(rf"://|www\.|[@#]|\.(?:{_TLDS})\b")


def _skipped_spans(text: str) -> list[tuple[int, int]]:
    if _SKIP_HINT.search(text) is None:
        return []
    return [m.span() for m in _SKIP.finditer(text)]


def tokens(text: str, with_digits: bool = False) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, token)`` for each word of ``text`` (code-point offsets).

    URLs, e-mail addresses, domain names, @handles and #hashtags are skipped, and so are
    tokens holding digits unless ``with_digits`` (then only tokens with a letter come back,
    e.g. VNI residue like ``vie65t``; pure numbers never do).
    """
    spans = _skipped_spans(text)
    for m in _WORD.finditer(text):
        word = m.group()
        if word.isalpha() and not spans:  # the common case: letters only, nothing skipped
            yield m.start(), m.end(), word
            continue
        start, end = m.span()
        if spans and any(s < end and start < e for s, e in spans):
            continue
        if _DIGIT.search(word) and (not with_digits or not _LETTER.search(word)):
            continue
        yield start, end, word
