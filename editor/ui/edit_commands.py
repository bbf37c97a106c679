"""Edit and Format menu behaviour of the main window: clipboard, undo, find, body formatting.

A part of MainWindow, which provides ``body`` (the BodyEditor), ``find_bar``, ``actions_by_id``
and ``ask_link_url``.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from editor.ui.body.body_undo import BodyUndo
from editor.ui.fields.field_undo import FieldUndo
from editor.ui.window_part import WindowPart

BLOCK_ACTIONS = ("paragraph", "heading", "quote", "list_item")


class EditCommands(WindowPart):
    """Part of MainWindow: Edit and Format commands."""

    # --------------------------------------------------------- edit commands

    def _edit_target(self) -> QLineEdit | QPlainTextEdit | QTextEdit:
        focus: QWidget | None = QApplication.focusWidget()
        if isinstance(focus, (QLineEdit, QPlainTextEdit, QTextEdit)) and self.window.isAncestorOf(focus):
            return focus
        return self.window.body

    def setup_undo(self) -> None:
        """One undo history for the fields and the body (session.undo): their changes become its
        steps, and Ctrl+Z / Ctrl+Shift+Z in any of them go to it, not to the widget's own stack."""
        window, history = self.window, self.session.undo
        FieldUndo(window.fields, history)
        BodyUndo(window.body, history, self.undo, self.redo)
        for widget in [window.body, *window.fields.findChildren(QLineEdit), *window.fields.findChildren(QPlainTextEdit)]:
            widget.installEventFilter(self)
        history.changed.connect(self.show_undo_state)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.show_undo_state()

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.session.undo.seal()  # typing in another field (or back in this one) is a new step

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Undo and Redo keys in a text widget: the window's actions (the one history) win."""
        kind = event.type()
        if kind != QEvent.Type.ShortcutOverride and kind != QEvent.Type.KeyPress:
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            command = self.undo
        elif event.matches(QKeySequence.StandardKey.Redo):
            command = self.redo
        else:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.ignore()  # not the widget's: the shortcut of Edit › Undo / Redo gets the key
        else:
            command()  # the action was disabled, so the key came through: never the widget's stack
        return True

    def can_undo(self) -> bool:
        """Enabled-when predicate of Undo: the article's history has a step to undo."""
        return self.session.undo.can_undo()

    def can_redo(self) -> bool:
        """Enabled-when predicate of Redo."""
        return self.session.undo.can_redo()

    def undo(self) -> None:
        """Edit › Undo: the last change to the article, wherever it was made and whatever has the focus."""
        self.session.undo.undo()
        self._after_undo_or_redo()

    def redo(self) -> None:
        """Edit › Redo."""
        self.session.undo.redo()
        self._after_undo_or_redo()

    def _after_undo_or_redo(self) -> None:
        self.window.sync_body()  # compared with the file: the body as it stands
        self.session.recheck_modified()

    def show_undo_state(self) -> None:
        """Edit › Undo and Redo name the step they would take back or make again."""
        history = self.session.undo
        for action_id, can, label, text in (
            ("undo", history.can_undo(), history.undo_label(), self.tr("&Undo {step}")),
            ("redo", history.can_redo(), history.redo_label(), self.tr("&Redo {step}")),
        ):
            action = self.window.actions_by_id.get(action_id) if hasattr(self.window, "actions_by_id") else None
            if action is None:
                continue
            if not can:
                text = QCoreApplication.translate("actions", "&Undo" if action_id == "undo" else "&Redo")
            wanted = text.format(step=label.replace("&", "&&"))
            if action.text() != wanted:
                action.setText(wanted)
            if action.isEnabled() != can:
                action.setEnabled(can)

    def _edit_group(self, label: str) -> AbstractContextManager[None]:
        return self.session.undo.group(label)

    def cut(self) -> None:
        """Edit › Cut."""
        with self._edit_group(self.tr("Cut")):
            self._edit_target().cut()

    def copy(self) -> None:
        """Edit › Copy."""
        self._edit_target().copy()

    def paste(self) -> None:
        """Edit › Paste."""
        with self._edit_group(self.tr("Paste")):
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
        with self._edit_group(self.tr("Bold")):
            self.window.body.toggle_bold()
        self._after_format()

    def toggle_italic(self, _checked: bool = False) -> None:
        """Format › Italic."""
        with self._edit_group(self.tr("Italic")):
            self.window.body.toggle_italic()
        self._after_format()

    def toggle_underline(self, _checked: bool = False) -> None:
        """Format › Underline."""
        with self._edit_group(self.tr("Underline")):
            self.window.body.toggle_underline()
        self._after_format()

    def edit_link(self) -> None:
        """Format › Link…: ask for the address; an empty one removes the link."""
        current = self.window.body.textCursor().charFormat().anchorHref()
        url = self.window.dialogs.ask_link_url(current)
        if url is None:
            return
        with self._edit_group(self.tr("Link")):
            self.window.body.set_link(url or None)
        self._after_format()

    def set_block_type(self, block_type: str) -> None:
        """Format › Normal Paragraph / Intertitle / Block Quote / Bulleted List."""
        with self._edit_group(self.tr("Paragraph Style")):
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
