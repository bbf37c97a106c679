"""The find & replace bar shown under the body, as in browsers and code editors.

It searches the whole article in reading order (the fields panel, then the body: see
:mod:`editor.session.search`), says "3 of 12" and selects each match in its own box
(:mod:`editor.ui.find_targets`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt
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

from editor.model.text import nfc
from editor.qt.qt_text import is_one_line
from editor.session.search import Location, Match, SearchOptions, match_after
from editor.ui.body.body_editor import BodyEditor
from editor.ui.find_targets import FindTargets


class FindReplaceBar(QWidget):
    """Find field, replace field, Previous/Next, Replace/Replace all, Match case, Whole words,
    Ignore accents.

    Return in the find field finds the next match, Shift+Return the previous one; Return in
    the replace field replaces. Esc hides the bar and gives the focus back to the editor.
    With a ``window`` (MainWindow) the bar reaches every field and Replace All is one step of
    the session's undo history; without one it searches the body editor alone.
    """

    def __init__(self, editor: BodyEditor, parent: QWidget | None = None, window: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.editor = editor
        self.targets = FindTargets(editor, window)
        self.session = window.session if window is not None else None
        self._matches: list[Match] = []
        self._order: list[Location] = []
        self._current: Match | None = None
        self._start: tuple[Location | None, int] = (None, 0)  # where the next search starts
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
        self.word_box = QCheckBox(self.tr("Whole words"), self)
        self.accents_box = QCheckBox(self.tr("Ignore accents"), self)
        self.accents_box.setToolTip(self.tr("“tong ket” finds “tổng kết”"))
        self.status = QLabel(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.setAutoRaise(True)
        self._name_controls()
        self._lay_out()
        self._connect()
        self.hide()

    def _name_controls(self) -> None:
        """Every control has an accessible name, read out by screen readers."""
        names = {self.find_field: self.tr("Find"), self.replace_field: self.tr("Replace with"),
                 self.previous_button: self.tr("Previous"), self.next_button: self.tr("Next"),
                 self.replace_button: self.tr("Replace"), self.replace_all_button: self.tr("Replace all"),
                 self.case_box: self.tr("Match case"), self.word_box: self.tr("Whole words"),
                 self.accents_box: self.tr("Ignore accents"), self.status: self.tr("Search result"),
                 self.close_button: self.tr("Close the find bar")}
        for widget, name in names.items():
            widget.setAccessibleName(name)
        for clear in self.find_field.findChildren(QToolButton):  # the field's own clear button
            clear.setAccessibleName(self.tr("Clear"))

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.find_field, 0, 0)
        row = QHBoxLayout()
        for w in (self.previous_button, self.next_button, self.status):
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
        options = QHBoxLayout()
        for box in (self.case_box, self.word_box, self.accents_box):
            options.addWidget(box)
        options.addStretch(1)
        grid.addLayout(options, 2, 0, 1, 2)
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
        for box in (self.case_box, self.word_box, self.accents_box):
            box.toggled.connect(lambda _on: self._search_as_typed(self.find_field.text()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
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
        selected = self.targets.selected_text()
        if selected and is_one_line(selected):
            self.find_field.setText(selected)
        self._search()
        self._start, self._current = self.targets.place(self._order), None
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

    # ------------------------------------------------------------ finding

    def options(self) -> SearchOptions:
        """The options the boxes are set to."""
        return SearchOptions(self.case_box.isChecked(), self.word_box.isChecked(), self.accents_box.isChecked())

    def _search(self) -> bool:
        """Find every match again (the text may have changed); False when the query is empty."""
        text = self.find_field.text()
        self._matches, self._order = self.targets.search(text, self.options())
        return bool(text)

    def _go(self, index: int, focus: bool) -> bool:
        """Select match ``index`` (-1: none) and say where it stands."""
        if index < 0:
            self._current = None
            self.status.setText(self.tr("Not found") if self.find_field.text() else "")
            return False
        self._current = match = self._matches[index]
        self._start = (match.location, match.start)
        self.targets.select(match, focus)
        self.status.setText(self.tr("{index} of {count}").format(
            index=QLocale().toString(index + 1), count=QLocale().toString(len(self._matches))))
        return True

    def _step(self, backwards: bool, focus: bool) -> bool:
        if not self._search():
            return self._go(-1, focus)
        if self._current in self._matches:
            index = self._matches.index(self._current) + (-1 if backwards else 1)
            return self._go(index % len(self._matches), focus)
        location, offset = self._start
        return self._go(match_after(self._matches, self._order, location, offset, backwards), focus)

    def find_next(self) -> bool:
        """Select the next match (its box gets the focus); says "Not found" when there is none."""
        return self._step(backwards=False, focus=True)

    def find_previous(self) -> bool:
        """Select the previous match."""
        return self._step(backwards=True, focus=True)

    def _return_in_find(self) -> None:
        """Return goes on to the next match; the keys stay in the find field (a second Return
        must not type over the match)."""
        self._step(bool(QApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier), focus=False)

    def _search_as_typed(self, _text: str = "") -> None:
        """Each keystroke selects the first match from where the search started."""
        self._current = None
        if self._search():
            location, offset = self._start
            self._go(match_after(self._matches, self._order, location, offset), focus=False)
        else:
            self._go(-1, focus=False)

    # ------------------------------------------------------------ replacing

    def replace(self) -> bool:
        """Replace the selected match and go to the next one (first finds one if none is selected)."""
        if not self._search():
            return False
        current = self._current
        if current not in self._matches or not self.targets.is_selected(current):
            self.find_next()
            return False
        new = self.replace_field.text()
        if self.session is None:
            self.targets.replace([current], new)
        else:
            with self.session.undo.group(self.tr("Replace")):
                self.targets.replace([current], new)
        self._current = None
        self._start = (current.location, current.start + len(nfc(new)))
        self._search()
        location, offset = self._start
        self._go(match_after(self._matches, self._order, location, offset), focus=True)
        return True

    def replace_all(self) -> int:
        """Replace every match in the article, as ONE undo step, and say how many."""
        if not self._search():
            return 0
        new = self.replace_field.text()
        if self.session is None:
            count = self.targets.replace(self._matches, new)
        else:
            with self.session.undo.group(self.tr("Replace All")):
                count = self.targets.replace(self._matches, new)
        self._current = None
        self.status.setText(self.tr("{count} replaced").format(count=QLocale().toString(count)) if count
                            else self.tr("Not found"))
        return count
