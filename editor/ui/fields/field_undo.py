"""Changes in the fields panel as steps of the article's one undo history (session.undo).

Each watched widget's value is kept as text (a combo box's index, a date in ISO form); a change
becomes a :class:`TextStep` holding the old and new value of that one widget, so typing costs no
copy of the article. Typing on in the same field merges into one step. The changes an undo or a
redo makes go through the same widgets, so the model, the modified flag and the checker follow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, SignalInstance
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from editor.session.undo import TextStep, UndoHistory
from editor.ui.fields.fields_panel import ISO_DATE

if TYPE_CHECKING:
    from editor.ui.fields.fields_panel import FieldsPanel
    from editor.ui.fields.record_list import RecordListEditor


class FieldUndo(QObject):
    """Records every change of the fields panel's widgets in ``history``."""

    def __init__(self, panel: FieldsPanel, history: UndoHistory) -> None:
        super().__init__(panel)
        self.panel = panel
        self.history = history
        self._shown: dict[QWidget, str] = {}
        p, q, a = panel, panel.quotes, panel.awards
        for widget, label in ((p.kicker, self.tr("Typing in Kicker")), (p.headline, self.tr("Typing in Headline")),
                              (p.lede, self.tr("Typing in Standfirst")), (p.source, self.tr("Typing in Source")),
                              (p.place, self.tr("Typing in Place")), (p.authors, self.tr("Typing in Authors")),
                              (p.signoff, self.tr("Typing in Sign-off")), (p.topic, self.tr("Typing in Topic")),
                              (p.tags, self.tr("Typing in Tags"))):
            self._watch_text(widget, label)
        for widget, label in ((q.speaker, self.tr("Typing in Speaker")), (q.role, self.tr("Typing in Role")),
                              (q.text, self.tr("Typing in Quote"))):
            self._watch_text(widget, label, q)
        for widget, label in ((a.recipient, self.tr("Typing in Recipient")), (a.award, self.tr("Typing in Award")),
                              (a.conferred_by, self.tr("Typing in Conferred By")),
                              (a.reason, self.tr("Typing in Reason"))):
            self._watch_text(widget, label, a)
        for combo, label, records in ((p.language, self.tr("Change Language"), None),
                                      (p.status, self.tr("Change Status"), None),
                                      (q.kind, self.tr("Change Quote Kind"), q),
                                      (a.recipient_kind, self.tr("Change Recipient Kind"), a)):
            self._watch_choice(combo, label, records)
        date_label = self.tr("Change Date")
        self._watch(p.date, p.date.dateChanged, lambda: p.date.date().toString(ISO_DATE),
                    lambda text: p.date.setDate(QDate.fromString(text, ISO_DATE)), date_label)
        self._watch_check(p.no_date, date_label)
        for records in (q, a):
            records.history = history

    def _watch_text(self, widget: QLineEdit | QPlainTextEdit, label: str,
                    records: RecordListEditor | None = None) -> None:
        if isinstance(widget, QLineEdit):
            self._watch(widget, widget.textChanged, widget.text, widget.setText, label, records)
            return
        widget.document().setUndoRedoEnabled(False)  # the one history undoes it, not the box
        read = widget.raw_text if hasattr(widget, "raw_text") else widget.toPlainText
        self._watch(widget, widget.textChanged, read, widget.setPlainText, label, records)

    def _watch_choice(self, combo: QComboBox, label: str, records: RecordListEditor | None) -> None:
        self._watch(combo, combo.currentIndexChanged, lambda: str(combo.currentIndex()),
                    lambda text: combo.setCurrentIndex(int(text)), label, records)

    def _watch_check(self, box: QCheckBox, label: str) -> None:
        self._watch(box, box.toggled, lambda: "1" if box.isChecked() else "",
                    lambda text: box.setChecked(bool(text)), label)

    def _watch(self, widget: QWidget, signal: SignalInstance, read: Callable[[], str],
               write: Callable[[str], object], label: str, records: RecordListEditor | None = None) -> None:
        self._shown[widget] = read()
        signal.connect(lambda *_args: self._changed(widget, read, write, label, records))

    def _changed(self, widget: QWidget, read: Callable[[], str], write: Callable[[str], object], label: str,
                 records: RecordListEditor | None) -> None:
        new = read()
        old = self._shown.get(widget, "")
        self._shown[widget] = new
        if old == new or self.panel._loading or self.history.applying:
            return
        if records is None:
            self.history.push(TextStep(label, widget, old, new, write))
            return
        row = records.list.currentRow()
        if records._loading or row < 0:
            return

        def apply(text: str) -> None:
            records.list.setCurrentRow(row)  # the record the change was made in
            write(text)

        self.history.push(TextStep(label, (widget, row), old, new, apply))

