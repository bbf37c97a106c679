"""Coverage-guided fuzzing of the paste filter (issue 15, point 1).

Any clipboard HTML (seeds shaped like Word's, LibreOffice's and browsers' in ``fuzz/make_seeds.py``)
gives clean blocks: NFC text without control junk, not blank, normalised marks inside the text, only
http/https/mailto links, savable as they are. Run:
``.venv/bin/python fuzz/fuzz_paste.py [CORPUS_DIR] -atheris_runs=N``. The short property-based run
of the same is tests/fuzz/test_fuzz_paste.py (whose checks this imports).
"""

from __future__ import annotations

from _harness import instrumented, prepare, run

prepare()
with instrumented():
    from editor.model.html_paste import blocks_from_html, blocks_from_text
    from tests.fuzz.test_fuzz_paste import assert_clean


def test_one_input(data: bytes) -> None:
    markup = data.decode("utf-8", "surrogateescape")  # bad bytes become lone surrogates, as a broken clipboard gives
    assert_clean(blocks_from_html(markup))
    blocks_from_text(markup)


if __name__ == "__main__":
    run(test_one_input)
