""""Fix All Safe" as ONE undo step across the fields and the body.

Every text widget keeps its own undo stack (the body's holds its formats and structure), so
the fix-all is made as exactly one undo step in each widget it touches: one edit block in the
body and in each text box, one select-and-insert in each line edit. :class:`LinkedUndo` then
ties those steps together: while nothing else has been edited since, Undo (Ctrl+Z in any text
widget of the window, or Edit › Undo) undoes all of them at once, and Redo redoes them. The
first other edit dissolves the link, and each widget's stack is exactly as Qt left it, so the
body's undo history is never rewritten behind its back.

Quote and award records that are not on screen have no widget: their fixes go into the model,
and the link restores the old text on undo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence

from editor.model.house_style import Finding
from editor.qt.finding_spans import Span


@dataclass
class Step:
    """One widget's (or one hidden record's) part of a linked undo step."""

    undo: Callable[[], None]
    redo: Callable[[], None]


class LinkedUndo(QObject):
    """The last fix-all, undone and redone as one step while nothing else was edited.

    Only while a fix-all is linked does it watch anything: ``widgets()`` get its key filter and
    ``edits`` (signals of any edit) dissolve the link, so typing pays nothing the rest of the time.
    """

    def __init__(self, widgets: Callable[[], list[QObject]], edits: list[SignalInstance],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.widgets = widgets
        self.edits = edits
        self.steps: list[Step] = []
        self.state = ""  # "done": can be undone; "undone": can be redone; "": nothing linked
        self.busy = False
        self._watching: list[QObject] = []

    def record(self, steps: list[Step]) -> None:
        """Link ``steps`` (just made) as one undo step."""
        self.dissolve()
        self.steps = steps
        self.state = "done" if steps else ""
        if steps:
            self._watching = self.widgets()
            for widget in self._watching:
                widget.installEventFilter(self)
            for signal in self.edits:
                signal.connect(self.dissolve)

    def dissolve(self, *_args: object) -> None:
        """Something else was edited: each widget undoes on its own again."""
        if self.busy or not self.state:
            return
        self.steps, self.state = [], ""
        for widget in self._watching:
            widget.removeEventFilter(self)
        self._watching = []
        for signal in self.edits:
            signal.disconnect(self.dissolve)

    def can_undo(self) -> bool:
        """True while the fix-all can be undone as a whole."""
        return self.state == "done"

    def can_redo(self) -> bool:
        """True while the undone fix-all can be redone as a whole."""
        return self.state == "undone"

    def undo(self) -> None:
        """Undo every widget's part."""
        self._run("done", "undone", [s.undo for s in reversed(self.steps)])

    def redo(self) -> None:
        """Redo every widget's part."""
        self._run("undone", "done", [s.redo for s in self.steps])

    def _run(self, expected: str, after: str, calls: list[Callable[[], None]]) -> None:
        if self.state != expected:
            return
        self.busy = True
        try:
            for call in calls:
                call()
        finally:
            self.busy = False
        self.state = after

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Ctrl+Z / Ctrl+Shift+Z in a text widget act on the linked step while there is one."""
        if self.state and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) and self.can_undo():
                self.undo()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) and self.can_redo():
                self.redo()
                return True
        return False


def non_overlapping(spans: list[Span], replacement: Callable[[Finding], str]) -> list[tuple[int, int, str]]:
    """Edits for ``spans``, last first, leaving out any that overlaps one already taken."""
    edits: list[tuple[int, int, str]] = []
    limit: int | None = None
    for span in sorted(spans, key=lambda s: (s.start, s.end), reverse=True):
        if limit is not None and span.end > limit:
            continue
        edits.append((span.start, span.end, replacement(span.finding)))
        limit = span.start
    return edits
