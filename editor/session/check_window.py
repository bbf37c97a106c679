"""Re-checking a very long paragraph around an edit, not from end to end.

A paragraph of a megabyte takes seconds to check, and one letter typed in it changes only the
sentence around that letter. For a block longer than ``BIG_BLOCK`` characters whose findings
are known for an earlier text, the controller checks only a *window*: the sentences around what
changed since that text (plus up to ``MARGIN`` characters either side), and keeps the earlier
findings outside the window, moved by the change in length. The window is bounded: when the
changes since the last check spread over more than ``REGION_LIMIT`` characters (a Replace All
across the paragraph), the block is checked whole, as any other block.

What a window cannot judge is left out: a finding covering the whole window (a measure of the
whole field, such as its length) says nothing about the paragraph. Whole-paragraph measures of
such a block come from the full check made when the article is opened or the pack changes.
The body holds a paragraph of more than 8,000 characters as a chain of pieces of a few
sentences, each checked as a block of its own (see :mod:`editor.qt.qt_chains`), so this window is for
the other long blocks (a heading, quote or list item the size of a book chapter).
Pure Python; no Qt.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from editor.model.house_style import Finding
from editor.model.house_style.text_tools import sentences

BIG_BLOCK = 20_000  # characters: longer blocks are re-checked around the edit
MARGIN = 1_000  # characters of context looked at either side of the change for sentence starts
REGION_LIMIT = 4_000  # characters: a wider change is checked as a whole block (in the worker)


def common_prefix(a: str, b: str) -> int:
    """Length of the longest common prefix of ``a`` and ``b`` (C-speed slice comparisons)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def edit_region(old: str, new: str) -> tuple[int, int, int]:
    """``(prefix, old_end, new_end)``: ``old[:prefix] == new[:prefix]`` and ``old[old_end:] ==
    new[new_end:]``, with the unchanged parts as long as possible."""
    prefix = common_prefix(old, new)
    limit = min(len(old), len(new)) - prefix
    lo, hi = 0, limit  # longest common suffix not overlapping the prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid:len(old) - lo] == new[len(new) - mid:len(new) - lo]:
            lo = mid
        else:
            hi = mid - 1
    return prefix, len(old) - lo, len(new) - lo


def window_around(text: str, start: int, end: int) -> tuple[int, int]:
    """``[ws, we)`` of ``text``: from the start of the sentence before the one holding ``start`` to
    the end of the sentence after the one holding ``end`` (its closing punctuation, not the space
    after it), so that the window reads like a paragraph of its own and no sentence fills it.
    Boundaries are searched within ``MARGIN`` characters; the margin's edge is taken when no
    sentence boundary is that close."""
    a, b = max(0, start - MARGIN), min(len(text), end + MARGIN)
    spans = sentences(text[a:b])
    before = [s for s, _e in spans if (s > 0 or a == 0) and s <= start - a]
    real_ends = [e for (_s, e), _nxt in zip(spans, spans[1:], strict=False)]  # a sentence follows
    if b == len(text) and spans:
        real_ends.append(spans[-1][1])
    after = [e for e in real_ends if e >= end - a]
    ws = a + before[-min(2, len(before))] if before else a
    we = a + after[min(1, len(after) - 1)] if after else b
    if not after and b == len(text):
        we = b
    return min(ws, start), max(we, end)


def _moved(f: Finding, delta: int) -> Finding:
    return f if not delta else dataclasses.replace(f, start=f.start + delta, end=f.end + delta)


def recheck_around_edit(old: str, old_findings: list[Finding], new: str,
                        check: Callable[[str], list[Finding]]) -> tuple[list[Finding], int] | None:
    """The findings of ``new`` from those of ``old`` and a check of the window around the change.

    ``check(window_text)`` checks a piece of text as the block (offsets from its start). Returns
    the findings and the number of characters checked, or None when the change is too wide for
    a window (the caller checks the whole block).
    """
    prefix, old_end, new_end = edit_region(old, new)
    if max(new_end, old_end) - prefix > REGION_LIMIT:
        return None
    ws, we = window_around(new, prefix, new_end)
    delta = len(new) - len(old)
    we_old = we - delta  # new[we:] == old[we_old:]
    piece = new[ws:we]
    found = [_moved(f, ws) for f in check(piece)
             if ws == 0 and we == len(new) or not (f.start == 0 and f.end == len(piece))]
    whole = (0, len(old))
    kept = [f for f in old_findings if f.end <= ws and (f.start, f.end) != whole]
    kept += [_moved(f, delta) for f in old_findings if f.start >= we_old and (f.start, f.end) != whole]
    merged: dict[tuple[str, int, int], Finding] = {}
    for f in kept + found:
        if new[f.start:f.end] == f.text:  # always so; a finding never points at other text
            merged.setdefault((f.rule, f.start, f.end), f)
    return sorted(merged.values(), key=lambda f: (f.start, f.end, f.rule)), len(piece)
