"""NameAgreement's authorities: where a name's spelling comes from.

The desk's names (the pack's ``names`` list and the registry's ``persons``, prepared once per
pack by :func:`_prepare`) and, per article (:class:`_Article`), the structured fields — quote
speakers (with a title from the quote's role), award recipients, byline authors, the dateline
place — plus the ``defer_to`` rules' fixes an authority and a mention are compared in.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..fields import FieldText, scope_matches
from ..findings import Hit
from ..pack_build import MAX_NAME_WORDS
from .names_match import Authority, Tables, Titles, _gap, _strip_prefixes


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

