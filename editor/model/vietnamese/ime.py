"""Telex and VNI keystroke residue: "vieejt", "vie65t", "nguwowif" typed with the IME off.

A residue needs a result that is a valid Vietnamese syllable and a raw token that is not one.
:func:`ime_decode` sorts what it decodes in two tiers:

- *sure*: key patterns English words do not produce ("vieejt", "ddoongf", "hocj", "nhwng",
  "vie65t"): beer, door, keeps, boost, now, chef never land here.
- *context*: keys English words make too: the sắc key s typed last ("thichs", "sachs", "tots",
  but also "cups", "cats"), a tone key after a vowel ("nhaf", "mowis", but also "his"), a
  vowel key with no tone key ("leen", but also "been") and VNI digits only at the end ("lam2",
  but also a code). Only lower-case tokens that are no loanword Vietnamese copy uses as it is
  (``LOANWORDS``: bus, bar, teen, vest); the checker (VN-O07) reports them only among
  Vietnamese words.

:func:`ime_residue` answers on the keys alone: the sure tier (and VNI tones typed last).
"""

from __future__ import annotations

from functools import lru_cache

from .checks import ENGLISH_LOOKALIKES
from .letters import CONSONANTS, LETTERS, VOWELS
from .parsing import parse, render
from .syllable_table import is_well_formed

_TELEX_TONES = {"s": "sac", "f": "huyen", "r": "hoi", "x": "nga", "j": "nang"}
_VNI_TONES = {"1": "sac", "2": "huyen", "3": "hoi", "4": "nga", "5": "nang"}
_DOUBLE = {"a": "â", "e": "ê", "o": "ô"}
_HORN = {"a": "ă", "o": "ơ", "u": "ư"}
# Telex marks English never produces, and marks it produces often (see, too, now, law).
_STRONG = frozenset(("dd", "aa", "uw", "uow"))
SURE, CONTEXT = "sure", "context"
# English words Vietnamese copy writes as they are, in lower case among Vietnamese words ("quán bar",
# "xe bus", "bình gas", "tuổi teen", "áo vest", "test nhanh", "giường queen"), whose letters also
# read as context-tier residue. Their plurals are covered, like those of ENGLISH_LOOKALIKES (sets, tips).
LOANWORDS = frozenset(
    (
        "bar bus gas box fax tax sax lux mix max sex hex cos dos pos bis les air teen tee queen room boom boot "
        "boost toast roast vest test best list post host cast mist lens chef trans gay bias mom seen beef porn term "
        "perm dorm corn horn norm"
    ).split()
)
# Chemical formulas written in lower case ("khí co2") that read as VNI tones typed last.
FORMULAS = frozenset("co2 so2 no2 co3 so3 no3 so4 po4".split())
# English words common enough to meet a Vietnamese one at the edge of a quotation (no plural).
ENGLISH_WORDS = frozenset(
    (
        "six vex xor down now how low bow row tow too see bee per her nor this thus has his does goes says days "
        "guys must most last past lost cost trust born turn torn"
    ).split()
)


def _finish(letters: list[str], tone: str | None, raw: str, style: str) -> str | None:
    """Render the converted letters with the tone; None unless a valid syllable results."""
    toneless = "".join(letters)
    syl = parse(toneless)
    if syl is None or not syl.rhyme_ok or not syl.onset_ok:
        return None
    out = render(syl.onset, syl.vowels, syl.final, tone or "ngang", style, toneless)
    if raw[:1].isupper():
        out = out[:1].upper() + out[1:]
    result = parse(out)
    if result is None or not result.valid or not result.marked:
        return None
    return out


def _telex(raw: str, style: str) -> tuple[str, str] | None:
    word = raw.lower()
    letters: list[str] = []
    marks: set[str] = set()
    tone: str | None = None
    tone_at = -1
    for i, ch in enumerate(word):
        # A mark key acts only on the letter typed just before it (there, these stay English).
        prev = letters[-1] if letters and i and word[i - 1] == letters[-1] else ""
        if ch == "d" and prev == "d" and len(letters) == 1:
            letters[-1] = "đ"
            marks.add("dd")
        elif ch in _DOUBLE and prev == ch:
            letters[-1] = _DOUBLE[ch]
            marks.add(ch * 2)
        elif ch == "w":
            if prev == "o" and len(letters) >= 2 and letters[-2] == "u":
                letters[-2:] = ["ư", "ơ"]
                marks.add("uow")
            elif prev in _HORN:
                letters[-1] = _HORN[prev]
                marks.add(prev + "w")
            elif letters and letters[-1] in CONSONANTS and word[i - 1] == letters[-1]:
                letters.append("ư")  # w alone after a consonant is ư: nhwng, twf
                marks.add("w")
            else:
                return None
        elif tone is not None and (ch in VOWELS or ch == "w"):
            return None  # vowels after the tone key: puree, there
        elif ch in _TELEX_TONES and any(c in VOWELS for c in letters):
            if tone is not None:
                return None  # two tone keys: boss, coffee, doors
            tone, tone_at = _TELEX_TONES[ch], i
        elif ch in LETTERS:
            letters.append(ch)
        else:
            return None
    tier = _telex_tier(word, marks, tone, tone_at, raw.islower())
    if tier is None:
        return None
    out = _finish(letters, tone, raw, style)
    return (out, tier) if out else None


def _telex_tier(word: str, marks: set[str], tone: str | None, tone_at: int, raw_is_lower: bool) -> str | None:
    """SURE when the keys look like Telex rather than English; CONTEXT when English words make
    the same keys (sachs/bus, cos/his, leen/been); None when there is no key or it is a loanword."""
    if _telex_plausible(word, marks, tone, tone_at, raw_is_lower):
        return SURE
    if not raw_is_lower or len(word) < 3 or (not marks and tone is None) or is_loanword(word):
        return None
    return CONTEXT


def is_loanword(word: str) -> bool:
    """Whether lower-case ``word`` is an English word Vietnamese copy uses (bus, teen, tips, sets)."""
    if word in LOANWORDS or word in ENGLISH_LOOKALIKES or word in ENGLISH_WORDS:
        return True
    return word[-1:] == "s" and (word[:-1] in LOANWORDS or word[:-1] in ENGLISH_LOOKALIKES)


def _telex_plausible(word: str, marks: set[str], tone: str | None, tone_at: int, raw_is_lower: bool) -> bool:
    """Whether the keys look like Telex rather than an English word."""
    strong = bool(marks & _STRONG) or "w" in marks
    if not marks:
        # Tone key only: accept "toanf", "nhungx" (f/r/x/j after a final consonant), never s,
        # and never on a capitalised word (Manx, Taj).
        return (tone is not None and tone_at == len(word) - 1 and word[-1] in "frxj"
                and word[-2] in CONSONANTS and raw_is_lower)
    if strong:
        return True
    if tone is None:
        return False  # see, too, been, now, town, lawn, soon
    key = word[tone_at]
    if tone_at == len(word) - 1:
        if key == "s":
            return False  # bees, keeps, rows, teens, boots
        if word[-2] in VOWELS:
            return False  # beer, deer, door, poor, beef, roof
    elif key == "s" and word[tone_at + 1] == "t":
        return False  # boost, roost
    return True


def _vni(raw: str, style: str) -> tuple[str, str] | None:
    word = raw.lower()
    letters: list[str] = []
    tone: str | None = None
    for ch in word:
        if ch.isdigit():
            has_vowel = any(c in VOWELS for c in letters)
            if ch in _VNI_TONES and has_vowel:
                if tone is not None:
                    return None
                tone = _VNI_TONES[ch]
            elif ch == "9" and letters[:1] == ["d"]:
                letters[0] = "đ"
            elif ch in "678" and has_vowel and _vni_shape(letters, ch):
                pass
            else:
                return None
        elif ch in LETTERS:
            letters.append(ch)
        else:
            return None
    out = _finish(letters, tone, raw, style)
    if not out:
        return None
    if word.rstrip("0123456789").isalpha():
        # Digits only at the end ("lam2", "viet65"): a code or a footnote may look the same.
        return (out, CONTEXT) if raw.islower() and word not in FORMULAS else None
    return out, SURE


def _vni_shape(letters: list[str], key: str) -> bool:
    """Apply VNI 6 (circumflex), 7 (horn) or 8 (breve) to the nearest vowel it fits."""
    targets = {"6": "aeo", "7": "ou", "8": "a"}[key]
    for i in range(len(letters) - 1, -1, -1):
        ch = letters[i]
        if ch in targets:
            if key == "6":
                letters[i] = _DOUBLE[ch]
            elif key == "8":
                letters[i] = "ă"
            elif ch == "o" and i > 0 and letters[i - 1] == "u":
                letters[i - 1:i + 1] = ["ư", "ơ"]
            else:
                letters[i] = _HORN[ch]
            return True
    return False


def ime_residue(token: str, tone_style: str = "first_vowel") -> str | None:
    """The Vietnamese syllable a Telex/VNI keystroke residue stands for, on the keys alone,
    else None (the *sure* tier, and VNI tones typed last such as "lam2").

    ``tone_style`` places the tone of oa/oe/uy open syllables in the result (hòa/hoà).
    """
    found = ime_decode(token, tone_style)
    if found is None:
        return None
    if found[1] == SURE or (found[1] == CONTEXT and not token.isalpha()):
        return found[0]
    return None


@lru_cache(maxsize=8192)
def ime_decode(token: str, tone_style: str = "first_vowel") -> tuple[str, str] | None:
    """``(syllable, tier)`` for a Telex/VNI keystroke residue, else None.

    ``tier`` is SURE (the keys alone tell) or CONTEXT (English words make the same keys:
    report it only among Vietnamese words); see the module docstring.
    """
    if not token.isascii() or not token.isalnum() or len(token) < 2:
        return None
    if not (token.islower() or (token[0].isupper() and token[1:].islower())):
        return None  # UPPER abbreviations and CamelCase brands
    if token[0].isdigit():
        return None
    if is_well_formed(token):  # a listed syllable is valid as typed
        return None
    raw_parse = parse(token) if token.isalpha() else None
    if raw_parse is not None and raw_parse.valid:
        return None
    if any(ch.isdigit() for ch in token):
        if sum(ch.isalpha() for ch in token) < 2:
            return None  # codes such as a1, A4, E5
        return _vni(token, tone_style)
    return _telex(token, tone_style)
