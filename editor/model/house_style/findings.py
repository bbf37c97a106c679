"""What the checker reports: one :class:`Finding` per problem, as ``contract.md`` describes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "suggestion")


@dataclass(frozen=True)
class Finding:
    """One house-style problem at ``[start, end)`` code points of a field's (or block's) NFC text."""

    rule: str
    severity: str
    field: str
    block: int | None
    start: int
    end: int
    text: str
    message: str
    replacements: tuple[str, ...] = ()
    safe_fix: bool = False

    def to_json(self, file: str) -> dict[str, Any]:
        """The JSON object of ``check --format json`` (one line of JSON Lines) for ``file``."""
        return {
            "file": file,
            "rule": self.rule,
            "severity": self.severity,
            "field": self.field,
            "block": self.block,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "replacements": list(self.replacements),
            "safe_fix": self.safe_fix,
        }


@dataclass
class Hit:
    """What a rule function reports before the engine dresses it as a Finding.

    ``safe``: the first replacement may be applied unattended when the rule's autofix is
    "safe". ``certain``: it may be even when the rule's autofix is "review" (the check has
    proved one meaning-preserving candidate, e.g. the ươ completion of VN-O05). ``case``
    picks a sub-message of the rule (``messages.<case>`` in the pack); ``params`` fill the
    message's ``{placeholders}`` beside ``{text}`` and ``{replacement}``.
    """

    start: int
    end: int
    replacements: tuple[str, ...] = ()
    safe: bool = True
    certain: bool = False
    case: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
