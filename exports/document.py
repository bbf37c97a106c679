"""The one intermediate form every writer renders: an ordered list of parts with roles.

The article is read once here, house style applied (dateline prefix, date line, byline),
text cleaned, and each writer (text, HTML, DOCX, NITF, print) only lays the parts out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.model.article import Article, Mark
from editor.model.dates import article_date_line

from .cleaning import PARAGRAPH_BREAK, clean_text
from .house_format import byline_text, dateline_prefix, label

# Roles, in the order they appear in an article. "pullquote" (a direct quote from the quotes
# list, set off beside the paragraph that holds it) only appears with ``pull_quotes=True``.
ROLES = (
    "kicker", "headline", "date", "lede", "paragraph", "heading", "quote", "list_item",
    "image", "pullquote", "awards_heading", "award", "byline", "signoff",
)
# Roles whose text may hold several paragraphs (a form feed or U+2029 in the source).
BLOCK_ROLES = ("lede", "paragraph", "quote", "list_item", "pullquote")


@dataclass
class Part:
    """One printed piece of the article: its role, cleaned text and inline marks."""

    role: str
    text: str
    marks: list[Mark] = field(default_factory=list)
    prefix: str = ""  # house-style lead-in printed before the text, e.g. "(ANTV) – "
    attrs: dict[str, str] = field(default_factory=dict)


def _clean_marks(raw: str, marks: list[Mark]) -> tuple[str, list[Mark]]:
    """Clean ``raw`` segment by segment so that mark offsets follow the cleaned text."""
    cuts = sorted({0, len(raw), *(m.start for m in marks), *(m.end for m in marks)})
    new_pos = {0: 0}
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        seg = clean_text(raw[a:b])
        out.append(seg)
        new_pos[b] = new_pos[a] + len(seg)
    moved = [Mark(new_pos[m.start], new_pos[m.end], m.type, m.href) for m in marks if new_pos[m.end] > new_pos[m.start]]
    return "".join(out), moved


def article_parts(article: Article, pull_quotes: bool = False) -> list[Part]:
    """The article as parts in reading order, with house style applied.

    With ``pull_quotes``, the direct quotes of the quotes list are added as "pullquote" parts
    (see :func:`add_quotes`); plain text leaves them out, as a wire story does.
    """
    lang = article.base_language
    parts: list[Part] = []
    if article.kicker.strip():
        parts.append(Part("kicker", clean_text(article.kicker)))
    parts.append(Part("headline", clean_text(article.headline)))
    when = article_date_line(article.published or article.dateline.date, lang)
    if when:
        parts.append(Part("date", when))
    prefix = dateline_prefix(clean_text(article.dateline.source), clean_text(article.dateline.place), lang)
    body = list(article.body)
    if article.lede.strip():
        parts.append(Part("lede", clean_text(article.lede), prefix=prefix))
        prefix = ""
    for block in body:
        if block.type == "image":
            parts.append(
                Part("image", clean_text(block.caption), attrs={
                    "src": block.src, "alt": clean_text(block.alt), "credit": clean_text(block.credit)})
            )
            continue
        text, marks = _clean_marks(block.text, block.marks)
        role = block.type if block.type in ROLES else "paragraph"
        parts.append(Part(role, text, marks, prefix=prefix if role == "paragraph" else ""))
        if role == "paragraph":
            prefix = ""
    awards = [a for a in article.awards if a.recipient.strip() or a.award.strip()]
    if awards:
        parts.append(Part("awards_heading", label(lang, "awards")))
        for a in awards:
            parts.append(Part("award", award_sentence(a.recipient, a.recipient_kind, a.award, a.conferred_by,
                                                      a.reason, lang)))
    names = byline_text([clean_text(a) for a in article.byline.authors], lang)
    if names:
        parts.append(Part("byline", names))
    if article.byline.signoff.strip():
        parts.append(Part("signoff", clean_text(article.byline.signoff)))
    if pull_quotes:
        add_quotes(parts, article)
    return parts


def award_sentence(recipient: str, kind: str, award: str, conferred_by: str, reason: str, lang: str) -> str:
    """One award as a line: "Công an phường X (tập thể): Bằng khen của Bộ trưởng – vì …"."""
    who = clean_text(recipient)
    if kind in ("collective", "individual"):
        who += f" ({label(lang, kind)})"
    what = clean_text(award)
    if conferred_by.strip():
        joiner = " của " if lang == "vi" else " from "
        what += joiner + clean_text(conferred_by)
    line = f"{who}: {what}" if what else who
    if reason.strip():
        line += " – " + clean_text(reason)
    return line


_QUOTE_EDGES = " \t\n\xa0\"'“”‘’«»„‚…."


def _quote_key(text: str) -> str:
    """A quote's words for matching: spaces collapsed, quotation marks and full stops at the ends dropped."""
    return " ".join(text.split()).strip(_QUOTE_EDGES)


def quote_credit(attrs: dict[str, str]) -> str:
    """The attribution printed under a quote: "Nguyễn Văn Hòa, Thiếu tướng, Cục trưởng …"."""
    return ", ".join(v for v in (attrs.get("speaker", ""), attrs.get("role", "")) if v)


def add_quotes(parts: list[Part], article: Article) -> None:
    """Attribute quote blocks and add the quotes list's other direct quotes as pull quotes.

    A quote block that holds a listed direct quote (or is held by it) gets the speaker and role
    in ``attrs``. Every other direct quote becomes a "pullquote" part right after the first
    sapo, paragraph or list item holding its words, else after the last body part. Paraphrases
    are reported speech, not quotations: they are never set off.
    """
    quotes = [
        (_quote_key(clean_text(q.text)), clean_text(q.text).strip(), {"speaker": clean_text(q.speaker).strip(),
                                                                     "role": clean_text(q.role).strip()})
        for q in article.quotes if q.kind == "direct" and q.text.strip()
    ]
    quotes = [q for q in quotes if q[0]]
    pending = []
    for key, text, attrs in quotes:
        block = next((p for p in parts if p.role == "quote" and not p.attrs.get("speaker")
                      and (key in _quote_key(p.text) or _quote_key(p.text) in key) and _quote_key(p.text)), None)
        if block is not None:
            block.attrs.update(attrs)
        else:
            pending.append((key, text, attrs))
    if not pending:
        return
    body_roles = ("lede", "paragraph", "heading", "quote", "list_item", "image")
    last = max((i for i, p in enumerate(parts) if p.role in body_roles),
               default=max((i for i, p in enumerate(parts) if p.role in ("headline", "date")), default=0))
    after: dict[int, list[Part]] = {}
    for key, text, attrs in pending:
        where = next((i for i, p in enumerate(parts)
                      if p.role in ("lede", "paragraph", "list_item") and key in " ".join(p.text.split())), last)
        after.setdefault(where, []).append(Part("pullquote", text, attrs=dict(attrs)))
    merged: list[Part] = []
    for i, part in enumerate(parts):
        merged.append(part)
        merged.extend(after.get(i, []))
    parts[:] = merged


def split_part(part: Part) -> list[Part]:
    """A block part cut at its paragraph breaks, marks following; the prefix stays on the first piece."""
    if part.role not in BLOCK_ROLES or PARAGRAPH_BREAK not in part.text:
        return [part]
    pieces: list[Part] = []
    start = 0
    for chunk in part.text.split(PARAGRAPH_BREAK):
        end = start + len(chunk)
        marks = [Mark(max(m.start, start) - start, min(m.end, end) - start, m.type, m.href)
                 for m in part.marks if m.start < end and m.end > start]
        if chunk:
            pieces.append(Part(part.role, chunk, marks, attrs=dict(part.attrs)))
        start = end + len(PARAGRAPH_BREAK)
    if not pieces:
        pieces.append(Part(part.role, "", attrs=dict(part.attrs)))
    pieces[0].prefix = part.prefix
    return pieces
