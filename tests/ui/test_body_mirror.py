"""BodyMirror: the autosave's copy of the body, re-read only where the document changed, always
equals reading the whole document, after any mix of typing, paragraph breaks, deletions across
blocks, formatting, block types, pastes, undo and redo."""

from __future__ import annotations

import random

import pytest
from PySide6.QtGui import QTextCursor

from editor.model.article import Block, Mark
from editor.qt.body_mirror import BodyMirror
from editor.qt.qtdoc import document_to_blocks, insert_blocks
from editor.ui.body.body_editor import BodyEditor

KINDS = ("paragraph", "heading", "quote", "list_item")
WORDS = ("Hà Nội", "mưa", "q\u0303", "👋🏽", "ngập sâu", "\n", " ", "Đ")


def start_blocks() -> list[Block]:
    return [
        Block(type="heading", text="Lấy người dân làm trung tâm"),
        Block(text="Đậm nghiêng 👋🏽 cuối", marks=[Mark(start=0, end=3, type="bold")]),
        Block(type="list_item", text="Một"),
        Block(type="list_item", text="Hai"),
        Block(type="quote", text="Mô hình bền vững"),
        Block(type="image", src="https://example.com/anh.jpg", caption="Ảnh: hội nghị", credit="ANTV"),
        Block(text="Cuối bài."),
    ]


def random_edit(editor: BodyEditor, rng: random.Random) -> None:
    doc = editor.document()
    size = doc.characterCount() - 1
    cursor = editor.textCursor()
    a, b = sorted((rng.randint(0, size), rng.randint(0, size)))
    what = rng.randrange(8)
    if what == 0:
        cursor.setPosition(a)
        cursor.insertText(rng.choice(WORDS))
    elif what == 1:
        cursor.setPosition(a)
        cursor.insertBlock()
    elif what == 2:
        cursor.setPosition(a)
        cursor.setPosition(min(b, a + 40), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    elif what == 3:
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        editor.setTextCursor(cursor)
        rng.choice((editor.toggle_bold, editor.toggle_italic, editor.toggle_underline))()
    elif what == 4:
        cursor.setPosition(a)
        editor.setTextCursor(cursor)
        editor.set_block_type(rng.choice(KINDS))
    elif what == 5:
        cursor.setPosition(a)
        insert_blocks(cursor, [Block(text="Dán một"), Block(type="heading", text="Dán hai")])
    elif what == 6:
        doc.undo()
    else:
        doc.redo()


@pytest.mark.parametrize("seed", range(6))
def test_the_mirror_equals_a_full_read_after_any_edits(qtbot, seed):
    editor = BodyEditor()
    qtbot.addWidget(editor)
    mirror = BodyMirror(editor.document())
    editor.set_blocks(start_blocks())
    rng = random.Random(seed)
    for step in range(120):
        random_edit(editor, rng)
        if step % 7 == 0:  # sometimes several edits between two snapshots
            assert mirror.snapshot() == document_to_blocks(editor.document()), f"seed {seed}, step {step}"
    assert mirror.snapshot() == document_to_blocks(editor.document())
    assert mirror.missing == 0


def test_a_new_text_is_read_in_slices_and_then_only_what_changed(qtbot):
    editor = BodyEditor()
    qtbot.addWidget(editor)
    mirror = BodyMirror(editor.document())
    editor.set_blocks([Block(text=f"Đoạn {n} có vài chữ.") for n in range(3000)])
    assert mirror.missing == 3000
    assert mirror.snapshot(0.0) is None  # no time left: one block read, ask again
    assert mirror.missing == 2999
    while (body := mirror.snapshot(0.002)) is None:
        pass
    assert body == document_to_blocks(editor.document())
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(1500).position())
    cursor.insertText("Thêm ")
    assert mirror.missing <= 3  # the block typed in and its neighbours
    assert mirror.snapshot()[1500].text == "Thêm Đoạn 1500 có vài chữ."


def test_an_empty_body_stays_empty(qtbot):
    editor = BodyEditor()
    qtbot.addWidget(editor)
    mirror = BodyMirror(editor.document())
    editor.set_blocks([])
    assert mirror.snapshot() == [] == document_to_blocks(editor.document())


def test_an_opened_body_is_mirrored_as_the_articles_own_blocks_where_they_read_back_equal(qtbot):
    """expect(): after an article opens, the mirror holds the article's very blocks (so the counts
    tell changed texts by identity), but a block changed before it was read is read as it now is."""
    editor = BodyEditor()
    qtbot.addWidget(editor)
    blocks = start_blocks()
    editor.set_blocks(blocks)
    mirror = BodyMirror(editor.document())
    mirror.expect(blocks)
    cursor = QTextCursor(editor.document().findBlockByNumber(6))
    cursor.insertText("Mới. ")  # the last paragraph changes before the mirror reads anything
    body = mirror.snapshot()
    assert body == document_to_blocks(editor.document())
    assert body[6].text == "Mới. Cuối bài."
    assert [a is b for a, b in zip(body, blocks, strict=True)] == [True] * 6 + [False]


def test_expected_blocks_that_do_not_fit_the_document_are_not_used(qtbot):
    editor = BodyEditor()
    qtbot.addWidget(editor)
    blocks = start_blocks()
    editor.set_blocks(blocks)
    mirror = BodyMirror(editor.document())
    mirror.expect(blocks[1:])  # one block short: nothing can be matched by place
    body = mirror.snapshot()
    assert body == document_to_blocks(editor.document()) == blocks
    assert not any(a is b for a, b in zip(body, blocks, strict=True))
