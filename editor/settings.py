"""User settings, declared once with their types and defaults, stored in an INI file.

Where things live (computed when asked, never at import, so tests can point the XDG_* variables
at a temporary folder):

- settings: ``user_config_dir("ArticleDesk")/articledesk.ini``;
- data (recovery, history, outbox): ``user_data_dir("ArticleDesk")``;
- caches (compiled translations): ``user_cache_dir("ArticleDesk")``.

``ARTICLEDESK_HOME`` overrides all three with ``$ARTICLEDESK_HOME/{config,data,cache}`` (a portable
install, or a test).
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QSettings, QSize

from editor.model.file_io import ArticleFileError, remove_quietly, write_error, write_temp
from editor.places import cache_dir, config_dir, data_dir, documents_dir  # noqa: F401 - also imported from here

MAX_RECENT_FILES = 10
SETTINGS_FILE = "articledesk.ini"


class Setting(NamedTuple):
    """One setting: its key in the INI file, its Python type and its default."""

    key: str
    type: type
    default: Any


# Every setting the program reads or writes. Add new ones here, nowhere else.
SETTINGS: dict[str, Setting] = {
    s.key: s
    for s in (
        Setting("window/geometry", QByteArray, QByteArray()),
        Setting("window/state", QByteArray, QByteArray()),
        Setting("window/splitter", QByteArray, QByteArray()),
        Setting("window/fields_visible", bool, True),
        Setting("files/recent", list, []),
        Setting("files/last_open", str, ""),
        Setting("files/sample_shown", bool, False),
        Setting("files/keep_backup", bool, True),  # keep the previous version as NAME.article.bak
        Setting("autosave/delay_ms", int, 2000),  # journal written this long after the last edit
        Setting("autosave/max_interval_ms", int, 3000),  # and at least this often while typing on
        Setting("history/max_count", int, 50),  # snapshots kept per article
        Setting("history/max_days", int, 90),  # snapshots older than this are pruned (newest kept)
        Setting("library/folders", list, []),  # [] = the ArticleDesk folder in the user's documents
        Setting("library/templates_folder", str, ""),  # the desk's own templates; "" = data folder
        Setting("ui/language", str, ""),  # "" = follow the system locale
        Setting("checker/pack", str, ""),  # a desk's house-style pack file; "" = the built-in packs
        Setting("export/format", str, "docx"),
        Setting("export/folder", str, ""),  # "" = next to the article
        Setting("export/open_folder", bool, False),
        Setting("desk/outlet", str, ""),  # the masthead printed on "In bài" pages; "" = the article's source
        Setting("desk/website", str, ""),  # printed in the page footer; "" = "Nguồn: <source>"
        Setting("print/paper", str, "A4"),  # page set-up of print and PDF (exports/print_layout.py)
        Setting("print/margin_left_mm", float, 20.0),
        Setting("print/margin_right_mm", float, 20.0),
        Setting("print/margin_top_mm", float, 18.0),
        Setting("print/margin_bottom_mm", float, 18.0),
        Setting("print/font_family", str, ""),  # "" = the first installed font covering Vietnamese
        Setting("print/font_size", float, 11.0),
        Setting("print/line_spacing", float, 1.3),
        Setting("print/columns", int, 1),
        Setting("print/weekday_style", str, "word"),  # "Thứ Ba" ("word") or "Thứ 3" ("number")
        Setting("print/draft_mark", bool, True),  # "BẢN NHÁP" / "DRAFT" in the header of a draft's pages
        Setting("print/running_headline", bool, True),  # the shortened headline in the header from page 2
        Setting("print/footer_length", bool, True),  # "326 chữ" / "540 words" in the footer
        Setting("print/footer_slug", bool, True),  # the topic as a slug in the footer
        # The outgoing mail account (session/mail_account.py); its password is never stored here.
        Setting("mail/host", str, ""),  # "" = no account set up
        Setting("mail/port", int, 587),
        Setting("mail/security", str, "starttls"),  # "starttls" (587), "tls" (465) or "none" (this computer only)
        Setting("mail/user", str, ""),  # "" = no login
        Setting("mail/from", str, ""),  # the From address: "Tòa soạn <desk@example.vn>"
        Setting("mail/ca_file", str, ""),  # a desk's own CA certificate (PEM); "" = the system's only
        Setting("mail/timeout_s", int, 30),
        Setting("mail/attachments", list, []),  # what the Send dialog ticked last: "docx", "pdf", "article"
        # The size each dialog was last closed at (ui/dialog_geometry.py); QSize() = its default size.
        Setting("dialogs/print_preview_size", QSize, QSize()),
        Setting("dialogs/page_setup_size", QSize, QSize()),
        Setting("dialogs/export_size", QSize, QSize()),
        Setting("dialogs/recovery_size", QSize, QSize()),
        Setting("dialogs/history_size", QSize, QSize()),  # the Revision History panel, when floating
        Setting("dialogs/send_size", QSize, QSize()),  # File › Send to Colleague…
        Setting("dialogs/outbox_size", QSize, QSize()),
    )
}


def settings_path() -> Path:
    """The INI file the settings are stored in."""
    return config_dir() / SETTINGS_FILE


def _coerce(setting: Setting, raw: Any) -> Any:
    """Turn what QSettings gives back from an INI file into the declared type."""
    if raw is None:
        return _copy_default(setting)
    kind = setting.type
    if kind is bool:
        if isinstance(raw, str):
            return raw.strip().lower() in ("true", "1", "yes", "on")
        return bool(raw)
    if kind is list:
        if isinstance(raw, str):  # QSettings returns a one-item list as a plain string
            return [raw] if raw else []
        if isinstance(raw, (list, tuple)):
            return [str(v) for v in raw if v is not None and str(v)]
        return _copy_default(setting)
    if kind in (QByteArray, QSize):
        return raw if isinstance(raw, kind) else _copy_default(setting)
    if kind is float:
        try:
            return float(raw)
        except (TypeError, ValueError):
            return setting.default
    if kind is int:
        try:
            return int(raw)
        except (TypeError, ValueError):
            return setting.default
    return str(raw) if raw is not None else setting.default


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _copy_default(setting: Setting) -> Any:
    default = setting.default
    if isinstance(default, list):
        return list(default)
    if isinstance(default, (QByteArray, QSize)):
        return type(default)(default)
    return default


class Settings:
    """Typed access to the declared settings; the file is created on the first write only."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else settings_path()
        self._qsettings: QSettings | None = None
        # Told once of each failure of sync (the window shows it in the status bar).
        self.on_failure: Callable[[ArticleFileError], None] | None = None
        self._told = ""

    def _store(self, create: bool) -> QSettings | None:
        if self._qsettings is None:
            if not create and not self.path.exists():
                return None
            if create:
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError:
                    pass  # sync() says why the file cannot be written
            self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)
        return self._qsettings

    def value(self, key: str) -> Any:
        """The stored value of ``key`` in its declared type, or its default."""
        setting = SETTINGS[key]
        store = self._store(create=False)
        if store is None:
            return _copy_default(setting)
        return _coerce(setting, store.value(key))

    def set_value(self, key: str, value: Any) -> None:
        """Store ``value`` for ``key`` (must be a declared setting of the declared type)."""
        setting = SETTINGS[key]
        if setting.type is list:
            value = [str(v) for v in value]
        elif not isinstance(value, setting.type):
            raise TypeError(f"setting {key} takes {setting.type.__name__}, not {type(value).__name__}")
        store = self._store(create=True)
        assert store is not None
        store.setValue(key, value)

    def sync(self) -> ArticleFileError | None:
        """Write pending changes to disk; the reason in one sentence when the file could not be written.

        Qt writes the file all or nothing (a temp file renamed over it), so a failure leaves the
        previous settings whole; the changes stay in memory and the next sync tries again.
        """
        if self._qsettings is None:
            return None
        self._qsettings.sync()
        if self._qsettings.status() != QSettings.Status.AccessError:
            self._told = ""
            return None
        try:  # Qt does not say why: the same write of our own finds out (a full disk, a read-only folder)
            remove_quietly(write_temp(self.path, b"\0" * max(4096, _size(self.path))))
            failure = write_error(self.path, OSError(errno.EIO, os.strerror(errno.EIO)))
        except OSError as exc:
            failure = write_error(self.path, exc)
        if self.on_failure is not None and str(failure) != self._told:
            self._told = str(failure)
            self.on_failure(failure)
        return failure

    # ---------------------------------------------------------------- recent files

    def recent_files(self) -> list[str]:
        """Recently opened or saved files, newest first (at most MAX_RECENT_FILES)."""
        return self.value("files/recent")[:MAX_RECENT_FILES]

    def add_recent_file(self, path: str | os.PathLike[str]) -> None:
        """Put ``path`` at the top of the recent files."""
        name = str(Path(path).absolute())
        files = [f for f in self.recent_files() if f != name]
        self.set_value("files/recent", [name, *files][:MAX_RECENT_FILES])

    def remove_recent_file(self, path: str | os.PathLike[str]) -> None:
        """Forget ``path`` in the recent files (e.g. after it was deleted)."""
        name = str(Path(path).absolute())
        self.set_value("files/recent", [f for f in self.recent_files() if f != name])

    def clear_recent_files(self) -> None:
        """Forget all recent files."""
        self.set_value("files/recent", [])
