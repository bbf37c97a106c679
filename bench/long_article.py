"""Builds a long article for benchmarks, from the shared corpus when it is there.

The corpus text is read at run time and written only to a temporary file: it is the
publishers' copyright and never enters the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

from editor.model import article_file as af
from editor.model.article import Article, Block, Byline, Dateline
from editor.model.text import count_words, nfc
from editor.resources import resource_path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def _corpus_paragraphs() -> list[str]:
    paras: list[str] = []
    for p in sorted((CORPUS / "vi").glob("vi_0*.json")):
        data = json.loads(p.read_text(encoding="utf-8"))
        body = nfc(data.get("body") or "")
        # Bodies lost their paragraph breaks; cut them into paragraphs of about 120 words.
        words = body.split()
        for i in range(0, len(words), 120):
            paras.append(" ".join(words[i : i + 120]))
    return paras


def build_long_article(path: Path, target_words: int = 10_000) -> str:
    """Write an article of about ``target_words`` Vietnamese syllables to ``path``; say its source."""
    paras = _corpus_paragraphs() if (CORPUS / "vi").is_dir() else []
    source = "shared corpus"
    if not paras:
        sample = af.load(resource_path("samples", "sample-vi.article"))
        paras = [b.text for b in sample.body if b.type == "paragraph"]
        source = "built-in sample, repeated"
    article = Article.new("vi")
    article.headline = "Bài dài để đo tốc độ"
    article.dateline = Dateline(source="ANTV", place="Hà Nội", date="2026-03-12")
    article.byline = Byline(authors=["Bench"], signoff="BT")
    total, i = 0, 0
    while total < target_words:
        text = paras[i % len(paras)]
        if i % 15 == 14:
            text = " ".join(text.split()[:8])
            article.body.append(Block(type="heading", text=text))
        else:
            article.body.append(Block(type="paragraph", text=text))
        total += count_words(text)
        i += 1
    af.save(article, path)
    return source
