"""EN-SP01: English spelling, as Word and LibreOffice check it (Hunspell dictionaries through
Enchant, see :mod:`..spelling`), without their flood of flags on the names a news story is made of.

A word is not checked when it holds a digit, is written in capitals ("NATO", "WASHINGTON"), has a
capital inside ("iPhone", "McConnell"), holds letters beyond Latin-1 ("Nguyễn", "Москва"), is a
single letter, or is part of a link (URL, e-mail address, domain: the one lexer's links). A word is
known when the dictionary knows it, when the desk's word list (``registry.words``) or the user's
word list holds it, or when the article already knows it:

- every word of the names in the byline, the quote speakers, the award recipients and the
  dateline (source and place);
- a capitalised word that the running text also capitalises in the middle of a sentence (a name:
  "Kalshi" at the start of one sentence is known because "shares of Kalshi" stands in another),
  or that opens a sentence right before another capitalised word ("Zeev Sharon said").

Such a name is still a slip when it is a dictionary word with two letters swapped and the story
writes it only once ("the Amercian government" → "American"). Hyphenated compounds are checked
part by part, prefixes allowed ("pre-election") and a capital after the hyphen taken for a name
("al-Qaeda"); a possessive ("Smith's", "Smith’s") is checked without its ’s; contractions keep
their apostrophe in either spelling ("don’t" is looked up as "don't"); a word broken by a soft
hyphen is one word. Plurals and a few prefixes and suffixes written solid ("nontax",
"cashierless") are known when the dictionary knows the rest. Only the unknown part is underlined,
and the dictionary's suggestions are offered, never applied unattended.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from ..fields import FieldText
from ..findings import Hit
from ..registry import builtin
from ..spelling import APOSTROPHES, Speller, WordSet, pack_dictionary, pack_words, speller, user_words
from ..text_tools import lex_field
from .en_common import is_sentence_start, period_abbreviations

NAME_KINDS = ("byline.authors", "quotes.speaker", "awards.recipient", "dateline.source", "dateline.place")
TITLE_KINDS = ("headline", "kicker", "body.heading")  # title case: a capital there says nothing about a name
HYPHENS = "-\u2010\u2011"
SOFT_HYPHEN = "\u00ad"
POSSESSIVES = ("'s", "'S")
# First parts of hyphenated compounds that are prefixes, not words ("pre-election", "co-founder").
HYPHEN_PREFIXES = frozenset((
    "pre", "post", "non", "co", "anti", "ex", "multi", "semi", "mid", "sub", "inter", "intra", "ultra", "counter",
    "neo", "pro", "bi", "tri", "quasi", "pseudo", "micro", "macro", "mini", "mega", "e", "re", "de", "un", "self",
    "cyber", "socio", "geo", "euro", "trans", "extra", "infra", "hyper", "over", "under", "mis"))
# Prefixes written solid with a dictionary word ("nontax", "counterterrorism", "ultralow"),
# and suffixes ("cashierless"): Hunspell's lists lack many such words that editors accept.
SOLID_PREFIXES = ("counter", "ultra", "non", "sub", "anti", "over", "under", "multi", "inter", "super", "semi", "mid",
                  "micro", "pre", "post", "re", "un", "de", "cyber", "mis", "hyper", "mega", "mini")
SOLID_SUFFIXES = ("less", "like", "wide", "side")
SHORT_STEM_PREFIXES = ("non", "ultra", "counter", "multi", "super", "hyper")  # "nontax", "ultralow"
MIN_STEM = 4
CACHE_SIZE = 65536  # words remembered between checks


@lru_cache(maxsize=CACHE_SIZE)
def _parts(token: str) -> tuple[tuple[int, int], ...]:
    """Spans of the hyphen-separated parts of a token."""
    if not any(h in token for h in HYPHENS):
        return ((0, len(token)),)
    out, start = [], 0
    for i, ch in enumerate(token):
        if ch in HYPHENS:
            out.append((start, i))
            start = i + 1
    out.append((start, len(token)))
    return tuple((a, b) for a, b in out if b > a)


@lru_cache(maxsize=CACHE_SIZE)
def checkable(word: str) -> bool:
    """Whether a word (one part of a token) is for the dictionary at all (see the module docstring)."""
    if len(word) < 2 or not word[0].isalpha():
        return False
    if any(ch.isdigit() or ord(ch) > 0xFF and ch not in "\u2019\u02bc" for ch in word):
        return False
    capitals = sum(1 for ch in word if ch.isupper())
    return capitals <= (1 if word[0].isupper() else 0)  # not "NATO", "WASHINGTON", "iPhone", "McConnell"


def _stem(word: str) -> str:
    """``word`` without a possessive ’s (apostrophes already in one spelling)."""
    return word[:-2] if word.endswith(POSSESSIVES) and len(word) > 3 else word


class Judge:
    """Whether words are known: the dictionary, the desk's and the user's lists, the article's names."""

    def __init__(self, sp: Speller, known: list[WordSet]) -> None:
        self.sp = sp
        self.known = known
        self.memo: dict[str, bool] = {}

    def knows(self, word: str) -> bool:
        """Whether ``word`` (or it without a possessive ’s) is known, or derived from a known word."""
        answer = self.memo.get(word)
        if answer is None:
            plain = word.translate(APOSTROPHES)
            stem = _stem(plain)
            answer = _in_dictionary(self.sp, plain) or any(plain in ws or stem in ws for ws in self.known)
            self.memo[word] = answer
        return answer


_dictionary_answers: dict[tuple[str, str], bool] = {}


def _in_dictionary(sp: Speller, word: str) -> bool:
    """Whether the dictionary knows ``word``, it without a possessive ’s, or the word it derives from
    (remembered for the run of the program: the dictionary does not change)."""
    key = (sp.tag, word)
    answer = _dictionary_answers.get(key)
    if answer is None:
        stem = _stem(word)
        answer = sp.check(word) or sp.check(stem) or _derived(sp, stem)
        if len(_dictionary_answers) >= CACHE_SIZE:
            _dictionary_answers.clear()
        _dictionary_answers[key] = answer
    return answer


def _derived(sp: Speller, word: str) -> bool:
    """A plural, or a prefix or suffix written solid with a dictionary word."""
    lower = word.lower()
    if lower.endswith("s") and len(lower) > MIN_STEM + 1 and sp.check(lower[:-1]):
        return True  # "strandings", "beachings"
    for prefix in SOLID_PREFIXES:
        rest = lower[len(prefix):]
        if lower.startswith(prefix) and len(rest) >= (3 if prefix in SHORT_STEM_PREFIXES else MIN_STEM) \
                and sp.check(rest):
            return True
    return any(lower.endswith(s) and len(lower) - len(s) >= MIN_STEM and sp.check(lower[:-len(s)])
               for s in SOLID_SUFFIXES)


def _article_names(fields: list[FieldText]) -> WordSet:
    """Every word of the names the article's fields hold (byline, speakers, recipients, dateline)."""
    from ...text.lexer import lex

    names = WordSet()
    for ft in fields:
        if ft.kind in NAME_KINDS and ft.text:
            for tok in lex(ft.text).words():
                names.exact.add(tok.text.translate(APOSTROPHES))
                for a, b in _parts(tok.text):
                    names.exact.add(_stem(tok.text[a:b].translate(APOSTROPHES)))
    return names


def _tokens(text: str, words: list[Any]) -> list[tuple[int, int, str]]:
    """(start, end, word) of the word tokens; a word broken by a soft hyphen ("Netan\xadyahu") is one."""
    out: list[tuple[int, int, str]] = []
    for tok in words:
        if out and tok.start == out[-1][1] + 1 and text[out[-1][1]] == SOFT_HYPHEN:
            start, _end, word = out[-1]
            out[-1] = (start, tok.end, word + tok.text)
        else:
            out.append((tok.start, tok.end, tok.text))
    return out


def _capitalised_word_follows(text: str, end: int, nxt: tuple[int, int, str] | None) -> bool:
    """Whether the next token, one space on, is a capitalised word ("Zeev Sharon said")."""
    return nxt is not None and nxt[0] == end + 1 and text[end] == " " and nxt[2][:1].isupper() \
        and not nxt[2].isupper()


@builtin("EN-SP01", level="article", per_field=lex_field)
def spelling(ctx: Any) -> Iterator[tuple[FieldText, Hit]]:
    """Words the dictionary, the desk and the article do not know, with the dictionary's suggestions."""
    sp = speller(pack_dictionary(ctx.pack))
    if sp is None:
        return  # no Enchant or no dictionary: said once by the window and by ``check``
    named = {"dictionary": sp.tag.replace("_", "-")}  # the message's {dictionary}: "en-US"
    abbrevs = period_abbreviations(ctx.pack)
    names_mid: set[str] = set()  # capitalised words met in the middle of a running sentence
    todo: list[tuple[FieldText, int, int, str]] = []  # (field, start, end, word) to look up
    names: list[tuple[FieldText, int, int, str]] = []  # capitalised words taken for names
    written: Counter[str] = Counter()  # how often each capitalised word is written
    for ft in ctx.in_scope():
        text, titles = ft.text, ft.kind in TITLE_KINDS
        tokens = _tokens(text, ctx.analysis(ft).lexed.words())
        for i, (start, end, token) in enumerate(tokens):
            if token.islower() and checkable(token) and _in_dictionary(sp, token.translate(APOSTROPHES)):
                continue  # most words: known whatever the article says (remembered between checks)
            capital = token[0].isupper() and not token.isupper()
            if capital:
                written[_stem(token.translate(APOSTROPHES))] += 1
            if capital and not titles:
                if not is_sentence_start(text, start, abbrevs):
                    names_mid.add(_stem(token.translate(APOSTROPHES)))
                    names_mid.update(_stem(token[a:b].translate(APOSTROPHES)) for a, b in _parts(token))
                    names.append((ft, start, end, token))
                    continue  # a name: "Dong-hoon", "Kalshi's"
                if _capitalised_word_follows(text, end, tokens[i + 1] if i + 1 < len(tokens) else None):
                    names.append((ft, start, end, token))
                    continue  # the first name of a name opening the sentence: "Zeev Sharon said"
            if len(token) != end - start:  # joined across a soft hyphen
                if checkable(token):
                    todo.append((ft, start, end, token))
                continue
            parts = _parts(token)
            for n, (a, b) in enumerate(parts):
                word = token[a:b]
                if not checkable(word) or (n and word[0].isupper()):
                    continue  # "al-Qaeda", "Agence France-Presse": a name after the hyphen
                if n == 0 and len(parts) > 1 and word.lower() in HYPHEN_PREFIXES:
                    continue
                todo.append((ft, start + a, start + b, word))
    known = [pack_words(ctx.pack), user_words("en"), _article_names(ctx.fields)]
    judge = Judge(sp, [*known, WordSet(names_mid)])
    slips = _slipped_names(sp, known, names, written)
    for ft, start, end, word in todo:
        if judge.knows(word):
            continue
        plain = word.translate(APOSTROPHES)
        stem = _stem(plain)
        if stem != plain and end - start == len(word) and not judge.knows(plain):
            end = start + len(stem)  # underline "Smiht" of "Smiht’s"
            word = word[:len(stem)]
        yield ft, Hit(start, end, sp.suggest(word), safe=False, params=named)
    for ft, start, end, word, fixed in slips:
        yield ft, Hit(start, end, tuple(dict.fromkeys((fixed, *sp.suggest(word)))), safe=False, params=named)


def _slipped_names(sp: Speller, known: list[WordSet], names: list[tuple[FieldText, int, int, str]],
                   written: Counter[str]) -> list[tuple[FieldText, int, int, str, str]]:
    """The capitalised words taken for names that are a dictionary word with two letters swapped
    ("Amercian", "Isarel", "Friady"): a typing slip, not a name. A name the article's fields or the
    word lists know is kept, and so is one the story writes so more than once ("Bassi said …
    Bassi and his crew"): a slip is made once."""
    out = []
    for ft, start, _end, token in names:
        word = _stem(token.translate(APOSTROPHES))
        if written[word] > 1 or len(word) < MIN_STEM or not checkable(word) or any(word in ws for ws in known) \
                or sp.check(word):
            continue
        for i in range(1, len(word) - 1):
            swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
            if swapped != word and sp.check(swapped):
                out.append((ft, start, start + len(word), token[:len(word)], swapped))
                break
    return out
