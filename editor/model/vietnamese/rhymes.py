"""The rhyme inventory and where a syllable's tone mark goes (house-style.md §B3.1, §B3.3).

A *rhyme* here is the written part of a syllable after its onset, without the tone: the
optional glide (``o`` of *hoa*, ``u`` of *thuy*), the nucleus and the coda (consonant or
the semivowel endings i/y/o/u). Rhymes are toneless and lower case.
"""

from __future__ import annotations

from .letters import SHAPED_VOWELS

# Rhymes without a glide, valid after any onset (and after none).
_OPEN = "a ai ao au ay âu ây e eo ê êu i ia iu iêu o oi ô ôi ơ ơi u ua ui uôi ư ưa ưi ưu ươi ươu y yêu"
_CLOSED = (
    "am an ang anh ap at ac ach "
    "ăm ăn ăng ăp ăt ăc "
    "âm ân âng âp ât âc "
    "em en eng ep et ec "
    "êm ên êng ênh êp êt êch "
    "im in inh ip it ich "
    "om on ong op ot oc oong ooc "
    "ôm ôn ông ôp ôt ôc "
    "ơm ơn ơp ơt "
    "um un ung up ut uc "
    "ưm ưn ưng ưt ưc "
    "iêm iên iêng iêp iêt iêc "
    "yêm yên yêng yêt "
    "uôm uôn uông uôt uôc "
    "ươm ươn ương ươp ươt ươc"
)
PLAIN_RHYMES = frozenset(_OPEN.split()) | frozenset(_CLOSED.split())

# Rhymes that start with the glide o/u (hoa, hoe, thuy, huế, thuở, khuya, tuyết...).
GLIDE_RHYMES = frozenset(
    (
        "oa oai oay oao oe oeo oac oach oam oan oang oanh oap oat oăc oăm oăn oăng oăt oen oet "
        "uy uya uyu uyn uynh uyp uyt uych uyên uyêt uê uêch uênh uơ uân uâng uât uây"
    ).split()
)

# After qu- the glide is the u of the onset: quá, quyết, quỳnh, quýt, quốc, quều, quên...
QU_RHYMES = (
    frozenset(r[1:] for r in GLIDE_RHYMES)
    | frozenset("i it in inh ich ôc au êu ên êt ơn ăp".split())
)

# Open uơ is written only in huơ, khuơ, thuở (and quơ, whose u belongs to the onset).
UO_OPEN_ONSETS = frozenset(("h", "kh", "th"))

# Rhymes ending in a stop take only sắc or nặng.
CHECKED_CODAS = frozenset(("p", "t", "c", "ch"))
CONSONANT_CODAS = frozenset(("", "c", "ch", "m", "n", "ng", "nh", "p", "t"))

# The open clusters whose tone position depends on the house style.
STYLE_CLUSTERS = frozenset(("oa", "oe", "uy"))


def rhyme_valid(onset: str, vowels: str, coda: str) -> bool:
    """Whether ``vowels + coda`` is a rhyme that may follow ``onset``.

    For the onset ``gi`` whose i doubles as the vowel (gì, gìn), ``vowels`` is empty.
    """
    rhyme = vowels + coda
    if onset == "qu":
        return rhyme in QU_RHYMES
    if onset == "gi":
        if not vowels:
            return ("i" + coda) in PLAIN_RHYMES
        if vowels[0] in "iy":
            return False
        if rhyme in GLIDE_RHYMES:  # gioăng, Gioan (loans); never the open oa/oe/uy/uơ
            return rhyme not in STYLE_CLUSTERS and rhyme != "uơ"
        return rhyme in PLAIN_RHYMES or ("i" + rhyme) in PLAIN_RHYMES
    if rhyme in GLIDE_RHYMES:
        if rhyme == "uơ":
            return onset in UO_OPEN_ONSETS
        return True
    if rhyme not in PLAIN_RHYMES:
        return False
    # iê/ia after an onset, yê without one (tiên, yên; mía, ... ). "y" alone is fine either way.
    if rhyme.startswith("yê"):
        return onset == ""
    if rhyme.startswith("iê"):
        return onset != ""
    return True


def split_rhyme(onset: str, vowels: str, coda: str) -> tuple[str, str, str]:
    """(glide, nucleus, coda) of a written rhyme; semivowel endings count as the coda."""
    glide = ""
    if onset != "qu" and len(vowels) >= 2:
        if vowels[0] == "o" and vowels[1] in "aăe":
            glide = "o"
        elif vowels[0] == "u" and vowels[1] in "âêyơ":
            glide = "u"
    rest = vowels[len(glide):]
    if not coda and len(rest) >= 2 and rest[-1] in "iyou" and rest not in ("ia", "ya", "ua", "ưa", "oo"):
        return glide, rest[:-1], rest[-1]
    return glide, rest, coda


def tone_index(vowels: str, coda: str, style: str = "first_vowel") -> int:
    """Index in ``vowels`` of the letter that carries the tone (§B3.1).

    ``coda`` is the consonant coda only. For oa/oe/uy open syllables ``style`` decides:
    "first_vowel" (hòa, thủy) or "main_vowel" (hoà, thuỷ).
    """
    shaped = [i for i, ch in enumerate(vowels) if ch in SHAPED_VOWELS]
    if shaped:
        return shaped[-1]
    if coda or len(vowels) == 1:
        return len(vowels) - 1
    if len(vowels) >= 3:
        return 1
    if vowels in STYLE_CLUSTERS:
        return 1 if style == "main_vowel" else 0
    return 0


def allowed_tone_indexes(vowels: str, coda: str) -> frozenset[int]:
    """Every index in ``vowels`` where one of the two styles may put the tone."""
    return frozenset((tone_index(vowels, coda, "first_vowel"), tone_index(vowels, coda, "main_vowel")))


def style_dependent(onset: str, vowels: str, coda: str) -> bool:
    """True for the open oa/oe/uy syllables (hòa/hoà), not after qu-/gi- and not closed."""
    return not coda and vowels in STYLE_CLUSTERS and onset not in ("qu", "gi")
