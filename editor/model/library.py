"""The article library: every `.article` file in the desk's folders, indexed for listing and search.

A scan walks the folders (and their sub-folders, hidden ones aside), reads only the files whose
size or modification time changed since the last scan, and keeps the rest from the index. The
index is cached as JSON in the data folder, so the next start lists thousands of articles by
looking at file times only. Search is accent-insensitive across headline, sapo and body.

Besides the folders, the library lists a few named ``files`` (the recent files saved outside
them), so an article saved anywhere can still be found; those are not cached.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Iterable
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from . import article_file
from .article import new_id, now_iso
from .article_file import EXTENSION, FORMAT_ID, N_, ArticleFileError
from .file_io import fsync_folder, read_regular, remove_quietly, write_error, write_temp
from .search_text import fold, matches, query_terms
from .text import count_words
from .text.normal import without_surrogates

CACHE_VERSION = 3  # 3: the search text folds the lexer's joiners (‑ ‐ ’)


@dataclass
class LibraryItem:
    """One article file as the library lists it."""

    path: str
    mtime_ns: int
    size: int
    id: str
    headline: str
    status: str
    topic: str
    signoff: str
    updated: str
    words: int
    language: str
    problem: str  # "" when the file reads as an article; else why it does not
    haystack: str  # folded headline, sapo and body, for search


_FIELD_COUNT = len(fields(LibraryItem))


def _text(value: object) -> str:
    return without_surrogates(value) if isinstance(value, str) else ""  # the index is written as UTF-8


def read_item(path: Path, mtime_ns: int, size: int) -> LibraryItem:
    """Index one file. A file that is not an article is listed with its ``problem``."""
    def broken(problem: str) -> LibraryItem:
        return LibraryItem(str(path), mtime_ns, size, "", "", "", "", "", "", 0, "", problem, fold(path.stem))

    try:
        data = json.loads(read_regular(path).decode("utf-8-sig"))  # at most 20 MB
    except OSError:
        return broken("unreadable")
    except (UnicodeDecodeError, ValueError, RecursionError):
        return broken("damaged")
    if not isinstance(data, dict) or data.get("format") != FORMAT_ID:
        return broken("not_article")
    body = data.get("body") if isinstance(data.get("body"), list) else []
    texts = []
    for block in body:
        if isinstance(block, dict):
            texts.append(_text(block.get("caption") if block.get("type") == "image" else block.get("text")))
    byline = data.get("byline") if isinstance(data.get("byline"), dict) else {}
    headline, lede = _text(data.get("headline")), _text(data.get("lede"))
    words = sum(count_words(t) for t in (headline, lede, *texts) if t)
    return LibraryItem(
        path=str(path),
        mtime_ns=mtime_ns,
        size=size,
        id=_text(data.get("id")),
        headline=headline,
        status=_text(data.get("status")) or "draft",
        topic=_text(data.get("topic")),
        signoff=_text(byline.get("signoff")),
        updated=_text(data.get("updated")) or _text(data.get("created")),
        words=words,
        language=_text(data.get("language")) or "vi",
        problem="",
        haystack=fold("\n".join((headline, lede, *texts))),
    )


class Library:
    """The articles below a set of folders, with an on-disk cache of the index."""

    def __init__(self, folders: Iterable[str | Path], cache_file: str | Path | None = None,
                 exclude: Iterable[str | Path] = ()) -> None:
        self.folders = [Path(f) for f in folders]
        self.cache_file = Path(cache_file) if cache_file is not None else None
        self.exclude = {os.path.normcase(os.path.abspath(p)) for p in exclude}
        self.items: dict[str, LibraryItem] = {}
        self.directories: list[str] = []
        self.files: list[str] = []  # listed too when outside the folders (recent files saved elsewhere)
        self.elsewhere: set[str] = set()  # the listed ones of ``files``
        self._cache_dirty = False

    def covers(self, path: str | Path) -> bool:
        """True when ``path`` is below one of the folders (and not below an excluded one)."""
        real = _real(path)
        return _below(real, self.folders) and not _below(real, self.exclude)

    # ------------------------------------------------------------------ scan

    def _walk(self) -> Iterable[tuple[str, int, int]]:
        """(path, mtime_ns, size) of every article file below the folders."""
        seen_dirs: set[str] = set()
        stack = [str(f) for f in self.folders]
        self.directories = []
        while stack:
            folder = stack.pop()
            key = os.path.normcase(os.path.abspath(folder))
            if key in seen_dirs or key in self.exclude:
                continue
            seen_dirs.add(key)
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            self.directories.append(folder)
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                try:
                    if entry.is_dir():
                        stack.append(entry.path)
                    elif entry.name.lower().endswith(EXTENSION) and entry.is_file():
                        st = entry.stat()
                        yield entry.path, st.st_mtime_ns, st.st_size
                except OSError:
                    continue

    def _outside(self) -> Iterable[tuple[str, int, int]]:
        """(path, mtime_ns, size) of the article files of ``files`` that the folders do not hold."""
        for path in list(self.files):
            if not path.lower().endswith(EXTENSION) or self.covers(path):
                continue
            try:
                st = os.stat(path)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode):
                yield path, st.st_mtime_ns, st.st_size

    def scan(self) -> bool:
        """Bring the index up to date with the folders and ``files``; True when anything changed."""
        fresh: dict[str, LibraryItem] = {}
        changed = False
        outside = list(self._outside())
        for path, mtime_ns, size in [*self._walk(), *outside]:
            known = self.items.get(path)
            if known is not None and known.mtime_ns == mtime_ns and known.size == size:
                fresh[path] = known
                continue
            fresh[path] = read_item(Path(path), mtime_ns, size)
            changed = True
        elsewhere = {path for path, _m, _s in outside}
        if set(fresh) != set(self.items) or elsewhere != self.elsewhere:  # moved into the library counts too
            changed = True
        self.items, self.elsewhere = fresh, elsewhere
        self._cache_dirty = self._cache_dirty or changed
        return changed

    def update_file(self, path: str | Path) -> None:
        """Re-read one file at once (the editor just saved it), or forget it when it is gone."""
        name = str(path)
        try:
            st = os.stat(name)
        except OSError:
            self.elsewhere.discard(name)
            if self.items.pop(name, None) is not None:
                self._cache_dirty = True
            return
        if self.covers(name):
            self.items[name] = read_item(Path(name), st.st_mtime_ns, st.st_size)
            self.elsewhere.discard(name)
            self._cache_dirty = True
        elif name in self.files and name.lower().endswith(EXTENSION):
            self.items[name] = read_item(Path(name), st.st_mtime_ns, st.st_size)
            self.elsewhere.add(name)

    # ----------------------------------------------------------------- cache

    def load_cache(self) -> None:
        """Start from the cached index (missing or damaged cache: start empty)."""
        if self.cache_file is None:
            return
        try:
            data = json.loads(self.cache_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError):
            return
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            return
        items = {}
        for row in data.get("items", []):
            if isinstance(row, list) and len(row) == _FIELD_COUNT:
                item = LibraryItem(*row)
                items[item.path] = item
        self.items = items

    def save_cache(self) -> None:
        """Write the index for the next start, when it changed (silently skipped on failure)."""
        if self.cache_file is None or not self._cache_dirty:
            return
        rows = [list(astuple(i)) for path, i in self.items.items() if path not in self.elsewhere]
        data = {"version": CACHE_VERSION, "items": rows}
        try:
            self.cache_file.parent.mkdir(parents=True, exist_ok=True)
            article_file.write_atomic(self.cache_file, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except (OSError, ArticleFileError):
            return  # the cache only saves time; the next scan rebuilds it
        self._cache_dirty = False

    # ---------------------------------------------------------------- search

    def search(self, query: str = "", status: str | None = None, topic: str | None = None) -> list[LibraryItem]:
        """Articles matching every word of ``query`` (accents optional) and the filters."""
        terms = query_terms(query)
        out = []
        for item in self.items.values():
            if status and item.status != status:
                continue
            if topic is not None and item.topic != topic:
                continue
            if terms and not matches(item.haystack, terms):
                continue
            out.append(item)
        return out

    def topics(self) -> list[str]:
        """Every topic in use, sorted, without the empty one."""
        return sorted({i.topic for i in self.items.values() if i.topic}, key=fold)


def _real(path: str | Path) -> str:
    return os.path.normcase(os.path.realpath(path))


def _below(real: str, folders: Iterable[str | Path]) -> bool:
    """True when the resolved path ``real`` is one of ``folders`` or inside one."""
    for folder in folders:
        top = _real(folder)
        if real == top or real.startswith(top.rstrip(os.sep) + os.sep):
            return True
    return False


# ---------------------------------------------------------------- file operations


def unique_path(folder: Path, stem: str) -> Path:
    """``folder/stem.article``, or ``stem 2.article``, ``stem 3.article``... when taken."""
    candidate = folder / f"{stem}{EXTENSION}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem} {number}{EXTENSION}"
        number += 1
    return candidate


def duplicate(path: str | Path, stem: str) -> Path:
    """Copy an article beside itself as ``stem`` (made unique), with a new id; returns the copy."""
    source = Path(path)
    article = article_file.load(source)
    article.id = new_id()
    article.created = article.updated = now_iso()
    for _attempt in range(20):
        target = unique_path(source.parent, stem)
        data = article_file.to_bytes(article_file.dumps(article), target)
        try:
            temp = write_temp(target, data)
        except OSError as exc:
            raise write_error(target, exc) from None
        try:
            _rename_no_replace(Path(temp), target)  # a file saved under that name meanwhile is never replaced
            fsync_folder(target.parent)
            return target
        except FileExistsError:
            continue  # taken since the check: the next free name
        except OSError as exc:
            raise write_error(target, exc) from None
        finally:
            remove_quietly(temp)
    raise ArticleFileError(N_("Cannot rename to “{file}”: a file with that name already exists."), file=str(target))


_BAD_NAME = set('\\/:*?"<>|')


def rename(path: str | Path, new_stem: str) -> Path:
    """Rename an article file (and its backup) within its folder; returns the new path."""
    source = Path(path)
    stem = new_stem.strip()
    if stem.lower().endswith(EXTENSION):
        stem = stem[: -len(EXTENSION)].rstrip()
    if not stem or stem.startswith(".") or any(c in _BAD_NAME or ord(c) < 32 for c in stem):
        raise ArticleFileError(N_("“{name}” cannot be used as a file name."), name=new_stem)
    target = source.with_name(stem + EXTENSION)
    if target == source:
        return source
    taken = ArticleFileError(N_("Cannot rename to “{file}”: a file with that name already exists."), file=str(target))
    if target.exists():
        raise taken
    try:
        _rename_no_replace(source, target)
    except FileExistsError:  # somebody saved a file of that name since the check: theirs stays
        raise taken from None
    except OSError as exc:
        raise ArticleFileError(N_("Cannot rename “{file}”: {reason}."), file=str(source),
                               reason=exc.strerror or str(exc)) from None
    backup = source.with_name(source.name + ".bak")
    if backup.exists():
        try:
            _rename_no_replace(backup, target.with_name(target.name + ".bak"))
        except OSError:
            pass
    return target


def _rename_no_replace(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target`` unless a file is there (FileExistsError): a hard link, which never
    replaces anything, then the old name removed; a plain rename where the file system has no links."""
    try:
        os.link(source, target, follow_symlinks=False)
    except FileExistsError:
        raise
    except OSError:  # FAT, some shares: no hard links
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(source, target)
        return
    os.unlink(source)
