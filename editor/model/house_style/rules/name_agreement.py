"""VN-N01 / EN-N01 NameAgreement: a name is written the same way wherever the article names it.

Where the spelling comes from (the *authorities*), strongest first:

1. the desk's names: the pack's ``names`` list (name, title, kind; see :mod:`..pack`) and the
   registry's ``persons``;
2. the structured fields, in document order: quote speakers (a title written before the name,
   else one found in the quote's role), award recipients (a person for an ``individual``
   recipient, else an organisation), byline authors, the dateline place.

A later authority that is a variant of an earlier one is not an authority: its field is checked
against the earlier one like any text. Every field in the rule's scope is searched, structured
name fields included, for:

* the same name written differently: the same letters with other marks or capitals ("Nguyễn Văn
  Hoà", "Nguyễn Văn Hóa", "Nguyễn văn Hòa", "Jose Marti" for "José Martí"); in English (param
  ``letter_typos``) also one letter changed, added or dropped in the last name ("John Smyth"
  for "John Smith") — case ``spelling``;
* a person's name with a middle syllable dropped ("Nguyễn Hòa" for "Nguyễn Văn Hòa"), when
  ``dropped_middle`` is on (Vietnamese; English drops middle names as a matter of course) —
  case ``dropped``;
* another title of the same ladder before a person's name ("Đại tá Nguyễn Văn Hòa", or "Đại tá
  Hòa", when the quote's role says "Thượng tá"; "Rep. John Smith" for "Sen. John Smith"). The
  ladders are the ``titles`` param (titles that exclude each other, such as ranks);
  ``title_forms`` maps other spellings to a ladder's ("Senator" -> "Sen."). Without a title in
  the fields or the desk's list, the first titled mention in the story sets it. Not flagged
  after a ``former_words`` word ("nguyên Đại tá", "former Rep.") nor in an article that reports
  a promotion (``promotion_words``) — case ``title``.

Not flagged: the normal short references — the given name alone ("ông Hòa", "Thượng tá Hòa",
"Smith said"), the name without its surname ("Văn Hòa", "Kim Ngân": Vietnamese compound given
names and pen names are used this way, and a two-syllable tail is too often an ordinary word,
"Văn hóa", to judge its spelling), a name glued to another capitalised word on its right ("Nguyễn
Hòa Bình" is someone else), all-capital headings that match, and one-word names.

One slip is one finding: where the rules named in ``defer_to`` (tone style, registered names,
person-name capitals) already flag part of the text with a fix that makes it the authority's
spelling, this rule says nothing; and an authority those rules would change is compared in its
changed spelling (a speaker typed "Hoà" under the "hòa" house style agrees with "Hòa" in the
body).

Cost: the authorities are prepared once per article; each field's tokens (the shared lexer's) are
walked once, capitalised ones looked up by their mark-free key; the deferred rules run only on a
field that holds a candidate.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from ..fields import FieldText, scope_matches
from ..findings import Hit
from ..kinds import match_case
from ..pack_build import MAX_NAME_WORDS, MAX_PERSON_WORDS
from ..registry import builtin
from ..text_tools import Analysis, lex_field

__all__ = ["name_agreement"]

# What a source is called in a message when the pack gives no ``messages.source_<kind>``.
_DEFAULT_SOURCES = {
    "desk": "the desk's list of names", "quote": "quote {n}", "award": "award {n}", "byline": "the byline",
    "dateline": "the dateline", "story": "its first mention",
}
_HSPACE = frozenset(" \t\u00a0\u202f\u2009")
_POSSESSIVE = ("'s", "’s")
_MAX_BASE_MEMO = 50_000
_base_memo: dict[str, str] = {}


def base(token: str) -> str:
    """``token`` without marks or capitals: "Hoà", "Hóa" and "HOA" are all "hoa"; "Đức" is "duc"."""
    got = _base_memo.get(token)
    if got is None:
        folded = token.casefold().replace("đ", "d")
        if not folded.isascii():
            folded = "".join(c for c in unicodedata.normalize("NFD", folded) if not unicodedata.combining(c))
        got = folded.replace("’", "'")
        if len(_base_memo) < _MAX_BASE_MEMO:
            _base_memo[token] = got
    return got


def _gap(text: str) -> str | None:
    """A separator between two words of a name, normalised ("  " -> " "); None across a line break."""
    if "\n" in text:
        return None
    if all(c in _HSPACE for c in text):
        return " " if text else None
    return " ".join(text.split()) if text.strip() else None


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one letter changed, added or dropped (two letters swapped too)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


@dataclass
class Authority:
    """One name the article must keep to: its spelling, kind, title and where it comes from."""

    words: tuple[str, ...]
    gaps: tuple[str, ...]
    kind: str
    source: str
    n: int = 0
    title: str = ""
    title_source: str = ""
    title_n: int = 0
    ft: FieldText | None = None
    span: tuple[int, int] = (0, 0)
    normal: str | None = None  # the spelling once the deferred rules' fixes are applied (fields only)

    @property
    def spelling(self) -> str:
        out = self.words[0]
        for gap, word in zip(self.gaps, self.words[1:], strict=True):
            out += gap + word
        return out

    @property
    def key(self) -> tuple[str, ...]:
        return _key(self.words, self.gaps)


def _key(words: tuple[str, ...] | list[str], gaps: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    out = [base(words[0])]
    for gap, word in zip(gaps, words[1:], strict=True):
        out += [gap, base(word)]
    return tuple(out)


@dataclass
class Titles:
    """The rule's title ladders as look-ups (built once per pack)."""

    ladder: dict[str, int]          # casefolded title (any form) -> ladder index
    canonical: dict[str, str]       # casefolded form -> the ladder's spelling ("senator" -> "Sen.")
    forms: dict[str, list[str]]     # ladder spelling -> its other forms ("Sen." -> ["Senator"])
    by_length: list[str]            # every form, longest first (for "which title ends here")
    honorifics: list[str]           # words that may stand before a name and are no title
    former: frozenset[str]
    promotions: tuple[str, ...]


def _prepare(rule: Any, pack: Any) -> dict[str, Any]:
    p = rule.params
    ladder: dict[str, int] = {}
    canonical: dict[str, str] = {}
    forms: dict[str, list[str]] = {}
    for i, titles in enumerate(p["titles"]):
        for t in titles:
            ladder[t.casefold()] = i
            canonical[t.casefold()] = t
    for form, title in p["title_forms"].items():
        if title.casefold() in ladder:
            ladder[form.casefold()] = ladder[title.casefold()]
            canonical[form.casefold()] = canonical[title.casefold()]
            forms.setdefault(canonical[title.casefold()], []).append(form)
    desk_titles = [e.title for e in getattr(pack, "names", ()) if e.title]
    all_forms = set(canonical.values()) | set(p["title_forms"]) | set(desk_titles)
    titles = Titles(ladder, canonical, forms, sorted(all_forms, key=len, reverse=True),
                    sorted(p["honorifics"], key=len, reverse=True), frozenset(w.casefold() for w in p["former_words"]),
                    tuple(w.casefold() for w in p["promotion_words"]))
    desk = Tables(p["dropped_middle"], p["letter_typos"])
    for entry in getattr(pack, "names", ()):
        words = tuple(entry.name.split())
        title = canonical.get(entry.title.casefold(), entry.title)
        desk.add(Authority(words, (" ",) * (len(words) - 1), entry.kind, "desk", 0, title, "desk" if title else ""))
    for name in pack.registry.list("persons"):
        words = tuple(name.split())
        desk.add(Authority(words, (" ",) * (len(words) - 1), "person", "desk"))
    desk.index()
    return {"titles": titles, "desk": desk}


class Tables:
    """Authorities and the look-ups the scan uses: full spellings, dropped-syllable forms, English
    near spellings, window lengths by first word, persons by last word. The desk's are built once
    per pack (:func:`_prepare`); an article's own are built per check and shadow nothing of them."""

    def __init__(self, dropped_middle: bool, letter_typos: bool, under: Tables | None = None) -> None:
        self.dropped_middle, self.letter_typos, self.under = dropped_middle, letter_typos, under
        self.authorities: list[Authority] = []
        self.full: dict[tuple[str, ...], Authority] = {}
        self.dropped: dict[tuple[str, ...], Authority] = {}
        self.typo: dict[tuple[str, ...], list[Authority]] = {}
        self.lengths: dict[str, set[int]] = {}       # first word's key -> window lengths (in words) to try
        self.given: dict[str, list[Authority]] = {}  # key of a person's last word -> persons

    def known(self, key: tuple[str, ...]) -> Authority | None:
        return self.full.get(key) or (self.under.full.get(key) if self.under else None)

    def add(self, auth: Authority) -> Authority | None:
        """Add an authority unless its name is known already; returns the known one."""
        if not 2 <= len(auth.words) <= (MAX_PERSON_WORDS if auth.kind == "person" else MAX_NAME_WORDS):
            return None  # one word is no name to compare; a long run of capitals is no person's name
        known = self.known(auth.key)
        if known is None:
            self.full[auth.key] = auth
            self.authorities.append(auth)
        return known

    def index(self) -> None:
        """Work out the look-ups once every authority is in."""
        under = self.under
        if under is not None:
            self.lengths = {k: set(v) for k, v in under.lengths.items()}
            self.given = {k: list(v) for k, v in under.given.items()}
        for auth in self.authorities:
            words, gaps = auth.words, auth.gaps
            self.lengths.setdefault(base(words[0]), set()).add(len(words))
            if auth.kind != "person":
                continue
            self.given.setdefault(base(words[-1]), []).append(auth)
            if self.letter_typos:
                self.typo.setdefault(_key(words[:-1], gaps[:-1]) + (gaps[-1],), []).append(auth)
            if self.dropped_middle and len(words) >= 3 and all(g == " " for g in gaps):
                middle = len(words) - 2
                for mask in range(1, 2 ** middle):  # which middle words to drop (not none)
                    kept = [words[0]] + [w for j, w in enumerate(words[1:-1]) if not mask >> j & 1] + [words[-1]]
                    key = _key(kept, [" "] * (len(kept) - 1))
                    if self.known(key) is None:
                        self.dropped.setdefault(key, auth)
                        self.lengths[base(words[0])].add(len(kept))

    def full_of(self, key: tuple[str, ...]) -> Authority | None:
        return self.known(key)

    def dropped_of(self, key: tuple[str, ...]) -> Authority | None:
        return self.dropped.get(key) or (self.under.dropped.get(key) if self.under else None)

    def typo_of(self, key: tuple[str, ...]) -> list[Authority]:
        own = self.typo.get(key, [])
        return own + self.under.typo.get(key, []) if self.under else own


def _ends_with(text: str, end: int, forms: list[str]) -> tuple[int, str] | None:
    """``(start, form)`` of the longest of ``forms`` ending at ``end`` on a word boundary."""
    if end == 0:
        return None
    for form, folded in _by_last(tuple(forms)).get(text[end - 1].casefold(), ()):
        start = end - len(form)
        if start < 0 or text[start:end].casefold() != folded:
            continue
        if start == 0 or not (text[start - 1].isalnum() or unicodedata.combining(text[start - 1])):
            return start, text[start:end]
    return None


@lru_cache(maxsize=16)
def _by_last(forms: tuple[str, ...]) -> dict[str, list[tuple[str, str]]]:
    """``forms`` (longest first) grouped by their last character, casefolded: one look-up per test."""
    out: dict[str, list[tuple[str, str]]] = {}
    for form in forms:
        if form:
            out.setdefault(form[-1].casefold(), []).append((form, form.casefold()))
    return out


def _before(text: str, start: int) -> int:
    """Where the horizontal space before ``start`` begins (``start`` itself when there is none)."""
    i = start
    while i > 0 and text[i - 1] in _HSPACE:
        i -= 1
    return i


def _title_before(text: str, start: int, titles: Titles) -> tuple[int, int, str] | None:
    """The title written just before a name at ``start``: ``(start, end, text)``."""
    end = _before(text, start)
    if end == start:
        return None
    found = _ends_with(text, end, titles.by_length)
    return (found[0], end, found[1]) if found else None


def _prefixed(text: str, start: int, titles: Titles) -> bool:
    """Whether a title or an honorific ("ông", "Mr.") stands just before ``start``."""
    end = _before(text, start)
    return end < start and (_ends_with(text, end, titles.by_length) is not None
                            or _ends_with(text, end, titles.honorifics) is not None)


def _strip_prefixes(text: str, pos: int, titles: Titles) -> tuple[int, str]:
    """Skip honorifics and titles opening a name field; returns the position after them and the
    last ladder title among them ("Thượng tá Nguyễn Văn Hòa" -> title "Thượng tá")."""
    title = ""
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        for form in titles.by_length + titles.honorifics:
            end = pos + len(form)
            if text[pos:end].casefold() == form.casefold() and (end == len(text) or not text[end].isalnum()):
                if form.casefold() in titles.canonical or form in titles.by_length:
                    title = titles.canonical.get(form.casefold(), text[pos:end])
                pos = end
                break
        else:
            return pos, title


class _Article:
    """What the rule works out once per article: the authorities and their look-up tables."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.params = ctx.params
        self.titles: Titles = ctx.data["titles"]
        self.tables = Tables(self.params["dropped_middle"], self.params["letter_typos"], ctx.data["desk"])
        self.titled: dict[int, Authority] = {}  # a desk authority -> its copy with a title from the fields
        self.deferred: dict[tuple[str, int | None], list[tuple[int, int, str]]] = {}
        self.article_deferred: dict[tuple[str, int | None], list[tuple[int, int, str]]] | None = None
        self.story_titles: dict[int, tuple[str, FieldText]] = {}
        self._promoted: bool | None = None
        self._collect()

    # ---------------------------------------------------------------- authorities

    def _add(self, auth: Authority) -> None:
        known = self.tables.add(auth)
        if known is not None and not self.lookup(known).title and auth.title:
            # The same person's title from the fields: the article's copy carries it (the desk's is shared).
            self.titled[id(known)] = replace(known, title=auth.title, title_source=auth.title_source,
                                             title_n=auth.title_n)

    def lookup(self, auth: Authority) -> Authority:
        """The authority as this article knows it (with a title the fields gave it)."""
        return self.titled.get(id(auth), auth) if self.titled else auth

    def _from_field(self, ft: FieldText, kind: str, source: str, n: int, role: FieldText | None = None) -> None:
        text = ft.text
        if not text.strip():
            return
        cut = len(text)
        for stop in ("(", ",", ";", "\n") if kind == "person" else ("(", "\n"):
            at = text.find(stop)
            if 0 <= at < cut:
                cut = at
        pos, title = _strip_prefixes(text, 0, self.titles) if kind == "person" else (0, "")
        words: list[tuple[int, int, str]] = []
        for tok in self.ctx.analysis(ft).words:
            if tok.start < pos:
                continue
            if tok.end > cut:
                break
            if words:
                gap = _gap(text[words[-1][1]:tok.start])
                if gap is None or (kind == "person" and (gap != " " or not tok.text[:1].isupper())):
                    break
            elif not tok.text[:1].isupper():
                return
            words.append(tok)
            if len(words) > MAX_NAME_WORDS:
                return
        if len(words) < 2:
            return
        title_source, title_n = (source, n) if title else ("", 0)
        if not title and role is not None and role.text:
            title, title_source, title_n = self._role_title(role.text), "quote", n
        gaps = tuple(_gap(text[a[1]:b[0]]) or " " for a, b in zip(words, words[1:], strict=False))
        texts = tuple(w[2] for w in words)
        if all(t.isupper() for t in texts):  # a field typed in capitals says nothing about capitals
            texts = tuple(t[:1] + t[1:].lower() for t in texts)
        self._add(Authority(texts, gaps, kind, source, n, title,
                            title_source if title else "", title_n, ft, (words[0][0], words[-1][1])))

    def _role_title(self, role: str) -> str:
        """The first ladder title a quote's role names ("Thượng tá, Trưởng Công an huyện")."""
        folded = role.casefold()
        best: tuple[int, str] | None = None
        for form in self.titles.by_length:
            key = form.casefold()
            if key not in self.titles.ladder:
                continue
            at = folded.find(key)
            while at >= 0:
                end = at + len(key)
                if (at == 0 or not folded[at - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
                    break
                at = folded.find(key, at + 1)
            if at >= 0 and (best is None or at < best[0]):
                best = (at, self.titles.canonical[key])
        return best[1] if best else ""

    def _collect(self) -> None:
        ctx = self.ctx
        by_field = {ft.field: ft for ft in ctx.fields}
        article = ctx.article
        for i in range(len(article.quotes)):
            speaker = by_field.get(f"quotes[{i}].speaker")
            if speaker is not None:
                self._from_field(speaker, "person", "quote", i + 1, by_field.get(f"quotes[{i}].role"))
        for i, award in enumerate(article.awards):
            recipient = by_field.get(f"awards[{i}].recipient")
            if recipient is not None:
                kind = "person" if award.recipient_kind == "individual" else "organisation"
                self._from_field(recipient, kind, "award", i + 1)
        for i in range(len(article.byline.authors)):
            author = by_field.get(f"byline.authors[{i}]")
            if author is not None:
                self._from_field(author, "person", "byline", i + 1)
        place = by_field.get("dateline.place")
        if place is not None:
            self._from_field(place, "place", "dateline", 1)
        self.tables.index()

    @property
    def empty(self) -> bool:
        return not self.tables.lengths

    def promoted(self, words: tuple[str, ...]) -> bool:
        """Whether the article reports a promotion (titles then legitimately change)."""
        if self._promoted is None:
            if words:
                story = "\n".join(ft.text for ft in self.ctx.in_scope()).casefold()
                self._promoted = any(w in story for w in words)
            else:
                self._promoted = False
        return self._promoted

    # ---------------------------------------------------------------- deferring to other rules

    def _deferred(self, ft: FieldText) -> list[tuple[int, int, str]]:
        """``(start, end, fix)`` of the ``defer_to`` rules' findings in one field (worked out once)."""
        got = self.deferred.get(ft.key)
        if got is not None:
            return got
        from ..engine import ArticleContext, FieldContext

        ctx, out = self.ctx, []
        for rid in self.params["defer_to"]:
            rule = ctx.pack.rule(rid)
            if rule is None or not rule.enabled or not scope_matches(rule.scope, ft.kind):
                continue
            for impl in rule.impls:
                if impl.level == "field":
                    hits = impl.fn(FieldContext(rule, ctx.pack, ctx.article, ft, ctx.analysis(ft)))
                    out.extend((h.start, h.end, h.replacements[0]) for h in hits if h.replacements)
                else:
                    if self.article_deferred is None:
                        self.article_deferred = {}
                    key = (rid, impl.name)
                    if key not in self.article_deferred:
                        found: list[tuple[Any, Hit]] = list(impl.fn(ArticleContext(
                            rule, ctx.pack, ctx.article, ctx.fields, ctx._analyses)))
                        self.article_deferred[key] = found  # type: ignore[assignment]
                    out.extend((h.start, h.end, h.replacements[0]) for f, h in self.article_deferred[key]
                               if f.key == ft.key and h.replacements)
        self.deferred[ft.key] = out
        return out

    def fixed(self, ft: FieldText, start: int, end: int) -> str:
        """``ft.text[start:end]`` as it reads once the deferred rules' fixes inside it are applied."""
        text = ft.text[start:end]
        done = end + 1
        for s, e, fix in sorted(self._deferred(ft), reverse=True):
            if start <= s <= e <= end and e <= done:
                text = text[:s - start] + fix + text[e - start:]
                done = s
        return text

    def normal(self, auth: Authority) -> str:
        """The authority's spelling as its field will read once the deferred rules are applied."""
        if auth.normal is None:
            typed = auth.ft.text[auth.span[0]:auth.span[1]] if auth.ft is not None else ""
            auth.normal = self.fixed(auth.ft, *auth.span) if typed and not typed.isupper() else auth.spelling
        return auth.normal


@dataclass
class _Window:
    first: int
    last: int            # index of the last word (inclusive)
    start: int
    end: int
    auth: Authority
    case: str            # "exact" | "spelling" | "dropped"
    words: list[str] = field(default_factory=list)


def _label(ctx: Any, kind: str, n: int, lang: str) -> str:
    case = f"source_{kind}"
    template = ctx.rule.text_for(lang, case) if case in ctx.rule.messages else _DEFAULT_SOURCES[kind]
    return template.replace("{n}", str(n))


class _Scanner:
    """Walks one field's words and finds the authorities' names in it."""

    def __init__(self, art: _Article, ft: FieldText, an: Analysis) -> None:
        self.art, self.ft, self.text = art, ft, ft.text
        self.words = an.words
        self.possessive = art.params["possessive"]

    def core(self, i: int) -> tuple[str, int]:
        """Word ``i`` and its end, without an English possessive ("Smith's" -> "Smith")."""
        tok = self.words[i]
        if self.possessive and tok.text.endswith(_POSSESSIVE) and len(tok.text) > 2:
            return tok.text[:-2], tok.end - 2
        return tok.text, tok.end

    def gap(self, i: int) -> str | None:
        """The separator between word ``i - 1`` and word ``i``."""
        return _gap(self.text[self.words[i - 1].end:self.words[i].start])

    def glued_right(self, last: int) -> bool:
        j = last + 1
        if j >= len(self.words) or self.gap(j) != " " or self.core(last)[1] != self.words[last].end:
            return False
        return self.words[j].text[:1].isupper()

    def glued_left(self, first: int) -> bool:
        if first == 0 or self.gap(first) != " " or not self.words[first - 1].text[:1].isupper():
            return False
        return not _prefixed(self.text, self.words[first].start, self.art.titles)

    def windows(self) -> Iterator[_Window | tuple[Authority, int]]:
        """The authorities' names in the field, in order, and (as ``(person, start)``) a person's
        last word alone right after a title ("Thượng tá Hòa", "Sen. Smith")."""
        words, art = self.words, self.art
        lengths_of, given, memo = art.tables.lengths, art.tables.given, _base_memo
        skip_to = 0
        for i, tok in enumerate(words):  # one pass; only capitalised words cost more than a test
            text = tok[2]
            if i < skip_to or not text[0].isupper():
                continue
            if self.possessive and text.endswith(_POSSESSIVE):
                text = self.core(i)[0]
            key = memo.get(text) or base(text)
            lengths = lengths_of.get(key)
            found = self.match(i, lengths) if lengths else None
            if found is not None:
                skip_to = found.last + 1
                yield found
                continue
            people = given.get(key)
            if people and len(people) == 1 and text == people[0].words[-1] and not self.glued_left(i) \
                    and not self.glued_right(i) and _title_before(self.text, tok.start, art.titles) is not None:
                yield people[0], tok.start

    def match(self, i: int, lengths: set[int]) -> _Window | None:
        words, art = self.words, self.art
        key: list[str] = []
        texts: list[str] = []
        for j in range(i, min(len(words), i + max(lengths))):
            if j > i:
                gap = self.gap(j)
                if gap is None:
                    break
                key.append(gap)
            core, _ = self.core(j)
            texts.append(core)
            key.append(base(core))
        best: _Window | None = None
        for length in sorted(lengths, reverse=True):
            if length > len(texts):
                continue
            k = tuple(key[:2 * length - 1])
            last = i + length - 1
            end = self.core(last)[1]
            start = words[i].start
            auth = art.tables.full_of(k)
            if auth is not None:
                case = "exact" if self._same(texts[:length], key, auth) else "spelling"
                if case == "exact" or not self.glued_right(last):
                    return _Window(i, last, start, end, auth, case, texts[:length])
                continue
            auth = art.tables.dropped_of(k)
            if auth is not None and not self.glued_right(last) and not self.glued_left(i):
                return _Window(i, last, start, end, auth, "dropped", texts[:length])
            if best is None and art.tables.letter_typos and length >= 2:
                for cand in art.tables.typo_of(k[:-1]):
                    if len(cand.words) == length and self._typo(texts[length - 1], cand.words[-1]) \
                            and not self.glued_right(last):
                        best = _Window(i, last, start, end, cand, "spelling", texts[:length])
                        break
        return best

    @staticmethod
    def _typo(found: str, want: str) -> bool:
        a, b = base(found), base(want)
        return (min(len(a), len(b)) >= 4 and a[:1] == b[:1] and a.isalpha() and b.isalpha()
                and found[:1].isupper() and _one_edit(a, b))

    @staticmethod
    def _same(texts: list[str], key: list[str], auth: Authority) -> bool:
        """The window spells the authority's words (or all of them in capitals), whatever its spaces."""
        joined = " ".join(texts)
        want = " ".join(auth.words)
        return joined == want or (joined.isupper() and joined == want.upper())


def _hits_in(art: _Article, ft: FieldText, an: Analysis, lang: str) -> Iterator[Hit]:
    ctx, titles = art.ctx, art.titles
    scanner = _Scanner(art, ft, an)
    text = ft.text
    titled: list[tuple[Authority, int]] = []  # mentions whose title to check: authority, name start
    for w in scanner.windows():
        if isinstance(w, tuple):
            titled.append((art.lookup(w[0]), w[1]))
            continue
        auth = w.auth
        if auth.ft is ft and auth.span == (w.start, w.end):
            continue  # the authority itself
        if auth.kind == "person":
            titled.append((art.lookup(auth), w.start))
        if w.case == "exact":
            continue
        want = art.normal(auth)
        found = art.fixed(ft, w.start, w.end)
        if w.case == "spelling" and found == want:
            continue  # the deferred rules make it the authority's spelling
        if text[w.start:w.end].isupper():
            want = want.upper()
        if found == want:
            continue
        yield Hit(w.start, w.end, (want,), safe=False, case=w.case,
                  params={"name": want, "source": _label(ctx, auth.source, auth.n, lang)})
    if titled and not art.promoted(titles.promotions):
        yield from _title_hits(art, ft, titled, lang)


def _title_hits(art: _Article, ft: FieldText, titled: list[tuple[Authority, int]], lang: str) -> Iterator[Hit]:
    titles, text, ctx = art.titles, ft.text, art.ctx
    seen: set[int] = set()
    for auth, start in sorted(titled, key=lambda t: t[1]):
        found = _title_before(text, start, titles)
        if found is None or found[0] in seen:
            continue
        seen.add(found[0])
        t_start, t_end, written = found
        before = text[:_before(text, t_start)].rsplit(None, 1)
        if before and before[-1].casefold() in titles.former:
            continue
        wanted = auth.title
        source, n = auth.title_source, auth.title_n
        if not wanted:
            if written.casefold() not in titles.ladder:
                continue
            first = art.story_titles.setdefault(id(auth), (titles.canonical[written.casefold()], ft))
            wanted, source, n = first[0], "story", 0
        ladder = titles.ladder.get(wanted.casefold())
        if written.casefold() == wanted.casefold() or titles.canonical.get(written.casefold()) == wanted:
            continue
        if ladder is None or titles.ladder.get(written.casefold()) != ladder:
            continue
        good = _title_like(titles, wanted, written)
        if art.fixed(ft, t_start, t_end) == good:
            continue
        yield Hit(t_start, t_end, (good,), safe=False, case="title",
                  params={"name": " ".join(auth.words), "title": good,
                          "source": _label(ctx, source or "story", n, lang)})


def _title_like(titles: Titles, wanted: str, written: str) -> str:
    """``wanted`` in the shape of ``written``: another spelling for another spelling ("Senator" for
    "Representative", "GS" for "PGS"), the ladder's own otherwise; lower case for lower case."""
    choice = wanted
    canonical = titles.canonical.get(written.casefold(), written)
    if canonical.casefold() != written.casefold() and titles.forms.get(wanted):
        choice = titles.forms[wanted][0]
    return choice[:1].lower() + choice[1:] if written[:1].islower() else match_case(written, choice)


@builtin("VN-N01", level="article", params={
    "titles": [["Đại tướng", "Thượng tướng"]], "title_forms": {}, "honorifics": [], "former_words": [],
    "promotion_words": [], "dropped_middle": True, "letter_typos": False, "possessive": False, "defer_to": [],
}, prepare=_prepare, per_field=lex_field)
def name_agreement(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """A name written differently from the desk's list or the article's structured fields."""
    art = _Article(ctx)
    if art.empty:
        return
    lang = ctx.article.base_language
    for ft in ctx.in_scope():
        for hit in _hits_in(art, ft, ctx.analysis(ft), lang):
            yield ft, hit
