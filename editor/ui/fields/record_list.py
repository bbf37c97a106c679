"""A list of small records (quotes, awards) with add, remove, move up/down and a detail form.

The editor works on the model's own list in place, so every change is already in the article
when ``edited`` is emitted.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.ui.fields.text_fields import GrowingTextEdit
from editor.ui.qt_names import set_enum_property

if TYPE_CHECKING:
    from editor.session.undo import UndoHistory

LABEL_CHARS = 70


def short(text: str, limit: int = LABEL_CHARS) -> str:
    """One line of at most ``limit`` characters, with an ellipsis when cut."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


class RecordListEditor(QWidget):
    """Base class. A subclass defines ``build_form(form)`` (adds the detail widgets made with
    ``line_edit``/``text_edit``/``choice``), ``new_record()``, ``record_label(record)`` and
    ``load_form(record)``.
    """

    edited = Signal()
    history: UndoHistory | None = None  # the article's undo history (set by FieldUndo)
    step_labels = ("Add", "Remove", "Move")  # how Edit › Undo names them: set by each subclass

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Any] = []
        self._loading = False
        self.list = QListWidget(self)
        self.list.setObjectName("records")
        self.list.setAlternatingRowColors(True)
        set_enum_property(self.list, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        set_enum_property(self.list, "textElideMode", "ElideRight")
        self.list.setUniformItemSizes(True)
        self.list.setFixedHeight(self.list.fontMetrics().lineSpacing() * 4 + 12)
        self.list.currentRowChanged.connect(self._show_current)

        # parent= by name: (text, parent) by position makes PySide weigh QPushButton(QIcon, text)
        # too, which loads QIcon and its enums before the window first paints.
        self.add_button = QPushButton(self.tr("&Add"), parent=self)
        self.remove_button = QPushButton(self.tr("Remove"), parent=self)
        self.up_button = QPushButton(self.tr("Move Up"), parent=self)
        self.down_button = QPushButton(self.tr("Move Down"), parent=self)
        self.add_button.clicked.connect(self.add_record)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.form_widget = QWidget(self)
        self.form = QFormLayout(self.form_widget)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.build_form(self.form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.form_widget)
        self._update_buttons()

    # ------------------------------------------------------------- helpers

    def line_edit(self, name: str, placeholder: str = "") -> QLineEdit:
        """A QLineEdit writing its text to the current record's attribute ``name``."""
        edit = QLineEdit(self.form_widget)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(lambda text, n=name: self.field_changed(n, text))
        return edit

    def text_edit(self, name: str, placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
        """A multi-line plain-text box writing to the current record's attribute ``name``."""
        edit = GrowingTextEdit(min_lines=lines, max_lines=10, parent=self.form_widget)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(lambda n=name, e=edit: self.field_changed(n, e.raw_text()))
        return edit

    def choice(self, name: str, options: list[tuple[str, str]]) -> QComboBox:
        """A combo box of (value, label) pairs writing the value to attribute ``name``."""
        combo = QComboBox(self.form_widget)
        combo.setObjectName(name)
        for value, label in options:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(lambda _i, n=name, c=combo: self.field_changed(n, c.currentData()))
        return combo

    @staticmethod
    def select_value(combo: QComboBox, value: str) -> None:
        """Select the entry whose data is ``value`` (the first one when unknown)."""
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def field_changed(self, name: str, value: Any) -> None:
        """Write a detail widget's value into the current record."""
        record = self.current_record()
        if self._loading or record is None or value is None:
            return
        if getattr(record, name) == value:
            return
        setattr(record, name, value)
        item = self.list.currentItem()
        if item is not None:
            item.setText(self.record_label(record))
        self.edited.emit()

    # ----------------------------------------------------------------- API

    def set_records(self, records: list[Any]) -> None:
        """Edit ``records`` (the model's list, changed in place)."""
        self._items = records
        self._loading = True
        try:
            self.list.clear()
            for record in records:
                self.list.addItem(QListWidgetItem(self.record_label(record)))
        finally:
            self._loading = False
        self.list.setCurrentRow(0 if records else -1)
        self._show_current(self.list.currentRow())

    def records(self) -> list[Any]:
        """The list being edited."""
        return self._items

    def current_record(self) -> Any | None:
        """The selected record, or None."""
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def add_record(self) -> None:
        """Append an empty record, select it and put the cursor in its first field."""
        record, row = self.new_record(), len(self._items)
        self._insert(row, record)
        self._record_step(self.step_labels[0], lambda: self._delete(row), lambda: self._insert(row, record))
        first = self.form.itemAt(0, QFormLayout.ItemRole.FieldRole)
        if first is not None and first.widget() is not None:
            first.widget().setFocus()

    def remove_current(self) -> None:
        """Delete the selected record."""
        row = self.list.currentRow()
        if not 0 <= row < len(self._items):
            return
        record = self._items[row]
        self._delete(row)
        self._record_step(self.step_labels[1], lambda: self._insert(row, record), lambda: self._delete(row))

    def move_current(self, step: int) -> None:
        """Move the selected record up (-1) or down (+1)."""
        row = self.list.currentRow()
        other = row + step
        if not (0 <= row < len(self._items) and 0 <= other < len(self._items)):
            return
        self._swap(row, other)
        self._record_step(self.step_labels[2], lambda: self._swap(other, row), lambda: self._swap(row, other))

    def _record_step(self, label: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        if self.history is not None:
            self.history.add(label, undo, redo)

    def _insert(self, row: int, record: Any) -> None:
        self._items.insert(row, record)
        self.list.insertItem(row, QListWidgetItem(self.record_label(record)))
        self.list.setCurrentRow(row)
        self._show_current(row)
        self.edited.emit()

    def _delete(self, row: int) -> None:
        del self._items[row]
        self.list.takeItem(row)
        self.list.setCurrentRow(min(row, len(self._items) - 1))
        self._show_current(self.list.currentRow())
        self.edited.emit()

    def _swap(self, row: int, other: int) -> None:
        self._items[row], self._items[other] = self._items[other], self._items[row]
        for r in (row, other):
            self.list.item(r).setText(self.record_label(self._items[r]))
        self.list.setCurrentRow(other)
        self.edited.emit()

    def _show_current(self, row: int) -> None:
        record = self.current_record()
        self._loading = True
        try:
            self.form_widget.setEnabled(record is not None)
            self.load_form(record if record is not None else self.new_record())
            for edit in self.form_widget.findChildren(QLineEdit):
                edit.setCursorPosition(0)
        finally:
            self._loading = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        count = len(self._items)
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)
