"""One undo history for the open article: typing in any field, the body, the quote and award lists,
Fix All Safe, Replace All and restoring a revision, undone in the order they happened.

No widgets here. A step is a pair of calls (or the old and new text of one field) that the user
interface builds; :meth:`UndoHistory.group` makes every change inside it one step.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal

MERGE_PAUSE_S = 1.5  # typing after a longer pause starts a new step, as in a word processor
MAX_STEPS = 500


class Step:
    """One thing the user did, undone and redone as a whole; ``label`` names it ("Typing in Headline")."""

    def __init__(self, label: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        self.label = label
        self._undo = undo
        self._redo = redo

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

    def _undo_all(self) -> None:
        for step in reversed(self.steps):
            step.undo()

    def _redo_all(self) -> None:
        for step in self.steps:
            step.redo()


class UndoHistory(QObject):
    """The article's one list of steps: ``steps[:index]`` are done, the rest can be redone."""

    changed = Signal()  # a step was added, undone, redone, or the history was cleared

    def __init__(self, parent: QObject | None = None, limit: int = MAX_STEPS) -> None:
        super().__init__(parent)
        self.limit = limit
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
        del self._steps[self._index:]
        top = self._steps[-1] if self._steps and not self._sealed else None
        if top is not None and top.merge(step):
            if self._saved == self._index:
                self._saved = None
        else:
            self._steps.append(step)
            if len(self._steps) > self.limit:
                del self._steps[0]
                self._saved = None if self._saved in (None, 0) else self._saved - 1
            self._index = len(self._steps)
        self._sealed = False
        self.changed.emit()

    def add(self, label: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        """Record a change (already made) that ``undo`` takes back and ``redo`` makes again."""
        self.push(Step(label, undo, redo))

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
        self._steps, self._index, self._saved, self._sealed = [], 0, 0, False
        self.changed.emit()
