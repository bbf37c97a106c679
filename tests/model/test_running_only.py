"""Pack.running_only: the export's error count runs only the error rules, and finds exactly the
errors a whole check finds (on the samples and every corpus article), leaving the pack as it was."""

from __future__ import annotations

import pytest

from bench.corpus_articles import corpus_article
from editor.model import article_file
from editor.model.article import Block
from editor.model.house_style import check_article, default_pack_for, filter_ignored, load_pack
from editor.resources import resource_path
from tests.exports.fixtures import hostile_article


def errors(article, pack):
    return [f for f in filter_ignored(check_article(article, pack), article) if f.severity == "error"]


def both_ways(article) -> tuple[list, list, bool]:
    """The errors the running-only pack finds, the errors a whole check finds, and whether the pack
    itself, checked again after narrowing, still finds what it found before (it still runs every rule)."""
    pack = load_pack(default_pack_for(article.base_language))
    whole = check_article(article, pack)
    only = filter_ignored(check_article(article, pack.running_only("error")), article)
    return only, errors(article, pack), check_article(article, pack) == whole


@pytest.mark.parametrize(("name", "slips", "rules"), [
    ("sample-vi.article", "Ông Nguyễn Văn A đã tich cực tham gia  hoạt động .", {"VN-O01", "VN-P03"}),
    ("sample-en.article", "The officials recieved five awards today.", {"EN-SP01"}),
])
def test_the_samples_have_the_same_errors(name, slips, rules):
    # The samples are clean; a paragraph with slips of our own gives both checks errors to agree on.
    article = article_file.load(resource_path("samples", name))
    article.body.append(Block(type="paragraph", text=slips))
    only, full, pack_unchanged = both_ways(article)
    assert {f.rule for f in full} == rules
    assert only == full
    assert all(f.severity == "error" for f in only)
    assert pack_unchanged


def test_a_hostile_article_has_the_same_errors():
    only, full, pack_unchanged = both_ways(hostile_article())
    assert only == full
    assert all(f.severity == "error" for f in only)
    assert pack_unchanged


def test_every_corpus_article_has_the_same_errors(corpus):
    files = sorted((corpus / "vi").glob("*.json")) + sorted((corpus / "en").glob("*.json"))
    assert files
    total = 0
    for path in files:
        only, full, pack_unchanged = both_ways(corpus_article(path))
        assert only == full, path.name
        assert all(f.severity == "error" for f in only), path.name
        assert pack_unchanged, path.name
        total += len(only)
    assert total > 0  # real copy does hold errors
