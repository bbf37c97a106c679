"""The QTextDocument <-> body blocks bridge: lossless round trips, offsets, images, speed."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTextEdit

from editor.model import article_file
from editor.model.article import Block, Mark
from editor.model.marks import mark_dicts, normalise_marks
from editor.qt import qtformats as fmts
from editor.qt.qt_text import NfcMap, cp_to_utf16, utf16_to_cp
from editor.qt.qtdoc import blocks_to_document, document_to_blocks

ROOT = Path(__file__).resolve().parents[2]
EMOJI = "Xin chào 👋🏽 thế giới"  # the waving hand with skin tone is two non-BMP characters


def type_text(widget, text: str) -> None:
    """Type like a keyboard would (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def _every_kind() -> list[Block]:
    return [
        Block(type="heading", text="Lấy người dân làm trung tâm"),
        Block(type="paragraph", text=EMOJI, marks=[Mark(start=12, end=15, type="bold")]),
        Block(type="paragraph", text="Đậm nghiêng gạch liên kết 🇻🇳 cuối", marks=[
            Mark(start=0, end=3, type="bold"),
            Mark(start=0, end=11, type="italic"),
            Mark(start=12, end=16, type="underline"),
            Mark(start=17, end=25, type="link", href="https://antv.gov.vn/bai-viet?id=1&x=2"),
            Mark(start=17, end=25, type="underline"),
            Mark(start=26, end=30, type="bold", extra={"source": "docx"}),
        ]),
        Block(type="quote", text="Mô hình chỉ thật sự bền vững", marks=[Mark(start=0, end=28, type="italic")]),
        Block(type="list_item", text="Một"),
        Block(type="list_item", text="Hai", marks=[Mark(start=0, end=3, type="link", href="mailto:toa@antv.vn")]),
        Block(type="paragraph", text=""),
        Block(type="list_item", text="Danh sách mới"),
        Block(type="image", src="https://example.com/anh.jpg", caption="Ảnh: hội nghị", credit="ANTV", alt="Hội trường",
              extra={"width": 640}),
        Block(type="paragraph", text="q\u0303 và a\u0328\u0301 dấu kết hợp, dòng một\ndòng hai\tcột",
              marks=[Mark(start=0, end=1, type="bold")], extra={"note": "kept"}),
        Block(type="heading", text=""),
    ]


@pytest.fixture
def doc(qapp) -> QTextDocument:
    return QTextDocument()


def test_every_block_type_and_mark_survives_the_round_trip(doc):
    blocks = _every_kind()
    blocks_to_document(blocks, doc)
    out = document_to_blocks(doc)
    assert [b.type for b in out] == [b.type for b in blocks]
    for original, back in zip(blocks, out, strict=True):
        assert back.text == original.text
        assert mark_dicts(back.marks) == mark_dicts(normalise_marks(original.text, original.marks))
        assert (back.src, back.caption, back.credit, back.alt, back.extra) == (
            original.src, original.caption, original.credit, original.alt, original.extra)
    blocks_to_document(out, doc)
    assert document_to_blocks(doc) == out  # stable


def test_a_bold_mark_after_an_emoji_lands_on_the_right_letters(doc):
    blocks_to_document([Block(text=EMOJI, marks=[Mark(start=12, end=15, type="bold")])], doc)
    bold = [r for r in doc.begin().textFormats() if r.format.boolProperty(fmts.BOLD)]
    assert len(bold) == 1
    text = doc.begin().text()
    assert text[utf16_to_cp(text, bold[0].start):utf16_to_cp(text, bold[0].start + bold[0].length)] == "thế"
    assert bold[0].start == cp_to_utf16(EMOJI, 12) == 14


def test_offset_conversions_count_non_bmp_characters_twice():
    text = "a👋🏽b𝔸c"
    assert [cp_to_utf16(text, i) for i in range(len(text) + 1)] == [0, 1, 3, 5, 6, 8, 9]
    assert [utf16_to_cp(text, cp_to_utf16(text, i)) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert utf16_to_cp(text, 2) == 2  # inside a surrogate pair: after the character


def test_heading_and_link_looks_are_not_marks(doc):
    blocks_to_document([Block(type="heading", text="Tít"),
                        Block(text="xem", marks=[Mark(start=0, end=3, type="link", href="https://a.vn")])], doc)
    heading_ranges = doc.begin().textFormats()
    heading_fmt = heading_ranges[0].format
    assert heading_fmt.fontWeight() >= 700 and heading_fmt.intProperty(
        heading_fmt.Property.FontSizeAdjustment) > 0
    assert doc.begin().blockFormat().headingLevel() == 2
    link_ranges = doc.begin().next().textFormats()
    link_fmt = link_ranges[0].format
    assert link_fmt.fontUnderline() and link_fmt.isAnchor()
    out = document_to_blocks(doc)
    assert out[0].marks == []
    assert mark_dicts(out[1].marks) == [{"start": 0, "end": 3, "type": "link", "href": "https://a.vn"}]


def test_marks_come_back_normalised(doc):
    messy = [Mark(start=5, end=9, type="bold"), Mark(start=0, end=3, type="italic"), Mark(start=2, end=6, type="bold"),
             Mark(start=9, end=11, type="bold"), Mark(start=4, end=4, type="underline"), Mark(start=8, end=40, type="italic")]
    blocks_to_document([Block(text="0123456789abc", marks=messy)], doc)
    assert mark_dicts(document_to_blocks(doc)[0].marks) == [
        {"start": 0, "end": 3, "type": "italic"},
        {"start": 2, "end": 11, "type": "bold"},
        {"start": 8, "end": 13, "type": "italic"},
    ]


def test_consecutive_list_items_form_one_bulleted_list(doc):
    blocks_to_document([Block(type="list_item", text="a"), Block(type="list_item", text="b"), Block(text="x"),
                        Block(type="list_item", text="c")], doc)
    blocks = [doc.findBlockByNumber(i) for i in range(4)]
    assert blocks[0].textList() is blocks[1].textList() or blocks[0].textList() == blocks[1].textList()
    assert blocks[0].textList().format().style() == fmts.list_format().style()
    assert blocks[2].textList() is None
    assert blocks[3].textList() is not None and blocks[3].textList() != blocks[0].textList()


def test_line_breaks_and_characters_qt_would_change(doc):
    text = "một\nhai\r\nba\u2028bốn\u2029năm\ttab \ufffc obj \ufdd0 nonchar"
    block = Block(text=text, marks=[Mark(start=9, end=11, type="bold")])  # "ba", after the CRLF
    blocks_to_document([block, Block(text="sau")], doc)
    assert doc.blockCount() == 2  # no break in the text split its block
    assert doc.begin().text().count("\u2028") == 4  # shown as line breaks inside the paragraph
    out = document_to_blocks(doc)
    assert out[0].text == "một\nhai\nba\nbốn\nnăm\ttab \ufffc obj \ufffd nonchar"
    assert out[0].text[mark_dicts(out[0].marks)[0]["start"]:out[0].marks[0].end] == "ba"
    assert out[1].text == "sau"


def test_shift_enter_typed_in_an_editor_is_a_newline_in_the_block(qtbot):
    edit = QTextEdit()
    qtbot.addWidget(edit)
    type_text(edit, "Xin chào")
    QTest.keyClick(edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(edit, "thế giới")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    type_text(edit, "Đoạn hai")
    assert [(b.type, b.text) for b in document_to_blocks(edit.document())] == [
        ("paragraph", "Xin chào\nthế giới"), ("paragraph", "Đoạn hai")]


def test_decomposed_text_in_the_document_comes_back_nfc_with_marks_in_place(doc):
    def nfd(text: str) -> str:
        return unicodedata.normalize("NFD", text)

    cursor = QTextCursor(doc)
    cursor.insertText(nfd("Việt "), fmts.char_format("paragraph", {}))
    cursor.insertText("Nam", fmts.char_format("paragraph", {"bold": (None, "")}))
    cursor.insertText(nfd(" đẹp"), fmts.char_format("paragraph", {}))
    [block] = document_to_blocks(doc)
    assert block.text == "Việt Nam đẹp" and unicodedata.is_normalized("NFC", block.text)
    assert block.text[block.marks[0].start:block.marks[0].end] == "Nam"


def test_nfc_map_maps_both_ways():
    raw = unicodedata.normalize("NFD", "ệa q\u0303")
    m = NfcMap(raw)
    assert m.text == "ệa q\u0303"
    assert m.to_nfc(3) == 1 and m.to_raw(1) == 3
    assert m.to_nfc(1) == 0 and m.to_nfc(1, end=True) == 1  # inside "ệ"
    assert m.to_raw(m.text.index("q") + 1) == raw.index("q") + 1  # q + tilde has no precomposed form


def test_typed_text_becomes_blocks(qtbot):
    from editor.ui.body.body_editor import BodyEditor

    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_blocks([Block(type="heading", text="Tít"), Block(text="")])
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, "Hà Nội hôm nay 👋🏽")
    editor.toggle_bold()
    type_text(editor, " nắng")
    out = document_to_blocks(editor.document())
    assert [(b.type, b.text) for b in out] == [("heading", "Tít"), ("paragraph", "Hà Nội hôm nay 👋🏽 nắng")]
    assert mark_dicts(out[1].marks) == [{"start": 17, "end": 22, "type": "bold"}]


def test_a_local_image_is_shown_and_kept(doc, tmp_path):
    picture = QImage(200, 100, QImage.Format.Format_RGB32)
    picture.fill(QColor("steelblue"))
    picture.save(str(tmp_path / "anh.png"))
    doc.setBaseUrl(QUrl.fromLocalFile(str(tmp_path) + "/"))
    image = Block(type="image", src="anh.png", caption="Chú thích 👋🏽", credit="AP", alt="mô tả")
    blocks_to_document([Block(text="trước"), image, Block(text="sau")], doc)
    [obj] = [r.format.toImageFormat() for r in doc.begin().next().textFormats() if r.format.isImageFormat()]
    shown = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(obj.name()))
    assert shown.width() == 200 and QImage(shown).pixelColor(5, 5) == QColor("steelblue")
    assert doc.begin().next().text().endswith("Chú thích 👋🏽")  # the caption is visible
    assert document_to_blocks(doc)[1] == image


def test_a_remote_image_is_not_fetched_but_kept(doc):
    image = Block(type="image", src="https://example.com/a.jpg", caption="x")
    blocks_to_document([image], doc)
    [obj] = [r.format.toImageFormat() for r in doc.begin().textFormats() if r.format.isImageFormat()]
    assert obj.name().startswith("articledesk-placeholder:")
    assert document_to_blocks(doc) == [image]


def test_deleting_the_picture_leaves_its_caption_as_a_paragraph(doc):
    blocks_to_document([Block(type="image", src="a.png", caption="Chú thích")], doc)
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter, QTextCursor.MoveMode.KeepAnchor, 2)
    cursor.removeSelectedText()
    assert [(b.type, b.text) for b in document_to_blocks(doc)] == [("paragraph", "Chú thích")]


def test_the_sample_article_round_trips(doc):
    body = article_file.load(ROOT / "resources" / "samples" / "sample-vi.article").body
    blocks_to_document(body, doc)
    assert document_to_blocks(doc) == [
        Block(type=b.type, text=b.text, marks=normalise_marks(b.text, b.marks), src=b.src, caption=b.caption,
              credit=b.credit, alt=b.alt, extra=b.extra) for b in body]


def test_the_whole_replacement_is_one_undo_step(doc):
    blocks_to_document([Block(text="cũ")], doc)
    doc.clearUndoRedoStacks()
    blocks_to_document(_every_kind(), doc)
    doc.undo()
    assert [b.text for b in document_to_blocks(doc)] == ["cũ"]


def _long_article(words: int = 10_000) -> list[Block]:
    sentence = "Cảnh sát phòng cháy chữa cháy kiểm tra an toàn tại khu dân cư 👋🏽 hôm nay ".split()
    blocks, count, i = [], 0, 0
    while count < words:
        n = 160 if i % 5 else 8
        text = " ".join(sentence[j % len(sentence)] for j in range(n))
        kind = "heading" if i % 5 == 0 else ("quote" if i % 7 == 3 else "paragraph")
        blocks.append(Block(type=kind, text=text, marks=[Mark(start=0, end=5, type="bold"),
                                                         Mark(start=20, end=min(40, len(text)), type="italic")]))
        count, i = count + n, i + 1
    return blocks


def test_a_ten_thousand_word_article_loads_fast(doc, capsys):
    blocks = _long_article()
    assert sum(len(b.text.split()) for b in blocks) >= 10_000
    start = time.perf_counter()
    blocks_to_document(blocks, doc)
    load = time.perf_counter() - start
    start = time.perf_counter()
    out = document_to_blocks(doc)
    read = time.perf_counter() - start
    with capsys.disabled():
        print(f"\n10k words, {len(blocks)} blocks: blocks_to_document {load * 1000:.1f} ms, "
              f"document_to_blocks {read * 1000:.1f} ms")
    assert out == blocks
    assert load < 2.0


def test_model_offsets_map_to_document_positions_even_when_typed_decomposed(doc):
    from editor.qt.qtdoc import model_offset, qt_position

    cursor = QTextCursor(doc)
    cursor.insertText(unicodedata.normalize("NFD", "Tiếng Việt") + " 👋🏽 Hà Nội")
    block = doc.begin()
    model = document_to_blocks(doc)[0].text
    start = model.index("Hà")
    cursor.setPosition(qt_position(block, start))
    cursor.setPosition(qt_position(block, start + 6), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Hà Nội"
    assert model_offset(block, cursor.selectionStart()) == start


def test_an_empty_body_stays_empty(doc):
    blocks_to_document([], doc)
    assert doc.blockCount() == 1 and doc.toPlainText() == ""
    assert document_to_blocks(doc) == []
    blocks_to_document([Block(type="heading")], doc)
    assert [b.type for b in document_to_blocks(doc)] == ["heading"]
