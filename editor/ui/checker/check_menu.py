"""Hover and right-click on an underlined span: the finding's message as a tooltip, and a context
menu with its suggestions, "Ignore once" and "Ignore this word in this article" above the
widget's usual entries, and "Add to Desk Dictionary" on a spelling finding (EN-SP01).

:class:`CheckMenu` is an event filter on every checked widget (the viewport of text boxes and the
body, the line edits themselves). What an entry does is left to ``actions``, an object with
``apply_suggestion(view, span, text)``, ``ignore_once(span)``, ``ignore_word(span)`` and
``add_to_dictionary(span)``.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QHelpEvent
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from editor.model.house_style import Finding
from editor.model.house_style.spelling import SPELLING_RULE
from editor.qt.finding_spans import Span

MESSAGE_CHARS = 90


def severity_name(severity: str) -> str:
    """"Error", "Warning" or "Suggestion" in the interface language."""
    names = {
        "error": QCoreApplication.translate("CheckMenu", "Error"),
        "warning": QCoreApplication.translate("CheckMenu", "Warning"),
    }
    return names.get(severity, QCoreApplication.translate("CheckMenu", "Suggestion"))


def shown(text: str) -> str:
    """A replacement as a menu shows it: quoted when spaces at its ends would be invisible."""
    return text if text and text.strip() == text else f"“{text}”"


def tooltip_html(finding: Finding) -> str:
    """Severity, message and suggestions of a finding, as a rich-text tooltip."""
    head = f"<b>{html.escape(severity_name(finding.severity))}</b> · {html.escape(finding.rule)}"
    parts = [f"<p>{head}<br>{html.escape(finding.message)}</p>"]
    if finding.replacements:
        label = (QCoreApplication.translate("CheckMenu", "Suggestion:") if len(finding.replacements) == 1
                 else QCoreApplication.translate("CheckMenu", "Suggestions:"))
        items = ", ".join(f"<b>{html.escape(shown(r) or '∅')}</b>" for r in finding.replacements)
        parts.append(f"<p>{html.escape(label)} {items}</p>")
    return "".join(parts)


class CheckMenu(QObject):
    """Tooltips and context-menu entries for the spans of the watched views."""

    def __init__(self, actions: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions = actions
        self._views: dict[QWidget, Any] = {}

    def watch(self, view: Any) -> None:
        """Show tooltips and menu entries for ``view``'s spans."""
        for widget in {view.event_widget(), view.widget}:  # the box itself gets the keyboard's menu key
            self._views[widget] = view
            widget.installEventFilter(self)

    def tooltip_at(self, view: Any, point: QPoint) -> str:
        """The tooltip for ``point`` in ``view`` ("" when no span is there)."""
        span = view.span_at_point(point)
        return tooltip_html(span.finding) if span is not None else ""

    def menu_at(self, view: Any, point: QPoint) -> QMenu | None:
        """The context menu for ``point``: finding entries on top of the usual ones, or None
        when no span is there (then the widget shows its own menu)."""
        self.actions.before_menu()
        span = view.span_at_point(point)
        if span is None:
            return None
        menu = view.standard_menu(point)
        menu.setObjectName("check_menu")
        first = menu.actions()[0] if menu.actions() else None
        entries = self._entries(menu, view, span)
        for entry in entries:
            menu.insertAction(first, entry)
        if first is not None:
            menu.insertSeparator(first)
        return menu

    def _entries(self, menu: QMenu, view: Any, span: Span) -> list[QAction]:
        finding = span.finding
        message = finding.message if len(finding.message) <= MESSAGE_CHARS else \
            finding.message[:MESSAGE_CHARS - 1].rstrip() + "…"
        header = QAction(message, menu)
        header.setEnabled(False)
        header.setToolTip(finding.message)
        entries = [header]
        for number, replacement in enumerate(finding.replacements):
            if replacement:
                text = shown(replacement)
            else:
                text = self.tr("Delete “{text}”").format(text=finding.text)
            action = QAction(text.replace("&", "&&"), menu)
            action.setObjectName("suggestion")
            if number == 0:
                font = QFont(action.font())
                font.setBold(True)
                action.setFont(font)
            action.triggered.connect(lambda _c=False, r=replacement: self.actions.apply_suggestion(view, span, r))
            entries.append(action)
        separator = QAction(menu)
        separator.setSeparator(True)
        entries.append(separator)
        once = QAction(self.tr("Ignore Once"), menu)
        once.setObjectName("ignore_once")
        once.triggered.connect(lambda _c=False: self.actions.ignore_once(span))
        word = QAction(self.tr("Ignore This Word in This Article"), menu)
        word.setObjectName("ignore_word")
        word.setEnabled(bool(finding.text.strip()))
        word.triggered.connect(lambda _c=False: self.actions.ignore_word(span))
        entries += [once, word]
        if finding.rule == SPELLING_RULE and finding.text.strip():
            desk = QAction(self.tr("Add to Desk Dictionary"), menu)
            desk.setObjectName("add_to_dictionary")
            desk.triggered.connect(lambda _c=False: self.actions.add_to_dictionary(span))
            entries.append(desk)
        return entries

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Tooltips and context menus over spans; everything else goes on as usual."""
        view = self._views.get(watched)  # type: ignore[call-overload]
        if view is None:
            return False
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and watched is view.event_widget():
            text = self.tooltip_at(view, event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, watched)
                return True
            QToolTip.hideText()
            return False
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            point = event.pos()
            if watched is not view.event_widget() or event.reason() == QContextMenuEvent.Reason.Keyboard:
                point = view.widget.cursorRect().center()  # the menu key: where the text cursor is
            menu = self.menu_at(view, point)
            if menu is None:
                return False
            self.show_menu(menu, watched.mapToGlobal(point))  # type: ignore[attr-defined]
            menu.deleteLater()
            return True
        return False

    def show_menu(self, menu: QMenu, where: QPoint) -> None:
        """Run the menu (a method of its own, so tests can answer it instead of a person)."""
        menu.exec(where)
