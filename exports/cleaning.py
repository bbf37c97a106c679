"""The one text-cleaning function every exporter uses (outputs.md §6, D5).

NFC; XML-illegal characters dropped; vertical tab and U+2028 become line breaks; form feed
and U+2029 become paragraph breaks; U+FFFC (an object with no object) is dropped. No-break
spaces, which Vietnamese typesetting uses, are kept. Nothing else is changed.
"""

from __future__ import annotations

import re

from editor.model.text import nfc

LINE_BREAK = "\n"
PARAGRAPH_BREAK = "\n\n"

# C0 controls except tab (\x09), newline (\x0a) and carriage return (\x0d, normalised below);
# \x0b and \x0c are mapped, not dropped. Also non-characters and lone surrogates.
_ILLEGAL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff\ufffc\ud800-\udfff]")
_MAP = {"\x0b": LINE_BREAK, "\u2028": LINE_BREAK, "\x0c": PARAGRAPH_BREAK, "\u2029": PARAGRAPH_BREAK}
_MAPPED = re.compile("[\x0b\x0c\u2028\u2029]")


def clean_text(text: str) -> str:
    """Text safe for every output format: see the module docstring for what changes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ILLEGAL.sub("", text)
    text = _MAPPED.sub(lambda m: _MAP[m.group()], text)
    return nfc(text)


def split_paragraphs(text: str) -> list[str]:
    """Split cleaned text at paragraph breaks (a form feed or U+2029 in the source)."""
    return clean_text(text).split(PARAGRAPH_BREAK)
