"""File names made from a headline, safe on Windows, macOS and Linux: the one helper behind the name
File › Save As suggests and the names of files attached to a message.

Vietnamese letters are kept (in NFC); characters a file system refuses (``/ \\ : * ? " < > |``),
controls and line breaks become spaces; lone surrogates, non-characters and invisible format
characters (bidi overrides that could disguise an extension, BOM, zero-width space; the joiners of
emoji sequences stay) are dropped; leading and trailing dots and spaces go (Windows drops the
trailing ones, a leading dot hides the file); a long headline is cut at a word after 80
characters and always within 255 bytes of UTF-8 in NFC and in NFD (macOS), extension included;
a name Windows reserves (CON, PRN, AUX, NUL, COM1…9, LPT1…9, CONIN$, CONOUT$, also before a
dot) gets an underscore. Nothing is left: the caller's ``fallback`` ("Untitled").
"""

from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 80  # the name before the extension, cut at a word
MAX_BYTES = 255  # every common file system's limit for one name (ext4, APFS, NTFS in UTF-16 units)

_REFUSED = re.compile(r'[<>:"/\\|?*]')
_RESERVED = re.compile(r"(?i)(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])(?=\s*(?:\.|\Z))")
_KEPT_FORMAT = {"\u200c", "\u200d"}  # the joiners inside emoji and some scripts' words
_TRAILING = " .,;:–-"


def _is_noncharacter(char: str) -> bool:
    code = ord(char)
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def _clean(text: str) -> str:
    out = []
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs" or _is_noncharacter(char) or (category == "Cf" and char not in _KEPT_FORMAT):
            continue
        out.append(" " if category in ("Cc", "Zl", "Zp") or _REFUSED.match(char) else char)
    return unicodedata.normalize("NFC", " ".join("".join(out).split()))


def _fits(name: str, extension: str) -> bool:
    whole = name + extension
    return max(len(whole.encode("utf-8")), len(unicodedata.normalize("NFD", whole).encode("utf-8"))) <= MAX_BYTES


def _cut(name: str, limit: int) -> str:
    """``name`` cut to at most ``limit`` characters, at a space when there is one."""
    if len(name) <= limit:
        return name
    head = name[: limit + 1]
    return head.rsplit(" ", 1)[0] if " " in head else name[:limit]


def file_name_from(headline: str, extension: str, fallback: str) -> str:
    """A file name made from ``headline`` ending in ``extension`` (".pdf"; a bare "pdf" gets its dot);
    ``fallback`` when nothing of the headline can be used (see the module docstring)."""
    extension = extension if not extension or extension.startswith(".") else "." + extension
    name = _cut(_clean(headline).strip(". "), MAX_CHARS).rstrip(_TRAILING)
    while name and not _fits(name, extension):
        name = _cut(name, len(name) - 1).rstrip(_TRAILING)
    name = name.strip(". ") or fallback
    reserved = _RESERVED.match(name)
    if reserved:
        name = name[: reserved.end()] + "_" + name[reserved.end():]
    return name + extension
