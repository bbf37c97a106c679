"""Ignored findings, stored in the article so they survive save, reload and e-mail.

``article.extra["house_style_ignores"]`` holds::

    {"once":  [{"rule": "VN-O01", "field": "body", "block": 3, "text": "tich", "context": "9f1c…"}],
     "words": [{"word": "Younis", "rule": null}]}

"Ignore once" matches a finding by rule, field, text and a hash of the text around it
(20 code points either side), so it survives edits elsewhere and the block moving; it
stops matching when the words around it change. "Ignore word" matches any finding whose
text is that word (case-insensitive), for one rule or (``rule: null``) for all rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..article import Article
from .fields import field_text
from .findings import Finding

IGNORES_KEY = "house_style_ignores"
CONTEXT = 20


def context_hash(text: str, start: int, end: int) -> str:
    """A short hash of a finding's text and the text around it."""
    import hashlib  # here: loading OpenSSL costs a check without ignores several milliseconds

    piece = text[max(0, start - CONTEXT):start] + "\0" + text[start:end] + "\0" + text[end:end + CONTEXT]
    return hashlib.sha1(piece.encode("utf-8")).hexdigest()[:16]


def _store(article: Article) -> dict[str, list[dict[str, Any]]]:
    raw = article.extra.get(IGNORES_KEY)
    if not isinstance(raw, dict):
        raw = {}
    once = [e for e in raw.get("once", []) if isinstance(e, dict)] if isinstance(raw.get("once"), list) else []
    words = [e for e in raw.get("words", []) if isinstance(e, dict)] if isinstance(raw.get("words"), list) else []
    return {**raw, "once": once, "words": words}


def _context_of(article: Article, finding: Finding, cache: dict[tuple[str, int | None], str] | None = None) -> str:
    key = (finding.field, finding.block)
    if cache is not None and key in cache:
        text = cache[key]
    else:
        try:
            text = field_text(article, finding.field, finding.block).text
        except KeyError:
            text = ""
        if cache is not None:
            cache[key] = text
    return context_hash(text, finding.start, finding.end)


def ignore_once(article: Article, finding: Finding) -> None:
    """Ignore this one finding (stored in ``article.extra``)."""
    store = _store(article)
    entry = {"rule": finding.rule, "field": finding.field, "block": finding.block, "text": finding.text,
             "context": _context_of(article, finding)}
    if entry not in store["once"]:
        store["once"].append(entry)
    article.extra[IGNORES_KEY] = store


def ignore_word(article: Article, word: str, rule: str | None = None) -> None:
    """Ignore ``word`` everywhere in this article (for ``rule`` only, or for every rule)."""
    store = _store(article)
    entry = {"word": word.strip(), "rule": rule}
    if entry["word"] and entry not in store["words"]:
        store["words"].append(entry)
    article.extra[IGNORES_KEY] = store


def clear_ignores(article: Article) -> None:
    """Forget every ignore of this article."""
    article.extra.pop(IGNORES_KEY, None)


def filter_ignored(findings: Iterable[Finding], article: Article) -> list[Finding]:
    """The findings the journalist has not ignored, in their order."""
    findings = list(findings)
    store = _store(article)
    if not store["once"] and not store["words"]:
        return findings
    words = [(str(e.get("word", "")).casefold(), e.get("rule")) for e in store["words"]]
    once = {(e.get("rule"), e.get("field"), e.get("text"), e.get("context")) for e in store["once"]}
    cache: dict[tuple[str, int | None], str] = {}
    out = []
    for f in findings:
        word = f.text.strip().casefold()
        if any(word == w and (r is None or r == f.rule) for w, r in words):
            continue
        if once and (f.rule, f.field, f.text, _context_of(article, f, cache)) in once:
            continue
        out.append(f)
    return out
