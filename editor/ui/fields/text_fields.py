"""Small text widgets for the fields panel: boxes that grow with their text, list-valued fields."""

from __future__ import annotations

import re

from PySide6 import QtCore
from PySide6.QtCore import QEvent, QMimeData, QRect
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from editor.ui.qt_names import TEXT_WORD_WRAP, set_enum_property

_LIST_SEPARATORS = re.compile(r"[;\n]")
_LINE_BREAKS = re.compile(r"[ \t]*[\r\n\v\f\u2028\u2029]+[ \t]*")


class GrowingTextEdit(QPlainTextEdit):
    """Plain text that grows with its content between ``min_lines`` and ``max_lines`` lines,
    so a sapo or a long headline is read whole, not through a keyhole."""

    def __init__(self, min_lines: int = 3, max_lines: int = 12, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.textChanged.connect(self._fit)
        self._fit()

    def raw_text(self) -> str:
        """The text exactly as typed: unlike toPlainText() it keeps no-break spaces, which
        Vietnamese typesetting uses and the house-style checker looks at; lines end in "\\n"."""
        raw = self.document().toRawText()
        return raw.replace("\u2029", "\n").replace("\u2028", "\n")

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """A new width wraps the text into a different number of lines."""
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Text set while hidden is measured once the box has its width."""
        super().showEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new font changes the line height."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def _fit(self) -> None:
        margin = int(self.document().documentMargin())
        metrics = self.fontMetrics()
        if self.isVisible():
            width = max(self.viewport().width() - 2 * margin - 4, 40)  # a little narrower: never a hidden line
            text = self.toPlainText() or " "
            wrapped = metrics.boundingRect(QRect(0, 0, width, 100_000), TEXT_WORD_WRAP, text).height()
            needed = max(1, round(wrapped / metrics.lineSpacing()))
        else:  # no width yet: measured again when shown
            needed = self.min_lines
        lines = max(self.min_lines, min(self.max_lines, needed))
        # A scroll bar only when the text outgrows the box; otherwise it would steal width.
        set_enum_property(self, "verticalScrollBarPolicy",
                          "ScrollBarAsNeeded" if needed > self.max_lines else "ScrollBarAlwaysOff")
        margins = self.contentsMargins()
        frame = self.frameWidth() * 2 + margins.top() + margins.bottom()
        height = metrics.lineSpacing() * lines + 2 * margin + frame + 2
        if height != self.height():
            self.setFixedHeight(height)


class WrappingLineEdit(GrowingTextEdit):
    """One line of text that wraps on screen (a long headline stays visible); Enter is refused."""

    def __init__(self, lines: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(min_lines=lines, max_lines=4, parent=parent)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Enter would split the line: move on to the next field instead."""
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        """Pasted line breaks become spaces."""
        if source.hasText():
            self.insertPlainText(_LINE_BREAKS.sub(" ", source.text()))
            return
        super().insertFromMimeData(source)


def split_tags(text: str) -> list[str]:
    """Tags typed as "a; b; c" (commas stay inside a tag: "phòng cháy, chữa cháy")."""
    return [t.strip() for t in _LIST_SEPARATORS.split(text) if t.strip()]


def join_tags(tags: list[str]) -> str:
    """The text shown for a list of tags."""
    return "; ".join(tags)


def split_authors(text: str) -> list[str]:
    """Authors typed as "A, B", "A; B" or one a line. Once a semicolon or line break is used,
    commas no longer split; commas inside parentheses never split ("Hà Thu (theo Reuters, AP)")."""
    if ";" in text or "\n" in text:
        return [n.strip() for n in re.split(r"[;\n]", text) if n.strip()]
    names: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        if ch == "," and depth == 0:
            names.append("".join(current))
            current = []
        else:
            current.append(ch)
    names.append("".join(current))
    return [n.strip() for n in names if n.strip()]


def join_authors(authors: list[str]) -> str:
    """The text shown for a list of authors."""
    if not any("," in _outside_parentheses(a) for a in authors):
        return ", ".join(authors)
    text = "; ".join(authors)
    return text if len(authors) > 1 else text + ";"  # the semicolon keeps "Smith, John" one name


def _outside_parentheses(text: str) -> str:
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", text)
