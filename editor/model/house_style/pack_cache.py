"""The compiled-pack cache: a loaded pack kept on disk, so a new process skips building it.

Building a pack (reading its TOML files, checking every key, running the rules' prepare
steps, compiling their patterns) takes tens of milliseconds, a large part of a whole
``articledesk check``. The built :class:`~.pack.Pack` is pickled into the user's cache folder
(``places.cache_dir() / "packs"``); its compiled patterns pickle as compiled code, and rule
implementations as references to the registered functions.

Beside the pack, an entry keeps the patterns ``regex`` compiled while the pack was built (the
rule modules' and the pack's), handed back to ``regex`` before the rule modules load.

An entry is used only when it was written by the same program (version, Python, ``regex``
and the model's source files, by size and time) for the same pack file, and when every file
of the pack's chain still holds the text it was built from (the entry keeps the texts and
compares them whole: no hash, so no OpenSSL to load). Anything
else, an unreadable, truncated or foreign entry included, is ignored and rebuilt: the cache
can only make loading faster, never change a check. Writing is best effort (a read-only or
full disk just means no cache).
"""

from __future__ import annotations

import os
import pickle
import sys
import zlib
from functools import cache
from pathlib import Path
from typing import Any

FORMAT = 4
_MODEL = Path(__file__).resolve().parent.parent  # editor/model: the code a built pack depends on


def _code_fingerprint() -> str:
    """Size and modification time of every source file of the model (a changed rule invalidates)."""
    rows: list[str] = []
    stack = [str(_MODEL)]
    while stack:
        folder = stack.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name != "__pycache__":
                    stack.append(entry.path)
            elif entry.name.endswith(".py"):
                st = entry.stat()
                rows.append(f"{entry.path}\0{st.st_size}\0{st.st_mtime_ns}")
    rows.sort()
    return "\n".join(rows)


@cache
def _program_key() -> str:
    import regex

    from editor import __version__

    return "\n".join([str(FORMAT), __version__, sys.version, getattr(regex, "__version__", "?"), _code_fingerprint()])


def _folder() -> Path:
    from editor.places import cache_dir

    return cache_dir() / "packs"


def _owner(top: Path) -> str:
    """Who an entry is for: this program and the pack file ``top`` (kept in the entry, compared whole)."""
    return f"{_program_key()}\0{os.path.realpath(top)}"


def _checksum(text: str) -> str:
    data = text.encode("utf-8", "surrogatepass")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


def _entry_path(top: Path, owner: str) -> Path:
    """The entry's file: named by checksums of the pack file and of the owner (a clash only costs
    a rebuild); the first part is shared by every program version's entry for that pack file."""
    return _folder() / f"{_checksum(os.path.realpath(top))}-{_checksum(owner)}.pickle"


def chain_texts(chain: list[tuple[str, str, str]]) -> list[tuple[str, str]] | None:
    """``[(path, text)]`` of a stored chain read again, or None when a file changed or is gone."""
    from ..file_io import read_regular

    out = []
    for label, where, kept in chain:
        try:
            text = read_regular(Path(where)).decode("utf-8")
        except (OSError, UnicodeDecodeError, ValueError):
            return None
        if text != kept:
            return None
        out.append((label, text))
    return out


def load(top: Path) -> tuple[list[tuple[str, str]], Any] | None:
    """``(chain as [(path, text)], unpickle)`` of a usable entry for the pack file ``top``, else None.

    ``unpickle()`` builds the Pack (None if the entry turns out unusable): the caller may
    already hold the same pack in memory and not need it.
    """
    try:
        owner = _owner(top)
        with open(_entry_path(top, owner), "rb") as fh:
            head = pickle.load(fh)
            if not (isinstance(head, dict) and head.get("format") == FORMAT and head.get("owner") == owner
                    and isinstance(head.get("chain"), list)):
                return None
            body = fh.read()
    except Exception:  # noqa: BLE001 - no entry, or not one of ours: rebuild
        return None
    texts = chain_texts(head["chain"])
    if texts is None:
        return None

    def unpickle() -> Any:
        try:
            patterns, pack = pickle.loads(body)
            _prime_patterns(patterns)
            return pickle.loads(pack)
        except Exception:  # noqa: BLE001 - truncated, or a rule that no longer exists: rebuild
            return None

    return texts, unpickle


def _compile_text_patterns() -> None:
    """Compile the lexer's and the link recogniser's patterns (every check uses them, but only
    once it lexes, after the pack is built), so that the entry holds them too."""
    from ..text.lexer import _patterns
    from ..text.links import _compiled

    _patterns()
    _compiled()


def _compiled_patterns() -> list[tuple[tuple[Any, ...], Any]]:
    """The patterns ``regex`` has compiled in this process so far (the rule modules' own and the
    pack's, the lexer's), as ``regex.compile`` keys them: plain ones only (no named lists, no locale)."""
    try:
        _compile_text_patterns()
        from regex import _main

        return [(key, compiled) for key, compiled in list(_main._cache.items())
                if len(key) == 6 and isinstance(key[0], str) and key[3] == frozenset() and key[5] is None]
    except Exception:  # noqa: BLE001 - another regex inside: patterns are compiled as usual
        return []


def _prime_patterns(patterns: list[tuple[tuple[Any, ...], Any]]) -> None:
    """Hand ``regex`` the compiled patterns of the entry before the rule modules ask for them.

    They pickled as regex's compiled code (its own ``copyreg`` support), so they load without
    parsing; regex.compile then finds them in its cache as if it had compiled them in this
    process. The entry is only used with the same regex version (see :func:`_program_key`).
    """
    from regex import _main

    for key, compiled in patterns:
        pattern, kind, flags = key[0], key[1], key[2]
        _main._named_args.setdefault((pattern, kind, flags), frozenset())
        _main._locale_sensitive.setdefault((kind, pattern), False)
        _main._cache.setdefault(key, compiled)


def store(top: Path, chain: list[tuple[str, str]], pack: Any) -> None:
    """Keep ``pack``, built from ``chain`` ``[(path, text)]`` (base first), for the next process."""
    temp = None
    try:
        body = pickle.dumps((_compiled_patterns(), pickle.dumps(pack, protocol=pickle.HIGHEST_PROTOCOL)),
                            protocol=pickle.HIGHEST_PROTOCOL)
        owner = _owner(top)
        head = pickle.dumps({"format": FORMAT, "owner": owner, "chain": [(p, os.path.abspath(p), t) for p, t in chain]},
                            protocol=pickle.HIGHEST_PROTOCOL)
        path = _entry_path(top, owner)
        path.parent.mkdir(parents=True, exist_ok=True)
        temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        with open(temp, "wb") as fh:
            fh.write(head + body)
        os.replace(temp, path)  # a reader sees the old entry or the new one, never half of one
        prefix = path.name.split("-", 1)[0] + "-"
        for old in path.parent.glob(prefix + "*.pickle"):  # the same pack built by another program version
            if old.name != path.name:
                old.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - best effort: an unpicklable pack or a read-only cache folder
        if temp is not None:
            temp.unlink(missing_ok=True)
