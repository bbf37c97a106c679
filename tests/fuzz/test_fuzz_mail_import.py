"""Fuzzing the opening of a received e-mail (.eml) as an article: any message gives an article or one
sentence (ArticleFileError), and the article saves and reads back unchanged (issue 15, point 1:
the paste filter's HTML, and the .article loader's bytes, as they arrive by mail)."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

pytest.importorskip("hypothesis")

from hypothesis import example, given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from editor.model.article import Article  # noqa: E402
from editor.model.article_file import ArticleFileError, dumps, loads  # noqa: E402
from editor.model.mail_import import article_from_eml  # noqa: E402
from tests.fuzz.strategies import wild_text  # noqa: E402
from tests.fuzz.test_fuzz_article_file import VALID  # noqa: E402
from tests.fuzz.test_fuzz_paste import clipboards  # noqa: E402


def open_or_refuse(data: bytes) -> tuple[Article | None, str]:
    """The article opened from the message ``data`` (None when refused) and the refusal's sentence ("" if none)."""
    try:
        return article_from_eml(data, "thư.eml"), ""
    except ArticleFileError as exc:
        return None, str(exc)


def is_one_sentence(sentence: str) -> bool:
    """The refusal names the message and is one sentence."""
    return sentence.startswith(("“thư.eml", "Cannot open “thư.eml")) and sentence.endswith(".")


@st.composite
def messages(draw) -> bytes:
    msg = EmailMessage()
    subject = draw(wild_text(8)).replace("\r", " ").replace("\n", " ")
    try:
        msg["Subject"] = subject
    except (ValueError, TypeError):  # a subject the email package itself refuses to write
        msg["Subject"] = "Tin"
    msg["From"] = "desk@example.org"
    kind = draw(st.integers(0, 3))
    if kind != 1:
        msg.set_content(draw(wild_text(30)).encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    if kind >= 1:
        html = draw(clipboards()).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
        if msg.is_multipart() or kind == 3:
            msg.add_alternative(html, subtype="html") if msg.get_content_type() == "text/plain" else msg.set_content(
                html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
    if draw(st.integers(0, 3)) == 0:
        raw = VALID.encode("utf-8")
        cut = draw(st.integers(0, len(raw)))
        msg.add_attachment(raw[:cut] if draw(st.booleans()) else raw, maintype="application",
                           subtype="octet-stream", filename="bài.article")
    for i, part in enumerate(msg.walk()):  # fixed boundaries: the email package would draw them at random
        if part.is_multipart():
            part.set_boundary(f"=_fuzz_{i}_=")
    return msg.as_bytes()


@given(messages())
@example(b"Subject: S\r\nContent-Type: text/html\r\n\r\n<h1>Tin</h1><![x]><p>M\xe1\xbb\x99t</p>")  # found: AssertionError
def test_any_message_opens_as_an_article_or_one_sentence(data):
    article, sentence = open_or_refuse(data)
    if article is None:
        assert is_one_sentence(sentence), sentence
    else:
        assert loads(dumps(article)) == article  # what opened saves and reads back unchanged


@given(st.binary(max_size=400))
@example(b"")
@example(b"\r\n\r\n")
@example(b"Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n")
def test_any_bytes_open_as_an_article_or_one_sentence(data):
    article, sentence = open_or_refuse(data)
    if article is None:
        assert is_one_sentence(sentence), sentence
    else:
        assert loads(dumps(article)) == article  # what opened saves and reads back unchanged
