"""One lexer and one link recogniser: the rules, the counts, search and the diff see the same tokens."""

from __future__ import annotations

import random

import pytest

from editor.model.article import Article, Block, Byline, Dateline
from editor.model.diff import ADDED, REMOVED, word_diff
from editor.model.diff import tokens as diff_tokens
from editor.model.house_style import apply_safe_fixes, check_article, check_text, filter_ignored, load_pack
from editor.model.house_style.fields import FieldText
from editor.model.house_style.rules.vi_syllables import vi_tokens
from editor.model.house_style.text_tools import Analysis
from editor.model.search_text import fold, matches, query_terms
from editor.model.text import LINK, NUMBER, WORD, count_words, lex

JOINED = ["Mát\u2011xcơ\u2011va", "Mát\u2010xcơ\u2010va", "Mát-xcơ-va", "K'Ho", "K\u2019Ho", "COVID-19"]
LINKS = ["tass.ru", "www.anninh.vn", "toasoan@anninh.vn", "https://anninh.vn/tin-tuc?id=1"]
VIETNAMESE_SYLLABLE_RULES = ("VN-O", "VN-T", "VN-U03", "VN-U06")


@pytest.fixture(scope="module")
def pack():
    return load_pack("vi-newsroom")


def _analysis(text: str) -> Analysis:
    return Analysis(FieldText("body", 0, "body.paragraph", text, text))


@pytest.mark.parametrize("word", JOINED + LINKS)
def test_every_user_sees_one_token(word):
    text = f"Tin theo {word}, và tiếp"
    start = text.index(word)
    lexed = lex(text)
    assert [t.text for t in lexed.tokens] == ["Tin", "theo", word, "và", "tiếp"]
    # rules: the tokens every house-style rule reads
    assert [(t.start, t.text) for t in _analysis(text).words] == [(t.start, t.text) for t in lexed.tokens]
    assert lexed.tokens[2].start == start
    # counts: one word for the status bar, the library and the history
    assert count_words(text) == len(lexed.tokens) == 5
    # search: one term, which finds the text
    assert len(query_terms(word)) == 1
    assert matches(fold(text), query_terms(word))
    # diff: one piece with the space before it
    assert f" {word}" in diff_tokens(text)


@pytest.mark.parametrize("query", ["Mat-xco-va", "Mát\u2011xcơ\u2011va", "mát\u2010xcơ\u2010va"])
@pytest.mark.parametrize("written", JOINED[:3])
def test_search_finds_a_joined_word_whatever_its_hyphen(query, written):
    assert matches(fold(f"Đoàn tới {written} hôm qua"), query_terms(query))


def test_search_finds_an_apostrophe_word_whatever_its_apostrophe():
    assert matches(fold("Người K\u2019Ho ở Lâm Đồng"), query_terms("k'ho"))


@pytest.mark.parametrize("word", JOINED)
def test_the_syllable_rules_judge_a_joined_word_as_one_unit(word):
    text = f"Tin theo {word} và tiếp"
    got = [t for _, _, t in vi_tokens(_analysis(text))]
    assert got == ["Tin", "theo", "và", "tiếp"] if any(c.isdigit() for c in word) else \
        ["Tin", "theo", word, "và", "tiếp"]


def test_token_kinds():
    lexed = lex("Lúc 10:27 ngày 11/3, 12.500 người xem tass.ru và COVID-19.")
    assert [(t.text, lexed.kind(t)) for t in lexed.tokens] == [
        ("Lúc", WORD), ("10:27", NUMBER), ("ngày", WORD), ("11/3", NUMBER), ("12.500", NUMBER), ("người", WORD),
        ("xem", WORD), ("tass.ru", LINK), ("và", WORD), ("COVID-19", WORD)]


def test_a_link_is_the_same_link_to_every_rule(pack):
    text = "Tin theo tass.ru, www.anninh.vn và COVID-19."
    found = check_text(text, pack, field="body", block=0)
    assert [f for f in found if f.rule == "VN-P04"] == []
    article = Article.new("vi")
    article.body = [Block(text=text)]
    fixed, _ = apply_safe_fixes(article, check_article(article, pack))
    assert fixed.body[0].text == text


def test_a_changed_joined_word_or_link_reads_as_one_change():
    pieces = word_diff("Đoàn tới Mát\u2011xcơ\u2011va, xem tass.ru.", "Đoàn tới Mát-xcơ-va, xem tass.com.")
    assert [(p.kind, p.text) for p in pieces if p.kind != "same"] == [
        (REMOVED, " Mát\u2011xcơ\u2011va"), (ADDED, " Mát-xcơ-va"), (REMOVED, " tass.ru"), (ADDED, " tass.com")]


def test_the_diff_pieces_put_the_text_back_together():
    chars = " \t\n.,;:!?–—\"“”()[]…-‑’'/@#aàáảãạăđĐxyz09😀\u00a0_"
    rng = random.Random(2)
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 30)))
        assert "".join(diff_tokens(text)) == text, repr(text)


def test_the_sentence_length_rule_counts_as_the_status_bar_counts(pack):
    sentence = " ".join(["Đoàn tới Mát\u2011xcơ\u2011va lúc 10:27 theo tass.ru"] * 9) + "."
    long = [f for f in check_text(sentence, pack, field="body", block=0, lang="vi") if f.rule == "VN-S06"]
    assert len(long) == 1
    assert f" {count_words(sentence)} " in long[0].message


def _article_with(paragraph: str) -> Article:
    article = Article.new("vi")
    article.headline = "Đội bóng trở về sau giải đấu"
    article.dateline = Dateline(source="ANTV", place="Hà Nội")
    article.lede = "Chiều qua, tại Hà Nội, đội bóng đã trở về."
    article.body = [Block(text=paragraph)]
    article.byline = Byline(authors=["Bình Thư"], signoff="BT")
    return article


def _syllable_findings(article: Article, pack) -> list[str]:
    found = filter_ignored(check_article(article, pack), article)  # what `articledesk check` reports
    return [f"{f.rule}:{f.text}" for f in found if f.rule.startswith(VIETNAMESE_SYLLABLE_RULES)]


def test_an_english_sentence_in_a_vietnamese_article_raises_no_syllable_finding(pack):
    english = _article_with("Báo chí Pháp viết: The team won the cup in Paris. Cả đội rất vui mừng.")
    assert _syllable_findings(english, pack) == []
    # The same unaccented word among Vietnamese ones is a missing tone mark, and is reported.
    vietnamese = _article_with("Đội bóng đã giành cup vô địch tại Pháp. Cả đội rất vui mừng.")
    assert _syllable_findings(vietnamese, pack) == ["VN-O01:cup"]


def test_a_short_vietnamese_field_keeps_its_missing_tone_mark(pack):
    """Unaccented neighbours that are Vietnamese syllables (vinh, danh) are not English."""
    found = check_text("Vinh danh thành tich", pack, field="kicker")
    assert [(f.rule, f.text) for f in found if f.rule == "VN-O01"] == [("VN-O01", "tich")]


def test_tokens_and_runs_are_where_the_patterns_find_them():
    """The lexer builds tokens from the texts the pattern finds, placed by searching: the same
    tokens and runs, at the same offsets, as the matches themselves."""
    from editor.model.text.lexer import _patterns, run_texts, runs

    rng = random.Random(13)
    pieces = JOINED + ["12.500", "3,5", "10:27", "11/3", "a", "Việt", "vie\u0302\u0323t", "x2", "2x", "-", "'", "’",
                       " ", "  ", ", ", ". ", "\n", "(", ")", "“", "”", "…", "1", "ab", "ab-", "-ab", "a'b'c"]
    texts = ["", " ", "a", "a a a", "ab ab", "b ab", "12.5km 12.5", "Việt Nam, Việt-Nam; 3.5.6 a..b"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40))) for _ in range(400)]
    for text in texts:
        expected = [(m.start(), m.end(), m.group()) for m in _patterns().token.finditer(text)]
        assert [tuple(t) for t in lex(text).tokens] == expected, text
        spans = runs(text)
        assert run_texts(text) == ([text[s:e] for s, e in spans], [s for s, _ in spans]), text
