"""Article counts: words (for Vietnamese, syllables: the desk's "chữ"), characters, reading time."""

from __future__ import annotations

import math
from typing import NamedTuple

from .lexer import find_letter_or_digit, has_word

# Reading speed used for the reading-time estimate, in tokens per minute.
READING_SPEED = {"vi": 230, "en": 230}


def words(text: str) -> list[str]:
    """The counted units of ``text``: what is written between spaces and holds a token of the lexer.

    Tokens written together count once ("TP.HCM", "v.v.", "10:27", "tass.ru,"), as desks count.
    """
    return [t for t in text.split() if has_word(t)]


def count_words(text: str) -> int:
    """Number of words (for Vietnamese: syllables, the desk's "chữ"); see :func:`words`."""
    return sum(1 for t in text.split() if t.isalnum() or find_letter_or_digit(t) or has_word(t))


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
