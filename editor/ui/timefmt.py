"""Times on screen, as the interface language's desk writes them (editor.model.dates)."""

from __future__ import annotations

from datetime import datetime

from editor.i18n import interface_language
from editor.model.dates import interface_date_time


def local_time(iso: str, seconds: bool = False) -> str:
    """An ISO 8601 time in this computer's time zone: "Thứ Năm, 12/3/2026 14:05" or
    "Thursday, 12 March 2026, 14:05" ("" for none, the text itself when not a time).

    With ``seconds`` the time shows them too, to tell apart versions saved within one minute.
    """
    if not iso:
        return ""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except (ValueError, OverflowError, OSError):
        return iso
    return interface_date_time(moment, interface_language(), seconds)
