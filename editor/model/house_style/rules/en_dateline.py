"""EN-AP-01…05: the dateline "CITY, State (AP) — " and state names in the story.

AP datelines put the city in capitals, the state in its AP abbreviation (never a postal code;
eight states are never abbreviated; 30 cities stand alone) and an em dash with a space on
each side. Since 2014 AP spells state names out in story text. In ArticleDesk the dateline
normally lives in the dateline fields and is printed before the lede, so the place field is
checked too; a dateline typed at the start of the lede or first paragraph is checked as a
whole, and the body rules never look inside it (“ANN ARBOR, Mich. (AP)” is not EN-AP-05).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex

from ..findings import Hit
from ..registry import builtin
from .en_common import GOOD_SEP, SENTENCE_ENDS, Dateline, Tables, dateline_of, skip_dateline, tables

STATE_RULES = ("EN-AP-01", "EN-AP-02", "EN-AP-03", "EN-AP-04")


@dataclass(frozen=True)
class Review:
    """What is wrong with one dateline: the state (rule, replacement) and the whole form."""

    state_fix: tuple[str, str] | None   # (rule id, replacement); "" drops ", State"
    good: str                           # the whole dateline as AP writes it (lede/body only)
    format_wrong: bool                  # EN-AP-01 flags the whole dateline


def _city(dl: Dateline) -> str:
    return " ".join(dl.city.upper().split())


def _state_fix(dl: Dateline, tab: Tables) -> tuple[str, str] | None:
    state = dl.state.strip()
    if not state:
        return None
    full = tab.resolve(state)
    if full is None:
        return None  # a country or province: not in the tables
    if tab.cities.get(_city(dl)) == full:
        return ("EN-AP-03", "")
    if state in tab.postal:
        return ("EN-AP-02", tab.postal[state])
    good = tab.ap_form.get(full, full)
    if state == good:
        return None
    if full in tab.never and state.casefold() != full.casefold():
        return ("EN-AP-04", full)
    return ("EN-AP-01", good)


def _review(dl: Dateline, text: str, tab: Tables) -> Review:
    fix = _state_fix(dl, tab)
    if dl.in_place_field:
        return Review(fix, "", False)
    city = _city(dl)
    state = dl.state.strip() if fix is None else fix[1]
    head = city + (", " + state if state else "")
    good = (head + " " if head else "") + f"({dl.source}){GOOD_SEP}"
    partial = text[dl.start:dl.end]
    if fix is not None and fix[0] != "EN-AP-01":
        a, b = dl.state_span
        if fix[1]:
            partial = text[dl.start:a] + fix[1] + text[b:dl.end]
        else:
            partial = text[dl.start:dl.comma_start] + text[b:dl.end]
    return Review(fix, good, partial != good)


def review_of(ctx: Any) -> tuple[Dateline, Review] | None:
    """The dateline of this field and what is wrong with it (cached per field)."""
    dl = dateline_of(ctx)
    if dl is None:
        return None
    return dl, ctx.an.cache("en_dateline_review", lambda: _review(dl, ctx.text, tables(ctx.pack)))


def _prepare_tables(rule: Any, pack: Any) -> dict[str, Any]:
    tables(pack)
    return {}


@builtin("EN-AP-01", prepare=_prepare_tables)
def dateline_format(ctx: Any) -> Iterator[Hit]:
    """“CITY, State (AP) — ”: city in capitals, AP state form, an em dash between spaces."""
    found = review_of(ctx)
    if found is None:
        return
    dl, rv = found
    if dl.in_place_field:
        if rv.state_fix is not None and rv.state_fix[0] == "EN-AP-01":
            yield Hit(*dl.state_span, (rv.state_fix[1],), case="state",
                      params={"good": rv.state_fix[1], "state": dl.state})
    elif rv.format_wrong:
        yield Hit(dl.start, dl.end, (rv.good,), params={"good": rv.good.strip(), "state": dl.state})


def _state_rule(ctx: Any, rule_id: str) -> Iterator[Hit]:
    found = review_of(ctx)
    if found is None:
        return
    dl, rv = found
    if rv.state_fix is None or rv.state_fix[0] != rule_id:
        return
    if rv.format_wrong and ctx.pack.is_enabled("EN-AP-01"):
        return  # EN-AP-01 rewrites the whole dateline, state included
    good = rv.state_fix[1]
    params = {"state": dl.state.strip(), "city": _city(dl), "good": good}
    if good:
        yield Hit(*dl.state_span, (good,), params=params)
    else:
        yield Hit(dl.comma_start, dl.state_span[1], ("",), params=params)


@builtin("EN-AP-02", prepare=_prepare_tables)
def dateline_postal(ctx: Any) -> Iterator[Hit]:
    """A postal code in the dateline: SACRAMENTO, CA → SACRAMENTO, Calif."""
    yield from _state_rule(ctx, "EN-AP-02")


@builtin("EN-AP-03", prepare=_prepare_tables)
def standalone_city(ctx: Any) -> Iterator[Hit]:
    """One of the stand-alone dateline cities needs no state: CHICAGO, Ill. → CHICAGO."""
    yield from _state_rule(ctx, "EN-AP-03")


@builtin("EN-AP-04", prepare=_prepare_tables)
def never_abbreviated(ctx: Any) -> Iterator[Hit]:
    """Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah are never abbreviated."""
    yield from _state_rule(ctx, "EN-AP-04")


# A state abbreviation after "City, " in story text. The look-behind that checks the city has
# a variable length, which Python's re cannot compile.
CITY_BEFORE = r"(?<=,[^\S\n])(?<=(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.\-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.\-]*){0,3},[^\S\n])"


def _prepare_body(rule: Any, pack: Any) -> dict[str, Any]:
    tab = tables(pack)
    keep = set(rule.params["keep"])
    dotted = {form for full, form in tab.ap_form.items() if form != full and form not in keep}
    dotted |= {v for v in tab.variants if v.endswith(".") and v not in keep}
    codes = {c for c in tab.postal if c not in keep}
    if not dotted and not codes:
        return {"pattern": None}
    alt = "|".join(regex.escape(d) for d in sorted(dotted, key=len, reverse=True))
    postal = "|".join(sorted(codes))
    pattern = regex.compile(
        CITY_BEFORE + rf"(?:(?P<abbr>{alt or '(?!)'})(?![\p{{L}}\p{{N}}])"
        rf"|(?P<postal>{postal or '(?!)'})(?=[,;:!?)\]”’\"]|\.(?:\s|$)|$|[^\S\n]+\d{{5}}))", regex.VERSION1)
    return {"pattern": pattern, "tables": tab}


@builtin("EN-AP-05", params={"keep": ["D.C.", "DC", "OK"]}, prepare=_prepare_body)
def states_in_body(ctx: Any) -> Iterator[Hit]:
    """State abbreviations in story text are spelled out: Sacramento, Calif., → Sacramento, California,"""
    pattern = ctx.data["pattern"]
    if pattern is None or "," not in ctx.text:
        return
    tab: Tables = ctx.data["tables"]
    text = ctx.text
    hits = []
    for m in pattern.finditer(text):
        found = m.group()
        full = tab.resolve(found)
        if full is None or ctx.an.in_url(m.start()):
            continue
        good = full
        if found.endswith(".") and SENTENCE_ENDS.match(text, m.end()):
            good += "."  # the abbreviation's period also ended the sentence
        hits.append(Hit(m.start(), m.end(), (good,), params={"good": full}))
    yield from skip_dateline(ctx, hits)
