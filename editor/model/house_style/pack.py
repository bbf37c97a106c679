"""House-style packs: TOML data files with rules, settings and the newsroom registries.

Layout of a pack file (see ``resources/packs/vi-newsroom.toml`` for a complete one)::

    name = "my-desk"                 # what --style and extends call it
    title = { vi = "…", en = "…" }   # what the window shows, in the interface language (default: name)
    language = "vi"                  # language of the articles it checks
    extends = "vi-newsroom"          # optional: a built-in name or a path relative to this file
    [settings]
    tone_placement = "first_vowel"   # "first_vowel" | "main_vowel" | "consistent"
    [registry]                       # lists of strings or tables of string -> string
    organisations = ["Ban Dân vận Trung ương"]
    [registry.abbreviations]
    ANTQ = "an ninh Tổ quốc"
    [[names]]                        # names the desk enforces (VN-N01/EN-N01), one table each
    name = "Tô Lâm"                  # at least two words, in the desk's spelling
    title = "Đại tướng"              # optional: the title written before the name
    kind = "person"                  # "person" (default) | "organisation" | "place"
    [rules.VN-P01]                   # one table per rule id
    kind = "builtin"                 # existence substitution occurrence repetition consistency
    severity = "warning"             # conditional capitalization metric builtin
    autofix = "safe"                 # "safe" | "review" | "no"
    scope = ["prose"]
    message = { vi = "…", en = "…" }
    params = { ... }

An extending pack merges into its base: settings and rule keys override, rule ``params``
override key by key, registry lists and tables gain entries, ``names`` gain entries (an entry
with the same name replaces the base's). ``enabled = false`` switches a rule off.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ...resources import resource_path
from ..file_io import MAX_FILE_BYTES, FileTooLarge, NotARegularFile, read_regular
from ..json_guard import MAX_DEPTH, TooDeep, repaired
from . import pack_cache
from .pack_build import NameEntry, build_rules, read_names, validate_document
from .pack_errors import PackError, UnknownPack, line_of, syntax_error
from .registry import Impl
from .text_tools import period_abbreviations

BUILTIN_PACKS = ("vi-newsroom", "en-newsroom")


@dataclass
class Rule:
    """One rule of a pack, its parameters checked and its patterns compiled."""

    id: str
    name: str
    kind: str
    severity: str
    autofix: str
    scope: tuple[str, ...]
    message: dict[str, str]
    messages: dict[str, dict[str, str]]
    params: dict[str, Any]
    enabled: bool = True
    impl: str = ""
    description: str = ""
    origin: str = ""
    param_files: dict[str, str] = field(default_factory=dict)
    impls: tuple[Impl, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)

    def text_for(self, lang: str, case: str | None = None) -> str:
        """The message template in ``lang`` (falling back to English, then to the rule name)."""
        if case and case in self.messages:
            sub = self.messages[case]
            if sub.get(lang) or sub.get("en"):
                return sub.get(lang) or sub["en"]
        return self.message.get(lang) or self.message.get("en") or self.name or self.id


@dataclass
class Registry:
    """Newsroom registries: house spellings of names, abbreviations, outlet codes, sign-offs."""

    lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tables: dict[str, dict[str, str]] = field(default_factory=dict)

    def list(self, name: str) -> tuple[str, ...]:
        """A registry list such as ``organisations``, ``titles``, ``outlets``, ``signoffs``."""
        return self.lists.get(name, ())

    def table(self, name: str) -> dict[str, str]:
        """A registry table such as ``abbreviations`` (abbreviation -> full form)."""
        return self.tables.get(name, {})


@dataclass
class Pack:
    """A loaded pack: what :func:`check_article` needs, with everything precompiled."""

    name: str
    language: str
    path: str
    settings: dict[str, Any]
    registry: Registry
    rules: dict[str, Rule]
    shared: dict[str, Any] = field(default_factory=dict)
    title: dict[str, str] = field(default_factory=dict)
    names: tuple[NameEntry, ...] = ()

    def title_in(self, lang: str) -> str:
        """The pack's name for people, in ``lang`` (else English, else its ``name``)."""
        return self.title.get(lang) or self.title.get("en") or next(iter(self.title.values()), "") or self.name

    def rule(self, rule_id: str) -> Rule | None:
        """The rule with this id, or None."""
        return self.rules.get(rule_id)

    def is_enabled(self, rule_id: str) -> bool:
        """Whether the pack has this rule switched on."""
        rule = self.rules.get(rule_id)
        return bool(rule and rule.enabled)

    def setting(self, name: str, default: Any = None) -> Any:
        """A pack-wide setting such as ``tone_placement``."""
        return self.settings.get(name, default)

    def share(self, key: str, factory: Any) -> Any:
        """A value built once per pack (at load) and shared by several rules' prepare steps."""
        if key not in self.shared:
            self.shared[key] = factory()
        return self.shared[key]

    def active(self, level: str) -> list[tuple[Rule, Impl]]:
        """Enabled rules with their implementation for ``level`` ("field" or "article")."""
        return self.share(f"active:{level}", lambda: [
            (r, i) for r in self.rules.values() if r.enabled for i in r.impls if i.level == level])

    def running_only(self, severity: str) -> Pack:
        """This pack running only its enabled rules of ``severity`` (e.g. to count the errors an
        export warns about at a quarter of the cost). Each finding de-duplicates within its own
        rule, so those rules find exactly what they find in a whole check; the other rules stay
        enabled for the rules that ask about them. The precompiled data is shared, not copied."""
        shared = {k: v for k, v in self.shared.items() if not k.startswith("active:")}
        for level in ("field", "article"):
            shared[f"active:{level}"] = [(r, i) for r, i in self.active(level) if r.severity == severity]
        return replace(self, shared=shared)


def pack_path(name_or_path: str | Path, desk_folder: Path | None = None) -> Path:
    """The file of a built-in pack name, of a desk pack's name (``NAME.toml`` in ``desk_folder``), or the path.

    With ``desk_folder`` given, a bare name that is none of these (and no file here) raises
    :class:`UnknownPack`, whose sentence names the built-in packs and the folder.
    """
    text = str(name_or_path)
    bundled = resource_path("packs", f"{text}.toml")
    if text in BUILTIN_PACKS or (re.fullmatch(r"[a-z]{2}-[a-z0-9-]+", text)
                                 and (desk_folder is None or bundled.is_file())):
        return bundled
    given = Path(text)
    if desk_folder is None or given.exists() or given.name != text or text in (".", ".."):
        return given
    desk = desk_folder / (text if text.endswith(".toml") else f"{text}.toml")
    if desk.exists():
        return desk
    raise UnknownPack(text, BUILTIN_PACKS, desk_folder)


def _read(path: Path) -> tuple[str, dict[str, Any]]:
    try:
        text = read_regular(path).decode("utf-8")
    except FileNotFoundError:
        raise PackError(str(path), None, "(file)", "cannot be read because the file does not exist") from None
    except UnicodeDecodeError:
        raise PackError(str(path), None, "(file)", "cannot be read because the file is not UTF-8 text") from None
    except IsADirectoryError:
        raise PackError(str(path), None, "(file)", "cannot be read because it is a folder") from None
    except NotARegularFile:
        raise PackError(str(path), None, "(file)",
                        "cannot be read because it is not a regular file (a pipe, a device or a socket)") from None
    except FileTooLarge:
        raise PackError(str(path), None, "(file)", f"cannot be read because it is larger than "
                        f"{MAX_FILE_BYTES // 1048576} MB") from None
    except OSError as exc:
        raise PackError(str(path), None, "(file)", f"cannot be read ({exc.strerror or exc})") from None
    import tomllib  # here: a pack from the compiled-pack cache needs no TOML parser

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise syntax_error(path, text, exc) from None
    except RecursionError:  # tomllib reads nested arrays and tables by recursion
        raise _too_deep(path) from None
    try:
        repaired(data, surrogates=False)
    except TooDeep:
        raise _too_deep(path) from None
    return text, data


def _too_deep(path: Path) -> PackError:
    return PackError(str(path), None, "(file)", f"nests arrays or tables more than {MAX_DEPTH} levels deep")


def _chain(path: Path, seen: tuple[Path, ...] = ()) -> list[tuple[Path, str, dict[str, Any]]]:
    """The pack and its bases, base first; every file validated on its own."""
    resolved = Path(os.path.realpath(path))  # unlike resolve(), survives a loop of links (refused when read)
    if resolved in seen:
        raise PackError(str(path), None, "extends", "makes a loop of packs extending each other")
    text, data = _read(path)
    validate_document(data, str(path), text)
    base = data.get("extends")
    if base is None:
        return [(path, text, data)]
    base_path = pack_path(base)
    if not base_path.is_absolute() and base not in BUILTIN_PACKS and not base_path.exists():
        base_path = path.parent / base
    if not base_path.exists():
        raise PackError(str(path), line_of(text, ("extends",)), "extends",
                        f"names “{base}”, which is neither a built-in pack nor an existing file")
    return _chain(base_path, seen + (resolved,)) + [(path, text, data)]


_CACHE: dict[tuple[tuple[str, str], ...], Pack] = {}


def load_pack(name_or_path: str | Path, desk_folder: Path | None = None) -> Pack:
    """Load a built-in pack by name ("vi-newsroom", "en-newsroom") or a pack file by path; with
    ``desk_folder``, also a desk pack by name (see :func:`pack_path`).

    Raises :class:`PackError` (one sentence naming file, line and key) for a broken pack.
    Loaded packs are cached by content, so loading the same pack again is cheap.
    """
    text = str(name_or_path)
    try:
        if "\x00" in text:
            raise ValueError("embedded null byte")
        os.fsencode(text)  # a lone surrogate that no file name can hold raises UnicodeEncodeError
        top = pack_path(name_or_path, desk_folder)
    except (ValueError, OSError) as exc:  # a name no file can have, or one the system refuses (too long ...)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "no file name can hold it"
        raise PackError(text, None, "(file)", f"cannot be read because of its name ({reason})") from None
    stored = pack_cache.load(top)  # the compiled-pack cache: no TOML to parse, nothing to build
    if stored is not None:
        texts, unpickle = stored
        digest = _digest(texts)
        if digest in _CACHE:
            return _CACHE[digest]
        pack = unpickle()
        if isinstance(pack, Pack):
            _CACHE[digest] = pack
            return pack
    chain = _chain(top)
    texts = [(str(p), t) for p, t, _ in chain]
    digest = _digest(texts)
    if digest in _CACHE:
        return _CACHE[digest]
    pack = _assemble(chain)
    _CACHE[digest] = pack
    pack_cache.store(top, texts, pack)
    return pack


def _digest(texts: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """What a loaded pack is remembered by: the files of its chain and their texts."""
    return tuple(texts)


def _assemble(chain: list[tuple[Path, str, dict[str, Any]]]) -> Pack:
    settings: dict[str, Any] = {}
    lists: dict[str, list[str]] = {}
    tables: dict[str, dict[str, str]] = {}
    rule_layers: list[tuple[Path, str, dict[str, Any]]] = []
    names: dict[str, NameEntry] = {}
    name = language = ""
    for path, text, data in chain:
        names.update((e.name.casefold(), e) for e in read_names(data.get("names", []), str(path), text))
        name = data.get("name", name or path.stem)
        language = data.get("language", language)
        settings.update(data.get("settings", {}))
        for key, value in data.get("registry", {}).items():
            if isinstance(value, list):
                have = lists.setdefault(key, [])
                have.extend(v for v in value if v not in have)
            else:
                tables.setdefault(key, {}).update(value)
        rule_layers.append((path, text, data.get("rules", {})))
    last_path = chain[-1][0]
    registry = Registry({k: tuple(v) for k, v in lists.items()}, tables)
    pack = Pack(name or last_path.stem, language or "vi", str(last_path), settings, registry, {},
                names=tuple(names.values()))
    own = chain[-1][2]  # the pack's own title: a desk pack extending vi-newsroom is not vi-newsroom
    title = own.get("title") or own.get("name") or last_path.stem
    pack.title = {"en": title} if isinstance(title, str) else dict(title)
    pack.rules = build_rules(rule_layers, pack, Rule)
    period_abbreviations(pack)  # shared by sentence splitting in every pack
    pack.active("field"), pack.active("article")
    return pack
