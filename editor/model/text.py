"""Text utilities shared by the whole model: the one NFC entry point and article counts."""

from __future__ import annotations

import math
import re
import unicodedata
from typing import NamedTuple

# A "word" is what is written between spaces and holds at least one letter or digit.
# Vietnamese desks count one word ("chữ") per syllable, which is exactly such a token.
_TOKEN = re.compile(r"\S+")
_WORDLIKE = re.compile(r"\w")

# Reading speed used for the reading-time estimate, in tokens per minute.
READING_SPEED = {"vi": 230, "en": 230}


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


def words(text: str) -> list[str]:
    """Tokens written between spaces that contain a letter or digit."""
    return [t for t in _TOKEN.findall(text) if _WORDLIKE.search(t)]


def count_words(text: str) -> int:
    """Number of words (for Vietnamese: syllables, the desk's "chữ")."""
    # str.split() gives the same runs as _TOKEN (both use Unicode white space); isalnum() settles
    # most tokens without a regex, which makes counting a library of thousands of articles quick.
    return sum(1 for t in text.split() if t.isalnum() or _WORDLIKE.search(t))


class Counts(NamedTuple):
    """What the status bar shows for an article."""

    words: int
    characters: int
    characters_no_spaces: int
    reading_minutes: int
    language: str

    @property
    def counts_syllables(self) -> bool:
        """Vietnamese desks count syllables ("chữ"), English desks count words."""
        return self.language.split("-")[0] == "vi"


def counts_for(texts: list[str], language: str) -> Counts:
    """Counts over the given field texts (headline, sapo, body blocks...)."""
    n_words = sum(count_words(t) for t in texts)
    n_chars = sum(len(t) for t in texts)
    n_chars_ns = sum(len(t) - sum(1 for c in t if c.isspace()) for t in texts)
    speed = READING_SPEED.get(language.split("-")[0], 230)
    minutes = math.ceil(n_words / speed) if n_words else 0
    return Counts(n_words, n_chars, n_chars_ns, minutes, language)
