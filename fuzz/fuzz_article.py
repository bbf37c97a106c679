"""Coverage-guided fuzzing of the `.article` loader (issue 15, point 1).

Any bytes give an Article or the loader's own one-sentence ArticleFileError; what loads saves, and
reads back unchanged. Run: ``.venv/bin/python fuzz/fuzz_article.py [CORPUS_DIR] -atheris_runs=N``
(seeds: ``fuzz/make_seeds.py``). The short property-based run of the same is
tests/fuzz/test_fuzz_article_file.py.
"""

from __future__ import annotations

import unicodedata

from _harness import instrumented, prepare, run

prepare()
with instrumented():
    from editor.model.article_file import ArticleFileError, dumps, from_bytes, loads


def one_line(sentence: str) -> bool:
    """Short, and no control, format or separator character (but spaces) from the file in it."""
    return len(sentence) < 400 and not [c for c in sentence if unicodedata.category(c)[0] in "CZ" and c != " "]


def test_one_input(data: bytes) -> None:
    notes: list[ArticleFileError] = []
    try:
        article = from_bytes(data, "fuzz.article", notes)
    except ArticleFileError as exc:
        sentence = str(exc)
        assert sentence.startswith("Cannot open “fuzz.article”") and one_line(sentence), sentence
        return
    assert all(str(note).startswith("“fuzz.article”") and one_line(str(note)) for note in notes), notes
    text = dumps(article)
    again = loads(text, "fuzz.article")
    assert again == article and dumps(again) == text


if __name__ == "__main__":
    run(test_one_input)
