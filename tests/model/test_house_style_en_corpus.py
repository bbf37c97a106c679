"""The en-newsroom pack on real, professionally edited English articles (shared corpus), on the
built-in sample, on hostile input, and against the time budget."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.corpus_articles import corpus_article
from editor.model.article import Article, Award, Block, Quote
from editor.model.article_file import load
from editor.model.house_style import apply_safe_fixes, check_article, load_pack
from editor.resources import resource_path

# Per article: no errors (the pack's one error, EN-S12, is a template blank, which real copy never
# holds; a desk may raise levels in its own pack), at most this many warnings. British outlets
# legitimately differ from AP (en dashes, "per cent", punctuation outside quotes), so warnings
# are expected there, but not floods of them.
MAX_ERRORS_PER_ARTICLE = 0
MAX_WARNINGS_PER_ARTICLE = 15
MAX_WARNINGS_PER_1000_WORDS = 5.0
# The numerals rule has the most exceptions to respect; professionally edited copy rarely breaks it.
MAX_NUMERAL_SUGGESTIONS = 3


@pytest.fixture(scope="module")
def pack():
    return load_pack("en-newsroom")


def _article(path: Path) -> Article:
    return corpus_article(path, language="en", fresh=True, strip=True, byline="none")


def _words(article: Article) -> int:
    return sum(len(t.split()) for t in [article.headline, article.lede] + [b.text for b in article.body])


def test_corpus_is_checked_without_crash_and_with_few_false_alarms(corpus, pack):
    paths = sorted((corpus / "en").glob("*.json"))
    if not paths:
        pytest.skip("no English articles in the corpus")
    rules: Counter[str] = Counter()
    warnings = words = 0
    for path in paths:
        article = _article(path)
        found = check_article(article, pack)
        for f in found:
            assert 0 <= f.start <= f.end and f.rule.startswith("EN-"), (path.name, f)
        errors = [f for f in found if f.severity == "error" and f.rule != "EN-SP01"]  # spelling: test_house_style_en_spelling
        warned = [f for f in found if f.severity == "warning"]
        assert len(errors) <= MAX_ERRORS_PER_ARTICLE, (path.name, errors)
        assert len(warned) <= MAX_WARNINGS_PER_ARTICLE, (path.name, [(f.rule, f.text) for f in warned])
        rules.update(f.rule for f in found)
        warnings += len(warned)
        words += _words(article)
        fixed, _ = apply_safe_fixes(article, found)
        assert len(fixed.body) == len(article.body)
    assert warnings * 1000 / words <= MAX_WARNINGS_PER_1000_WORDS, rules
    assert rules["EN-AP-06"] <= MAX_NUMERAL_SUGGESTIONS, rules


def test_built_in_sample_follows_the_house_style(pack):
    article = load(resource_path("samples", "sample-en.article"))
    found = check_article(article, pack)
    assert [f for f in found if f.severity != "suggestion"] == []
    assert len(found) <= 2, found


HOSTILE = [
    "", " ", "\n\n", "—", "— —", "--", "“", "”", "\"", "'", "‘", "’", "(", ")", "(AP)", "(AP) —", ", TX",
    "AUSTIN, TX (AP) -", "CHICAGO,", "1", "12", "$", "$5.", "Oct.", "4th", "12 p.m.", "Mr.", "Mr. ", "e\u0301",
    "😀 3 😀", "\u00a0\u00a0", "a" * 5000, "1, 2, and 3, " * 200, "“" * 300, "Sept. " * 300,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_in_every_field_never_crashes(pack, text):
    article = Article.new("en")
    article.headline = article.lede = article.kicker = text
    article.dateline.place = article.dateline.source = text
    article.body = [Block(type=t, text=text) for t in ("paragraph", "heading", "quote", "list_item")]
    article.quotes = [Quote(speaker=text, role=text, text=text)]
    article.awards = [Award(recipient=text, award=text, conferred_by=text, reason=text)]
    article.byline.signoff = text
    found = check_article(article, pack)
    assert all(0 <= f.start <= f.end for f in found)
    fixed, _ = apply_safe_fixes(article, found)
    assert len(fixed.body) == 4


def test_safe_fixes_settle(pack):
    """Applying the safe fixes again and again comes to rest: no two rules undo each other."""
    article = Article.new("en")
    article.headline = "Prices Rise Again In Austin."
    article.lede = "AUSTIN, TX (AP) - Prices rose 3.1 percent on Oct. 4th at 10:00 AM.  Shops — and bars —  agreed."
    article.body = [Block(type="paragraph", text="He said \"no\". Costs hit $5.00 in the 1990's—towards the end.")]
    for _ in range(4):
        safe = [f for f in check_article(article, pack) if f.safe_fix]
        if not safe:
            break
        article, applied = apply_safe_fixes(article, safe)
        assert applied
    assert [f for f in check_article(article, pack) if f.safe_fix] == []
    assert article.lede == "AUSTIN, Texas (AP) — Prices rose 3.1% on Oct. 4 at 10 a.m. Shops — and bars — agreed."
    assert article.body[0].text == 'He said "no." Costs hit $5 in the 1990s — toward the end.'
