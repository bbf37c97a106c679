"""The desk's small address book: the contacts a reporter keeps and the people they recently wrote to.

The Send dialog completes To and Cc from it. It is one JSON file in the data folder
(``address-book.json``: ``{"contacts": [...], "recent": [...]}``), written atomically; entries
are addresses as people write them ("Nguyễn Văn Hòa <hoa@example.vn>" or "hoa@example.vn").
No Qt: the widgets ask this module, they never read or write the file themselves.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from editor.model.file_io import N_, ArticleFileError, read_regular
from editor.model.safe_save import changed_since_read, save_with_backup
from editor.places import data_dir

FILE_NAME = "address-book.json"
MAX_RECENT = 30
MAX_BYTES = 1024 * 1024


def addresses_in(text: str, field: str = "to") -> list[str]:
    """The addresses of an address-list field, one entry each ("Hòa <hoa@example.vn>"); HeaderError
    (naming ``field``) when one is not an address or holds a line break."""
    from exports.email_headers import parse_addresses

    return [address_text(a.display_name, a.addr_spec) for a in parse_addresses([text], field)]


def address_text(name: str, address: str) -> str:
    """An address as the fields show it: the name (quoted when it holds a comma or quote) and <address>."""
    if not name:
        return address
    if any(c in name for c in ',"<>'):
        name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{name} <{address}>"


def _key(entry: str) -> str:
    """What makes two entries the same person: the address, in lower case."""
    inside = entry.rsplit("<", 1)[-1] if entry.rstrip().endswith(">") else entry
    return inside.strip().rstrip(">").strip().lower()


class AddressBook:
    """The contacts and recent recipients; every method reads the file afresh (two windows share it)."""

    def __init__(self, path: Path | None = None, max_recent: int = MAX_RECENT) -> None:
        self.path = Path(path) if path is not None else data_dir() / FILE_NAME
        self.max_recent = max_recent

    def _read(self) -> dict[str, list[str]]:
        return self._read_raw()[1]

    def _read_raw(self) -> tuple[bytes | None, dict[str, list[str]]]:
        """The file's bytes (None when there is none) and the book they hold."""
        raw: bytes | None = None
        try:
            raw = read_regular(self.path, MAX_BYTES)
            data = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError):  # none yet, or unreadable: an empty book (never an error for the user)
            return raw, {"contacts": [], "recent": []}
        if not isinstance(data, dict):
            data = {}
        return raw, {key: [e for e in data.get(key, []) if isinstance(e, str) and e.strip()] if isinstance(
            data.get(key), list) else [] for key in ("contacts", "recent")}

    def _change(self, edit: Callable[[dict[str, list[str]]], None]) -> None:
        """Read the book, ``edit`` it and write it back atomically, only while the file still holds what
        was read: another window's change in between is read again and kept, never overwritten.
        ArticleFileError (one sentence) when the data folder cannot be written."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            pass  # the save says why
        for attempt in range(5):
            raw, data = self._read_raw()
            edit(data)
            text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
            try:
                save_with_backup(self.path, text.encode("utf-8"), backup=False, expected=raw)
                return
            except ArticleFileError as exc:
                if exc.template != changed_since_read(self.path).template or attempt == 4:
                    raise

    def contacts(self) -> list[str]:
        """The contacts the user keeps, in the order they were added."""
        return self._read()["contacts"]

    def recent(self) -> list[str]:
        """The people written to lately, newest first."""
        return self._read()["recent"]

    def completions(self) -> list[str]:
        """What To and Cc complete from: the contacts, then recent recipients who are not contacts."""
        data = self._read()
        seen: set[str] = set()
        out = []
        for entry in data["contacts"] + data["recent"]:
            if _key(entry) not in seen:
                seen.add(_key(entry))
                out.append(entry)
        return out

    def add_contact(self, text: str) -> str:
        """Keep the address ``text`` as a contact (replacing one with the same address); returns it as kept.

        HeaderError when it is not one address; ArticleFileError when the book cannot be written.
        """
        entries = addresses_in(text, "contact")
        if len(entries) != 1:
            from exports.email_headers import HeaderError

            raise HeaderError(N_("“{value}” is not an e-mail address."), "contact", value=text.strip())
        entry = entries[0]

        def add(data: dict[str, list[str]]) -> None:
            data["contacts"] = [e for e in data["contacts"] if _key(e) != _key(entry)] + [entry]

        self._change(add)
        return entry

    def remove_contact(self, entry: str) -> None:
        """Forget a contact (and the same address among the recent recipients)."""
        def remove(data: dict[str, list[str]]) -> None:
            data["contacts"] = [e for e in data["contacts"] if _key(e) != _key(entry)]
            data["recent"] = [e for e in data["recent"] if _key(e) != _key(entry)]

        self._change(remove)

    def remember(self, entries: Iterable[str]) -> bool:
        """Put the recipients of a message at the top of the recent ones; False when the book could not
        be written (the message goes all the same: completion is a convenience)."""
        new = list(dict.fromkeys(e.strip() for e in entries if e.strip()))
        if not new:
            return True
        keys = {_key(e) for e in new}

        def put_first(data: dict[str, list[str]]) -> None:
            data["recent"] = (new + [e for e in data["recent"] if _key(e) not in keys])[: self.max_recent]

        try:
            self._change(put_first)
        except ArticleFileError:  # a full disk, a read-only data folder
            return False
        return True
