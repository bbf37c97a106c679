"""The checkable texts of an article, addressed the way findings name them.

Document order (the order of :func:`article_fields` and of every finding list):
kicker, headline, dateline.source, dateline.place, lede, body blocks in order (a block's
text, then an image block's caption), quotes in order (speaker, role, text), awards in
order (recipient, award, conferred_by, reason), byline.authors in order, byline.signoff.
This is the order a reader meets them on the printed page (the kicker stands above the
headline; quotes and awards are the structured lists below the story; the byline ends it).

Field names follow ``contract.md``: ``headline``, ``body`` (with ``block``),
``body.caption`` (an image block's caption, with ``block``), ``quotes[2].text``,
``awards[0].award``, ``byline.authors[1]``, ``byline.signoff``, ``dateline.place`` ...
Each field also has a *kind* that pack scopes select: ``headline``, ``kicker``, ``lede``,
``body.paragraph``, ``body.heading``, ``body.quote``, ``body.list_item``, ``body.caption``,
``quotes.text``, ``quotes.speaker``, ``quotes.role``, ``awards.recipient``, ``awards.award``,
``awards.conferred_by``, ``awards.reason``, ``dateline.source``, ``dateline.place``,
``byline.authors``, ``byline.signoff``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..article import Article
from ..file_io import N_
from ..text import nfc

QUOTE_KEYS = ("speaker", "role", "text")
AWARD_KEYS = ("recipient", "award", "conferred_by", "reason")

# Scope aliases a pack may use besides kinds and kind prefixes ("body" = every body kind).
SCOPE_ALIASES: dict[str, tuple[str, ...]] = {
    "all": ("",),
    "prose": ("headline", "kicker", "lede", "body", "quotes.text", "awards.reason"),
    "running": ("lede", "body.paragraph", "body.quote", "body.list_item", "quotes.text"),
    "titles": ("headline", "kicker", "body.heading"),
    "names": ("quotes.speaker", "quotes.role", "awards.recipient", "awards.award", "awards.conferred_by",
              "byline.authors", "dateline.place"),
}
KINDS = (
    "headline", "kicker", "lede", "body.paragraph", "body.heading", "body.quote", "body.list_item",
    "body.caption", "quotes.text", "quotes.speaker", "quotes.role", "awards.recipient", "awards.award",
    "awards.conferred_by", "awards.reason", "dateline.source", "dateline.place", "byline.authors",
    "byline.signoff",
)

INDEXED_FIELD = re.compile(r"^(quotes|awards|byline\.authors)\[(\d+)\](?:\.(\w+))?$")


@dataclass(frozen=True)
class FieldText:
    """One checkable text: where it lives, what kind it is, and its text (``text`` is NFC)."""

    field: str
    block: int | None
    kind: str
    text: str
    raw: str = ""

    @property
    def key(self) -> tuple[str, int | None]:
        """``(field, block)``: what a finding's location is matched against."""
        return (self.field, self.block)


def _make(field: str, block: int | None, kind: str, raw: str) -> FieldText:
    raw = raw if isinstance(raw, str) else ""
    return FieldText(field, block, kind, nfc(raw), raw)


def article_fields(article: Article) -> list[FieldText]:
    """Every checkable text of ``article`` in document order (empty ones included)."""
    a = article
    out = [
        _make("kicker", None, "kicker", a.kicker),
        _make("headline", None, "headline", a.headline),
        _make("dateline.source", None, "dateline.source", a.dateline.source),
        _make("dateline.place", None, "dateline.place", a.dateline.place),
        _make("lede", None, "lede", a.lede),
    ]
    for i, b in enumerate(a.body):
        if b.type == "image":
            out.append(_make("body.caption", i, "body.caption", b.caption))
        else:
            out.append(_make("body", i, f"body.{b.type}", b.text))
    for i, q in enumerate(a.quotes):
        out.extend(_make(f"quotes[{i}].{k}", None, f"quotes.{k}", getattr(q, k)) for k in QUOTE_KEYS)
    for i, w in enumerate(a.awards):
        out.extend(_make(f"awards[{i}].{k}", None, f"awards.{k}", getattr(w, k)) for k in AWARD_KEYS)
    out.extend(_make(f"byline.authors[{i}]", None, "byline.authors", n) for i, n in enumerate(a.byline.authors))
    out.append(_make("byline.signoff", None, "byline.signoff", a.byline.signoff))
    return out


def field_text(article: Article, field: str, block: int | None = None) -> FieldText:
    """The one text named by ``field`` (and ``block`` for body fields); KeyError if none."""
    a = article
    if field in ("body", "body.caption"):
        if block is None or not 0 <= block < len(a.body):
            raise KeyError(f"{field} has no block {block}")
        b = a.body[block]
        if field == "body.caption":
            return _make(field, block, "body.caption", b.caption)
        return _make(field, block, f"body.{b.type}", b.text)
    simple = {"kicker": a.kicker, "headline": a.headline, "lede": a.lede, "dateline.source": a.dateline.source,
              "dateline.place": a.dateline.place, "byline.signoff": a.byline.signoff}
    if field in simple:
        return _make(field, None, field, simple[field])
    m = INDEXED_FIELD.match(field)
    if m:
        group, index, key = m.group(1), int(m.group(2)), m.group(3)
        items = {"quotes": a.quotes, "awards": a.awards, "byline.authors": a.byline.authors}[group]
        if index < len(items):
            if group == "byline.authors" and key is None:
                return _make(field, None, "byline.authors", items[index])
            if (group, key) in {("quotes", k) for k in QUOTE_KEYS} | {("awards", k) for k in AWARD_KEYS}:
                return _make(field, None, f"{group}.{key}", getattr(items[index], key))
    raise KeyError(f"no field {field!r}")


def set_field_text(article: Article, field: str, block: int | None, text: str) -> None:
    """Store ``text`` in the field named by ``field``/``block`` (the model NFC-normalises it)."""
    a = article
    if field == "body":
        a.body[block or 0].text = text
    elif field == "body.caption":
        a.body[block or 0].caption = text
    elif field in ("kicker", "headline", "lede"):
        setattr(a, field, text)
    elif field.startswith("dateline."):
        setattr(a.dateline, field.split(".", 1)[1], text)
    elif field == "byline.signoff":
        a.byline.signoff = text
    else:
        m = INDEXED_FIELD.match(field)
        if not m:
            raise KeyError(f"no field {field!r}")
        group, index, key = m.group(1), int(m.group(2)), m.group(3)
        if group == "byline.authors":
            authors = list(a.byline.authors)
            authors[index] = text
            a.byline.authors = authors
        else:
            setattr((a.quotes if group == "quotes" else a.awards)[index], key, text)


def scope_matches(scope: tuple[str, ...], kind: str) -> bool:
    """Whether a rule with ``scope`` (kinds, prefixes like ``body`` or aliases) covers ``kind``."""
    for entry in scope:
        for target in SCOPE_ALIASES.get(entry, (entry,)):
            if target == "" or kind == target or kind.startswith(target + "."):
                return True
    return False


def known_scope(entry: str) -> bool:
    """Whether ``entry`` names a kind, a kind prefix or an alias."""
    return entry in SCOPE_ALIASES or any(k == entry or k.startswith(entry + ".") for k in KINDS)


# Where a finding is, for people, as the window's issues panel and ``articledesk check`` say it;
# numbers count from 1 ("Body ¶2" is the body's second block, ``block`` 1).
_PLAIN_LABELS = {
    "kicker": N_("Kicker"), "headline": N_("Headline"), "lede": N_("Standfirst"), "dateline.source": N_("Source"),
    "dateline.place": N_("Place"), "byline.signoff": N_("Sign-off"),
}
_NUMBERED_LABELS = {
    ("body", None): N_("Body ¶{n}"),
    ("body.caption", None): N_("Caption ¶{n}"),
    ("byline.authors", None): N_("Author {n}"),
    ("quotes", "speaker"): N_("Quote {n}, speaker"),
    ("quotes", "role"): N_("Quote {n}, role"),
    ("quotes", "text"): N_("Quote {n}"),
    ("awards", "recipient"): N_("Award {n}, recipient"),
    ("awards", "award"): N_("Award {n}, award"),
    ("awards", "conferred_by"): N_("Award {n}, conferred by"),
    ("awards", "reason"): N_("Award {n}, reason"),
}


def where_label(field: str, block: int | None, translate: Callable[[str], str] = str) -> str:
    """Where a finding is, for people: "Headline", "Body ¶3", "Quote 2, speaker"…

    ``translate`` turns a label template (marked with N_, context "errors") into the interface
    language; a field without a label is named as it is.
    """
    if field in _PLAIN_LABELS:
        return translate(_PLAIN_LABELS[field])
    m = INDEXED_FIELD.match(field)
    key, number = ((m.group(1), m.group(3)), int(m.group(2))) if m else ((field, None), block or 0)
    template = _NUMBERED_LABELS.get(key)
    return translate(template).format(n=number + 1) if template else field
