"""How the desk's house style prints data: dateline prefix, date lines, labels, bylines.

These are the article's language, not the interface's, so they live here as plain tables
rather than in Qt translations.
"""

from __future__ import annotations

from datetime import date, datetime

# Fixed weekday table (outputs.md V2: never the OS locale). Monday is 0.
VI_WEEKDAYS_WORD = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
VI_WEEKDAYS_NUMBER = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")  # a desk's house choice
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS_AP = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")

LABELS = {
    "vi": {"awards": "Khen thưởng", "collective": "tập thể", "individual": "cá nhân", "by": "Trao tặng",
           "source": "Nguồn", "page": "Trang", "printed": "In bài"},
    "en": {"awards": "Awards", "collective": "group", "individual": "individual", "by": "Conferred by",
           "source": "Source", "page": "Page", "printed": "Printed"},
}


def label(language: str, key: str) -> str:
    """A fixed label in the article's language (English for unknown languages)."""
    return LABELS.get(language, LABELS["en"])[key]


def parse_when(value: str | None) -> datetime | date | None:
    """An ISO date-time or date from the article, or None when absent or unreadable."""
    if not value:
        return None
    if "T" not in value and " " not in value.strip():
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def date_line(value: str | None, language: str, weekday_style: str = "word") -> str:
    """The printed date line: "Thứ Năm, 12/3/2026, 18:40 (GMT+7)" or "Thursday, March 12, 2026".

    ``weekday_style`` "number" writes Vietnamese weekdays as "Thứ 5" (a house choice, V2).
    """
    when = parse_when(value)
    if when is None:
        return ""
    day = when.date() if isinstance(when, datetime) else when
    if language == "vi":
        weekdays = VI_WEEKDAYS_NUMBER if weekday_style == "number" else VI_WEEKDAYS_WORD
        text = f"{weekdays[day.weekday()]}, {day.day:02d}/{day.month:02d}/{day.year}"
        if isinstance(when, datetime):
            text += f", {when.hour:02d}:{when.minute:02d}"
            offset = when.utcoffset()
            if offset is not None:
                hours = offset.total_seconds() / 3600
                text += f" (GMT{hours:+g})"
        return text
    text = f"{EN_WEEKDAYS[day.weekday()]}, {day.strftime('%B')} {day.day}, {day.year}"
    if isinstance(when, datetime):
        hour = when.hour % 12 or 12
        text += f", {hour}:{when.minute:02d} {'a.m.' if when.hour < 12 else 'p.m.'}"
    return text


def dateline_prefix(source: str, place: str, language: str) -> str:
    """The lead marker before the sapo: "(ANTV) – " in Vietnamese, "HANOI (AD) — " in English."""
    source = source.strip()
    place = place.strip()
    if language == "vi":
        return f"({source}) – " if source else ""
    if place:
        # AP datelines capitalise the city only: "SACRAMENTO, Calif.", not "CALIF.".
        city, comma, rest = place.partition(",")
        place = city.upper() + comma + rest
    if place and source:
        return f"{place} ({source}) — "
    if place:
        return f"{place} — "
    return f"({source}) — " if source else ""


def byline_text(authors: list[str], language: str) -> str:
    """Authors joined the house way: "Minh Thu - Đức Anh" (vi) or "Minh Thu and Duc Anh" (en)."""
    names = [a.strip() for a in authors if a.strip()]
    if language == "vi" or len(names) < 2:
        return " - ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
