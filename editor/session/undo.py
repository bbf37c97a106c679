"""One undo history for the open article: typing in any field, the body, the quote and award lists,
Fix All Safe, Replace All and restoring a revision, undone in the order they happened.

No widgets here. A step is a pair of calls (or the old and new text of one field) that the user
interface builds; :meth:`UndoHistory.group` makes every change inside it one step.

The history is bounded, so a day's editing cannot fill the memory: it keeps the last
:data:`MAX_STEPS` steps, and fewer when together they hold more than :data:`MAX_TEXT` characters
of text (a step's ``text_size()``: a field's old and new text, or what the caller says it holds).
The oldest steps go first; the newest one is always kept.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal

MERGE_PAUSE_S = 1.5  # typing after a longer pause starts a new step, as in a word processor
MAX_STEPS = 500
MAX_TEXT = 4_000_000  # characters the steps may hold together (8 to 16 MB as Python text)


class Step:
    """One thing the user did, undone and redone as a whole; ``label`` names it ("Typing in Headline")."""

    def __init__(self, label: str, undo: Callable[[], object], redo: Callable[[], object], size: int = 0) -> None:
        self.label = label
        self._undo = undo
        self._redo = redo
        self._size = size

    def text_size(self) -> int:
        """Characters of text the step keeps alive (what the history's memory bound counts)."""
        return self._size

    def undo(self) -> None:
        """Take the change back."""
        self._undo()

    def redo(self) -> None:
        """Make the change again."""
        self._redo()

    def merge(self, newer: Step) -> bool:
        """Take ``newer`` into this step (True) or leave it a step of its own (False)."""
        return False


class TextStep(Step):
    """Typing in one field: its text before and after. Typing on in the same field soon after merges."""

    def __init__(self, label: str, key: object, old: str, new: str, apply: Callable[[str], object],
                 at: float | None = None) -> None:
        super().__init__(label, lambda: apply(self.old), lambda: apply(self.new))
        self.key = key  # which field (and record): only typing in the same one merges
        self.old = old
        self.new = new
        self.at = time.monotonic() if at is None else at

    def text_size(self) -> int:
        """The field's text before and after."""
        return len(self.old) + len(self.new)

    def merge(self, newer: Step) -> bool:
        """Typing on in the same field, without a pause, is the same step."""
        if not (isinstance(newer, TextStep) and newer.key == self.key and newer.old == self.new
                and 0 <= newer.at - self.at <= MERGE_PAUSE_S):
            return False
        self.new, self.at = newer.new, newer.at
        return True


class GroupStep(Step):
    """Several changes made as one (Fix All Safe, Replace All, Restore Version)."""

    def __init__(self, label: str, steps: list[Step]) -> None:
        super().__init__(label, self._undo_all, self._redo_all)
        self.steps = steps

    def text_size(self) -> int:
        """What its steps hold together."""
        return sum(step.text_size() for step in self.steps)

    def _undo_all(self) -> None:
        for step in reversed(self.steps):
            step.undo()

    def _redo_all(self) -> None:
        for step in self.steps:
            step.redo()


class UndoHistory(QObject):
    """The article's one list of steps: ``steps[:index]`` are done, the rest can be redone.

    At most ``limit`` steps are kept, and only as many of the newest as hold ``max_text``
    characters of text together (see the module documentation).
    """

    changed = Signal()  # a step was added, undone, redone, or the history was cleared

    def __init__(self, parent: QObject | None = None, limit: int = MAX_STEPS, max_text: int = MAX_TEXT) -> None:
        super().__init__(parent)
        self.limit = limit
        self.max_text = max_text
        self._text = 0  # characters the kept steps hold (the sum of their text_size())
        self._steps: list[Step] = []
        self._index = 0
        self._saved: int | None = 0  # index of the state last saved (None: no longer reachable)
        self._sealed = False  # the next step does not merge into the last one
        self._groups: list[tuple[str, list[Step]]] = []
        self._applying = False

    # ------------------------------------------------------------------ state

    @property
    def applying(self) -> bool:
        """True while a step is being undone or redone: the changes it makes are not new steps."""
        return self._applying

    @property
    def recording(self) -> bool:
        """True inside :meth:`group`."""
        return bool(self._groups)

    def can_undo(self) -> bool:
        """Whether there is a step to undo."""
        return self._index > 0

    def can_redo(self) -> bool:
        """Whether there is an undone step to redo."""
        return self._index < len(self._steps)

    def undo_label(self) -> str:
        """What Undo would take back ("" when nothing)."""
        return self._steps[self._index - 1].label if self.can_undo() else ""

    def redo_label(self) -> str:
        """What Redo would make again ("" when nothing)."""
        return self._steps[self._index].label if self.can_redo() else ""

    def labels(self) -> list[str]:
        """The labels of the steps that can be undone, oldest first."""
        return [step.label for step in self._steps[: self._index]]

    def at_saved(self) -> bool:
        """True when the steps done are exactly those done when the article was last saved."""
        return self._saved == self._index

    def text_held(self) -> int:
        """Characters of text the kept steps hold together."""
        return self._text

    def top(self) -> Step | None:
        """The step Undo would take back."""
        return self._steps[self._index - 1] if self.can_undo() else None

    # ------------------------------------------------------------------ recording

    def push(self, step: Step) -> None:
        """Record ``step`` (already made). Ignored while a step is being undone or redone."""
        if self._applying:
            return
        if self._groups:
            self._groups[-1][1].append(step)
            return
        if self._saved is not None and self._saved > self._index:
            self._saved = None  # the saved state was undone and is now replaced
        self._text -= sum(undone.text_size() for undone in self._steps[self._index:])
        del self._steps[self._index:]
        top = self._steps[-1] if self._steps and not self._sealed else None
        held = top.text_size() if top is not None else 0
        if top is not None and top.merge(step):
            self._text += top.text_size() - held
            if self._saved == self._index:
                self._saved = None
        else:
            self._steps.append(step)
            self._text += step.text_size()
        self._drop_oldest()
        self._index = len(self._steps)
        self._sealed = False
        self.changed.emit()

    def _drop_oldest(self) -> None:
        """Forget the oldest steps while there are more than the limit or they hold too much text."""
        drop = 0
        while len(self._steps) - drop > max(1, self.limit) or (
                self._text > self.max_text and len(self._steps) - drop > 1):
            self._text -= self._steps[drop].text_size()
            drop += 1
        if drop:
            del self._steps[:drop]
            self._saved = None if self._saved is None or self._saved < drop else self._saved - drop

    def add(self, label: str, undo: Callable[[], object], redo: Callable[[], object], size: int = 0) -> None:
        """Record a change (already made) that ``undo`` takes back and ``redo`` makes again;
        ``size``: the characters of text the two calls keep alive (the memory bound counts them)."""
        self.push(Step(label, undo, redo, size))

    @contextmanager
    def group(self, label: str) -> Iterator[None]:
        """Every change recorded inside becomes one step named ``label`` (nested groups join the outer)."""
        self._groups.append((label, []))
        try:
            yield
        finally:
            label, steps = self._groups.pop()
            if self._groups:
                self._groups[-1][1].extend(steps)
            elif steps:
                self.push(GroupStep(label, steps))
                self._sealed = True

    def seal(self) -> None:
        """End the current step: what is typed next is a step of its own."""
        self._sealed = True

    # ------------------------------------------------------------------ undo, redo

    def undo(self) -> None:
        """Take back the last step done."""
        if self.can_undo():
            self._apply(self._steps[self._index - 1].undo)
            self._index -= 1
            self.changed.emit()

    def redo(self) -> None:
        """Make the last undone step again."""
        if self.can_redo():
            self._apply(self._steps[self._index].redo)
            self._index += 1
            self.changed.emit()

    def _apply(self, call: Callable[[], None]) -> None:
        self._applying = True
        try:
            call()
        finally:
            self._applying = False
            self._sealed = True

    # ------------------------------------------------------------------ lifecycle

    def mark_saved(self) -> None:
        """The article was saved: remember this point (the history itself is kept)."""
        self._saved = self._index
        self._sealed = True
        self.changed.emit()

    def clear(self) -> None:
        """Forget every step (another article is shown)."""
        self._steps, self._index, self._saved, self._sealed, self._text = [], 0, 0, False, 0
        self.changed.emit()
