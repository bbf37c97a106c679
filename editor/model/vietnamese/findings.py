"""Syllable problems over a whole text, with the context a single token cannot see.

``check_syllable`` judges one token. An unaccented token such as "that", "lit" or "tich"
is a stop rhyme missing its tone only inside Vietnamese prose: in an English example
sentence it is English. :func:`syllable_findings` drops findings on unaccented tokens
whose neighbours hold fewer than two accented Vietnamese syllables and at least one word that
is no Vietnamese syllable at all ("Vinh danh thành tich" is Vietnamese: every word is one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import NamedTuple

from ..text.lexer import Token
from .checks import Problem, check_syllable
from .parsing import parse
from .syllable_table import is_well_formed, well_formed_syllables
from .tokens import tokens

# How many tokens on each side make the context, and how many of them must be accented Vietnamese.
CONTEXT = 3
MIN_MARKED_NEIGHBOURS = 2
_CONTEXT_CODES = frozenset(("checked_tone", "onset_spelling", "bad_rhyme"))


class SyllableFinding(NamedTuple):
    """A problem of the token ``text[start:end]``."""

    start: int
    end: int
    token: str
    problem: Problem


@lru_cache(maxsize=65536)
def _marked(token: str) -> bool:
    if is_well_formed(token):  # a listed syllable: marked when it holds a letter beyond ASCII
        return not token.isascii()
    syl = parse(token)
    return syl is not None and syl.marked and syl.rhyme_ok


@lru_cache(maxsize=65536)
def _foreign(token: str) -> bool:
    """Whether ``token`` cannot be a Vietnamese syllable, accents or not ("team", "Paris")."""
    low = token.lower()
    if low in well_formed_syllables():
        return False
    syl = parse(low)
    return syl is None or not syl.valid


def syllable_findings(text: str, tone_style: str = "first_vowel", words: Sequence[Token] | None = None,
                      check: Callable[[str, str], Sequence[Problem]] = check_syllable) -> list[SyllableFinding]:
    """Every orthography problem of ``text`` (NFC), token by token, in text order.

    ``words`` are the text's syllable tokens when the caller has them already; ``check`` judges
    one token (the checker passes a cached :func:`check_syllable`).
    """
    if words is None:
        words = list(tokens(text))
    marked: list[bool] | None = None
    out: list[SyllableFinding] = []
    for i, (start, end, word) in enumerate(words):
        problems = check(word, tone_style)
        if not problems:
            continue
        if any(p.code in _CONTEXT_CODES for p in problems) and not _marked(word):
            if marked is None:
                marked = [_marked(w) for _, _, w in words]
            around = marked[max(0, i - CONTEXT):i] + marked[i + 1:i + 1 + CONTEXT]
            near = words[max(0, i - CONTEXT):i] + words[i + 1:i + 1 + CONTEXT]
            if sum(around) < MIN_MARKED_NEIGHBOURS and any(_foreign(w) for _, _, w in near):
                problems = [p for p in problems if p.code not in _CONTEXT_CODES]
        out.extend(SyllableFinding(start, end, word, p) for p in problems)
    return out
