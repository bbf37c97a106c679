"""Word lists matched by look-up find exactly what the old regular-expression alternation found."""

from __future__ import annotations

import pytest
import regex

from editor.model.house_style.kinds import literal_alternation
from editor.model.house_style.wordlist import WORDCHAR, WordAlternation


def alternation(words: list[str], ignorecase: bool) -> regex.Pattern[str]:
    body = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    flags = regex.VERSION1 | (regex.IGNORECASE if ignorecase else 0)
    return regex.compile(rf"(?<!{WORDCHAR})(?:{body})(?!{WORDCHAR})", flags)


WORDS = ["Bộ Công an", "Bộ", "Công an nhân dân", "TP.HCM", "TP", "ANTQ", "quí", "Ủy ban", "(ANTV)", "e-mail"]
TEXTS = [
    "Bộ Công an và Công an nhân dân họp tại TP.HCM; TP Hà Nội cũng dự.",
    "Bộn bề công việc, Bộ trưởng nói: Công an nhân dânx không phải một từ.",
    "(ANTV) – Báo ANTQ và ANTQuân; quí khách, quíx, Quí vị; ủy ban và Ủy ban.",
    "e-mail, E-MAIL, xe-mail, e-mails, TP.HCMC, 2TP, TP2, TP.",
    "",
    "Không có gì ở đây.",
]


@pytest.mark.parametrize("ignorecase", [False, True])
@pytest.mark.parametrize("text", TEXTS)
def test_finds_what_the_alternation_found(text, ignorecase):
    expected = [(m.span(), m.group()) for m in alternation(WORDS, ignorecase).finditer(text)]
    found = [(m.span(), m.group()) for m in WordAlternation(WORDS, ignorecase).finditer(text)]
    assert found == expected


def test_longest_entry_wins_and_matches_do_not_overlap():
    matches = WordAlternation(["Bộ", "Bộ Công an", "Công an"]).finditer("Bộ Công an mời Công an tỉnh.")
    assert [m.group() for m in matches] == ["Bộ Công an", "Công an"]
    assert [m.span() for m in matches] == [(0, 10), (15, 22)]


def test_a_word_glued_to_letters_or_digits_is_not_found():
    text = "ANTQuân, ANTQ2, xANTQ, ANTQ."
    start = text.rindex("ANTQ")
    assert [m.span() for m in WordAlternation(["ANTQ"]).finditer(text)] == [(start, start + 4)]


def test_empty_list_gives_no_matcher():
    assert literal_alternation([]) is None
    assert [m.group() for m in literal_alternation(["quí"], ignorecase=True).finditer("Quí vị, quí khách")] == \
        ["Quí", "quí"]
