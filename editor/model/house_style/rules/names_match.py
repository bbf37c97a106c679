"""NameAgreement's matching: how two spellings of a name are compared and found in a field.

The mark-free key of a word (:func:`base`: accents and capitals ignored), one letter off
(:func:`_one_edit`, English near spellings), the :class:`Authority` a name is held to, the title
ladders as look-ups (:class:`Titles`) and the titles or honorifics written before a name, the
:class:`Tables` of full, dropped-middle-syllable and near spellings, and the :class:`_Scanner` that
walks one field's words and finds the authorities' names in it. Used by :mod:`.names_sources` and
:mod:`.name_agreement`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from ..fields import FieldText
from ..pack_build import MAX_NAME_WORDS, MAX_PERSON_WORDS
from ..text_tools import Analysis

if TYPE_CHECKING:
    from .names_sources import _Article

_HSPACE = frozenset(" \t\u00a0\u202f\u2009")
_POSSESSIVE = ("'s", "’s")
_MAX_BASE_MEMO = 50_000
_base_memo: dict[str, str] = {}


def base(token: str) -> str:
    """``token`` without marks or capitals: "Hoà", "Hóa" and "HOA" are all "hoa"; "Đức" is "duc"."""
    got = _base_memo.get(token)
    if got is None:
        folded = token.casefold().replace("đ", "d")
        if not folded.isascii():
            folded = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
        got = folded.replace("’", "'")
        if len(_base_memo) < _MAX_BASE_MEMO:
            _base_memo[token] = got
    return got


def _gap(text: str) -> str | None:
    """A separator between two words of a name, normalised ("  " -> " "); None across a line break."""
    if "\n" in text:
        return None
    if all(c in _HSPACE for c in text):
        return " " if text else None
    return " ".join(text.split()) if text.strip() else None


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter changed, added or dropped (two letters swapped too)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


@dataclass
class Authority:
    """One name the article must keep to: its spelling, kind, title and where it comes from."""

    words: tuple[str, ...]
    gaps: tuple[str, ...]
    kind: str
    source: str
    n: int = 0
    title: str = ""
    title_source: str = ""
    title_n: int = 0
    ft: FieldText | None = None
    span: tuple[int, int] = (0, 0)
    normal: str | None = None  # the spelling once the deferred rules' fixes are applied (fields only)

    @property
    def spelling(self) -> str:
        out = self.words[0]
        for gap, word in zip(self.gaps, self.words[1:], strict=True):
            out += gap + word
        return out

    @property
    def key(self) -> tuple[str, ...]:
        return _key(self.words, self.gaps)


def _key(words: tuple[str, ...] | list[str], gaps: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    out = [base(words[0])]
    for gap, word in zip(gaps, words[1:], strict=True):
        out += [gap, base(word)]
    return tuple(out)


@dataclass
class Titles:
    """The rule's title ladders as look-ups (built once per pack)."""

    ladder: dict[str, int]          # casefolded title (any form) -> ladder index
    canonical: dict[str, str]       # casefolded form -> the ladder's spelling ("senator" -> "Sen.")
    forms: dict[str, list[str]]     # ladder spelling -> its other forms ("Sen." -> ["Senator"])
    by_length: list[str]            # every form, longest first (for "which title ends here")
    honorifics: list[str]           # words that may stand before a name and are no title
    former: frozenset[str]
    promotions: tuple[str, ...]



class Tables:
    """Authorities and the look-ups the scan uses: full spellings, dropped-syllable forms, English
    near spellings, window lengths by first word, persons by last word. The desk's are built once
    per pack (:func:`_prepare`); an article's own are built per check and shadow nothing of them."""

    def __init__(self, dropped_middle: bool, letter_typos: bool, under: Tables | None = None) -> None:
        self.dropped_middle, self.letter_typos, self.under = dropped_middle, letter_typos, under
        self.authorities: list[Authority] = []
        self.full: dict[tuple[str, ...], Authority] = {}
        self.dropped: dict[tuple[str, ...], Authority] = {}
        self.typo: dict[tuple[str, ...], list[Authority]] = {}
        self.lengths: dict[str, set[int]] = {}       # first word's key -> window lengths (in words) to try
        self.given: dict[str, list[Authority]] = {}  # key of a person's last word -> persons

    def known(self, key: tuple[str, ...]) -> Authority | None:
        return self.full.get(key) or (self.under.full.get(key) if self.under else None)

    def add(self, auth: Authority) -> Authority | None:
        """Add an authority unless its name is known already; returns the known one."""
        if not 2 <= len(auth.words) <= (MAX_PERSON_WORDS if auth.kind == "person" else MAX_NAME_WORDS):
            return None  # one word is no name to compare; a long run of capitals is no person's name
        known = self.known(auth.key)
        if known is None:
            self.full[auth.key] = auth
            self.authorities.append(auth)
        return known

    def index(self) -> None:
        """Work out the look-ups once every authority is in."""
        under = self.under
        if under is not None:
            self.lengths = {k: set(v) for k, v in under.lengths.items()}
            self.given = {k: list(v) for k, v in under.given.items()}
        for auth in self.authorities:
            words, gaps = auth.words, auth.gaps
            self.lengths.setdefault(base(words[0]), set()).add(len(words))
            if auth.kind != "person":
                continue
            self.given.setdefault(base(words[-1]), []).append(auth)
            if self.letter_typos:
                self.typo.setdefault(_key(words[:-1], gaps[:-1]) + (gaps[-1],), []).append(auth)
            if self.dropped_middle and len(words) >= 3 and all(g == " " for g in gaps):
                middle = len(words) - 2
                for mask in range(1, 2 ** middle):  # which middle words to drop (not none)
                    kept = [words[0]] + [w for j, w in enumerate(words[1:-1]) if not mask >> j & 1] + [words[-1]]
                    key = _key(kept, [" "] * (len(kept) - 1))
                    if self.known(key) is None:
                        self.dropped.setdefault(key, auth)
                        self.lengths[base(words[0])].add(len(kept))

    def full_of(self, key: tuple[str, ...]) -> Authority | None:
        return self.known(key)

    def dropped_of(self, key: tuple[str, ...]) -> Authority | None:
        return self.dropped.get(key) or (self.under.dropped.get(key) if self.under else None)

    def typo_of(self, key: tuple[str, ...]) -> list[Authority]:
        own = self.typo.get(key, [])
        return own + self.under.typo.get(key, []) if self.under else own


def _ends_with(text: str, end: int, forms: list[str]) -> tuple[int, str] | None:
    """``(start, form)`` of the longest of ``forms`` ending at ``end`` on a word boundary."""
    if end == 0:
        return None
    for form, folded in _by_last(tuple(forms)).get(text[end - 1].casefold(), ()):
        start = end - len(form)
        if start < 0 or text[start:end].casefold() != folded:
            continue
        if start == 0 or not (text[start - 1].isalnum() or unicodedata.combining(text[start - 1])):
            return start, text[start:end]
    return None


@lru_cache(maxsize=16)
def _by_last(forms: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    """``forms`` (longest first) grouped by their last character, casefolded: one look-up per test."""
    out: dict[str, list[tuple[str, str]]] = {}
    for form in forms:
        if form:
            out.setdefault(form[-1].casefold(), []).append((form, form.casefold()))
    return out


def _before(text: str, start: int) -> int:
    """Where the horizontal space before ``start`` begins (``start`` itself when there is none)."""
    i = start
    while i > 0 and text[i - 1] in _HSPACE:
        i -= 1
    return i


def _title_before(text: str, start: int, titles: Titles) -> tuple[int, int, str] | None:
    """The title written just before a name at ``start``: ``(start, end, text)``."""
    end = _before(text, start)
    if end == start:
        return None
    found = _ends_with(text, end, titles.by_length)
    return (found[0], end, found[1]) if found else None


def _prefixed(text: str, start: int, titles: Titles) -> bool:
    """Whether a title or an honorific ("ông", "Mr.") stands just before ``start``."""
    end = _before(text, start)
    return end < start and (_ends_with(text, end, titles.by_length) is not None
                            or _ends_with(text, end, titles.honorifics) is not None)


def _strip_prefixes(text: str, pos: int, titles: Titles) -> tuple[int, str]:
    """Skip honorifics and titles opening a name field; returns the position after them and the
    last ladder title among them ("Thượng tá Nguyễn Văn Hòa" -> title "Thượng tá")."""
    title = ""
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        for form in titles.by_length + titles.honorifics:
            end = pos + len(form)
            if text[pos:end].casefold() == form.casefold() and (end == len(text) or not text[end].isalnum()):
                if form.casefold() in titles.canonical or form in titles.by_length:
                    title = titles.canonical.get(form.casefold(), text[pos:end])
                pos = end
                break
        else:
            return pos, title



@dataclass
class _Window:
    first: int
    last: int            # index of the last word (inclusive)
    start: int
    end: int
    auth: Authority
    case: str            # "exact" | "spelling" | "dropped"
    words: list[str] = field(default_factory=list)



class _Scanner:
    """Walks one field's words and finds the authorities' names in it."""

    def __init__(self, art: _Article, ft: FieldText, an: Analysis) -> None:
        self.art, self.ft, self.text = art, ft, ft.text
        self.words = an.words
        self.possessive = art.params["possessive"]

    def core(self, i: int) -> tuple[str, int]:
        """Word ``i`` and its end, without an English possessive ("Smith's" -> "Smith")."""
        tok = self.words[i]
        if self.possessive and tok.text.endswith(_POSSESSIVE) and len(tok.text) > 2:
            return tok.text[:-2], tok.end - 2
        return tok.text, tok.end

    def gap(self, i: int) -> str | None:
        """The separator between word ``i - 1`` and word ``i``."""
        return _gap(self.text[self.words[i - 1].end:self.words[i].start])

    def glued_right(self, last: int) -> bool:
        j = last + 1
        if j >= len(self.words) or self.gap(j) != " " or self.core(last)[1] != self.words[last].end:
            return False
        return self.words[j].text[:1].isupper()

    def glued_left(self, first: int) -> bool:
        if first == 0 or self.gap(first) != " " or not self.words[first - 1].text[:1].isupper():
            return False
        return not _prefixed(self.text, self.words[first].start, self.art.titles)

    def windows(self) -> Iterator[_Window | tuple[Authority, int]]:
        """The authorities' names in the field, in order, and (as ``(person, start)``) a person's
        last word alone right after a title ("Thượng tá Hòa", "Sen. Smith")."""
        words, art = self.words, self.art
        lengths_of, given, memo = art.tables.lengths, art.tables.given, _base_memo
        skip_to = 0
        for i, tok in enumerate(words):  # one pass; only capitalised words cost more than a test
            text = tok[2]
            if i < skip_to or not text[0].isupper():
                continue
            if self.possessive and text.endswith(_POSSESSIVE):
                text = self.core(i)[0]
            key = memo.get(text) or base(text)
            lengths = lengths_of.get(key)
            found = self.match(i, lengths) if lengths else None
            if found is not None:
                skip_to = found.last + 1
                yield found
                continue
            people = given.get(key)
            if people and len(people) == 1 and text == people[0].words[-1] and not self.glued_left(i) \
                    and not self.glued_right(i) and _title_before(self.text, tok.start, art.titles) is not None:
                yield people[0], tok.start

    def match(self, i: int, lengths: set[int]) -> _Window | None:
        words, art = self.words, self.art
        key: list[str] = []
        texts: list[str] = []
        for j in range(i, min(len(words), i + max(lengths))):
            if j > i:
                gap = self.gap(j)
                if gap is None:
                    break
                key.append(gap)
            core, _ = self.core(j)
            texts.append(core)
            key.append(base(core))
        best: _Window | None = None
        for length in sorted(lengths, reverse=True):
            if length > len(texts):
                continue
            k = tuple(key[:2 * length - 1])
            last = i + length - 1
            end = self.core(last)[1]
            start = words[i].start
            auth = art.tables.full_of(k)
            if auth is not None:
                case = "exact" if self._same(texts[:length], key, auth) else "spelling"
                if case == "exact" or not self.glued_right(last):
                    return _Window(i, last, start, end, auth, case, texts[:length])
                continue
            auth = art.tables.dropped_of(k)
            if auth is not None and not self.glued_right(last) and not self.glued_left(i):
                return _Window(i, last, start, end, auth, "dropped", texts[:length])
            if best is None and art.tables.letter_typos and length >= 2:
                for cand in art.tables.typo_of(k[:-1]):
                    if len(cand.words) == length and self._typo(texts[length - 1], cand.words[-1]) \
                            and not self.glued_right(last):
                        best = _Window(i, last, start, end, cand, "spelling", texts[:length])
                        break
        return best

    @staticmethod
    def _typo(found: str, want: str) -> bool:
        a, b = base(found), base(want)
        return (min(len(a), len(b)) >= 4 and a[:1] == b[:1] and a.isalpha() and b.isalpha()
                and found[:1].isupper() and _one_edit(a, b))

    @staticmethod
    def _same(texts: list[str], key: list[str], auth: Authority) -> bool:
        """The window spells the authority's words (or all of them in capitals), whatever its spaces."""
        joined = " ".join(texts)
        want = " ".join(auth.words)
        return joined == want or (joined.isupper() and joined == want.upper())
