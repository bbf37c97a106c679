"""VN-C01, C02, C05, C09, C10, C11: capitalisation of sentences, names, documents, headlines
(NĐ 30/2020 Phụ lục II; see also vi_places.py for C03, C04, C06, C07, C08)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import regex

from ..findings import Hit
from ..kinds import literal_alternation
from ..registry import builtin
from ..text_tools import inside
from .vi_common import (
    capitalise,
    is_sentence_start,
    period_abbreviations,
    prepare_registry,
    registry_hits,
    registry_matcher,
)

# A lower-case word at the start of the text or a line, or after . ! ? (and closing brackets).
START_CANDIDATE = regex.compile(r"(?:^|[.!?](?=[^\S\n]))[^\S\n]*[“\"‘'(\[–—-]*[^\S\n]*(?P<w>\p{Ll}[\p{L}\p{M}]*)",
                                regex.MULTILINE)
NAME_CANDIDATE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}])")
FOLLOWER = regex.compile(r"\s*([\p{L}\p{M}]+|[,;.)]|$)")
SPECIAL_NOUNS = regex.compile(
    r"(?<=(?:Đảng|Nhà nước|Nhân dân|Chính phủ|Quốc hội|Mặt trận)(?:,|\s+và|\s+với)\s+)(nhà nước|nhân dân)(?![\p{L}\p{M}])")


def _is_start(ctx: Any, pos: int) -> bool:
    return is_sentence_start(ctx.text, pos, period_abbreviations(ctx.pack))


@builtin("VN-C01")
def sentence_start(ctx: Any) -> Iterator[Hit]:
    """A sentence (after . ? ! or at the start of a paragraph or line) starts with a capital."""
    text = ctx.text
    for m in START_CANDIDATE.finditer(text):
        start, word = m.start("w"), m.group("w")
        if any(c.isupper() for c in word[1:]) or ctx.an.in_url(start) or not _is_start(ctx, start):
            continue
        yield Hit(start, m.end("w"), (capitalise(word),))


def _prepare_names(rule: Any, pack: Any) -> dict[str, Any]:
    prepare_registry(rule, pack)
    triggers = literal_alternation(rule.params["triggers"] + [capitalise(t) for t in rule.params["triggers"]])
    return {"triggers": triggers, "middles": frozenset(rule.params["name_middles"])}


@builtin("VN-C02", params={"triggers": [], "name_middles": []}, prepare=_prepare_names)
def person_name(ctx: Any) -> Iterator[Hit]:
    """Every syllable of a Vietnamese person's name is capitalised (Trương Thị Mai)."""
    text, words = ctx.text, ctx.an.words
    reported: set[int] = set()
    for start, end, name, kind in registry_hits(ctx.an, ctx.pack):
        if kind == "persons" and text[start:end] != name and text[start].isupper():
            reported.add(start)
            yield Hit(start, end, (name,), safe=False)
    if ctx.data["triggers"] is None:
        return
    starts = {s: i for i, (s, _, _) in enumerate(words)}
    for m in ctx.data["triggers"].finditer(text):
        i = starts.get(m.end() + 1)
        if i is None or text[m.end()] != " ":
            continue
        seq = [words[i]]
        for w in words[i + 1:i + 5]:
            if text[seq[-1][1]:w[0]] != " " or not (w[2][0].isupper() or w[2] in ctx.data["middles"]):
                break
            seq.append(w)
        while seq and not seq[-1][2][0].isupper():
            seq.pop()
        if len(seq) < 3 or not seq[0][2][0].isupper() or seq[0][0] in reported:
            continue
        if any(w[2] in ctx.data["middles"] for w in seq[1:-1]):
            fixed = " ".join(capitalise(w[2]) for w in seq)
            yield Hit(seq[0][0], seq[-1][1], (fixed,), safe=False)


def _prepare_doc_types(rule: Any, pack: Any) -> dict[str, Any]:
    return {"types": literal_alternation(rule.params["doc_types"]),
            "followers": frozenset(rule.params["generic_followers"])}


@builtin("VN-C05", params={"doc_types": [], "generic_followers": []}, prepare=_prepare_doc_types)
def generic_doc_type(ctx: Any) -> Iterator[Hit]:
    """A document type is capitalised only when it names a specific document."""
    pattern = ctx.data["types"]
    if pattern is None:
        return
    text = ctx.text
    for m in pattern.finditer(text):
        if _is_start(ctx, m.start()):
            continue
        rest = text[m.end():m.end() + 40]
        nxt = FOLLOWER.match(rest)
        if nxt is None:
            continue  # a number or a quotation follows: a specific document
        follower = nxt.group(1)
        if follower in (",", ";", ".", ")", "") or follower in ctx.data["followers"]:
            yield Hit(m.start(), m.end(), (m.group()[0].lower() + m.group()[1:],), safe=False)


def _bigrams(ctx: Any, ft: Any, among: set[str] | None = None,
             firsts: set[str] | None = None) -> Iterator[tuple[int, int, str]]:
    """Mid-sentence two-word terms "Xx yy"/"xx yy" outside registered names and quoted titles.

    ``among``: only terms whose casefolded form is in it (the costly tests run on those alone);
    ``set()`` alone: only capitalised terms. ``firsts``: the first words of ``among``'s terms
    (worked out from it when not given).
    """
    an = ctx.analysis(ft)
    text, words = ft.text, an.words
    abbrevs = period_abbreviations(ctx.pack)
    names = registry_hits(an, ctx.pack)
    # The pairs worth the tests below: first words in ``among``, or capitalised ones.
    pairs: Iterable[int]
    if among is None:
        pairs = range(len(words) - 1)
    elif among:
        if firsts is None:
            firsts = _first_words(among)
        folded = an.folded_words
        pairs = [k for k in range(len(words) - 1) if folded[k] in firsts]
    else:
        pairs = [k for k, tok in enumerate(words[:-1]) if tok[2][0].isupper()]
    for k in pairs:
        (s1, e1, w1), (s2, e2, w2) = words[k], words[k + 1]
        if among and f"{w1} {w2}".casefold() not in among:
            continue
        if not w2.islower() or text[e1:s2] != " " or not w1[0].isalpha() or not w1[1:].islower():
            continue
        if _char_before(text, s1) in ("“", '"', "‘", "'", "(", ";", ":", "·", "•", "|"):
            continue  # a quoted title or campaign name, or a list item
        if k + 2 < len(words) and text[e2:words[k + 2][0]] == " " and words[k + 2][2][0].isupper():
            continue  # a title before a name (Tổng thống Biden) or part of a longer name
        if any(_name_word(text, words, j, abbrevs) for j in (k - 1, k - 2) if j >= 0):
            continue  # part of a longer name (Cơ quan An toàn Hàng không)
        if w1[0].isupper() and (is_sentence_start(text, s1, abbrevs) or inside(names, s1)):
            continue
        yield s1, e2, f"{w1} {w2}"


def _first_words(terms: set[str]) -> set[str]:
    """The first words of two-word ``terms``."""
    return {term.split(" ", 1)[0] for term in terms}


def _char_before(text: str, pos: int) -> str:
    """The last non-space character before ``pos`` ("" at the start)."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""


def _name_word(text: str, words: list[tuple[int, int, str]], j: int, abbrevs: frozenset[str]) -> bool:
    """Whether word ``j`` is capitalised mid-sentence and joined by spaces to the words after it."""
    start, end, word = words[j]
    return word[0].isupper() and text[end:words[j + 1][0]] == " " and not is_sentence_start(text, start, abbrevs)


def _terms_step(an: Any, pack: Any) -> None:
    """What :func:`_bigrams` reads of a field (for VN-C09's per-field step)."""
    an.lexed  # noqa: B018 - caches the tokens
    registry_hits(an, pack)


@builtin("VN-C09", level="article", params={"min_count": 3, "ignore": []}, per_field=_terms_step)
def case_consistency(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """The same two-word term capitalised in some places and not in others (minority flagged)."""
    ignore = {w.casefold() for w in ctx.params["ignore"]}
    fields = ctx.in_scope()
    capitals = {term.casefold() for ft in fields for _, _, term in _bigrams(ctx, ft, set())} - ignore
    if not capitals:
        return
    firsts = _first_words(capitals)
    seen = [(ft, s, e, term) for ft in fields for s, e, term in _bigrams(ctx, ft, capitals, firsts)]
    forms: dict[str, Counter[str]] = {}
    for _, _, _, term in seen:
        if term.casefold() in capitals:
            forms.setdefault(term.casefold(), Counter())[term] += 1
    for ft, start, end, term in seen:
        tally = forms.get(term.casefold())
        if tally is None or len(tally) < 2 or sum(tally.values()) < ctx.params["min_count"]:
            continue
        (best, n1), (_, n2) = tally.most_common(2)
        if n1 > n2 and term != best:
            yield ft, Hit(start, end, (best,), safe=False, params={"good": best, "count": n1})


def _names_in_story(ctx: Any) -> set[str]:
    """Words the rest of the article capitalises mid-sentence: names to keep in a headline."""
    article = ctx.article
    if article is None:
        return set()
    texts = [article.lede] + [b.text for b in article.body if b.type != "image"]
    abbrevs = period_abbreviations(ctx.pack)
    names = set()
    for text in texts:
        for m in NAME_CANDIDATE.finditer(text):
            if not is_sentence_start(text, m.start(), abbrevs):
                names.add(m.group())
    return names


def _sentence_case(ctx: Any, text: str) -> str:
    keep = set(ctx.pack.registry.table("abbreviations")) | set(ctx.pack.registry.list("outlets")) | \
        set(ctx.pack.registry.list("abbreviation_whitelist"))
    names = _names_in_story(ctx)

    def word(m: regex.Match[str]) -> str:
        w = m.group()
        if w in keep:
            return w
        lower = w.lower()
        titled = lower[:1].upper() + lower[1:]
        return titled if titled in names else lower

    out = regex.sub(r"[\p{L}\p{M}]+", word, text)
    first = regex.search(r"\p{L}", out)
    if first:
        out = out[:first.start()] + out[first.start()].upper() + out[first.start() + 1:]
    for start, end, name, _kind in registry_matcher(ctx.pack).find(out):
        out = out[:start] + name + out[end:]
    return out


@builtin("VN-C10", params={"min_words": 4}, prepare=prepare_registry)
def headline_case(ctx: Any) -> Iterator[Hit]:
    """Headlines are in sentence case, not ALL CAPS or Title Case."""
    text = ctx.text
    words = [w for _, _, w in ctx.an.words if w[0].isalpha()]
    if len(words) < ctx.params["min_words"]:
        return
    keep = set(ctx.pack.registry.table("abbreviations")) | set(ctx.pack.registry.list("outlets"))
    if all(w.isupper() for w in words) and not all(w in keep for w in words):
        yield Hit(0, len(text), (_sentence_case(ctx, text),), safe=False, case="all_caps")
        return
    names = registry_hits(ctx.an, ctx.pack)
    free = [w for s, _, w in ctx.an.words if w[0].isalpha() and not inside(names, s)]
    if len(free) >= ctx.params["min_words"] and all(w[0].isupper() for w in free):
        yield Hit(0, len(text), (_sentence_case(ctx, text),), safe=False, case="title_case")


@builtin("VN-C11")
def special_nouns(ctx: Any) -> Iterator[Hit]:
    """Nhân dân, Nhà nước are capitalised in the fixed phrases beside Đảng, Nhà nước, Quốc hội."""
    for m in SPECIAL_NOUNS.finditer(ctx.text):
        yield Hit(m.start(1), m.end(1), (capitalise(m.group(1)),), safe=False)
