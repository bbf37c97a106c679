"""Language-independent text machinery for rules: sentences and per-field caches.

Words and links come from the model's one lexer (:mod:`editor.model.text.lexer`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cached_property, partial
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


def lex_field(an: Analysis, pack: Any) -> None:
    """The per-field step of the article-level checks that read a field's tokens (see
    :func:`~.registry.builtin`)."""
    an.lexed  # noqa: B018 - lexing caches the tokens in the analysis


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

    @property
    def folded_words(self) -> list[str]:
        """The casefolded text of each of :attr:`words`, worked out once per field."""
        return self.cache("folded_words", lambda: [w.casefold() for _, _, w in self.lexed.tokens])

    def sentences(self, abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
        """Sentence spans of the field (see :func:`sentences`), computed once per abbreviation set."""
        return self.cache(("sentences", abbreviations), lambda: sentences(self.text, abbreviations))

    def cache(self, key: object, factory: Callable[[], Any]) -> Any:
        """A value shared between the rules that check this field (computed once)."""
        if key not in self._memo:
            self._memo[key] = factory()
        return self._memo[key]

    def export(self) -> tuple[Any, ...] | None:
        """What this analysis has worked out so far, as plain data another process can rebuild it
        from (:meth:`restored`): the tokens as texts and starts, the links, and the cached values,
        lists of this field's own tokens as their places in the token list. None before lexing.

        Cached values must be plain data (tuples, strings, numbers) to travel; the command
        line's helper process exports what the article-level rules read (see :mod:`.parallel`).
        """
        lexed = self.__dict__.get("lexed")
        if lexed is None:
            return None
        tokens = lexed.tokens
        places: dict[int, int] | None = None
        memo: dict[object, Any] = {}
        token_lists: dict[object, list[int | None]] = {}
        for key, value in self._memo.items():
            if isinstance(value, list) and value and type(value[0]) is Token:
                if places is None:
                    places = dict(zip(map(id, tokens), range(len(tokens)), strict=True))
                where = list(map(places.get, map(id, value)))
                if None not in where:
                    token_lists[key] = where
            else:
                memo[key] = value
        columns = tuple(zip(*tokens, strict=True)) or ((), (), ())  # starts, ends, texts (loops in C, here and below)
        return columns, lexed.links, memo, token_lists

    @classmethod
    def restored(cls, ft: FieldText, state: tuple[Any, ...]) -> Analysis:
        """The analysis of ``ft`` that :meth:`export` described (in another process, of the same text)."""
        (starts, ends, texts), links, memo, token_lists = state
        tokens = list(map(partial(tuple.__new__, Token), zip(starts, ends, texts, strict=True)))
        an = cls(ft)
        an.__dict__["lexed"] = Lexed(tokens, links)
        an._memo.update(memo)
        for key, where in token_lists.items():
            an._memo[key] = list(map(tokens.__getitem__, where))
        return an
