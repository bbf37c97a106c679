"""The table behind the library window: one row per article, sortable by any column.

The articles of the library folders come first; the recent files saved outside them follow under
a *Recent elsewhere* title row, sorted the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from editor.model.search_text import fold
from editor.session.library import LibraryItem
from editor.ui.safety.diff_view import status_label
from editor.ui.timefmt import local_time

COLUMNS = ("headline", "status", "topic", "signoff", "updated", "words")
Index = QModelIndex | QPersistentModelIndex


def _timestamp(iso: str) -> float:
    try:
        return datetime.fromisoformat(iso).timestamp()
    except ValueError:
        return 0.0


class LibraryTableModel(QAbstractTableModel):
    """Rows of LibraryItem; the window sets them after every search or scan."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.library_rows: list[LibraryItem] = []
        self.elsewhere_rows: list[LibraryItem] = []
        self.rows: list[LibraryItem | None] = []  # as shown; None is the "Recent elsewhere" title
        self._sort = (COLUMNS.index("updated"), Qt.SortOrder.DescendingOrder)

    # ------------------------------------------------------------------ rows

    def set_rows(self, rows: Sequence[LibraryItem], elsewhere: Sequence[LibraryItem] = ()) -> None:
        """Show ``rows``, then ``elsewhere`` under their title, in the current sort order."""
        self.beginResetModel()
        self.library_rows, self.elsewhere_rows = list(rows), list(elsewhere)
        self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        self.rows = [*self._sorted(self.library_rows)]
        if self.elsewhere_rows:
            self.rows += [None, *self._sorted(self.elsewhere_rows)]

    def item(self, row: int) -> LibraryItem | None:
        """The article of a row (None for the title row)."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, path: str) -> int:
        """The row showing file ``path``, or -1."""
        return next((i for i, item in enumerate(self.rows) if item is not None and item.path == path), -1)

    def article_count(self) -> int:
        """Number of articles shown (the title row aside)."""
        return len(self.library_rows) + len(self.elsewhere_rows)

    def title_row(self) -> int:
        """The row of the "Recent elsewhere" title, or -1 when nothing is listed outside the library."""
        return self.rows.index(None) if None in self.rows else -1

    def is_elsewhere(self, path: str) -> bool:
        """True when ``path`` is listed under "Recent elsewhere"."""
        return any(item.path == path for item in self.elsewhere_rows)

    def _sorted(self, rows: list[LibraryItem]) -> list[LibraryItem]:
        column, order = self._sort
        name = COLUMNS[column]
        if name == "words":
            def key(i: LibraryItem) -> object:
                return i.words
        elif name == "updated":
            def key(i: LibraryItem) -> object:
                return _timestamp(i.updated) if i.updated else 0.0
        else:
            def key(i: LibraryItem) -> object:
                return fold(getattr(i, name) or Path(i.path).stem)
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    # ---------------------------------------------------------- Qt interface

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        """Number of articles shown."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        """Headline, status, topic, sign-off, updated, words."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Headline"), self.tr("Status"), self.tr("Topic"), self.tr("Sign-off"),
                  self.tr("Updated"), self.tr("Words"))
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """What a cell shows."""
        item = self.item(index.row())
        if item is None:
            return self._title_data(index, role)
        name = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if name == "headline":
                if item.problem:
                    return self.tr("{name} (cannot be read)").format(name=Path(item.path).name)
                return item.headline or self.tr("(no headline) {name}").format(name=Path(item.path).name)
            if name == "status":
                return status_label(item.status) if not item.problem else ""
            if name == "updated":
                return local_time(item.updated)
            if name == "words":
                return QLocale().toString(item.words) if not item.problem else ""
            return getattr(item, name)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.path
        if role == Qt.ItemDataRole.TextAlignmentRole and name == "words":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and item.problem and name == "headline":
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _title_data(self, index: Index, role: int) -> object:
        if not 0 <= index.row() < len(self.rows) or index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Recent elsewhere")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Articles you opened or saved recently outside the library folders")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):  # a band, not a greyed row
            text = role == Qt.ItemDataRole.ForegroundRole
            return QGuiApplication.palette().brush(QPalette.ColorGroup.Active,
                                                   QPalette.ColorRole.Text if text else QPalette.ColorRole.Button)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """The title row cannot be selected; the cursor keys pass over it."""
        if index.isValid() and self.item(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column (the view calls this when a header is clicked); the title row stays between the groups."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._arrange()
        self.layoutChanged.emit()
