"""Fuzzing the `.article` loader: any bytes give an Article or the loader's own one-sentence error,
and what the editor saves it reads back unchanged (issue 15, point 1).

Budgets: the "ci" or "long" hypothesis profile of tests/conftest.py; the coverage-guided run of the
same loader is fuzz/fuzz_article.py.
"""

from __future__ import annotations

import json
import unicodedata

import pytest

pytest.importorskip("hypothesis")

from hypothesis import example, given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from editor.model import article_file  # noqa: E402
from editor.model.article_file import ArticleFileError, dumps, from_bytes, loads  # noqa: E402
from tests.fuzz.strategies import articles, json_mutations  # noqa: E402

VALID = dumps(article_file.Article(
    id="0b7c1f0e", headline="Tin nóng", tags=["a"], dateline=article_file.Dateline(place="Hà Nội", date="2026-03-12"),
    body=[article_file.Block(text="Một đoạn 👋🏽 dài.", marks=[article_file.Mark(0, 3, "bold"),
                                                          article_file.Mark(4, 9, "link", href="https://x.vn")]),
          article_file.Block(type="image", src="a.png", caption="Ảnh")],
    quotes=[article_file.Quote(speaker="A", text="B")], awards=[article_file.Award(recipient="C")],
    byline=article_file.Byline(authors=["D"]),
    extra={"house_style_ignores": {"once": [{"rule": "VN-P01", "field": "body", "block": 0, "text": "x",
                                             "context": "y"}], "words": [{"word": "ANTV", "rule": None}]}}))


def unclear(sentences: list[str]) -> list[str]:
    """Those of the program's own errors that are not one short sentence naming the file, on one line,
    with no control character from the file in it (a terminal would obey an escape sequence)."""
    return [sentence for sentence in sentences
            if not sentence.startswith(("Cannot open “fuzz.article”", "“fuzz.article”"))
            or not sentence.endswith(".") or len(sentence) >= 400
            or [ch for ch in sentence if unicodedata.category(ch)[0] in "CZ" and ch != " "]]


def load_or_refuse(raw: bytes) -> tuple[article_file.Article | None, list[str]]:
    """The article read from ``raw`` (None when refused) and what the loader said: its refusal, or its notes."""
    notes: list[ArticleFileError] = []
    try:
        article = from_bytes(raw, "fuzz.article", notes)
    except ArticleFileError as exc:
        return None, [str(exc)]
    return article, [str(note) for note in notes]


def saved_again(article: article_file.Article) -> str:
    """The article saved, read back and saved again (what was read can be saved: no lone surrogate or
    other unwritable value got through)."""
    return dumps(loads(dumps(article), "fuzz.article"))


@given(st.binary(max_size=300))
@example(b"")
@example(b"\xef\xbb\xbf")
@example(b"{" * 5000)
@example(b"[" * 200 + b"]" * 200)
@example(b'{"format": "articledesk.article", "version": 1, "id": "x", "body": [{"text": "\\ud800"}]}')
@example(b'{"format": "articledesk.article", "version": 1e400}')
@example(b'{"format": "articledesk.article", "version": 1, "id": "x", "body": [{"type": "a\\nb\\u001b[31m\\u202e"}]}')
@example(b'{"format": "articledesk.article", "version": 1, "id": "x", "language": "' + b"x" * 5000 + b'"}')
@example(b'{"format": "articledesk.article", "version": 1, "id": "x", "x": {"\\ud800\\n\\u001b": 1}}')
@example(b'{"format": "articledesk.article", "version": 1, "id": "x", "tags": ' + b"[" * 150 + b"]" * 150 + b"}")
def test_any_bytes_give_an_article_or_one_clear_sentence(raw):
    article, sentences = load_or_refuse(raw)
    assert not unclear(sentences), sentences
    if article is None:
        assert len(sentences) == 1  # refused, in the one sentence
    else:
        assert saved_again(article) == dumps(article)


@given(json_mutations(json.loads(VALID)))
def test_a_damaged_article_gives_an_article_or_one_clear_sentence(text):
    article, sentences = load_or_refuse(text.encode("utf-8", "surrogatepass"))
    assert not unclear(sentences), sentences
    if article is None:
        assert len(sentences) == 1  # refused, in the one sentence
    else:
        assert saved_again(article) == dumps(article)


@given(json_mutations(json.loads(VALID)).map(lambda t: t[: len(t) // 2]))
def test_a_cut_short_article_is_refused_in_one_sentence(text):
    article, sentences = load_or_refuse(text.encode("utf-8", "surrogatepass"))
    assert not unclear(sentences), sentences
    if article is None:
        assert len(sentences) == 1  # refused, in the one sentence
    else:
        assert saved_again(article) == dumps(article)


@given(articles())
def test_save_then_load_is_the_identity(article):
    text = dumps(article)
    back = loads(text, "fuzz.article")
    assert back == article
    assert dumps(back) == text


def test_save_then_load_through_the_disk_is_the_identity(tmp_path):
    from hypothesis import settings

    @settings(max_examples=10)
    @given(articles())
    def round_trip(article):
        path = tmp_path / "bài.article"
        article_file.save(article, path)
        assert article_file.load(path) == article

    round_trip()


@given(articles(max_blocks=8))
def test_the_text_written_a_block_at_a_time_is_the_saved_text(article):
    """Journal entries and history snapshots are written block by block (article_file.json_pieces):
    what they hold is exactly the text ``json.dumps`` gives, at any indentation and nesting."""
    assert "".join(article_file.json_pieces(article)) + "\n" == dumps(article) \
        == json.dumps(article_file.article_to_dict(article), ensure_ascii=False, indent=2) + "\n"
    wrapped = {"format": "entry", "article": article_file.article_to_dict(article)}
    assert "".join(article_file.json_pieces(article, 1, lambda fields: {"format": "entry", "article": fields})) \
        == json.dumps(wrapped, ensure_ascii=False, indent=1)
