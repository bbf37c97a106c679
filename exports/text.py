"""Plain text, readable as a wire story: headline, date, dateline and sapo, body, byline."""

from __future__ import annotations

from editor.model.article import Article

from .document import Part, article_parts

_LIST_BULLET = "• "


def _render(part: Part) -> str:
    text = part.prefix + part.text
    if part.role == "quote":
        return "\n".join("    " + line for line in text.split("\n"))
    if part.role in ("list_item", "award"):
        return _LIST_BULLET + text
    if part.role == "image":
        credit = part.attrs.get("credit", "")
        caption = text or part.attrs.get("alt", "")
        return f"[{caption}{' (' + credit + ')' if credit else ''}]" if caption or credit else ""
    return text


def article_to_text(article: Article, *, blank_before_date: bool = False) -> str:
    """The article as UTF-8-ready plain text, paragraphs separated by blank lines.

    The date sits on the line under the headline, as on the wire; ``blank_before_date`` sets it
    apart by a blank line, as an e-mail's text part reads (outputs.md E3)."""
    chunks: list[str] = []
    previous = ""
    for part in article_parts(article):
        rendered = _render(part)
        if not rendered and part.role != "headline":
            continue
        # Consecutive list items and awards, and the head lines, sit on adjacent lines.
        tight = (part.role in ("list_item", "award") and previous in ("list_item", "award", "awards_heading")) or (
            part.role in ("headline", "date") and previous in ("kicker", "headline")
            and not (blank_before_date and part.role == "date")
        ) or (part.role == "signoff" and previous == "byline")
        if chunks:
            chunks.append("\n" if tight else "\n\n")
        chunks.append(rendered)
        previous = part.role
    return "".join(chunks) + "\n"
