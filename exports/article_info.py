"""What exporters put in metadata slots: one-line title, language tag, dates, authors, outlet.

Read from the model once, cleaned like the printed parts, so HTML's JSON-LD, the DOCX core
properties and NITF's head all say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from editor.model.article import Article
from editor.model.dates import article_date_line, parse_when

from .cleaning import clean_text
from .house_format import byline_text, label
from .inline import one_line

# The desk's time zone, given to date-times written without an offset (Vietnam, UTC+7).
DESK_ZONE = timezone(timedelta(hours=7))
# Full language tags for output formats that want a region (DOCX proofing, JSON-LD, NITF).
LANGUAGE_TAGS = {"vi": "vi-VN", "en": "en-US"}


@dataclass(frozen=True)
class ArticleInfo:
    """The article's metadata, cleaned and on one line where a slot takes one line."""

    id: str
    language: str  # the article's tag as written, e.g. "vi"
    language_tag: str  # with a region, e.g. "vi-VN"
    title: str
    description: str
    authors: tuple[str, ...]
    byline: str
    signoff: str
    outlet: str
    place: str
    section: str
    tags: tuple[str, ...]
    published: datetime | date | None
    modified: datetime | date | None
    date_text: str
    source_line: str


def language_tag(language: str) -> str:
    """A tag with a region: "vi" -> "vi-VN"; a tag that has one already is kept."""
    language = language.strip() or "vi"
    if "-" in language:
        return language
    return LANGUAGE_TAGS.get(language.lower(), language)


def _aware(when: datetime | date | None) -> datetime | date | None:
    if isinstance(when, datetime) and when.tzinfo is None:
        return when.replace(tzinfo=DESK_ZONE)
    return when


def publication_time(article: Article) -> datetime | date | None:
    """When the article is (to be) published: ``published``, else the dateline's day.

    A dateline day gets its time from ``updated`` or ``created`` when they fall on that day, so
    outputs can carry a full time with its offset; with nothing else, the last edit time.
    """
    published = _aware(parse_when(article.published))
    if published is not None:
        return published
    day = _aware(parse_when(article.dateline.date))
    edits = [_aware(parse_when(v)) for v in (article.updated, article.created)]
    edits = [w for w in edits if isinstance(w, datetime)]
    if isinstance(day, datetime):
        return day
    if day is not None:
        return next((w for w in edits if w.date() == day), day)
    return edits[0] if edits else None


def iso(when: datetime | date | None) -> str:
    """ISO 8601 with the offset ("2026-03-12T18:40:00+07:00"), a bare date, or ""."""
    if when is None:
        return ""
    if isinstance(when, datetime):
        return when.replace(microsecond=0).isoformat()
    return when.isoformat()


def article_info(article: Article) -> ArticleInfo:
    """The metadata every exporter writes, from the model only."""
    lang = article.base_language
    authors = tuple(a for a in (one_line(clean_text(x)) for x in article.byline.authors) if a)
    outlet = one_line(clean_text(article.dateline.source))
    published = publication_time(article)
    modified = _aware(parse_when(article.updated))
    if not isinstance(modified, datetime) or (isinstance(published, datetime) and modified < published):
        modified = published
    return ArticleInfo(
        id=one_line(clean_text(article.id)),
        language=article.language or "vi",
        language_tag=language_tag(article.language),
        title=one_line(clean_text(article.headline)),
        description=one_line(clean_text(article.lede)),
        authors=authors,
        byline=byline_text(list(authors), lang),
        signoff=one_line(clean_text(article.byline.signoff)),
        outlet=outlet,
        place=one_line(clean_text(article.dateline.place)),
        section=one_line(clean_text(article.topic)),
        tags=tuple(t for t in (one_line(clean_text(x)) for x in article.tags) if t),
        published=published,
        modified=modified,
        date_text=article_date_line(article.published or article.dateline.date, lang),
        source_line=f"{label(lang, 'source')}: {outlet}" if outlet else "",
    )
