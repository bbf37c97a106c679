"""The issues panel: every finding of the article in a tree, Errors / Warnings / Suggestions, each
row "where · text · problem" in document order. Clicking a row asks the window to select that
text; "Fix All Safe" asks it to apply every safe fix.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.model.house_style import SEVERITIES, Finding
from editor.model.house_style.fields import INDEXED_FIELD
from editor.model.house_style.fields import where_label as model_where_label
from editor.ui.checker.check_menu import tooltip_html
from editor.ui.checker.findings_highlight import severity_colour

ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_ORDER = {"kicker": 0, "headline": 1, "dateline.source": 2, "dateline.place": 3, "lede": 4, "body": 5,
          "body.caption": 5, "quotes": 6, "awards": 7, "byline.authors": 8, "byline.signoff": 9}
_SUBKEYS = {"speaker": 0, "role": 1, "text": 2, "recipient": 0, "award": 1, "conferred_by": 2, "reason": 3}


@dataclass(frozen=True)
class IssueRow:
    """One finding as the panel lists it; ``key`` is its body block's key, ``number`` the block's
    position in the body (0-based), both None outside the body."""

    finding: Finding
    key: int | None
    number: int | None

    @property
    def order(self) -> tuple[int, int, int, int, int]:
        """Document order: field, record or block, sub-field, offset."""
        field = self.finding.field
        m = INDEXED_FIELD.match(field)
        if m:
            return (_ORDER[m.group(1)], int(m.group(2)), _SUBKEYS.get(m.group(3) or "", 0), self.finding.start,
                    self.finding.end)
        return (_ORDER.get(field, 10), self.number or 0, 0, self.finding.start, self.finding.end)


def where_label(field: str, number: int | None) -> str:
    """Where a finding is, for people: "Headline", "Body ¶3", "Quote 2, speaker"... (as check prints it)."""
    return model_where_label(field, number, lambda label: QCoreApplication.translate("errors", label))


def shown_text(text: str) -> str:
    """The flagged text as a row shows it: blanks made visible, long text cut."""
    if not text:
        return "‸"
    if not text.strip():
        return text.replace(" ", "␣").replace("\u00a0", "⍽").replace("\t", "⇥")
    line = " ".join(text.split())
    return line if len(line) <= 40 else line[:39] + "…"


class IssuesPanel(QDockWidget):
    """A dock listing the findings, grouped by severity."""

    activated = Signal(object)  # the IssueRow clicked
    fix_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("issues_dock")
        self.setWindowTitle(self.tr("House Style Issues"))
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(6, 4, 6, 6)
        top = QHBoxLayout()
        self.summary = QLabel(inner)
        self.summary.setObjectName("issues_summary")
        self.fix_button = QPushButton(self.tr("Fix All Safe"), inner)
        self.fix_button.setObjectName("fix_all_safe")
        self.fix_button.setToolTip(self.tr("Apply every fix that has one meaning-preserving replacement "
                                           "(one undo step)"))
        self.fix_button.clicked.connect(self.fix_all_requested)
        top.addWidget(self.summary, 1)
        top.addWidget(self.fix_button)
        layout.addLayout(top)
        self.tree = QTreeWidget(inner)
        self.tree.setObjectName("issues_tree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Where"), self.tr("Text"), self.tr("Problem")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.header().setStretchLastSection(True)
        self.tree.setColumnWidth(0, 140)
        self.tree.setColumnWidth(1, 160)
        self.tree.itemClicked.connect(self._activate)
        self.tree.itemActivated.connect(self._activate)
        layout.addWidget(self.tree, 1)
        self.setWidget(inner)
        self.rows: list[IssueRow] = []
        self._signature: tuple[object, ...] | None = None
        self._collapsed: set[str] = set()

    def group_title(self, severity: str, count: int) -> str:
        """ "Errors (2)" ..."""
        titles = {"error": self.tr("Errors ({n})"), "warning": self.tr("Warnings ({n})")}
        return titles.get(severity, self.tr("Suggestions ({n})")).format(n=count)

    def set_rows(self, rows: list[IssueRow], summary: str, safe_count: int) -> None:
        """Show ``rows`` (any order: they are grouped and sorted here)."""
        self.summary.setText(summary)
        self.fix_button.setEnabled(safe_count > 0)
        rows = sorted(rows, key=lambda r: r.order)
        signature = tuple((r.finding, r.key, r.number) for r in rows)
        if signature == self._signature:
            return
        self._signature = signature
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            severity = top.data(0, ROW_ROLE)
            if not top.isExpanded():
                self._collapsed.add(severity)
            else:
                self._collapsed.discard(severity)
        self.rows = rows
        self.tree.clear()
        for severity in SEVERITIES:
            members = [(i, r) for i, r in enumerate(rows) if r.finding.severity == severity]
            if not members:
                continue
            top = QTreeWidgetItem([self.group_title(severity, len(members))])
            top.setData(0, ROW_ROLE, severity)
            font = QFont(self.tree.font())
            font.setBold(True)
            top.setFont(0, font)
            top.setForeground(0, QBrush(severity_colour(severity)))
            top.addChildren([self._item(i, r) for i, r in members])
            self.tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(severity not in self._collapsed)

    def _item(self, index: int, row: IssueRow) -> QTreeWidgetItem:
        f = row.finding
        item = QTreeWidgetItem([where_label(f.field, row.number), shown_text(f.text), f.message])
        item.setData(0, ROW_ROLE, index)
        tip = tooltip_html(f)
        for column in range(3):
            item.setToolTip(column, tip)
        item.setForeground(1, QBrush(severity_colour(f.severity)))
        return item

    def row_of(self, item: QTreeWidgetItem) -> IssueRow | None:
        """The row an item shows (None for a group heading)."""
        value = item.data(0, ROW_ROLE)
        return self.rows[value] if isinstance(value, int) and 0 <= value < len(self.rows) else None

    def item_of(self, finding: Finding) -> QTreeWidgetItem | None:
        """The item listing ``finding``."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                row = self.row_of(top.child(j))
                if row is not None and row.finding == finding:
                    return top.child(j)
        return None

    def _activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        row = self.row_of(item)
        if row is not None:
            self.activated.emit(row)
