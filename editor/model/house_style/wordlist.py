"""Whole-word lists matched by table look-up instead of one big regular expression.

A pack's word lists (abbreviations to avoid, registered names, banned forms) used to become one
alternation ``(?<!W)(?:long|longer|…)(?!W)``. With hundreds of entries, case-insensitive, the
``regex`` module tries every entry at every position: about 15 ms for a 10,000-syllable
article, per list. Here the text is cut once into runs of word characters (letters, marks,
digits: the same ``W`` as the patterns); an entry can only start where a run starts, and only
where that run equals the entry's first run, so each run costs one dictionary look-up.

:class:`WordAlternation` finds exactly what the alternation found: leftmost, non-overlapping,
the longest entry first, an entry never glued to a word character on either side. Entries that
do not begin with a word character (rare) keep the regular expression.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

WORDCHAR = r"[\p{L}\p{M}\p{N}]"
_RUN = regex.compile(WORDCHAR + "+")
_IS_WORDCHAR = regex.compile(WORDCHAR)
_CACHE_SIZE = 8
_runs_cache: dict[str, list[tuple[int, str, str]]] = {}


def word_runs(text: str) -> list[tuple[int, str, str]]:
    """``(start, run, casefolded run)`` of every run of word characters in ``text`` (the last few
    texts are remembered: every list of a pack scans the same paragraph)."""
    runs = _runs_cache.get(text)
    if runs is None:
        runs = [(m.start(), m.group(), m.group().casefold()) for m in _RUN.finditer(text)]
        if len(text) > 100_000:
            return runs  # a huge paragraph is not kept alive
        if len(_runs_cache) >= _CACHE_SIZE:
            _runs_cache.pop(next(iter(_runs_cache)))
        _runs_cache[text] = runs
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
            first = _RUN.match(word)
            if first is None:
                odd.append(word)
                continue
            key = first.group().casefold() if ignorecase else first.group()
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
        index, folded, size = self.index, self.ignorecase, len(text)
        out: list[tuple[int, int]] = []
        last_end = 0
        for start, run, run_cf in word_runs(text):
            entries = index.get(run_cf if folded else run)
            if entries is None or start < last_end:
                continue
            for length, entry in entries:
                end = start + length
                piece = text[start:end]
                if (piece.casefold() if folded else piece) != entry:
                    continue
                if end < size and _IS_WORDCHAR.match(text, end):
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
