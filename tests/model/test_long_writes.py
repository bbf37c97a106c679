"""Journal entries and history snapshots of a long article, written a block at a time (issue 15):
every paragraph arrives, marks and unknown keys included, and a broken character is refused in
one sentence with nothing left behind."""

from __future__ import annotations

import json

import pytest

from editor.model import article_file
from editor.model.article import Article, Block, Mark
from editor.model.article_file import ArticleFileError
from editor.model.history import History
from editor.model.journal import Journal, read_entry


def long_article(count: int = 3_000) -> Article:
    article = Article.new("vi")
    article.headline = "Bài dài"
    article.lede = "Sa-pô của bài."
    for i in range(count):
        if i % 15 == 14:
            article.body.append(Block(type="heading", text=f"Mục {i}"))
        else:
            article.body.append(Block(text=f"Đoạn {i}: \"trích\" và dòng\nmới\ttab.",
                                      marks=[Mark(0, 4, "bold")] if i % 7 == 0 else []))
    if count > 5:
        article.body[5].extra["lạ"] = {"giữ": [1, {"nguyên": "a\nb"}]}
        article.body[3] = Block(text='Liên kết "x" \\ \x01 😀 \u2028 hết.', marks=[
            Mark(0, 8, "link", href='https://vi.example/"a"?b=1&c=\\'), Mark(3, 5, "italic", extra={"lạ": True})])
        article.body[4] = Block(type="image", src="anh.jpg", caption="Chú thích", credit="TTXVN", alt="Ảnh")
        article.body[2].marks = [Mark(0, 2, "link", href=""), Mark(2, 4, "bold")]
    article.extra["khóa_lạ"] = [1, 2]
    return article


@pytest.mark.parametrize("count", [0, 1, 40])
@pytest.mark.parametrize("indent", [1, 2, 4])
def test_the_text_in_pieces_is_the_text_json_gives(count, indent):
    article = long_article(count)
    wrap = lambda fields: {"format": "x", "article": fields, "after": [1]}  # noqa: E731
    assert "".join(article_file.json_pieces(article)) + "\n" == article_file.dumps(article) \
        == json.dumps(article_file.article_to_dict(article), ensure_ascii=False, indent=2) + "\n"
    assert "".join(article_file.json_pieces(article, indent, wrap)) == json.dumps(
        wrap(article_file.article_to_dict(article)), ensure_ascii=False, indent=indent)


def test_a_long_articles_journal_entry_holds_every_paragraph(tmp_path):
    article = long_article()
    journal = Journal(tmp_path / "recovery")
    key = journal.write(article, tmp_path / "bai.article", "văn bản đã lưu")
    entry = read_entry(journal._entry_file(key))
    assert entry is not None
    assert article_file.dumps(entry.article) == article_file.dumps(article)
    journal.close()


def test_a_broken_character_far_down_is_refused_in_one_sentence_and_leaves_nothing(tmp_path):
    article = long_article()
    article.body[2_500].extra["ghi_chú"] = "hỏng \ud800 ở đây"  # unknown keys are kept as they came
    journal = Journal(tmp_path / "recovery")
    with pytest.raises(ArticleFileError) as caught:
        journal.write(article, None, None)
    message = caught.value.template.format(**caught.value.params)
    assert "U+D800" in message
    position = int(caught.value.params["pos"])
    assert position > 100_000  # where it is in the whole entry, not in a piece of it
    assert [p.name for p in (tmp_path / "recovery").iterdir() if p.is_file()] == []
    journal.close()


def test_a_long_articles_snapshot_holds_every_paragraph_and_its_facts(tmp_path):
    article = long_article()
    text = article_file.dumps(article)
    history = History(tmp_path / "history")
    snapshot = history.add_text(text, article.id, article.headline, article.status, article.counted_texts(),
                                tmp_path / "bai.article")
    assert snapshot is not None
    assert snapshot.words == article.counts().words and snapshot.headline == "Bài dài"
    [listed] = history.list(article.id)
    assert listed.digest == snapshot.digest
    assert article_file.dumps(history.load(listed)) == text
    assert history.add_text(text, article.id, article.headline, article.status, article.counted_texts()) is None
