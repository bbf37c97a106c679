"""Edit and Format menu behaviour of the main window: clipboard, undo, find, body formatting.

A mixin for MainWindow, which provides ``body`` (the BodyEditor), ``find_bar``, ``actions_by_id``
and ``ask_link_url``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from editor.ui.actions import update_enabled
from editor.ui.body.body_editor import BodyEditor

BLOCK_ACTIONS = ("paragraph", "heading", "quote", "list_item")


class EditCommands:
    """Mixin for MainWindow: Edit and Format commands."""

    body: BodyEditor

    # --------------------------------------------------------- edit commands

    def _edit_target(self) -> QLineEdit | QPlainTextEdit | QTextEdit:
        focus: QWidget | None = QApplication.focusWidget()
        if isinstance(focus, (QLineEdit, QPlainTextEdit, QTextEdit)) and self.isAncestorOf(focus):
            return focus
        return self.body

    def can_undo(self) -> bool:
        """Enabled-when predicate of Undo."""
        target = self._edit_target()
        return target.isUndoAvailable() if isinstance(target, QLineEdit) else target.document().isUndoAvailable()

    def can_redo(self) -> bool:
        """Enabled-when predicate of Redo."""
        target = self._edit_target()
        return target.isRedoAvailable() if isinstance(target, QLineEdit) else target.document().isRedoAvailable()

    def undo(self) -> None:
        """Edit › Undo in the field or body being edited."""
        self._edit_target().undo()

    def redo(self) -> None:
        """Edit › Redo."""
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
        self.find_bar.show_find()

    def show_replace(self) -> None:
        """Edit › Replace: the find bar with its replace row."""
        self.find_bar.show_replace()

    def update_actions(self) -> None:
        """Refresh the enabled state of the actions that depend on something."""
        update_enabled(self.actions_by_id, self)

    # ------------------------------------------------------- format commands

    def toggle_bold(self, _checked: bool = False) -> None:
        """Format › Bold."""
        self.body.toggle_bold()
        self._after_format()

    def toggle_italic(self, _checked: bool = False) -> None:
        """Format › Italic."""
        self.body.toggle_italic()
        self._after_format()

    def toggle_underline(self, _checked: bool = False) -> None:
        """Format › Underline."""
        self.body.toggle_underline()
        self._after_format()

    def edit_link(self) -> None:
        """Format › Link…: ask for the address; an empty one removes the link."""
        current = self.body.textCursor().charFormat().anchorHref()
        url = self.ask_link_url(current)
        if url is None:
            return
        self.body.set_link(url or None)
        self._after_format()

    def set_block_type(self, block_type: str) -> None:
        """Format › Normal Paragraph / Intertitle / Block Quote / Bulleted List."""
        self.body.set_block_type(block_type)
        self._after_format()

    def _after_format(self) -> None:
        self.body.setFocus()
        self._show_formats(self.body.current_formats())

    def _show_formats(self, state: dict) -> None:
        """Check the toolbar buttons that apply where the cursor is (or to all the selection)."""
        for flag in ("bold", "italic", "underline"):
            self.actions_by_id[flag].setChecked(bool(state.get(flag)))
        for kind in BLOCK_ACTIONS:
            self.actions_by_id[kind].setChecked(state.get("block_type") == kind)
