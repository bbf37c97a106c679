"""The one NFC entry point of the model, and offset maps for text that arrives decomposed."""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, the only form the model stores."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", text)


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
