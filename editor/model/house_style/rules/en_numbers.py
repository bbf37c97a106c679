"""EN-AP-06, 07, 08, 13: numerals under 10, figures opening a sentence, percentages, money.

AP spells out one to nine but uses figures for ages, percentages, money, dimensions and
distances, times, dates, addresses, scores and votes, years, "No. 1", decimals, ranges,
ratios and measurements ("5 km"); EN-AP-06 skips all of those. A sentence does not open with
figures except a year. Since 2019 AP writes "3.1%"; "$5", not "$5.00"; "$5 million".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from ..findings import Hit
from ..registry import builtin
from .en_common import body_start, is_sentence_start, number_words, period_abbreviations, skip_dateline

SINGLE = regex.compile(r"(?<![\p{L}\p{N}\p{M}.,:/$£€¥#\-–‐'’_@^])[1-9](?![\p{L}\p{N}\p{M}°½¼¾⅓⅔%_^]|[.,:/]\d)")
_GAP = r"[^\S\n]*"
_S = r"[^\S\n]+"
UNITS = (
    r"km|kms|kilomet(?:er|re)s?|kph|mph|miles?|mi|m|met(?:er|re)s?|cm|centimet(?:er|re)s?|mm|millimet(?:er|re)s?|"
    r"inch(?:es)?|in\.|feet|foot|ft|yards?|yds?|acres?|hectares?|ha|kg|kilo(?:gram)?s?|g|grams?|lbs?|pounds?|"
    r"ounces?|oz|tons?|tonnes?|lit(?:er|re)s?|l|ml|gallons?|cups?|tablespoons?|teaspoons?|tbsp|tsp|degrees?|"
    r"cents?|dollars?|euros?|yuan|yen|pence|p|rupees?|dong|baht|pesos?|francs?|GB|MB|TB|GHz|MHz|kW|MW|GW|kWh|"
    r"volts?|watts?|points?|pts|goals?|runs?|votes?|strokes?|seeds?|stars?|[CF]\b|million|billion|trillion|bn|"
    r"percent|per" + _S + r"cent|percentage|a\.m\.|p\.m\.|am|pm|a\.m|p\.m|o['’]clock|BC|B\.C\.|AD|A\.D\."
)
MONTHS = (r"January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
STREET = (r"St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Way|Place|Pl|Court|Ct|Square|Sq|"
          r"Terrace|Close|Crescent|Parkway|Pkwy|Highway|Hwy|Row|Gardens|Mews")
# What may follow a figure under 10 that AP keeps as a figure.
AFTER_KEEP = regex.compile(
    _GAP + r"(?:%|[½¼¾⅓⅔]|\d/\d|[-–‐]" + _GAP + r"(?:\d|year-old|month-old|week-old|day-old)|(?:" + UNITS + r")(?![\p{L}\p{N}])"
    r"|[-–‐](?:" + UNITS + r"|[a-z]*(?:foot|inch|meter|metre|mile|point|km|ton|pound|gram|liter|litre|"
    r"degree|percent|seater|door|star|speed|storey|story|bedroom|wheel|set|up|down|in|on|off|D)s?)(?![\p{L}])"
    r"|years?" + _S + r"old|months?" + _S + r"old|weeks?" + _S + r"old|(?:to|x|by|in|out" + _S + r"of)" + _S +
    r"\d|x\d|\d+/\d|(?:" + MONTHS + r")\.?(?![\p{L}])"
    r"|(?:\p{Lu}[\p{L}'’]+" + _S + r"){1,3}(?:" + STREET + r")\.?(?![\p{L}]))",
    regex.VERSION1,
)
BEFORE_KEEP = regex.compile(
    r"(?:(?<![\p{L}])(?:No|no|Nos|nos|Number|number|page|pages|p|pp|chapter|room|gate|platform|grade|level|size|"
    r"route|interstate|highway|ward|district|precinct|age|aged|ages|phase|stage|category|class|type|version|"
    r"season|episode|issue|volume|vol|act|scene|figure|fig|table|section|article|lane|row|seat|floor|apartment|"
    r"apt|suite|unit|channel|flight|exit|track|tier|zone|rank|ranked|plus|minus|times|age" + _S + "of|"
    r"ages" + _S + r"of|" + MONTHS + r")\.?|[#$£€¥]|\d" + _GAP + r"(?:[-–‐/]|to|by|x|of|in)|\d[.,])" + _GAP + r"$",
    regex.VERSION1,
)
APPOSITIVE = regex.compile(r"\p{L}[\p{L}'’\-]*," + _S + r"$")
CAPITAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}.])(\p{Ll}*\p{Lu}[\p{L}\p{N}\-]*)" + _S + r"$")
# Capitalised only because they open a sentence: "In 3 cases" is not a name like "Game 7".
OPENERS = frozenset(
    "a about after all almost an and another around as at before but by during each every few for from her his "
    "if in its just many more most my nearly of on only or our over since some than that the their these this "
    "those to under until when while with within".split())


def _keep_figure(text: str, start: int, end: int, abbrevs: frozenset[str]) -> bool:
    """Whether the figure at ``[start, end)`` is one of AP's exceptions (figures stay)."""
    if AFTER_KEEP.match(text, end):
        return True
    before = text[max(0, start - 40):start]
    if BEFORE_KEEP.search(before):
        return True
    if before.endswith("(") and text[end:end + 1] == ")":
        return True  # "(3)": an enumeration or an age in parentheses
    if text[end:end + 1] == "," and APPOSITIVE.search(before):
        return True  # "Jane Smith, 5, ...": an age
    m = CAPITAL_BEFORE.search(before)
    if m is not None:
        word_start = start - len(before) + m.start(1)
        if m.group(1).casefold() not in OPENERS or not is_sentence_start(text, word_start, abbrevs):
            return True  # "Game 7", "Windows 8", "Chapter 3", "Route 9", "March 5"
    return False


def _in_list(text: str, start: int, n: int) -> bool:
    """Whether the "n. " at ``start`` is an item of a numbered list (a line start or a neighbour)."""
    if start == 0 or text[start - 1] == "\n":
        return True
    near = text[max(0, start - 80):start + 80]
    return f"{n + 1}. " in near or (n > 1 and f"{n - 1}. " in near)


@builtin("EN-AP-06")
def numerals_under_ten(ctx: Any) -> Iterator[Hit]:
    """Spell out one to nine outside AP's exceptions: the 3 months → the three months."""
    text = ctx.text
    if not any(c in text for c in "123456789"):
        return
    abbrevs = period_abbreviations(ctx.pack)
    begin = body_start(ctx)
    hits = []
    for m in SINGLE.finditer(text, begin):
        s, e = m.span()
        if ctx.an.in_url(s) or is_sentence_start(text, s, abbrevs, begin):
            continue  # a figure opening a sentence is EN-AP-07's
        if text.startswith((". ", ") "), e) and _in_list(text, s, int(m.group())):
            continue  # a numbered list: "1. Finland 2. Norway"
        if _keep_figure(text, s, e, abbrevs):
            continue
        word = number_words(int(m.group())) or ""
        hits.append(Hit(s, e, (word,), safe=False, params={"word": word}))
    yield from skip_dateline(ctx, hits)


FIGURE = regex.compile(r"(?<![\p{L}\p{N}.,$£€¥#])\d+(?:[.,]\d+)*(?![\p{L}\p{N}])")
YEAR = regex.compile(r"(?:1\d{3}|20\d{2})(?:s|['’]s)?(?![\p{N}]|[.,]\d)")
LIST_NUMBER = regex.compile(r"\d{1,2}[.)](?=[^\S\n])")


@builtin("EN-AP-07")
def figure_starts_sentence(ctx: Any) -> Iterator[Hit]:
    """A sentence does not open with figures (a year may): 12 people came. → Twelve people came."""
    text = ctx.text
    if not any(c.isdigit() for c in text):
        return
    abbrevs = period_abbreviations(ctx.pack)
    begin = body_start(ctx)
    for m in FIGURE.finditer(text, begin):
        s, e = m.span()
        if not is_sentence_start(text, s, abbrevs, begin) or ctx.an.in_url(s):
            continue
        if YEAR.match(text, s) or text[e:e + 1] in ("/", ":") or text.startswith(" / ", e):
            continue
        line_start = s == 0 or text[s - 1] == "\n"
        if line_start and LIST_NUMBER.match(text, s):
            continue
        number = m.group().replace(",", "")
        word = number_words(int(number)) if number.isdigit() and text[e:e + 1] != "%" else None
        replacements = (word[0].upper() + word[1:],) if word else ()
        yield Hit(s, e, replacements, safe=False, params={"word": replacements[0] if replacements else ""})


NUMERAL = r"(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*"
PERCENT_WORDS = regex.compile(
    rf"(?P<num>{NUMERAL})(?P<unit>{_S}percent|{_S}per{_S}cent|[^\S\n]?pc|{_S}%)(?![\p{{L}}\p{{N}}])", regex.VERSION1)
PERCENT_SIGN = regex.compile(rf"(?P<num>{NUMERAL})(?P<unit>{_GAP}%)", regex.VERSION1)


@builtin("EN-AP-08", params={"style": "symbol"})
def percent(ctx: Any) -> Iterator[Hit]:
    """With figures, AP (since 2019) writes 3.1%; a pack may keep "3.1 percent" (style "word")."""
    text = ctx.text
    if not any(c.isdigit() for c in text):
        return
    hits = []
    if ctx.params["style"] == "word":
        for m in PERCENT_SIGN.finditer(text):
            good = m.group("num") + " percent"
            hits.append(Hit(m.start(), m.end(), (good,), params={"good": good}))
    else:
        for m in PERCENT_WORDS.finditer(text):
            good = m.group("num") + "%"
            hits.append(Hit(m.start(), m.end(), (good,), params={"good": good}))
    yield from skip_dateline(ctx, (h for h in hits if not ctx.an.in_url(h.start)))


MONEY_CENTS = regex.compile(r"(?P<cur>(?:US|A|C|NZ|HK|S)?[$£€¥])(?P<num>\d{1,3}(?:,\d{3})*|\d+)\.00(?![\d])")
MONEY_LONG = regex.compile(
    r"(?P<cur>(?:US|A|C|NZ|HK|S)?[$£€¥])(?P<num>\d{1,3}(?:,\d{3}){2,}|\d{7,})(?:\.\d{1,2})?(?![\d,]|\.\d)")
SCALES = ((10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"))


def _in_words(value: int) -> tuple[str, bool] | None:
    """"5 million" for 5,000,000 and whether that is exact (else rounded to two decimals)."""
    for size, name in SCALES:
        if value >= size:
            amount = round(value / size, 2)
            figure = f"{amount:.2f}".rstrip("0").rstrip(".")
            return f"{figure} {name}", amount * size == value
    return None


@builtin("EN-AP-13")
def money(ctx: Any) -> Iterator[Hit]:
    """$5.00 → $5 (safe); $5,000,000 → $5 million (offered for review)."""
    text = ctx.text
    if not any(c in text for c in "$£€¥"):
        return
    hits = []
    for m in MONEY_CENTS.finditer(text):
        good = m.group("cur") + m.group("num")
        hits.append(Hit(m.start(), m.end(), (good,), params={"good": good}))
    for m in MONEY_LONG.finditer(text):
        words = _in_words(int(m.group("num").replace(",", "")))
        if words is not None:
            good = m.group("cur") + words[0]
            hits.append(Hit(m.start(), m.end(), (good,), safe=False, case="long", params={"good": good}))
    yield from skip_dateline(ctx, hits)
