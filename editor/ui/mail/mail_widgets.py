"""The small pieces the mail dialogs share: a named button, the line that says what is wrong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton


def named_button(text: str, name: str, handler: Callable[[], object]) -> QPushButton:
    """A button with its accessible ``name`` (read by screen readers) that calls ``handler``; it never
    becomes the dialog's default by taking the focus."""
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: handler())
    return button


def problem_label(name: str, object_name: str = "") -> QLabel:
    """A hidden red line for the sentence that says why something cannot be done as typed."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a01818;")
    label.hide()
    return label
