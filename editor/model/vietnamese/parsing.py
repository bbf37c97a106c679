"""Parse one written token into a Vietnamese syllable: onset, glide, nucleus, coda and tone.

No dictionary: a token is Vietnamese-shaped when it is an onset from the Vietnamese set, one
to three vowel letters and an optional coda. Tokens that also carry Vietnamese marks (tones,
ă â ê ô ơ ư, đ) are parsed even when their rhyme is wrong, so the checker can flag them;
unmarked tokens that do not form a valid rhyme are foreign words and parse to None.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .letters import CONSONANTS, FRONT_VOWELS, LETTERS, MARKED_LETTERS, VOWELS, recase, split_tone, with_tone
from .rhymes import (
    CHECKED_CODAS,
    CONSONANT_CODAS,
    allowed_tone_indexes,
    rhyme_valid,
    split_rhyme,
    style_dependent,
    tone_index,
)

# Longest first, so "ngh" wins over "ng" and "n". "gi" and "qu" are handled before these.
ONSETS = ("ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n",
          "p", "q", "r", "s", "t", "v", "x")
_VOWEL_CLASS = "aăâeêioôơuưy"
_RHYME = re.compile(f"([{_VOWEL_CLASS}]{{1,3}})([{''.join(sorted(CONSONANTS))}]*)")


@dataclass(frozen=True)
class Syllable:
    """One written syllable, split into its parts (all parts toneless and lower case)."""

    text: str
    onset: str
    glide: str
    nucleus: str
    coda: str
    tone: str
    capitalised: bool
    base: str
    all_caps: bool = False
    vowels: str = ""
    final: str = ""
    tone_positions: tuple[int, ...] = ()
    rhyme_ok: bool = True
    onset_ok: bool = True
    placement_ok: bool = True

    @property
    def rhyme(self) -> str:
        """The written rhyme after the onset (``i`` + coda for gì/gìn)."""
        if self.onset == "gi" and not self.vowels:
            return "i" + self.final
        return self.vowels + self.final

    @property
    def marked(self) -> bool:
        """True when the token carries a tone mark or a letter only Vietnamese uses."""
        return bool(self.tone_positions) or any(ch in MARKED_LETTERS for ch in self.base)

    @property
    def checked_tone_ok(self) -> bool:
        """Stop-final rhymes (-p -t -c -ch) take only sắc or nặng."""
        return self.final not in CHECKED_CODAS or self.tone in ("sac", "nang")

    @property
    def valid(self) -> bool:
        """A well-formed syllable: rhyme, onset spelling, one tone, placed where a style allows."""
        return (self.rhyme_ok and self.onset_ok and self.placement_ok and len(self.tone_positions) <= 1
                and self.checked_tone_ok)

    @property
    def style_dependent(self) -> bool:
        """True for open oa/oe/uy syllables, whose tone position is a house-style choice."""
        return style_dependent(self.onset, self.vowels, self.final)


def _case_of(text: str) -> tuple[bool, bool] | None:
    """(capitalised, all_caps) of a token, or None for mixed case such as iPhone."""
    lower = text.lower()
    if text == lower:
        return False, False
    if text == text.upper():
        return True, len(text) > 1
    if text[0].isupper() and text[1:] == lower[1:]:
        return True, False
    return None


def _split_onset(base: str) -> tuple[str, str] | None:
    """(onset, rest) of a toneless lower-case token."""
    if base.startswith("qu") and len(base) > 2 and base[2] in VOWELS:
        return "qu", base[2:]
    if base.startswith("gi"):
        return "gi", base[2:]
    for onset in ONSETS:
        if base.startswith(onset):
            return onset, base[len(onset):]
    return "", base


def _onset_ok(onset: str, vowels: str, glide: str) -> bool:
    first = vowels[0] if vowels else "i"
    front = first in FRONT_VOWELS
    if onset == "q":
        return False
    if onset in ("k", "gh", "ngh"):
        return front
    if onset in ("c", "g", "ng"):
        return not front and not (onset == "c" and glide == "u")
    return True


@lru_cache(maxsize=32768)
def parse(token: str) -> Syllable | None:
    """Parse one token (letters only, any case) as a Vietnamese syllable, or None.

    None means the token is not Vietnamese-shaped at all: foreign words, capital
    abbreviations, letters outside the Vietnamese alphabet (f j w z), digits, mixed case.
    """
    text = unicodedata.normalize("NFC", token)
    if not text or not text.isalpha():
        return None
    case = _case_of(text)
    if case is None:
        return None
    lower = text.lower()
    bases: list[str] = []
    tones: list[tuple[int, str]] = []
    for i, ch in enumerate(lower):
        base_ch, tone = split_tone(ch)
        if base_ch not in LETTERS:
            return None
        bases.append(base_ch)
        if tone is not None:
            tones.append((i, tone))
    base = "".join(bases)
    onset, rest = _split_onset(base)
    merged_i = onset == "gi" and (not rest or rest[0] not in VOWELS)
    if merged_i:
        vowels, final = "", rest
        if final not in CONSONANT_CODAS:
            return None
    else:
        m = _RHYME.fullmatch(rest)
        if m is None:
            return None
        vowels, final = m.groups()
        if final not in CONSONANT_CODAS and final != "k":
            return None
    marked = bool(tones) or any(ch in MARKED_LETTERS for ch in base)
    rhyme_ok = final != "k" and rhyme_valid(onset, vowels, final)
    if not marked and not rhyme_ok:
        return None
    if merged_i:
        glide, nucleus, coda = "", "i", final
    else:
        glide, nucleus, coda = split_rhyme(onset, vowels, final)
    placement_ok = True
    if len(tones) == 1:
        pos = tones[0][0]
        if merged_i:
            placement_ok = pos == 1
        else:
            placement_ok = (pos - len(onset)) in allowed_tone_indexes(vowels, final)
    return Syllable(
        text=text, onset=onset, glide=glide, nucleus=nucleus, coda=coda,
        tone=tones[0][1] if tones else "ngang", capitalised=case[0], base=base, all_caps=case[1],
        vowels=vowels, final=final, tone_positions=tuple(i for i, _ in tones), rhyme_ok=rhyme_ok,
        onset_ok=_onset_ok(onset, vowels, glide), placement_ok=placement_ok,
    )


def render(onset: str, vowels: str, final: str, tone: str, style: str, template: str) -> str:
    """Write a syllable with its tone in place, in the case pattern of ``template``.

    ``vowels`` empty with onset ``gi`` means the i of gi is the vowel (gì, gìn).
    """
    if onset == "gi" and not vowels:
        lower = "g" + with_tone("i", tone) + final
    else:
        idx = tone_index(vowels, final, style)
        lower = onset + vowels[:idx] + with_tone(vowels[idx], tone) + vowels[idx + 1:] + final
    return _recase_letters(template, lower)


def _recase_letters(template: str, new: str) -> str:
    """Case ``new`` like ``template``, letter by letter when both have the same length."""
    if len(template) == len(new):
        return "".join(n.upper() if t.isupper() else n for t, n in zip(template, new, strict=True))
    return recase(template, new)


def style_of(syl: Syllable) -> str | None:
    """"first_vowel"/"main_vowel" for a toned oa/oe/uy open syllable, else None."""
    if not syl.style_dependent or syl.tone == "ngang" or len(syl.tone_positions) != 1:
        return None
    return "first_vowel" if syl.tone_positions[0] == len(syl.onset) else "main_vowel"
