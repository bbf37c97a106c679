"""The address book the Send dialog completes To and Cc from: contacts kept, recent recipients, one JSON file."""

from __future__ import annotations

import json
import os

import pytest

from editor.model.file_io import ArticleFileError
from editor.session.address_book import AddressBook, address_text, addresses_in
from editor.session.mail_compose import remember_attachments, remembered_attachments
from editor.settings import Settings
from exports.email_headers import HeaderError

HOA = "Nguyễn Văn Hòa <hoa@example.vn>"


def test_contacts_come_first_then_recent_recipients_without_repeats(tmp_path):
    book = AddressBook(tmp_path / "book.json")
    assert book.completions() == []  # no file yet
    assert book.add_contact("  Nguyễn Văn Hòa   <hoa@example.vn> ") == HOA
    assert book.remember(["bientap@example.vn", "Hòa <HOA@example.vn>", "bientap@example.vn"])
    assert book.recent() == ["bientap@example.vn", "Hòa <HOA@example.vn>"]
    assert book.completions() == [HOA, "bientap@example.vn"]  # the same address once, as the contact
    data = json.loads((tmp_path / "book.json").read_text(encoding="utf-8"))
    assert data["contacts"] == [HOA]  # readable, Vietnamese as it is


def test_recent_recipients_are_newest_first_and_limited(tmp_path):
    book = AddressBook(tmp_path / "book.json", max_recent=3)
    for n in range(5):
        book.remember([f"a{n}@example.vn"])
    book.remember(["a3@example.vn"])
    assert book.recent() == ["a3@example.vn", "a4@example.vn", "a2@example.vn"]


def test_removing_a_contact_forgets_the_address_everywhere(tmp_path):
    book = AddressBook(tmp_path / "book.json")
    book.add_contact(HOA)
    book.remember(["hoa@example.vn", "x@example.vn"])
    book.remove_contact(HOA)
    assert book.completions() == ["x@example.vn"]


def test_a_contact_must_be_one_address(tmp_path):
    book = AddressBook(tmp_path / "book.json")
    for bad in ("hoa@", "a@example.vn, b@example.vn", "hoa@example.vn\nBcc: x@example.vn"):
        with pytest.raises(HeaderError):
            book.add_contact(bad)
    assert book.contacts() == []


def test_a_damaged_file_is_an_empty_book(tmp_path):
    path = tmp_path / "book.json"
    for content in ("{not json", "[1, 2]", '{"contacts": "x", "recent": [3, "a@example.vn"]}'):
        path.write_text(content, encoding="utf-8")
        assert AddressBook(path).completions() in ([], ["a@example.vn"])


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs a folder the user cannot write")
def test_a_folder_that_cannot_be_written_never_stops_a_message(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        book = AddressBook(folder / "book.json")
        assert book.remember(["a@example.vn"]) is False
        with pytest.raises(ArticleFileError):
            book.add_contact(HOA)
    finally:
        folder.chmod(0o700)


def test_address_lists_are_cut_into_addresses():
    assert addresses_in(f'{HOA}, "Trần, Bình" <binh@example.vn>, c@example.vn') == [
        HOA, '"Trần, Bình" <binh@example.vn>', "c@example.vn"]
    assert address_text("", "c@example.vn") == "c@example.vn"


def test_the_attachments_ticked_are_remembered(tmp_path):
    settings = Settings(tmp_path / "s.ini")
    assert remembered_attachments(settings) == ()
    remember_attachments(settings, ("pdf", "article", "exe"))
    settings.sync()
    assert remembered_attachments(Settings(settings.path)) == ("pdf", "article")  # the next run ticks them
