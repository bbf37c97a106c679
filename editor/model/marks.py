"""Inline marks of a body block: the canonical (normalised) mark list, and runs of styles.

The model's canonical mark list for a block is *normalised*:

- every mark lies inside the text (``0 <= start < end <= len(text)``); empty marks are dropped;
- marks of the same type with the same ``href`` and ``extra`` never overlap or touch: they are
  merged into one mark;
- the list is sorted by ``start``, then by type in :data:`MARK_TYPES` order, then by ``end``.

Any mark list can be normalised. Where two marks of one type but with a different ``href`` (or
``extra``) overlap, the later mark in the input wins over the overlap, because one character
carries at most one link. Everything here is pure Python, so the editor's QTextDocument bridge,
the paste parser and the checker all agree on one form.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .article import MARK_TYPES, Mark

# One character's styles: mark type -> (href, extra as canonical JSON).
StyleKey = tuple[str | None, str]
Styles = dict[str, StyleKey]

_TYPE_ORDER = {t: i for i, t in enumerate(MARK_TYPES)}


def style_key(mark: Mark) -> StyleKey:
    """What must be equal for two marks of one type to merge: href and extra data."""
    extra = json.dumps(mark.extra, sort_keys=True, ensure_ascii=False) if mark.extra else ""
    return (mark.href if mark.type == "link" else None, extra)


def _mark(mtype: str, start: int, end: int, key: StyleKey) -> Mark:
    href, extra = key
    return Mark(start=start, end=end, type=mtype, href=href, extra=json.loads(extra) if extra else {})


def sort_marks(marks: list[Mark]) -> list[Mark]:
    """Marks in canonical order: by start, then type order, then end."""
    return sorted(marks, key=lambda m: (m.start, _TYPE_ORDER.get(m.type, len(MARK_TYPES)), m.end))


def runs_to_marks(runs: Iterable[tuple[int, Styles]]) -> list[Mark]:
    """Marks from consecutive runs ``(length, styles)``; equal neighbouring styles merge."""
    marks: list[Mark] = []
    open_marks: dict[str, tuple[int, StyleKey]] = {}
    pos = 0
    for length, styles in runs:
        if length <= 0:
            continue
        for mtype in list(open_marks):
            if styles.get(mtype) != open_marks[mtype][1]:
                start, key = open_marks.pop(mtype)
                marks.append(_mark(mtype, start, pos, key))
        for mtype, key in styles.items():
            if mtype not in open_marks:
                open_marks[mtype] = (pos, key)
        pos += length
    for mtype, (start, key) in open_marks.items():
        marks.append(_mark(mtype, start, pos, key))
    return sort_marks(marks)


def marks_to_runs(length: int, marks: Iterable[Mark]) -> list[tuple[int, Styles]]:
    """Split ``[0, length)`` into runs of equal styles; later marks win where a type overlaps."""
    clipped = []
    for m in marks:
        if m.type not in _TYPE_ORDER:
            continue
        start, end = max(0, m.start), min(length, m.end)
        if start < end:
            clipped.append((start, end, m))
    cuts = sorted({0, length, *(s for s, _, _ in clipped), *(e for _, e, _ in clipped)})
    runs: list[tuple[int, Styles]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        styles: Styles = {}
        for start, end, m in clipped:
            if start <= a and b <= end:
                styles[m.type] = style_key(m)
        runs.append((b - a, styles))
    return runs


def normalise_marks(text: str, marks: Iterable[Mark]) -> list[Mark]:
    """The canonical mark list of ``text`` (see the module docstring)."""
    return runs_to_marks(marks_to_runs(len(text), marks))


def mark_dicts(marks: Iterable[Mark]) -> list[dict[str, Any]]:
    """Marks as plain dicts, handy for comparing and debugging."""
    out = []
    for m in marks:
        d: dict[str, Any] = {"start": m.start, "end": m.end, "type": m.type}
        if m.href is not None:
            d["href"] = m.href
        if m.extra:
            d["extra"] = m.extra
        out.append(d)
    return out
