"""DOCX of a long article: paragraphs are appended in constant time (exports/docx_parts.BodyEnd),
and the document is exactly the one python-docx's own ``add_paragraph`` makes."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone

import docx

from editor.model import article_file as af
from editor.model.article import Article, Block, Mark
from editor.resources import resource_path
from exports import docx_parts
from exports.docx_export import DocxOptions, article_to_docx

NOW = datetime(2026, 5, 1, 8, 30, tzinfo=timezone.utc)


def long_article() -> Article:
    article = af.load(resource_path("samples", "sample-vi.article"))
    kinds = ("paragraph", "heading", "quote", "list_item", "paragraph")
    for n in range(300):
        article.body.append(Block(type=kinds[n % len(kinds)], text=f"Đoạn {n}: mưa lớn ở Hà Nội.",
                                  marks=[Mark(start=0, end=4, type="bold")] if n % 7 == 0 else []))
    return article


def parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {name: z.read(name) for name in z.namelist()}


def test_the_document_equals_the_one_python_docx_add_paragraph_makes(monkeypatch):
    article = long_article()
    fast = parts(article_to_docx(article, DocxOptions(now=NOW)))

    def python_docx_way(self, style):
        return self.document.add_paragraph(style=style)

    monkeypatch.setattr(docx_parts.BodyEnd, "add_paragraph", python_docx_way)
    slow = parts(article_to_docx(article, DocxOptions(now=NOW)))
    assert fast.keys() == slow.keys()
    for name in fast:
        assert fast[name] == slow[name], name


def test_every_paragraph_lands_before_the_section_properties_in_order():
    article = long_article()
    document = docx.Document(io.BytesIO(article_to_docx(article, DocxOptions(now=NOW))))
    body = document.element.body
    assert body[-1].tag.endswith("}sectPr")
    texts = [p.text for p in document.paragraphs]
    numbered = [t for t in texts if t.startswith("Đoạn ")]
    assert numbered == [f"Đoạn {n}: mưa lớn ở Hà Nội." for n in range(300)]
