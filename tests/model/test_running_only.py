"""Pack.running_only: the export's error count runs only the error rules, and finds exactly the
errors a whole check finds (on the samples and every corpus article), leaving the pack as it was."""

from __future__ import annotations

import pytest

from bench.corpus_articles import corpus_article
from editor.model import article_file
from editor.model.house_style import check_article, default_pack_for, filter_ignored, load_pack
from editor.resources import resource_path
from tests.exports.fixtures import hostile_article


def errors(article, pack):
    return [f for f in filter_ignored(check_article(article, pack), article) if f.severity == "error"]


def same_errors(article) -> int:
    pack = load_pack(default_pack_for(article.base_language))
    whole = check_article(article, pack)
    narrowed = pack.running_only("error")
    only = filter_ignored(check_article(article, narrowed), article)
    assert only == errors(article, pack)
    assert all(f.severity == "error" for f in only)
    assert check_article(article, pack) == whole  # the pack itself still runs every rule
    return len(only)


@pytest.mark.parametrize("name", ["sample-vi.article", "sample-en.article"])
def test_the_samples_have_the_same_errors(name):
    same_errors(article_file.load(resource_path("samples", name)))


def test_a_hostile_article_has_the_same_errors():
    same_errors(hostile_article())


def test_every_corpus_article_has_the_same_errors(corpus):
    files = sorted((corpus / "vi").glob("*.json")) + sorted((corpus / "en").glob("*.json"))
    assert files
    assert sum(same_errors(corpus_article(path)) for path in files) > 0  # real copy does hold errors
