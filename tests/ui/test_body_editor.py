"""The body editor: formatting in one undo step, the toolbar state, typing, and clean pasting."""

from __future__ import annotations

import time
import unicodedata

import pytest
from PySide6.QtCore import QEvent, QMimeData, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QKeyEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from editor.model.article import Block, Mark
from editor.model.marks import mark_dicts
from editor.qt.qt_text import kind_of_block
from editor.ui.body.body_editor import MIME_BLOCKS, BodyEditor

WORD_HTML = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom></w:WordDocument></xml><![endif]-->
<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Times New Roman",serif; color:red}
@page WordSection1 {size:595.3pt 841.9pt;} --></style></head>
<body lang=VI link="#0563C1" vlink="#954F72" style='tab-interval:36.0pt;word-wrap:break-word'>
<!--StartFragment-->
<h2><span style='font-size:18.0pt;font-family:"Arial",sans-serif;color:#C00000;mso-fareast-language:VI'>Lấy người
dân làm trung tâm<o:p></o:p></span></h2>
<p class=MsoNormal style='text-align:justify;line-height:150%'><span style='font-size:13.0pt;
font-family:"Times New Roman",serif;mso-bidi-font-weight:bold;background:yellow'>Phát biểu, <b>Thiếu tướng&nbsp;Nguyễn
Văn Hòa</b> nhấn <i style='mso-bidi-font-style:normal'>mạnh</i> và <u>gạch</u> <span style='color:#00B050;
font-family:Wingdings'>màu</span> <a href="https://antv.gov.vn/tin-tuc"><span style='color:#0563C1'>liên
kết</span></a> <a href="javascript:alert(1)">xấu</a> <a href="#_Toc1">mục lục</a><o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Mục một<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span
style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;</span></span><!--[endif]-->Mục
<b>hai</b></p>
<blockquote style='margin-left:40pt;border:solid'><p class=MsoNormal><i>Trích dẫn</i></p></blockquote>
<table class=MsoTableGrid border=1 cellspacing=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
<tr><td width=200 style='background:#D9E2F3'><p class=MsoNormal>Ô một</p></td><td><p class=MsoNormal>Ô <b>hai</b></p></td></tr>
</table>
<script>document.write("rác")</script>
<p class=MsoNormal><span style='font-size:8pt;display:none'>ẩn</span>Hết<span style='mso-spacerun:yes'>&nbsp; </span>
<img width=100 height=50 src="file:///C:/Users/pv/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png"
alt="ảnh"><img src="https://example.com/x.png"></p>
<!--EndFragment-->
</body></html>"""


def type_text(widget, text: str) -> None:
    """Type like a keyboard would (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def editor(qtbot) -> BodyEditor:
    widget = BodyEditor()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    return widget


def select(editor: BodyEditor, block: int, start: int, end: int, last_block: int | None = None) -> None:
    doc = editor.document()
    cursor = QTextCursor(doc)
    cursor.setPosition(doc.findBlockByNumber(block).position() + start)
    cursor.setPosition(doc.findBlockByNumber(block if last_block is None else last_block).position() + end,
                       QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def place(editor: BodyEditor, block: int, pos: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(block).position() + pos)
    editor.setTextCursor(cursor)


def paste(editor: BodyEditor, html: str | None = None, text: str | None = None) -> None:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    editor.insertFromMimeData(mime)


def test_set_blocks_starts_a_fresh_unmodified_history(editor):
    editor.set_blocks([Block(text="một")])
    type_text(editor, "x")
    editor.set_blocks([Block(text="hai")])
    assert not editor.document().isModified()
    assert not editor.document().isUndoAvailable()
    assert [b.text for b in editor.blocks()] == ["hai"]


def test_bold_italic_underline_are_one_undo_step_each(editor):
    editor.set_blocks([Block(text="Xin chào 👋🏽 thế giới")])
    select(editor, 0, 14, 17)  # UTF-16: the emoji pair counts four
    editor.toggle_bold()
    editor.toggle_italic()
    editor.toggle_underline()
    assert mark_dicts(editor.blocks()[0].marks) == [
        {"start": 12, "end": 15, "type": "bold"},
        {"start": 12, "end": 15, "type": "italic"},
        {"start": 12, "end": 15, "type": "underline"},
    ]
    editor.undo()
    assert [m.type for m in editor.blocks()[0].marks] == ["bold", "italic"]
    editor.undo()
    editor.undo()
    assert editor.blocks()[0].marks == []


def test_toggling_removes_a_mark_only_when_all_of_the_selection_has_it(editor):
    editor.set_blocks([Block(text="đậm thường", marks=[Mark(start=0, end=3, type="bold")])])
    select(editor, 0, 0, 10)
    assert editor.current_formats()["bold"] is False
    editor.toggle_bold()
    assert mark_dicts(editor.blocks()[0].marks) == [{"start": 0, "end": 10, "type": "bold"}]
    editor.toggle_bold()
    assert editor.blocks()[0].marks == []


def test_bold_in_a_heading_is_a_mark_of_its_own(editor):
    editor.set_blocks([Block(type="heading", text="Tít phụ")])
    place(editor, 0, 1)
    assert editor.current_formats() == {"bold": False, "italic": False, "underline": False, "link": None,
                                        "block_type": "heading"}
    select(editor, 0, 0, 3)
    editor.toggle_bold()
    assert mark_dicts(editor.blocks()[0].marks) == [{"start": 0, "end": 3, "type": "bold"}]


def test_links_are_set_changed_and_removed_in_one_step(editor):
    editor.set_blocks([Block(text="Xem thêm tại đây nhé")])
    select(editor, 0, 13, 16)
    editor.set_link("https://antv.gov.vn")
    assert mark_dicts(editor.blocks()[0].marks) == [
        {"start": 13, "end": 16, "type": "link", "href": "https://antv.gov.vn"}]  # its underline is no mark
    place(editor, 0, 14)
    assert editor.current_formats()["link"] == "https://antv.gov.vn"
    editor.set_link(None)  # the cursor is inside the link: the whole link goes
    assert editor.blocks()[0].marks == []
    editor.undo()
    assert len(editor.blocks()[0].marks) == 1


def test_set_link_without_selection_inserts_the_address(editor):
    editor.set_blocks([Block(text="Nguồn: ")])
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.set_link("https://a.vn")
    [block] = editor.blocks()
    assert block.text == "Nguồn: https://a.vn"
    assert mark_dicts(block.marks) == [{"start": 7, "end": 19, "type": "link", "href": "https://a.vn"}]


def test_typing_after_a_link_does_not_extend_it(editor):
    editor.set_blocks([Block(text="xem", marks=[Mark(start=0, end=3, type="link", href="https://a.vn")])])
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, " tiếp")
    assert mark_dicts(editor.blocks()[0].marks) == [{"start": 0, "end": 3, "type": "link", "href": "https://a.vn"}]


def test_block_types_apply_to_the_selected_blocks_in_one_step(editor):
    editor.set_blocks([Block(text="một"), Block(text="hai", marks=[Mark(start=0, end=3, type="bold")]),
                       Block(text="ba"), Block(text="bốn")])
    states = []
    editor.formatStateChanged.connect(states.append)
    select(editor, 0, 1, 1, last_block=1)
    editor.set_block_type("list_item")
    assert [b.type for b in editor.blocks()] == ["list_item", "list_item", "paragraph", "paragraph"]
    assert editor.document().findBlockByNumber(0).textList() == editor.document().findBlockByNumber(1).textList()
    assert states[-1]["block_type"] == "list_item"
    place(editor, 2, 0)
    editor.set_block_type("heading")
    place(editor, 3, 0)
    editor.set_block_type("quote")
    assert [b.type for b in editor.blocks()] == ["list_item", "list_item", "heading", "quote"]
    assert mark_dicts(editor.blocks()[1].marks) == [{"start": 0, "end": 3, "type": "bold"}]
    editor.undo()
    editor.undo()
    editor.undo()
    assert [b.type for b in editor.blocks()] == ["paragraph"] * 4
    select(editor, 0, 0, 2, last_block=3)
    editor.set_block_type("heading")
    editor.set_block_type("paragraph")
    assert [b.type for b in editor.blocks()] == ["paragraph"] * 4
    heading_look = editor.document().findBlockByNumber(2).charFormat().fontWeight()
    assert heading_look < 700  # the heading's bold look went with the heading


def test_the_toolbar_state_follows_the_cursor(editor):
    editor.set_blocks([Block(text="thường đậm", marks=[Mark(start=7, end=10, type="bold")]),
                       Block(type="quote", text="trích")])
    states = []
    editor.formatStateChanged.connect(states.append)
    place(editor, 0, 9)
    assert states[-1]["bold"] is True and states[-1]["block_type"] == "paragraph"
    place(editor, 1, 2)
    assert states[-1] == {"bold": False, "italic": False, "underline": False, "link": None, "block_type": "quote"}


def test_enter_after_a_heading_or_an_image_starts_a_paragraph(editor):
    editor.set_blocks([Block(type="heading", text="Tít"), Block(type="image", src="x.png", caption="Ảnh")])
    place(editor, 0, 3)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "thân bài")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    type_text(editor, "sau ảnh")
    out = editor.blocks()
    assert [(b.type, b.text) for b in out] == [("heading", "Tít"), ("paragraph", "thân bài"), ("image", ""),
                                               ("paragraph", "sau ảnh")]
    assert out[1].marks == [] and out[2].caption == "Ảnh"


def test_a_word_clipboard_keeps_only_the_house_formats(editor):
    editor.set_blocks([Block(text="")])
    paste(editor, html=WORD_HTML, text="plain fallback")
    out = editor.blocks()
    assert [(b.type, b.text) for b in out] == [
        ("heading", "Lấy người dân làm trung tâm"),
        ("paragraph", "Phát biểu, Thiếu tướng\xa0Nguyễn Văn Hòa nhấn mạnh và gạch màu liên kết xấu mục lục"),
        ("list_item", "Mục một"),
        ("list_item", "Mục hai"),
        ("quote", "Trích dẫn"),
        ("paragraph", "Ô một"),
        ("paragraph", "Ô hai"),
        ("paragraph", "Hết"),
    ]
    assert mark_dicts(out[1].marks) == [
        {"start": 11, "end": 37, "type": "bold"},
        {"start": 43, "end": 47, "type": "italic"},
        {"start": 51, "end": 55, "type": "underline"},
        {"start": 60, "end": 68, "type": "link", "href": "https://antv.gov.vn/tin-tuc"},
    ]
    assert mark_dicts(out[3].marks) == [{"start": 4, "end": 7, "type": "bold"}]
    assert mark_dicts(out[4].marks) == [{"start": 0, "end": 9, "type": "italic"}]
    # No fonts, sizes, colours or backgrounds reached the document.
    block = editor.document().begin()
    while block.isValid():
        bfmt = block.blockFormat()
        assert not bfmt.hasProperty(bfmt.Property.BlockAlignment)  # Word's justification is dropped
        if bfmt.hasProperty(bfmt.Property.BackgroundBrush):
            assert kind_of_block(block) == "quote"  # the quote's tint is the house look
        ranges = block.textFormats()
        for rng in ranges:
            fmt = rng.format
            assert fmt.fontFamilies() in (None, []) and fmt.fontPointSize() == 0
            assert not fmt.hasProperty(fmt.Property.BackgroundBrush)
            if fmt.hasProperty(fmt.Property.ForegroundBrush):
                assert fmt.isAnchor()  # only links are coloured
        block = block.next()
    plain = editor.toPlainText()
    for junk in ("·", "mso", "Normal", "rác", "ẩn", "WordSection", "2.", "{"):
        assert junk not in plain


def test_a_paste_is_one_undo_step(editor):
    editor.set_blocks([Block(text="Trước sau")])
    place(editor, 0, 6)
    paste(editor, html="<p>một</p><h3>hai</h3><ul><li>ba</li></ul>")
    assert [(b.type, b.text) for b in editor.blocks()] == [
        ("paragraph", "Trước một"), ("heading", "hai"), ("list_item", "ba"), ("paragraph", "sau")]
    editor.undo()
    assert [(b.type, b.text) for b in editor.blocks()] == [("paragraph", "Trước sau")]


def test_pasted_decomposed_text_becomes_nfc(editor):
    editor.set_blocks([Block(text="")])
    nfd = unicodedata.normalize("NFD", "Tiếng Việt có dấu")
    paste(editor, text=nfd)
    assert editor.toPlainText() == "Tiếng Việt có dấu"
    QTest.keyClick(editor, Qt.Key.Key_Return)
    paste(editor, html=f"<p>{unicodedata.normalize('NFD', 'Hà Nội <b>đẹp</b>')}</p>")
    assert [b.text for b in editor.blocks()] == ["Tiếng Việt có dấu", "Hà Nội đẹp"]
    assert editor.blocks()[1].marks[0].start == 7


def test_plain_text_paste_splits_paragraphs_and_drops_control_characters(editor):
    editor.set_blocks([Block(text="")])
    paste(editor, text="Đoạn một\x00\x07\r\n\r\nĐoạn hai\x0bdòng mới\u2028dòng nữa\x0cĐoạn ba\tcột")
    assert [(b.type, b.text) for b in editor.blocks()] == [
        ("paragraph", "Đoạn một"), ("paragraph", "Đoạn hai\ndòng mới\ndòng nữa"), ("paragraph", "Đoạn ba\tcột")]


def test_a_single_line_pastes_inline_keeping_the_block(editor):
    editor.set_blocks([Block(type="heading", text="Tít ")])
    editor.moveCursor(QTextCursor.MoveOperation.End)
    paste(editor, html="<span style='font-size:40px;color:red'>chính <b>thức</b></span>")
    [block] = editor.blocks()
    assert (block.type, block.text, mark_dicts(block.marks)) == (
        "heading", "Tít chính thức", [{"start": 10, "end": 14, "type": "bold"}])


def test_copy_and_paste_inside_the_editor_is_lossless(editor, tmp_path):
    picture = QImage(20, 10, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    picture.save(str(tmp_path / "p.png"))
    blocks = [Block(text="có liên kết", marks=[Mark(start=0, end=2, type="underline"),
                                               Mark(start=3, end=11, type="link", href="https://a.vn")]),
              Block(type="image", src=str(tmp_path / "p.png"), caption="Ảnh", credit="AP", alt="đỏ"),
              Block(type="quote", text="trích")]
    editor.set_blocks([*blocks, Block(text="")])
    editor.selectAll()
    mime = editor.createMimeDataFromSelection()
    assert mime.hasFormat(MIME_BLOCKS)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.insertFromMimeData(mime)
    out = editor.blocks()
    assert out == blocks + blocks  # the first pasted paragraph fills the empty last one


def test_a_dropped_local_picture_becomes_an_image_block(editor, tmp_path):
    picture = QImage(20, 10, QImage.Format.Format_RGB32)
    picture.fill(QColor("red"))
    picture.save(str(tmp_path / "p.png"))
    editor.set_blocks([Block(text="trước")])
    editor.moveCursor(QTextCursor.MoveOperation.End)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "p.png")), QUrl("https://example.com/a.png")])
    assert editor.canInsertFromMimeData(mime)
    editor.insertFromMimeData(mime)
    assert [(b.type, b.src) for b in editor.blocks()] == [("paragraph", ""), ("image", str(tmp_path / "p.png"))]


def test_ten_thousand_words_load_quickly(editor, capsys):
    sentence = "Lực lượng Cảnh sát phòng cháy chữa cháy kiểm tra an toàn tại các khu dân cư trên địa bàn".split()
    blocks = [Block(type="heading" if i % 10 == 0 else "paragraph",
                    text=" ".join(sentence[j % len(sentence)] for j in range(170)),
                    marks=[Mark(start=0, end=9, type="bold")]) for i in range(60)]
    editor.show()
    start = time.perf_counter()
    editor.set_blocks(blocks)
    QApplication.processEvents()
    elapsed = time.perf_counter() - start
    with capsys.disabled():
        print(f"\nset_blocks of {sum(len(b.text.split()) for b in blocks)} words: {elapsed * 1000:.1f} ms")
    assert editor.blocks() == blocks  # the time is printed; bench/bench_editor.py holds the target


def test_text_pasted_into_a_caption_stays_in_the_caption(editor):
    editor.set_blocks([Block(type="image", src="x.png", caption="Ảnh")])
    editor.moveCursor(QTextCursor.MoveOperation.End)
    paste(editor, html="<p><b>hội nghị</b></p>")
    paste(editor, text=" 2026")
    assert [(b.type, b.caption, b.src) for b in editor.blocks()] == [("image", "Ảnhhội nghị 2026", "x.png")]


def test_real_web_pages_paste_cleanly_and_round_trip(editor, corpus):
    pages = sorted((corpus / "html").glob("*/expected.html"))
    if not pages:
        pytest.skip("no saved pages in the corpus")
    for page in pages:
        editor.set_blocks([Block(text="")])
        paste(editor, html=page.read_text(encoding="utf-8", errors="replace"))
        pasted = editor.blocks()
        assert len(pasted) > 3, page
        for block in pasted:
            assert unicodedata.is_normalized("NFC", block.text), page
            assert "<" + "script" not in block.text and "function(" not in block.text, page
        editor.set_blocks(pasted)
        assert editor.blocks() == pasted, page


def test_enter_on_an_empty_paragraph_adds_a_line_each_time(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    editor = BodyEditor()
    qtbot.addWidget(editor)
    editor.set_blocks([Block(text="Một"), Block(text="Hai")])
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    for presses in range(1, 4):
        QTest.keyClick(editor, Qt.Key.Key_Return)
        assert editor.document().blockCount() == 2 + presses
    editor.undo()
    assert editor.document().blockCount() == 4
