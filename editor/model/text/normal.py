"""The one NFC entry point of the model, and offset maps for text that arrives decomposed."""

from __future__ import annotations

import re
import unicodedata

_SURROGATE = re.compile("[\ud800-\udfff]")


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the only form the model stores, and writable as UTF-8.

    A lone surrogate (half of a UTF-16 pair, from a broken paste or file) becomes U+FFFD; a pair
    split into two code points becomes its character.
    """
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", without_surrogates(text))


def has_surrogates(text: str) -> bool:
    """True when ``text`` holds a surrogate code point, which UTF-8 cannot write."""
    return _SURROGATE.search(text) is not None


def without_surrogates(text: str) -> str:
    """``text`` able to be written as UTF-8: a surrogate pair becomes its character, a lone one U+FFFD."""
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def nfc_list(items: list[str]) -> list[str]:
    """NFC every string of a list."""
    return [nfc(s) for s in items]


def nfc_offset_map(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` and map every old code-point offset to its new offset.

    Used when a file or paste arrives decomposed but carries offsets (marks) into it.
    """
    normal = nfc(text)
    if normal == text:
        return text, list(range(len(text) + 1))
    mapping = [len(nfc(text[:i])) for i in range(len(text) + 1)]
    # A prefix may end inside a combining sequence; clamp so offsets never pass the end.
    return normal, [min(m, len(normal)) for m in mapping]
