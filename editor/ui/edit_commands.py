"""Edit and Format menu behaviour of the main window: clipboard, undo, find, body formatting.

A part of MainWindow, which provides ``body`` (the BodyEditor), ``find_bar``, ``actions_by_id``
and ``ask_link_url``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

if TYPE_CHECKING:
    from editor.ui.window import MainWindow


BLOCK_ACTIONS = ("paragraph", "heading", "quote", "list_item")


class EditCommands(QObject):
    """Part of MainWindow: Edit and Format commands."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.settings = window.settings


    # --------------------------------------------------------- edit commands

    def _edit_target(self) -> QLineEdit | QPlainTextEdit | QTextEdit:
        focus: QWidget | None = QApplication.focusWidget()
        if isinstance(focus, (QLineEdit, QPlainTextEdit, QTextEdit)) and self.window.isAncestorOf(focus):
            return focus
        return self.window.body

    def can_undo(self) -> bool:
        """Enabled-when predicate of Undo: a fix-all or a restore to take back, else the field's own undo."""
        checker = self.window.checker
        if (checker is not None and checker.linked.can_undo()) or self.window.safety._restore_undo is not None:
            return True
        target = self._edit_target()
        return target.isUndoAvailable() if isinstance(target, QLineEdit) else target.document().isUndoAvailable()

    def can_redo(self) -> bool:
        """Enabled-when predicate of Redo."""
        checker = self.window.checker
        if checker is not None and checker.linked.can_redo():
            return True
        target = self._edit_target()
        return target.isRedoAvailable() if isinstance(target, QLineEdit) else target.document().isRedoAvailable()

    def undo(self) -> None:
        """Edit › Undo: the whole fix-all when it was the last change, then a restore, else the field being edited."""
        checker = self.window.checker
        if checker is not None and checker.linked.can_undo():
            checker.linked.undo()
        elif self.window.safety._restore_undo is not None:
            self.window.safety.undo_restore()
        else:
            self._edit_target().undo()

    def redo(self) -> None:
        """Edit › Redo."""
        checker = self.window.checker
        if checker is not None and checker.linked.can_redo():
            checker.linked.redo()
        else:
            self._edit_target().redo()

    def cut(self) -> None:
        """Edit › Cut."""
        self._edit_target().cut()

    def copy(self) -> None:
        """Edit › Copy."""
        self._edit_target().copy()

    def paste(self) -> None:
        """Edit › Paste."""
        self._edit_target().paste()

    def select_all(self) -> None:
        """Edit › Select All."""
        self._edit_target().selectAll()

    def show_find(self) -> None:
        """Edit › Find: the find bar under the body."""
        self.window.find_bar.show_find()

    def show_replace(self) -> None:
        """Edit › Replace: the find bar with its replace row."""
        self.window.find_bar.show_replace()

    # ------------------------------------------------------- format commands

    def toggle_bold(self, _checked: bool = False) -> None:
        """Format › Bold."""
        self.window.body.toggle_bold()
        self._after_format()

    def toggle_italic(self, _checked: bool = False) -> None:
        """Format › Italic."""
        self.window.body.toggle_italic()
        self._after_format()

    def toggle_underline(self, _checked: bool = False) -> None:
        """Format › Underline."""
        self.window.body.toggle_underline()
        self._after_format()

    def edit_link(self) -> None:
        """Format › Link…: ask for the address; an empty one removes the link."""
        current = self.window.body.textCursor().charFormat().anchorHref()
        url = self.window.dialogs.ask_link_url(current)
        if url is None:
            return
        self.window.body.set_link(url or None)
        self._after_format()

    def set_block_type(self, block_type: str) -> None:
        """Format › Normal Paragraph / Intertitle / Block Quote / Bulleted List."""
        self.window.body.set_block_type(block_type)
        self._after_format()

    def _after_format(self) -> None:
        self.window.body.setFocus()
        self._show_formats(self.window.body.current_formats())

    def _show_formats(self, state: dict) -> None:
        """Check the toolbar buttons that apply where the cursor is (or to all the selection)."""
        for flag in ("bold", "italic", "underline"):
            self.window.actions_by_id[flag].setChecked(bool(state.get(flag)))
        for kind in BLOCK_ACTIONS:
            self.window.actions_by_id[kind].setChecked(state.get("block_type") == kind)
