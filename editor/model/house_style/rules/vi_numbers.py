"""VN-D06…D08: number separators (1.000.000; 3,5), number–unit spacing, big money amounts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from ..findings import Hit
from ..registry import builtin

ENGLISH_GROUPS = regex.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]|\.\d)")
DECIMAL_POINT = regex.compile(r"(?<![\d.,])(\d+)\.(\d{1,2})(?![\d.]|,\d)(?=\s*%)")
PERCENT_SPACE = regex.compile(r"(?<=\d)[^\S\n]+(?=%)")
MONEY = regex.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3}){2,})(?![\d.,]\d)(\s*)(đồng|USD|VND|VNĐ|đ)(?![\p{L}\p{M}])")


def _to_vietnamese(number: str) -> str:
    """1,234,567.5 → 1.234.567,5"""
    return number.replace(",", "\0").replace(".", ",").replace("\0", ".")


@builtin("VN-D06")
def number_separators(ctx: Any) -> Iterator[Hit]:
    """Vietnamese separators: 1.000.000 and 3,5 (English 1,000,000 and 3.5 flagged)."""
    text = ctx.text
    for m in ENGLISH_GROUPS.finditer(text):
        if ctx.an.in_url(m.start()):
            continue
        groups = m.group().split(".")[0].count(",")
        ambiguous = groups == 1 and "." not in m.group()  # "1,500" may be a Vietnamese decimal
        yield Hit(m.start(), m.end(), (_to_vietnamese(m.group()),), safe=not ambiguous,
                  case="ambiguous" if ambiguous else None)
    for m in DECIMAL_POINT.finditer(text):
        if not ctx.an.in_url(m.start()):
            yield Hit(m.start(), m.end(), (f"{m.group(1)},{m.group(2)}",), case="decimal")


def _prepare_units(rule: Any, pack: Any) -> dict[str, Any]:
    units = sorted(rule.params["units"], key=len, reverse=True)
    if not units:
        return {"units": None}
    body = "|".join(regex.escape(u) for u in units)
    return {"units": regex.compile(rf"(?<![\p{{L}}\d.,/])(\d+(?:[.,]\d+)?)({body})(?![\p{{L}}\p{{M}}\p{{N}}])")}


@builtin("VN-D07", params={"units": []}, prepare=_prepare_units)
def number_unit(ctx: Any) -> Iterator[Hit]:
    """A space between a number and its unit (5 km), none before % (30%)."""
    text = ctx.text
    if ctx.data["units"] is not None:
        for m in ctx.data["units"].finditer(text):
            if not ctx.an.in_url(m.start()):
                yield Hit(m.start(), m.end(), (f"{m.group(1)} {m.group(2)}",), case="unit")
    for m in PERCENT_SPACE.finditer(text):
        yield Hit(m.start(), m.end(), ("",), case="percent")


def _words_for(value: int) -> str | None:
    for size, word in ((10**9, "tỷ"), (10**6, "triệu")):
        if value >= size:
            amount = value / size
            if round(amount, 2) * size != value:
                return None
            shown = f"{amount:.2f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{shown} {word}"
    return None


@builtin("VN-D08")
def big_numbers(ctx: Any) -> Iterator[Hit]:
    """Round money amounts in words: 5.000.000.000 đồng → 5 tỷ đồng."""
    for m in MONEY.finditer(ctx.text):
        words = _words_for(int(m.group(1).replace(".", "")))
        if words:
            unit = "đồng" if m.group(3) in ("đ", "đồng") else m.group(3)
            yield Hit(m.start(), m.end(), (f"{words} {unit}",), safe=False)
