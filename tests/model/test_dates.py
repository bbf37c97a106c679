"""One date style per language, from fixed tables: the machine's locale never shows through."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from editor.model.dates import (
    EN_WEEKDAYS,
    VI_WEEKDAYS,
    article_date_line,
    article_short_date,
    interface_date,
    interface_date_time,
    qt_date_format,
    weekday_name,
)

ROOT = Path(__file__).resolve().parents[2]
THURSDAY = datetime(2026, 3, 12, 14, 5, 33)


def test_the_interface_writes_the_desk_convention_of_its_language():
    assert interface_date_time(THURSDAY, "vi") == "Thứ Năm, 12/3/2026 14:05"
    assert interface_date_time(THURSDAY, "en") == "Thursday, 12 March 2026, 14:05"
    assert interface_date_time(THURSDAY, "vi", seconds=True) == "Thứ Năm, 12/3/2026 14:05:33"
    assert interface_date_time(THURSDAY, "en", seconds=True) == "Thursday, 12 March 2026, 14:05:33"
    assert interface_date(date(2026, 12, 3), "en") == "Thursday, 3 December 2026"  # never 12/3 for 3 December
    assert interface_date(date(2026, 12, 3), "vi") == "Thứ Năm, 3/12/2026"
    assert interface_date_time(datetime(2026, 3, 1, 0, 0), "vi-VN") == "Chủ nhật, 1/3/2026 00:00"


def test_every_weekday_has_its_name_in_both_languages():
    monday = date(2026, 3, 9)
    days = [monday + timedelta(days=i) for i in range(7)]
    assert [weekday_name(d, "vi") for d in days] == list(VI_WEEKDAYS)
    assert [weekday_name(d, "en") for d in days] == list(EN_WEEKDAYS)
    assert weekday_name(days[2], "vi", style="number") == "Thứ 4"


def test_articles_keep_their_house_style_in_their_own_language():
    assert article_date_line("2026-03-12T18:40:00+07:00", "vi") == "Thứ Năm, 12/03/2026, 18:40 (GMT+7)"
    assert article_date_line("2026-03-12T18:40:00+07:00", "en") == "Thursday, March 12, 2026, 6:40 p.m."
    assert article_date_line("not a date", "en") == ""
    assert article_short_date(date(2026, 9, 5), "en") == "September 5, 2026"
    assert article_short_date(date(2026, 9, 5), "vi") == "05/09/2026"


def test_the_date_field_formats_follow_the_same_order():
    assert qt_date_format("vi") == "d/M/yyyy"
    assert qt_date_format("en") == "d MMMM yyyy"


SAMPLE = (
    "from datetime import date, datetime\n"
    "from editor.model.dates import article_date_line, article_short_date, interface_date_time\n"
    "m = datetime(2026, 9, 6, 9, 5)\n"
    "print(interface_date_time(m, 'en'), interface_date_time(m, 'vi'), article_date_line(m.isoformat(), 'en'),\n"
    "      article_short_date(date(2026, 9, 6), 'en'), sep='|')\n"
)


@pytest.mark.parametrize("machine", ["C.UTF-8", "vi_VN.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8"])
def test_the_same_words_whatever_the_machines_locale(machine):
    """Even with Python's locale set from the environment (as Qt does at start)."""
    env = dict(os.environ, LANG=machine, LC_ALL=machine, LC_TIME=machine, PYTHONIOENCODING="utf-8")
    code = "import locale\ntry:\n    locale.setlocale(locale.LC_ALL, '')\nexcept locale.Error:\n    pass\n" + SAMPLE
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip().split("|") == [
        "Sunday, 6 September 2026, 09:05", "Chủ nhật, 6/9/2026 09:05", "Sunday, September 6, 2026, 9:05 a.m.",
        "September 6, 2026"]


def test_a_date_with_its_offset_keeps_its_own_clock_in_articles():
    saigon = datetime(2026, 3, 12, 23, 30, tzinfo=timezone(timedelta(hours=7)))
    assert article_date_line(saigon.isoformat(), "vi") == "Thứ Năm, 12/03/2026, 23:30 (GMT+7)"


def test_no_date_is_written_with_the_machines_names():
    """strftime's %a %A %b %B %c %x %X and %p are the locale's words: the code uses the tables instead."""
    import re

    locale_directive = re.compile(r"strftime\([^)]*%[aAbBcxXp]")
    offenders = [f"{p.relative_to(ROOT)}:{n}" for folder in ("editor", "exports") for p in (ROOT / folder).rglob("*.py")
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if locale_directive.search(line)]
    assert offenders == []
