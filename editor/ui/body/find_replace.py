"""The find & replace bar shown under the body, as in browsers and code editors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from editor.ui.body.body_editor import BodyEditor


class FindReplaceBar(QWidget):
    """Find field, replace field, Next/Previous, Replace/Replace all, Match case, Whole word.

    Return in the find field finds the next match, Shift+Return the previous one; Return in
    the replace field replaces. Esc hides the bar and gives the focus back to the editor.
    """

    def __init__(self, editor: BodyEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find"))
        self.find_field.setClearButtonEnabled(True)
        self.replace_field = QLineEdit(self)
        self.replace_field.setPlaceholderText(self.tr("Replace with"))
        self.previous_button = QPushButton(self.tr("Previous"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.replace_button = QPushButton(self.tr("Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace all"), self)
        self.case_box = QCheckBox(self.tr("Match case"), self)
        self.word_box = QCheckBox(self.tr("Whole word"), self)
        self.status = QLabel(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAutoRaise(True)
        self._lay_out()
        self._connect()
        self.hide()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.find_field, 0, 0)
        row = QHBoxLayout()
        for w in (self.previous_button, self.next_button, self.case_box, self.word_box, self.status):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.close_button)
        grid.addLayout(row, 0, 1)
        grid.addWidget(self.replace_field, 1, 0)
        replace_row = QHBoxLayout()
        replace_row.addWidget(self.replace_button)
        replace_row.addWidget(self.replace_all_button)
        replace_row.addStretch(1)
        grid.addLayout(replace_row, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self._replace_widgets = (self.replace_field, self.replace_button, self.replace_all_button)

    def _connect(self) -> None:
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        self.find_field.returnPressed.connect(self._return_in_find)
        self.find_field.textEdited.connect(self._search_as_typed)
        self.replace_field.returnPressed.connect(self.replace)
        for box in (self.case_box, self.word_box):
            box.toggled.connect(lambda _on: self.status.clear())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc (ignored by the fields and buttons, so it reaches the bar) closes the bar."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------ showing

    def show_find(self) -> None:
        """Show the bar for finding only, with the selection (if one line) as the query."""
        self._show(replace=False)

    def show_replace(self) -> None:
        """Show the bar with the replace row."""
        self._show(replace=True)

    def _show(self, replace: bool) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected and "\u2028" not in selected:
            self.find_field.setText(selected)
        for w in self._replace_widgets:
            w.setVisible(replace)
        self.status.clear()
        self.show()
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and return to the text."""
        self.hide()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ actions

    def _options(self) -> tuple[bool, bool]:
        return self.case_box.isChecked(), self.word_box.isChecked()

    def _find(self, backwards: bool) -> bool:
        text = self.find_field.text()
        if not text:
            self.status.clear()
            return False
        case, word = self._options()
        found = self.editor.find(text, case, word, backwards)
        self.status.setText("" if found else self.tr("Not found"))
        return found

    def find_next(self) -> bool:
        """Select the next match; says "Not found" when there is none."""
        return self._find(backwards=False)

    def find_previous(self) -> bool:
        """Select the previous match."""
        return self._find(backwards=True)

    def _return_in_find(self) -> None:
        self._find(backwards=bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier))

    def _search_as_typed(self, text: str) -> None:
        cursor = self.editor.textCursor()
        cursor.setPosition(cursor.selectionStart())
        self.editor.setTextCursor(cursor)
        if text:
            self._find(backwards=False)
        else:
            self.status.clear()

    def replace(self) -> bool:
        """Replace the selected match and go to the next one (first finds one if none is selected)."""
        text = self.find_field.text()
        if not text:
            return False
        case, word = self._options()
        self.editor.set_search(text, case, word)
        replaced = self.editor.replace_current(self.replace_field.text())
        more = self.editor.selection_is_match()
        self.status.setText("" if more else self.tr("Not found"))
        return replaced

    def replace_all(self) -> int:
        """Replace every match in one undo step and say how many."""
        text = self.find_field.text()
        if not text:
            return 0
        case, word = self._options()
        count = self.editor.replace_all(text, self.replace_field.text(), case, word)
        self.status.setText(self.tr("{count} replaced").format(count=count) if count else self.tr("Not found"))
        return count
