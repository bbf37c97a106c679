"""VN-C03, C04, C06, C07, C08: registry names, titles, administrative units, legal citations and
terrain nouns (NĐ 30/2020 Phụ lục II cases 3, 4 and 5)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from ..findings import Hit
from ..kinds import literal_alternation
from ..registry import builtin
from ..text_tools import inside
from .vi_common import capitalise, is_sentence_start, period_abbreviations, prepare_registry, registry_hits

NAME_WORD = r"\p{Lu}[\p{Ll}\p{M}]*"
UNIT_NUMBER = regex.compile(r"(?<![\p{L}\p{M}])(quận|phường)(?= \d+(?![\d/.,]))")
PROVISION_LOWER = regex.compile(r"(?<![\p{L}\p{M}])(Khoản|Điểm)(?= (?:\d+|[a-zđ])(?![\p{L}\p{M}\d]))")
PROVISION_UPPER = regex.compile(r"(?<![\p{L}\p{M}])(điều)(?= \d+(?![\d/.,%]))|(?<![\p{L}\p{M}])(chương)(?= [IVXLC]+\b)")
UNDER_CENTRE = regex.compile(r"(?<=trực thuộc )Trung ương(?![\p{L}\p{M}])")


def _registry_case(ctx: Any, list_name: str, safe: bool) -> Iterator[Hit]:
    text = ctx.text
    for start, end, name, kind in registry_hits(ctx.an, ctx.pack):
        found = text[start:end]
        if kind != list_name:
            continue
        if found == name or not found[:1].isupper() or found.isupper():
            continue
        if found.casefold() == name.casefold():
            yield Hit(start, end, (name,), safe=safe, params={"name": name})


@builtin("VN-C03", prepare=prepare_registry)
def organisation_case(ctx: Any) -> Iterator[Hit]:
    """A registered organisation written with other capitals than its house spelling."""
    yield from _registry_case(ctx, "organisations", True)


@builtin("VN-C04", prepare=prepare_registry)
def title_case(ctx: Any) -> Iterator[Hit]:
    """A registered position title written with other capitals than its house spelling."""
    yield from _registry_case(ctx, "titles", False)


def _prepare_units(rule: Any, pack: Any) -> dict[str, Any]:
    units = [u for u in rule.params["units"] if u]  # an empty entry in the pack names no unit
    body = "|".join(regex.escape(capitalise(u)) for u in sorted(units, key=len, reverse=True))
    special = {s.casefold(): s for s in rule.params["special"]}
    return {
        "units": regex.compile(rf"(?<![\p{{L}}\p{{M}}])({body})(?= {NAME_WORD})") if units else None,
        "special": literal_alternation(list(rule.params["special"]), ignorecase=True),
        "special_map": special,
    }


@builtin("VN-C06", params={"units": [], "special": []}, prepare=_prepare_units)
def admin_unit(ctx: Any) -> Iterator[Hit]:
    """tỉnh Nam Định, Quận 1, Thành phố Hồ Chí Minh, trực thuộc trung ương."""
    text, data = ctx.text, ctx.data
    abbrevs = period_abbreviations(ctx.pack)
    specials: list[tuple[int, int]] = []
    if data["special"] is not None:
        for m in data["special"].finditer(text):
            specials.append(m.span())
            good = data["special_map"][m.group().casefold()]
            if m.group() != good and not m.group().isupper():
                yield Hit(m.start(), m.end(), (good,), case="special")
    if data["units"] is not None:
        for m in data["units"].finditer(text):
            if inside(specials, m.start()) or is_sentence_start(text, m.start(), abbrevs):
                continue
            yield Hit(m.start(), m.end(), (m.group()[0].lower() + m.group()[1:],), case="unit_name")
    for m in UNIT_NUMBER.finditer(text):
        yield Hit(m.start(), m.end(), (capitalise(m.group()),), case="unit_number")
    for m in UNDER_CENTRE.finditer(text):
        yield Hit(m.start(), m.end(), ("trung ương",), case="centre")


@builtin("VN-C07")
def provisions(ctx: Any) -> Iterator[Hit]:
    """Citations: khoản and điểm in lower case, Điều and Chương capitalised (điểm a khoản 2 Điều 103)."""
    text = ctx.text
    abbrevs = period_abbreviations(ctx.pack)
    for m in PROVISION_LOWER.finditer(text):
        if not is_sentence_start(text, m.start(), abbrevs):
            yield Hit(m.start(), m.end(), (m.group().lower(),))
    for m in PROVISION_UPPER.finditer(text):
        yield Hit(m.start(), m.end(), (capitalise(m.group()),))


def _prepare_terrain(rule: Any, pack: Any) -> dict[str, Any]:
    nouns = [n for n in rule.params["nouns"] if n]  # an empty entry in the pack names no noun
    body = "|".join(regex.escape(capitalise(n)) for n in sorted(nouns, key=len, reverse=True))
    return {"nouns": regex.compile(rf"(?<![\p{{L}}\p{{M}}])({body}) ({NAME_WORD})") if nouns else None,
            "exceptions": frozenset(rule.params["exceptions"])}


@builtin("VN-C08", params={"nouns": [], "exceptions": []}, prepare=_prepare_terrain)
def terrain_noun(ctx: Any) -> Iterator[Hit]:
    """A terrain noun before a name is lower case (vịnh Hạ Long), unless the two are one name."""
    if ctx.data["nouns"] is None:
        return
    text = ctx.text
    abbrevs = period_abbreviations(ctx.pack)
    for m in ctx.data["nouns"].finditer(text):
        if m.group() in ctx.data["exceptions"] or is_sentence_start(text, m.start(), abbrevs):
            continue
        noun = m.group(1)
        yield Hit(m.start(1), m.end(1), (noun[0].lower() + noun[1:],), safe=False)
