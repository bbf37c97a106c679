"""Built-in checks, registered by rule id when this package is imported.

One module per family of rules: vi_unicode (VN-U), vi_punct (VN-P), vi_syllables (VN-O,
VN-U03/U06), vi_tone (VN-T), vi_case and vi_places (VN-C), vi_abbrev (VN-A), vi_dates and
vi_numbers (VN-D), vi_structure (VN-S01…S03) and cross_field (VN-S09, VN-S10). A new
language pack adds its own modules here and imports them below.
"""

from . import (  # noqa: F401 - imported for their registrations
    cross_field,
    en_dateline,
    en_dates,
    en_headline,
    en_numbers,
    en_punct,
    en_structure,
    en_words,
    vi_abbrev,
    vi_case,
    vi_dates,
    vi_numbers,
    vi_places,
    vi_punct,
    vi_structure,
    vi_syllables,
    vi_tone,
    vi_unicode,
)
