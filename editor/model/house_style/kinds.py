"""The generic rule kinds (after Vale's): existence, substitution, occurrence, repetition,
consistency, conditional, capitalization and metric. Language-independent: a pack supplies
the words and patterns; each kind's parameters are listed in its ``@kind`` registration."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate
from typing import Any

import regex

from .findings import Hit
from .pack_build import ParamProblem, Spec, compile_param
from .patterns import find_all
from .registry import kind
from .text_tools import period_abbreviations
from .wordlist import WordAlternation


def literal_alternation(words: list[str], ignorecase: bool = False) -> WordAlternation | None:
    """A matcher of any of ``words`` as whole words, longest first (see :mod:`.wordlist`); an empty
    word in a pack's list names nothing and is left out (it would match everywhere, as nothing)."""
    words = [w for w in words if w]
    if not words:
        return None
    return WordAlternation(words, ignorecase)


def match_case(source: str, replacement: str) -> str:
    """``replacement`` with the capitalisation of ``source`` (Capitalised or ALL CAPS)."""
    if not replacement or not source[:1].isalpha():
        return replacement
    if source.isupper() and len(source) > 1:
        return replacement.upper()
    if source[0].isupper():
        return replacement[0].upper() + replacement[1:]
    return replacement


def _prepare_existence(rule: Any, pack: Any) -> dict[str, Any]:
    p = rule.params
    parts = [regex.escape(t) for t in sorted(set(p["tokens"]), key=len, reverse=True)]
    compiled = [compile_param("patterns", pat, p["ignorecase"]) for pat in p["patterns"]]
    if p["whole_line"]:
        alts = parts + [c.pattern for c in compiled]
        if not alts:
            return {"patterns": []}
        one = "(?:" + "|".join(alts) + ")"
        flags = regex.VERSION1 | regex.MULTILINE | (regex.IGNORECASE if p["ignorecase"] else 0)
        return {"patterns": [regex.compile(rf"^[^\S\n]*{one}(?:[^\S\n]+{one})*[^\S\n]*$", flags)]}
    words = literal_alternation(p["tokens"], p["ignorecase"])
    return {"patterns": ([words] if words else []) + compiled}


@kind("existence", params={"tokens": [], "patterns": [], "ignorecase": False, "whole_line": False,
                           "replacements": [], "skip_urls": True}, prepare=_prepare_existence)
def existence(ctx: Any) -> Iterator[Hit]:
    """Flag each occurrence of a listed word, phrase or pattern (whole lines with ``whole_line``)."""
    for pattern in ctx.data["patterns"]:
        for m in find_all(pattern, ctx.text):
            if m.end() > m.start() and not (ctx.params["skip_urls"] and ctx.an.in_url(m.start())):
                yield Hit(m.start(), m.end(), tuple(ctx.params["replacements"]))


def _prepare_substitution(rule: Any, pack: Any) -> dict[str, Any]:
    p = rule.params
    if p["regex"]:
        return {"pairs": [(compile_param("swap", k, p["ignorecase"]), v) for k, v in p["swap"].items()]}
    table = {(k.casefold() if p["ignorecase"] else k): v for k, v in p["swap"].items()}
    return {"words": literal_alternation(list(p["swap"]), p["ignorecase"]), "table": table}


@kind("substitution", params={"swap": {}, "regex": False, "ignorecase": False}, prepare=_prepare_substitution)
def substitution(ctx: Any) -> Iterator[Hit]:
    """Flag a listed bad form and offer its good form (``swap``: bad -> good)."""
    text, p, data = ctx.text, ctx.params, ctx.data
    if p["regex"]:
        for pattern, template in data["pairs"]:
            for m in find_all(pattern, text):
                if m.end() > m.start() and not ctx.an.in_url(m.start()):
                    try:
                        good = m.expand(template)
                    except (regex.error, IndexError):
                        good = template
                    yield Hit(m.start(), m.end(), (good,), params={"good": good})
        return
    if data["words"] is None:
        return
    for m in find_all(data["words"], text):
        found = m.group()
        good = data["table"].get(found.casefold() if p["ignorecase"] else found)
        if good is not None and not ctx.an.in_url(m.start()):
            good = match_case(found, good) if p["ignorecase"] else good
            yield Hit(m.start(), m.end(), (good,), params={"good": good})


@kind("occurrence", params={"unit": "sentence", "max": 60})
def occurrence(ctx: Any) -> Iterator[Hit]:
    """Flag a sentence (or the whole field) longer than ``max`` words."""
    spans = ctx.an.sentences(period_abbreviations(ctx.pack)) \
        if ctx.params["unit"] == "sentence" else [(0, len(ctx.text))]
    starts = [s for s, _, _ in ctx.an.words]
    for start, end in spans:
        count = bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)
        if count > ctx.params["max"]:
            yield Hit(start, end, (), params={"count": count, "max": ctx.params["max"]})


@kind("repetition", params={"min_words": 3, "window": 15, "skip_names": True})
def repetition(ctx: Any) -> Iterator[Hit]:
    """Flag the second of two equal phrases of ``min_words`` words within ``window`` words of
    one sentence (phrases with a capitalised word mid-sentence, i.e. names, are skipped)."""
    text, n, window = ctx.text, ctx.params["min_words"], ctx.params["window"]
    words = ctx.an.words
    if len(words) < 2 * n or n < 1:  # no phrase of no words
        return
    sentences = ctx.an.sentences(period_abbreviations(ctx.pack))
    starts = {s for s, _ in sentences}
    # The sentence of each word: sentence k holds the words from the first one at or after its
    # start to the next sentence's (the words before the first sentence count as its own).
    word_starts = [s for s, _, _ in words]
    bounds = [0] + [bisect.bisect_left(word_starts, s) for s, _ in sentences[1:]] + [len(words)]
    sentence_of: list[int] = []
    for k in range(len(bounds) - 1):
        sentence_of += [k] * (bounds[k + 1] - bounds[k])
    # Running counts of the gaps that are not plain spaces and of the names, so that "all gaps of
    # the phrase are spaces" and "no word of it is a name" are two subtractions per phrase.
    gaps = list(accumulate([not text[a[1]:b[0]].isspace() for a, b in zip(words, words[1:], strict=False)],
                           initial=0))
    if ctx.params["skip_names"]:
        names = list(accumulate([w[0].isupper() and s not in starts for s, _, w in words], initial=0))
    else:
        names = [0] * (len(words) + 1)
    folded = ctx.an.folded_words
    digits = [f.isdigit() for f in folded]
    grams: dict[tuple[str, ...], int] = {}
    last_end = -1
    for i in range(len(words) - n + 1):
        j = i + n - 1  # the phrase's last word
        if gaps[j] != gaps[i] or names[j + 1] != names[i] or sentence_of[i] != sentence_of[j]:
            continue
        if digits[i] and all(digits[i:j + 1]):  # a run of numbers is no phrase
            continue
        key = tuple(folded[i:j + 1])
        earlier = grams.get(key)
        grams[key] = i
        if earlier is not None and earlier + n <= i <= earlier + n + window and \
                sentence_of[earlier] == sentence_of[i] and words[i][0] >= last_end:
            last_end = words[j][1]
            yield Hit(words[i][0], last_end, (), params={"phrase": text[words[i][0]:last_end]})


def _prepare_consistency(rule: Any, pack: Any) -> dict[str, Any]:
    groups = [g for g in rule.params["pairs"] if len(g) >= 2]
    for g in rule.params["pairs"]:
        if len(g) < 2:
            raise ParamProblem("pairs", "must list at least two spellings in each group")
    index = {form: gi for gi, g in enumerate(groups) for form in g}
    return {"groups": groups, "index": index, "words": literal_alternation(list(index))}


@kind("consistency", level="article", params={"pairs": Spec([["a", "b"]], [])}, prepare=_prepare_consistency)
def consistency(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """Either spelling of a group is fine, but not both in one article: flag the minority."""
    pattern = ctx.data["words"]
    if pattern is None:
        return
    seen: list[tuple[Any, Any, str]] = []
    for ft in ctx.in_scope():
        seen.extend((ft, m, m.group()) for m in find_all(pattern, ft.text))
    counts: dict[int, Counter[str]] = {}
    for _, _, form in seen:
        counts.setdefault(ctx.data["index"][form], Counter())[form] += 1
    for ft, m, form in seen:
        tally = counts[ctx.data["index"][form]]
        if len(tally) > 1:
            best = max(tally, key=lambda f: (tally[f], -ctx.data["groups"][ctx.data["index"][form]].index(f)))
            if form != best:
                yield ft, Hit(m.start(), m.end(), (best,), params={"good": best, "count": tally[best]})


def _prepare_conditional(rule: Any, pack: Any) -> dict[str, Any]:
    p = rule.params
    first = compile_param("first", p["first"]) if p["first"] else None
    if first is not None and first.groups < 1:
        raise ParamProblem("first", "must capture the defined term in a group, such as “\\((\\w+)\\)”")
    return {"first": first, "second": compile_param("second", p["second"]) if p["second"] else None}


@kind("conditional", level="article", params={"first": "", "second": "", "exceptions": []},
      prepare=_prepare_conditional)
def conditional(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """A ``second`` match needs an earlier ``first`` match defining it (e.g. an abbreviation)."""
    first, second = ctx.data["first"], ctx.data["second"]
    if first is None or second is None:
        return
    defined: set[str] = set(ctx.params["exceptions"])
    for ft in ctx.in_scope():
        events = [(m.start(), 0, m) for m in find_all(first, ft.text)]
        events += [(m.start(), 1, m) for m in find_all(second, ft.text)]
        for _, what, m in sorted(events, key=lambda e: (e[0], e[1])):
            if what == 0:
                defined.add(m.group(1))
            elif m.group() not in defined:
                defined.add(m.group())
                yield ft, Hit(m.start(), m.end(), ())


def _case_of(text: str, style: str, exceptions: set[str]) -> str:
    if style == "upper":
        return text.upper()
    if style == "lower":
        return text.lower()
    if style == "title":
        return regex.sub(r"\p{L}[\p{L}\p{M}]*", lambda m: m.group() if m.group() in exceptions
                         else m.group()[0].upper() + m.group()[1:], text)
    first = regex.search(r"\p{L}", text)
    return text if first is None else text[:first.start()] + text[first.start()].upper() + text[first.start() + 1:]


@kind("capitalization", params={"style": "sentence", "exceptions": []})
def capitalization(ctx: Any) -> Iterator[Hit]:
    """Flag a field not written in ``style`` ("sentence", "title", "upper", "lower")."""
    text = ctx.text
    wanted = _case_of(text, ctx.params["style"], set(ctx.params["exceptions"]))
    if text.strip() and wanted != text:
        yield Hit(0, len(text), (wanted,), safe=False, params={"style": ctx.params["style"]})


@kind("metric", params={"measure": "words", "max": 0, "min": 0})
def metric(ctx: Any) -> Iterator[Hit]:
    """Flag a field whose length in ``measure`` (words, characters, sentences) is out of bounds."""
    measure = ctx.params["measure"]
    if measure == "characters":
        count = len(ctx.text.strip())
    elif measure == "sentences":
        count = len(ctx.an.sentences(period_abbreviations(ctx.pack)))
    else:
        count = len(ctx.an.words)
    p = ctx.params
    if (p["max"] and count > p["max"]) or (p["min"] and 0 < count < p["min"]):
        yield Hit(0, len(ctx.text), (), case="too_short" if p["min"] and count < p["min"] else None,
                  params={"count": count, "max": p["max"], "min": p["min"]})
