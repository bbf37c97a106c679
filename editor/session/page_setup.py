"""What the Page Setup dialog needs from the print layout, so widgets need not import ``exports``.

Pure data (the options and their ranges) and the questions about installed fonts the dialog
asks while the user picks one; printing itself goes through :mod:`editor.session.exporting`.
"""

from __future__ import annotations

from exports.print_fonts import covers_vietnamese, first_vietnamese_family, installed_vietnamese_families
from exports.print_layout import FONT_SIZE_RANGE, LINE_SPACING_RANGE, MARGIN_RANGE_MM, PAPERS_MM, PrintOptions

__all__ = [
    "FONT_SIZE_RANGE", "LINE_SPACING_RANGE", "MARGIN_RANGE_MM", "PAPERS_MM", "PrintOptions", "covers_vietnamese",
    "first_vietnamese_family", "installed_vietnamese_families",
]
