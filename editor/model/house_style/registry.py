"""Where rule implementations register: generic kinds by name, built-in checks by rule id.

A built-in check is a plain function registered with ``@builtin("VN-P01")``; a generic kind
(``existence``, ``substitution``...) with ``@kind("existence")``. Each declares its level
(``field``: sees one text; ``article``: sees every field at once) and its parameters with
their defaults, so that a pack's ``params`` can be type-checked when the pack loads. One id
may register one function per level (VN-O08 checks a word list per field and the
consistency of i/y spellings across the article). An article-level check may name its
``per_field(analysis, pack)`` step: what it reads of each field's shared analysis, worked out and
cached there (the command line's helper process works it out for the fields it checks and sends
it back, see :mod:`.parallel`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

LEVELS = ("field", "article")


@dataclass(frozen=True)
class Impl:
    """One registered implementation: its function, level, parameters and optional prepare and
    per-field steps."""

    name: str
    level: str
    fn: Callable[..., Any]
    params: dict[str, Any] = field(default_factory=dict)
    prepare: Callable[..., Any] | None = None
    per_field: Callable[..., Any] | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as a reference to the registered implementation (the compiled-pack cache)."""
        return (_registered, (self.name, self.level, self.fn.__module__))


def _registered(name: str, level: str, module: str) -> Impl:
    """The implementation ``name``/``level`` that ``module`` registers (imported if need be)."""
    importlib.import_module(module)
    for table in (BUILTINS, KINDS):
        for impl in table.get(name, ()):
            if impl.level == level and impl.fn.__module__ == module:
                return impl
    raise LookupError(f"{module} registers no {level}-level implementation {name!r}")


BUILTINS: dict[str, list[Impl]] = {}  # filled as rule families load (see rules.load_for)
KINDS: dict[str, list[Impl]] = {}


def _register(table: dict[str, list[Impl]], name: str, level: str, params: dict[str, Any] | None,
              prepare: Callable[..., Any] | None,
              per_field: Callable[..., Any] | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    if per_field is not None and level != "article":
        raise ValueError("only an article-level check has a per-field step")

    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        impls = table.setdefault(name, [])
        impls[:] = [i for i in impls if i.level != level]
        impls.append(Impl(name, level, fn, dict(params or {}), prepare, per_field))
        return fn

    return deco


def builtin(rule_id: str, *, level: str = "field", params: dict[str, Any] | None = None,
            prepare: Callable[..., Any] | None = None,
            per_field: Callable[..., Any] | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register a built-in check for ``rule_id`` (a pack rule with ``kind = "builtin"``).

    ``prepare(rule, pack)`` runs once when the pack loads; what it returns is ``rule.data``.
    ``per_field(analysis, pack)`` (article level only) caches in a field's analysis what the check
    reads of it: plain data (tuples, strings, numbers, the field's tokens), as
    :meth:`~.text_tools.Analysis.export` sends it.
    """
    return _register(BUILTINS, rule_id, level, params, prepare, per_field)


def kind(name: str, *, level: str = "field", params: dict[str, Any] | None = None,
         prepare: Callable[..., Any] | None = None) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Register the implementation of a generic rule kind."""
    return _register(KINDS, name, level, params, prepare)


def implementations(kind_name: str, impl: str) -> list[Impl]:
    """Implementations of a rule: its kind's, or for ``builtin`` those registered under ``impl``."""
    if kind_name == "builtin":
        if impl not in BUILTINS:
            from .rules import load_for  # the rule's language family registers on import

            load_for(impl)
        return BUILTINS.get(impl, [])
    return KINDS.get(kind_name, [])


def builtin_ids() -> list[str]:
    """Every built-in check's id, all families loaded."""
    from .rules import load_all

    load_all()
    return sorted(BUILTINS)


def merged_param_defaults(impls: list[Impl]) -> dict[str, Any]:
    """The declared parameters of all of a rule's implementations, with defaults."""
    out: dict[str, Any] = {}
    for impl in impls:
        out.update(impl.params)
    return out
