"""The files behind "Add to Desk Dictionary" and the user's spelling word list (no Qt, no widgets).

A word goes to the desk pack's ``registry.words`` when the pack in use is a file of the user's
that may be written, else to the user's list in the configuration folder
(:func:`editor.places.user_words_file`). The file is read again just before the change, edited as
text (:mod:`editor.model.house_style.desk_words`) and written atomically through symbolic links,
only while it still holds what was read (``safe_save``). Failures raise one sentence
(:class:`~editor.model.file_io.TemplatedError`); nothing is half-written.
"""

from __future__ import annotations

import os
from pathlib import Path

from editor.model.file_io import N_, read_regular, real_path
from editor.model.house_style import Pack, spelling
from editor.model.house_style.desk_words import (
    DeskWordError,
    is_builtin,
    pack_text_with,
    read_word_list,
    word_list_with,
)
from editor.model.safe_save import save_with_backup
from editor.places import user_words_file

PACK, USER_LIST = "pack", "user"


def target_of(pack: Pack) -> tuple[str, Path]:
    """Where a word added with ``pack`` in use goes: (PACK, the pack's file) when the user may write
    that file, else (USER_LIST, the user's word list for the pack's language)."""
    path = Path(pack.path)
    if path.is_file() and not is_builtin(path):
        try:
            target = real_path(path)
        except OSError:
            target = None
        if target is not None and os.access(target, os.W_OK) and os.access(target.parent, os.W_OK):
            return PACK, path
    return USER_LIST, user_words_file(pack.language)


def _read_text(path: Path, missing_ok: bool) -> tuple[bytes | None, str]:
    try:
        raw = read_regular(path)
    except FileNotFoundError:
        if missing_ok:
            return None, ""
        raise DeskWordError(N_("Cannot add the word to “{file}”: the file does not exist."), file=str(path)) from None
    except OSError as exc:
        raise DeskWordError(N_("Cannot add the word to “{file}”: {reason}."), file=str(path),
                            reason=exc.strerror or str(exc)) from None
    try:
        return raw, raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DeskWordError(N_("Cannot add the word to “{file}”: the file is not UTF-8 text."),
                            file=str(path)) from None


def add_word(pack: Pack, word: str) -> tuple[str, Path]:
    """Add ``word`` to the desk's dictionary for ``pack``; returns (PACK or USER_LIST, the file written).

    Raises DeskWordError or ArticleFileError (from the save; one sentence) when the file cannot be read or written.
    """
    word = word.strip()
    kind, path = target_of(pack)
    if kind == PACK:
        raw, text = _read_text(path, missing_ok=False)
        new = pack_text_with(text, word, str(path))
    else:
        raw, text = _read_text(path, missing_ok=True)
        new = word_list_with(text, word)
        if raw is None:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DeskWordError(N_("Cannot add the word to “{file}”: {reason}."), file=str(path),
                                    reason=exc.strerror or str(exc)) from None
    if new != text:
        save_with_backup(path, new.encode("utf-8"), backup=False, expected=raw)
    if kind == USER_LIST:
        spelling.set_user_words(pack.language, read_word_list(new))
    return kind, path


def load_user_words(language: str) -> None:
    """Read the user's word list for ``language`` into the checker (a missing or unreadable list is empty)."""
    try:
        text = read_regular(user_words_file(language)).decode("utf-8", errors="replace")
    except OSError:
        text = ""
    spelling.set_user_words(language, read_word_list(text))
