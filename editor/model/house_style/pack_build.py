"""Checking a pack's TOML data and turning it into rules (types, ids, params, compiled patterns)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ..text import nfc
from .fields import known_scope
from .findings import SEVERITIES
from .pack_errors import PackError, dotted, line_of
from .patterns import PatternProblem, compile_pattern
from .registry import KINDS, builtin_ids, implementations, merged_param_defaults

AUTOFIX = ("safe", "review", "no")
SETTINGS: dict[str, tuple[Any, ...] | type] = {
    "tone_placement": ("first_vowel", "main_vowel", "consistent"),
    "french_spacing": bool,
    "placeholder": str,
    "spelling_dictionary": str,  # EN-SP01's Hunspell dictionary: "en_US" (default), "en_GB" ...
}
PATTERN_SETTINGS = ("placeholder",)  # settings that hold a regular expression ("" = none)
TOP_KEYS = {"name": str, "title": (str, dict), "language": str, "extends": str, "description": str, "version": int,
            "settings": dict, "registry": dict, "names": list, "rules": dict}
NAME_KINDS = ("person", "organisation", "place")
NAME_KEYS = ("name", "title", "kind")
MAX_PERSON_WORDS = 6   # "Tôn Nữ Thị Ninh", "Nguyễn Thị Kim Ngân", "Mary Ann Smith-Jones"
MAX_NAME_WORDS = 16    # an organisation or place: "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
RULE_KEYS = {"name": str, "kind": str, "severity": str, "autofix": str, "scope": list, "message": (str, dict),
             "messages": dict, "params": dict, "enabled": bool, "impl": str, "description": str}
RULE_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_\-]*$")
_TYPE_NAMES = {str: "a string", bool: "true or false", int: "a whole number", float: "a number",
               list: "a list", dict: "a table"}


class Spec(NamedTuple):
    """A parameter whose type an example shows better than its default (e.g. a list of pairs)."""

    example: Any
    default: Any


class ParamProblem(Exception):
    """Raised by a prepare step: ``param`` of the rule is unusable because of ``problem``."""

    def __init__(self, param: str, problem: str) -> None:
        super().__init__(problem)
        self.param = param
        self.problem = problem


def compile_param(name: str, pattern: str, ignorecase: bool = False) -> Any:
    """Compile a pack-supplied pattern of parameter ``name`` or raise ParamProblem."""
    try:
        return compile_pattern(pattern, ignorecase)
    except PatternProblem as exc:
        raise ParamProblem(name, f"holds the pattern “{pattern}”, which {exc}") from None


def _fail(file: str, text: str, path: tuple[str, ...], problem: str) -> PackError:
    return PackError(file, line_of(text, path), dotted(path), problem)


def _type_problem(value: Any, expected: Any) -> str | None:
    kinds = expected if isinstance(expected, tuple) else (expected,)
    for k in kinds:
        if k is int and isinstance(value, int) and not isinstance(value, bool):
            return None
        if k is float and isinstance(value, (int, float)) and not isinstance(value, bool):
            return None
        if k not in (int, float) and isinstance(value, k):
            return None
    return "must be " + " or ".join(_TYPE_NAMES.get(k, k.__name__) for k in kinds)


def validate_document(data: dict[str, Any], file: str, text: str) -> None:
    """Check the shape of one pack file on its own (before merging with its base)."""
    for key, value in data.items():
        if key not in TOP_KEYS:
            raise _fail(file, text, (key,), "is not a pack key (known: " + ", ".join(TOP_KEYS) + ")")
        problem = _type_problem(value, TOP_KEYS[key])
        if problem:
            raise _fail(file, text, (key,), problem)
    if isinstance(data.get("title"), dict) and not all(isinstance(v, str) for v in data["title"].values()):
        raise _fail(file, text, ("title",), "must map language codes to strings")
    for key, value in data.get("settings", {}).items():
        spec = SETTINGS.get(key)
        if spec is None:
            raise _fail(file, text, ("settings", key), "is not a setting (known: " + ", ".join(SETTINGS) + ")")
        if isinstance(spec, tuple) and value not in spec:
            raise _fail(file, text, ("settings", key), "must be one of " + ", ".join(f"“{s}”" for s in spec))
        if isinstance(spec, type) and _type_problem(value, spec):
            raise _fail(file, text, ("settings", key), _type_problem(value, spec) or "")
        if key in PATTERN_SETTINGS and value:
            try:
                compile_param(key, value)
            except ParamProblem as exc:
                raise _fail(file, text, ("settings", key), exc.problem) from None
    for key, value in data.get("registry", {}).items():
        ok = (isinstance(value, list) and all(isinstance(v, str) for v in value)) or (
            isinstance(value, dict) and all(isinstance(v, str) for v in value.values()))
        if not ok:
            raise _fail(file, text, ("registry", key), "must be a list of strings or a table of strings")
    for rid, raw in data.get("rules", {}).items():
        _validate_rule(rid, raw, file, text)
    read_names(data.get("names", []), file, text)


@dataclass(frozen=True)
class NameEntry:
    """A name a desk enforces (the pack's ``names`` list): its spelling, its title, what it names."""

    name: str
    title: str = ""
    kind: str = "person"


_NAMES_HEADER = re.compile(r"^\s*\[\[\s*names\s*\]\]")


def _name_line(text: str, index: int, name: Any) -> int | None:
    """The line of the ``index``-th entry: its ``[[names]]`` header, else the line spelling its name."""
    headers = [n for n, line in enumerate(text.splitlines(), start=1) if _NAMES_HEADER.match(line)]
    if index < len(headers):
        return headers[index]
    if isinstance(name, str) and name:
        for n, line in enumerate(text.splitlines(), start=1):
            if f'"{name}"' in line or f"'{name}'" in line:
                return n
    return line_of(text, ("names",))


def read_names(entries: list[Any], file: str, text: str) -> list[NameEntry]:
    """The ``names`` list of one pack file, checked: each entry a table with a name of at least two
    words, an optional title and a kind (person, organisation or place); no name twice."""
    out: list[NameEntry] = []
    seen: set[str] = set()
    for i, raw in enumerate(entries):
        key = f"names[{i + 1}]"
        name = raw.get("name") if isinstance(raw, dict) else None

        def fail(problem: str, raw_name: Any = name, index: int = i, where: str = key) -> PackError:
            return PackError(file, _name_line(text, index, raw_name), where, problem)

        if not isinstance(raw, dict):
            raise fail("must be a table such as { name = \"Tô Lâm\", title = \"Đại tướng\" }")
        for k, value in raw.items():
            if k not in NAME_KEYS:
                raise fail(f"has the key “{k}”, which a name does not take (known: " + ", ".join(NAME_KEYS) + ")")
            if not isinstance(value, str):
                raise fail(f"has a “{k}” that is not text in quotes")
        if not name or not name.strip():
            raise fail("has no “name”")
        name = nfc(" ".join(name.split()))
        if len(name.split()) < 2:
            raise fail(f"names “{name}”, which has one word: a name to enforce needs at least two")
        kind = raw.get("kind", "person")
        if kind not in NAME_KINDS:
            raise fail(f"has the kind “{kind}” but must be one of " + ", ".join(NAME_KINDS))
        most = MAX_PERSON_WORDS if kind == "person" else MAX_NAME_WORDS
        if len(name.split()) > most:
            raise fail(f"names “{name[:60]}”, which has {len(name.split())} words: a {kind}'s name has at most {most}")
        if name.casefold() in seen:
            raise fail(f"lists “{name}” a second time")
        seen.add(name.casefold())
        out.append(NameEntry(name, nfc(" ".join(raw.get("title", "").split())), kind))
    return out


def _validate_rule(rid: str, raw: Any, file: str, text: str) -> None:
    base = ("rules", rid)
    if not RULE_ID.match(rid):
        raise _fail(file, text, base, "is not a usable rule id (letters, digits, “-” and “_”)")
    if not isinstance(raw, dict):
        raise _fail(file, text, base, "must be a table")
    for key, value in raw.items():
        if key not in RULE_KEYS:
            raise _fail(file, text, base + (key,), "is not a rule key (known: " + ", ".join(RULE_KEYS) + ")")
        problem = _type_problem(value, RULE_KEYS[key])
        if problem:
            raise _fail(file, text, base + (key,), problem)
    choices = {"severity": SEVERITIES, "autofix": AUTOFIX, "kind": ("builtin", *sorted(KINDS))}
    for key, allowed in choices.items():
        if key in raw and raw[key] not in allowed:
            raise _fail(file, text, base + (key,), f"is “{raw[key]}” but must be one of " + ", ".join(allowed))
    for entry in raw.get("scope", []):
        if not isinstance(entry, str) or not known_scope(entry):
            raise _fail(file, text, base + ("scope",), f"names “{entry}”, which is not a field kind or scope")
    for key in ("message",):
        value = raw.get(key)
        if isinstance(value, dict) and not all(isinstance(v, str) for v in value.values()):
            raise _fail(file, text, base + (key,), "must map language codes to strings")
    for case, sub in raw.get("messages", {}).items():
        if not isinstance(sub, dict) or not all(isinstance(v, str) for v in sub.values()):
            raise _fail(file, text, base + ("messages", case), "must map language codes to strings")


def _conforms(value: Any, example: Any) -> bool:
    if isinstance(example, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(example, bool)
    if isinstance(example, (int, float)):
        return isinstance(value, (int, float)) and (isinstance(example, float) or isinstance(value, int))
    if isinstance(example, list):
        inner = example[0] if example else ""
        return isinstance(value, list) and all(_conforms(v, inner) for v in value)
    if isinstance(example, dict):
        inner = next(iter(example.values())) if example else ""
        return isinstance(value, dict) and all(_conforms(v, inner) for v in value.values())
    return isinstance(value, type(example))


def _describe(example: Any) -> str:
    if isinstance(example, list):
        return "a list of " + (_describe(example[0]).removeprefix("a ") + "s" if example else "strings")
    if isinstance(example, dict):
        return "a table of " + (_describe(next(iter(example.values()))).removeprefix("a ") + "s"
                                if example else "strings")
    return _TYPE_NAMES.get(type(example), type(example).__name__)


def build_rules(layers: list[tuple[Path, str, dict[str, Any]]], pack: Any, rule_cls: type) -> dict[str, Any]:
    """Merge the rule tables of a pack chain (base first) and build checked, prepared rules."""
    merged: dict[str, dict[str, Any]] = {}
    origin: dict[tuple[str, ...], tuple[str, str]] = {}
    for index, (path, text, rules) in enumerate(layers):
        for rid, raw in rules.items():
            where = (str(path), text)
            if rid not in merged:
                if "kind" not in raw:
                    problem = ("is not a rule of the pack it extends (unknown rule id) and has no “kind”"
                               if index else "has no “kind”")
                    raise _fail(str(path), text, ("rules", rid), problem)
                merged[rid] = {}
                origin[(rid,)] = where
            target = merged[rid]
            for key, value in raw.items():
                if key == "params":
                    target.setdefault("params", {}).update(value)
                    origin.update({(rid, "params", p): where for p in value})
                elif key == "message" and isinstance(value, dict) and isinstance(target.get(key), dict):
                    target[key] = {**target[key], **value}
                else:
                    target[key] = value
                origin[(rid, key)] = where
    return {rid: _make_rule(rid, raw, origin, pack, rule_cls) for rid, raw in merged.items()}


def _make_rule(rid: str, raw: dict[str, Any], origin: dict[tuple[str, ...], tuple[str, str]], pack: Any,
               rule_cls: type) -> Any:
    def fail(path: tuple[str, ...], problem: str) -> PackError:
        if path[:1] == ("params",) and len(path) > 1:
            file, text = origin.get((rid, "params", path[1]), origin[(rid,)])
        else:
            file, text = origin.get((rid, path[0]), origin[(rid,)]) if path else origin[(rid,)]
        return _fail(file, text, ("rules", rid) + path, problem)

    if "severity" not in raw:
        raise fail((), "has no “severity”")
    kind = raw["kind"]
    impl_name = raw.get("impl", rid)
    impls = implementations(kind, impl_name)
    if not impls:
        where = ("impl",) if "impl" in raw else ("kind",)
        raise fail(where, f"asks for the built-in check “{impl_name}”, which does not exist (known: "
                   + ", ".join(builtin_ids()) + ")")
    defaults = merged_param_defaults(impls)
    params: dict[str, Any] = {}
    for name, spec in defaults.items():
        params[name] = spec.default if isinstance(spec, Spec) else spec
    for name, value in raw.get("params", {}).items():
        if name not in defaults:
            known = ", ".join(sorted(defaults)) or "none"
            raise fail(("params", name), f"is not a parameter of this rule (known: {known})")
        spec = defaults[name]
        example = spec.example if isinstance(spec, Spec) else spec
        if not _conforms(value, example):
            raise fail(("params", name), "must be " + _describe(example))
        params[name] = value
    message = raw.get("message", {})
    rule = rule_cls(
        id=rid, name=raw.get("name", rid), kind=kind, severity=raw["severity"], autofix=raw.get("autofix", "no"),
        scope=tuple(raw.get("scope", ["prose"])), message={"en": message} if isinstance(message, str) else message,
        messages=raw.get("messages", {}), params=params, enabled=raw.get("enabled", True), impl=impl_name,
        description=raw.get("description", ""), origin=origin[(rid,)][0], impls=tuple(impls),
        param_files={name: origin[(rid, "params", name)][0] for name in raw.get("params", {})},
    )
    for impl in impls:
        if impl.prepare is None:
            continue
        try:
            rule.data.update(impl.prepare(rule, pack) or {})
        except ParamProblem as exc:
            raise fail(("params", exc.param), exc.problem) from None
    return rule
