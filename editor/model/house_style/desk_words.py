"""The desk's spelling word lists as text: a pack's ``registry.words`` and the user's own list.

"Add to Desk Dictionary" puts a word either in the desk pack's ``words`` list (when the pack is a
file the user may write) or in the user's word list (for a built-in or read-only pack). Both are
edited as text, never rewritten from parsed data: the pack keeps every comment, key and layout,
and the new word goes at the end of the ``words`` list. The edited pack text is parsed again and
must hold exactly what it held plus the word, or nothing is written.

The user's list is plain UTF-8 text, one word a line; a line starting with ``#`` is a comment.
Reading and writing the files is the session's (:mod:`editor.session.desk_words`).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import tomllib

from ...resources import resource_path
from ..file_io import N_, TemplatedError

WORDS_KEY = "words"
_HEADER = re.compile(r"^[ \t]*\[[ \t]*registry[ \t]*\][ \t]*(?:#.*)?$", re.MULTILINE)
_ANY_HEADER = re.compile(r"^[ \t]*\[", re.MULTILINE)
_WORDS = re.compile(r"^[ \t]*words[ \t]*=[ \t]*\[", re.MULTILINE)


class DeskWordError(TemplatedError):
    """A word that cannot be added, as one sentence."""


def is_builtin(pack_path: str | os.PathLike[str]) -> bool:
    """Whether a pack file is one of the program's own (never edited: the user's list takes the word)."""
    try:
        return Path(os.path.realpath(pack_path)).parent == Path(os.path.realpath(resource_path("packs")))
    except OSError:
        return True


def read_word_list(text: str) -> list[str]:
    """The words of a user word list's text (one a line, ``#`` comments and blank lines skipped)."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def word_list_with(text: str, word: str) -> str:
    """A user word list's text with ``word`` added at the end (unchanged when it is there already)."""
    if word in read_word_list(text):
        return text
    if text and not text.endswith("\n"):
        text += "\n"
    return text + word + "\n"


def _array_end(text: str, open_at: int) -> tuple[int, int]:
    """For the ``[`` at ``open_at``: (position of its closing ``]``, position just after the last
    character that is not blank or a comment before it)."""
    depth, i, last = 0, open_at, open_at + 1
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            i = text.find("\n", i)
            if i < 0:
                break
            continue
        if ch in "\"'":
            triple = text.startswith(ch * 3, i)
            quote = ch * 3 if triple else ch
            j = i + len(quote)
            while j < n:
                if ch == '"' and text[j] == "\\":
                    j += 2
                    continue
                if text.startswith(quote, j):
                    break
                j += 1
            i = j + len(quote)
            last = i
            continue
        if ch == "[":
            depth += 1
            if depth > 1:
                last = i + 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i, last
            last = i + 1
        elif not ch.isspace():
            last = i + 1
        i += 1
    raise ValueError("unclosed array")


def _inserted(text: str, word: str) -> str:
    """The pack text with ``word`` put at the end of ``registry.words`` (the list made if need be)."""
    literal = json.dumps(word, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    header = _HEADER.search(text)
    if header is None:
        sep = "" if not text or text.endswith("\n") else "\n"
        return f"{text}{sep}\n[registry]\n{WORDS_KEY} = [{literal}]\n"
    section_end = len(text)
    following = _ANY_HEADER.search(text, header.end())
    if following is not None:
        section_end = following.start()
    key = _WORDS.search(text, header.end(), section_end)
    if key is None:
        return f"{text[:header.end()]}\n{WORDS_KEY} = [{literal}]{text[header.end():]}"
    close, last = _array_end(text, key.end() - 1)
    before = text[last - 1]
    line_end = text.find("\n", last, close)
    if before == "," and line_end >= 0:  # one entry a line, a comma after each: the word on a line of its own
        line_start = text.rfind("\n", 0, last) + 1
        indent = re.match(r"[ \t]*", text[line_start:]).group()  # type: ignore[union-attr]
        return f"{text[:line_end + 1]}{indent}{literal},\n{text[line_end + 1:]}"
    addition = literal if before == "[" else (f" {literal}" if before == "," else f", {literal}")
    return text[:last] + addition + text[last:]


def pack_text_with(text: str, word: str, file: str) -> str:
    """The pack's text with ``word`` added to its ``registry.words`` list (unchanged when listed).

    Raises DeskWordError when the file is not a readable pack or the edit cannot be made safely.
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise DeskWordError(N_("Cannot add the word to “{file}”: the pack is not valid TOML."), file=file) from None
    registry = data.get("registry", {})
    words = registry.get(WORDS_KEY, []) if isinstance(registry, dict) else None
    if not isinstance(words, list):
        raise DeskWordError(N_("Cannot add the word to “{file}”: its registry “words” is not a list."), file=file)
    if word in words:
        return text
    try:
        new = _inserted(text, word)
        expected: dict[str, Any] = json.loads(json.dumps(data, default=str))
        expected.setdefault("registry", {})[WORDS_KEY] = [*words, word]
        got = json.loads(json.dumps(tomllib.loads(new), default=str))
    except (ValueError, tomllib.TOMLDecodeError):
        got, expected = None, {}
    if got != expected:
        raise DeskWordError(N_("Cannot add the word to “{file}”: the pack's word list is written in a way "
                               "ArticleDesk cannot extend; add it by hand."), file=file)
    return new
