"""Find in the whole article: every text a journalist sees, in reading order. No widgets here.

The texts are searched in the order of the fields panel, then the body: kicker, headline,
sapo, dateline place, byline (authors, sign-off), topic, tags, quotes (speaker, role, text
of each), awards (recipient, award, conferred by, reason of each), then the body blocks
(a block's text, or an image block's caption). Offsets are code points of the NFC text the
model holds; the Qt bridge (:mod:`editor.qt.qtsearch`) turns them into widget positions.

Options: *match case*, *whole words* (a match starts and ends on the boundaries of the
model's one lexer, so "Việt" is not found inside "Việtnam" or "Việt-Nam") and *ignore
accents* ("tong ket" finds "tổng kết", "Ha Noi" finds "Hà Nội"; the folding of
:mod:`editor.model.search_text`, one character at a time so offsets map back exactly).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from editor.model.article import Article, Block
from editor.model.house_style.fields import AWARD_KEYS, QUOTE_KEYS
from editor.model.search_text import fold
from editor.model.text import lex, nfc


@dataclass(frozen=True)
class SearchOptions:
    """How the query is compared with the text."""

    match_case: bool = False
    whole_words: bool = False
    ignore_accents: bool = False


@dataclass(frozen=True)
class Location:
    """A searched text, named as findings name fields: ``headline``, ``tags[1]``,
    ``quotes[0].text``, ``body`` or ``body.caption`` with the body block's index."""

    field: str
    block: int | None = None

    def __str__(self) -> str:
        if self.block is None:
            return self.field
        return f"body[{self.block}]" + (".caption" if self.field == "body.caption" else "")


class Match(NamedTuple):
    """One match: ``text[start:end]`` of the text at ``location`` (code points of NFC text)."""

    location: Location
    start: int
    end: int


def article_texts(article: Article, body: Sequence[Block] | None = None) -> list[tuple[Location, str]]:
    """Every searched text of ``article`` in reading order; ``body`` (one block per body block
    as the editor shows it) stands in for ``article.body`` when given."""
    a = article
    out = [(Location(name), text) for name, text in (
        ("kicker", a.kicker), ("headline", a.headline), ("lede", a.lede), ("dateline.place", a.dateline.place))]
    out += [(Location(f"byline.authors[{i}]"), name) for i, name in enumerate(a.byline.authors)]
    out += [(Location("byline.signoff"), a.byline.signoff), (Location("topic"), a.topic)]
    out += [(Location(f"tags[{i}]"), tag) for i, tag in enumerate(a.tags)]
    for group, records, keys in (("quotes", a.quotes, QUOTE_KEYS), ("awards", a.awards, AWARD_KEYS)):
        for i, record in enumerate(records):
            out += [(Location(f"{group}[{i}].{key}"), getattr(record, key)) for key in keys]
    for i, block in enumerate(a.body if body is None else body):
        if block.type == "image":
            out.append((Location("body.caption", i), block.caption))
        else:
            out.append((Location("body", i), block.text))
    return out


@lru_cache(maxsize=4096)
def _key_of(ch: str, match_case: bool, ignore_accents: bool) -> str:
    """What one character is compared as (possibly several characters, or none for a mark)."""
    if ignore_accents:
        folded = fold(ch)
        return folded.upper() if match_case and ch != ch.lower() else folded
    return ch if match_case else ch.lower()


def _keyed(text: str, options: SearchOptions) -> tuple[str, list[int] | None]:
    """The text as compared and, per compared character, the offset of the character it came
    from (None when the two are the same text)."""
    if options.match_case and not options.ignore_accents:
        return text, None
    pieces = [_key_of(ch, options.match_case, options.ignore_accents) for ch in text]
    keyed = "".join(pieces)
    if len(keyed) == len(text) and all(len(key) == 1 for key in pieces):
        return keyed, None
    return keyed, [i for i, key in enumerate(pieces) for _ in key]


def _inner_positions(text: str) -> set[int]:
    """Offsets that lie strictly inside a token of the lexer (not on a word boundary)."""
    inner: set[int] = set()
    for token in lex(text).tokens:
        inner.update(range(token.start + 1, token.end))
    return inner


def find_in_text(text: str, query: str, options: SearchOptions = SearchOptions()) -> list[tuple[int, int]]:
    """``(start, end)`` of every match of ``query`` in the NFC ``text``, in order, not overlapping."""
    needle, _ = _keyed(nfc(query), options)
    if not needle or not text:
        return []
    haystack, origin = _keyed(text, options)
    inner = _inner_positions(text) if options.whole_words else set()
    out: list[tuple[int, int]] = []
    at = haystack.find(needle)
    while at >= 0:
        end = at + len(needle)
        if origin is None:
            start, stop, whole = at, end, True
        else:  # a match must cover whole characters: "z" is not found in the "dz" of "ǆ"
            whole = (at == 0 or origin[at - 1] != origin[at]) and (end == len(origin) or origin[end] != origin[end - 1])
            start, stop = origin[at], (origin[end] if end < len(origin) else len(text))
        if whole and start not in inner and stop not in inner:
            out.append((start, stop))
            at = haystack.find(needle, end)
        else:
            at = haystack.find(needle, at + 1)
    return out


def find_all(article: Article, query: str, options: SearchOptions = SearchOptions(),
             body: Sequence[Block] | None = None) -> list[Match]:
    """Every match of ``query`` in ``article`` in reading order (see the module docstring)."""
    return find_in_texts(article_texts(article, body), query, options)


def find_in_texts(texts: Iterable[tuple[Location, str]], query: str, options: SearchOptions) -> list[Match]:
    """Every match of ``query`` in ``texts`` (as :func:`article_texts` lists them), in their order."""
    return [Match(location, start, end) for location, text in texts
            for start, end in find_in_text(text, query, options)]


def match_after(matches: Sequence[Match], order: Sequence[Location], location: Location | None, offset: int,
                backwards: bool = False) -> int:
    """Index of the first match at or after ``offset`` of ``location`` (the last one before it
    when ``backwards``), wrapping around; ``order`` lists the searched locations in reading order."""
    if not matches:
        return -1
    rank = {loc: i for i, loc in enumerate(order)}
    here = (rank.get(location, -1) if location is not None else -1, offset)
    keys = [(rank.get(m.location, -1), m.start) for m in matches]
    if backwards:
        before = [i for i, key in enumerate(keys) if key < here]
        return before[-1] if before else len(matches) - 1
    return next((i for i, key in enumerate(keys) if key >= here), 0)
