"""Language-independent text machinery for rules: sentences and per-field caches.

Words and links come from the model's one lexer (:mod:`editor.model.text.lexer`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any

import regex

from ..text.lexer import Lexed, Token, lex
from ..text.links import inside
from .fields import FieldText

__all__ = ["Analysis", "inside", "period_abbreviations", "sentences", "word_before"]

SENTENCE_END = regex.compile(r"[.!?…]+[”’\")\]]*(?=\s+|$)")


def sentences(text: str, abbreviations: Iterable[str] = ()) -> list[tuple[int, int]]:
    """Sentence spans: a sentence ends at . ! ? … (with closing quotes) before a space and a
    capital, digit or opening quote, except after a listed abbreviation or a one-letter initial."""
    abbrevs = set(abbreviations)
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in SENTENCE_END.finditer(text):
        end = m.end()
        nxt = end
        while nxt < n and text[nxt].isspace():
            nxt += 1
        if nxt < n and not (text[nxt].isupper() or text[nxt].isdigit() or text[nxt] in "“\"‘('-–—"):
            continue
        if m.group().startswith(".") and _before_is_abbreviation(text, m.start(), abbrevs):
            continue
        if end > start:
            spans.append((start, end))
        start = nxt
    if start < n and text[start:].strip():
        spans.append((start, n))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in spans if text[s:e].strip()]


def word_before(text: str, pos: int) -> str:
    """The run of non-space characters ending at ``pos`` (without the character at ``pos``)."""
    i = pos
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return text[i:pos]


def _before_is_abbreviation(text: str, dot: int, abbrevs: set[str]) -> bool:
    prev = word_before(text, dot)
    token = prev.lstrip("(“\"'")
    if not token:
        return False
    if token + "." in abbrevs or token in abbrevs:
        return True
    # One-letter initials ("Nguyễn V. A.") and dotted abbreviations ("v.v.", "T.Ư.").
    return (len(token) == 1 and token.isalpha() and token.isupper()) or "." in token.rstrip(".")


def period_abbreviations(pack: Any) -> frozenset[str]:
    """Abbreviations written with a full stop that do not end a sentence ("TP.", "v.v.", "Mr.").

    A pack lists them in ``registry.period_abbreviations``.
    """
    return pack.share("period_abbreviations", lambda: frozenset(pack.registry.list("period_abbreviations")))


class Analysis:
    """Per-field values that several rules need, computed once on first use."""

    def __init__(self, ft: FieldText) -> None:
        self.field = ft
        self.text = ft.text
        self._memo: dict[object, Any] = {}

    @cached_property
    def lexed(self) -> Lexed:
        """The field's tokens and links, from the one lexer."""
        return lex(self.text)

    @property
    def words(self) -> list[Token]:
        """Every token of the field (words, numbers, links), in order."""
        return self.lexed.tokens

    @property
    def urls(self) -> list[tuple[int, int]]:
        """Spans of the field's URLs, e-mail addresses, domains and handles."""
        return self.lexed.links

    def in_url(self, pos: int) -> bool:
        """Whether ``pos`` lies inside a URL, e-mail address or domain name."""
        return inside(self.urls, pos)

    def sentences(self, abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
        """Sentence spans of the field (see :func:`sentences`), computed once per abbreviation set."""
        return self.cache(("sentences", abbreviations), lambda: sentences(self.text, abbreviations))

    def cache(self, key: object, factory: Callable[[], Any]) -> Any:
        """A value shared between the rules that check this field (computed once)."""
        if key not in self._memo:
            self._memo[key] = factory()
        return self._memo[key]
