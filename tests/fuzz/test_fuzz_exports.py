"""Fuzzing the exports: every article the editor can hold becomes plain text, HTML, DOCX, NITF, an
e-mail and (small ones) PDF without raising, and each file opens in an independent reader (issue 15,
point 1).

The hostile-content suite (tests/exports/test_hostile.py) checks what the outputs contain; here the
point is that no article, however odd, makes an export fail.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from email import message_from_bytes, policy
from pathlib import Path

import pytest

pytest.importorskip("hypothesis")

from hypothesis import example, given, settings  # noqa: E402
from lxml import etree  # noqa: E402
from lxml import html as lhtml  # noqa: E402

from editor.model.article import Article, Block, Mark  # noqa: E402
from exports.email_message import HeaderError, article_attachment, build_message  # noqa: E402
from exports.formats import FORMATS  # noqa: E402
from tests.fuzz.strategies import articles  # noqa: E402

EMPTY_FOLDER = Path(tempfile.mkdtemp(prefix="articledesk-fuzz-"))  # relative image sources name nothing here
PDF_EXAMPLES = max(2, settings.default.max_examples // 8)  # a PDF takes a tenth of a second or more


def export_all(article: Article) -> None:
    FORMATS["txt"].write(article, EMPTY_FOLDER).decode("utf-8")
    page = FORMATS["html"].write(article, EMPTY_FOLDER)
    assert lhtml.document_fromstring(page.decode("utf-8")) is not None
    docx = FORMATS["docx"].write(article, EMPTY_FOLDER)
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        etree.fromstring(z.read("word/document.xml"))
    nitf = FORMATS["nitf"].write(article, EMPTY_FOLDER, name="fuzz")
    etree.fromstring(nitf.main)  # well-formed XML, or this raises
    try:  # the e-mail: the article as HTML and text parts, and attached as an .article file
        message = build_message(article, sender="Tòa soạn <desk@example.org>", to=["desk@example.org"],
                                note=article.kicker, attachments=[article_attachment(article)])
    except HeaderError as exc:  # the subject (the headline) cannot go into a header: one sentence
        assert str(exc).endswith("."), str(exc)
    else:
        assert message_from_bytes(message.as_bytes(policy=policy.SMTP), policy=policy.default)["To"]


@given(articles(max_blocks=5))
@example(Article(language="en", headline="\u202eabc", body=[Block(text="\ufeff", marks=[Mark(0, 1, "link", "http://")])]))
@example(Article(headline=" ", body=[Block(type="image"), Block(type="list_item"), Block(type="image", src="../x.png")]))
def test_any_article_exports_to_text_html_docx_nitf_and_mail(article):
    export_all(article)


@settings(max_examples=PDF_EXAMPLES)
@given(articles(max_blocks=2, max_tokens=12))
def test_small_articles_export_to_pdf(qapp, article):
    pdf = FORMATS["pdf"].write(article, EMPTY_FOLDER)
    assert pdf.startswith(b"%PDF-")
