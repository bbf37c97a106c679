"""The shipped table of well-formed syllables: what the parser says, and nothing else.

The checker answers listed syllables from the table without parsing them (issue 13), so every
answer the table gives must be the parser's: the file must be what the program builds today, and
every listed syllable, in each case form, must be valid and problem-free for the parser.
"""

from __future__ import annotations

import pytest

from editor.model.vietnamese import check_syllable, is_plain_vietnamese, is_valid, parse, tone_style_of
from editor.model.vietnamese.checks import _judge
from editor.model.vietnamese.findings import _foreign, _marked
from editor.model.vietnamese.parsing import style_of
from editor.model.vietnamese.syllable_table import (
    TABLE_PARTS,
    build,
    is_well_formed,
    listed_tone_style,
    table_text,
    well_formed_syllables,
)
from editor.resources import resource_path


def _case_forms(word: str) -> tuple[str, str, str]:
    return word, word.capitalize(), word.upper()


def test_the_shipped_file_is_what_the_program_builds():
    shipped = resource_path(*TABLE_PARTS).read_bytes().decode("utf-8")
    assert shipped == table_text(build()), "run tools/build_syllable_table.py and commit the file"


def test_the_table_holds_the_common_syllables_and_no_misspelling():
    table = well_formed_syllables()
    assert len(table) > 15_000
    for word in ("người", "nghiêng", "quốc", "gì", "giữa", "hòa", "hoà", "thủy", "thuỷ", "khuya", "đắc"):
        assert word in table, word
    for wrong in ("hóac", "ngiêng", "kan", "tiét", "hot", "đắk", "Người", "team"):
        assert wrong not in table, wrong


@pytest.mark.parametrize("style", ["first_vowel", "main_vowel"])
def test_every_listed_syllable_is_problem_free_for_the_parser_in_every_case(style):
    for word in sorted(well_formed_syllables()):
        for form in _case_forms(word):
            assert _judge(form, style) == (), form


def test_every_shortcut_answers_as_the_parser_does():
    for word in sorted(well_formed_syllables()):
        for form in _case_forms(word):
            syl = parse(form)
            assert syl is not None and syl.valid, form
            assert is_well_formed(form)
            assert listed_tone_style(form) == style_of(syl), form  # tone_style_of's answer
            assert syl.marked == (not form.isascii()), form  # _marked's and is_plain_vietnamese's
            assert syl.all_caps == (len(form) > 1 and form == form.upper()), form


def test_mixed_case_and_look_alike_letters_go_to_the_parser():
    assert not is_well_formed("hÒa")
    assert not is_well_formed("\u212aim")  # KELVIN SIGN + im: its lower case is "kim"
    assert not is_well_formed("vie\u0323\u0302t")  # not NFC
    assert check_syllable("\u212aim") == []  # the parser's own answer, unchanged
    assert [p.rule for p in check_syllable("hóac")] == ["VN-O02"]  # not listed: the parser judges it


def test_the_public_functions_still_answer_for_words_outside_the_table():
    assert tone_style_of("Hoà") == "main_vowel" and tone_style_of("THỦY") == "first_vowel"
    assert tone_style_of("hoàn") is None
    assert is_valid("nghiêng") and not is_valid("ngiêng")
    assert is_plain_vietnamese("Toi") and not is_plain_vietnamese("TOI") and not is_plain_vietnamese("tôi")
    assert is_plain_vietnamese("the") and not is_plain_vietnamese("and")
    assert _marked("việt") and not _marked("viet") and not _marked("team")
    assert _foreign("team") and not _foreign("Việt") and _foreign("hot")
