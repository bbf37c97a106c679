"""An address-list box (To, Cc) that completes each address from the address book, not the whole line."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


def _split_last(text: str) -> tuple[str, str]:
    """The addresses before the one being typed ("a@x.vn, ") and that one ("Ho")."""
    head, comma, last = text.rpartition(",")
    return (head + comma + " " if comma else ""), last.strip()


class AddressCompleter(QCompleter):
    """Completes the address after the last comma, matching any part of a name or address."""

    def __init__(self, entries: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(QStringListModel(entries, self))  # owned by the completer (a bare one would be collected)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_entries(self, entries: list[str]) -> None:
        """Complete from ``entries`` from now on."""
        model = self.model()
        if isinstance(model, QStringListModel):
            model.setStringList(entries)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        """Only the address being typed is matched."""
        return [_split_last(path)[1]]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt override
        """The chosen address replaces the one being typed; those before it stay."""
        chosen = super().pathFromIndex(index)
        widget = self.widget()
        head = _split_last(widget.text())[0] if isinstance(widget, QLineEdit) else ""
        return head + chosen


class AddressField(QLineEdit):
    """One line of addresses separated by commas, completed from ``entries``."""

    def __init__(self, entries: list[str], accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setClearButtonEnabled(True)
        self.address_completer = AddressCompleter(entries, self)
        self.setCompleter(self.address_completer)
