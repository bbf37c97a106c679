"""The history and the journal with long articles, written piece by piece so a worker thread
never holds the interpreter for long: same files, same digests, same errors as before."""

from __future__ import annotations

import hashlib
import json

import pytest

from editor.model import article_file
from editor.model.article import Article, Block
from editor.model.article_file import ArticleFileError
from editor.model.file_io import ENCODE_CHUNK_CHARS, text_digest, to_bytes
from editor.model.history import History, article_of_text, loads_in_steps
from editor.model.journal import fingerprint


def long_article(paragraphs: int = 3000) -> Article:
    article = Article.new("vi")
    article.headline = "Bài rất dài"
    article.body = [Block(text=f"Đoạn {n}: mưa lớn ở Hà Nội, nhiều tuyến phố ngập sâu.") for n in range(paragraphs)]
    return article


def test_long_texts_encode_and_digest_as_one_piece_would():
    text = "Tiếng Việt có dấu 👋🏽 " * (ENCODE_CHUNK_CHARS // 5)
    assert len(text) > 3 * ENCODE_CHUNK_CHARS
    assert to_bytes(text, "x") == text.encode("utf-8")
    assert text_digest(text) == hashlib.sha256(text.encode("utf-8")).hexdigest() == fingerprint(text)


def test_a_broken_character_far_in_a_long_text_is_named_at_its_place():
    at = 2 * ENCODE_CHUNK_CHARS + 17
    text = "a" * at + "\ud800" + "b" * 10
    with pytest.raises(ArticleFileError) as caught:
        to_bytes(text, "bai.article")
    assert caught.value.params["pos"] == at and caught.value.params["code"] == "D800"


def test_the_text_just_saved_becomes_the_same_snapshot_as_the_article(tmp_path):
    article = long_article()
    text = article_file.dumps(article)
    assert loads_in_steps(text) == json.loads(text)
    assert article_file.dumps(article_of_text(text, "bai.article")) == text
    history = History(tmp_path / "history")
    kept = history.add(article_of_text(text, "bai.article"), "/desk/bai.article", text=text)
    assert kept is not None and kept.words == article.counts().words
    assert history.add(article, "/desk/bai.article") is None  # the same text: nothing new kept
    assert article_file.dumps(history.load(history.list(article.id)[0])) == text


def test_a_newest_snapshot_damaged_after_its_head_does_not_stop_the_next_one(tmp_path):
    article = long_article(200)
    history = History(tmp_path / "history")
    first = history.add(article)
    raw = first.file.read_bytes()
    first.file.write_bytes(raw[: len(raw) // 2])  # the facts at its head are intact, the article is not
    assert history.add(article) is not None  # same digest, but the kept one cannot be read: keep it again
    readable = history.list(article.id)
    assert len(readable) == 1 and history.load(readable[0]).body == article.body


def test_a_text_that_is_not_an_article_says_so_in_one_sentence():
    with pytest.raises(ArticleFileError):
        article_of_text('{"format": "something else"}', "bai.article")
