"""Pack-supplied regular expressions: compiled with ``regex``, vetted at load, run with a timeout.

A pattern that can backtrack catastrophically must never freeze the editor. Three guards:
a static check refuses nested unbounded quantifiers such as ``(a+)+``; a probe runs every
pattern over adversarial strings with a short timeout when the pack loads; and every run
on real text has a timeout, after which the rule simply reports nothing for that text.
"""

from __future__ import annotations

import regex

RUN_TIMEOUT = 0.2  # seconds one pattern may spend on an ordinary text (more on very long ones)
PROBE_TIMEOUT = 0.03
_PROBES = (
    "a" * 48 + "!",
    "aaaa " * 24 + "!",
    "1" * 48 + "x",
    " " * 48 + "x",
    "ab" * 40,
    "đ" * 40 + "!",
    "Chiều ngày 11/3, tại Hà Nội, Bộ Công an đã tổ chức hội nghị. " * 6 + "!",
)


class PatternProblem(Exception):
    """Why a pattern was refused, as the end of a sentence ("is not a valid ...")."""


_UNBOUNDED = regex.compile(r"[*+]|\{\d*,\}")


def _nested_unbounded(pattern: str) -> bool:
    """Whether a group holding an unbounded quantifier is itself repeated without bound."""
    stack: list[bool] = []  # per open group: does it contain an unbounded quantifier?
    i, n = 0, len(pattern)
    in_class = prev_group = False
    while i < n:
        c = pattern[i]
        if in_class:
            i += 2 if c == "\\" else 1
            in_class = c != "]"
            continue
        if c == "\\":
            i, prev_group = i + 2, False
            continue
        if c in "[(":
            in_class = c == "["
            if c == "(":
                stack.append(False)
            i, prev_group = i + 1, False
            continue
        if c == ")":
            inner = stack.pop() if stack else False
            if stack and inner:
                stack[-1] = True
            i, prev_group = i + 1, inner
            continue
        m = _UNBOUNDED.match(pattern, i)
        if m:
            if prev_group:
                return True
            if stack:
                stack[-1] = True
            i, prev_group = m.end(), False
            continue
        i, prev_group = i + 1, False
    return False


def compile_pattern(pattern: str, ignorecase: bool = False) -> regex.Pattern[str]:
    """Compile a pack pattern or raise :class:`PatternProblem` saying why it is refused."""
    flags = regex.VERSION1 | regex.MULTILINE | (regex.IGNORECASE if ignorecase else 0)
    try:
        compiled = regex.compile(pattern, flags)
    except (regex.error, ValueError, TypeError) as exc:
        raise PatternProblem(f"is not a valid regular expression ({exc})") from None
    if _nested_unbounded(pattern):
        raise PatternProblem("repeats a group that itself repeats without limit (such as “(a+)+”), "
                             "which can make checking hang")
    for probe in _PROBES:
        try:
            compiled.search(probe, timeout=PROBE_TIMEOUT)
        except TimeoutError:
            raise PatternProblem("takes too long on ordinary text (catastrophic backtracking)") from None
    return compiled


def find_all(pattern: regex.Pattern[str], text: str, timeout: float | None = None) -> list[regex.Match[str]]:
    """All matches of ``pattern`` in ``text``; none at all when the pattern runs out of time."""
    if timeout is None:
        timeout = RUN_TIMEOUT + len(text) * 2e-6
    try:
        return list(pattern.finditer(text, timeout=timeout))
    except TimeoutError:
        return []
