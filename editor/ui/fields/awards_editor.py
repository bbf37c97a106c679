"""The awards conferred at the event (khen thưởng): who, what, by whom and why."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from editor.model.article import Award
from editor.qt.qt_text import insertable
from editor.ui.fields.record_list import RecordListEditor, short


class AwardsEditor(RecordListEditor):
    """List of awards with a form for the selected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("awards_editor")
        self.list.setAccessibleName(self.tr("Awards"))
        self.step_labels = (self.tr("Add Award"), self.tr("Remove Award"), self.tr("Move Award"))

    def build_form(self, form: QFormLayout) -> None:
        """Recipient, collective/individual, award, conferred by and reason."""
        self.recipient = self.line_edit("recipient", self.tr("Unit or person honoured"))
        self.recipient_kind = self.choice(
            "recipient_kind", [("collective", self.tr("Collective")), ("individual", self.tr("Individual"))]
        )
        self.award = self.line_edit("award", self.tr("e.g. Certificate of Merit"))
        self.conferred_by = self.line_edit("conferred_by", self.tr("e.g. Minister of Public Security"))
        self.reason = self.text_edit("reason", self.tr("For what achievement"), lines=2)
        form.addRow(self.tr("Recipient:"), self.recipient)
        form.addRow(self.tr("Recipient is:"), self.recipient_kind)
        form.addRow(self.tr("Award:"), self.award)
        form.addRow(self.tr("Conferred by:"), self.conferred_by)
        form.addRow(self.tr("Reason:"), self.reason)

    def new_record(self) -> Award:
        """An empty award to a collective."""
        return Award()

    def record_label(self, record: Award) -> str:
        """Recipient — award."""
        recipient = record.recipient.strip() or self.tr("(no recipient)")
        if not record.award.strip():
            return short(recipient)
        return short(f"{recipient} — {record.award.strip()}")

    def load_form(self, record: Award) -> None:
        """Show ``record`` in the form."""
        self.recipient.setText(insertable(record.recipient))  # whole even when it opens with U+FEFF (see qt_text)
        self.select_value(self.recipient_kind, record.recipient_kind)
        self.award.setText(insertable(record.award))
        self.conferred_by.setText(insertable(record.conferred_by))
        self.reason.setPlainText(insertable(record.reason))
