"""File › Export…: choose the format and the destination, optionally open the folder after."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from editor.session.exporting import FORMATS, ExportChoice
from editor.ui.dialog_buttons import ok_cancel_buttons


class ExportDialog(QDialog):
    """Format, destination and "open the folder when done"; the file name follows the format."""

    def __init__(self, stem: str, folder: str, fmt: str, open_folder: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Article"))
        self.format_box = QComboBox()
        self.format_box.setObjectName("export_format")
        labels = {
            "txt": self.tr("Plain text (wire story)"),
            "html": self.tr("Web page (HTML)"),
            "docx": self.tr("Word document (DOCX)"),
            "nitf": self.tr("NITF XML for agencies and CMS"),
            "eml": self.tr("E-mail draft (.eml) for a mail program"),
            "pdf": self.tr("PDF for printing"),
        }
        for key, export_format in FORMATS.items():
            self.format_box.addItem(labels.get(key, export_format.label), key)
        index = self.format_box.findData(fmt)
        self.format_box.setCurrentIndex(max(index, 0))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("export_path")
        self.path_edit.setMinimumWidth(380)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.open_folder_box = QCheckBox(self.tr("Open the folder when done"))
        self.open_folder_box.setChecked(open_folder)
        form = QFormLayout(self)
        form.addRow(self.tr("&Format:"), self.format_box)
        save_to = QLabel(self.tr("&Save to:"))
        save_to.setBuddy(self.path_edit)  # the field is a row of widgets: name the one Alt+S reaches
        form.addRow(save_to, row)
        form.addRow("", self.open_folder_box)
        buttons = ok_cancel_buttons(self, self.tr("&Export"), self.tr("Cancel"))
        form.addRow(buttons)
        self.path_edit.setText(str(Path(folder) / (stem + FORMATS[self.current_format()].extension)))
        self.format_box.currentIndexChanged.connect(self._format_changed)

    def current_format(self) -> str:
        """The key of the chosen format ("html", "docx", ...)."""
        return str(self.format_box.currentData())

    def _format_changed(self) -> None:
        path = Path(self.path_edit.text().strip() or "article")
        self.path_edit.setText(str(path.with_suffix(FORMATS[self.current_format()].extension)))

    def _browse(self) -> None:
        extension = FORMATS[self.current_format()].extension
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Article"), self.path_edit.text(),
            self.tr("{label} (*{ext});;All files (*)").format(label=self.format_box.currentText(), ext=extension),
        )
        if path:
            self.path_edit.setText(path)

    def choice(self) -> ExportChoice | None:
        """The user's choice, or None when the destination is empty."""
        text = self.path_edit.text().strip()
        if not text:
            return None
        return ExportChoice(self.current_format(), Path(text).expanduser(), self.open_folder_box.isChecked())
