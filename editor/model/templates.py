"""Article templates: the built-in ones and the desk's own, as ordinary `.article` files.

A template is any `.article` file in the built-in folder or in the desk's templates folder. A
new article made from one is an untitled copy with its own id and creation time
(``ArticleSession.open_copy``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import article_file
from .article_file import EXTENSION, ArticleFileError


@dataclass(frozen=True)
class Template:
    """One template: its file, a key (the file name without extension), language and origin."""

    path: Path
    key: str
    language: str
    builtin: bool


def list_templates(folder: str | Path | None, builtin: bool = False) -> list[Template]:
    """The templates in ``folder`` that open as articles, sorted by language then name."""
    if folder is None:
        return []
    base = Path(folder)
    try:
        files = sorted(p for p in base.glob(f"*{EXTENSION}") if p.is_file())
    except OSError:
        return []
    out = []
    for path in files:
        try:
            article = article_file.load(path)
        except ArticleFileError:
            continue  # a broken desk template is not offered
        out.append(Template(path, path.stem, article.base_language, builtin))
    out.sort(key=lambda t: (t.language, t.key))
    return out
