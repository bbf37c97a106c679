"""The one recogniser of text that rules and word lists never look inside.

URLs, e-mail addresses, bare domain names (``tass.ru``, ``VnExpress.net``), @handles and
#hashtags. The checker's rules, the syllable checks, the counts, search and the diff all take
these spans from here, so "theo tass.ru" is a link to every one of them.
"""

from __future__ import annotations

import bisect
from functools import cache

# Top-level domains a bare domain name may end with (a name.tld without a scheme).
TLDS = ("vn", "com", "net", "org", "gov", "edu", "info", "biz", "io", "int", "uk", "us", "fr", "de", "jp",
        "cn", "ru", "tv", "app")
_TLD = "(?:" + "|".join(TLDS) + ")"
# A URL does not take the punctuation that ends the sentence around it.
_URL = r"(?:(?:https?|ftp)://|www\.)[^\s<>“”\"]+[^\s<>“”\".,;:!?)\]]"
_MAIL = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
_DOMAIN = rf"\b[\w\-]+(?:\.[\w\-]+)*\.{_TLD}\b(?:/[^\s“”\"]*)?"
_HANDLE = r"(?<!\w)[@#]\w+"


@cache
def _compiled() -> tuple:
    """The link pattern and its quick pre-test (every link holds a hint: texts without one are not
    scanned), compiled on first use so that importing the model stays light."""
    import regex

    return (regex.compile(f"{_URL}|{_MAIL}|{_DOMAIN}|{_HANDLE}", regex.IGNORECASE),
            regex.compile(rf"://|www\.|[@#]|\.{_TLD}\b", regex.IGNORECASE))


def link_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping spans of the URLs, e-mail addresses, domains and handles of ``text``."""
    link, hint = _compiled()
    if hint.search(text) is None:
        return []
    return [m.span() for m in link.finditer(text)]


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of the sorted, non-overlapping ``spans``."""
    if not spans:
        return False
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
