"""Corpus JSON files (../shared/corpus/vi, en) as Articles, for the tests and the benchmarks.

The corpus is the publishers' copyright: it is read at run time and never copied into the
repository. Each file has ``title``, ``abstract``, ``body`` (paragraphs on their own lines),
``byline``, ``outlet`` and sometimes ``language``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from editor.model.article import Article, Block, Byline

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def corpus_article(path: Path, *, language: str | None = None, fresh: bool = False, strip: bool = False,
                   byline: str = "whole", outlet: bool = False) -> Article:
    """The article a desk would have after pasting the file: headline, sapo, one body block per line.

    ``language`` defaults to the file's own or its name's prefix; ``fresh`` starts from
    ``Article.new`` (today's date, the new-article defaults) instead of a bare Article; ``strip``
    trims each paragraph; ``byline`` is "whole" (one author as written), "split" (authors
    separated by commas and "and") or "none"; ``outlet`` puts the outlet in the dateline source.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    lang = language or data.get("language") or Path(path).stem[:2]
    article = Article.new(lang) if fresh else Article(language=lang)
    article.headline = data.get("title") or ""
    article.lede = data.get("abstract") or ""
    article.body = [Block(type="paragraph", text=p.strip() if strip else p)
                    for p in re.split(r"\n+", data.get("body") or "") if p.strip()]
    names = data.get("byline") or ""
    if byline == "whole" and names:
        article.byline = Byline(authors=[names])
    elif byline == "split":
        article.byline.authors = [n.strip() for n in re.split(r",| and ", names) if n.strip()]
    if outlet:
        article.dateline.source = data.get("outlet") or ""
    return article
