"""The article library: the desk's articles in one list, searchable, with new-from-template and file chores.

The folders are scanned in a background thread; the index is cached in the data folder, so the
list appears at once on the next start and only changed files are read again. A file watcher
(and a slow poll, for shared folders whose changes the system does not announce) keeps it current.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.session.files import ArticleFileError, error_text
from editor.session.library import duplicate, make_folder, move_to_trash, open_library, rename
from editor.ui.library.library_elsewhere import ElsewhereBar
from editor.ui.library.library_folders import LibraryFolders
from editor.ui.library.library_model import LibraryTableModel
from editor.ui.library.library_templates import TemplateMenu

RESCAN_DELAY_MS = 300
POLL_MS = 15_000


class LibraryWindow(LibraryFolders, QWidget):
    """A window over every article in the library folders."""

    scanned = Signal()  # a background scan finished (the list shows its result)
    _scan_done = Signal(bool)

    def __init__(self, main_window) -> None:
        super().__init__(main_window, Qt.WindowType.Window)
        self.setObjectName("library_window")
        self.setWindowTitle(self.tr("Article Library"))
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # closing the editor quits, even with this open
        self.main = main_window
        self.settings = main_window.settings
        self.library = open_library(self.folders(), exclude=[self.templates_folder()])
        self.library.files = self.settings.recent_files()  # saved outside the folders: "Recent elsewhere"
        self.model = LibraryTableModel(self)
        self._scanning = False
        self._scan_again = False
        self._build()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _d: self._rescan_timer.start())
        self._rescan_timer = QTimer(self)
        self._rescan_timer.setSingleShot(True)
        self._rescan_timer.setInterval(RESCAN_DELAY_MS)
        self._rescan_timer.timeout.connect(self.rescan)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(lambda: self.isVisible() and self.rescan())
        self._poll.start()
        self._scan_done.connect(self._after_scan)
        self.library.load_cache()
        self.apply_filter()
        self.rescan()
        self.resize(1000, 620)

    # ---------------------------------------------------------------- layout

    def _build(self) -> None:
        self.new_button = QToolButton(self)
        self.new_button.setText(self.tr("&New"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_menu = TemplateMenu(self.main, self)
        self.new_button.setMenu(self.template_menu)
        self.open_button = self._button(self.tr("&Open"), self.open_selected)
        self.duplicate_button = self._button(self.tr("D&uplicate"), self.duplicate_selected)
        self.rename_button = self._button(self.tr("Re&name…"), self.rename_selected)
        self.trash_button = self._button(self.tr("Move to &Trash"), self.trash_selected)
        self.folders_button = QToolButton(self)
        self.folders_button.setText(self.tr("&Folders"))
        self.folders_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.folders_menu = QMenu(self)
        self.folders_menu.aboutToShow.connect(self._fill_folders_menu)
        self.folders_button.setMenu(self.folders_menu)
        tools = QHBoxLayout()
        for widget in (self.new_button, self.open_button, self.duplicate_button, self.rename_button,
                       self.trash_button):
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(self.folders_button)

        self.search = QLineEdit(self)
        self.search.setObjectName("library_search")
        self.search.setPlaceholderText(self.tr("Search headline, standfirst and body (accents optional)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("library_status")
        self.status_filter.addItem(self.tr("All statuses"), "")
        self.status_filter.addItem(self.tr("Draft"), "draft")
        self.status_filter.addItem(self.tr("Ready for the desk"), "ready")
        self.status_filter.addItem(self.tr("Sent"), "sent")
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.topic_filter = QComboBox(self)
        self.topic_filter.setObjectName("library_topic")
        self.topic_filter.setMinimumContentsLength(14)
        self.topic_filter.addItem(self.tr("All topics"), None)
        self.topic_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.topic_filter, 1)
        self.elsewhere_bar = ElsewhereBar(self)
        self.elsewhere_bar.add_folder.connect(self.include_folder)

        self.table = QTableView(self)
        self.table.setObjectName("library_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 130), (2, 150), (3, 80), (4, 215), (5, 70)):  # Updated: "Thursday, 12 March 2026, 14:05"
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._span_title)
        self.model.layoutChanged.connect(self._span_title)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("library_count")
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addLayout(filters)
        layout.addWidget(self.elsewhere_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self._update_buttons()

    def _button(self, text: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.clicked.connect(slot)
        return button

    # ------------------------------------------------------------------ scan

    def rescan(self) -> None:
        """Bring the list up to date with the folders, in the background."""
        if self._scanning:
            self._scan_again = True
            return
        self.library.files = self.settings.recent_files()
        self._scanning = True
        self._update_count()
        threading.Thread(target=self._scan_worker, name="library-scan", daemon=True).start()

    def _scan_worker(self) -> None:
        try:
            changed = self.library.scan()
        except Exception:  # noqa: BLE001 - a scan must never take the window down; the next one retries
            changed = False
        self._scan_done.emit(changed)

    def _after_scan(self, changed: bool) -> None:
        self._scanning = False
        watched = set(self.watcher.directories())
        wanted = set(self.library.directories)
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))
        if changed:
            self.library.save_cache()
            self._fill_topics()
            self.apply_filter()
        else:
            self._update_count()
        if self._scan_again:
            self._scan_again = False
            self.rescan()
        self.scanned.emit()

    def file_saved(self, path: str) -> None:
        """The editor saved ``path``: show it at once, without waiting for the watcher (outside the
        folders too: it is about to head the recent files)."""
        self.library.files = [path, *(f for f in self.settings.recent_files() if f != path)]
        self.library.update_file(path)
        self.apply_filter()

    # ---------------------------------------------------------------- filter

    def _fill_topics(self) -> None:
        current = self.topic_filter.currentData()
        self.topic_filter.blockSignals(True)
        self.topic_filter.clear()
        self.topic_filter.addItem(self.tr("All topics"), None)
        for topic in self.library.topics():
            self.topic_filter.addItem(topic, topic)
        index = self.topic_filter.findData(current) if current is not None else 0
        self.topic_filter.setCurrentIndex(max(index, 0))
        self.topic_filter.blockSignals(False)

    def apply_filter(self) -> None:
        """Show the articles that match the search text and the filters."""
        selected = self.selected_path()
        rows = self.library.search(self.search.text(), self.status_filter.currentData() or None,
                                   self.topic_filter.currentData())
        elsewhere = self.library.elsewhere
        self.model.set_rows([i for i in rows if i.path not in elsewhere], [i for i in rows if i.path in elsewhere])
        if selected:
            self.select_path(selected)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total = self.model.article_count(), len(self.library.items)
        text = self.tr("{shown} of {total} articles").format(shown=shown, total=total)
        unreadable = sum(1 for i in self.library.items.values() if i.problem)
        if unreadable:
            text += " · " + self.tr("{n} cannot be read").format(n=unreadable)
        text += " · " + "; ".join(str(f) for f in self.library.folders)
        if self._scanning:
            text += " · " + self.tr("looking for changes…")
        self.count_label.setText(text)

    # ------------------------------------------------------------- selection

    def selected_path(self) -> str | None:
        """The file of the selected row."""
        rows = self.table.selectionModel().selectedRows()
        item = self.model.item(rows[0].row()) if rows else None
        return item.path if item else None

    def select_path(self, path: str) -> bool:
        """Select the row of ``path``; True when it is listed."""
        row = self.model.row_of(path)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0, QModelIndex()))
        return True

    def _update_buttons(self) -> None:
        path = self.selected_path()
        for button in (self.open_button, self.trash_button):
            button.setEnabled(path is not None)
        inside = path is not None and not self.model.is_elsewhere(path)  # a copy or new name elsewhere would be lost
        for button in (self.duplicate_button, self.rename_button):
            button.setEnabled(inside)
        self._update_bar(path)

    # ------------------------------------------------------- recent elsewhere

    def _span_title(self) -> None:
        self.table.clearSpans()
        row = self.model.title_row()
        if row >= 0:
            self.table.setSpan(row, 0, 1, self.model.columnCount())

    def _update_bar(self, selected: str | None) -> None:
        """Name the selected article outside the library, else the most recent one."""
        outside = [f for f in self.library.files if f in self.library.elsewhere and not self.library.covers(f)]
        self.elsewhere_bar.show_for(selected if selected in outside else next(iter(outside), None))

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected, ready to type."""
        self.search.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        self.search.selectAll()

    # ------------------------------------------------------------ file chores

    def open_selected(self) -> None:
        """Open the selected article in the editor window."""
        path = self.selected_path()
        if path and self.main.files.open_path(path):
            self.main.raise_()
            self.main.activateWindow()

    def _is_open(self, path: str) -> bool:
        current = self.main.session.path
        return current is not None and Path(current) == Path(path)

    def duplicate_selected(self) -> None:
        """Copy the selected article beside itself, with a new id."""
        path = self.selected_path()
        if not path:
            return
        try:
            copy = duplicate(path, self.tr("{name} (copy)").format(name=Path(path).stem))
        except ArticleFileError as exc:
            self.show_error(error_text(exc))
            return
        self.library.update_file(copy)
        self.apply_filter()
        self.select_path(str(copy))

    def ask_new_name(self, current: str) -> str | None:
        """The new file name (without extension), or None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, self.tr("Rename Article"), self.tr("New file name:"), text=current)
        return text if ok else None

    def rename_selected(self) -> None:
        """Rename the selected article's file."""
        path = self.selected_path()
        if not path:
            return
        if self._is_open(path):
            self.show_error(self.tr("“{name}” is open in the editor; close it before renaming it.").format(
                name=Path(path).name))
            return
        name = self.ask_new_name(Path(path).stem)
        if not name:
            return
        try:
            target = rename(path, name)
        except ArticleFileError as exc:
            self.show_error(error_text(exc))
            return
        self.library.update_file(path)
        self.library.update_file(target)
        self.apply_filter()
        self.select_path(str(target))

    def trash_selected(self) -> None:
        """Move the selected article (and its backup) to the system trash."""
        path = self.selected_path()
        if not path:
            return
        if self._is_open(path):
            self.show_error(self.tr("“{name}” is open in the editor; close it before moving it to the trash.")
                            .format(name=Path(path).name))
            return
        if not move_to_trash(path):
            self.show_error(self.tr("“{name}” could not be moved to the trash.").format(name=Path(path).name))
            return
        self.library.update_file(path)
        self.apply_filter()

    def show_error(self, message: str) -> None:
        """One sentence about what went wrong."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Article Library"), message)

    def open_templates_folder(self) -> None:
        """Show the desk's templates folder in the file manager (made when missing)."""
        folder = self.templates_folder()
        make_folder(folder)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Coming back to the window: look for changes."""
        super().showEvent(event)
        self._rescan_timer.start()

