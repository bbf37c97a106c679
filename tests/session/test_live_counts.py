"""The status bar's running counts (session/live_counts) equal the article's own counts after any
run of edits: typing, new and deleted paragraphs, moves, repeated texts, pictures, long paragraphs."""

from __future__ import annotations

import random

from editor.model.article import Article, Block
from editor.session.live_counts import LONG_TEXT, LiveCounts

WORDS = ["Hà", "Nội", "mùa", "thu,", "TP.HCM", "v.v.", "10:27", "—", "📰", "tass.ru,", "năm", "2025.", "Ông", "nói:"]


def sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 12)))


def test_counts_follow_random_edits_of_a_long_body():
    rng = random.Random(15)
    article = Article.new("vi")
    article.headline = "Tin nóng"
    article.body = [Block(text=sentence(rng)) for _ in range(400)]
    live = LiveCounts()
    assert live.counts(article, article.body) == article.counts()
    for _ in range(300):
        body = list(article.body)
        i = rng.randrange(len(body) + 1)
        kind = rng.choice(["type", "insert", "delete", "move", "copy", "picture", "long", "field", "none"])
        if kind == "type" and i < len(body):
            body[i] = Block(text=body[i].text + " " + sentence(rng))
        elif kind == "insert":
            body[i:i] = [Block(text=sentence(rng)) for _ in range(rng.randint(1, 5))]
        elif kind == "delete" and body:
            del body[i:i + rng.randint(1, 30)]
        elif kind == "move" and len(body) > 2:
            body.insert(rng.randrange(len(body)), body.pop(rng.randrange(len(body))))
        elif kind == "copy" and body:
            body.insert(i, Block(text=rng.choice(body).text))  # a text the article holds twice
        elif kind == "picture":
            body.insert(i, Block(type="image", src="a.jpg", caption=sentence(rng)))
        elif kind == "long":
            body.insert(i, Block(text=". ".join(sentence(rng) for _ in range(LONG_TEXT // 20))))
        elif kind == "field":
            article.lede = sentence(rng)
        article.body = body
        assert live.counts(article, article.body) == article.counts(), kind
    article.language = "en"
    assert live.counts(article, article.body) == article.counts()
