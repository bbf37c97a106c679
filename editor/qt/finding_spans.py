"""Where a finding sits in a widget: code points of NFC model text <-> UTF-16 positions of the widget.

Findings count code points of the field's NFC text; widgets hold what was typed (maybe NFD from
Unikey, with Qt's line-separator and object characters) and count UTF-16 units. The conversion
goes through :mod:`editor.qt.qt_text` (``NfcMap``, ``cp_to_utf16``), the one place that knows both.
No widgets here: spans are plain data the highlighters, overlays and menus share.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from editor.model.house_style import Finding
from editor.qt.qt_text import NfcMap, caption_span, cp_to_utf16, is_narrow, model_piece, utf16_to_cp

SEVERITY_RANK = {"error": 0, "warning": 1, "suggestion": 2}


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 units (what Qt counts)."""
    return len(text) if is_narrow(text) else cp_to_utf16(text, len(text))


class TextMap:
    """The model text of ``raw[start:end]`` (code points of ``raw``) and the way back.

    Qt's line separator becomes ``\\n`` and object characters (inline pictures) are left out,
    as :func:`editor.qt.qtdoc.read_block` does; the rest is NFC-normalised.
    """

    def __init__(self, raw: str, start: int = 0, end: int | None = None) -> None:
        self.raw = raw
        self.start = start
        piece = raw[start:end]
        self._length = len(piece)
        self.end = start + len(piece)  # where the piece ends in ``raw`` (code points)
        model_text, self._kept = model_piece(piece)
        self._nfc = NfcMap(model_text)
        self.text = self._nfc.text
        self.narrow = is_narrow(raw)
        self.length16 = len(raw) if self.narrow else cp_to_utf16(raw, len(raw))  # the whole raw text

    def to_widget(self, cp: int, end: bool = False) -> int:
        """Widget position (UTF-16, from the start of ``raw``) of model offset ``cp``."""
        i = self._nfc.to_raw(cp, end)
        if self._kept is not None:
            if end:
                i = self._kept[i - 1] + 1 if i > 0 else 0
            else:
                i = self._kept[i] if i < len(self._kept) else self._length
        i += self.start
        return i if self.narrow else cp_to_utf16(self.raw, i)

    def to_model(self, pos: int) -> int:
        """Model offset of widget position ``pos`` (inside a recomposed letter: its start)."""
        i = pos if self.narrow else utf16_to_cp(self.raw, pos)
        i = min(max(i - self.start, 0), self._length)
        if self._kept is not None:
            i = sum(1 for k in self._kept if k < i)
        return self._nfc.to_nfc(i)


def block_text_map(raw: str, kind: str) -> TextMap:
    """The model text of a body block's Qt text ``raw``: the block's text, or an image block's caption."""
    if kind != "image":
        return TextMap(raw)
    return TextMap(raw, *caption_span(raw))


@dataclass(frozen=True)
class Span:
    """A finding shown in a widget at ``[start, end)`` (UTF-16 positions)."""

    start: int
    end: int
    finding: Finding
    key: int | None = None  # the body block's key, for body findings


def spans_for(findings: Iterable[Finding], tmap: TextMap, base: int = 0, key: int | None = None) -> list[Span]:
    """Spans of ``findings`` whose offsets count from ``base`` in ``tmap.text``; stale ones are left out."""
    out = []
    text = tmap.text
    for f in findings:
        a, b = base + f.start, base + f.end
        if b > len(text) or text[a:b] != f.text:
            continue  # the text changed since this was found: the next check redraws it
        out.append(Span(tmap.to_widget(a), tmap.to_widget(b, end=True), f, key))
    return sort_spans(out)


def sort_spans(spans: Iterable[Span]) -> list[Span]:
    """Suggestions first, errors last: drawn in that order, the most serious one shows on top."""
    return sorted(spans, key=lambda s: (-SEVERITY_RANK.get(s.finding.severity, 2), s.start, s.end))


def _edit_region(old: str, new: str) -> tuple[int, int, int]:
    """``(prefix, old_end, new_end)``: code points kept in front, and where the changed part ends."""
    limit = min(len(old), len(new))
    lo, hi = 0, limit
    while lo < hi:  # longest common prefix by halving: C-speed slice comparisons
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    prefix = lo
    lo, hi = 0, limit - prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid:] == new[len(new) - mid:]:
            lo = mid
        else:
            hi = mid - 1
    return prefix, len(old) - lo, len(new) - lo


def rebase_spans(spans: list[Span], old: str, new: str, narrow: bool | None = None,
                 region: tuple[int, int, int] | None = None) -> list[Span]:
    """Spans of ``old`` moved onto ``new`` after one edit: those before the edit stay, those after
    it move with the text, those the edit touched are dropped until the next check.
    ``narrow``: both texts are known to hold no characters outside the BMP. ``region``: the
    edit as the widget reported it, ``(start, removed, added)`` in UTF-16 units of the text,
    which saves working it out (ignored unless it accounts for the change in length)."""
    if old == new or not spans:
        return list(spans) if old == new else []
    if region is not None and narrow and region[0] >= 0 and \
            len(new) - len(old) == region[2] - region[1] and region[0] + region[2] <= len(new):
        prefix, old_end, new_end = region[0], region[0] + region[1], region[0] + region[2]
    else:
        prefix, old_end, new_end = _edit_region(old, new)
        if not narrow and (not is_narrow(old) or not is_narrow(new)):
            prefix, old_end, new_end = cp_to_utf16(old, prefix), cp_to_utf16(old, old_end), cp_to_utf16(new, new_end)
    delta = new_end - old_end
    out = []
    for s in spans:
        if s.end <= prefix and not (s.end == prefix == s.start):
            out.append(s)
        elif s.start >= old_end and (s.start > prefix or old_end > prefix):
            out.append(Span(s.start + delta, s.end + delta, s.finding, s.key))
    return out


def span_at(spans: Iterable[Span], pos: int) -> Span | None:
    """The most serious span covering position ``pos`` (an empty span counts at its position)."""
    best: Span | None = None
    for s in spans:
        inside = s.start <= pos < s.end or (s.start == s.end == pos) or (s.end == pos and s.start < pos)
        if inside and (best is None or SEVERITY_RANK.get(s.finding.severity, 2)
                       < SEVERITY_RANK.get(best.finding.severity, 2)):
            best = s
    return best
