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


WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NITF = "{http://iptc.org/std/NITF/2006-10-18/}"


def readable_exports(article: Article) -> dict[str, object]:
    """Each export of ``article`` as an independent reader opens it (the readers raise on a damaged file):
    the text decoded, the HTML page, the DOCX's document.xml and the NITF file parsed by lxml, and the
    e-mail as Python's email package reads it back, or the one sentence refusing to build it."""
    text = FORMATS["txt"].write(article, EMPTY_FOLDER).decode("utf-8")
    page = lhtml.document_fromstring(FORMATS["html"].write(article, EMPTY_FOLDER).decode("utf-8"))
    with zipfile.ZipFile(io.BytesIO(FORMATS["docx"].write(article, EMPTY_FOLDER))) as z:
        document = etree.fromstring(z.read("word/document.xml"))
    nitf = etree.fromstring(FORMATS["nitf"].write(article, EMPTY_FOLDER, name="fuzz").main)
    mail: object
    try:  # the e-mail: the article as HTML and text parts, and attached as an .article file
        message = build_message(article, sender="Tòa soạn <desk@example.org>", to=["desk@example.org"],
                                note=article.kicker, attachments=[article_attachment(article)])
    except HeaderError as exc:  # the subject (the headline) cannot go into a header: one sentence
        mail = str(exc)
    else:
        mail = message_from_bytes(message.as_bytes(policy=policy.SMTP), policy=policy.default)
    return {"txt": text, "html": page, "docx": document, "nitf": nitf, "mail": mail}


@given(articles(max_blocks=5))
@example(Article(language="en", headline="\u202eabc", body=[Block(text="\ufeff", marks=[Mark(0, 1, "link", "http://")])]))
@example(Article(headline=" ", body=[Block(type="image"), Block(type="list_item"), Block(type="image", src="../x.png")]))
def test_any_article_exports_to_text_html_docx_nitf_and_mail(article):
    exports = readable_exports(article)
    assert isinstance(exports["txt"], str)
    assert exports["html"].tag == "html"
    assert exports["docx"].tag == WORD + "document"
    assert exports["nitf"].tag == NITF + "nitf"
    mail = exports["mail"]
    if isinstance(mail, str):  # refused: one sentence
        assert mail.endswith(".") and "\n" not in mail, mail
    else:
        assert mail["To"] == "desk@example.org"
        assert mail.get_body(("html",)) is not None and mail.get_body(("plain",)) is not None
        assert any(part.get_filename() for part in mail.iter_attachments())  # the .article file


@settings(max_examples=PDF_EXAMPLES)
@given(articles(max_blocks=2, max_tokens=12))
def test_small_articles_export_to_pdf(qapp, article):
    pdf = FORMATS["pdf"].write(article, EMPTY_FOLDER)
    assert pdf.startswith(b"%PDF-")
