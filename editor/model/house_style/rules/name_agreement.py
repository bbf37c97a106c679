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

from collections.abc import Iterator
from typing import Any

from ..fields import FieldText
from ..findings import Hit
from ..kinds import match_case
from ..registry import builtin
from ..text_tools import Analysis, lex_field
from .names_match import Authority, Titles, _before, _Scanner, _title_before
from .names_sources import _Article, _prepare

__all__ = ["name_agreement"]

# What a source is called in a message when the pack gives no ``messages.source_<kind>``.
_DEFAULT_SOURCES = {
    "desk": "the desk's list of names", "quote": "quote {n}", "award": "award {n}", "byline": "the byline",
    "dateline": "the dateline", "story": "its first mention",
}


def _label(ctx: Any, kind: str, n: int, lang: str) -> str:
    case = f"source_{kind}"
    template = ctx.rule.text_for(lang, case) if case in ctx.rule.messages else _DEFAULT_SOURCES[kind]
    return template.replace("{n}", str(n))



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
