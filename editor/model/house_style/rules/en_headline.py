"""EN-AP-17 and 18: headlines in sentence case without a final period; single quotes, "US"
and figures in headlines.

Sentence case keeps proper nouns: words in the pack's ``registry.proper_nouns`` (and
organisations, persons, states, cities, months), acronyms, words with inner capitals, and
words the story itself capitalises in mid-sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex

from ..findings import Hit
from ..kinds import literal_alternation
from ..registry import builtin
from .en_common import is_sentence_start, period_abbreviations, tables, within

WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:['’\-]\p{L}[\p{L}\p{M}]*)*")
# Words a story may capitalise mid-sentence (after a dash, in a bracketed link) that are no names.
NEVER_NAMES = frozenset(
    "a an the and or but nor so yet as at by for from in into of off on onto over per to up via with what how why "
    "when where who which whose it its this that these those is are was were be will more most than new after "
    "before about again all any".split())
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Vocabulary:
    """Names a headline keeps capitalised: single words, and phrases matched as a whole."""

    words: frozenset[str]
    phrases: regex.Pattern[str] | None

    def phrase_spans(self, text: str) -> list[tuple[int, int]]:
        """Where the multi-word names ("New York", "White House") stand in ``text``."""
        return [m.span() for m in self.phrases.finditer(text)] if self.phrases is not None else []


def _vocabulary(pack: Any) -> Vocabulary:
    def build() -> Vocabulary:
        reg = pack.registry
        names: set[str] = set(WEEKDAYS) | set(reg.table("months"))
        for lst in ("proper_nouns", "organisations", "persons"):
            names.update(reg.list(lst))
        tab = tables(pack)
        names.update(tab.ap_form)
        names.update(" ".join(w.capitalize() for w in c.split()) for c in tab.cities)
        single = frozenset(n for n in names if " " not in n and n[:1].isupper())
        multi = [n for n in names if " " in n]
        return Vocabulary(single, literal_alternation(multi, ignorecase=True))
    return pack.share("en_headline_vocabulary", build)


def _story_capitals(ctx: Any) -> frozenset[str]:
    """Words the lede and body capitalise in mid-sentence and never write in lower case
    (so they are names)."""
    article = ctx.article
    if article is None:
        return frozenset()
    abbrevs = period_abbreviations(ctx.pack)
    capital: set[str] = set()
    lower: set[str] = set()
    for text in [article.lede] + [b.text for b in article.body if b.type != "image"]:
        for m in WORD.finditer(text):
            w = m.group()
            if w[:1].islower():
                lower.add(w)
            elif (len(w) > 1 and w.isupper()) or not is_sentence_start(text, m.start(), abbrevs):
                capital.add(w)  # an acronym anywhere, or a capital in mid-sentence
    return frozenset(w for w in capital if w.lower() not in lower)


def _is_name(word: str, names: Vocabulary, story: frozenset[str], after_dot: bool = False) -> bool:
    base = regex.sub(r"['’]s$", "", word)
    if (len(base) > 1 or after_dot) and base.isupper():
        return True  # an acronym ("NASA", "N.Y.C.")
    if any(c.isupper() for c in base[1:]):
        return True  # iPhone, McDonald, O'Brien
    if base in names.words or base == "I":
        return True
    return base.lower() not in NEVER_NAMES and (word in story or base in story)


def _from_capitals(text: str, words: list[Any], names: Vocabulary, story: frozenset[str]) -> str:
    """An ALL CAPS headline in sentence case: acronyms and names the story uses are kept."""
    pieces: list[str] = []
    pos = 0
    phrases = names.phrase_spans(text)
    for i, m in enumerate(words):
        word = m.group()
        title = word[:1] + word[1:].lower()
        if word in story:
            new = word  # the story writes it in capitals too: an acronym
        elif i == 0 or title in names.words or title in story or within(phrases, m.start()):
            new = title
        else:
            new = word.lower()
        pieces += [text[pos:m.start()], new]
        pos = m.end()
    return "".join(pieces) + text[pos:]


def _after_colon(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" \"'“‘")
    return before.endswith((":", "?", "!"))


@builtin("EN-AP-17", params={"min_words": 3, "share": 0.6})
def headline_case(ctx: Any) -> Iterator[Hit]:
    """Headlines in sentence case (names keep their capitals) and without a final period."""
    full = ctx.text
    stripped = full.rstrip()
    text = full  # the part sentence case looks at: without a final period flagged on its own
    if stripped.endswith(".") and not stripped.endswith("..."):
        last = stripped.rsplit(None, 1)[-1]
        if last not in period_abbreviations(ctx.pack) and "." not in last[:-1]:
            yield Hit(len(stripped) - 1, len(stripped), ("",), certain=True, case="period")
            text = stripped[:-1]
    words = list(WORD.finditer(text))
    if len(words) < ctx.params["min_words"]:
        return
    names = _vocabulary(ctx.pack)
    story = _story_capitals(ctx)
    if text.upper() == text and sum(len(m.group()) > 1 for m in words) >= ctx.params["min_words"]:
        good = _from_capitals(text, words, names, story)
        yield Hit(0, len(text), (good,), case="all_caps", params={"good": good})
        return
    first = words[0]
    if first.group()[0].islower():
        good = text[:first.start()] + first.group()[0].upper() + text[first.start() + 1:]
        yield Hit(first.start(), first.start() + 1, (first.group()[0].upper(),), certain=True,
                  case="first_lower", params={"good": good})
    phrases = names.phrase_spans(text)
    candidates = [m for m in words[1:] if not _after_colon(text, m.start()) and not within(phrases, m.start())
                  and not _is_name(m.group(), names, story, text[m.end():m.end() + 1] == ".")]
    capitals = [m for m in candidates if m.group()[0].isupper()]
    if len(capitals) < 2 or len(capitals) < ctx.params["share"] * len(candidates):
        return
    out = list(text)
    for m in capitals:
        out[m.start()] = m.group()[0].lower()
    good = "".join(out)
    yield Hit(0, len(text), (good,), params={"good": good})


HEADLINE_QUOTES = regex.compile(r"“([^“”\n]*)”|\"([^\"\n]*)\"")


def _prepare_conventions(rule: Any, pack: Any) -> dict[str, Any]:
    p = rule.params
    abbrev = "|".join(regex.escape(k) for k in sorted(p["abbreviations"], key=len, reverse=True))
    numbers = "|".join(regex.escape(k) for k in sorted(p["numbers"], key=len, reverse=True))
    return {
        "abbrev": regex.compile(rf"(?<![\p{{L}}.])(?:{abbrev})(?![\p{{L}}])") if abbrev else None,
        "numbers": regex.compile(rf"(?<![\p{{L}}\-])(?:{numbers})(?![\p{{L}}\-])", regex.IGNORECASE)
        if numbers else None,
        "number_map": {k.casefold(): v for k, v in p["numbers"].items()},
    }


@builtin("EN-AP-18", params={"abbreviations": {"U.S.": "US"}, "numbers": {"two": "2"}}, prepare=_prepare_conventions)
def headline_conventions(ctx: Any) -> Iterator[Hit]:
    """In headlines: single quotes, US/UN/UK without periods, figures for numbers."""
    text, data = ctx.text, ctx.data
    for m in HEADLINE_QUOTES.finditer(text):
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        good = f"‘{inner}’" if m.group().startswith("“") else f"'{inner}'"
        yield Hit(m.start(), m.end(), (good,), case="quotes", params={"good": good})
    if data["abbrev"] is not None:
        for m in data["abbrev"].finditer(text):
            good = ctx.params["abbreviations"][m.group()]
            yield Hit(m.start(), m.end(), (good,), case="abbreviation", params={"good": good})
    if data["numbers"] is not None:
        for m in data["numbers"].finditer(text):
            good = data["number_map"][m.group().casefold()]
            yield Hit(m.start(), m.end(), (good,), case="number", params={"good": good})
