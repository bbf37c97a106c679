"""The dialog shown at start after a crash: what can be recovered, and how it differs from the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from editor.session.safety import FILE_CHANGED, FILE_MISSING, FILE_SAME, FILE_UNREADABLE, UNTITLED, Recoverable
from editor.ui.safety.diff_view import changes_html, summary
from editor.ui.timefmt import local_time

RECOVERY_SIZE = QSize(900, 560)


@dataclass
class RecoveryChoice:
    """What the user decided: at most one article to restore now, and the ones to throw away."""

    restore: Recoverable | None = None
    discard: list[Recoverable] = field(default_factory=list)


class RecoveryDialog(QDialog):
    """Lists the recoverable articles; Restore one, Discard any, or Decide Later."""

    def __init__(self, items: list[Recoverable], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Recover Unsaved Work"))
        self.items = list(items)
        self.choice = RecoveryChoice()

        intro = QLabel(self.tr("ArticleDesk stopped before these articles were saved. The text below was kept "
                               "automatically. Restore an article to go on working on it, or discard it."), self)
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("recovery_list")
        self.details = QTextBrowser(self)
        self.details.setObjectName("recovery_details")
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setSizes([300, 560])

        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.setDefault(True)
        self.discard_button = QPushButton(self.tr("&Discard…"), self)
        self.discard_button.setObjectName("discard")
        self.later_button = QPushButton(self.tr("Decide &Later"), self)
        self.later_button.setObjectName("later")
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(RECOVERY_SIZE)  # the window's Recover command remembers the user's size (dialog_geometry.py)

        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        self.later_button.clicked.connect(self.reject)
        self.list.currentRowChanged.connect(self._show)
        self._fill()

    # ------------------------------------------------------------------ list

    def item_title(self, item: Recoverable) -> str:
        """File name, else headline, else "Untitled article"."""
        return item.entry.name or self.tr("Untitled article")

    def state_text(self, item: Recoverable) -> str:
        """How the recovered text relates to the file, in one sentence."""
        return {
            UNTITLED: self.tr("Never saved."),
            FILE_SAME: self.tr("Differs from the saved file."),
            FILE_CHANGED: self.tr("The file was changed by someone else after this text was kept."),
            FILE_MISSING: self.tr("The file no longer exists."),
            FILE_UNREADABLE: self.tr("The file cannot be read any more."),
        }.get(item.file_state, "")

    def _fill(self) -> None:
        self.list.clear()
        for item in self.items:
            when = self.tr("kept {time}").format(time=local_time(item.entry.written))
            row = QListWidgetItem(f"{self.item_title(item)}\n{when}")
            row.setToolTip(str(item.path) if item.path else self.item_title(item))
            self.list.addItem(row)
        if self.items:
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(bool(self.items))
        self.discard_button.setEnabled(bool(self.items))

    def current(self) -> Recoverable | None:
        """The selected article."""
        row = self.list.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def select_path(self, path: str) -> bool:
        """Select the article of file ``path``; True when there is one."""
        for row, item in enumerate(self.items):
            if item.path is not None and str(item.path) == path:
                self.list.setCurrentRow(row)
                return True
        return False

    def _show(self, _row: int) -> None:
        item = self.current()
        if item is None:
            self.details.clear()
            return
        where = escape(str(item.path)) if item.path else escape(self.tr("(never saved)"))
        kept = self.tr("Kept automatically: {time}").format(time=local_time(item.entry.written))
        head = (f"<p><b>{escape(self.item_title(item))}</b><br>{where}<br>{escape(kept)}</p>"
                f"<p>{escape(self.state_text(item))}</p>")
        if item.changes:
            legend = self.tr("Differences from the saved file: green is only in the recovered text, "
                             "red is only in the file.") if item.file_state in (FILE_SAME, FILE_CHANGED) \
                else self.tr("Recovered text:")
            head += f"<p><i>{escape(legend)}</i><br>{escape(summary(item.changes))}</p>"
        self.details.setHtml(head + changes_html(item.changes))

    # --------------------------------------------------------------- choices

    def _restore(self) -> None:
        item = self.current()
        if item is not None:
            self.choice.restore = item
            self.accept()

    def confirm_discard(self, name: str) -> bool:
        """Ask before the recovered text of ``name`` is thrown away for good."""
        answer = QMessageBox.question(
            self, self.tr("Discard Recovered Text"),
            self.tr("Discard the recovered text of “{name}”? It cannot be brought back.").format(name=name),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _discard(self) -> None:
        item = self.current()
        if item is None or not self.confirm_discard(self.item_title(item)):
            return
        self.choice.discard.append(item)
        self.items.remove(item)
        self._fill()
        if not self.items:
            self.accept()
