"""Coverage-guided fuzzing of the body bridge, blocks → QTextDocument → blocks (issue 15, point 1).

Blocks of every type with any text and marks come back as the bridge documents (line breaks "\\n",
characters Qt cannot hold U+FFFD, marks normalised, NFC), and a second trip changes nothing; the
same document is reused, as the editor reuses its body. Run:
``.venv/bin/python fuzz/fuzz_qtdoc.py -atheris_runs=N``. The short property-based run of the same is
tests/fuzz/test_fuzz_qtdoc.py (whose checks this imports).
"""

from __future__ import annotations

from _harness import instrumented, prepare, run
from _input import Input

prepare()
from PySide6.QtGui import QGuiApplication, QTextDocument  # noqa: E402

with instrumented():
    from editor.model.article import BLOCK_TYPES, MARK_TYPES, Block, Mark
    from editor.model.text import nfc
    from editor.qt.qtdoc import blocks_to_document, document_to_blocks
    from tests.fuzz.test_fuzz_qtdoc import assert_same

APP = QGuiApplication.instance() or QGuiApplication([])
DOC = QTextDocument()
RUNS = [0]
HREFS = (None, "", "https://example.org/a?b=<1>", "mailto:a@b.vn", "javascript:x")


def blocks_of(source: Input) -> list[Block]:
    out = []
    for _ in range(source.int(6)):
        kind = source.pick(BLOCK_TYPES)
        text = nfc(source.text(120))  # what the model holds: NFC, no lone surrogate
        marks = []
        for _ in range(source.int(4)):
            start = source.int(len(text) + 1)
            end = start + source.int(len(text) - start + 1)
            mtype = source.pick(MARK_TYPES)
            marks.append(Mark(start=start, end=end, type=mtype, href=source.pick(HREFS) if mtype == "link" else None))
        block = Block(type=kind, text=text, marks=marks)
        if kind == "image":
            block.caption, block.src = nfc(source.text(40)), nfc(source.text(20))
        out.append(block)
    return out


def test_one_input(data: bytes) -> None:
    global DOC
    RUNS[0] += 1
    if RUNS[0] % 1000 == 0:  # a document keeps every picture it was given (~100 KB each): start afresh now and then
        DOC = QTextDocument()
    body = blocks_of(Input(data))
    blocks_to_document(body, DOC)
    back = document_to_blocks(DOC)
    assert_same(back, body)
    blocks_to_document(back, DOC)
    assert document_to_blocks(DOC) == back


if __name__ == "__main__":
    run(test_one_input)
