"""The print line flow (pure arithmetic): columns, widows and orphans, keep-with-next, balancing."""

from __future__ import annotations

from collections import Counter

from exports.print_flow import FlowBlock, Frame, flow

LINE = 10.0


def para(n: int, **kw) -> FlowBlock:
    return FlowBlock([LINE] * n, **kw)


def column_of(result, block: int) -> set[tuple[int, int]]:
    return {(p.page, p.column) for p in result.lines if p.block == block}


def lines_per_column(result, block: int) -> Counter:
    return Counter((p.page, p.column) for p in result.lines if p.block == block)


def test_every_line_is_placed_once_and_inside_the_frame():
    blocks = [para(7, space_after=3) for _ in range(30)]
    frame = Frame(first_top=0, top=0, bottom=100, columns=2)
    result = flow(blocks, frame)
    assert len(result.lines) == 7 * 30
    assert len({(p.block, p.line) for p in result.lines}) == len(result.lines)
    for p in result.lines:
        assert 0 <= p.y and p.y + LINE <= 100 + 1e-6
    # reading order: (page, column, y) never goes backwards
    keys = [(p.page, p.column, p.y) for p in result.lines]
    assert keys == sorted(keys)


def test_no_orphans_or_widows_at_column_breaks():
    blocks = [para(n) for n in (3, 5, 4, 7, 2, 6, 9, 3, 5, 8, 4, 6)]
    result = flow(blocks, Frame(0, 0, 95, columns=2), balance=False)
    splits = [lines_per_column(result, index) for index in range(len(blocks))]
    splits = [counts for counts in splits if len(counts) > 1]
    assert splits  # some paragraphs do break across columns ...
    for counts in splits:  # ... with at least two lines on each side
        assert min(counts.values()) >= 2, counts


def test_a_three_line_paragraph_that_cannot_split_well_moves_on_whole():
    blocks = [para(8), para(3)]
    result = flow(blocks, Frame(0, 0, 100, columns=1), balance=False)
    assert column_of(result, 1) == {(1, 0)}  # two lines would fit, leaving a widow: moved


def test_a_heading_is_kept_with_the_start_of_the_next_paragraph():
    blocks = [para(8), para(1, keep_with_next=True), para(6)]
    result = flow(blocks, Frame(0, 0, 100, columns=1), balance=False)
    assert column_of(result, 1) == {(1, 0)}  # room for the heading alone: it goes with its paragraph
    assert min(p.y for p in result.lines if p.page == 1) == 0


def test_space_between_blocks_collapses_and_vanishes_at_column_top():
    blocks = [para(2, space_after=4), para(2, space_before=6), para(5), para(3, space_before=6)]
    result = flow(blocks, Frame(0, 0, 100, columns=1), balance=False)
    first_of = {p.block: p.y for p in reversed(result.lines)}
    assert first_of[1] == 20 + 6  # the larger of 4 after and 6 before
    assert first_of[2] == 46
    assert result.pages == 2 and column_of(result, 3) == {(1, 0)} and first_of[3] == 0  # no space at the top


def test_full_width_head_then_columns_start_under_it():
    blocks = [para(3, full_width=True), para(2, full_width=True), para(20), para(20)]
    result = flow(blocks, Frame(first_top=50, top=10, bottom=200, columns=2, head_gap=5))
    head = [p for p in result.lines if p.block < 2]
    assert all(p.column == -1 and p.page == 0 for p in head)
    band_top = result.band_tops[0]
    assert band_top == 50 + 5 * LINE + 5
    assert {p.column for p in result.lines if p.block >= 2 and p.page == 0} == {0, 1}
    assert all(p.y >= band_top for p in result.lines if p.block >= 2 and p.page == 0)


def test_last_page_columns_are_balanced():
    blocks = [para(5, space_after=2) for _ in range(5)]
    frame = Frame(0, 0, 300, columns=2)
    unbalanced = flow(blocks, frame, balance=False)
    assert {p.column for p in unbalanced.lines} == {0}  # everything fits the first column
    balanced = flow(blocks, frame)
    bottoms = {c: max(p.y + LINE for p in balanced.lines if p.column == c) for c in (0, 1)}
    assert abs(bottoms[0] - bottoms[1]) <= 2 * LINE + 2
    assert len(balanced.lines) == 25


def test_an_unbreakable_picture_moves_to_a_column_that_holds_it():
    blocks = [para(6), FlowBlock([60.0], splittable=False, keep_with_next=True), para(2)]
    result = flow(blocks, Frame(0, 0, 100, columns=1), balance=False)
    assert column_of(result, 1) == {(1, 0)} and column_of(result, 2) == {(1, 0)}


def test_a_line_taller_than_a_column_is_placed_rather_than_looping():
    result = flow([FlowBlock([500.0], splittable=False), para(2)], Frame(0, 0, 100, columns=2))
    assert len(result.lines) == 3


def byline(**kw) -> FlowBlock:
    return FlowBlock([LINE], space_before=5, keep_with_previous=2, **kw)


def test_a_byline_that_would_start_a_page_takes_the_last_two_lines_with_it():
    # the body fills both columns of the page exactly: the byline alone would make page 2
    blocks = [para(10), para(10), byline()]
    result = flow(blocks, Frame(0, 0, 100, columns=2), balance=False)
    assert result.pages == 2
    assert lines_per_column(result, 1) == Counter({(0, 1): 8, (1, 0): 2})
    assert column_of(result, 2) == {(1, 0)}
    one_column = flow(blocks, Frame(0, 0, 100, columns=1))
    assert lines_per_column(one_column, 1) == Counter({(1, 0): 8, (2, 0): 2}) and column_of(one_column, 2) == {(2, 0)}


def test_balancing_never_leaves_the_byline_alone_in_a_column():
    # page 2 gets the last two lines: the shortest columns would be those two | the byline
    blocks = [para(10), para(10), para(2, space_before=3), byline()]
    result = flow(blocks, Frame(0, 0, 100, columns=2))
    assert column_of(result, 2) == column_of(result, 3) == {(1, 0)}


def test_short_last_paragraphs_go_with_the_byline_together():
    blocks = [para(10), para(8), para(1, space_before=3), para(1, space_before=3), byline()]
    result = flow(blocks, Frame(0, 0, 100, columns=2), balance=False)
    where = {(p.block, p.line): (p.page, p.column) for p in result.lines}
    byline_column = where[(4, 0)]
    assert where[(3, 0)] == where[(2, 0)] == byline_column  # the two one-line paragraphs ...
    assert result.pages == 2 or byline_column == (0, 1)
    assert sum(1 for p in result.lines if (p.page, p.column) == byline_column and p.block < 4) >= 2
    balanced = flow(blocks, Frame(0, 0, 100, columns=2))
    where = {(p.block, p.line): (p.page, p.column) for p in balanced.lines}
    assert where[(2, 0)] == where[(3, 0)] == where[(4, 0)]  # ... also when the last page is balanced


def test_a_picture_before_its_caption_may_start_a_column_on_its_own():
    blocks = [para(9), FlowBlock([40.0], splittable=False, keep_with_next=True), FlowBlock([LINE], keep_with_previous=2)]
    result = flow(blocks, Frame(0, 0, 100, columns=1), balance=False)
    assert column_of(result, 0) == {(0, 0)}  # no lines of the paragraph are pulled over
    assert column_of(result, 1) == column_of(result, 2) == {(1, 0)}


def test_balancing_the_last_page_keeps_widows_and_orphans_out():
    # page 2 holds a three-line paragraph and the byline: it cannot split 2 + 1 to even the columns
    blocks = [para(10), para(10), para(3, space_before=3), byline()]
    result = flow(blocks, Frame(0, 0, 100, columns=2))
    assert lines_per_column(result, 2) == Counter({(1, 0): 3}) and column_of(result, 3) == {(1, 0)}
    without_byline = flow(blocks[:3], Frame(0, 0, 100, columns=2))
    assert lines_per_column(without_byline, 2) == Counter({(1, 0): 3})  # not 2 | 1, a widow at the top
