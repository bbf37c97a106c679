"""Legacy Vietnamese charsets pasted as Latin-1: VNI-Windows, TCVN3 (ABC) and VIQR (VN-U02).

Text typed with a legacy font arrives as mojibake when its bytes are read as Latin-1 or
Windows-1252: "Vieät Nam" (VNI), "ViÖt Nam" (TCVN3); VIQR is plain ASCII ("Vie^.t Nam").
:func:`detect_legacy` names the charset of a paragraph only when converting it turns
broken words into valid Vietnamese syllables and breaks none; :func:`convert_legacy`
converts a whole paragraph to Unicode NFC.
"""

from __future__ import annotations

import re
import unicodedata

from .letters import with_tone
from .parsing import parse
from .tokens import tokens

ENCODINGS = ("vni", "tcvn3", "viqr")

# --- TCVN3 (ABC): one byte per letter; only lower-case toned letters exist (capitals use another font).
_TCVN3_ROWS = {
    # toneless, then huyền, hỏi, ngã, sắc, nặng (the byte order of the charset)
    "a": "µ¶·¸¹", "ă": "»¼½¾Æ", "â": "ÇÈÉÊË", "e": "ÌÎÏÐÑ", "ê": "ÒÓÔÕÖ", "i": "×ØÜÝÞ", "o": "ßáâãä",
    "ô": "åæçèé", "ơ": "êëìíî", "u": "ïñòóô", "ư": "õö÷øù", "y": "úûüýþ",
}
_TCVN3_TONES = ("huyen", "hoi", "nga", "sac", "nang")
TCVN3 = {code: with_tone(base, tone) for base, row in _TCVN3_ROWS.items() for code, tone in zip(row, _TCVN3_TONES,
                                                                                                 strict=True)}
TCVN3.update({"¨": "ă", "©": "â", "ª": "ê", "«": "ô", "¬": "ơ", "\u00ad": "ư", "®": "đ",
              "¡": "Ă", "¢": "Â", "£": "Ê", "¤": "Ô", "¥": "Ơ", "¦": "Ư", "§": "Đ"})

# --- VNI-Windows: a base letter followed by a mark byte; a few letters are single bytes.
_VNI_TONE = {"ù": "sac", "ø": "huyen", "û": "hoi", "õ": "nga", "ï": "nang"}
_VNI_CIRCUMFLEX = {"â": "ngang", "á": "sac", "à": "huyen", "å": "hoi", "ã": "nga", "ä": "nang"}
_VNI_BREVE = {"ê": "ngang", "é": "sac", "è": "huyen", "ú": "hoi", "ü": "nga", "ë": "nang"}
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
_CIRCUMFLEX = {"a": "â", "e": "ê", "o": "ô"}

# --- VIQR: ASCII marks after the vowel: shape ( ^ + then tone ' ` ? ~ . ; dd for đ.
_VIQR_SHAPE = {("a", "("): "ă", ("a", "^"): "â", ("e", "^"): "ê", ("o", "^"): "ô", ("o", "+"): "ơ", ("u", "+"): "ư"}
_VIQR_TONE = {"'": "sac", "\u00b4": "sac", "`": "huyen", "?": "hoi", "~": "nga", ".": "nang"}

# Letters only Unicode Vietnamese has (outside Latin-1): their presence means no legacy residue.
_UNICODE_VI = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]")
_HIGH = {
    "tcvn3": re.compile(r"[¸µ¶·¹»¼½¾¨©ª«¬®¡¢£¤¥¦§]\w|\w[¸µ¶·¹»¼½¾¨©ª«¬®]|[a-z][ÆÇÈÉÊËÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞ]"),
    "vni": re.compile(r"[aeoAEO][áàåãäÁÀÅÃÄ]|[öÖ][ôÔ]|[ôöÔÖ][ùøûõïÙØÛÕÏ]|[aA][êéèúüÊÉÈÚÜ]|[ñÑ][aeiouyAEIOUY]"),
    "viqr": re.compile(r"[aeoAEO]\^|[aA]\(|[ouOU]\+|(?<![A-Za-z])(?:dd|DD|Dd)[aeiouyAEIOUY]|[aeiouy][`~][a-z]"),
}
_VIQR_HINT = re.compile(
    r"[aeiouyAEIOUY][\^(+]|[aeiouyAEIOUY][`~?.'][A-Za-z]|[aeiouy][`~]|(?<![A-Za-z])(?:dd|DD)[aeiouyAEIOUY]")


def _case(ch: str, upper: bool) -> str:
    return ch.upper() if upper else ch


def _tcvn3(text: str) -> str:
    return "".join(TCVN3.get(ch, ch) for ch in text)


def _vni(text: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        low = ch.lower()
        upper = ch != low
        mark = text[i + 1].lower() if i + 1 < len(text) else ""
        base = _VNI_SINGLE.get(low) if low in "ôö" else low
        if base in ("a", "e", "o", "u", "y", "ơ", "ư"):
            result = None
            if mark in _VNI_TONE:
                result = with_tone(base, _VNI_TONE[mark])
            elif mark in _VNI_CIRCUMFLEX and base in _CIRCUMFLEX:
                result = with_tone(_CIRCUMFLEX[base], _VNI_CIRCUMFLEX[mark])
            elif mark in _VNI_BREVE and base == "a":
                result = with_tone("ă", _VNI_BREVE[mark])
            if result is not None:
                out.append(_case(result, upper))
                i += 2
                continue
            out.append(_case(base, upper))
        elif low in _VNI_SINGLE:
            out.append(_case(_VNI_SINGLE[low], upper))
        else:
            out.append(ch)
        i += 1
    return "".join(out)


def _viqr_tone_applies(text: str, j: int) -> bool:
    """Whether the mark at ``text[j]`` is a tone (not sentence punctuation)."""
    mark = text[j]
    nxt = text[j + 1] if j + 1 < len(text) else ""
    if nxt and (nxt.isalpha() or nxt in _VIQR_TONE or nxt in ",;:!)\"”"):
        return True
    if mark not in ".?":
        return True
    # ". " and "? " end sentences unless the next word starts in lower case: "ca? nha`".
    rest = text[j + 1:].lstrip(" ")
    return rest != text[j + 1:] and rest[:1].islower()


def _viqr(text: str) -> str:
    out: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        low = ch.lower()
        if ch == "\\" and i + 1 < n:
            out.append(text[i + 1])
            i += 2
            continue
        if low == "d" and text[i + 1:i + 2].lower() == "d" and (i == 0 or not text[i - 1].isalpha()):
            out.append("Đ" if ch.isupper() else "đ")
            i += 2
            continue
        if low in "aeiouy":
            base, j = low, i + 1
            shaped = _VIQR_SHAPE.get((low, text[j:j + 1]))
            if shaped:
                base, j = shaped, j + 1
            tone = "ngang"
            if j < n and text[j] in _VIQR_TONE and _viqr_tone_applies(text, j):
                tone, j = _VIQR_TONE[text[j]], j + 1
            out.append(_case(with_tone(base, tone), ch.isupper()))
            i = j
            continue
        out.append(ch)
        i += 1
    return "".join(out)


_CONVERTERS = {"vni": _vni, "tcvn3": _tcvn3, "viqr": _viqr}


def convert_legacy(text: str, encoding: str) -> str:
    """``text`` (a whole paragraph) converted from ``encoding`` ("vni", "tcvn3", "viqr") to NFC."""
    try:
        convert = _CONVERTERS[encoding]
    except KeyError:
        raise ValueError(f"Unknown legacy encoding {encoding!r}: use one of {', '.join(ENCODINGS)}.") from None
    return unicodedata.normalize("NFC", convert(text))


_EDGE_PUNCT = ".,;:!?\"'()[]“”‘’…-–—"


def _chunk_ok(chunk: str, need_marked: bool) -> bool:
    """Whether a whitespace-separated chunk is one valid syllable, bar edge punctuation."""
    core = chunk.strip(_EDGE_PUNCT)
    words = [w for _, _, w in tokens(core)]
    if len(words) != 1 or words[0] != core:
        return False
    syl = parse(core)
    return syl is not None and syl.valid and (syl.marked or not need_marked)


def _score(original: str, converted: str, high: re.Pattern[str]) -> tuple[int, int, int, int]:
    """(gain, loss, changed, high-confidence) over whitespace-separated chunks.

    A chunk gains when it was no valid syllable and becomes an accented one, loses in the
    other direction; chunks valid both ways (ho -> hò) do not count as changed.
    """
    gain = loss = changed = sure = 0
    for before, after in zip(original.split(), converted.split(), strict=False):
        if before == after:
            continue
        ok_before, ok_after = _chunk_ok(before, False), _chunk_ok(after, True)
        if ok_before and ok_after:
            continue
        changed += 1
        if ok_after:
            gain += 1
            sure += bool(high.search(before))
        elif ok_before:
            loss += 1
    return gain, loss, changed, sure


def detect_legacy(text: str) -> str | None:
    """"vni", "tcvn3" or "viqr" when ``text`` (one paragraph) shows legacy-charset residue."""
    if not text or _UNICODE_VI.search(text):
        return None
    if text.isascii():
        candidates: tuple[str, ...] = ("viqr",) if _VIQR_HINT.search(text) else ()
    elif any("\u00a0" < ch <= "\u00ff" for ch in text):
        candidates = ("vni", "tcvn3")
    else:
        candidates = ()
    best: tuple[int, str] | None = None
    for encoding in candidates:
        converted = _CONVERTERS[encoding](text)
        if converted == text:
            continue
        gain, loss, changed, sure = _score(text, unicodedata.normalize("NFC", converted), _HIGH[encoding])
        if sure and gain >= min(2, changed) and 2 * gain >= changed and gain >= 4 * loss:
            if best is None or gain > best[0]:
                best = (gain, encoding)
    return best[1] if best else None
