"""EN-AP-14, 15, 16, 19, 21: dashes, punctuation at closing quotes, quote style, double spaces
and the serial comma (AP: no comma before the conjunction of a simple series)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from ..findings import Hit
from ..registry import builtin
from .en_common import GOOD_SEP, skip_dateline, tables

_H = r"[^\S\n]"
DOUBLE_HYPHEN = regex.compile(rf"(?<=[^\s\-<!]){_H}*--{_H}*(?=[^\s\->])")
SPACED_EN_DASH = regex.compile(rf"(?<=[^\s\d–—-]){_H}+–{_H}+(?=[^\s\d–—-])")
SPACED_HYPHEN = regex.compile(rf"(?<=[\p{{L}},.;:!?”’\"')\]]){_H}+-{_H}+(?=[\p{{L}}“\"‘(])")
QUOTE_CHARS = "“”\"‘’'"


def _em_dash_spans(text: str) -> Iterator[tuple[int, int]]:
    """Each em dash with the spaces on either side of it."""
    i = text.find("—")
    while i >= 0:
        s, e = i, i + 1
        while s > 0 and text[s - 1] in " \t\u00a0":
            s -= 1
        while e < len(text) and text[e] in " \t\u00a0":
            e += 1
        yield s, e
        i = text.find("—", i + 1)


@builtin("EN-AP-14", params={"en_dash": True, "spaced_hyphen": True})
def em_dash(ctx: Any) -> Iterator[Hit]:
    """An em dash with a space on each side: bill—really → bill — really; -- → —."""
    text = ctx.text
    hits: list[Hit] = []
    if "—" in text:
        for s, e in _em_dash_spans(text):
            before, after = text[s - 1:s], text[e:e + 1]
            if not before or not after or before == "\n" or after == "\n":
                continue  # opens or closes a line: an attribution or a break-off
            if before in QUOTE_CHARS + "(—–-" or after in QUOTE_CHARS + ")—–-" or (before.isdigit() and after.isdigit()):
                continue  # interrupted speech “I—”, a range, or a run of dashes (“——” for an omission)
            if text[s:e] != GOOD_SEP:
                hits.append(Hit(s, e, (GOOD_SEP,), case="spacing"))
    if "--" in text:
        hits.extend(Hit(m.start(), m.end(), (GOOD_SEP,), case="double_hyphen") for m in DOUBLE_HYPHEN.finditer(text))
    if ctx.params["en_dash"] and "–" in text:
        hits.extend(Hit(m.start(), m.end(), (GOOD_SEP,), case="en_dash") for m in SPACED_EN_DASH.finditer(text))
    if ctx.params["spaced_hyphen"] and " - " in text:
        hits.extend(Hit(m.start(), m.end(), (GOOD_SEP,), case="hyphen") for m in SPACED_HYPHEN.finditer(text))
    yield from skip_dateline(ctx, (h for h in hits if not ctx.an.in_url(h.start)))


CLOSING_CURLY = regex.compile(r"(?<=[^\s.,!?…])(?P<q>”)(?P<p>[.,])(?!\.)")
CLOSING_SINGLE = regex.compile(
    r"‘(?:[^‘’\n]|’(?=\p{L}))+(?<=[^\s.,!?…])(?P<q>’)(?P<p>[.,])(?!\.)"
    r"|(?<![\p{L}\p{N}])'(?:[^'\n]|'(?=\p{L}))+(?<=[^\s.,!?…])(?P<q>')(?P<p>[.,])(?!\.)")


def _straight_closers(text: str) -> Iterator[int]:
    """Positions of closing straight double quotes (the second of each pair in a paragraph)."""
    for para in regex.finditer(r"[^\n]+", text):
        marks = [para.start() + i for i, c in enumerate(para.group()) if c == '"']
        if len(marks) % 2 == 0:
            yield from marks[1::2]


@builtin("EN-AP-15")
def quote_punctuation(ctx: Any) -> Iterator[Hit]:
    """Periods and commas go inside closing quotation marks: "word". → "word." """
    text = ctx.text
    hits: list[Hit] = []
    if "”" in text:
        for m in CLOSING_CURLY.finditer(text):
            hits.append(Hit(m.start(), m.end(), (m.group("p") + m.group("q"),), params={"punct": m.group("p")}))
    if '"' in text:
        for i in _straight_closers(text):
            p = text[i + 1:i + 2]
            if p in (".", ",") and text[i + 2:i + 3] != "." and text[i - 1:i] not in ".,!?… ":
                hits.append(Hit(i, i + 2, (p + '"',), params={"punct": p}))
    if "’" in text or "'" in text:
        for m in CLOSING_SINGLE.finditer(text):
            hits.append(Hit(m.start("q"), m.end("p"), (m.group("p") + m.group("q"),), params={"punct": m.group("p")}))
    yield from skip_dateline(ctx, (h for h in hits if not ctx.an.in_url(h.start)))


def _curly(text: str, i: int) -> str:
    """The curly form of the straight quote at ``i``: opening after a space or bracket, else closing."""
    before = text[i - 1:i]
    after = text[i + 1:i + 2]
    opening = (not before or before.isspace() or before in "([{—–-“‘/") and bool(after) and not after.isspace()
    if text[i] == '"':
        return "“" if opening else "”"
    return "‘" if opening and not after.isdigit() else "’"


@builtin("EN-AP-16", level="article", params={"prefer": "curly"})
def quote_style(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """One style of quotation marks and apostrophes per article: the house style wins a mix."""
    seen: dict[str, list[tuple[Any, int]]] = {"straight": [], "curly": []}
    seen_single: dict[str, list[tuple[Any, int]]] = {"straight": [], "curly": []}
    for ft in ctx.in_scope():
        for i, c in enumerate(ft.text):
            if c == '"':
                seen["straight"].append((ft, i))
            elif c in "“”":
                seen["curly"].append((ft, i))
            elif c == "'":
                seen_single["straight"].append((ft, i))
            elif c in "‘’":
                seen_single["curly"].append((ft, i))
    prefer = ctx.params["prefer"]
    for group, case in ((seen, "double"), (seen_single, "single")):
        if not group["straight"] or not group["curly"]:
            continue
        if prefer in ("curly", "straight"):
            wrong = "straight" if prefer == "curly" else "curly"
        else:
            wrong = "straight" if len(group["straight"]) < len(group["curly"]) else "curly"
        for ft, i in group[wrong]:
            text = ft.text
            good = _curly(text, i) if wrong == "straight" else ('"' if text[i] in "“”" else "'")
            yield ft, Hit(i, i + 1, (good,), case=case, params={"good": good})


DOUBLE_SPACE = regex.compile(r"(?<=\S)([^\S\n]{2,})(?=\S)")


@builtin("EN-AP-19")
def double_space(ctx: Any) -> Iterator[Hit]:
    """One space between words and after a period: said.  It → said. It"""
    text = ctx.text
    if "  " not in text and "\u00a0 " not in text and " \u00a0" not in text:
        return
    hits = []
    for m in DOUBLE_SPACE.finditer(text):
        after_period = text[m.start() - 1] in ".!?:"
        hits.append(Hit(m.start(), m.end(), (" ",), case="after_period" if after_period else None))
    yield from hits


_W = r"[\p{L}\p{N}][\p{L}\p{N}'’\-]*"
SERIES_END = regex.compile(rf",{_H}+(?P<conj>and|or){_H}+")
SERIES_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’\-])(?P<first>{_W}),{_H}+(?P<second>{_W}(?:{_H}{_W}){{0,2}})$")
NEXT_WORD = regex.compile(rf"{_H}*({_W})")
CLAUSE_WORDS = frozenset(
    "he she they we i you it there this that these those which who whose what when where while then so yet "
    "also not is was were are be been has have had will would can could should may might must do did does "
    "said says added told his her their its our my your".split())
SIMPLE_AFTER = regex.compile(r"[.,;:!?)”’\"]|$|[^\S\n]+(?:in|on|at|for|to|of|from|with|were|was|are|is)\b")


def _last_item(text: str, pos: int) -> list[str] | None:
    """The words of the series' last element (one to three words followed by a stop), or None."""
    found: list[str] = []
    for _ in range(3):
        m = NEXT_WORD.match(text, pos)
        if m is None:
            return None
        found.append(m.group(1))
        pos = m.end()
        if SIMPLE_AFTER.match(text, pos):
            return found
    return None


@builtin("EN-AP-21")
def serial_comma(ctx: Any) -> Iterator[Hit]:
    """No comma before the conjunction of a simple series: red, white, and blue → red, white and blue."""
    text = ctx.text
    if ", and " not in text and ", or " not in text:
        return
    tab = tables(ctx.pack)
    places = set(tab.ap_form) | set(tab.ap_form.values())
    hits = []
    for m in SERIES_END.finditer(text):
        comma = m.start()
        before = SERIES_BEFORE.search(text, max(0, comma - 120), comma)
        last = _last_item(text, m.end()) if before is not None else None
        if before is None or last is None:
            continue
        second = before.group("second")
        words = [before.group("first").casefold()] + second.casefold().split() + [w.casefold() for w in last]
        if any(w in CLAUSE_WORDS or w in ("and", "or") for w in words):
            continue  # clauses, or elements that hold a conjunction: the comma helps
        if second in places or any(c.isdigit() for c in second):
            continue  # "Austin, Texas, and ..." or "March 3, 2020, and ...": the comma belongs to the place/date
        first_word = before.group("first")
        if first_word[:1].islower() and all(any(c.isupper() for c in w) for w in second.split()):
            continue  # "its president, Omar al-Bashir, and …": a name in apposition, not an element
        if first_word[:1].isupper() and second.split()[0] in ("a", "an", "the"):
            continue  # "Jane Smith, a teacher, and …": apposition again
        hits.append(Hit(comma, comma + 1, ("",), params={"conj": m.group("conj")}))
    yield from skip_dateline(ctx, hits)
