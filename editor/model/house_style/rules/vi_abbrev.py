"""VN-A01, A03, A04: abbreviations spelt out at first use, not in headlines, defined once
(§B3.7). VN-A02, the house table of banned abbreviations, is a ``substitution`` rule."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import regex

from ..findings import Hit
from ..registry import builtin
from .vi_common import lead_marker_of

ABBR = regex.compile(r"(?<![\p{L}\p{M}\p{N}.\-])(\p{Lu}[\p{Lu}]{1,7})(?![\p{L}\p{M}\p{N}]|\.\p{L}|-\p{N})")
DEFINITION = regex.compile(r"\((\p{Lu}[\p{Lu}\p{N}&\-]{1,9})(?:[,;][^()]*)?\)")
ROMAN = regex.compile(r"^[IVXLCDM]+$")
# “(gọi tắt là BTC)”, “(sau đây gọi là BTC)”, “(sau đây gọi tắt là “BTC”)”: the text defines the abbreviation.
CALLED = regex.compile(
    r"\((?:[Ss]au\s+đây\s+)?(?:được\s+)?[Gg]ọi(?:\s+tắt)?\s+là\s*[\"“‘']?(\p{Lu}[\p{Lu}\p{N}&\-]{1,9})[\"”’']?\s*\)")
# Codes after a slash in a document number: “115/NQ-CP”, “11/2017/QĐ-TTg”, “36-NQ/TW”.
DOC_NUMBER = regex.compile(r"\p{N}[\p{L}\p{M}\p{N}\-]*(?:/[\p{L}\p{M}\p{N}\-]+)*/$")
# Licence classes listed after “hạng”: “các hạng B, C1, C, D1, D2, D, BE, C1E, CE”.
CLASS_LIST = regex.compile(r"(?<![\p{L}\p{M}])[Hh]ạng\s+(?:[\p{Lu}\p{N}]{1,3}\s*(?:,|và|hoặc|\-)\s*)*$")
# A name after an organisation word: “Tập đoàn DP World”, “Công ty TNHH MTV Sao Mai”, “Ngân hàng SCB”.
ORG_NAME = regex.compile(
    r"(?<![\p{L}\p{M}])(?:[Tt]ập\s+đoàn|[Tt]ổng\s+công\s+ty|[Cc]ông\s+ty|[Nn]gân\s+hàng)"
    r"(?:\s+(?:cổ\s+phần|TNHH|[\p{Lu}][\p{L}\p{M}\p{N}&\-]*))*\s+$")


def _initial(word: str) -> str:
    first = word[:1]
    if first in "Đđ":
        return "Đ"
    return unicodedata.normalize("NFD", first)[:1].upper()


_INITIALS: dict[str, str] = {}  # first character -> _initial (a text has few distinct ones)


def _allowed(pack: Any) -> frozenset[str]:
    return pack.share("abbreviation_allowed", lambda: frozenset(
        pack.registry.list("abbreviation_whitelist") + pack.registry.list("outlets") + pack.registry.list("signoffs")))


def abbreviations_in(text: str, pack: Any) -> list[tuple[int, int, str]]:
    """All-caps abbreviations of ``text`` that are not whitelisted (outlet codes, VN, GDP, …)."""
    allowed = _allowed(pack)
    out = []
    for m in ABBR.finditer(text):
        token = m.group(1)
        if token in allowed or ROMAN.match(token):
            continue
        out.append((m.start(1), m.end(1), token))
    return out


CREDIT = regex.compile(r"(?:Ảnh|Đồ họa|Đồ hoạ|Nguồn|Video|Clip|Theo)\s*:?\s*[^.;\n]{0,30}$")
NUMBER_BEFORE = regex.compile(r"\d[\s\-]*$")
WORDS_3 = regex.compile(r"[\p{L}\p{M}]{3,}")
NAME_AFTER = regex.compile(r"\s+\p{Lu}")
PAREN_AFTER = regex.compile(r"\s*\(")
FULL_FORM_PARTS = regex.compile(r"[\s,]+")


def _exempt(text: str, start: int) -> bool:
    """Credits (“Ảnh: GC Images”) and model names after a number (“737 MAX”) need no definition."""
    before = text[max(0, start - 40):start]
    return bool(CREDIT.search(before)) or bool(NUMBER_BEFORE.search(before))


def _not_an_abbreviation(text: str, start: int, abbr: str) -> bool:
    """Capitals that are not an abbreviation to spell out: the codes of a document number
    (“115/NQ-CP”), licence classes after “hạng” (“hạng B, C1, BE”) and a company's name after
    its organisation word (“Tập đoàn DP World”)."""
    before = text[max(0, start - 80):start]
    if DOC_NUMBER.search(before):
        return True
    if len(abbr) <= 3 and CLASS_LIST.search(before):
        return True
    return bool(ORG_NAME.search(before))


def _house_table(pack: Any) -> tuple[bool, frozenset[str]]:
    """Forms VN-A02 already reports with its house replacement (“TPHCM” → “TP.HCM”): one slip,
    one finding, so VN-A01 leaves them to the more specific rule. Whether they are compared
    casefolded, and the forms; built at first check, once every rule of the pack is loaded."""
    def build() -> tuple[bool, frozenset[str]]:
        rule = pack.rule("VN-A02")
        if rule is None or not rule.enabled or rule.params.get("regex"):
            return False, frozenset()
        swap = rule.params.get("swap") or {}
        if rule.params.get("ignorecase"):
            return True, frozenset(k.casefold() for k in swap)
        return False, frozenset(swap)
    return pack.share("abbreviation_house_table", build)


def _in_house_table(pack: Any, abbr: str) -> bool:
    ignorecase, table = _house_table(pack)
    return (abbr.casefold() if ignorecase else abbr) in table


def _shouting(text: str, start: int, end: int) -> bool:
    """Whether the abbreviation sits in a run of capitals (an ALL CAPS headline or label)."""
    around = WORDS_3.findall(text[max(0, start - 40):end + 40])
    lowers = sum(1 for w in around if not w.isupper())
    return len(around) >= 4 and lowers == 0


def _initials(an: Any) -> str:
    """The first letters of the field's words, one per word (Đ kept, other marks dropped)."""
    def build() -> str:
        out = []
        for _, _, word in an.words:
            first = word[:1]
            initial = _INITIALS.get(first)
            if initial is None:
                initial = _INITIALS[first] = _initial(first)
            out.append(initial)
        return "".join(out)

    return an.cache("initials", build)


def full_form_before(an: Any, limit: int, abbr: str, full: str | None) -> tuple[int, int] | None:
    """Span of the first written full form of ``abbr`` before ``limit``: the registered full form,
    or (for three letters or more) words whose initials spell it ("an ninh Tổ quốc" for ANTQ)."""
    text = an.text
    if full:
        for m in _full_pattern(full).finditer(text, 0, limit):
            if not NAME_AFTER.match(text[m.end():]):
                return m.span()
    if len(abbr) < 3:
        return None
    words, initials, n = an.words, _initials(an), len(abbr)
    k = initials.find(abbr)
    while k >= 0 and words[k + n - 1][1] <= limit:
        chunk = words[k:k + n]
        if not chunk[0][2].isupper() and all(text[a[1]:b[0]].isspace() for a, b in zip(chunk, chunk[1:], strict=False)) \
                and not NAME_AFTER.match(text[chunk[-1][1]:]):
            return (chunk[0][0], chunk[-1][1])
        k = initials.find(abbr, k + 1)
    return None


def _prepare(rule: Any, pack: Any) -> dict[str, Any]:
    _allowed(pack)
    return {}


def _initials_step(an: Any, pack: Any) -> None:
    _initials(an)


@builtin("VN-A01", level="article", params={"flag_unknown": True}, prepare=_prepare, per_field=_initials_step)
def first_use(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """An abbreviation is spelt out at first use: “an ninh Tổ quốc (ANTQ)”."""
    table = ctx.pack.registry.table("abbreviations")
    fields = ctx.in_scope()
    defined: set[str] = set()
    reported: set[str] = set()
    for index, ft in enumerate(fields):
        text = ft.text
        events = [(m.start(), "def", m.group(1)) for m in DEFINITION.finditer(text)]
        events += [(m.start(), "def", m.group(1)) for m in CALLED.finditer(text)]
        events += [(s, "use", a) for s, _, a in abbreviations_in(text, ctx.pack)
                   if not _not_an_abbreviation(text, s, a) and not _in_house_table(ctx.pack, a)]
        for pos, what, abbr in sorted(events, key=lambda e: (e[0], e[1] != "def")):
            if what == "def":
                defined.add(abbr)
                continue
            if abbr in defined or abbr in reported or _shouting(text, pos, pos + len(abbr)) or _exempt(text, pos):
                continue
            if PAREN_AFTER.match(text[pos + len(abbr):]):
                defined.add(abbr)  # "ANTQ (an ninh Tổ quốc)" defines it the other way round
                continue
            reported.add(abbr)
            full = table.get(abbr)
            hit = _where_to_define(ctx, fields[:index + 1], pos, abbr, full)
            if hit is not None:
                yield hit
            elif full or ctx.params["flag_unknown"]:
                case = "expand" if full else "unknown"
                reps = (f"{full} ({abbr})",) if full else ()
                yield ft, Hit(pos, pos + len(abbr), reps, safe=False, case=case,
                              params={"abbr": abbr, "full": full or ""})


def _where_to_define(ctx: Any, fields: list[Any], limit: int, abbr: str, full: str | None) -> tuple[Any, Hit] | None:
    for i, ft in enumerate(fields):
        end = limit if i == len(fields) - 1 else len(ft.text)
        span = full_form_before(ctx.analysis(ft), end, abbr, full)
        if span:
            written = ft.text[span[0]:span[1]]
            return ft, Hit(span[0], span[1], (f"{written} ({abbr})",), safe=False, case="insert",
                           params={"abbr": abbr, "full": written})
    return None


@builtin("VN-A03", prepare=_prepare)
def in_headline(ctx: Any) -> Iterator[Hit]:
    """No abbreviations in headlines and sapos except the whitelisted ones; the outlet code of the
    lead marker "(CAND) – " names the outlet and is none."""
    lead = lead_marker_of(ctx)
    for start, end, abbr in abbreviations_in(ctx.text, ctx.pack):
        if lead is not None and lead[0] <= start < lead[1]:
            continue
        if not _shouting(ctx.text, start, end):
            yield Hit(start, end, (), safe=False, params={"abbr": abbr})


@builtin("VN-A04", level="article", prepare=_prepare, per_field=_initials_step)
def redundant(ctx: Any) -> Iterator[tuple[Any, Hit]]:
    """After “full form (ABBR)”, use ABBR; and define an abbreviation only once."""
    table = ctx.pack.registry.table("abbreviations")
    definitions: dict[str, str] = {}
    for ft in ctx.in_scope():
        text = ft.text
        an = ctx.analysis(ft)
        defs = list(DEFINITION.finditer(text))
        def_spans = [m.span() for m in defs]
        pending: list[tuple[str, regex.Pattern[str], int]] = []
        for m in defs:
            abbr = m.group(1)
            if abbr in definitions:
                start = m.start() - 1 if m.start() and text[m.start() - 1] == " " else m.start()
                yield ft, Hit(start, m.end(), ("",), safe=False, case="defined_twice", params={"abbr": abbr})
                continue
            span = full_form_before(an, m.start(), abbr, table.get(abbr))
            if span and text[span[1]:m.start()].strip() == "":
                full = text[span[0]:span[1]]
                definitions[abbr] = full
                pending.append((abbr, _full_pattern(full), m.end()))
        for abbr, full in list(definitions.items()):
            if not any(p[0] == abbr for p in pending):
                pending.append((abbr, _full_pattern(full), 0))
        for abbr, pattern, after in pending:
            for fm in pattern.finditer(text, after):
                if PAREN_AFTER.match(text[fm.end():]) or NAME_AFTER.match(text[fm.end():]):
                    continue
                if any(a <= fm.start() < b for a, b in def_spans):
                    continue
                yield ft, Hit(fm.start(), fm.end(), (abbr,), safe=False, case="repeated", params={"abbr": abbr})


@lru_cache(maxsize=512)
def _full_pattern(full: str) -> regex.Pattern[str]:
    """The full form as a pattern: any case, spaces or commas between its words."""
    parts = [regex.escape(p) for p in FULL_FORM_PARTS.split(full.strip()) if p]
    return regex.compile(r"(?<![\p{L}\p{M}])" + r"[\s,]+".join(parts) + r"(?![\p{L}\p{M}])", regex.IGNORECASE)
