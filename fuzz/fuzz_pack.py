"""Coverage-guided fuzzing of the house-style pack loader (issue 15, point 1).

Any file gives a Pack or a one-sentence PackError; a pack that loads checks a Vietnamese and an
English article without raising. Run: ``.venv/bin/python fuzz/fuzz_pack.py [CORPUS_DIR] -atheris_runs=N``
(seeds: ``fuzz/make_seeds.py``, the shipped packs among them). The short property-based run of the
same is tests/fuzz/test_fuzz_pack.py.
"""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from _harness import instrumented, prepare, run

prepare()
with instrumented():
    from editor.model.article import Article, Block, Quote
    from editor.model.house_style import PackError, check_article, load_pack
    from tests.fuzz.test_fuzz_pack import forget_fuzzed_packs

FOLDER = Path(tempfile.mkdtemp(prefix="articledesk-fuzz-pack-"))
SAMPLE = Article(language="vi", headline="Thủ tướng Chính phủ dự hội nghị tổng kết năm 2026",
                 lede="HÀ NỘI - Chiều 11/3, tại Hà Nội, Ban dân vận Trung ương tổ chức hội nghị.",
                 body=[Block(text="Ông Nguyễn Văn A nói: “Chúng ta  cần làm tốt hơn” ... 1,000,000 đồng."),
                       Block(type="heading", text="Dân vận khéo"), Block(type="list_item", text="colour organise")],
                 quotes=[Quote(speaker="Nguyễn Văn A", text="Chúng ta cần làm tốt hơn")])


def test_one_input(data: bytes) -> None:
    forget_fuzzed_packs()  # memory stays flat over millions of runs
    path = FOLDER / "fuzz-desk.toml"
    path.write_bytes(data)
    try:
        pack = load_pack(path)
    except PackError as exc:
        sentence = str(exc)
        assert sentence.startswith("Cannot use the house-style pack") and sentence.endswith("."), sentence
        assert not [c for c in sentence if unicodedata.category(c)[0] in "CZ" and c != " "], sentence  # one line
        return
    for language in ("vi", "en"):
        SAMPLE.language = language
        for finding in check_article(SAMPLE, pack):
            assert isinstance(finding.message, str)


if __name__ == "__main__":
    run(test_one_input)
