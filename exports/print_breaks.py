"""Where the lines of a justified paragraph end, chosen over the whole paragraph, as plain arithmetic.

Breaking line by line (take words while they fit) leaves a line loose whenever the next word is
long: its word gaps stretch to two or three times a space. Looking over the whole paragraph
(Knuth & Plass's "total fit") moves a word back or forth a line earlier so that every line's
gaps stay close to a normal space. The print engine measures the words with Qt, asks
:func:`break_lines` for the ends of the lines and imposes them on Qt's layout, which still
does the justifying.

How loose a line is: ``(measure - natural width) / (sum of its spaces)``; at 1.0 each gap is
twice a normal space, the limit the print-out holds to wherever the words allow it. Qt's
justification only stretches gaps, so the two other means are the caller's, as layout formats:
a tight line (a little wider than the measure) narrows its gaps by up to ``SHRINK`` of a space
(word spacing), and a line that would still be loose spreads its letters by up to ``TRACK`` of
a space each (letter spacing, :func:`tracking`). Both cost demerits, so they are used only
where they save a loose line or a much looser one.

English may break inside a word, at the points of :func:`hyphenation_points` (pyphen's
dictionary); a line that ends there gets a hyphen. Vietnamese never does: a syllable is never
cut, so its lines only break between syllables.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

SPACE = "space"  # a word gap: stretches; dropped at a line end
HYPHEN = "hyphen"  # a soft hyphen: nothing inside a line, a hyphen at a line end
BREAK = "break"  # a break after a hard hyphen: nothing added either way
END = ""  # the last chunk of the paragraph

LINE_PENALTY = 10.0  # every line costs this much, so the fewest lines win when all else is equal
HYPHEN_PENALTY = 50.0  # a line ending in a hyphen
DOUBLE_HYPHEN = 3000.0  # two hyphenated line ends in a row
LOOSE_PENALTY = 1e6  # a line whose gaps are over twice a space: only when nothing else fits
LOOSE_TRIES = 3  # loose lines tried for one line end, the least loose first
LOOSE_AT = 0.95  # counted loose from here, a little short of 1.0: our widths and Qt's differ by a hair
FIT_TOLERANCE = 1e-3  # share of the measure kept free, for rounding between our widths and Qt's
SHRINK = 0.33  # a word gap may give up this share of a space on a tight line (TeX allows a third)
TRACK = 0.12  # a loose line may space its letters out by up to this share of a space (about 3% of an em)
TRACK_PENALTY = 5000.0  # demerits of a line that uses all of it
TRACK_TARGET = 0.9  # tracking only takes the stretch beyond this looseness

SOFT_HYPHEN = "\u00ad"
_WORD = re.compile(r"[A-Za-z]+")
MIN_WORD = 6  # shorter words are never hyphenated
MIN_LEFT, MIN_RIGHT = 2, 3  # letters kept before and after a hyphen


@dataclass(frozen=True)
class Chunk:
    """A word, or a piece of one between hyphenation points, and what follows it."""

    width: float  # natural width of its text
    join: str = SPACE  # SPACE, HYPHEN, BREAK or END
    join_width: float = 0.0  # the space's width (SPACE) or the hyphen's (HYPHEN)
    letters: int = 0  # characters that letter spacing would widen


def tracking(extra: float, gaps: float, count: int, letters: int, most: float) -> float:
    """Letter spacing (per character) a loose line takes so its gaps come back near ``TRACK_TARGET``.

    ``extra`` is the line's room left, ``gaps`` the width of its ``count`` word gaps, ``letters``
    its other characters; at most ``most`` each. Zero when the gaps alone stay within the target.
    Every character, a space too, widens by the spacing, so a gap then measures
    ``space + (extra - spacing × letters) / count``.
    """
    if letters <= 0 or extra <= TRACK_TARGET * gaps:
        return 0.0
    return min(most, (extra - TRACK_TARGET * gaps) / letters, extra / (letters + count))


def natural_width(chunks: Sequence[Chunk], start: int, end: int) -> tuple[float, float]:
    """A line of ``chunks[start:end]``: its natural width (hyphen included) and the width of its gaps."""
    gaps = sum(c.join_width for c in chunks[start:end - 1] if c.join == SPACE)
    last = chunks[end - 1]
    return sum(c.width for c in chunks[start:end]) + gaps + (last.join_width if last.join == HYPHEN else 0.0), gaps


def break_lines(chunks: Sequence[Chunk], width: float, shrink: float = SHRINK, track: float = 0.0) -> list[int] | None:
    """The end (exclusive chunk index) of each line, for the least total demerits; None if a chunk is too wide.

    The last line is ragged (no demerits for its length, never shrunk); every other line's
    demerits grow with the cube of its looseness, as in TeX, plus a heavy charge for a line over
    1.0. A line may be up to ``shrink`` of its gaps wider than the measure: its gaps then narrow
    (the caller narrows them); that costs like stretching, by the cube of the share used. A loose
    line may space its letters by up to ``track`` each (see :func:`tracking`).
    """
    n = len(chunks)
    if n == 0:
        return []
    limit = width * (1.0 - FIT_TOLERANCE)
    widths = [0.0] * (n + 1)  # prefix sums: text, gaps that stay inside a line, letters, gaps counted
    gaps = [0.0] * (n + 1)
    letters = [0] * (n + 1)
    counts = [0] * (n + 1)
    for k, chunk in enumerate(chunks):
        if chunk.width > limit:
            return None
        widths[k + 1] = widths[k] + chunk.width
        gaps[k + 1] = gaps[k] + (chunk.join_width if chunk.join == SPACE else 0.0)
        letters[k + 1] = letters[k] + chunk.letters
        counts[k + 1] = counts[k] + (chunk.join == SPACE)
    # a line chunks[start:end] fits when reach[start] >= the end's need (both grow with the index)
    reach = [widths[k] + (1.0 - shrink) * gaps[k] for k in range(n + 1)]
    reach_final = [widths[k] + gaps[k] for k in range(n + 1)]
    inf = float("inf")
    best = [inf] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for end in range(1, n + 1):
        last = chunks[end - 1]
        final = end == n
        if not final and last.join == END:
            continue
        hyphen = last.join == HYPHEN
        tail = last.join_width if hyphen else 0.0
        charge = HYPHEN_PENALTY * HYPHEN_PENALTY if hyphen else 0.0
        if final:
            first = bisect_left(reach_final, widths[end] + gaps[end - 1] + tail - limit, 0, end - 1)
            for start in range(first, end):
                total = best[start] + LINE_PENALTY * LINE_PENALTY
                if total < best[end]:
                    best[end], back[end] = total, start
            continue
        first = bisect_left(reach, widths[end] + (1.0 - shrink) * gaps[end - 1] + tail - limit, 0, end - 1)
        # from the longest line that fits to shorter ones: tight, then easy, then loose; after
        # LOOSE_TRIES loose ones the rest (looser still) are not tried
        tries = LOOSE_TRIES
        for start in range(first, end):
            stretch = gaps[end - 1] - gaps[start]
            extra = limit - (widths[end] - widths[start] + stretch + tail)
            loose = False
            if extra < 0:  # gaps narrowed
                tight = -extra / (shrink * stretch) if shrink * stretch > 0 else 10.0
                demerits = (LINE_PENALTY + 100.0 * tight ** 3) ** 2 + charge
            else:
                spaced = 0.0
                if track and extra > TRACK_TARGET * stretch:
                    count, spaced_letters = counts[end - 1] - counts[start], letters[end] - letters[start]
                    if spaced_letters > 0:
                        used = min(track, (extra - TRACK_TARGET * stretch) / spaced_letters,
                                   extra / (spaced_letters + count))
                        spaced = used * spaced_letters
                        extra -= spaced  # what the gaps still show beyond a space each
                if stretch > 0:
                    ratio = extra / stretch if extra > 0 else 0.0
                    # past 1.0 the line is loose whatever its ratio: the count of loose lines comes first
                    demerits = (LINE_PENALTY + 100.0 * min(ratio, 1.0) ** 3) ** 2 + charge
                else:
                    ratio = 0.0 if extra <= 0 else inf
                    demerits = (LINE_PENALTY + (0.0 if ratio == 0 else 100.0)) ** 2 + charge
                if spaced:
                    demerits += TRACK_PENALTY * used / track
                if ratio > LOOSE_AT:
                    demerits += LOOSE_PENALTY * (1.0 + min(ratio, 10.0))
                    loose = True
            if hyphen and start and chunks[start - 1].join == HYPHEN:
                demerits += DOUBLE_HYPHEN
            total = best[start] + demerits
            if total < best[end]:
                best[end], back[end] = total, start
            if loose:
                tries -= 1
                if not tries:
                    break
    if best[n] == inf:
        return None
    ends: list[int] = []
    end = n
    while end:
        ends.append(end)
        end = back[end]
    return ends[::-1]


@lru_cache(maxsize=8)
def _dictionary(language: str):  # type: ignore[no-untyped-def]
    try:
        import pyphen
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    tag = language.replace("-", "_")
    if tag.lower() == "en":  # as the exports tag it (article_info.LANGUAGE_TAGS) and the speller reads it
        tag = "en_US"
    found = pyphen.language_fallback(tag) or pyphen.language_fallback(tag.split("_")[0])
    if not found:
        return None
    return pyphen.Pyphen(lang=found, left=MIN_LEFT, right=MIN_RIGHT)


def can_hyphenate(language: str) -> bool:
    """True when words of ``language`` may be cut at a line end: never Vietnamese, else if pyphen knows it."""
    base = language.split("-")[0].lower()
    return base not in ("", "vi") and _dictionary(language) is not None


def hyphenation_points(text: str, language: str) -> list[int]:
    """Indexes in ``text`` where a hyphen may cut a word (before the character at that index).

    Only plain Latin words of at least six letters are cut (not names in all capitals, numbers,
    addresses or words with letters outside A–Z), and never two letters from either end.
    """
    if not can_hyphenate(language):
        return []
    dictionary = _dictionary(language)
    points: list[int] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) < MIN_WORD or word.isupper():
            continue
        start, end = match.span()
        # part of a longer token with digits or other letters ("Whangārei", "mp3s", "x86"): leave it whole
        if (start and not _boundary(text[start - 1])) or (end < len(text) and not _boundary(text[end])):
            continue
        points.extend(start + p for p in _positions(dictionary, word))
    return points


def _boundary(char: str) -> bool:
    return not (char.isalnum() or char in "_\u00ad")


@lru_cache(maxsize=20_000)
def _positions(dictionary, word: str) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    kept: list[int] = []
    for p in dictionary.positions(word):  # never a piece of one letter ("Zea-l-and")
        if MIN_LEFT <= p <= len(word) - MIN_RIGHT and (not kept or p - kept[-1] >= 2):
            kept.append(p)
    return tuple(kept)


def insert_soft_hyphens(text: str, points: Sequence[int]) -> str:
    """``text`` with a soft hyphen before each index of ``points`` (sorted)."""
    if not points:
        return text
    out: list[str] = []
    previous = 0
    for point in points:
        out.append(text[previous:point])
        out.append(SOFT_HYPHEN)
        previous = point
    out.append(text[previous:])
    return "".join(out)
