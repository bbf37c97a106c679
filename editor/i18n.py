"""Interface language: choose it, build the Vietnamese catalogue, install the translators.

The catalogue ships as Qt Linguist source (resources/translations/articledesk_<lang>.ts). The
binary .qm is built at run time with the lrelease that comes with PySide6, into the user cache
folder, and only again when the .ts is newer. If that fails the interface stays in English and a
warning is logged: a missing translation never stops the program.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from editor.resources import resource_path
from editor.settings import Settings, cache_dir

if TYPE_CHECKING:
    import logging


def _log() -> logging.Logger:
    """This module's logger, imported with the first message (an English start-up logs none)."""
    import logging

    return logging.getLogger(__name__)


UI_LANGUAGES = ("vi", "en")
SOURCE_LANGUAGE = "en"
LRELEASE_TIMEOUT = 60


def system_language() -> str:
    """"vi" when the system locale is Vietnamese, else "en"."""
    name = QLocale.system().name().lower()
    return "vi" if name.startswith("vi") else "en"


def interface_language() -> str:
    """The language the interface speaks now: install_translators makes it QLocale's default."""
    return "vi" if QLocale().language() == QLocale.Language.Vietnamese else "en"


def locale_for(language: str) -> QLocale:
    """Qt's locale for an interface language: Vietnam's, or Britain's day-first English (never 12/3 for 3 December)."""
    if language == "vi":
        return QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def interface_locale() -> QLocale:
    """Qt's locale for the interface language (for widgets that name months and weekdays)."""
    return locale_for(interface_language())


def ui_language(settings: Settings) -> str:
    """The interface language chosen in the settings, or the system's."""
    chosen = settings.value("ui/language")
    return chosen if chosen in UI_LANGUAGES else system_language()


def catalogue_source(language: str) -> Path:
    """The .ts file of ``language``."""
    return resource_path("translations", f"articledesk_{language}.ts")


def find_lrelease() -> list[str] | None:
    """The command that compiles .ts to .qm: PySide6's own binary, else a pyside6-lrelease on PATH."""
    try:
        import PySide6
    except ImportError:  # pragma: no cover - the GUI cannot run without it anyway
        return None
    bundled = Path(PySide6.__file__).resolve().parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if bundled.is_file() and os.access(bundled, os.X_OK):
        return [str(bundled)]
    import shutil

    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compiled_catalogue(language: str) -> Path | None:
    """The .qm of ``language``, built into the cache when missing or older than the .ts.

    Returns None (and logs why) when it cannot be built.
    """
    source = catalogue_source(language)
    if not source.is_file():
        _log().warning("no translation source for %r at %s", language, source)
        return None
    target = cache_dir() / "translations" / f"articledesk_{language}.qm"
    try:
        if target.is_file() and target.stat().st_mtime_ns >= source.stat().st_mtime_ns:
            return target
    except OSError:
        pass
    command = find_lrelease()
    if command is None:
        _log().warning("lrelease not found; the interface stays in English")
        return None
    import subprocess  # only on the first start after an update: keep start-up light
    import tempfile

    from editor.model.article_file import ArticleFileError, write_atomic

    try:
        with tempfile.TemporaryDirectory(prefix="articledesk-qm-") as work:
            built = Path(work) / target.name
            result = subprocess.run(
                [*command, "-silent", str(source), "-qm", str(built)],
                capture_output=True,
                text=True,
                timeout=LRELEASE_TIMEOUT,
            )
            data = built.read_bytes() if built.is_file() else b""
        if result.returncode != 0 or not data:
            _log().warning("lrelease failed on %s: %s", source, (result.stderr or result.stdout).strip())
            return None
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, data)  # the same all-or-nothing write as article files
        return target
    except (OSError, subprocess.SubprocessError, ArticleFileError) as exc:
        _log().warning("could not build the %r translation: %s", language, exc)
        return None


def load_translators(language: str) -> list[QTranslator]:
    """Translators for ``language``: Qt's own (standard dialogs) first, then ArticleDesk's."""
    if language == SOURCE_LANGUAGE:
        return []
    from PySide6.QtCore import QLibraryInfo

    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator()
    if qt_base.load(f"qtbase_{language}", qt_dir):
        translators.append(qt_base)
    else:
        _log().info("Qt ships no qtbase_%s translation; ArticleDesk's catalogue covers the dialogs it uses", language)
    qm = compiled_catalogue(language)
    if qm is not None:
        own = QTranslator()
        if own.load(str(qm)):
            translators.append(own)
        else:
            _log().warning("could not load the compiled translation %s", qm)
    return translators


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the translators for ``language`` on ``app``; keep the returned list alive."""
    translators = load_translators(language)
    for translator in translators:
        app.installTranslator(translator)
    QLocale.setDefault(locale_for(language))  # numbers, and the dates of Qt's own dialogs
    return translators


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo install_translators (used by tests)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())
