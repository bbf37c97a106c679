"""File › Send to Colleague…: recipients, subject, a personal note, attachments, and the mail as it will look.

The dialog only gathers the user's choice and shows the preview; the window's mail part
(:mod:`editor.ui.mail.mail_commands`) sends, opens or saves the message when a button asks for
it (``action_requested``) and tells the dialog about a field that cannot go into a header.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.session.export_job import WRITTEN, ExportJob
from editor.session.mailing import ATTACHMENT_KINDS, MailChoice
from editor.ui.mail.address_field import AddressField
from editor.ui.mail.mail_widgets import named_button, problem_label

SEND, OPEN, SAVE, MAILTO = "send", "open", "save", "mailto"  # what a button asks for
PREVIEW_DELAY_MS = 300  # the preview follows the note once typing pauses
SEND_SIZE = QSize(1000, 620)


class MailPreview(QTextBrowser):
    """The HTML part as the recipient sees it; it loads nothing, from the network or the disk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url) -> object:  # noqa: N802 - Qt override
        """No picture, style sheet or page is ever fetched."""
        return None


class SendDialog(QDialog):
    """To and Cc (completed from the address book), subject, note, attachments and a live preview."""

    action_requested = Signal(str)  # SEND, OPEN, SAVE or MAILTO
    contacts_requested = Signal()

    def __init__(self, headline: str, addresses: list[str], attachments: tuple[str, ...],
                 previewer: Callable[[str, bool, Callable[[], object]], ExportJob], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_dialog")
        self.setWindowTitle(self.tr("Send to Colleague"))
        self.previewer = previewer
        self._preview_job: ExportJob | None = None
        self._previews_done: list[ExportJob] = []  # kept a while, so none is destroyed on the worker's thread
        self._preview_again = False

        self.to_field = AddressField(addresses, self.tr("To"))
        self.to_field.setPlaceholderText(self.tr("name@example.vn, another@example.vn"))
        self.cc_field = AddressField(addresses, self.tr("Cc"))
        self.subject_field = QLineEdit(headline)
        self.subject_field.setAccessibleName(self.tr("Subject"))
        self.subject_field.setCursorPosition(0)  # a long headline shows from its start
        self.note_field = QPlainTextEdit()
        self.note_field.setAccessibleName(self.tr("Note"))
        self.note_field.setPlaceholderText(self.tr("A few words for your colleague; they come above the article."))
        self.note_field.setTabChangesFocus(True)
        self.attach_boxes = {
            "docx": QCheckBox(self.tr("&Word document (DOCX)")),
            "pdf": QCheckBox(self.tr("&PDF of the printed page")),
            "article": QCheckBox(self.tr("Article &file (.article), to open in ArticleDesk")),
        }
        names = {"docx": self.tr("Attach the Word document"), "pdf": self.tr("Attach the PDF"),
                 "article": self.tr("Attach the article file")}
        for kind, box in self.attach_boxes.items():
            box.setAccessibleName(names[kind])
            box.setChecked(kind in attachments)
            box.toggled.connect(self._schedule_preview)
        self.problem_label = problem_label(self.tr("Problem"), "send_problem")

        self.preview = MailPreview()
        self.preview.setObjectName("send_preview")
        self.preview.setAccessibleName(self.tr("Preview of the message"))
        self._build_layout()

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.note_field.textChanged.connect(self._schedule_preview)
        for field in (self.to_field, self.cc_field, self.subject_field):
            field.textEdited.connect(self.clear_problem)
        self.refresh_preview()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in ((self.tr("&To:"), self.to_field), (self.tr("&Cc:"), self.cc_field),
                            (self.tr("S&ubject:"), self.subject_field), (self.tr("&Note:"), self.note_field)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        attach = QVBoxLayout()
        attach.setSpacing(2)
        for box in self.attach_boxes.values():
            attach.addWidget(box)
        form.addRow(QLabel(self.tr("Attach:")), attach)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form, 1)
        column.addWidget(self.problem_label)
        right = QWidget()
        preview_column = QVBoxLayout(right)
        preview_column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("How the message will look:"))
        heading.setBuddy(self.preview)
        preview_column.addWidget(heading)
        preview_column.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        left.setMinimumWidth(320)
        right.setMinimumWidth(280)

        self.contacts_button = named_button(self.tr("&Manage Contacts…"), self.tr("Manage contacts"),
                                            self.contacts_requested.emit)
        self.save_button = named_button(self.tr("Save as .&eml…"), self.tr("Save as .eml file"),
                                        lambda: self.action_requested.emit(SAVE))
        self.open_button = named_button(self.tr("&Open in Mail Program"), self.tr("Open in mail program"),
                                        lambda: self.action_requested.emit(OPEN))
        self.mailto_button = named_button(self.tr("Open as mai&lto: Link"), self.tr("Open as mailto link"),
                                          lambda: self.action_requested.emit(MAILTO))
        self.mailto_button.setToolTip(self.tr("Text only, cut at about 1,500 characters: untick the attachments "
                                              "to use it."))
        for box in self.attach_boxes.values():
            box.toggled.connect(self._update_mailto)
        self._update_mailto()
        self.cancel_button = named_button(self.tr("Cancel"), self.tr("Cancel"), self.reject)
        self.send_button = named_button(self.tr("&Send"), self.tr("Send"), lambda: self.action_requested.emit(SEND))
        self.send_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(self.contacts_button)
        row.addStretch(1)
        for button in (self.save_button, self.mailto_button, self.open_button, self.cancel_button, self.send_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)

    # ------------------------------------------------------------------ the choice

    def attachments(self) -> tuple[str, ...]:
        """The attachments ticked, in the order of ATTACHMENT_KINDS."""
        return tuple(kind for kind in ATTACHMENT_KINDS if self.attach_boxes[kind].isChecked())

    def _update_mailto(self) -> None:
        """A mailto: link carries text only: offered when no attachment is ticked."""
        self.mailto_button.setEnabled(not self.attachments())

    def choice(self) -> MailChoice:
        """What the user typed and ticked (an empty subject means the headline)."""
        cc = self.cc_field.text().strip()
        return MailChoice(to=(self.to_field.text().strip(),), cc=(cc,) if cc else (),
                          subject=self.subject_field.text() or None, note=self.note_field.toPlainText(),
                          attachments=self.attachments())

    def set_addresses(self, addresses: list[str]) -> None:
        """Complete To and Cc from ``addresses`` (the contacts changed)."""
        for field in (self.to_field, self.cc_field):
            field.address_completer.set_entries(addresses)

    # ------------------------------------------------------------------ a field that cannot go out

    def field_label(self, field: str) -> str:
        """The name of the box the session's ``field`` ("to", "cc", "subject" …) is typed in."""
        return {"to": self.tr("To"), "cc": self.tr("Cc"), "subject": self.tr("Subject"),
                "from": self.tr("From (Mail Account)"), "attachment": self.tr("Attachment")}.get(field, "")

    def show_problem(self, field: str, sentence: str) -> None:
        """Say why the message cannot go out, naming the field, and put the cursor in it."""
        label = self.field_label(field)
        self.problem_label.setText(self.tr("{field}: {problem}").format(field=label, problem=sentence)
                                   if label else sentence)
        self.problem_label.show()
        widget = {"to": self.to_field, "cc": self.cc_field, "subject": self.subject_field}.get(field)
        if widget is not None:
            widget.setFocus()
            widget.selectAll()

    def clear_problem(self) -> None:
        """The user is correcting: the sentence goes."""
        self.problem_label.clear()
        self.problem_label.hide()

    # ------------------------------------------------------------------ the preview

    def _schedule_preview(self) -> None:
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Make the preview again (in the pool); one at a time, the last request wins."""
        if self._preview_job is not None:
            self._preview_again = True
            return
        self._preview_job = self.previewer(self.note_field.toPlainText(), bool(self.attachments()), self._preview_done)

    def _preview_done(self) -> None:
        job, self._preview_job = self._preview_job, None
        if job is None:
            return
        self._previews_done = [*self._previews_done[-3:], job]
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        if job.outcome == WRITTEN:
            self.preview.setHtml(str(job.result))
        else:
            self.preview.setPlainText(job.error)
        bar.setValue(position)
        if self._preview_again:
            self._preview_again = False
            self.refresh_preview()

    def preview_ready(self) -> bool:
        """True once the preview shows the note and attachments as they are now."""
        return self._preview_job is None and not self._preview_timer.isActive()
