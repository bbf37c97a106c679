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
