"""Dialogs, and the Revision History panel when it floats, open within the screen at the size
the user left them.

:func:`fit_to_screen` gives a window its remembered size (one setting per dialog, see
editor/settings.py) or its default size, bounded so that the window with its frame fits the
available area of its screen (without the taskbar or panels); the size is remembered each time
the window closes. A dialog taller than the screen hides its bottom edge: the page footer in
Print Preview, the OK button elsewhere.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from editor.settings import Settings

FRAME_GUESS = QSize(16, 48)  # a window manager's borders and title bar, when no window shows its own yet


def available_area(widget: QWidget) -> QRect:
    """The part of the screen ``widget`` opens on that windows may use: the screen of its parent
    window (a dialog opens over it), else its own."""
    parent = widget.parentWidget()
    screen = parent.window().screen() if parent is not None else widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def frame_extra(widget: QWidget) -> QSize:
    """How much wider and taller the window frame makes ``widget``: its own frame once it has one,
    else its parent window's, else a guess."""
    parent = widget.parentWidget()
    for window in (widget, parent.window() if parent is not None else None):
        if window is not None and window.isWindow() and window.isVisible():
            extra = window.frameGeometry().size() - window.size()
            if extra.width() > 0 or extra.height() > 0:
                return extra
    return QSize(FRAME_GUESS)


def bounded_size(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted`` made small enough for ``widget`` and its frame to fit the available area."""
    return wanted.boundedTo(available_area(widget).size() - frame_extra(widget))


def place_on_screen(widget: QWidget) -> None:
    """Move the window ``widget`` so that its frame lies within the available area; a dialog is
    first centred over its parent window. (Qt's own placement of a dialog lets the frame pass
    the screen's edge by its border.)"""
    area = available_area(widget)
    frame = QRect(widget.frameGeometry().topLeft(), widget.size() + frame_extra(widget))
    parent = widget.parentWidget()
    if isinstance(widget, QDialog) and parent is not None:
        frame.moveCenter(parent.window().frameGeometry().center())
    x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    if (x, y) != (widget.x(), widget.y()):
        widget.move(x, y)  # a dialog moved here is not placed again by Qt


class ScreenFit(QObject):
    """Sizes its widget whenever it opens as a window and remembers the size when it closes."""

    def __init__(self, widget: QWidget, settings: Settings, key: str, default_size: QSize) -> None:
        super().__init__(widget)  # the widget is its parent, never a Python attribute: no reference cycle
        self.settings = settings
        self.key = key
        self.default_size = QSize(default_size)
        widget.installEventFilter(self)
        if widget.isWindow():
            self.fit(widget)

    def wanted_size(self) -> QSize:
        """The size the user left the window at, else the default."""
        size = self.settings.value(self.key)
        return size if size.isValid() and not size.isEmpty() else QSize(self.default_size)

    def fit(self, widget: QWidget) -> None:
        """Give the window its wanted size, within the screen."""
        widget.resize(bounded_size(widget, self.wanted_size()))

    def remember(self, widget: QWidget) -> None:
        """Store the window's size for the next time it opens."""
        self.settings.set_value(self.key, QSize(widget.size()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Fit on opening, remember on closing (not when the desktop minimises or restores it)."""
        kind = event.type()
        if kind not in (QEvent.Type.Show, QEvent.Type.Hide) or event.spontaneous():
            return False
        if not isinstance(watched, QWidget) or not watched.isWindow() or "key" not in vars(self):
            return False  # docked; or Python is taking this object apart at exit
        if kind == QEvent.Type.Show:
            self.fit(watched)
            if QApplication.mouseButtons() == QtCore.Qt.MouseButton.NoButton:  # not a panel being torn off
                place_on_screen(watched)
        else:
            self.remember(watched)
        return False


def fit_to_screen(widget: QWidget, settings: Settings, key: str, default_size: QSize) -> ScreenFit:
    """Open ``widget`` (a dialog, or a dock widget whenever it floats) at the size stored under the
    setting ``key``, else at ``default_size``, within the available screen; store its size each
    time it closes."""
    return ScreenFit(widget, settings, key, default_size)
