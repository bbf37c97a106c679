"""The one-line bar of the library window about an article saved outside the library folders.

"“X.article” is saved in FOLDER, outside the library. [Add this folder]": a journalist who saved
somewhere else is offered that folder, so the article is never lost to the Library.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStyle, QToolButton


class ElsewhereBar(QFrame):
    """Names one article outside the library and offers to add its folder."""

    add_folder = Signal(str)  # the folder the user wants in the library

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("library_elsewhere_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.folder = ""
        self.dismissed: set[str] = set()  # folders the user hid the bar for (until the window is made again)
        self.label = QLabel(self)
        self.label.setObjectName("library_elsewhere_text")
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a long folder is cut
        self.add_button = QPushButton(self.tr("Add this folder"), self)
        self.add_button.setObjectName("library_add_this_folder")
        self.add_button.clicked.connect(self._add)
        self.close_button = QToolButton(self)
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setAccessibleName(self.tr("Hide this message"))
        self.close_button.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 2, 2)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(self.close_button)
        self.hide()

    def show_for(self, path: str | None) -> None:
        """Name the article at ``path`` and its folder; hide the bar when None or dismissed."""
        folder = str(Path(path).parent) if path else ""
        if not path or folder in self.dismissed:
            self.folder = ""
            self.hide()
            return
        self.folder = folder
        self.label.setText(self.tr("“{name}” is saved in {folder}, outside the library.").format(
            name=Path(path).name, folder=folder))
        self.label.setToolTip(path)
        self.show()

    def _add(self) -> None:
        folder = self.folder
        self.show_for(None)  # the folder's articles move up into the library with the next scan
        self.add_folder.emit(folder)

    def _dismiss(self) -> None:
        self.dismissed.add(self.folder)
        self.show_for(None)
