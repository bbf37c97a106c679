"""VN-S12 / EN-S12: a template's blank that was never filled in must not go out.

The templates mark what a reporter writes in as blanks, ``[[họ tên]]``, ``[[Tiêu đề: …]]``,
``[[number]]``. Which text counts as a blank is one pack-wide setting, ``placeholder`` (a
regular expression; the base packs set double square brackets), so a desk's own templates
are covered and a desk pack can change it. Single brackets are not blanks: news copy uses
them for editorial insertions in quotations (“[ông Nam] nói…”, “[T]he report”), footnotes
(“[1]”) and links (“[Read: …]”).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from ..findings import Hit
from ..pack_build import compile_param
from ..patterns import find_all
from ..registry import builtin

SETTING = "placeholder"


def blank_pattern(pack: Any) -> regex.Pattern[str] | None:
    """The compiled ``placeholder`` setting of ``pack`` (None when the pack sets none)."""
    source = pack.setting(SETTING, "")
    return pack.share(f"setting:{SETTING}", lambda: compile_param(SETTING, source) if source else None)


def blank_spans(text: str, pack: Any) -> list[tuple[int, int]]:
    """Where the blanks of ``text`` are, as ``(start, end)`` code-point offsets."""
    pattern = blank_pattern(pack)
    if pattern is None:
        return []
    return [m.span() for m in find_all(pattern, text) if m.end() > m.start()]


def _prepare(rule: Any, pack: Any) -> dict[str, Any]:
    blank_pattern(pack)  # compiled once, when the pack loads
    return {}


@builtin("VN-S12", prepare=_prepare)
def unfilled_blank(ctx: Any) -> Iterator[Hit]:
    """Each blank left in a field or a body block; there is nothing to replace it with."""
    for start, end in blank_spans(ctx.text, ctx.pack):
        yield Hit(start, end, (), safe=False)
