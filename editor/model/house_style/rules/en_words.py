"""EN-AP-20 and 22: the house word list (toward, email, internet, adviser …) and courtesy
titles (AP: no Mr., Mrs., Ms. outside direct quotations; the last name on second reference)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from ..findings import Hit
from ..kinds import literal_alternation, match_case
from ..registry import builtin
from .en_common import is_sentence_start, period_abbreviations, quote_spans, skip_dateline, within

NAME_AFTER = regex.compile(r"[^\S\n]+\p{Lu}")


def _prepare_words(rule: Any, pack: Any) -> dict[str, Any]:
    swap: dict[str, str] = rule.params["swap"]
    case_only = {bad: good for bad, good in swap.items() if bad != good and bad.casefold() == good.casefold()}
    words = {bad.casefold(): good for bad, good in swap.items() if bad.casefold() != good.casefold()}
    return {
        "case_only": case_only,
        "case_pattern": literal_alternation(list(case_only)),
        "words": words,
        "word_pattern": literal_alternation(list(words), ignorecase=True),
    }


@builtin("EN-AP-20", params={"swap": {"towards": "toward"}}, prepare=_prepare_words)
def word_list(ctx: Any) -> Iterator[Hit]:
    """AP forms: towards → toward, e-mail → email, Internet → internet, advisor → adviser."""
    text, data = ctx.text, ctx.data
    abbrevs = period_abbreviations(ctx.pack)
    hits = []
    if data["word_pattern"] is not None:
        for m in data["word_pattern"].finditer(text):
            found = m.group()
            if ctx.an.in_url(m.start()):
                continue
            if found[:1].isupper() and not found.isupper() and not is_sentence_start(text, m.start(), abbrevs):
                continue  # capitalised in mid-sentence: part of a name ("Healthcare Partners")
            good = match_case(found, data["words"][found.casefold()])
            hits.append(Hit(m.start(), m.end(), (good,), params={"good": good}))
    if data["case_pattern"] is not None:
        for m in data["case_pattern"].finditer(text):
            if ctx.an.in_url(m.start()) or is_sentence_start(text, m.start(), abbrevs):
                continue
            if NAME_AFTER.match(text, m.end()):
                continue  # "Internet Explorer", "Internet Archive": a name
            good = data["case_only"][m.group()]
            hits.append(Hit(m.start(), m.end(), (good,), case="case", params={"good": good}))
    yield from skip_dateline(ctx, sorted(hits, key=lambda h: h.start))


COURTESY = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<title>Mr|Mrs|Ms|Mx|Messrs)\.?[^\S\n]+"
    r"(?P<name>\p{Lu}[\p{L}'’\-]*(?:[^\S\n]+\p{Lu}[\p{L}'’\-]*){0,2})")


@builtin("EN-AP-22")
def courtesy_titles(ctx: Any) -> Iterator[Hit]:
    """No courtesy titles outside quotations: Mr. Smith said → Smith said."""
    text = ctx.text
    if "M" not in text:
        return
    quoted = quote_spans(text)
    hits = []
    for m in COURTESY.finditer(text):
        if within(quoted, m.start()):
            continue
        name = m.group("name")
        hits.append(Hit(m.start(), m.end(), (name,), safe=False, params={"title": m.group("title"), "name": name}))
    yield from skip_dateline(ctx, hits)
