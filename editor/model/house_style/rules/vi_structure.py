"""VN-S01…S03: dateline marker, lead content and byline (§B3.8). S04 (web chrome), S05 (sapo
length), S06 (sentence length), S07 (near repeats) and S08 (word list) are generic kinds."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from ..findings import Hit
from ..patterns import find_all
from ..registry import builtin
from ..text_tools import inside
from .vi_common import lead_marker, lead_marker_of, prepare_lead

LEAD_TIME = regex.compile(
    r"(?<![\p{L}\p{M}])(?:sáng|chiều|tối|trưa|đêm|rạng sáng|hôm nay|hôm qua|ngày|tuần|tháng|vừa qua|mới đây|"
    r"dịp|nhân dịp)(?![\p{L}\p{M}])|\d{1,2}/\d{1,2}|\d{1,2}h\d*|\d{1,2}:\d{2}", regex.IGNORECASE)
LEAD_PLACE = regex.compile(r"(?<![\p{L}\p{M}])(?:tại|ở|đến|về)\s+(?:\p{Ll}+\s+)?\p{Lu}")
INITIALS = regex.compile(r"^[\p{Lu}][\p{Lu}.\- ]{0,8}$")
NAME_LINE = regex.compile(r"^(?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,4}\p{Lu}[\p{Ll}\p{M}]*(?:\s*\([^()]{2,40}\))?$")
THEO = regex.compile(r"^\(?Theo\s+\S.{0,60}$")
PEN_NAME = regex.compile(r"^\p{Lu}[\p{Ll}\p{M}]+$")
UP_TO_STOP = regex.compile(r"[^.!?]*")
FIRST_WORD = regex.compile(r"\s*[\p{L}\p{M}\p{N}]+")
LINE = regex.compile(r"[^\n]+")
LETTER_RUN = regex.compile(r"\p{L}+")
SOURCE_NOTE = regex.compile(r"\s*\([^()]{2,60}\)$")
NAME_SEPARATOR = regex.compile(r"\s+[-–—&]\s+|\s*,\s*|\s+và\s+")


@builtin("VN-S01", prepare=prepare_lead)
def dateline_format(ctx: Any) -> Iterator[Hit]:
    """The lead marker is “(CODE) – ”: parentheses, an en dash and normal spaces."""
    lead = lead_marker_of(ctx)
    if lead is None:
        return
    start, end, code, _sep = lead
    good = f"({code}) – "
    if ctx.text[start:end] != good:
        yield Hit(start, end, (good,), params={"code": code})


def _lead_field(ctx: Any) -> tuple[Any, tuple[int, int, str, str] | None] | None:
    """The field holding the lead: the sapo, or the body paragraph opening with a marker."""
    article = ctx.article
    source = article.dateline.source
    fields = ctx.in_scope()
    for ft in fields:
        if ft.kind == "lede":
            return ft, lead_marker(ft.text, ctx.pack, source)
    for ft in fields:
        if ft.kind == "body.paragraph":
            marker = lead_marker(ft.text, ctx.pack, source)
            if marker is not None:
                return ft, marker
    if article.dateline.source:
        body = [f for f in fields if f.kind == "body.paragraph"]
        return (body[0], None) if body else None
    return None


@builtin("VN-S02", level="article")
def dateline_content(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """The lead names when and where (“Chiều 11/3, tại Hà Nội, …”)."""
    found = _lead_field(ctx)
    if found is None:
        return
    ft, marker = found
    if marker is None and not ctx.article.dateline.source:
        return
    text = ft.text
    begin = marker[1] if marker else 0
    sentence = UP_TO_STOP.match(text[begin:]).group()
    has_time = LEAD_TIME.search(sentence) is not None
    place = ctx.article.dateline.place
    has_place = LEAD_PLACE.search(sentence) is not None or bool(place and place in sentence)
    if has_time and has_place:
        return
    case = "no_place" if has_time else ("no_time" if has_place else "neither")
    if marker:
        yield ft, Hit(marker[0], marker[1], (), safe=False, case=case)
    else:
        word = FIRST_WORD.match(text)
        yield ft, Hit(0, word.end() if word else 0, (), safe=False, case=case)


def _chrome_lines(ctx: Any, text: str) -> list[tuple[int, int]]:
    rule = ctx.pack.rule("VN-S04")
    if rule is None or not rule.enabled:
        return []
    return sorted(m.span() for p in rule.data.get("patterns", []) for m in find_all(p, text))


def is_byline(line: str, signoffs: frozenset[str]) -> bool:
    """Whether a short line reads as a byline: registered sign-off, initials, a name or “Theo …”."""
    line = line.strip()
    if not line or len(line.split()) > 8 or line.endswith((".", ":", ",", ";")):
        return False
    return line in signoffs or bool(INITIALS.match(line) or NAME_LINE.match(line) or THEO.match(line))


def is_person_name(line: str) -> bool:
    """People's names as a byline gives them: "Bảo Anh", "Hồng Hạnh (Theo AFP)", "Theo Bảo Anh",
    a one-word pen name "Minh", several names "Ngọc Tài - Thanh Tùng"; not initials such as
    "BT" or "P.V"."""
    if THEO.match(line):
        return True
    names = SOURCE_NOTE.sub("", line.strip())  # "(Theo AFP, Times of Israel)", "(Ảnh: Reuters)"
    return bool(names) and all(NAME_LINE.match(part) or PEN_NAME.match(part) for part in NAME_SEPARATOR.split(names))


def author_initials(authors: list[str]) -> frozenset[str]:
    """Initials of each author's name, as sign-offs are written: "Minh Thu" -> "MT"."""
    found = set()
    for name in authors:
        letters = "".join(part[0] for part in LETTER_RUN.findall(name)).upper()
        if len(letters) >= 2:
            found.add(letters)
    return frozenset(found)


@builtin("VN-S03", level="article")
def byline(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """The article ends with a (registered) byline or sign-off, and nothing but chrome after it."""
    # The desk's registered sign-offs, and the initials of this article's own authors
    # ("Minh Thu" signs "MT"): both are known sign-offs.
    signoffs = frozenset(ctx.pack.registry.list("signoffs")) | author_initials(ctx.article.byline.authors)
    units: list[tuple[Any, int, int, str]] = []
    for ft in ctx.fields:
        if ft.field != "body" or not ft.text.strip():
            continue
        chrome = _chrome_lines(ctx, ft.text)
        for m in LINE.finditer(ft.text):
            if m.group().strip() and not inside(chrome, m.start()):
                units.append((ft, m.start(), m.end(), m.group()))
    signoff_ft = next(f for f in ctx.fields if f.field == "byline.signoff")
    signoff = signoff_ft.text.strip()
    last_byline = max((i for i, u in enumerate(units) if is_byline(u[3], signoffs)), default=None)
    if last_byline is not None and last_byline >= len(units) - 3:
        ft, start, end, line = units[last_byline]
        for after in units[last_byline + 1:]:
            yield after[0], Hit(after[1], after[2], (), safe=False, case="after_byline",
                                params={"byline": line.strip()})
        name = line.strip()
        if name not in signoffs and INITIALS.match(name) and signoffs:
            yield ft, Hit(start, end, (), safe=False, case="unregistered", params={"signoff": name})
    elif not signoff and not any(a.strip() for a in ctx.article.byline.authors):
        yield signoff_ft, Hit(0, 0, (), safe=False, case="empty")
    if signoff and signoffs and signoff not in signoffs and not is_person_name(signoff):
        # The registry holds the desk's initials ("BT", "PV ANTV"): an outside author's name
        # ("Bảo Anh", "Nguyễn Thị Minh Trang", "Theo Bảo Anh") is no unregistered sign-off.
        yield signoff_ft, Hit(0, len(signoff_ft.text), (), safe=False, case="unregistered",
                              params={"signoff": signoff})
