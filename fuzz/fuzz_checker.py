"""Coverage-guided fuzzing of the house-style checker (issue 15, point 1).

Any text (lone surrogates, NFD, controls, emoji, right-to-left: see _input.py) in any field of a
Vietnamese or English article: nothing raises, every finding lies inside its field's NFC text and
quotes it, per-field plus article-level findings are the whole check, safe fixes leave a savable
article. Run: ``.venv/bin/python fuzz/fuzz_checker.py -atheris_runs=N``. The short property-based
run of the same is tests/fuzz/test_fuzz_checker.py (whose checks this imports).
"""

from __future__ import annotations

from _harness import instrumented, prepare, run
from _input import Input

prepare()
with instrumented():
    from editor.model.article import Article, Block
    from tests.fuzz.test_fuzz_checker import FIELDS, check_everything, put


def test_one_input(data: bytes) -> None:
    source = Input(data)
    article = Article(language=source.pick(("vi", "en")), headline="Tin nóng",
                      lede="HÀ NỘI - Chiều 11/3, tại Hà Nội.", body=[Block(text="Một đoạn văn bình thường.")])
    for _ in range(1 + source.int(3)):
        put(article, source.pick(FIELDS), source.text(300))
    check_everything(article, holdable=False)


if __name__ == "__main__":
    run(test_one_input)
