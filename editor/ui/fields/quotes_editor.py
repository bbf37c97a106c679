"""The quotes of an article: speaker, role, text and whether it is direct or paraphrased."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from editor.model.article import Quote
from editor.qt.qt_text import insertable
from editor.ui.fields.record_list import RecordListEditor, short


class QuotesEditor(RecordListEditor):
    """List of quotes with a form for the selected one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotes_editor")
        self.list.setAccessibleName(self.tr("Quotes"))
        self.step_labels = (self.tr("Add Quote"), self.tr("Remove Quote"), self.tr("Move Quote"))

    def build_form(self, form: QFormLayout) -> None:
        """Speaker, role, kind and text of the selected quote."""
        self.speaker = self.line_edit("speaker", self.tr("Full name as printed"))
        self.role = self.line_edit("role", self.tr("e.g. Director of the Fire Police Department"))
        self.kind = self.choice("kind", [("direct", self.tr("Direct quote")), ("paraphrase", self.tr("Paraphrase"))])
        self.text = self.text_edit("text", self.tr("What was said"), lines=3)
        form.addRow(self.tr("Speaker:"), self.speaker)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Quote:"), self.text)

    def new_record(self) -> Quote:
        """An empty direct quote."""
        return Quote()

    def record_label(self, record: Quote) -> str:
        """Speaker: “text”."""
        speaker = record.speaker.strip() or self.tr("(no speaker)")
        if not record.text.strip():
            return speaker
        return short(f"{speaker}: “{record.text.strip()}”")

    def load_form(self, record: Quote) -> None:
        """Show ``record`` in the form."""
        self.speaker.setText(insertable(record.speaker))  # whole even when it opens with U+FEFF (see qt_text)
        self.role.setText(insertable(record.role))
        self.select_value(self.kind, record.kind)
        self.text.setPlainText(insertable(record.text))
