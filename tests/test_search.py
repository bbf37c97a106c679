"""Finding in the whole article without a window: reading order, options, accents, NFD, emoji."""

from __future__ import annotations

import unicodedata

from editor.model.article import Article, Award, Block, Byline, Dateline, Quote
from editor.qt.qtsearch import text_range
from editor.session.search import Location, SearchOptions, article_texts, find_all, find_in_text, match_after

ACCENTS = SearchOptions(ignore_accents=True)


def everywhere(word: str) -> Article:
    """An article holding ``word`` once in every searched text."""
    return Article(
        kicker=f"k {word}", headline=f"h {word}", lede=f"s {word}", topic=f"t {word}",
        dateline=Dateline(source=f"{word}", place=f"p {word}"),
        byline=Byline(authors=[f"a {word}", f"b {word}"], signoff=f"o {word}"),
        tags=[f"x {word}", f"y {word}"],
        quotes=[Quote(speaker=f"q {word}", role=f"r {word}", text=f"“{word}”")],
        awards=[Award(recipient=f"w {word}", award=f"v {word}", conferred_by=f"c {word}", reason=f"d {word}")],
        body=[Block(text=f"body {word}"), Block(type="image", src="a.png", caption=f"ảnh {word}", text="x"),
              Block(type="heading", text=f"{word}")],
    )


def test_every_text_is_searched_in_reading_order():
    found = [str(m.location) for m in find_all(everywhere("lũ"), "lũ")]
    assert found == [
        "kicker", "headline", "lede", "dateline.place", "byline.authors[0]", "byline.authors[1]",
        "byline.signoff", "topic", "tags[0]", "tags[1]", "quotes[0].speaker", "quotes[0].role",
        "quotes[0].text", "awards[0].recipient", "awards[0].award", "awards[0].conferred_by",
        "awards[0].reason", "body[0]", "body[1].caption", "body[2]",
    ]
    caption = find_all(everywhere("lũ"), "lũ")[-2]
    assert caption.location == Location("body.caption", 1) and (caption.start, caption.end) == (4, 6)


def test_a_body_given_apart_stands_in_for_the_articles_own():
    article = everywhere("lũ")
    texts = article_texts(article, [Block(text="lũ lụt")])
    assert texts[-1] == (Location("body", 0), "lũ lụt")
    assert [m.location for m in find_all(article, "lụt", body=[Block(text="lũ lụt")])] == [Location("body", 0)]


def test_match_case():
    text = "Việt Nam, việt kiều, VIỆT"
    assert find_in_text(text, "việt") == [(0, 4), (10, 14), (21, 25)]
    assert find_in_text(text, "việt", SearchOptions(match_case=True)) == [(10, 14)]


def test_whole_words_follow_the_lexer():
    text = "Việt Nam, Việtnam, Việt-Nam, Việt"
    assert find_in_text(text, "Việt", SearchOptions(whole_words=True)) == [(0, 4), (29, 33)]
    assert find_in_text(text, "Việt Nam", SearchOptions(whole_words=True)) == [(0, 8)]
    assert find_in_text("COVID-19 và COVID", "COVID", SearchOptions(whole_words=True)) == [(12, 17)]
    assert find_in_text("Mát‑xcơ‑va", "Mát‑xcơ‑va", SearchOptions(whole_words=True)) == [(0, 10)]


def test_ignore_accents_finds_vietnamese_typed_without_marks():
    text = "Hội nghị tổng kết năm 2025 tại Hà Nội; Đảng ủy Tổng Kết"
    assert find_in_text(text, "tong ket", ACCENTS) == [(9, 17), (47, 55)]
    assert find_in_text(text, "Ha Noi", ACCENTS) == [(31, 37)]
    assert find_in_text(text, "dang uy", ACCENTS) == [(39, 46)]
    assert find_in_text(text, "tong ket") == []
    assert find_in_text(text, "Tong Ket", SearchOptions(match_case=True, ignore_accents=True)) == [(47, 55)]
    assert find_in_text(text, "ha noi", SearchOptions(whole_words=True, ignore_accents=True)) == [(31, 37)]
    assert find_in_text(text, "tổng kết", ACCENTS) == [(9, 17), (47, 55)]  # accents in the query are ignored too


def test_a_query_typed_decomposed_finds_the_precomposed_text():
    article = Article(headline="Người Việt ở Hà Nội")
    nfd = unicodedata.normalize("NFD", "Việt")
    assert [(m.start, m.end) for m in find_all(article, nfd)] == [(6, 10)]
    assert [(m.start, m.end) for m in find_all(article, unicodedata.normalize("NFD", "ha noi"), ACCENTS)] == [(13, 19)]


def test_offsets_count_code_points_after_an_emoji():
    text = "👋🏽 Hà Nội 👍 hà nội"
    assert find_in_text(text, "hà nội") == [(3, 9), (12, 18)]
    assert find_in_text(text, "ha noi", ACCENTS) == [(3, 9), (12, 18)]


def test_widget_positions_of_a_match_in_typed_nfd_text_with_emoji():
    raw = "👋🏽 " + unicodedata.normalize("NFD", "Hà Nội") + " 👍 tags"
    (start, end), = find_in_text(unicodedata.normalize("NFC", raw), "ha noi", ACCENTS)
    qs, qe = text_range(raw, start, end)
    utf16 = raw.encode("utf-16-le")
    assert utf16[2 * qs:2 * qe].decode("utf-16-le") == unicodedata.normalize("NFD", "Hà Nội")
    # a list box: the second tag's offsets are found after the first one
    assert text_range("lũ; mưa lũ", 4, 6, part=1, parts=["lũ", "mưa lũ"]) == (8, 10)


def test_match_after_starts_where_the_user_is_and_wraps():
    article = everywhere("lũ")
    matches = find_all(article, "lũ")
    order = [loc for loc, _ in article_texts(article)]
    assert matches[match_after(matches, order, Location("lede"), 0)].location == Location("lede")
    assert matches[match_after(matches, order, Location("body", 2), 1)].location == Location("kicker")
    assert matches[match_after(matches, order, Location("kicker"), 0, backwards=True)].location == Location("body", 2)
    assert match_after([], order, None, 0) == -1
