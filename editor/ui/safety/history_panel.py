"""The History panel: the versions kept at each save, and how each differs from the current text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model.article import Article
from editor.model.diff import compare
from editor.session.files import ArticleFileError, error_text
from editor.session.safety import BEFORE_RESTORE, REPLACED_BY_DISK, Snapshot
from editor.ui.safety.diff_view import changes_html, status_label, summary
from editor.ui.timefmt import local_time

if TYPE_CHECKING:
    from editor.session.safety import ArticleSafety

DIFF_DELAY_MS = 400
FLOATING_SIZE = QSize(560, 640)  # the panel torn off the window, before the user sizes it


class HistoryPanel(QWidget):
    """Snapshots newest first (time, words, status); the selected one compared with the window's text."""

    restore_requested = Signal(object)  # the Article of the selected snapshot
    undo_requested = Signal()

    def __init__(self, safety: ArticleSafety, current_article: Callable[[], Article],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("history_panel")
        self.safety = safety  # the session's revision history
        self.current_article = current_article
        self.article_id = ""
        self.snapshots: list[Snapshot] = []

        self.list = QTreeWidget(self)
        self.list.setObjectName("history_list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Saved"), self.tr("Words"), self.tr("Status")])
        self.list.setAllColumnsShowFocus(True)
        self.list.currentItemChanged.connect(lambda *_: self.show_difference())
        self.list.itemDoubleClicked.connect(lambda *_: self.restore_selected())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setObjectName("history_note")
        self.diff = QTextBrowser(self)
        self.diff.setObjectName("history_diff")
        self.restore_button = QPushButton(self.tr("&Restore This Version"), self)
        self.restore_button.setObjectName("restore_version")
        self.restore_button.clicked.connect(self.restore_selected)
        self.undo_button = QPushButton(self.tr("&Undo Restore"), self)
        self.undo_button.setObjectName("undo_restore")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_requested.emit)

        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.note)
        lower_layout.addWidget(self.diff, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        lower_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        splitter.setSizes([180, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self._diff_timer = QTimer(self)
        self._diff_timer.setSingleShot(True)
        self._diff_timer.setInterval(DIFF_DELAY_MS)
        self._diff_timer.timeout.connect(self.show_difference)

    # ------------------------------------------------------------------ list

    def refresh(self, article_id: str | None = None) -> None:
        """List the snapshots of the open article (``article_id`` when it changed)."""
        if article_id is not None:
            self.article_id = article_id
        selected = self.selected()
        self.snapshots = self.safety.snapshots(self.article_id) if self.article_id else []
        self.list.clear()
        locale = QLocale()
        for snap in self.snapshots:
            row = QTreeWidgetItem([local_time(snap.taken, seconds=True), locale.toString(snap.words),
                                   status_label(snap.status)])
            row.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row.setToolTip(0, self.reason_text(snap) or (snap.path or ""))
            if snap.reason in (BEFORE_RESTORE, REPLACED_BY_DISK):
                font = row.font(0)
                font.setItalic(True)
                row.setFont(0, font)
            self.list.addTopLevelItem(row)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        index = next((i for i, s in enumerate(self.snapshots) if selected and s.file == selected.file), 0)
        if self.snapshots:
            self.list.setCurrentItem(self.list.topLevelItem(index))
        self.restore_button.setEnabled(bool(self.snapshots))
        self.show_difference()

    def reason_text(self, snap: Snapshot) -> str:
        """Why a snapshot was kept, when it was not an ordinary save."""
        if snap.reason == BEFORE_RESTORE:
            return self.tr("Your text just before an earlier version was restored.")
        if snap.reason == REPLACED_BY_DISK:
            return self.tr("Your text, replaced by the version another program saved.")
        return ""

    def selected(self) -> Snapshot | None:
        """The snapshot selected in the list."""
        item = self.list.currentItem()
        if item is None:
            return None
        index = self.list.indexOfTopLevelItem(item)
        return self.snapshots[index] if 0 <= index < len(self.snapshots) else None

    # ------------------------------------------------------------ difference

    def text_changed(self) -> None:
        """The window's text changed: compare again shortly (only while the panel is shown)."""
        if self.isVisible():
            self._diff_timer.start()

    def show_difference(self) -> None:
        """Compare the selected snapshot with the window's current text."""
        snap = self.selected()
        if snap is None:
            self.note.setText(self.tr("No saved versions yet. A version is kept every time you save."))
            self.diff.clear()
            return
        try:
            old = self.safety.load_snapshot(snap)
        except ArticleFileError as exc:
            self.note.setText(error_text(exc))
            self.diff.clear()
            return
        changes = compare(old, self.current_article())
        if not changes:
            self.note.setText(self.tr("This version is the same as the text in the window."))
        else:
            self.note.setText(self.tr("From this version to the text in the window: green was added since, "
                                      "red was removed. Changed: {fields}.").format(fields=summary(changes)))
        self.diff.setHtml(changes_html(changes))

    # --------------------------------------------------------------- restore

    def restore_selected(self) -> None:
        """Restore This Version: ask the window to put the selected snapshot in place."""
        snap = self.selected()
        if snap is None:
            return
        try:
            article = self.safety.load_snapshot(snap)
        except ArticleFileError as exc:
            self.note.setText(error_text(exc))
            return
        self.restore_requested.emit(article)

    def set_undo_available(self, available: bool) -> None:
        """Enable Undo Restore while the last restore can still be taken back."""
        self.undo_button.setEnabled(available)
