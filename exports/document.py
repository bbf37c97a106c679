"""The one intermediate form every writer renders: an ordered list of parts with roles.

The article is read once here, house style applied (dateline prefix, date line, byline),
text cleaned, and each writer (text, HTML, DOCX, NITF, print) only lays the parts out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.model.article import Article, Mark

from .cleaning import clean_text
from .house_format import byline_text, date_line, dateline_prefix, label

# Roles, in the order they appear in an article.
ROLES = (
    "kicker", "headline", "date", "lede", "paragraph", "heading", "quote", "list_item",
    "image", "awards_heading", "award", "byline", "signoff",
)


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
    for a, b in zip(cuts, cuts[1:]):
        seg = clean_text(raw[a:b])
        out.append(seg)
        new_pos[b] = new_pos[a] + len(seg)
    moved = [Mark(new_pos[m.start], new_pos[m.end], m.type, m.href) for m in marks if new_pos[m.end] > new_pos[m.start]]
    return "".join(out), moved


def article_parts(article: Article) -> list[Part]:
    """The article as parts in reading order, with house style applied."""
    lang = article.base_language
    parts: list[Part] = []
    if article.kicker.strip():
        parts.append(Part("kicker", clean_text(article.kicker)))
    parts.append(Part("headline", clean_text(article.headline)))
    when = date_line(article.published or article.dateline.date, lang)
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
