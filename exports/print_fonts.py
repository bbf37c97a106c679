"""The print font: the first installed family that has every Vietnamese letter (outputs.md §6, P5).

No font file ships with ArticleDesk; the families below are tried in order, then every other
installed family, and the user may name one in the page set-up. Needs a QGuiApplication.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QRawFont

# Newspaper-like serifs first (Times metrics are the most compact), then wide fallbacks.
PREFERRED_FAMILIES = (
    "Noto Serif", "Liberation Serif", "Times New Roman", "Tinos", "DejaVu Serif", "Noto Sans",
    "Liberation Sans", "Arial", "DejaVu Sans",
)
_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # level, grave, acute, hook, tilde, dot


def vietnamese_letters() -> tuple[str, ...]:
    """The 146 letter forms: 12 vowels × 6 tones and đ, in lower and upper case (NFC)."""
    lower = [unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES] + ["đ"]
    return tuple(lower + [c.upper() for c in lower])


VIETNAMESE_LETTERS = vietnamese_letters()
# Letters only Vietnamese uses among the Latin ones (with a tone or a horn), to tell whether a
# text needs a Vietnamese font at all.
_ONLY_VIETNAMESE = frozenset(c for c in VIETNAMESE_LETTERS if not c.isascii()) - set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


class PrintFontError(ValueError):
    """No usable font, as one sentence."""


def covers_vietnamese(family: str) -> bool:
    """Whether ``family`` has a glyph for each of the 146 Vietnamese letters in all four styles.

    All four, because a system may mix font versions: here Liberation Serif regular has them
    but its bold (an older file) does not, and a bold sapo would print boxes.
    """
    return _covers(family)


@lru_cache(maxsize=64)
def _covers(family: str) -> bool:
    if family not in QFontDatabase.families():
        return False
    for bold, italic in ((False, False), (True, False), (False, True), (True, True)):
        font = QFont(family)
        font.setBold(bold)
        font.setItalic(italic)
        raw = QRawFont.fromFont(font)
        # supportsCharacter(str) misreads non-ASCII characters in PySide6: pass the code point.
        if not raw.isValid() or not all(raw.supportsCharacter(ord(c)) for c in VIETNAMESE_LETTERS):
            return False
    return True


def _candidates() -> list[str]:
    installed = QFontDatabase.families()
    ordered = [f for f in PREFERRED_FAMILIES if f in installed]
    return ordered + sorted(f for f in installed if f not in PREFERRED_FAMILIES
                            and not QFontDatabase.isPrivateFamily(f))


def installed_vietnamese_families() -> list[str]:
    """Installed families covering Vietnamese, preferred ones first (for the page set-up)."""
    return [f for f in _candidates() if covers_vietnamese(f)]


def first_vietnamese_family() -> str | None:
    """The first installed family covering Vietnamese, or None."""
    return next((f for f in _candidates() if covers_vietnamese(f)), None)


def needs_vietnamese(text: str) -> bool:
    """Whether ``text`` holds letters only a Vietnamese-capable font has."""
    return any(c in _ONLY_VIETNAMESE for c in unicodedata.normalize("NFC", text))


def pick_family(chosen: str, text: str = "") -> str:
    """The family to print with: ``chosen`` when installed, else the first covering Vietnamese.

    Raises PrintFontError when no installed family covers Vietnamese and ``text`` needs one;
    an English text then falls back to the system's serif.
    """
    if chosen and chosen in QFontDatabase.families():
        return chosen
    family = first_vietnamese_family()
    if family:
        return family
    if needs_vietnamese(text):
        raise PrintFontError("No installed font has every Vietnamese letter: install Noto Serif, DejaVu Serif or "
                             "Liberation Serif (or choose another font in Page Setup), then print again.")
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
