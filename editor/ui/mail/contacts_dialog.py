"""Manage Contacts…: the addresses To and Cc complete from, kept in the address book.

A contact is added by typing it ("Nguyễn Văn Hòa <hoa@example.vn>"), or kept from the people
written to lately; removing one forgets it everywhere. The book itself is the session's.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from editor.model.file_io import TemplatedError
from editor.session.address_book import AddressBook
from editor.session.mailing import mail_text
from editor.ui.mail.address_field import AddressField
from editor.ui.mail.mail_widgets import named_button, problem_label


class ContactsDialog(QDialog):
    """The contacts as a list, a box to add one, and the recent recipients to keep."""

    def __init__(self, book: AddressBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contacts_dialog")
        self.setWindowTitle(self.tr("Contacts"))
        self.book = book
        self.contacts = QListWidget()
        self.contacts.setAccessibleName(self.tr("Contacts"))
        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent recipients"))
        self.new_field = AddressField(book.recent(), self.tr("New contact"))
        self.new_field.setPlaceholderText(self.tr("Name <name@example.vn>"))
        self.new_field.returnPressed.connect(self.add_typed)
        add = named_button(self.tr("&Add"), self.tr("Add the contact"), self.add_typed)
        keep = named_button(self.tr("&Keep as Contact"), self.tr("Keep the recent recipient as a contact"),
                            self.keep_recent)
        remove = named_button(self.tr("&Remove"), self.tr("Remove the contact"), self.remove_selected)
        self.problem_label = problem_label(self.tr("Problem"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.reject)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_field, 1)
        add_row.addWidget(add)
        lists = QHBoxLayout()
        for title, widget, button in ((self.tr("Contacts:"), self.contacts, remove),
                                      (self.tr("Written to lately:"), self.recent, keep)):
            column = QVBoxLayout()
            label = QLabel(title)
            label.setBuddy(widget)
            column.addWidget(label)
            column.addWidget(widget, 1)
            column.addWidget(button)
            lists.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.problem_label)
        layout.addLayout(lists, 1)
        layout.addWidget(close)
        self.resize(640, 400)
        self.refresh()

    def refresh(self) -> None:
        """Show the book as it is on disk."""
        self.contacts.clear()
        self.contacts.addItems(self.book.contacts())
        kept = {c.lower() for c in self.book.contacts()}
        self.recent.clear()
        self.recent.addItems([r for r in self.book.recent() if r.lower() not in kept])

    def _change(self, change) -> bool:
        try:
            change()
        except TemplatedError as exc:  # not an address; the data folder cannot be written
            self.problem_label.setText(mail_text(exc))
            self.problem_label.show()
            return False
        self.problem_label.hide()
        self.refresh()
        return True

    def add_typed(self) -> bool:
        """Add the address typed in the box."""
        text = self.new_field.text().strip()
        if not text:
            return False
        if self._change(lambda: self.book.add_contact(text)):
            self.new_field.clear()
            return True
        return False

    def keep_recent(self) -> bool:
        """Keep the selected recent recipient as a contact."""
        item = self.recent.currentItem()
        return item is not None and self._change(lambda: self.book.add_contact(item.text()))

    def remove_selected(self) -> bool:
        """Forget the selected contact."""
        item = self.contacts.currentItem()
        return item is not None and self._change(lambda: self.book.remove_contact(item.text()))
