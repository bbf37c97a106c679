"""Opening a received e-mail through the session: the article it holds, untitled, never the .eml itself."""

from __future__ import annotations

import pytest

from editor.model import article_file
from editor.model.article_file import ArticleFileError
from editor.resources import resource_path
from editor.session.article_session import ArticleSession
from exports.email_message import article_attachment, build_message


@pytest.fixture
def session(qapp):
    return ArticleSession()


def test_opening_an_eml_gives_the_attached_article_as_an_untitled_change(session, tmp_path):
    sample = article_file.load(resource_path("samples", "sample-vi.article"))
    path = tmp_path / "Thư từ Hòa.EML"
    path.write_bytes(build_message(sample, sender="hoa@example.vn", to=["desk@example.vn"],
                                   attachments=[article_attachment(sample)]).as_bytes())
    replaced = []
    session.article_replaced.connect(lambda: replaced.append(True))
    session.open(path)
    assert article_file.dumps(session.article) == article_file.dumps(sample)
    assert session.path is None and session.modified and replaced == [True]
    assert session.display_name() == sample.headline
    before = path.read_bytes()
    session.save(tmp_path / "bai.article")  # saving asks for a path; the message file is left alone
    assert path.read_bytes() == before
    assert article_file.load(tmp_path / "bai.article").headline == sample.headline


def test_an_eml_without_an_article_keeps_the_open_one(session, tmp_path):
    session.open(resource_path("samples", "sample-en.article"))
    opened = session.path
    path = tmp_path / "x.eml"
    path.write_bytes(b"just some text, not a message")
    with pytest.raises(ArticleFileError, match="holds no article: it is not an e-mail message"):
        session.open(path)
    assert session.path == opened and not session.modified
