"""The mouse wheel scrolls; it never edits a field the user is not working in.

A combo box, date or number field takes the wheel only while it has the keyboard focus, put
there by a click or by Tab (Qt's StrongFocus: the wheel itself no longer gives the focus).
Otherwise the wheel goes on to the scroll area holding the field, as in other desktop programs:
scrolling down the fields panel or the Page Setup cannot turn a draft into "Sent", switch the
article to English or move its date.

:func:`install_wheel_guard` is called once, on the main window. It guards the fields there now
and those that appear in it later (a new record editor, the dialogs the window opens): it
watches the window's containers for new children being shown. Text boxes are not watched, so
typing never passes through the guard.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QSplitter,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)  # QAbstractSpinBox: number fields, date and time edits


def is_guarded(widget: QObject) -> bool:
    """True for the fields whose value the wheel would change: combo boxes, spin boxes, dates."""
    return isinstance(widget, GUARDED)


def _is_container(widget: QWidget) -> bool:
    """Where new fields can appear: widgets with a layout, splitters and a scroll area's viewport."""
    if widget.layout() is not None or isinstance(widget, QSplitter):
        return True
    parent = widget.parentWidget()
    return isinstance(parent, QScrollArea) and parent.viewport() is widget


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area whose visible part holds ``widget`` (within its window), or None."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if isinstance(ancestor, QAbstractScrollArea) and ancestor.viewport().isAncestorOf(widget):
            return ancestor
        if ancestor.isWindow():
            return None
        ancestor = ancestor.parentWidget()
    return None


class WheelGuard(QObject):
    """Event filter on the guarded fields (the wheel) and on the containers (new children)."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.scan(root)

    def scan(self, top: QWidget) -> None:
        """Guard every field in ``top`` and watch its containers (a field's own insides are left alone)."""
        if is_guarded(top):
            top.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
            top.installEventFilter(self)  # installing twice keeps one filter
            return
        if _is_container(top):
            top.installEventFilter(self)
        for child in top.children():
            if isinstance(child, QWidget):
                self.scan(child)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Pass the wheel over an unfocused field on to its scroll area; guard new children."""
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if is_guarded(watched) and not watched.hasFocus():
                self.pass_on(watched, event)
                return True  # the field never sees it
            return False
        # A new child about to be shown, fully built (unlike at ChildAdded); not a field's own parts,
        # such as the calendar a date field pops up.
        if kind == QEvent.Type.ChildPolished and not is_guarded(watched):
            child = event.child()
            if isinstance(child, QWidget):
                self.scan(child)
        return False

    @staticmethod
    def pass_on(field: QWidget, event: QWheelEvent) -> None:
        """Give the wheel ``event`` over ``field`` to the scroll area holding it, which scrolls."""
        area = scroll_area_of(field)
        if area is None:  # nothing to scroll: the wheel goes on to the parents, and changes nothing
            event.ignore()
            return
        viewport = area.viewport()
        scroll = QWheelEvent(field.mapTo(viewport, event.position()), event.globalPosition(), event.pixelDelta(),
                             event.angleDelta(), event.buttons(), event.modifiers(), event.phase(),
                             event.inverted(), event.source())
        QApplication.sendEvent(viewport, scroll)
        event.setAccepted(scroll.isAccepted())


def install_wheel_guard(window: QWidget) -> WheelGuard:
    """Guard every combo box, date and number field of ``window``, now and later (call once)."""
    return WheelGuard(window)
