"""The print page, without Qt: page set-up options, page geometry and what each page says.

Everything here is plain data and arithmetic in points (1/72 inch), so the page maths and the
running header and footer texts are tested without a printer. The Qt side
(:mod:`exports.print_pdf`) measures text and draws it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime

from editor.model.article import Article
from editor.model.dates import article_date_line, article_short_date
from editor.model.search_text import fold

from .article_info import ArticleInfo, iso, publication_time
from .document import Part, article_parts
from .furniture import drop_furniture
from .house_format import label
from .images import is_remote

MM = 72 / 25.4  # points per millimetre
PAPERS_MM: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
COLUMNS = (1, 2)
WEEKDAY_STYLES = ("word", "number")  # "Thứ Ba" or "Thứ 3" (V2)
MARGIN_RANGE_MM = (5.0, 60.0)
FONT_SIZE_RANGE = (7.0, 24.0)
LINE_SPACING_RANGE = (1.0, 2.5)
MIN_COLUMN_WIDTH_MM = 40.0


class PrintOptionsError(ValueError):
    """A page set-up that cannot be printed, as one sentence."""


@dataclass(frozen=True)
class PrintOptions:
    """The page set-up of "In bài"; the defaults are outputs.md P2 (A4, 20 mm sides, 18 mm top and bottom)."""

    paper: str = "A4"
    margin_left_mm: float = 20.0
    margin_right_mm: float = 20.0
    margin_top_mm: float = 18.0
    margin_bottom_mm: float = 18.0
    font_family: str = ""  # "" = the first installed family covering every Vietnamese letter
    font_size: float = 11.0  # body text, in points
    line_spacing: float = 1.3  # line-to-line distance as a multiple of the font size
    columns: int = 1
    gutter_mm: float = 5.0
    masthead: str = ""  # the desk's outlet name; "" = the article's source
    website: str = ""  # printed in the footer when set, else the article's source line
    weekday_style: str = "word"
    # What a desk needs on the page (all on by default; Page Setup switches each off):
    draft_mark: bool = True  # "BẢN NHÁP" / "DRAFT" in the header of every page of a draft
    running_headline: bool = True  # the shortened headline in the header of pages 2, 3, ...
    footer_length: bool = True  # "326 chữ" / "540 words" in the footer, counted as the status bar counts
    footer_slug: bool = True  # the article's topic as a slug ("an-ninh-trat-tu") in the footer

    def validated(self) -> PrintOptions:
        """The options with their names tidied, or PrintOptionsError saying what is wrong."""
        paper = next((p for p in PAPERS_MM if p.lower() == self.paper.strip().lower()), None)
        if paper is None:
            raise PrintOptionsError(f"Unknown paper size “{self.paper}”: choose {' or '.join(PAPERS_MM)}.")
        if self.columns not in COLUMNS:
            raise PrintOptionsError(f"The page can have 1 or 2 columns, not {self.columns}.")
        low, high = MARGIN_RANGE_MM
        for name, value in (("left", self.margin_left_mm), ("right", self.margin_right_mm),
                            ("top", self.margin_top_mm), ("bottom", self.margin_bottom_mm)):
            if not low <= value <= high:
                raise PrintOptionsError(f"The {name} margin must be between {low:g} and {high:g} mm, not {value:g}.")
        if not FONT_SIZE_RANGE[0] <= self.font_size <= FONT_SIZE_RANGE[1]:
            raise PrintOptionsError(f"The font size must be between {FONT_SIZE_RANGE[0]:g} and "
                                    f"{FONT_SIZE_RANGE[1]:g} points, not {self.font_size:g}.")
        if not LINE_SPACING_RANGE[0] <= self.line_spacing <= LINE_SPACING_RANGE[1]:
            raise PrintOptionsError(f"The line spacing must be between {LINE_SPACING_RANGE[0]:g} and "
                                    f"{LINE_SPACING_RANGE[1]:g}, not {self.line_spacing:g}.")
        if self.weekday_style not in WEEKDAY_STYLES:
            raise PrintOptionsError(f"Unknown weekday style “{self.weekday_style}”: use “word” or “number”.")
        return replace(self, paper=paper, font_family=self.font_family.strip(), masthead=" ".join(
            self.masthead.split()), website=" ".join(self.website.split()), draft_mark=bool(self.draft_mark),
            running_headline=bool(self.running_headline), footer_length=bool(self.footer_length),
            footer_slug=bool(self.footer_slug))

    def paper_points(self) -> tuple[float, float]:
        """Width and height of the paper in points (portrait)."""
        w, h = PAPERS_MM[self.paper]
        return w * MM, h * MM


@dataclass(frozen=True)
class PageGeometry:
    """Where things go on a sheet, in points from its top-left corner."""

    width: float
    height: float
    left: float  # the box inside the margins
    top: float
    right: float
    bottom: float
    columns: int
    gutter: float

    @property
    def content_width(self) -> float:
        """Width of the box inside the margins."""
        return self.right - self.left

    @property
    def column_width(self) -> float:
        """Width of one text column (the whole box in one-column mode)."""
        return (self.content_width - (self.columns - 1) * self.gutter) / self.columns

    def column_x(self, column: int) -> float:
        """Left edge of ``column`` (0-based)."""
        return self.left + column * (self.column_width + self.gutter)

    def gutter_x(self) -> float:
        """Middle of the gutter between the two columns, where the column rule goes."""
        return self.left + self.column_width + self.gutter / 2


def page_geometry(options: PrintOptions, width: float | None = None, height: float | None = None) -> PageGeometry:
    """The geometry for ``options`` on a sheet of ``width`` × ``height`` points (default: its paper)."""
    if width is None or height is None:
        width, height = options.paper_points()
    geo = PageGeometry(
        width=width, height=height,
        left=options.margin_left_mm * MM, top=options.margin_top_mm * MM,
        right=width - options.margin_right_mm * MM, bottom=height - options.margin_bottom_mm * MM,
        columns=options.columns, gutter=options.gutter_mm * MM,
    )
    if geo.column_width < MIN_COLUMN_WIDTH_MM * MM or geo.bottom - geo.top < 80 * MM:
        raise PrintOptionsError("The margins leave too little room on this paper: make them smaller or use one column.")
    return geo


@dataclass(frozen=True)
class RunningText:
    """The words of the running header and footer; the page numbers are filled in per page."""

    masthead: str
    printed: str  # "In bài · 12/03/2026"
    source: str  # footer left: the desk's website or "Nguồn: ANTV"
    page_word: str  # "Trang" or "Page"
    draft: str = ""  # "BẢN NHÁP" on every page of a draft, else ""
    headline: str = ""  # the shortened headline for the header of pages 2, 3, ...
    desk_note: str = ""  # footer, before the page number: "326 chữ · an-ninh-trat-tu"

    def page_label(self, number: int, total: int) -> str:
        """ "Trang 2/5"."""
        return f"{self.page_word} {number}/{total}"


SHORT_HEADLINE_CHARS = 60  # the running headline is cut at a word before this many characters


def short_headline(headline: str, limit: int = SHORT_HEADLINE_CHARS) -> str:
    """``headline`` cut at a word boundary to at most ``limit`` characters, "…" marking the cut."""
    headline = " ".join(headline.split())
    if len(headline) <= limit:
        return headline
    cut = headline[:limit].rsplit(" ", 1)[0] if " " in headline[:limit] else headline[:limit - 1]
    return cut.rstrip(" ,;:–—-") + "…"


def slug(text: str) -> str:
    """A desk slug: lower case, no diacritics, words joined by "-" ("An ninh trật tự" -> "an-ninh-trat-tu")."""
    return "-".join(re.findall(r"[^\W_]+", fold(text)))


def length_text(words: int, language: str) -> str:
    """The article's length as the desk says it: "1.326 chữ" (syllables) or "1,540 words"."""
    if language == "vi":
        return f"{words:,} chữ".replace(",", ".")
    return f"{words:,} {'word' if words == 1 else 'words'}"


def running_text(info: ArticleInfo, options: PrintOptions, printed_on: datetime | date,
                 article: Article | None = None) -> RunningText:
    """Header and footer texts for ``info`` printed on ``printed_on``.

    With ``article``, the desk's marks the options ask for: the draft mark, the running headline
    and the footer's length and topic slug.
    """
    lang = info.language.split("-")[0].lower()
    draft = headline = ""
    note = []
    if article is not None:
        if options.draft_mark and article.status.strip().lower() == "draft":
            draft = label(lang, "draft")
        if options.running_headline:
            headline = short_headline(info.title)
        if options.footer_length:
            note.append(length_text(article.counts().words, lang))
        if options.footer_slug and slug(info.section):
            note.append(slug(info.section))
    return RunningText(
        masthead=options.masthead or info.outlet,
        printed=f"{label(lang, 'printed')} · {article_short_date(printed_on, lang)}",
        source=options.website or info.source_line,
        page_word=label(lang, "page"),
        draft=draft,
        headline=headline,
        desk_note=" · ".join(note),
    )


# The head of the article: full width on page 1 in two-column mode.
HEAD_ROLES = ("date", "kicker", "headline", "lede")


def print_parts(article: Article, options: PrintOptions) -> list[Part]:
    """The parts in print order: date line, kicker, headline, sapo, body, awards, byline, sign-off.

    The date line is the V2 form of the article's publication time (with the hour when the
    article has one); paragraphs that are only web furniture are left out (V8).
    """
    parts = drop_furniture(article_parts(article, pull_quotes=True))
    lang = article.base_language
    when = article_date_line(iso(publication_time(article)), lang, weekday_style=options.weekday_style)
    head = [p for p in parts if p.role in ("kicker", "headline", "lede")]
    rest = [p for p in parts if p.role not in HEAD_ROLES]
    dated = [Part("date", when)] if when else []
    kicker = [p for p in head if p.role == "kicker"]
    others = [p for p in head if p.role != "kicker"]
    rest = [photo_box(p, lang) if p.role == "image" and is_remote(p.attrs.get("src", "")) else p for p in rest]
    return dated + kicker + others + rest


def photo_box(part: Part, language: str) -> Part:
    """A web photo, which is never downloaded, as a boxed line in the article's language:
    "[Ảnh: caption (credit) — không in kèm]", "[Photo: caption (credit) — not embedded]"."""
    credit = part.attrs.get("credit", "")
    caption = " ".join((part.text + (f" ({credit})" if part.text and credit else credit)).split())
    what = label(language, "photo").strip()
    what = f"{what} {caption}" if caption else what.rstrip(":")
    return Part("photo_box", f"[{what} — {label(language, 'not_embedded')}]", attrs=dict(part.attrs))

