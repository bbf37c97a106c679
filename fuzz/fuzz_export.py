"""Coverage-guided fuzzing of the exports: any article the editor can hold becomes plain text, HTML,
DOCX and NITF without raising (issue 15, point 1). The article is read from the bytes as an
`.article` file would be (so ``fuzz/make_seeds.py``'s article seeds serve here too); bytes that are no
article are skipped. Run: ``.venv/bin/python fuzz/fuzz_export.py [CORPUS_DIR] -atheris_runs=N``.
The short property-based run of the same is tests/fuzz/test_fuzz_exports.py (whose checks this imports).
"""

from __future__ import annotations

from _harness import instrumented, prepare, run

prepare()
with instrumented():
    from editor.model.article_file import ArticleFileError, from_bytes
    from tests.fuzz.test_fuzz_exports import readable_exports


def test_one_input(data: bytes) -> None:
    try:
        article = from_bytes(data, "fuzz.article")
    except ArticleFileError:
        return
    exports = readable_exports(article)  # a damaged file makes its reader raise
    mail = exports["mail"]
    assert mail.endswith(".") if isinstance(mail, str) else mail["To"], mail


if __name__ == "__main__":
    run(test_one_input)
