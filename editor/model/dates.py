"""Dates as the desk writes them, in Vietnamese and in English, from fixed tables.

Nothing here asks the machine's locale (no strftime names, no QLocale): a journalist on an
English Windows and one on a Vietnamese Linux see the same words. Two conventions live here:

- the interface's (history, library, recovery, the dateline date field), in the interface
  language: "Thứ Năm, 12/3/2026 14:05" and "Thursday, 12 March 2026, 14:05";
- the article's (printed date lines, print furniture, exports), in the article's language and
  its pack's house style: "Thứ Năm, 12/03/2026, 14:05 (GMT+7)" and AP's
  "Thursday, March 12, 2026, 2:05 p.m.".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the module itself loads datetime only to read a date (the window's first paint needs none)
    from datetime import date, datetime

# Monday is 0, as date.weekday() counts.
VI_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
VI_WEEKDAYS_NUMBER = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")  # a desk's house choice
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")

# The dateline date field (QDateEdit display formats): the same order as interface_date, without
# the weekday (Qt would take its name from its own tables, which write "Chủ Nhật").
QT_DATE_FORMATS = {"vi": "d/M/yyyy", "en": "d MMMM yyyy"}


def _has_time(when: date | datetime) -> bool:
    return hasattr(when, "hour")


def _day(when: date | datetime) -> date:
    return when.date() if _has_time(when) else when  # type: ignore[union-attr]


def _language(language: str) -> str:
    """"vi" for Vietnamese ("vi", "vi-VN"), "en" for anything else."""
    return "vi" if language.split("-")[0].lower() == "vi" else "en"


def weekday_name(day: date, language: str, style: str = "word") -> str:
    """The weekday of ``day``: "Thứ Năm" ("Thứ 5" with style "number"), "Thursday"."""
    if _language(language) == "vi":
        return (VI_WEEKDAYS_NUMBER if style == "number" else VI_WEEKDAYS)[day.weekday()]
    return EN_WEEKDAYS[day.weekday()]


def interface_date(day: date, language: str) -> str:
    """A date on screen: "Thứ Năm, 12/3/2026" or "Thursday, 12 March 2026"."""
    day = _day(day)
    if _language(language) == "vi":
        return f"{weekday_name(day, 'vi')}, {day.day}/{day.month}/{day.year}"
    return f"{weekday_name(day, 'en')}, {day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def interface_date_time(moment: datetime, language: str, seconds: bool = False) -> str:
    """A moment on screen, on the 24-hour clock: "Thứ Năm, 12/3/2026 14:05" or "Thursday, 12 March 2026, 14:05".

    With ``seconds`` the time shows them too, to tell apart versions kept within one minute.
    """
    clock = f"{moment.hour:02d}:{moment.minute:02d}" + (f":{moment.second:02d}" if seconds else "")
    separator = " " if _language(language) == "vi" else ", "
    return interface_date(moment.date(), language) + separator + clock


def qt_date_format(language: str) -> str:
    """The display format of a QDateEdit in ``language``: "d/M/yyyy" or "d MMMM yyyy"."""
    return QT_DATE_FORMATS[_language(language)]


def parse_when(value: str | None) -> datetime | date | None:
    """An ISO date-time or date from the article, or None when absent or unreadable."""
    if not value:
        return None
    from datetime import date, datetime

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


def article_date_line(value: str | None, language: str, weekday_style: str = "word") -> str:
    """The date line printed with an article: "Thứ Năm, 12/03/2026, 18:40 (GMT+7)" or
    "Thursday, March 12, 2026, 6:40 p.m." (AP style); "" when ``value`` is not a date.

    ``weekday_style`` "number" writes Vietnamese weekdays as "Thứ 5" (a house choice).
    """
    when = parse_when(value)
    if when is None:
        return ""
    day = _day(when)
    if _language(language) == "vi":
        text = f"{weekday_name(day, 'vi', weekday_style)}, {day.day:02d}/{day.month:02d}/{day.year}"
        if _has_time(when):
            text += f", {when.hour:02d}:{when.minute:02d}"
            offset = when.utcoffset()
            if offset is not None:
                hours = offset.total_seconds() / 3600
                text += f" (GMT{hours:+g})"
        return text
    text = f"{weekday_name(day, 'en')}, {EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if _has_time(when):
        hour = when.hour % 12 or 12
        text += f", {hour}:{when.minute:02d} {'a.m.' if when.hour < 12 else 'p.m.'}"
    return text


def article_short_date(when: datetime | date, language: str) -> str:
    """The short date in the article's print header: "12/03/2026" or "March 12, 2026"."""
    day = _day(when)
    if _language(language) == "vi":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{EN_MONTHS[day.month - 1]} {day.day}, {day.year}"
