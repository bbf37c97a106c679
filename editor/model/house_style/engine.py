"""Running a pack over an article: per field (live, cheap) and per article (after a pause)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..article import Article
from ..text import nfc
from .fields import FieldText, article_fields, field_text, scope_matches
from .findings import Finding, Hit
from .pack import Pack, Rule
from .registry import Impl
from .text_tools import Analysis


class _RuleSettings:
    """The running rule's parameters and prepared data, for both kinds of context."""

    rule: Rule

    @property
    def params(self) -> dict[str, Any]:
        return self.rule.params

    @property
    def data(self) -> dict[str, Any]:
        return self.rule.data


@dataclass
class FieldContext(_RuleSettings):
    """What a field-level rule function sees: one text, its analysis, the rule and the pack."""

    rule: Rule
    pack: Pack
    article: Article | None
    field: FieldText
    an: Analysis

    @property
    def text(self) -> str:
        return self.field.text


class ArticleContext(_RuleSettings):
    """What an article-level rule function sees: every field of the article, analysed once."""

    def __init__(self, rule: Rule, pack: Pack, article: Article, fields: list[FieldText],
                 analyses: dict[tuple[str, int | None], Analysis]) -> None:
        self.rule, self.pack, self.article, self.fields = rule, pack, article, fields
        self._analyses = analyses

    def analysis(self, ft: FieldText) -> Analysis:
        """The shared analysis of one field."""
        an = self._analyses.get(ft.key)
        if an is None or an.text != ft.text:
            an = self._analyses[ft.key] = Analysis(ft)
        return an

    def in_scope(self) -> list[FieldText]:
        """The non-empty fields this rule's scope covers, in document order."""
        return [f for f in self.fields if f.text and scope_matches(self.rule.scope, f.kind)]


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _message(rule: Rule, hit: Hit, text: str, lang: str) -> str:
    template = rule.text_for(lang, hit.case)
    values = _Lenient(text=text, replacement=hit.replacements[0] if hit.replacements else "", **hit.params)
    try:
        return template.format_map(values)
    except (ValueError, IndexError, AttributeError):
        return template


def make_finding(rule: Rule, ft: FieldText, hit: Hit, lang: str) -> Finding:
    """Dress a rule's hit as a Finding (severity, message, whether the fix is safe)."""
    start = max(0, min(hit.start, len(ft.text)))
    end = max(start, min(hit.end, len(ft.text)))
    text = ft.text[start:end]
    replacements = tuple(dict.fromkeys(hit.replacements))
    safe = bool(replacements) and ((rule.autofix == "safe" and hit.safe) or (rule.autofix == "review" and hit.certain))
    return Finding(rule.id, rule.severity, ft.field, ft.block, start, end, text,
                   _message(rule, hit, text, lang), replacements, safe)


def _lang(article: Article | None, pack: Pack, lang: str | None) -> str:
    if lang:
        return lang
    if article is not None:
        return article.base_language
    return pack.language.split("-")[0]


def _field_rules(pack: Pack, kind: str) -> list[tuple[Rule, Impl]]:
    """The enabled field-level rules whose scope covers a field of ``kind`` (worked out once per pack)."""
    return pack.share(f"active:field:{kind}",
                      lambda: [(r, i) for r, i in pack.active("field") if scope_matches(r.scope, kind)])


def _run_field(pack: Pack, article: Article | None, ft: FieldText, an: Analysis, lang: str) -> list[Finding]:
    out: list[Finding] = []
    for rule, impl in _field_rules(pack, ft.kind):
        ctx = FieldContext(rule, pack, article, ft, an)
        out.extend(make_finding(rule, ft, hit, lang) for hit in impl.fn(ctx))
    return _unique(out)


def _unique(findings: Iterable[Finding]) -> list[Finding]:
    seen: dict[tuple[Any, ...], Finding] = {}
    for f in findings:
        seen.setdefault((f.rule, f.field, f.block, f.start, f.end), f)
    return sorted(seen.values(), key=lambda f: (f.start, f.end, f.rule))


def check_text(text: str, pack: Pack, field: str = "body", block: int | None = None, kind: str | None = None,
               article: Article | None = None, lang: str | None = None) -> list[Finding]:
    """Check a text that is being edited (not yet stored) as if it were ``field``/``block``.

    Offsets are code points of ``nfc(text)``. ``kind`` defaults from ``field`` (and from the
    article's block type for body blocks).
    """
    if kind is None:
        kind = field
        if field == "body":
            btype = article.body[block].type if article is not None and block is not None and \
                block < len(article.body) else "paragraph"
            kind = f"body.{btype}"
        elif "[" in field:
            kind = field.split("[")[0] + ("." + field.rsplit(".", 1)[1] if "]." in field else "")
    ft = FieldText(field, block, kind, nfc(text), text)
    return _run_field(pack, article, ft, Analysis(ft), _lang(article, pack, lang))


def check_field(article: Article, pack: Pack, field: str, block: int | None = None,
                lang: str | None = None) -> list[Finding]:
    """Findings of the per-field rules for one field (or one body block), sorted by offset.

    This is what the editor re-runs on each keystroke for the edited field; rules that need
    the whole article run in :func:`check_article_level`.
    """
    ft = field_text(article, field, block)
    return _run_field(pack, article, ft, Analysis(ft), _lang(article, pack, lang))


def _order(fields: list[FieldText]) -> dict[tuple[str, int | None], int]:
    return {ft.key: i for i, ft in enumerate(fields)}


def sort_findings(findings: Iterable[Finding], article: Article) -> list[Finding]:
    """Findings in document order (see :mod:`.fields`), then by offset and rule id."""
    order = _order(article_fields(article))
    return sorted(findings, key=lambda f: (order.get((f.field, f.block), len(order)), f.start, f.end, f.rule))


def _article_level(article: Article, pack: Pack, fields: list[FieldText],
                   analyses: dict[tuple[str, int | None], Analysis], lang: str) -> list[Finding]:
    out: list[Finding] = []
    for rule, impl in pack.active("article"):
        ctx = ArticleContext(rule, pack, article, fields, analyses)
        out.extend(make_finding(rule, ft, hit, lang) for ft, hit in impl.fn(ctx))
    return out


def check_article_level(article: Article, pack: Pack, lang: str | None = None) -> list[Finding]:
    """Findings of the rules that need the whole article (consistency, first use, byline...)."""
    fields = article_fields(article)
    return sort_findings(_unique(_article_level(article, pack, fields, {}, _lang(article, pack, lang))), article)


def check_article(article: Article, pack: Pack, lang: str | None = None) -> list[Finding]:
    """Every finding of ``pack`` on ``article``, in document order."""
    lang = _lang(article, pack, lang)
    fields = article_fields(article)
    analyses: dict[tuple[str, int | None], Analysis] = {}
    out: list[Finding] = []
    for ft in fields:
        if not ft.text:
            continue
        an = analyses[ft.key] = Analysis(ft)
        out.extend(_run_field(pack, article, ft, an, lang))
    out.extend(_article_level(article, pack, fields, analyses, lang))
    return sort_findings(_unique(out), article)
