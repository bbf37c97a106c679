"""Built-in checks, registered by rule id when their module is imported.

One module per family of rules: vi_unicode (VN-U), vi_punct (VN-P), vi_syllables (VN-O,
VN-U03/U06), vi_tone (VN-T), vi_case and vi_places (VN-C), vi_abbrev (VN-A), vi_dates and
vi_numbers (VN-D), vi_structure (VN-S01…S03), cross_field (VN-S09, VN-S10), name_agreement
(VN-N01, names across fields; EN-N01 runs it too; it imports its helpers names_sources and
names_match, which register nothing) and blanks
(VN-S12, template blanks; EN-S12 runs it too); the en_* modules hold the EN- rules. A
language's modules are imported the first time a pack asks for one of its rules
(:func:`load_for`), so a Vietnamese check never pays for compiling the English patterns. A new language pack adds its modules to :data:`FAMILIES`.
"""

from __future__ import annotations

import importlib

FAMILIES: dict[str, tuple[str, ...]] = {
    "VN-": ("blanks", "cross_field", "name_agreement", "vi_abbrev", "vi_case", "vi_dates", "vi_numbers", "vi_places",
            "vi_punct", "vi_structure", "vi_syllables", "vi_tone", "vi_unicode"),
    "EN-": ("en_dateline", "en_dates", "en_headline", "en_numbers", "en_punct", "en_spelling", "en_structure",
            "en_words"),
}
_loaded: set[str] = set()


def _load(prefix: str) -> None:
    if prefix not in _loaded:
        for module in FAMILIES[prefix]:
            importlib.import_module(f"{__name__}.{module}")
        _loaded.add(prefix)


def load_for(rule_id: str) -> None:
    """Import the modules that may register ``rule_id`` (every family for an unknown prefix)."""
    prefixes = [p for p in FAMILIES if rule_id.startswith(p)]
    for prefix in prefixes or FAMILIES:
        _load(prefix)


def load_all() -> None:
    """Import every built-in check (to list them all)."""
    for prefix in FAMILIES:
        _load(prefix)
