"""The one lexer: how every part of the model cuts text into words.

A word is a run of letters, combining marks and digits; a hyphen (``-``, U+2010, U+2011) or an
apostrophe (``'``, ``’``) between two such runs stays inside it, so "Mát‑xcơ‑va", "K'Ho" and
"COVID-19" are one token each. A number with inner separators ("12.500", "3,5", "10:27",
"11/3") is one token, and so is a link (URL, e-mail, domain, handle: see :mod:`.links`).
The house-style rules, the syllable checks, the counts, library search and the diff all
take their tokens from :func:`lex`. Offsets are code points.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import NamedTuple

from .links import inside, link_spans

WORD_CHARACTER = r"[\p{L}\p{M}\p{N}]"
JOINERS = "-\u2010\u2011'\u2019"
# One spelling of each joiner, for comparing words: hyphens as "-", apostrophes as "'".
JOINER_KEYS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2019": "'"})
LINK, NUMBER, WORD = "link", "number", "word"

# The same test for letters and digits alone, quicker: counting calls it for every chunk of text.
find_letter_or_digit = re.compile(r"[^\W_]").search


class _Patterns(NamedTuple):
    run: object
    token: object


@cache
def _patterns() -> _Patterns:
    """The lexer's patterns, compiled on first use: the window counts words at its first paint
    with the quick tests above, and loading ``regex`` waits until something really lexes."""
    import regex

    return _Patterns(
        regex.compile(WORD_CHARACTER + "+"),
        regex.compile(r"\p{Nd}+(?:[.,:/]\p{Nd}+)+" rf"|{WORD_CHARACTER}+(?:[{JOINERS}]{WORD_CHARACTER}+)*"),
    )
_SEPARATORS = frozenset(".,:/")


class Token(NamedTuple):
    """One token: ``text == source[start:end]``."""

    start: int
    end: int
    text: str


class Lexed(NamedTuple):
    """The tokens of one text, in order, and the spans of its links (each link is one token)."""

    tokens: list[Token]
    links: list[tuple[int, int]]

    def kind(self, token: Token) -> str:
        """LINK, NUMBER or WORD."""
        if self.links and inside(self.links, token.start):
            return LINK
        if token.text[0].isdigit() and not _SEPARATORS.isdisjoint(token.text):
            return NUMBER
        return WORD

    def words(self) -> list[Token]:
        """The tokens that are not links."""
        if not self.links:
            return self.tokens
        return [t for t in self.tokens if not inside(self.links, t.start)]


def lex(text: str) -> Lexed:
    """Cut ``text`` into tokens (see the module docstring)."""
    links = link_spans(text)
    found = _tokens(text)
    if not links:
        return Lexed(found, links)
    kept: list[Token] = []
    i = 0
    for tok in found:
        while i < len(links) and links[i][1] <= tok.start:
            i += 1
        if i < len(links) and links[i][0] < tok.end:
            continue  # a piece of a link
        kept.append(tok)
    return Lexed(sorted(kept + [Token(s, e, text[s:e]) for s, e in links]), links)


def _tokens(text: str) -> list[Token]:
    """What ``finditer`` of the token pattern finds, as Tokens, about a third quicker.

    ``findall`` gives the texts; each starts at the first occurrence of its text from where the
    previous one ended, since the text in between holds no word character (any would start a
    token) and every token starts with one.
    """
    out: list[Token] = []
    pos = 0
    find, new = text.find, tuple.__new__
    for word in _patterns().token.findall(text):
        start = find(word, pos)
        pos = start + len(word)
        out.append(new(Token, (start, pos, word)))
    return out


def runs(text: str) -> list[tuple[int, int]]:
    """Spans of the runs of word characters (the pieces a word is joined from), for word lists."""
    return [m.span() for m in _patterns().run.finditer(text)]


def run_texts(text: str) -> tuple[list[str], list[int]]:
    """The runs of :func:`runs` as texts, and where each starts (quicker than the spans, as
    :func:`_tokens`: no word character lies between two runs)."""
    found = _patterns().run.findall(text)
    starts: list[int] = []
    pos = 0
    find = text.find
    for run in found:
        pos = find(run, pos)
        starts.append(pos)
        pos += len(run)
    return found, starts


def has_word(text: str) -> bool:
    """Whether ``text`` holds a token (a letter, mark or digit)."""
    # Letters and digits are what ``[^\W_]`` finds; a combining mark is the one word character left.
    return text.isalnum() or find_letter_or_digit(text) is not None \
        or any(unicodedata.category(ch)[0] == "M" for ch in text)


def key(token: str) -> str:
    """The token with one spelling of each joiner (‑ ‐ as -, ’ as '), for comparing words."""
    return token.translate(JOINER_KEYS)
