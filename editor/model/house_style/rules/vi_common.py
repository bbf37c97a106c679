"""Helpers the Vietnamese rules share: the lead marker, sentence starts, registry matching."""

from __future__ import annotations

from typing import Any

import regex

from ..text_tools import period_abbreviations, word_before
from ..wordlist import WordAlternation

__all__ = ["period_abbreviations", "lead_marker", "lead_marker_of", "lead_outlets", "dateline_source",
           "is_sentence_start", "capitalise",
           "registry_matcher", "registry_hits", "prepare_registry", "prepare_lead", "outlet_set", "RegistryMatcher"]

# An outlet code as it appears in a lead marker: "ANTV", "TTXVN", "Chinhphu.vn", "NLĐO", and an
# outlet's name ("VietNamNet", "Dân trí", "Người Lao Động") when the pack or the article knows it.
LEAD = regex.compile(
    r"^[^\S\n]*\((?P<code>[^()\s]{2,24}|[^()\s][^()\n]{1,30}[^()\s])\)"
    r"(?P<sep>[^\S\n]*[-–—‐−]{1,2}[^\S\n]*|[^\S\n]+)(?=\S)")
CODE_SHAPE = regex.compile(r"^(?:\p{Lu}[\p{Lu}\p{N}]{1,9}|[\p{L}]+\.(?:vn|com|net)|\p{Lu}{2,}\p{Ll}?)$")


def outlet_set(pack: Any) -> frozenset[str]:
    """The registered outlet codes ("ANTV", "TTXVN" …), built once per pack."""
    return pack.share("outlet_set", lambda: frozenset(pack.registry.list("outlets")))


def lead_outlets(pack: Any) -> frozenset[str]:
    """Every outlet a lead marker may name, casefolded: the codes (``outlets``) and the names
    (``outlet_names``: "VietNamNet", "Dân trí", "Người Lao Động"), built once per pack."""
    return pack.share("lead_outlets", lambda: frozenset(
        name.casefold() for name in pack.registry.list("outlets") + pack.registry.list("outlet_names")))


def prepare_lead(rule: Any, pack: Any) -> dict[str, Any]:
    """Prepare step of the rules that read lead markers."""
    outlet_set(pack)
    lead_outlets(pack)
    period_abbreviations(pack)
    return {}


def lead_marker(text: str, pack: Any, source: str = "") -> tuple[int, int, str, str] | None:
    """``(start, end, code, separator)`` of a dateline marker "(ANTV) – " opening ``text``.

    The code is a registered outlet code or name (any case), the article's own dateline
    ``source``, or, before a dash, anything shaped like a code ("(ABC) - ").
    """
    m = LEAD.match(text)
    if not m:
        return None
    code, sep = m.group("code"), m.group("sep")
    folded = code.casefold()
    known = folded in lead_outlets(pack) or (bool(source) and folded == source.strip().casefold())
    if not known and not (CODE_SHAPE.match(code) and any(c in sep for c in "-–—‐−")):
        return None
    return (m.start("code") - 1, m.end(), code, sep)


def lead_marker_of(ctx: Any) -> tuple[int, int, str, str] | None:
    """The lead marker of a lede or body paragraph that opens with one (cached per field)."""
    if ctx.field.kind not in ("lede", "body.paragraph"):
        return None
    source = dateline_source(ctx)
    return ctx.an.cache(("lead_marker", source), lambda: lead_marker(ctx.text, ctx.pack, source))


def dateline_source(ctx: Any) -> str:
    """The outlet of the article's dateline ("VietNamNet"), "" when there is no article or none."""
    article = getattr(ctx, "article", None)
    return article.dateline.source if article is not None else ""


def is_sentence_start(text: str, pos: int, abbreviations: frozenset[str]) -> bool:
    """Whether the word at ``pos`` opens a sentence (start of text/line, or after . ! ? …)."""
    i = pos - 1
    while i >= 0 and text[i] in "“\"‘'([«–—- ":
        if text[i] in "–—-" and i > 0 and text[i - 1] not in " \n":
            break
        i -= 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    if i < 0 or text[i] == "\n":
        return True
    if text[i] in "!?…":
        return True
    if text[i] == ":" and pos - i <= 3 and text[i + 1:pos].strip() in ("“", "\"", "‘"):
        return True  # a quotation opened after a colon starts its own sentence
    if text[i] == ".":
        before = word_before(text, i + 1)
        return not (before in abbreviations or (len(before) == 2 and before[0].isupper())
                    or before.count(".") > 1)
    if text[i] in ")”\"’" and i > 0 and text[i - 1] in ".!?…":
        return True
    return False


def capitalise(word: str) -> str:
    """``word`` with its first letter upper-case."""
    return word[:1].upper() + word[1:]


def registry_variants(name: str) -> set[str]:
    """A registered name in both tone styles (so "Uỷ ban" finds the entry "Ủy ban")."""
    from ...vietnamese import to_tone_style

    out = {name}
    for style in ("first_vowel", "main_vowel"):
        out.add(regex.sub(r"[\p{L}\p{M}]+", lambda m, s=style: to_tone_style(m.group(), s), name))
    return out


class RegistryMatcher:
    """Finds registered names in text whatever their case or tone style."""

    def __init__(self, lists: dict[str, tuple[str, ...]]) -> None:
        self.canonical: dict[str, tuple[str, str]] = {}
        for list_name, names in lists.items():
            for name in names:
                for variant in registry_variants(name):
                    self.canonical.setdefault(variant.casefold(), (name, list_name))
        self.pattern = WordAlternation(self.canonical, ignorecase=True) if self.canonical else None

    def find(self, text: str) -> list[tuple[int, int, str, str]]:
        """``(start, end, registered spelling, list name)`` of every registered name in ``text``."""
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(text):
            hit = self.canonical.get(m.group().casefold())
            if hit is not None:
                out.append((m.start(), m.end(), hit[0], hit[1]))
        return out


REGISTRY_LISTS = ("organisations", "titles", "persons")


def registry_matcher(pack: Any) -> RegistryMatcher:
    """One matcher over the registry's organisations, titles and persons and the pack's enforced
    ``names`` (list "names"), built once per pack."""
    return pack.share("registry_matcher", lambda: RegistryMatcher(
        {**{name: pack.registry.list(name) for name in REGISTRY_LISTS},
         "names": tuple(e.name for e in getattr(pack, "names", ()))}))


def registry_hits(an: Any, pack: Any) -> list[tuple[int, int, str, str]]:
    """Registered names in one field (cached per field): ``(start, end, name, list)``."""
    matcher = registry_matcher(pack)
    return an.cache("registry_hits", lambda: matcher.find(an.text))


def prepare_registry(rule: Any, pack: Any) -> dict[str, Any]:
    """Prepare step of the rules that read the registry: build its matcher at load."""
    registry_matcher(pack)
    return {}
