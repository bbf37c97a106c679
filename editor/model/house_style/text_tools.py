"""Language-independent text machinery for rules: words, sentences, URL spans, per-field caches."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from functools import cached_property
from typing import Any

import regex

from .fields import FieldText

WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[’'\-][\p{L}\p{M}\p{N}]+)*")
# URLs, e-mail addresses and bare domains: rules never look inside them.
URL = regex.compile(
    r"(?:https?://|ftp://|www\.)[^\s<>“”\"]+[^\s<>“”\".,;:!?)\]]"
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|\b[\w\-]+(?:\.[\w\-]+)*\.(?:vn|com|net|org|gov|edu|info|io|int|uk|us|fr|de|jp|cn)\b(?:/[^\s“”\"]*)?",
    regex.IGNORECASE,
)
# Every URL, address or domain holds one of these: texts without any are not scanned.
_URL_HINT = regex.compile(r"://|www\.|@|\.(?:vn|com|net|org|gov|edu|info|io|int|uk|us|fr|de|jp|cn)\b",
                          regex.IGNORECASE)
SENTENCE_END = regex.compile(r"[.!?…]+[”’\")\]]*(?=\s+|$)")


def words(text: str) -> list[tuple[int, int, str]]:
    """Word tokens (letters, marks and digits, inner hyphens/apostrophes) with offsets."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs, e-mail addresses and domain names in ``text``."""
    if _URL_HINT.search(text) is None:
        return []
    return [m.span() for m in URL.finditer(text)]


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of the sorted, non-overlapping ``spans``."""
    if not spans:
        return False
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


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
    def words(self) -> list[tuple[int, int, str]]:
        return words(self.text)

    @cached_property
    def urls(self) -> list[tuple[int, int]]:
        return url_spans(self.text)

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
