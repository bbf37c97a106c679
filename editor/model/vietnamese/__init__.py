"""Vietnamese orthography core: syllables, tone marks, tone style, legacy charsets, tokens.

Pure Python, rule-based (onset, glide, nucleus, coda, tone; no dictionary). The house-style
checker calls these functions; see docs in house-style.md §3.1, §3.3, §3.4 and §B3.
"""

from .legacy import convert_legacy, detect_legacy
from .syllable import (
    CODES,
    MESSAGE_KEYS,
    RULE_IDS,
    STYLES,
    TONES,
    Problem,
    Syllable,
    SyllableFinding,
    check_syllable,
    ime_residue,
    is_plain_vietnamese,
    is_valid,
    parse,
    syllable_findings,
    syllable_problems,
    to_tone_style,
    tokens,
    tone_style_of,
)

__all__ = [
    "CODES", "MESSAGE_KEYS", "RULE_IDS", "STYLES", "TONES", "Problem", "Syllable", "SyllableFinding",
    "check_syllable", "convert_legacy", "detect_legacy", "ime_residue", "is_plain_vietnamese", "is_valid", "parse",
    "syllable_findings", "syllable_problems", "to_tone_style", "tokens", "tone_style_of",
]
