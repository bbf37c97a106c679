"""Applying fixes: only safe ones, from the end of each text backwards, marks kept on their words."""

from __future__ import annotations

from collections.abc import Iterable

from ..article import Article, Block, Mark
from .engine import sort_findings
from .fields import field_text, set_field_text
from .findings import Finding


def shift_marks(marks: list[Mark], start: int, end: int, new_length: int) -> list[Mark]:
    """Marks after replacing ``[start, end)`` by ``new_length`` code points.

    A mark after the edit moves with the text; a mark that covers the edit grows or shrinks;
    a mark edge inside the replaced span snaps to the replacement's edge; empty marks go.
    """
    delta = new_length - (end - start)

    def move(pos: int, is_end: bool) -> int:
        if pos <= start:
            return pos
        if pos >= end:
            return pos + delta
        return start + new_length if is_end else start

    out = []
    for m in marks:
        s, e = move(m.start, False), move(m.end, True)
        if e > s:
            out.append(Mark(start=s, end=e, type=m.type, href=m.href, extra=dict(m.extra)))
    return out


def apply_to_text(text: str, findings: Iterable[Finding], marks: list[Mark] | None = None,
                  only_safe: bool = True) -> tuple[str, list[Mark], list[Finding]]:
    """Apply the findings' first replacements to one text, last first; overlapping or stale
    findings (whose ``text`` no longer matches) are skipped. Returns text, marks, applied."""
    applied: list[Finding] = []
    marks = list(marks or [])
    limit = len(text) + 1
    for f in sorted(findings, key=lambda f: (f.start, f.end), reverse=True):
        if (only_safe and not f.safe_fix) or not f.replacements:
            continue
        if f.end > limit or text[f.start:f.end] != f.text:
            continue
        new = f.replacements[0]
        text = text[:f.start] + new + text[f.end:]
        marks = shift_marks(marks, f.start, f.end, len(new))
        applied.append(f)
        limit = f.start
    applied.reverse()
    return text, marks, applied


def apply_safe_fixes(article: Article, findings: Iterable[Finding]) -> tuple[Article, list[Finding]]:
    """A fixed copy of ``article`` and the findings applied (in document order).

    Only findings with ``safe_fix`` are applied; ``article`` itself is not changed.
    """
    fixed = article.copy()
    groups: dict[tuple[str, int | None], list[Finding]] = {}
    for f in findings:
        if f.safe_fix and f.replacements:
            groups.setdefault((f.field, f.block), []).append(f)
    applied: list[Finding] = []
    for (field, block), group in groups.items():
        try:
            current = field_text(fixed, field, block).text
        except KeyError:
            continue
        target: Block | None = fixed.body[block] if field == "body" and block is not None else None
        text, marks, done = apply_to_text(current, group, target.marks if target else None)
        if not done:
            continue
        set_field_text(fixed, field, block, text)
        if target is not None:
            target.marks = marks
        applied.extend(done)
    return fixed, sort_findings(applied, fixed)


def apply_finding(article: Article, finding: Finding, replacement: str | None = None) -> bool:
    """Apply one finding in place (the GUI's "fix" on a chosen replacement), safe or not.

    Returns False (and changes nothing) when the text no longer matches the finding.
    """
    try:
        current = field_text(article, finding.field, finding.block).text
    except KeyError:
        return False
    if current[finding.start:finding.end] != finding.text:
        return False
    new = finding.replacements[0] if replacement is None and finding.replacements else (replacement or "")
    text = current[:finding.start] + new + current[finding.end:]
    set_field_text(article, finding.field, finding.block, text)
    if finding.field == "body" and finding.block is not None:
        block = article.body[finding.block]
        block.marks = shift_marks(block.marks, finding.start, finding.end, len(new))
    return True
