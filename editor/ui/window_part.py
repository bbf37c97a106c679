"""The base of the parts MainWindow is assembled from (files, editing, checks, safety, library,
exporting, printing, mail, dialogs): each is a QObject child of the window, so its ``tr()`` uses
its own class name as the translation context, and it reaches the session and settings directly."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from editor.session.article_session import ArticleSession
    from editor.settings import Settings
    from editor.ui.window import MainWindow


class WindowPart(QObject):
    """One area of the window's commands; the window builds it and keeps it as an attribute."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: ArticleSession = window.session
        self.settings: Settings = window.settings
