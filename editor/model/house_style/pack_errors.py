"""A broken pack is refused with one sentence naming the file, the line and the key."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any


def N_(text: str) -> str:
    """Marks a message template for translation (context "errors"), as article_file does."""
    return text


class PackError(Exception):
    """A house-style pack that cannot be used; ``str()`` is one sentence for the user."""

    def __init__(self, file: str, line: int | None, key: str, problem: str) -> None:
        key, problem = _one_line(key), _one_line(problem)  # they quote the pack's own text
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
        if line:
            self.template = N_("Cannot use the house-style pack “{file}”: line {line}, key “{key}” {problem}.")
        else:
            self.template = N_("Cannot use the house-style pack “{file}”: key “{key}” {problem}.")
        self.params: dict[str, Any] = {"file": file, "line": line, "key": key, "problem": problem}
        super().__init__(self.template.format(**self.params))


def _one_line(text: str) -> str:
    """``text`` with every control, format or separator character but the space written as its escape,
    so a sentence quoting a pack's keys and values stays one line and cannot steer a terminal."""
    return "".join(ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch)[0] in "CZ" and ch != " "
                   else ch for ch in text)


class UnknownPack(PackError):
    """``--style NAME`` names no built-in pack, no desk pack and no file: the sentence says what would do."""

    def __init__(self, name: str, builtin: tuple[str, ...], folder: Path) -> None:
        super().__init__(name, None, "(name)", "is unknown")
        self.template = N_("There is no house-style pack “{file}”: use a built-in pack ({builtin}), a desk's "
                           "pack saved as NAME.toml in the desk pack folder “{folder}”, or the path of a pack file.")
        self.params = {"file": name, "builtin": ", ".join(builtin), "folder": str(folder)}
        self.args = (self.template.format(**self.params),)


_PART = r'"(?:[^"\\]|\\.)*"|\'[^\']*\'|[A-Za-z0-9_\-]+'
_DOTTED = rf"(?:{_PART})(?:\s*\.\s*(?:{_PART}))*"


@cache
def _key_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A table header, a key line and a key of an inline table: compiled on first use, when a pack
    is built or refused (a check that loads the compiled pack never needs them)."""
    return (re.compile(rf"^\s*\[\[?\s*({_DOTTED})\s*\]\]?\s*(?:#.*)?$"), re.compile(rf"^\s*({_DOTTED})\s*="),
            re.compile(rf"[{{,]\s*({_PART})\s*="))


def _split(dotted: str) -> tuple[str, ...]:
    parts = re.findall(_PART, dotted)
    return tuple(p[1:-1] if p[:1] in "\"'" else p for p in parts)


def key_lines(text: str) -> dict[tuple[str, ...], int]:
    """The first line (1-based) where each key path of a TOML text is written."""
    lines: dict[tuple[str, ...], int] = {}
    table: tuple[str, ...] = ()
    header_line, key_line, inline_key = _key_patterns()
    for number, line in enumerate(text.splitlines(), start=1):
        header = header_line.match(line)
        if header:
            table = _split(header.group(1))
            for i in range(1, len(table) + 1):
                lines.setdefault(table[:i], number)
            continue
        key = key_line.match(line)
        if not key:
            continue
        path = table + _split(key.group(1))
        for i in range(len(table) + 1, len(path) + 1):
            lines.setdefault(path[:i], number)
        rest = line[key.end():]
        if "{" in rest:
            for inner in inline_key.finditer(rest):
                lines.setdefault(path + _split(inner.group(1)), number)
    return lines


def line_of(text: str, path: tuple[str, ...]) -> int | None:
    """The line of ``path`` or of its longest written prefix; None when nothing matches."""
    found = key_lines(text)
    for i in range(len(path), 0, -1):
        if path[:i] in found:
            return found[path[:i]]
    return None


def dotted(path: tuple[str, ...]) -> str:
    """A key path as TOML would write it."""
    return ".".join(p if re.fullmatch(r"[A-Za-z0-9_\-]+", p) else f'"{p}"' for p in path)


def syntax_error(file: Path, text: str, exc: Exception) -> PackError:
    """The PackError for a TOML syntax error (tomllib names the line in its message)."""
    message = str(exc)
    m = re.search(r"\(at line (\d+), column (\d+)\)", message)
    line = int(m.group(1)) if m else None
    problem = re.sub(r"\s*\(at line \d+, column \d+\)|\s*\(at end of document\)", "", message).rstrip(".")
    key = "(syntax)"
    if line is not None:
        lines = text.splitlines()
        if 0 < line <= len(lines):
            header_line, key_line, _ = _key_patterns()
            kl, hd = key_line.match(lines[line - 1]), header_line.match(lines[line - 1])
            if kl or hd:
                key = dotted(_split((kl or hd).group(1)))  # type: ignore[union-attr]
    elif "end of document" in message:
        line = len(text.splitlines()) or 1
    return PackError(str(file), line, key, f"is not valid TOML: {problem[:1].lower() + problem[1:]}")
