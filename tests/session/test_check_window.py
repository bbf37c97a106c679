"""Re-checking a very long paragraph around an edit (editor/session/check_window.py): the findings
come out as a check of the whole paragraph would give them, from a bounded piece of text."""

from __future__ import annotations

import random

import pytest

from editor.model import article_file as af
from editor.model.house_style import check_text, default_pack_for, load_pack
from editor.resources import resource_path
from editor.session.check_window import MARGIN, REGION_LIMIT, edit_region, recheck_around_edit


@pytest.fixture(scope="module")
def vi_pack():
    return load_pack(default_pack_for("vi"))


@pytest.fixture(scope="module")
def paragraph() -> str:
    sample = af.load(resource_path("samples", "sample-vi.article"))
    paras = [b.text for b in sample.body if b.type == "paragraph" and b.text]
    return " ".join(paras * 4)


def keys(findings):
    return sorted((f.rule, f.start, f.end, f.text, f.message) for f in findings)


EDITS = ["a", " thành tich ", "", "Thứ 3 ", ". Và", "  ", "“", "\"", "ngày 3/4/2025 ", "UBND tp. Hà Nội "]


def test_windowed_findings_are_those_of_the_whole_paragraph(vi_pack, paragraph):
    def check(text):
        return check_text(text, vi_pack, "body", 2, kind="body.paragraph")

    rng = random.Random(15)
    old, old_findings = paragraph, check(paragraph)
    checked: list[int] = []
    for _ in range(60):
        at = rng.choice([0, len(old), rng.randrange(len(old)), rng.randrange(len(old))])
        new = old[:at] + rng.choice(EDITS) + old[at + rng.choice([0, 0, 1, 4]):]
        if '"' in new or "“" in new or "”" in new:  # quotes balance over the whole paragraph: see below
            continue
        checked.clear()
        got = recheck_around_edit(old, old_findings, new, lambda t: checked.append(len(t)) or check(t))
        assert got is not None
        findings, size = got
        assert keys(findings) == keys(check(new)), (at, new[max(0, at - 40):at + 40])
        assert checked == [size] and size <= 2 * MARGIN + 20  # a window, not the paragraph
        old, old_findings = new, findings  # edits pile up as typing goes on


def test_an_edit_spread_too_wide_is_left_to_a_whole_check(vi_pack, paragraph):
    new = "X" + paragraph[1:REGION_LIMIT + 10] + "Y" + paragraph[REGION_LIMIT + 11:]
    assert recheck_around_edit(paragraph, [], new, lambda t: []) is None


def test_findings_outside_the_window_are_kept_and_moved(vi_pack, paragraph):
    def check(text):
        return check_text(text, vi_pack, "body", 2, kind="body.paragraph")

    old = paragraph.replace("thành tích", "thành tich")
    old_findings = check(old)
    slips = [f.start for f in old_findings if f.text == "tich"]
    assert len(slips) >= 2
    at = len(old) // 2
    at = old.index(". ", at) + 2
    new = old[:at] + "Một câu mới. " + old[at:]
    findings, _size = recheck_around_edit(old, old_findings, new, check)
    moved = [f.start for f in findings if f.text == "tich"]
    assert moved == [s if s < at else s + len("Một câu mới. ") for s in slips]


@pytest.mark.parametrize("old, new", [("", "a"), ("abc", "abc"), ("abcabc", "abc"), ("aaaa", "aaaaa"),
                                      ("xyz", "xaz"), ("hello world", "hello brave world")])
def test_edit_region(old, new):
    prefix, old_end, new_end = edit_region(old, new)
    assert old[:prefix] == new[:prefix] and old[old_end:] == new[new_end:]
    assert prefix <= old_end and prefix <= new_end
    assert old_end - prefix <= len(old) and len(old) - old_end == len(new) - new_end
