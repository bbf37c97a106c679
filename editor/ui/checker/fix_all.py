"""Choosing the edits of "Fix All Safe": one replacement per span, never two that overlap.

The fix-all is made in every widget it touches inside ``session.undo.group(...)``, so the one
undo history takes it back as a single step (see :mod:`editor.session.undo`).
"""

from __future__ import annotations

from collections.abc import Callable

from editor.model.house_style import Finding
from editor.qt.finding_spans import Span


def non_overlapping(spans: list[Span], replacement: Callable[[Finding], str]) -> list[tuple[int, int, str]]:
    """Edits for ``spans``, last first, leaving out any that overlaps one already taken."""
    edits: list[tuple[int, int, str]] = []
    limit: int | None = None
    for span in sorted(spans, key=lambda s: (s.start, s.end), reverse=True):
        if limit is not None and span.end > limit:
            continue
        edits.append((span.start, span.end, replacement(span.finding)))
        limit = span.start
    return edits
