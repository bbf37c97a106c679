"""EN-AP-09…12: dates, months, times of day and decades, AP style.

"Oct. 4" (no ordinal suffix); Jan., Feb., Aug., Sept., Oct., Nov., Dec. abbreviated before a
day, March to July never, every month spelled out without a day; "10 a.m.", "noon";
"the 1990s". The month table is the pack's ``registry.months`` (name → AP form before a day).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex

from ..findings import Hit
from ..registry import builtin
from .en_common import SENTENCE_ENDS, skip_dateline

DAY = r"(?:3[01]|[12]\d|0?[1-9])"
ORDINAL_HINT = regex.compile(r"\d(?:st|nd|rd|th)(?![\p{L}])")
NOT_A_DAY_AFTER = r"(?![\p{N}]|[.:,]\d|[^\S\n]*(?:%|percent|per cent|million|billion|people|years?|months?|weeks?|days?)\b)"


@dataclass(frozen=True)
class Months:
    """The pack's month table as patterns: AP forms, wrong abbreviations, all spellings."""

    ap_form: dict[str, str]   # "September" -> "Sept.", "March" -> "March"
    full: dict[str, str]      # every spelling ("Sep.", "Sept", "Sept.", "September") -> "September"
    dotted_bad: frozenset[str]
    any_month: str            # alternation of every spelling, longest first
    ordinal: regex.Pattern[str]
    day_after: regex.Pattern[str]
    day_first: regex.Pattern[str]
    bare: regex.Pattern[str]


def months(pack: Any) -> Months:
    """The month patterns of a pack (built once per pack)."""
    def build() -> Months:
        ap_form = dict(pack.registry.table("months"))
        full: dict[str, str] = {}
        for name, form in ap_form.items():
            full[name] = name
            full[form] = name
            for stem in {name[:3], form.rstrip(".")} - {name}:
                full.setdefault(stem, name)
                full.setdefault(stem + ".", name)
        dotted_bad = frozenset(k for k, v in full.items() if k.endswith(".") and k != ap_form[v])
        spellings = sorted(full, key=len, reverse=True)
        alt = "|".join(regex.escape(s) for s in spellings) or "(?!)"
        month = rf"(?<![\p{{L}}\p{{N}}])(?P<month>{alt})(?![\p{{L}}])"
        return Months(
            ap_form, full, dotted_bad, alt,
            regex.compile(rf"{month}[^\S\n]+(?P<day>{DAY})(?P<suffix>st|nd|rd|th)(?![\p{{L}}\p{{N}}])"
                          rf"|(?<![\p{{L}}\p{{N}}])(?P<day2>{DAY})(?P<suffix2>st|nd|rd|th)[^\S\n]+(?:{alt})"
                          rf"(?![\p{{L}}])"),
            regex.compile(rf"{month}(?=[^\S\n]+{DAY}(?:st|nd|rd|th)?(?![\p{{L}}]){NOT_A_DAY_AFTER})"),
            regex.compile(rf"(?<![\p{{L}}\p{{N}}.,:$£€])(?P<day>{DAY}){'(?:st|nd|rd|th)?'}[^\S\n]+{month}"
                          rf"(?:,?[^\S\n]+(?P<year>\d{{4}})(?!\d))?"),
            regex.compile(month),
        )
    return pack.share("en_months", build)


def _prepare(rule: Any, pack: Any) -> dict[str, Any]:
    months(pack)
    return {}


@builtin("EN-AP-09", prepare=_prepare)
def date_ordinal(ctx: Any) -> Iterator[Hit]:
    """No ordinal suffix in dates: Oct. 4th → Oct. 4."""
    text = ctx.text
    if ORDINAL_HINT.search(text) is None:
        return
    hits = []
    for m in months(ctx.pack).ordinal.finditer(text):
        group = "day" if m.group("day") else "day2"
        day = m.group(group)
        hits.append(Hit(m.start(group), m.end(group) + 2, (day,), params={"good": day}))
    yield from skip_dateline(ctx, hits)


def _month_hits(text: str, mo: Months) -> Iterator[Hit]:
    with_day: set[int] = set()
    for m in mo.day_after.finditer(text):
        found = m.group("month")
        name = mo.full[found]
        good = mo.ap_form[name]
        with_day.add(m.start())
        if found != good:
            yield Hit(m.start(), m.end(), (good,), params={"good": good, "month": name})
    for m in mo.day_first.finditer(text):
        name = mo.full[m.group("month")]
        day = str(int(m.group("day")))
        year = m.group("year")
        good = f"{mo.ap_form[name]} {day}" + (f", {year}" if year else "")
        yield Hit(m.start(), m.end(), (good,), safe=False, case="day_first", params={"good": good, "month": name})
    for m in mo.bare.finditer(text):
        found = m.group("month")
        name = mo.full[found]
        if m.start() in with_day or found == name or not found.endswith("."):
            continue  # only dotted abbreviations are surely months ("Jan" may be a name)
        good, safe = name, True
        rest = text[m.end():]
        if not rest.strip() or rest[:1] in "”’\"":
            good += "."  # the abbreviation's period also ended the sentence
        elif SENTENCE_ENDS.match(text, m.end()):
            safe = False  # "in Dec. The …" or "in Dec. Smith …": a person decides
        if found in mo.dotted_bad or found == mo.ap_form[name]:
            yield Hit(m.start(), m.end(), (good,), safe=safe, case="alone", params={"good": good, "month": name})


@builtin("EN-AP-10", prepare=_prepare)
def month_abbreviation(ctx: Any) -> Iterator[Hit]:
    """Sept. 30 (not September 30, Sep. 30); March 3 (not Mar. 3); September 2019 (not Sept. 2019)."""
    text = ctx.text
    mo = months(ctx.pack)
    if not mo.ap_form:
        return
    hits = sorted(_month_hits(text, mo), key=lambda h: h.start)
    taken: list[tuple[int, int]] = []
    out = []
    for hit in hits:
        if any(a < hit.end and hit.start < b for a, b in taken):
            continue
        taken.append((hit.start, hit.end))
        out.append(hit)
    yield from skip_dateline(ctx, out)


CLOCK = regex.compile(
    r"(?<![\p{L}\p{N}:.,$£€])(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?[^\S\n]?"
    r"(?P<ap>[AaPp])(?P<dot1>\.?)[^\S\n]?[Mm](?P<dot2>\.?)(?![\p{L}\p{N}])")
NOON = regex.compile(r"(?<![\p{L}\p{N}:])12(?::00)?[^\S\n]+(?P<word>noon|midnight)(?![\p{L}])", regex.IGNORECASE)


@builtin("EN-AP-11")
def time_of_day(ctx: Any) -> Iterator[Hit]:
    """10 a.m., 3:30 p.m., noon, midnight: not 10:00 AM, 10am or 12 noon."""
    text = ctx.text
    hits = []
    for m in CLOCK.finditer(text):
        hour, minutes, ap = int(m.group("h")), m.group("m"), m.group("ap").lower()
        start, end = m.span()
        if not m.group("dot2") and text[end:end + 1] == ".":
            end += 1  # "10 AM." : the sentence's period becomes the abbreviation's
        safe = True
        if hour == 12 and (minutes in (None, "00")):
            good = "noon" if ap == "p" else "midnight"
            if text[end - 1] == "." and (not m.group("dot2") or not text[end:].strip()):
                good += "."  # the period ended the sentence
            elif text[end - 1] == "." and SENTENCE_ENDS.match(text, end):
                safe = False  # "12 p.m. Friday" or "12 p.m. The ...": a person decides
        else:
            good = str(hour) + (f":{minutes}" if minutes and minutes != "00" else "") + f" {ap}.m."
        if text[start:end] != good:
            hits.append(Hit(start, end, (good,), safe=safe, params={"good": good}))
    for m in NOON.finditer(text):
        good = m.group("word").lower()
        hits.append(Hit(m.start(), m.end(), (good,), params={"good": good}))
    yield from skip_dateline(ctx, hits)


DECADE = regex.compile(r"(?<![\p{L}\p{N}'’])(?P<lead>['’]?)(?P<num>\d{3}0|\d0)['’]s(?![\p{L}\p{N}])")


@builtin("EN-AP-12")
def decades(ctx: Any) -> Iterator[Hit]:
    """No apostrophe before the s of a decade: 1990's → 1990s, '90's → '90s."""
    text = ctx.text
    if "s" not in text:
        return
    hits = []
    for m in DECADE.finditer(text):
        num, lead = m.group("num"), m.group("lead")
        if len(num) == 4 or lead:
            good = lead + num + "s"
            hits.append(Hit(m.start(), m.end(), (good,), params={"good": good}))
        else:
            apostrophe = "’" if "’" in text or "“" in text else "'"
            good = f"{apostrophe}{num}s"
            hits.append(Hit(m.start(), m.end(), (good,), safe=False, params={"good": good}))
    yield from skip_dateline(ctx, hits)
