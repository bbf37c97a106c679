"""Orthography problems of one token (house-style.md §3.1 VN-U03/U06 and §3.3 VN-O01..O05)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .letters import CONFUSABLES, D_STROKE_LOOKALIKES, recase, script_of
from .parsing import Syllable, parse, render, style_of
from .rhymes import rhyme_valid
from .syllable_table import is_well_formed

CODES = ("checked_tone", "tone_misplaced", "multi_tone", "onset_spelling", "bad_rhyme", "d_stroke", "mixed_script")
RULE_IDS = {
    "checked_tone": "VN-O01", "tone_misplaced": "VN-O02", "multi_tone": "VN-O03", "onset_spelling": "VN-O04",
    "bad_rhyme": "VN-O05", "d_stroke": "VN-U03", "mixed_script": "VN-U06",
}
# Every message_key a Problem may carry (the checker maps them to messages).
MESSAGE_KEYS = ("checked_tone", "tone_misplaced", "multi_tone", "onset_c_k", "onset_g_gh", "onset_ng_ngh", "onset_q",
                "onset_qu", "bad_rhyme", "incomplete_uo", "d_stroke", "mixed_script")

# Unaccented lower-case words that are common English or loanwords in Vietnamese copy
# ("hot", "top 10", "nhóm chat", "chip", "bản hit") and would otherwise read as a stop rhyme
# missing its tone. Words that are also a likely toneless typo of a frequent Vietnamese word
# (cat/cát, hat/hát, net/nét, lit/lít, dip/dịp, sac/sạc, lot/lót, nut/nút) are left out on purpose.
ENGLISH_LOOKALIKES = frozenset(
    (
        "at it up but not that get let set sit hit bit kit got put cut "
        "hot top pop hop hip tip rap chip chat mic vip bot map rich "
        "boat coat goat oat soap coach poet trip trap quit op sec rep pep gap gut rip sip chop"
    ).split()
)

_COMBINING_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
_COMPOUND_SEP = re.compile(r"[-\u2010\u2011'\u2019]")
_ONSET_FIX = {"c": "k", "k": "c", "g": "gh", "gh": "g", "ng": "ngh", "ngh": "ng", "q": "qu"}


@dataclass(frozen=True)
class Problem:
    """One orthography problem of a token, with its candidate replacements for the whole token."""

    code: str
    message_key: str
    replacements: tuple[str, ...] = ()
    safe: bool = False

    @property
    def rule(self) -> str:
        """The house-style rule id (VN-O01...)."""
        return RULE_IDS[self.code]


def check_syllable(token: str, tone_style: str = "first_vowel") -> list[Problem]:
    """The orthography problems of one token (empty when fine or not Vietnamese).

    ``tone_style`` ("first_vowel"/"main_vowel") decides where replacements put the tone of
    oa/oe/uy open syllables; the style itself is never a problem here (see ``tone_style_of``).
    Hyphenated or apostrophised tokens (pa-nô, K'Ho) are loanword or name spellings: only
    their characters and tone marks are checked, part by part.
    """
    return list(_check(unicodedata.normalize("NFC", token), tone_style))


@lru_cache(maxsize=32768)
def _check(text: str, style: str) -> tuple[Problem, ...]:
    if not text:
        return ()
    if is_well_formed(text):  # the shipped table of well-formed syllables: nothing to report
        return ()
    return _judge(text, style)


def _judge(text: str, style: str) -> tuple[Problem, ...]:
    """What :func:`_check` finds, without the table (the parser's own verdict)."""
    mixed = _mixed_script(text)
    if mixed is not None:
        return (mixed,)
    if any(ch in D_STROKE_LOOKALIKES for ch in text):
        return _d_stroke(text)
    if _COMPOUND_SEP.search(text):
        return _check_compound(text, style)
    syl = parse(text)
    if syl is None:
        return _stacked_tones(text)
    return tuple(syllable_problems(syl, style))


def _stacked_tones(text: str) -> tuple[Problem, ...]:
    """A second tone left as a combining mark on a toned letter (việ + U+0301)."""
    bare = "".join(ch for ch in text if ch not in _COMBINING_TONES)
    if bare == text or parse(bare) is None:
        return ()
    return (Problem("multi_tone", "multi_tone"),)


def _mixed_script(text: str) -> Problem | None:
    scripts = [script_of(ch) for ch in text if ch.isalpha()]
    foreign = sum(1 for s in scripts if s in ("cyrillic", "greek"))
    if not foreign or "latin" not in scripts:
        return None
    if foreign > sum(1 for s in scripts if s == "latin"):
        return None  # a Cyrillic or Greek word with a Latin intruder: not ours to fix
    if any(script_of(ch) in ("cyrillic", "greek") and ch not in CONFUSABLES for ch in text):
        return None  # a real Greek or Cyrillic symbol (μm, TNF-α), not a look-alike
    fixed = unicodedata.normalize("NFC", "".join(CONFUSABLES.get(ch, ch) for ch in text))
    return Problem("mixed_script", "mixed_script", (fixed,), True)


def _d_stroke(text: str) -> tuple[Problem, ...]:
    fixed = "".join(D_STROKE_LOOKALIKES.get(ch, ch) for ch in text)
    parts = _COMPOUND_SEP.split(fixed)
    for part in parts:
        if parse(part) is None or _check(part, "first_vowel"):
            return ()  # Icelandic, Faroese, African names: leave ð alone
    return (Problem("d_stroke", "d_stroke", (fixed,), True),)


def _check_compound(text: str, style: str) -> tuple[Problem, ...]:
    """Tone-mark problems of each part of a hyphenated or apostrophised token."""
    out: list[Problem] = []
    pos = 0
    for part in _COMPOUND_SEP.split(text):
        start, pos = pos, pos + len(part) + 1
        syl = parse(part)
        if syl is None:
            continue
        for p in syllable_problems(syl, style):
            if p.code in ("multi_tone", "tone_misplaced"):
                reps = tuple(text[:start] + r + text[start + len(part):] for r in p.replacements)
                out.append(Problem(p.code, p.message_key, reps, p.safe))
    return tuple(out)


def syllable_problems(syl: Syllable, style: str = "first_vowel") -> list[Problem]:
    """Problems of a parsed syllable, with the policy for names, loanwords and abbreviations."""
    if not syl.marked and (syl.capitalised or syl.base in ENGLISH_LOOKALIKES):
        return []  # names (Kon, Pat), abbreviations (CA, TAT), English words (hot, chat)
    if len(syl.tone_positions) > 1:
        return [Problem("multi_tone", "multi_tone")]
    if not syl.rhyme_ok:
        if syl.final == "k" and syl.capitalised:
            return []  # Đắk Lắk, Krông Pắk: place names keep their k
        return [_bad_rhyme(syl, style)]
    out: list[Problem] = []
    if not syl.onset_ok:
        problem = _onset_problem(syl)
        if problem is not None:
            out.append(problem)
    if not syl.placement_ok:
        fixed = render(syl.onset, syl.vowels, syl.final, syl.tone, style, syl.text)
        out.append(Problem("tone_misplaced", "tone_misplaced", (fixed,), True))
    if not syl.checked_tone_ok:
        reps = tuple(render(syl.onset, syl.vowels, syl.final, t, style, syl.text) for t in ("sac", "nang"))
        out.append(Problem("checked_tone", "checked_tone", reps, False))
    return out


def _onset_problem(syl: Syllable) -> Problem | None:
    onset = syl.onset
    if syl.capitalised and onset in ("c", "k", "q"):
        return None  # Bắc Kạn, Mê Kông, foreign names
    if not syl.marked and onset not in ("gh", "ng", "ngh"):
        return None  # get, gen, kan: English or loanwords
    vowels = syl.vowels
    if onset in ("c", "k") and syl.glide == "u":
        new_onset, vowels = "qu", vowels[1:]
        key = "onset_qu"
    else:
        new_onset = _ONSET_FIX[onset]
        key = {"c": "onset_c_k", "k": "onset_c_k", "g": "onset_g_gh", "gh": "onset_g_gh", "q": "onset_q"}.get(
            onset, "onset_ng_ngh")
    if not rhyme_valid(new_onset, vowels, syl.final):
        return None
    text = syl.text
    cut = len(onset)
    if new_onset == "qu" and onset != "q":
        if syl.tone_positions and syl.tone_positions[0] == cut:
            return None  # the tone sits on the u that becomes part of qu: leave it to the writer
        cut += 1
    prefix = new_onset.upper() if syl.all_caps else recase(text[:cut], new_onset)
    fixed = prefix + text[cut:]
    return Problem("onset_spelling", key, (fixed,), True)


_UO_REPAIRS = (("uơ", "ươ"), ("ưo", "ươ"))
_OTHER_REPAIRS = (("uo", "ươ"), ("uo", "uô"), ("ie", "iê"), ("ye", "yê"), ("yê", "iê"), ("iê", "yê"), ("ưo", "uô"))


def _bad_rhyme(syl: Syllable, style: str) -> Problem:
    """A rhyme outside the inventory, with the repairs that give a valid syllable."""
    written = style_of(syl) or style
    uo = _repairs(syl, _UO_REPAIRS, written)
    if uo:
        return Problem("bad_rhyme", "incomplete_uo", tuple(uo), len(uo) == 1)
    other = _repairs(syl, _OTHER_REPAIRS, written)
    return Problem("bad_rhyme", "bad_rhyme", tuple(other), False)


def _repairs(syl: Syllable, table: tuple[tuple[str, str], ...], style: str) -> list[str]:
    out: list[str] = []
    for old, new in table:
        if old not in syl.vowels:
            continue
        vowels = syl.vowels.replace(old, new, 1)
        if not rhyme_valid(syl.onset, vowels, syl.final):
            continue
        fixed = render(syl.onset, vowels, syl.final, syl.tone, style, syl.text)
        candidate = parse(fixed)
        if candidate is not None and candidate.valid and fixed not in out:
            out.append(fixed)
    return out
