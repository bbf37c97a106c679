"""Where ArticleDesk keeps the user's things, without Qt (the command line reads these too).

Computed when asked, never at import, so tests can point the XDG_* variables at a temporary
folder. ``ARTICLEDESK_HOME`` overrides them all with ``$ARTICLEDESK_HOME/{config,data,cache,documents}``
(a portable install, or a test).
"""

from __future__ import annotations

import os
from pathlib import Path

from editor import APP_NAME


def _dir(kind: str) -> Path:
    home = os.environ.get("ARTICLEDESK_HOME")
    if home:
        return Path(home) / kind
    import platformdirs  # not at import: a check with ARTICLEDESK_HOME set never needs it

    finder = {
        "config": platformdirs.user_config_dir,
        "data": platformdirs.user_data_dir,
        "cache": platformdirs.user_cache_dir,
    }[kind]
    return Path(finder(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Folder of the settings file (not created here)."""
    return _dir("config")


def data_dir() -> Path:
    """Folder for the user's data: recovery copies, history, outbox (not created here)."""
    return _dir("data")


def cache_dir() -> Path:
    """Folder for things that can be rebuilt, such as compiled translations (not created here)."""
    return _dir("cache")


def documents_dir() -> Path:
    """The default library folder: ``ArticleDesk`` in the user's documents (not created here).

    With ``ARTICLEDESK_HOME`` set it is ``$ARTICLEDESK_HOME/documents``.
    """
    home = os.environ.get("ARTICLEDESK_HOME")
    if home:
        return Path(home) / "documents"
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / APP_NAME


def desk_packs_dir() -> Path:
    """The desk's own house-style packs, used by name (``--style my-desk`` reads ``my-desk.toml``
    here): ``packs`` in the data folder (not created here)."""
    return data_dir() / "packs"


def user_words_file(language: str) -> Path:
    """The user's own spelling word list for articles in ``language`` ("en"): what "Add to Desk
    Dictionary" fills when the pack in use is built in or read-only (one word a line; not created here)."""
    return config_dir() / "words" / f"{language.split('-')[0].lower()}.txt"
