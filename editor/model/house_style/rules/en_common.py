"""Helpers the English (AP) rules share: the dateline span, the state tables, quotations,
sentence starts and numbers in words.

The tables live in the pack's registry (``states``, ``postal_codes``, ``state_variants``,
``never_abbreviated_states``, ``dateline_cities``, ``months``, ``outlets``), so a desk edits
them without code; :func:`tables` turns them into lookups once per pack.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import regex

from ..findings import Hit
from ..text_tools import period_abbreviations, word_before

__all__ = ["GOOD_SEP", "SENTENCE_ENDS", "Dateline", "Tables", "body_start", "dateline_of", "is_sentence_start", "number_words",
           "period_abbreviations", "quote_spans", "skip_dateline", "tables", "within"]

# "AUSTIN, Texas (AP) — ", "ANN ARBOR, Mich. (AP) -- ", "(AP) — ", "Washington (Reuters) - ".
# The city may have up to four words ("SALT LAKE CITY", "ST. LOUIS"); the state up to three.
DATELINE = regex.compile(
    r"^(?P<lead>[^\S\n]*)"
    r"(?:(?P<city>\p{Lu}[\p{L}.'’\-]*(?:[^\S\n]+\p{Lu}[\p{L}.'’\-]*){0,3})"
    r"(?:(?P<comma>[^\S\n]*,[^\S\n]*)(?P<state>\p{Lu}[\p{L}.]*(?:[^\S\n]+\p{Lu}[\p{L}.]*){0,2}))?"
    r"(?P<gap>[^\S\n]*))?"
    r"\((?P<source>[^()\n]{1,30})\)"
    r"(?P<sep>[^\S\n]*(?:--|[—–―‐−-])[^\S\n]*|[^\S\n]*:[^\S\n]*|[^\S\n]+)(?=\S)")
SOURCE_SHAPE = regex.compile(r"^\p{Lu}[\p{Lu}\p{N}&.\-]{0,9}$")
PLACE = regex.compile(r"^(?P<city>[^,\n]*?\S)(?P<comma>[^\S\n]*,[^\S\n]*)(?P<state>\S[^,\n]*?)[^\S\n]*$")
GOOD_SEP = " — "
# After an abbreviation's period: does that period also end the sentence?
SENTENCE_ENDS = regex.compile(r"\s*$|[”’\"]|\s+[\p{Lu}“\"‘]")
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


@dataclass(frozen=True)
class Tables:
    """The AP reference tables of a pack, as lookups."""

    ap_form: dict[str, str]          # "California" -> "Calif.", "Texas" -> "Texas"
    full_name: dict[str, str]        # "Calif." -> "California", "CA" -> "California", "Tex." -> "Texas"
    postal: dict[str, str]           # "CA" -> "Calif."
    variants: dict[str, str]         # "Tex." -> "Texas", "Cal." -> "California"
    never: frozenset[str]            # the eight states AP never abbreviates
    cities: dict[str, str]           # "CHICAGO" -> "Illinois": the stand-alone dateline cities
    outlets: frozenset[str]
    folded: dict[str, str]           # casefolded spellings longer than two letters -> full name

    def resolve(self, state: str) -> str | None:
        """The full name of a state however it is written ("CA", "Calif.", "CALIF.", "Tex."), or None."""
        state = state.strip()
        if state in self.ap_form:
            return state
        if state in self.full_name:
            return self.full_name[state]
        return self.folded.get(state.casefold())


def tables(pack: Any) -> Tables:
    """The pack's state, city and outlet tables (built once per pack)."""
    def build() -> Tables:
        reg = pack.registry
        ap_form = dict(reg.table("states"))
        postal = dict(reg.table("postal_codes"))
        variants = dict(reg.table("state_variants"))
        full = {v: k for k, v in ap_form.items() if v != k}
        full.update({code: full.get(form, form) for code, form in postal.items()})
        full.update(variants)
        cities = {c.upper(): s for c, s in reg.table("dateline_cities").items()}
        folded = {k.casefold(): v for k, v in full.items() if len(k) > 2}
        folded.update({k.casefold(): k for k in ap_form})
        return Tables(ap_form, full, postal, variants, frozenset(reg.list("never_abbreviated_states")), cities,
                      frozenset(reg.list("outlets")), folded)
    return pack.share("en_tables", build)


@dataclass(frozen=True)
class Dateline:
    """A parsed dateline: offsets of its parts in the field text (``-1`` when absent)."""

    start: int
    end: int                  # end of the separator: where the story begins
    city: str
    city_span: tuple[int, int]
    state: str
    state_span: tuple[int, int]
    comma_start: int          # where ", State" begins (the end of the city when there is no state)
    source: str
    in_place_field: bool = False


def _parse_lead(text: str, tab: Tables, own: str = "") -> Dateline | None:
    """The dateline opening ``text``; ``own`` is the article's dateline source, an outlet too."""
    m = DATELINE.match(text)
    if not m:
        return None
    source, sep, city = m.group("source").strip(), m.group("sep"), m.group("city") or ""
    dashed = any(c in sep for c in "-—–―‐−")
    registered = source in tab.outlets or (bool(own) and source.casefold() == own.strip().casefold())
    known = registered or bool(SOURCE_SHAPE.match(source))
    if not known:
        return None
    if city and city != city.upper() and not (dashed and (registered or source == "AP")):
        return None  # "The agency (AP) said" is a sentence, not a dateline
    if not dashed and (not city or not registered):
        return None  # without a dash only a registered outlet makes a dateline
    state = m.group("state") or ""
    return Dateline(
        m.start("city") if city else m.start(0) + len(m.group("lead")), m.end(), city,
        m.span("city") if city else (-1, -1), state, m.span("state") if state else (-1, -1),
        m.start("comma") if state else (m.end("city") if city else -1), source)


def _parse_place(text: str) -> Dateline | None:
    m = PLACE.match(text)
    if m:
        return Dateline(0, len(text), m.group("city").strip(), m.span("city"), m.group("state"), m.span("state"),
                        m.start("comma"), "", True)
    city = text.strip()
    if not city:
        return None
    start = text.index(city)
    return Dateline(0, len(text), city, (start, start + len(city)), "", (-1, -1), start + len(city), "", True)


def _first_paragraph(ctx: Any) -> bool:
    block = ctx.field.block
    article = ctx.article
    if article is None:
        return block in (None, 0)
    for i, b in enumerate(article.body):
        if b.type == "paragraph" and (i == block or b.text.strip()):
            return i == block
    return block in (None, 0)


def dateline_of(ctx: Any) -> Dateline | None:
    """The dateline this field holds: the place field, or a dateline opening the lede or the
    first body paragraph ("AUSTIN, Texas (AP) — "); cached per field."""
    kind = ctx.field.kind
    if kind == "dateline.place":
        return ctx.an.cache("en_dateline", lambda: _parse_place(ctx.text))
    if kind == "lede" or (kind == "body.paragraph" and _first_paragraph(ctx)):
        own = ctx.article.dateline.source if ctx.article is not None else ""
        return ctx.an.cache(("en_dateline", own), lambda: _parse_lead(ctx.text, tables(ctx.pack), own))
    return None


def body_start(ctx: Any) -> int:
    """Where the story text of this field begins: after the dateline span, else 0."""
    if ctx.field.kind not in ("lede", "body.paragraph"):
        return 0
    dl = dateline_of(ctx)
    return dl.end if dl is not None else 0


def skip_dateline(ctx: Any, hits: Iterable[Hit]) -> Iterator[Hit]:
    """The hits that start after the dateline span (body-scope rules never look inside it)."""
    begin = body_start(ctx)
    for hit in hits:
        if hit.start >= begin:
            yield hit


_QUOTED = regex.compile(
    r"“[^“”\n]*”|\"[^\"\n]*\"|‘(?:[^‘’\n]|’(?=\p{L}))*’(?!\p{L})|(?<![\p{L}\p{N}])'(?:[^'\n]|'(?=\p{L}))*'(?![\p{L}])")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quotations in ``text`` (“…”, "…", ‘…’ and '…', apostrophes allowed inside)."""
    if not any(c in text for c in "“\"‘'"):
        return []
    return [m.span() for m in _QUOTED.finditer(text)]


def within(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` lies inside one of ``spans``."""
    return any(a <= pos < b for a, b in spans)


def is_sentence_start(text: str, pos: int, abbreviations: frozenset[str], begin: int = 0) -> bool:
    """Whether the word at ``pos`` opens a sentence: at ``begin`` (the start of the story text),
    after a line break, or after . ! ? that does not close an abbreviation ("No.", "Oct.")."""
    i = pos - 1
    while i >= begin and text[i] in "“\"‘'(":
        i -= 1
    j = i
    while i >= begin and text[i] in " \t\u00a0":
        i -= 1
    if i < begin or text[i] == "\n":
        return True
    if i == j:
        return False  # no space before the word
    k = i
    while k >= begin and text[k] in "”\"’')":
        k -= 1
    if k < begin or text[k] not in ".!?…":
        return False
    if text[k] != ".":
        return True
    before = word_before(text, k).lstrip("(“\"‘'")
    if not before or before + "." in abbreviations:
        return False
    return not (len(before) == 1 and before.isupper()) and "." not in before


def number_words(n: int) -> str | None:
    """``n`` (0–999) in words, AP style ("twenty-five", "one hundred twelve"); None beyond."""
    if n < 0 or n > 999:
        return None
    if n < 20:
        return NUMBER_WORDS[n]
    if n < 100:
        return TENS[n // 10] + ("-" + NUMBER_WORDS[n % 10] if n % 10 else "")
    rest = n % 100
    return NUMBER_WORDS[n // 100] + " hundred" + (" " + (number_words(rest) or "") if rest else "")
