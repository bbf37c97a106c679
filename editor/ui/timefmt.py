"""Times as the user's locale writes them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def local_time(iso: str, seconds: bool = False) -> str:
    """An ISO 8601 time as a short local date and time ("" for none, the text itself when not a time).

    With ``seconds`` the time shows them too, to tell apart versions saved within one minute.
    """
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    if not seconds:
        return locale.toString(stamp, QLocale.FormatType.ShortFormat)
    return (locale.toString(stamp.date(), QLocale.FormatType.ShortFormat) + " "
            + locale.toString(stamp.time(), "HH:mm:ss"))
