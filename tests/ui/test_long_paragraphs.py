"""A paragraph of any length (issue 15): the body holds a very long paragraph as a chain of Qt
blocks (Qt lays a block out whole on every keystroke), and the journalist never sees the cuts:
the text saved is the text opened, keys at a cut do what they do inside a paragraph, find and
replace, copy and the underlines treat the chain as one paragraph."""

from __future__ import annotations

import random

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtTest import QTest

from editor.model import article_file as af
from editor.model.article import Article, Block, Mark, Quote
from editor.qt import qt_chains, qt_text, qtdoc
from editor.qt.qtsearch import body_range, body_texts
from editor.session.clipboard import blocks_from_bytes
from editor.session.live_counts import LiveCounts
from editor.ui.body.body_editor import MIME_BLOCKS, BodyEditor
from tests.fuzz.strategies import marks_for, wild_text
from tests.fuzz.test_fuzz_qtdoc import assert_same
from tests.ui.test_checker_ui import ERROR, WARNING, dialogs, settle, type_text, wave_formats, window  # noqa: F401

WORDS = ("phóng viên", "đường phố", "buổi sáng", "người dân", "hội nghị", "bản tin", "thành phố", "mùa mưa",
         "cây cầu", "khu chợ", "con đò", "trường học", "bến xe", "nhà văn hóa", "công nhân", "sân bóng")


def long_text(chars: int, seed: int = 7) -> str:
    """Sentences of our own making, about ``chars`` characters, with a non-BMP character now and then."""
    rng = random.Random(seed)
    out, total = [], 0
    while total < chars:
        words = [rng.choice(WORDS) for _ in range(rng.randint(4, 14))]
        sentence = " ".join(words).capitalize() + rng.choice([".", ".", "!", "?"])
        if rng.random() < 0.05:
            sentence += " 📰"
        out.append(sentence)
        total += len(sentence) + 1
    return " ".join(out)


def qt_blocks(doc) -> list:
    out, block = [], doc.begin()
    while block.isValid():
        out.append(block)
        block = block.next()
    return out


@pytest.fixture
def body(qtbot):
    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    return editor


def chained(body, chars: int = 30_000) -> list[Block]:
    text = long_text(chars)
    blocks = [Block(text="Mở đầu."), Block(text=text, marks=[Mark(start=100, end=9_000, type="bold")]),
              Block(text="Kết thúc.")]
    body.set_blocks(blocks)
    return blocks


def cut_position(body, nth: int = 1):
    """The first Qt block after the ``nth`` cut of the long paragraph."""
    return [b for b in qt_blocks(body.document()) if qt_chains.continues(b)][nth - 1]


def test_a_megabyte_paragraph_is_held_in_pieces_and_read_back_exactly(body):
    text = long_text(1_000_000)
    marks = [Mark(start=3_990, end=4_020, type="link", href="https://example.com/a"),
             Mark(start=500_000, end=520_000, type="italic")]
    blocks = [Block(text="Đầu."), Block(text=text[:700] + "\n" + text[700:], marks=marks), Block(text="Cuối.")]
    body.set_blocks(blocks)
    pieces = qt_blocks(body.document())
    assert len(pieces) > 150 and max(b.length() for b in pieces) <= qt_chains.CHUNK_MAX + 1
    assert body.blocks() == blocks


def test_short_paragraphs_stay_one_block_each(body):
    blocks = [Block(text=long_text(qt_chains.CHAIN_OVER * 2)[:qt_chains.CHAIN_OVER].strip()), Block(text="Hai.")]
    body.set_blocks(blocks)
    assert body.document().blockCount() == 2
    assert not any(qt_chains.continues(b) for b in qt_blocks(body.document()))
    assert body.blocks() == blocks


def test_open_edit_save_keeps_the_paragraph_whole(window, tmp_path):  # noqa: F811
    text = long_text(1_000_000, seed=3)
    article = Article.new("vi")
    article.headline = "Một đoạn rất dài"
    article.body = [Block(text=text), Block(text="Đoạn sau.")]
    path = tmp_path / "long.article"
    af.save(article, path)
    assert window.files.open_path(str(path), ask=False)
    assert window.body.document().blockCount() > 100
    later = cut_position(window.body, 120)  # far down the paragraph
    cursor = QTextCursor(later)
    cursor.setPosition(later.position() + 5)
    window.body.setTextCursor(cursor)
    type_text(window.body, "XYZ")
    assert window.files.save()
    saved = af.load(path)
    offset = sum(len(b.text()) for b in qt_blocks(window.body.document())[:later.blockNumber()]) + 5
    assert [b.text for b in saved.body] == [text[:offset] + "XYZ" + text[offset:], "Đoạn sau."]


def test_enter_inside_a_piece_starts_a_new_paragraph(body):
    blocks = chained(body)
    text = blocks[1].text
    block = cut_position(body, 2)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + 10)
    body.setTextCursor(cursor)
    before = sum(len(b.text()) for b in qt_blocks(body.document())[1:block.blockNumber()]) + 10
    QTest.keyClick(body, Qt.Key.Key_Return)
    assert [b.text for b in body.blocks()] == ["Mở đầu.", text[:before], text[before:], "Kết thúc."]
    assert body.textCursor().block().blockFormat().topMargin() == \
        qt_blocks(body.document())[0].blockFormat().topMargin()
    body.document().undo()
    assert body.blocks() == blocks


def test_enter_at_a_cut_breaks_the_paragraph_there_without_an_empty_line(body):
    blocks = chained(body)
    block = cut_position(body, 1)
    cut = sum(len(b.text()) for b in qt_blocks(body.document())[1:block.blockNumber()])
    for position in (block.position(), block.position() - 1):  # the start of a piece, the end of the one before
        body.set_blocks(blocks)
        block = cut_position(body, 1)
        cursor = body.textCursor()
        cursor.setPosition(position)
        body.setTextCursor(cursor)
        QTest.keyClick(body, Qt.Key.Key_Return)
        text = blocks[1].text
        assert [b.text for b in body.blocks()] == ["Mở đầu.", text[:cut], text[cut:], "Kết thúc."]
        previous = body.document().findBlock(position - 1)
        assert previous.blockFormat().bottomMargin() > 0  # the paragraph's usual space below it


def test_backspace_and_delete_at_a_cut_take_a_character(body):
    blocks = chained(body)
    text = blocks[1].text
    block = cut_position(body, 1)
    cut = len(qt_blocks(body.document())[1].text())
    cursor = QTextCursor(block)
    body.setTextCursor(cursor)
    QTest.keyClick(body, Qt.Key.Key_Backspace)
    assert body.blocks()[1].text == text[:cut - 1] + text[cut:]
    cursor = body.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    body.setTextCursor(cursor)
    QTest.keyClick(body, Qt.Key.Key_Delete)
    assert body.blocks()[1].text == text[:cut - 1] + text[cut + 1:]
    assert len(body.blocks()) == 3
    body.document().undo()
    body.document().undo()
    assert body.blocks() == blocks


def test_find_and_replace_across_a_cut(body):
    chained(body)
    first = qt_blocks(body.document())[1]
    tail, head = first.text()[-12:], cut_position(body, 1).text()[:9]
    across = tail + head
    texts = body_texts(body.document())
    assert len(texts) == 3 and across in texts[1].text
    assert body.find(across)
    assert body.textCursor().selectedText().replace("\u2029", "") == across
    start = texts[1].text.index(across)
    assert body_range(body.document(), 1, start, start + len(across)) == \
        (body.textCursor().selectionStart(), body.textCursor().selectionEnd())
    assert body.replace_all(across, "THAY") >= 1
    blocks = body.blocks()
    assert len(blocks) == 3 and "THAY" in blocks[1].text and across not in blocks[1].text


def test_copy_over_a_cut_is_one_paragraph(body):
    chained(body)
    block = cut_position(body, 1)
    cursor = body.textCursor()
    cursor.setPosition(block.position() - 20)
    cursor.setPosition(block.position() + 20, QTextCursor.MoveMode.KeepAnchor)
    body.setTextCursor(cursor)
    mime = body.createMimeDataFromSelection()
    text = qt_blocks(body.document())[1].text()[-19:] + block.text()[:20]
    assert mime.text() == text and "\n" not in mime.text()
    copied = blocks_from_bytes(bytes(mime.data(MIME_BLOCKS).data()))
    assert [b.text for b in copied] == [text]


def test_a_piece_grown_by_a_paste_is_cut_again_after_a_pause(body, qtbot):
    blocks = chained(body)
    block = cut_position(body, 1)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + 3)
    body.setTextCursor(cursor)
    pasted = long_text(20_000, seed=11)
    mime = QMimeData()
    mime.setText(pasted)
    body.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: max(b.length() for b in qt_blocks(body.document())) <= qt_chains.CHUNK_MAX + 1,
                    timeout=5_000)
    text = blocks[1].text
    offset = len(qt_blocks(body.document())[1].text()) + 3
    assert [b.text for b in body.blocks()][1] == text[:offset] + pasted + text[offset:]
    body.document().undo()  # the paste and its cuts are one step
    assert body.blocks() == blocks


def test_a_slip_far_down_the_paragraph_is_underlined_where_it_is(window, qtbot, tmp_path):  # noqa: F811
    text = long_text(60_000, seed=5)
    at = text.index(". ", 45_000) + 2
    text = text[:at] + "Một thành tich lớn. " + text[at:]
    article = Article.new("vi")
    article.body = [Block(text=text)]
    path = tmp_path / "slip.article"
    af.save(article, path)
    assert window.files.open_path(str(path), ask=False)
    settle(qtbot, window)
    window.checker.controller.flush()
    doc = window.body.document()
    block = next(b for b in qt_blocks(doc) if "thành tich" in b.text())
    assert block.blockNumber() > 5
    start = qt_text.cp_to_utf16(block.text(), block.text().index("tich"))  # Qt counts an emoji twice
    assert (start, start + 4, ERROR) in wave_formats(block)
    assert not [f for f, _key in window.checker.controller.all_findings() if f.rule.endswith("P02")], \
        "the space before a cut is taken for a space at the end of a line"


@given(data=st.data())
@example(data=None)
def test_a_long_paragraph_of_any_text_comes_back_as_the_bridge_documents(qapp, data):
    """Cut anywhere (a combining accent, an emoji, a line break, no space for thousands of
    characters), the paragraph comes back whole: the cuts are never text."""
    if data is None:  # an accent typed after the letter, right where a cut falls
        piece, marks = "q\u0301" * 5_000, [Mark(start=0, end=10_000, type="bold")]  # q has no composed form
    else:
        piece = data.draw(wild_text(max_tokens=30))
        assume(piece)
        piece = (piece * (2 * qt_chains.CHAIN_OVER // len(piece) + 1))[:2 * qt_chains.CHAIN_OVER + 7]
        marks = data.draw(marks_for(piece))
    sent = [Block(text=piece, marks=marks), Block(text="Sau.")]
    doc = QTextDocument()
    qtdoc.blocks_to_document(sent, doc)
    back = qtdoc.document_to_blocks(doc)
    assert_same(back, sent)
    assert doc.blockCount() > 2  # held in pieces


def test_the_counts_of_a_long_paragraph_are_the_article_counts_after_each_edit():
    text = long_text(200_000, seed=9) + " cuối đoạn không dấu chấm"
    article = Article.new("vi")
    article.body = [Block(text=text)]
    live = LiveCounts()
    assert live.counts(article, article.body) == article.counts()
    for edit in ("Thêm một câu. ", "x", "  ", "Hết.", "📰 "):
        at = len(article.body[0].text) // 3
        article.body = [Block(text=article.body[0].text[:at] + edit + article.body[0].text[at:])]
        assert live.counts(article, article.body) == article.counts()


def test_a_name_misspelt_far_down_the_paragraph_is_underlined_in_its_piece(window, qtbot, tmp_path):  # noqa: F811
    """Article-level rules see the paragraph whole; their finding shows in the piece it is in."""
    text = long_text(60_000, seed=13)
    at = text.index(". ", 40_000) + 2
    text = text[:at] + "Ông Nguyễn Văn Hóa nói thêm về việc này. " + text[at:]
    article = Article.new("vi")
    article.quotes = [Quote(speaker="Nguyễn Văn Hòa", role="Giám đốc", text="Chúng tôi sẽ làm tiếp.")]
    article.body = [Block(text=text)]
    path = tmp_path / "name.article"
    af.save(article, path)
    assert window.files.open_path(str(path), ask=False)
    settle(qtbot, window)
    window.checker.controller.flush()
    block = next(b for b in qt_blocks(window.body.document()) if "Văn Hóa" in b.text())
    assert block.blockNumber() > 5
    start = qt_text.cp_to_utf16(block.text(), block.text().index("Nguyễn Văn Hóa"))
    assert any(a <= start < b and colour == WARNING for a, b, colour in wave_formats(block))


def test_a_check_job_gives_the_collector_back_even_when_the_check_fails(qapp):
    """Check jobs run with the cyclic collector paused (a full collection on the worker holds the
    window); whatever happens in the check, it runs again afterwards."""
    import gc

    from editor.session.check_jobs import Job, JobSignals

    got = []
    signals = JobSignals()
    signals.done.connect(got.append)
    seen = []

    def failing():
        seen.append(gc.isenabled())
        raise ValueError("a checker bug")

    assert gc.isenabled()
    Job(failing, ("blocks",), signals).run()
    assert seen == [False] and gc.isenabled()
    assert isinstance(got[0][1], ValueError)


def test_backspace_joining_a_long_paragraph_to_the_one_before_leaves_no_gap(body):
    blocks = chained(body)
    body.setTextCursor(QTextCursor(body.document().findBlockByNumber(1)))
    QTest.keyClick(body, Qt.Key.Key_Backspace)  # the long paragraph joins "Mở đầu."
    assert [b.text for b in body.blocks()] == ["Mở đầu." + blocks[1].text, "Kết thúc."]
    pieces = qt_blocks(body.document())
    assert all(b.blockFormat().bottomMargin() == 0 for b in pieces[:-2])  # one paragraph on screen too
    assert pieces[-2].blockFormat().bottomMargin() > 0


def test_an_accent_typed_after_a_cut_composes_with_the_letter_before_it(body):
    """Unikey's "Unicode tổ hợp" types the accent as a character of its own: at a cut it still
    composes with the letter before, as in one block."""
    blocks = chained(body)
    block = cut_position(body, 1)
    cursor = QTextCursor(block)
    cursor.insertText("\u0301")  # the accent, at the start of the piece
    cursor.setPosition(block.position() - 1)
    cursor.insertText("a")  # the letter, at the end of the piece before
    cut = len(qt_blocks(body.document())[1].text()) - 1
    text = blocks[1].text
    assert body.blocks()[1].text == text[:cut] + "á" + text[cut:]
    assert [(m.start, m.end) for m in body.blocks()[1].marks] == [(100, 9_001)]  # the bold moved by one letter
