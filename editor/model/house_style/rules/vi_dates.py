"""VN-D01…D05: dates, weekdays and times (§B3.6: house choices, checked for consistency)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import regex

from ..findings import Hit
from ..registry import builtin

DATE = regex.compile(
    r"(?<![\d/.\-:,])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?(?![\d/\-:]|[.,]\d)")
DAY_WORDS = ("hai", "ba", "tư", "năm", "sáu", "bảy")  # Thứ Hai (Monday) … Thứ Bảy (Saturday)
WEEKDAY = regex.compile(r"(?<![\p{L}\p{M}])(?P<thu>[Tt]hứ) (?P<day>[2-7]|hai|ba|tư|năm|sáu|bảy|Hai|Ba|Tư|Năm|Sáu|Bảy)"
                        r"(?![\p{L}\p{M}\d/])|(?<![\p{L}\p{M}])(?P<cn>[Cc]hủ [Nn]hật)(?![\p{L}\p{M}])")
DATE_AFTER = regex.compile(r"\s*[,(–\-]?\s*(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?")
TIME_WORDS = regex.compile(r"(?:sáng|chiều|tối|trưa|đêm|ngày|vào|hôm|từ|đến|các|mỗi|hằng|hàng)\s+$", regex.IGNORECASE)
TIME = regex.compile(
    r"(?<![\d:.,/])(?P<h>[01]?\d|2[0-3])(?:(?P<colon>:)(?P<cm>[0-5]\d)(?![\d:])|(?P<hh>h)(?P<hm>[0-5]\d)?(?![\p{L}\d])"
    r"| (?P<gio>giờ) (?P<gm>[0-5]?\d)(?: phút)?(?![\d]))")
BUOI_NGAY = regex.compile(r"(?<![\p{L}\p{M}])(?P<b>[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Rr]ạng sáng|[Ss]áng sớm)"
                          r" ngày(?= \d{1,2}/\d{1,2})")


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The days of ``month`` (1-12) of ``year`` in the Gregorian calendar, as ``calendar.monthrange``
    gives them (not imported: it loads ``calendar`` and ``locale``, a share of a short ``check``)."""
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _MONTH_DAYS[month - 1]


def dates(text: str) -> Iterator[tuple[regex.Match[str], int, int, int | None]]:
    """Numeric dates ``(match, day, month, year)``; dotted and dashed ones need a year."""
    for m in DATE.finditer(text):
        d, mo, y = int(m.group("d")), int(m.group("m")), m.group("y")
        if not (1 <= d <= 31 and 1 <= mo <= 12) or (m.group("sep") != "/" and not y):
            continue
        yield m, d, mo, int(y) if y else None


def _date_form(m: regex.Match[str]) -> str:
    padded = len(m.group("d")) == 2 and m.group("d")[0] == "0" or len(m.group("m")) == 2 and m.group("m")[0] == "0"
    return ("padded" if padded else "plain") + m.group("sep")


def _house_date(d: int, mo: int, y: int | None, house: str) -> str:
    core = f"{d:02}/{mo:02}" if house == "dd/mm/yyyy" else f"{d}/{mo}"
    return core + (f"/{y}" if y else "")


@builtin("VN-D01", params={"house": "d/m/yyyy"})
def date_format(ctx: Any) -> Iterator[Hit]:
    """Numeric dates in the house pattern (d/m/yyyy: 12/3/2019, not 12/03/2019 or 12.3.2019)."""
    house = ctx.params["house"]
    if house not in ("d/m/yyyy", "dd/mm/yyyy"):
        return
    for m, d, mo, y in dates(ctx.text):
        if ctx.an.in_url(m.start()):
            continue
        good = _house_date(d, mo, y, house)
        if m.group() != good and not (house == "dd/mm/yyyy" and not y and m.group("sep") == "/"):
            yield Hit(m.start(), m.end(), (good,), params={"house": house})


@builtin("VN-D01", level="article")
def date_consistency(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """With ``house = "consistent"``: the date form used less often is flagged."""
    if ctx.params["house"] != "consistent":
        return
    found = [(ft, m, d, mo, y) for ft in ctx.in_scope() for m, d, mo, y in dates(ft.text)]
    tally = Counter(_date_form(m) for _, m, _, _, _ in found)
    if len(tally) < 2:
        return
    best = tally.most_common(1)[0][0]
    for ft, m, d, mo, y in found:
        if _date_form(m) != best:
            core = f"{d:02}{best[-1]}{mo:02}" if best.startswith("padded") else f"{d}{best[-1]}{mo}"
            yield ft, Hit(m.start(), m.end(), (core + (f"{best[-1]}{y}" if y else ""),), case="consistency")


def _date_context(text: str, m: regex.Match[str]) -> regex.Match[str] | None | bool:
    """The date after a weekday, or True when the words before make it a weekday, else None."""
    after = DATE_AFTER.match(text, m.end())
    if after:
        return after
    if TIME_WORDS.search(text[max(0, m.start() - 12):m.start()]):
        return True
    return True if m.group("thu") == "Thứ" and m.start() > 0 and text[:m.start()].rstrip()[-1:].isalpha() else None


@builtin("VN-D02")
def weekday(ctx: Any) -> Iterator[Hit]:
    """Weekdays spelt out and capitalised: Thứ 3 → Thứ Ba, Thứ bảy → Thứ Bảy."""
    text = ctx.text
    for m in WEEKDAY.finditer(text):
        if m.group("cn") or _date_context(text, m) is None:
            continue
        day = m.group("day")
        word = DAY_WORDS[int(day) - 2] if day.isdigit() else day.lower()
        good = f"{m.group('thu')} {word[0].upper()}{word[1:]}"
        if m.group() != good:
            yield Hit(m.start(), m.end(), (good,), case="numeral" if day.isdigit() else "case")


@builtin("VN-D03")
def date_valid(ctx: Any) -> Iterator[Hit]:
    """Dates that do not exist (31/4) and weekdays that do not match the date."""
    text = ctx.text
    for m, d, mo, y in dates(text):
        if d > days_in_month(y or 2024, mo):
            yield Hit(m.start(), m.end(), (), safe=False, case="impossible")
    for m in WEEKDAY.finditer(text):
        after = DATE_AFTER.match(text, m.end())
        if not after or not after.group(3):
            continue
        import datetime  # here: only a weekday with a full date after it needs it

        try:
            real = datetime.date(int(after.group(3)), int(after.group(2)), int(after.group(1))).weekday()
        except ValueError:
            continue
        if m.group("cn"):
            said = 6
        else:
            day = m.group("day")
            said = int(day) - 2 if day.isdigit() else DAY_WORDS.index(day.lower())
        if said != real:
            name = "Chủ nhật" if real == 6 else "Thứ " + DAY_WORDS[real].capitalize()
            yield Hit(m.start(), after.end(), (), safe=False, case="weekday", params={"weekday": name})


def _time_shape(m: regex.Match[str]) -> str:
    return "20:46" if m.group("colon") else ("20h46" if m.group("hh") else "20 giờ 46")


def _time_in(shape: str, m: regex.Match[str]) -> str:
    h = int(m.group("h"))
    minutes = m.group("cm") or m.group("hm") or m.group("gm")
    mm = int(minutes) if minutes else 0
    if shape == "20:46":
        return f"{h}:{mm:02}"
    if shape == "20h46":
        return f"{h}h{mm:02}" if minutes else f"{h}h"
    return f"{h} giờ {mm:02}" if minutes else f"{h} giờ"


@builtin("VN-D04", params={"house": "consistent"})
def time_format(ctx: Any) -> Iterator[Hit]:
    """Times in the house form (20:46, 20h46 or 20 giờ 46), when the pack fixes one."""
    house = ctx.params["house"]
    if house not in ("20:46", "20h46", "20 giờ 46"):
        return
    for m in TIME.finditer(ctx.text):
        if _time_shape(m) != house and not ctx.an.in_url(m.start()):
            yield Hit(m.start(), m.end(), (_time_in(house, m),), params={"house": house})


@builtin("VN-D04", level="article")
def time_consistency(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """With ``house = "consistent"``: the time form used less often in the article is flagged."""
    if ctx.params["house"] != "consistent":
        return
    found = [(ft, m) for ft in ctx.in_scope() for m in TIME.finditer(ft.text)]
    tally = Counter(_time_shape(m) for _, m in found)
    if len(tally) < 2:
        return
    (best, n1), (_, n2) = tally.most_common(2)
    if n1 == n2:
        best = _time_shape(found[0][1])
    for ft, m in found:
        if _time_shape(m) != best:
            yield ft, Hit(m.start(), m.end(), (_time_in(best, m),), params={"house": best})


@builtin("VN-D05")
def redundant_ngay(ctx: Any) -> Iterator[Hit]:
    """“Chiều ngày 11/3” → “Chiều 11/3”: no “ngày” between the part of day and the date."""
    for m in BUOI_NGAY.finditer(ctx.text):
        yield Hit(m.start(), m.end(), (m.group("b"),))
