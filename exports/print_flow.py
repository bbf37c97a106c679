"""Line flow for the print page (outputs.md §3, approach B), as plain arithmetic.

The Qt side lays each paragraph out at its width and hands over only the height each line
advances; this module decides where every line goes: page, column and top. The rules a
newspaper page follows:

- full-width blocks (headline, sapo) come first; the columns start under them;
- no line is ever split across columns; a paragraph breaks only between lines, leaving at
  least ``min_lines`` lines on each side (no widows or orphans), else it moves on whole;
- a block marked ``keep_with_next`` (an intertitle, a picture before its caption) moves to the
  next column rather than end a column without the start of what follows;
- a block with ``keep_with_previous`` = n (the byline, a caption standing alone) never starts a
  column: the last n lines of the text before it go on with it (several short paragraphs, if
  one is shorter than that), so no column or page holds only a byline;
- the space between two blocks is the larger of the one's space after and the other's space
  before, and is dropped at the top of a column;
- in two-column mode the last page's columns are balanced: the smallest column height that
  still holds the rest of the article on that page, with every rule above kept, is found by
  bisection.

Units are whatever the caller uses (device pixels in practice).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class FlowBlock:
    """One paragraph (or picture) as the flow sees it."""

    lines: list[float]  # how far each line advances
    space_before: float = 0.0
    space_after: float = 0.0
    keep_with_next: bool = False
    full_width: bool = False
    splittable: bool = True  # a picture is one unbreakable "line"
    min_lines: int = 2  # lines kept together on either side of a column break
    keep_with_previous: int = 0  # lines of the text before that must share this block's column


@dataclass(frozen=True)
class Frame:
    """The text area: its top on page 1 and on later pages, its bottom, the number of columns."""

    first_top: float
    top: float
    bottom: float
    columns: int = 1
    head_gap: float = 0.0  # between the full-width head and the columns under it


@dataclass(frozen=True)
class PlacedLine:
    """Where one line goes: ``column`` is -1 for a full-width line."""

    block: int
    line: int
    page: int
    column: int
    y: float


@dataclass
class FlowResult:
    """Every line placed, the number of pages and the top of the column band on each page."""

    lines: list[PlacedLine]
    pages: int
    band_tops: dict[int, float] = field(default_factory=dict)


class _Overflow(Exception):
    """A trial flow went past the page it was allowed to fill."""


@dataclass
class _Cursor:
    page: int
    column: int
    y: float
    band_top: float
    full: bool
    at_top: bool = True
    pending: float = 0.0  # space after the previous block, not yet added


class _Flow:
    def __init__(self, blocks: list[FlowBlock], frame: Frame, last_page: int | None = None,
                 last_bottom: float | None = None) -> None:
        self.blocks = blocks
        self.frame = frame
        self.last_page = last_page  # trial runs may not go past this page ...
        self.last_bottom = last_bottom  # ... and fill its columns only down to here
        self.placed: list[PlacedLine] = []
        self.band_tops: dict[int, float] = {}
        self.tails, self.kept = _tails(blocks)

    def keeps(self, index: int) -> bool:
        """Whether block ``index`` must not end a column without the start of the next block."""
        return self.blocks[index].keep_with_next or index in self.kept

    def bottom(self, cur: _Cursor) -> float:
        if self.last_bottom is not None and cur.page == self.last_page and not cur.full:
            return self.last_bottom
        return self.frame.bottom

    def fresh_capacity(self, cur: _Cursor) -> float:
        """Height of an empty column from where a new column would start."""
        top = cur.band_top if not cur.full and cur.column + 1 < self.frame.columns else self.frame.top
        return self.frame.bottom - top

    def advance(self, cur: _Cursor) -> None:
        """Go to the next column, or the next page."""
        if not cur.full and cur.column + 1 < self.frame.columns:
            cur.column += 1
            cur.y = cur.band_top
        else:
            if self.last_page is not None and cur.page + 1 > self.last_page:
                raise _Overflow
            cur.page += 1
            cur.column = 0
            cur.y = cur.band_top = self.frame.top
            if not cur.full:
                self.band_tops[cur.page] = cur.band_top
        cur.at_top = True
        cur.pending = 0.0

    def keep_need(self, index: int) -> float:
        """Height a kept block needs in its column: itself and the start of what follows."""
        need = sum(self.blocks[index].lines)
        j = index
        while self.keeps(j) and j + 1 < len(self.blocks):
            nxt = self.blocks[j + 1]
            need += nxt.space_before
            if self.keeps(j + 1):
                need += sum(nxt.lines)
                j += 1
                continue
            lines = nxt.lines if not nxt.splittable else nxt.lines[:max(1, nxt.min_lines)]
            need += sum(lines)
            break
        return need

    def start_columns(self, cur: _Cursor) -> None:
        """The head is done: the column band starts under it."""
        placed_here = any(p.page == cur.page for p in self.placed)
        cur.full = False
        cur.y += self.frame.head_gap if placed_here else 0.0
        cur.band_top = cur.y
        cur.column = 0
        cur.at_top = True
        cur.pending = 0.0
        self.band_tops[cur.page] = cur.band_top

    def put(self, cur: _Cursor, index: int, first: int, lines: list[float]) -> None:
        column = -1 if cur.full else cur.column
        y = cur.y
        for n, advance in enumerate(lines):
            self.placed.append(PlacedLine(index, first + n, cur.page, column, y))
            y += advance
        cur.y = y
        cur.at_top = False

    def place(self, cur: _Cursor, index: int, first: int) -> None:
        """Place block ``index`` from its line ``first`` on."""
        block = self.blocks[index]
        lines = block.lines[first:]
        continuation = first > 0
        while lines:
            gap = 0.0 if cur.at_top else max(cur.pending, 0.0 if continuation else block.space_before)
            room = self.bottom(cur) - cur.y - gap
            if self.keeps(index) and not continuation and not cur.at_top:
                need = self.keep_need(index)
                if need > room and need <= self.fresh_capacity(cur):
                    self.advance(cur)
                    continue
            fit, used = 0, 0.0
            for advance in lines:
                if used + advance > room + 1e-6:
                    break
                used += advance
                fit += 1
            if fit == len(lines):
                carry = self.carry(cur, index, lines, room - used, continuation)
                if carry < 0:  # too short to leave part behind: all of it goes on with what follows
                    self.advance(cur)
                    continue
                if not carry:
                    cur.y += gap
                    self.put(cur, index, first, lines)
                    cur.pending = block.space_after
                    return
                fit = len(lines) - carry
            if fit == 0 or not block.splittable:
                # Nothing fits (or a picture does not): a fuller column comes next, unless this
                # one is already as tall as a column gets; then it goes here anyway.
                short = self.bottom(cur) - cur.y < self.frame.bottom - self.frame.top - 1e-6
                if not cur.at_top or short:
                    self.advance(cur)
                    continue
                if not block.splittable:
                    fit = len(lines)
            total, least = len(lines), max(1, block.min_lines)
            if fit < least and not cur.at_top:  # orphan
                self.advance(cur)
                continue
            if fit < total and total - fit < least:  # widow
                if total - least >= least:
                    fit = total - least
                elif not cur.at_top:
                    self.advance(cur)
                    continue
            if self.last_bottom is not None and fit < total and min(fit, total - fit) < least:
                raise _Overflow  # a trial column too short to break this paragraph well: try a taller one
            fit = max(fit, 1)  # an empty column takes at least one line, so the flow moves on
            cur.y += gap
            self.put(cur, index, first, lines[:fit])
            lines = lines[fit:]
            first += fit
            continuation = True
            if lines:
                self.advance(cur)
        cur.pending = block.space_after

    def carry(self, cur: _Cursor, index: int, lines: list[float], left: float, continuation: bool) -> int:
        """How many of the last ``lines`` of block ``index`` must go on to the next column with the
        block after it, which keeps with them and does not fit in the ``left`` room of this one.

        0: none (it fits, or nothing better can be done); -1: the whole rest, which is too short
        to leave a part here.
        """
        keep = self.tails.get(index, 0)
        if not keep:
            return 0
        block, nxt = self.blocks[index], self.blocks[index + 1]
        need = max(block.space_after, nxt.space_before) + self.keep_need(index + 1)
        if need <= left + 1e-6:
            return 0
        least = max(1, block.min_lines)
        carry = max(keep, least)
        capacity = self.fresh_capacity(cur)
        if len(lines) - carry >= least:
            return carry if sum(lines[-carry:]) + need <= capacity + 1e-6 else 0
        if cur.at_top or continuation or sum(lines) + need > capacity + 1e-6:
            return 0
        return -1

    def stranded(self, start: int = 0) -> bool:
        """Whether a block that keeps with the text before it is parted from some of those lines
        (looking at the lines placed from ``start`` on)."""
        for n in range(start, len(self.placed)):
            placed = self.placed[n]
            block = self.blocks[placed.block]
            if placed.line or not block.keep_with_previous:
                continue
            for before in reversed(self.placed[max(0, n - block.keep_with_previous):n]):
                if before.column < 0:
                    break
                if (before.page, before.column) != (placed.page, placed.column):
                    return True
                if not self.blocks[before.block].splittable:  # a picture is enough by itself
                    break
        return False

    def run(self, cur: _Cursor, start: int, start_line: int) -> _Cursor:
        for index in range(start, len(self.blocks)):
            if cur.full and not self.blocks[index].full_width:
                self.start_columns(cur)
            self.place(cur, index, start_line if index == start else 0)
        return cur


def _tails(blocks: list[FlowBlock]) -> tuple[dict[int, int], set[int]]:
    """What ``keep_with_previous`` asks of the blocks before: for a block, how many of its last
    lines must share a column with the next block; and the blocks too short for that, which go
    on whole with what follows them (a picture before is enough by itself)."""
    tails: dict[int, int] = {}
    kept: set[int] = set()
    for index, block in enumerate(blocks):
        want, j = block.keep_with_previous, index - 1
        while want > 0 and j >= 0 and not blocks[j].full_width and blocks[j].splittable:
            if len(blocks[j].lines) >= want:
                tails[j] = max(tails.get(j, 0), want)
                break
            kept.add(j)
            want -= len(blocks[j].lines)
            j -= 1
    return tails, kept


def flow(blocks: list[FlowBlock], frame: Frame, balance: bool = True) -> FlowResult:
    """Place every line of ``blocks`` in ``frame``; see the module docstring for the rules."""
    run = _Flow(blocks, frame)
    start_full = bool(blocks) and blocks[0].full_width
    cur = _Cursor(page=0, column=0, y=frame.first_top, band_top=frame.first_top, full=start_full)
    if not start_full:
        run.band_tops[0] = frame.first_top
    cur = run.run(cur, 0, 0)
    result = FlowResult(run.placed, cur.page + 1, run.band_tops)
    if balance and frame.columns > 1:
        return _balanced(blocks, frame, result)
    return result


def _balanced(blocks: list[FlowBlock], frame: Frame, result: FlowResult) -> FlowResult:
    """The same flow with the last page's columns as even as the rules allow."""
    last = result.pages - 1
    first = next((n for n, p in enumerate(result.lines) if p.page == last and p.column >= 0), None)
    if first is None or last not in result.band_tops:
        return result
    start = result.lines[first]
    band_top = result.band_tops[last]
    keep = result.lines[:first]

    def trial(bottom: float) -> list[PlacedLine] | None:
        run = _Flow(blocks, frame, last_page=last, last_bottom=bottom)
        run.placed = list(keep)
        cur = _Cursor(page=last, column=0, y=band_top, band_top=band_top, full=False)
        try:
            run.run(cur, start.block, start.line)
        except _Overflow:
            return None
        return None if run.stranded(len(keep)) else run.placed

    low, high = band_top, frame.bottom
    best = trial(high)
    if best is None:
        return result
    for _ in range(30):
        if high - low < 0.25:
            break
        middle = (low + high) / 2
        attempt = trial(middle)
        if attempt is None:
            low = middle
        else:
            high, best = middle, attempt
    return FlowResult(best, result.pages, result.band_tops)
