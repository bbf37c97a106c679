"""Search text that forgives missing accents: "ha noi" finds "Hà Nội", "dang" finds "Đảng".

Journalists often type a search without Vietnamese tone marks, so both the indexed text and the
query are folded the same way: lower case, every Latin letter stripped of its diacritics, "đ" as
"d", and the lexer's joiners in one spelling (‑ ‐ as -, ’ as '), so "Mát-xcơ-va" finds
"Mát‑xcơ‑va". Folding goes through one ``str.translate`` table, which is fast enough to index
thousands of articles. A query is cut into words by the model's one lexer.
"""

from __future__ import annotations

import unicodedata

from .text.lexer import JOINER_KEYS, lex


def _build_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for start, end in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for code in range(start, end):
            char = chr(code)
            base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
            if base and base != char:
                table[code] = base.lower()
    for code in range(0x0300, 0x0370):  # combining marks of text that arrived decomposed
        table[code] = None
    table[ord("đ")] = "d"
    table[ord("Đ")] = "d"
    table.update(JOINER_KEYS)
    return table


_FOLD = _build_table()


def fold(text: str) -> str:
    """``text`` in lower case without diacritics, for accent-insensitive search."""
    return text.lower().translate(_FOLD)


def query_terms(query: str) -> list[str]:
    """The folded tokens of a search query; every one must occur for an article to match.

    A query without any word ("?", "…") is searched for as it is written.
    """
    folded = fold(query)
    return [t.text for t in lex(folded).tokens] or folded.split()


def matches(haystack: str, terms: list[str]) -> bool:
    """True when every term occurs in the folded ``haystack``."""
    return all(term in haystack for term in terms)
