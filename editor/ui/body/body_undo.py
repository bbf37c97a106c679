"""The body's edits as steps of the article's one undo history (session.undo).

The body keeps its own QTextDocument undo stack (it holds formats and structure); each command
the document adds becomes one step whose undo and redo call the document's, so the two stay in
step. Typing merges as the document merges it; once another step comes between, the document is
told not to merge the next body edit into its last command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QMenu, QTextEdit

from editor.session.undo import Step, UndoHistory
from editor.ui.qt_names import set_enum_property


class BodyUndo(QObject):
    """Records every undo command of the body's document in ``history``."""

    def __init__(self, body: QTextEdit, history: UndoHistory, undo: Callable[[], None],
                 redo: Callable[[], None]) -> None:
        super().__init__(body)
        self.body = body
        self.document = body.document()
        self.history = history
        self.undo, self.redo = undo, redo  # Edit › Undo and Redo of the window
        self.label = self.tr("Typing in Body")
        self._pushing = False
        self.document.undoCommandAdded.connect(self._command_added)
        history.changed.connect(self._history_changed)
        # The body's own context menu would undo the document behind the history's back.
        set_enum_property(body, "contextMenuPolicy", "CustomContextMenu")  # not Qt: see qt_names.py
        body.customContextMenuRequested.connect(self._show_menu)

    def _command_added(self) -> None:
        self._pushing = True
        try:
            self.history.push(Step(self.label, self.document.undo, self.document.redo))
        finally:
            self._pushing = False

    def _history_changed(self) -> None:
        """Another step (or an undo): the next body edit must not merge into the last command.
        Qt merges typing only into a command made while the document is modified."""
        if not self._pushing and self.document.isModified():
            self.document.setModified(False)

    def _show_menu(self, point: QPoint) -> None:
        scrolled = QPoint(self.body.horizontalScrollBar().value(), self.body.verticalScrollBar().value())
        menu = self.route(self.body.createStandardContextMenu(point + scrolled))  # viewport to document
        menu.exec(self.body.viewport().mapToGlobal(point))
        menu.deleteLater()

    def route(self, menu: QMenu) -> QMenu:
        """Make a standard context menu's Undo and Redo those of the one history."""
        for action in menu.actions():
            name = action.objectName()
            if name in ("edit-undo", "edit-redo"):
                action.triggered.disconnect()
                undo = name == "edit-undo"
                action.triggered.connect(self.undo if undo else self.redo)
                action.setEnabled(self.history.can_undo() if undo else self.history.can_redo())
        return menu
