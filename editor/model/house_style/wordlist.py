"""Whole-word lists matched by table look-up instead of one big regular expression.

A pack's word lists (abbreviations to avoid, registered names, banned forms) used to become one
alternation ``(?<!W)(?:long|longer|…)(?!W)``. With hundreds of entries, case-insensitive, the
``regex`` module tries every entry at every position: about 15 ms for a 10,000-syllable
article, per list. Here the text is cut once into runs of word characters (letters, marks,
digits: the runs of :func:`editor.model.text.lexer.runs`); an entry can only start where a run starts, and only
where that run equals the entry's first run, so each run costs one dictionary look-up.

:class:`WordAlternation` finds exactly what the alternation found: leftmost, non-overlapping,
the longest entry first, an entry never glued to a word character on either side. Entries that
do not begin with a word character (rare) keep the regular expression.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ..text.lexer import WORD_CHARACTER as WORDCHAR
from ..text.lexer import has_word, run_texts
from ..text.lexer import runs as run_spans

# The runs of the last texts scanned are kept, up to about a long article's text: every list of a
# pack scans the same paragraph, and the two-core check (:mod:`.parallel`) works out the runs of
# all its fields for the article-level rules before their per-field rules scan them again.
_CACHE_CHARACTERS = 200_000
_CACHE_ENTRIES = 512
_HUGE = 100_000  # a text this long is not kept alive


class TextRuns:
    """The runs of word characters of one text, and where each distinct run stands."""

    __slots__ = ("_by_folded", "_by_run", "folded", "runs", "starts")

    def __init__(self, text: str) -> None:
        self.runs: list[str]
        self.starts: list[int]
        self.runs, self.starts = run_texts(text)
        self.folded: list[str] = [r.casefold() for r in self.runs]
        self._by_run: dict[str, list[int]] | None = None
        self._by_folded: dict[str, list[int]] | None = None

    def where(self, folded: bool) -> dict[str, list[int]]:
        """Run (casefolded with ``folded``) -> indexes of the runs that equal it."""
        table = self._by_folded if folded else self._by_run
        if table is None:
            table = {}
            for i, run in enumerate(self.folded if folded else self.runs):
                table.setdefault(run, []).append(i)
            if folded:
                self._by_folded = table
            else:
                self._by_run = table
        return table


_runs_cache: dict[str, TextRuns] = {}
_cached_characters = 0


def forget_runs() -> None:
    """Empty the cache of word runs (for measuring memory; it refills as texts are scanned)."""
    global _cached_characters
    _runs_cache.clear()
    _cached_characters = 0


def word_runs(text: str) -> TextRuns:
    """The runs of ``text`` (the last texts scanned are remembered, see ``_CACHE_CHARACTERS``)."""
    global _cached_characters
    runs = _runs_cache.get(text)
    if runs is None:
        runs = TextRuns(text)
        if len(text) > _HUGE:
            return runs
        while _runs_cache and (_cached_characters + len(text) > _CACHE_CHARACTERS
                               or len(_runs_cache) >= _CACHE_ENTRIES):
            oldest = next(iter(_runs_cache))
            del _runs_cache[oldest]
            _cached_characters -= len(oldest)
        _runs_cache[text] = runs
        _cached_characters += len(text)
    return runs


class LiteralMatch:
    """One occurrence of a list entry: the part of ``regex.Match`` the rules use."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def group(self, index: int = 0) -> str:
        if index != 0:
            raise IndexError("a word-list match has no groups")
        return self._text[self._start:self._end]

    def __repr__(self) -> str:
        return f"<LiteralMatch {self.span()} {self.group()!r}>"


class WordAlternation:
    """Finds any of ``words`` as a whole word or phrase (case-insensitive with ``ignorecase``)."""

    def __init__(self, words: Iterable[str], ignorecase: bool = False) -> None:
        self.ignorecase = ignorecase
        self.index: dict[str, list[tuple[int, str]]] = {}
        odd: list[str] = []
        for word in sorted(set(words), key=len, reverse=True):
            first = run_spans(word)[:1]
            if not first or first[0][0] != 0:
                odd.append(word)
                continue
            key = word[:first[0][1]].casefold() if ignorecase else word[:first[0][1]]
            self.index.setdefault(key, []).append((len(word), word.casefold() if ignorecase else word))
        self._odd = None
        if odd:
            body = "|".join(regex.escape(w) for w in odd)
            flags = regex.VERSION1 | (regex.IGNORECASE if ignorecase else 0)
            self._odd = regex.compile(rf"(?<!{WORDCHAR})(?:{body})(?!{WORDCHAR})", flags)

    def finditer(self, text: str, timeout: float | None = None) -> list[LiteralMatch]:
        """Every occurrence, in order (``timeout`` is accepted like a pattern's; a look-up needs none)."""
        spans = self._spans(text)
        if self._odd is not None:
            spans = _merge(spans, [m.span() for m in self._odd.finditer(text)])
        return [LiteralMatch(text, s, e) for s, e in spans]

    def _spans(self, text: str) -> list[tuple[int, int]]:
        runs = word_runs(text)
        where = runs.where(self.ignorecase)
        keys = self.index.keys() & where.keys() if len(self.index) < len(where) else where.keys() & self.index.keys()
        if not keys:
            return []
        candidates = sorted(i for key in keys for i in where[key])
        folded, size, starts = self.ignorecase, len(text), runs.starts
        key_of = runs.folded if folded else runs.runs
        out: list[tuple[int, int]] = []
        last_end = 0
        for i in candidates:
            start = starts[i]
            if start < last_end:
                continue
            for length, entry in self.index[key_of[i]]:
                end = start + length
                piece = text[start:end]
                if (piece.casefold() if folded else piece) != entry:
                    continue
                if end < size and has_word(text[end]):
                    continue
                out.append((start, end))
                last_end = end
                break
        return out


def _merge(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two sorted lists of spans as one, leftmost first, without overlaps."""
    out: list[tuple[int, int]] = []
    for span in sorted(a + b, key=lambda s: (s[0], -s[1])):
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out
