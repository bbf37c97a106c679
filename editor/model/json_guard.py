"""What a JSON document may hold before it becomes an article: bounded nesting, no lone surrogates.

A ``\\ud800`` escape (half of a UTF-16 pair) decodes to a Python string that UTF-8 cannot write,
so it would make the article unsavable; it is replaced by U+FFFD and where it was is reported.
Nesting is bounded so that copying, saving and checking never run out of stack.
"""

from __future__ import annotations

import re
from typing import Any

from .text.normal import has_surrogates, without_surrogates

MAX_DEPTH = 100  # levels of lists and objects inside one another (docs/article-format.md)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class TooDeep(ValueError):
    """The document nests lists and objects more than MAX_DEPTH levels deep."""


def may_hold_surrogates(json_text: str) -> bool:
    """True when the JSON text has a surrogate escape (the only way a JSON string can hold one)."""
    return _SURROGATE_ESCAPE.search(json_text) is not None


def repaired(data: Any, surrogates: bool = True) -> tuple[Any, list[str]]:
    """``data`` with every lone surrogate replaced by U+FFFD, and the paths where one was found.

    Raises TooDeep for nesting beyond MAX_DEPTH. With ``surrogates`` False only the depth is checked.
    """
    found: list[str] = []
    return _walk(data, "", 0, found, surrogates), found


def _walk(value: Any, path: str, depth: int, found: list[str], surrogates: bool) -> Any:
    if isinstance(value, str):
        if surrogates and has_surrogates(value):
            found.append(path or "(document)")
            return without_surrogates(value)
        return value
    if not isinstance(value, (list, dict)):
        return value
    if depth >= MAX_DEPTH:
        raise TooDeep(path)
    if isinstance(value, list):
        for i, item in enumerate(value):
            if isinstance(item, (str, list, dict)):
                value[i] = _walk(item, f"{path}[{i}]", depth + 1, found, surrogates)
        return value
    if surrogates and any(has_surrogates(key) for key in value):
        found.extend(f"{path}.{without_surrogates(key)}".lstrip(".") for key in value if has_surrogates(key))
        value = {without_surrogates(key): item for key, item in value.items()}
    for key, item in value.items():
        if isinstance(item, (str, list, dict)):
            value[key] = _walk(item, f"{path}.{key}".lstrip("."), depth + 1, found, surrogates)
    return value

