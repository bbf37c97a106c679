"""Vietnamese syllables: parse, check, tone style (the public face of this package).

Parsing lives in :mod:`.parsing`, the problem checks in :mod:`.checks` (one token) and
:mod:`.findings` (a whole text, with context), IME residue in :mod:`.ime` and word tokens in
:mod:`.tokens`; all are re-exported here and from the package.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .checks import CODES, MESSAGE_KEYS, RULE_IDS, Problem, check_syllable, syllable_problems
from .findings import SyllableFinding, syllable_findings
from .ime import ime_residue
from .letters import TONES
from .parsing import Syllable, parse, render, style_of
from .syllable_table import is_well_formed, listed_tone_style
from .tokens import tokens

STYLES = ("first_vowel", "main_vowel")

__all__ = [
    "CODES", "MESSAGE_KEYS", "RULE_IDS", "STYLES", "TONES", "Problem", "Syllable", "SyllableFinding",
    "check_syllable", "ime_residue", "is_plain_vietnamese", "is_valid", "parse", "syllable_findings",
    "syllable_problems", "to_tone_style", "tokens", "tone_style_of",
]


@lru_cache(maxsize=32768)
def tone_style_of(token: str) -> str | None:
    """"first_vowel" (hòa, thủy, ủy, khỏe) or "main_vowel" (hoà, thuỷ, uỷ, khoẻ).

    None when the token is not a toned open oa/oe/uy syllable: hoàn, toán, thuyết, quý,
    quả, của and untoned hoa have one spelling only.
    """
    text = unicodedata.normalize("NFC", token)
    if is_well_formed(text):  # the shipped table answers for well-formed syllables
        return listed_tone_style(text)
    syl = parse(text)
    if syl is None or not syl.rhyme_ok:
        return None
    return style_of(syl)


def to_tone_style(token: str, style: str) -> str:
    """``token`` with its tone moved to the ``style`` position, case kept; else unchanged."""
    current = tone_style_of(token)
    if current is None or current == style or style not in STYLES:
        return token
    syl = parse(unicodedata.normalize("NFC", token))
    assert syl is not None  # tone_style_of parsed it
    return render(syl.onset, syl.vowels, syl.final, syl.tone, style, syl.text)


def is_valid(token: str) -> bool:
    """A well-formed Vietnamese syllable (either tone style)."""
    text = unicodedata.normalize("NFC", token)
    if is_well_formed(text):
        return True
    syl = parse(text)
    return syl is not None and syl.valid


def is_plain_vietnamese(token: str) -> bool:
    """A valid Vietnamese syllable written without any diacritic ("Toi dang o Ha Noi").

    English words count only when they are valid syllables ("the", "to", "in" do; "and",
    "it", "at" do not). Capital abbreviations (ANTV, CA) never count.
    """
    if is_well_formed(token):  # listed: valid; marked exactly when it holds a letter beyond ASCII
        return token.isascii() and not (len(token) > 1 and token == token.upper())
    syl = parse(token)
    return syl is not None and syl.valid and not syl.marked and not syl.all_caps
