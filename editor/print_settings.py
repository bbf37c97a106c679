"""The remembered page set-up and desk profile, as the print layout's options.

The window's Page Setup stores them; the window's print, preview and PDF export and the
``articledesk export --to pdf`` command read them, so a desk's page looks the same whichever
way it is made.
"""

from __future__ import annotations

from dataclasses import fields, replace

from editor.settings import Settings
from exports.print_layout import PrintOptions, PrintOptionsError

# PrintOptions field -> settings key.
KEYS = {
    "paper": "print/paper",
    "margin_left_mm": "print/margin_left_mm",
    "margin_right_mm": "print/margin_right_mm",
    "margin_top_mm": "print/margin_top_mm",
    "margin_bottom_mm": "print/margin_bottom_mm",
    "font_family": "print/font_family",
    "font_size": "print/font_size",
    "line_spacing": "print/line_spacing",
    "columns": "print/columns",
    "weekday_style": "print/weekday_style",
    "draft_mark": "print/draft_mark",
    "running_headline": "print/running_headline",
    "footer_length": "print/footer_length",
    "footer_slug": "print/footer_slug",
    "masthead": "desk/outlet",
    "website": "desk/website",
}


def stored_print_options(settings: Settings) -> PrintOptions:
    """The page set-up in the settings; a stored value that cannot be printed falls back to its default."""
    options = PrintOptions()
    for name, key in KEYS.items():
        candidate = replace(options, **{name: settings.value(key)})
        try:
            candidate.validated()
        except PrintOptionsError:
            continue
        options = candidate
    return options.validated()


def store_print_options(settings: Settings, options: PrintOptions) -> None:
    """Remember ``options`` as the page set-up (and the desk's masthead and website)."""
    options = options.validated()
    types = {f.name: f.type for f in fields(PrintOptions)}
    for name, key in KEYS.items():
        value = getattr(options, name)
        settings.set_value(key, float(value) if types[name] in (float, "float") else value)
    settings.sync()


def command_line_options(paper: str | None, columns: int | None, settings: Settings | None = None) -> PrintOptions:
    """``articledesk export --to pdf``: the remembered page set-up with ``--paper``/``--columns`` on top."""
    options = stored_print_options(settings if settings is not None else Settings())
    if paper is not None:
        options = replace(options, paper=paper)
    if columns is not None:
        options = replace(options, columns=columns)
    return options.validated()
