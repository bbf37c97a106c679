"""VN-T01…T03: tone-mark style of oa/oe/uy syllables (house-style.md §2 and §3.4).

``settings.tone_placement`` is "first_vowel" (hòa, thủy, ủy), "main_vowel" (hoà, thuỷ, uỷ)
or "consistent" (no house choice: the minority style of the article is flagged, VN-T02).
Registered names keep their registered spelling whatever the setting (VN-T03): T01 and T02
skip them, and T03 flags a registered name written in the other style.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..findings import Hit
from ..registry import builtin
from ..text_tools import Analysis, inside
from .vi_common import prepare_registry, registry_hits
from .vi_syllables import vi_tokens

STYLES = ("first_vowel", "main_vowel")


def styled_tokens(an: Analysis, pack: Any) -> list[tuple[int, int, str, str]]:
    """``(start, end, token, style)`` of style-dependent syllables outside registered names."""
    from ...vietnamese import tone_style_of

    def build() -> list[tuple[int, int, str, str]]:
        skip = registry_hits(an, pack) if pack.is_enabled("VN-T03") else []
        out = []
        for start, end, token in vi_tokens(an):
            style = tone_style_of(token)
            if style and not inside(skip, start):
                out.append((start, end, token, style))
        return out

    return an.cache("styled_tokens", build)


@builtin("VN-T01", prepare=prepare_registry)
def house_tone_style(ctx: Any) -> Iterator[Hit]:
    """oa/oe/uy syllables written in the style the house did not choose."""
    from ...vietnamese import to_tone_style

    house = ctx.pack.setting("tone_placement", "first_vowel")
    if house not in STYLES:
        return
    for start, end, token, style in styled_tokens(ctx.an, ctx.pack):
        if style != house:
            yield Hit(start, end, (to_tone_style(token, house),), params={"style": house})


def _styles_step(an: Analysis, pack: Any) -> None:
    if pack.setting("tone_placement", "first_vowel") == "consistent":
        styled_tokens(an, pack)


@builtin("VN-T02", level="article", prepare=prepare_registry, per_field=_styles_step)
def tone_consistency(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """With no house style: the style used less often in the article is flagged."""
    from ...vietnamese import to_tone_style

    if ctx.pack.setting("tone_placement", "first_vowel") != "consistent":
        return
    found = []
    for ft in ctx.in_scope():
        found.extend((ft, tok) for tok in styled_tokens(ctx.analysis(ft), ctx.pack))
    counts = {s: sum(1 for _, t in found if t[3] == s) for s in STYLES}
    if not all(counts.values()):
        return
    first_style = found[0][1][3]
    major = max(STYLES, key=lambda s: (counts[s], s == first_style))
    for ft, (start, end, token, style) in found:
        if style != major:
            yield ft, Hit(start, end, (to_tone_style(token, major),),
                          params={"style": major, "count": counts[major], "minority": counts[style]})


@builtin("VN-T03", prepare=prepare_registry)
def registry_tone(ctx: Any) -> Iterator[Hit]:
    """A registered name written in the other tone style keeps its registered spelling."""
    text = ctx.text
    for start, end, name, _list in registry_hits(ctx.an, ctx.pack):
        found = text[start:end]
        if found[:1].isupper() and found.casefold() != name.casefold():
            yield Hit(start, end, (name,), params={"name": name})
