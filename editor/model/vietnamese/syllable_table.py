"""The table of well-formed Vietnamese syllables, shipped with the program so a check skips the parser.

Judging a token with :func:`~.parsing.parse` costs tens of microseconds; a ten-thousand-syllable
article holds a couple of thousand different tokens, so a fresh ``articledesk check`` spent a good
part of its time parsing words that are simply correct. The table lists, lower case and NFC, every
syllable the parser itself calls well formed (:attr:`~.parsing.Syllable.valid`): each onset of
:data:`~.parsing.ONSETS` (and gi, qu, none) before each rhyme of :mod:`.rhymes`, with each of the
six tones on each vowel letter, kept when ``parse`` finds it valid; then, in two sections, those
whose tone mark is a house-style choice (:func:`~.parsing.style_of`: hòa, thủy under
``[first_vowel]``; hoà, thuỷ under ``[main_vowel]``). It is built from the program's own inventory
(no dictionary, no corpus) by :func:`build`; ``resources/vietnamese/syllables.txt`` holds its
result, and tests/model/test_vietnamese_syllable_table.py fails when the file is no longer what
:func:`build` gives, or when a listed syllable is not problem-free, or of another style, in any
case form.

Write the file again after changing the parser or the rhymes::

    .venv/bin/python tools/build_syllable_table.py
"""

from __future__ import annotations

from ...resources import resource_path
from .letters import TONES, VOWELS, with_tone
from .parsing import ONSETS, parse, style_of
from .rhymes import CONSONANT_CODAS, GLIDE_RHYMES, PLAIN_RHYMES, QU_RHYMES

TABLE_PARTS = ("vietnamese", "syllables.txt")
STYLE_HEADERS = ("[first_vowel]", "[main_vowel]")


def build() -> list[str]:
    """Every well-formed syllable the parser's inventory spells, lower case, sorted."""
    rests = set(PLAIN_RHYMES) | GLIDE_RHYMES | QU_RHYMES | CONSONANT_CODAS
    rests |= {r[1:] for r in PLAIN_RHYMES if r.startswith("i")}  # after gi: giêng, giữa
    found: set[str] = set()
    for onset in (*ONSETS, "gi", "qu", ""):
        for rest in rests:
            word = onset + rest
            for i, ch in enumerate(word):
                if ch not in VOWELS:
                    continue
                for tone in TONES:
                    text = word[:i] + with_tone(ch, tone) + word[i + 1:]
                    syl = parse(text)
                    if syl is not None and syl.valid:
                        found.add(text)
    return sorted(found)


def table_text(words: list[str]) -> str:
    """The file's text for ``words``: one syllable a line, then the style sections."""
    lines = list(words)
    for style, header in zip(("first_vowel", "main_vowel"), STYLE_HEADERS, strict=True):
        lines.append(header)
        lines.extend(w for w in words if style_of(parse(w)) == style)  # type: ignore[arg-type]
    return "".join(line + "\n" for line in lines)


_Tables = tuple[frozenset[str], frozenset[str], frozenset[str]]
_tables: _Tables | None = None  # read once, on first use


def _load() -> _Tables:
    """(all, first_vowel, main_vowel) of the shipped table (read on first use)."""
    global _tables
    if _tables is None:
        _tables = _read()
    return _tables


def _read() -> _Tables:
    """The table file's three sets; empty when the file is missing or damaged (the parser answers then)."""
    try:
        text = resource_path(*TABLE_PARTS).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return frozenset(), frozenset(), frozenset()
    words, sep1, rest = text.partition(f"\n{STYLE_HEADERS[0]}\n")
    first, sep2, main = rest.partition(f"\n{STYLE_HEADERS[1]}\n")
    if not (sep1 and sep2):
        return frozenset(), frozenset(), frozenset()
    return frozenset(words.split()), frozenset(first.split()), frozenset(main.split())


def well_formed_syllables() -> frozenset[str]:
    """The shipped table of well-formed syllables (lower case, NFC)."""
    return _load()[0]


def is_well_formed(text: str) -> bool:
    """True when ``text`` (NFC) is a listed syllable written lower case, Capitalised or in CAPITALS.

    False says nothing: the caller asks the parser. Mixed case and look-alike characters
    (the Kelvin sign, whose lower case is k) never match a case form here.
    """
    low = text.lower()
    if low not in (_tables or _load())[0]:
        return False
    return text == low or text == low.capitalize() or text == low.upper()


def listed_tone_style(text: str) -> str | None:
    """:func:`~.parsing.style_of` of a listed syllable (see :func:`is_well_formed`): "first_vowel"
    for hòa, "main_vowel" for hoà, None for the others."""
    _, first, main = _tables or _load()
    low = text.lower()
    if low in first:
        return "first_vowel"
    if low in main:
        return "main_vowel"
    return None
