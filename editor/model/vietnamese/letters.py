"""Vietnamese letters: tone marks, shape marks, case, and look-alike characters.

Everything here works on single NFC characters. A toned vowel such as ``ệ`` is split into
its toneless letter (``ê``) and its tone (``nang``); the tone can be put back on any vowel.
"""

from __future__ import annotations

import unicodedata

TONES = ("ngang", "huyen", "sac", "hoi", "nga", "nang")

# Combining mark of each tone (ngang has none).
TONE_MARKS = {"huyen": "\u0300", "sac": "\u0301", "hoi": "\u0309", "nga": "\u0303", "nang": "\u0323"}

# Toneless vowel letters; the ones with a shape mark (breve, circumflex, horn) carry the tone first.
VOWELS = frozenset("aăâeêioôơuưy")
SHAPED_VOWELS = frozenset("ăâêôơư")
FRONT_VOWELS = frozenset("eêiy")
CONSONANTS = frozenset("bcdđghklmnpqrstvx")
LETTERS = VOWELS | CONSONANTS
# Letters that only Vietnamese spelling uses (beyond plain ASCII): a strong sign of Vietnamese.
MARKED_LETTERS = SHAPED_VOWELS | {"đ"}


def _build_tables() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], str]]:
    split: dict[str, tuple[str, str]] = {}
    compose: dict[tuple[str, str], str] = {}
    for base in VOWELS:
        for upper in (False, True):
            b = base.upper() if upper else base
            compose[(b, "ngang")] = b
            for tone, mark in TONE_MARKS.items():
                ch = unicodedata.normalize("NFC", b + mark)
                if len(ch) != 1:
                    raise RuntimeError(f"no precomposed letter for {b!r} + {tone}")
                split[ch] = (b, tone)
                compose[(b, tone)] = ch
    return split, compose


# "ệ" -> ("ê", "nang"); ("Ê", "nang") -> "Ệ". Case is kept on both sides.
TONE_SPLIT, TONE_COMPOSE = _build_tables()


def split_tone(ch: str) -> tuple[str, str | None]:
    """The toneless letter and the tone of one character (tone None when unmarked)."""
    pair = TONE_SPLIT.get(ch)
    if pair is None:
        return ch, None
    return pair


def with_tone(ch: str, tone: str) -> str:
    """Put ``tone`` on the toneless vowel ``ch`` (any case); consonants come back unchanged."""
    return TONE_COMPOSE.get((ch, tone), ch)


def strip_tone(ch: str) -> str:
    """``ch`` without its tone mark."""
    return TONE_SPLIT.get(ch, (ch, None))[0]


def is_vietnamese_letter(ch: str) -> bool:
    """True for a letter of the Vietnamese alphabet, in any case, with or without tone."""
    return strip_tone(ch).lower() in LETTERS


def recase(template: str, new: str) -> str:
    """Give ``new`` (lower case) the case pattern of ``template``: lower, Title or UPPER."""
    if not template or template == template.lower():
        return new
    letters = [c for c in template if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return new.upper()
    return new[:1].upper() + new[1:]


# Greek and Cyrillic letters that look like Latin ones (Unicode confusables, letters only).
CONFUSABLES = {
    # Cyrillic lower case
    "а": "a", "в": "b", "е": "e", "ё": "ë", "і": "i", "ї": "ï", "ј": "j", "к": "k", "м": "m", "н": "h",
    "о": "o", "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "ӏ": "l", "ѐ": "è", "ѝ": "ì",
    # Cyrillic upper case
    "А": "A", "В": "B", "Е": "E", "Ё": "Ë", "І": "I", "Ї": "Ï", "Ј": "J", "К": "K", "М": "M", "Н": "H",
    "О": "O", "Р": "P", "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "Һ": "H", "Ԁ": "D", "Ԛ": "Q",
    "Ԝ": "W", "Ӏ": "I", "Ѐ": "È", "Ѝ": "Ì",
    # Greek lower case: only omicron; α β κ μ ν... are real symbols in science copy (TNF-α, NF-κB, μm).
    "ο": "o",
    # Greek upper case
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}

# Icelandic Eth and African D typed for the Vietnamese đ.
D_STROKE_LOOKALIKES = {"Ð": "Đ", "ð": "đ", "Ɖ": "Đ", "ɖ": "đ"}


def script_of(ch: str) -> str:
    """"latin", "cyrillic", "greek" or "other" for a letter (by its Unicode name)."""
    if ch.isascii():
        return "latin" if ch.isalpha() else "other"
    base = unicodedata.normalize("NFD", ch)[0]
    name = unicodedata.name(base, "")
    for script in ("LATIN", "CYRILLIC", "GREEK"):
        if name.startswith(script):
            return script.lower()
    return "other"
