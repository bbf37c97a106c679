"""Page Setup's "On the page" boxes: on by default, named for screen readers, and a box switched off
leaves its mark off the printed page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox

from editor.print_settings import stored_print_options
from editor.settings import Settings
from exports.print_layout import PrintOptions
from tests.exports.pdf_tools import pdf_pages
from tests.ui.test_one_language import interface  # noqa: F401 - the fixture that switches the interface language
from tests.ui.test_print_ui import settings, window  # noqa: F401 - the same window on a copy of the sample

MARKS = ("draft_mark", "running_headline", "footer_length", "footer_slug")


def test_the_marks_are_on_by_default_and_stored_with_the_page_setup(settings):  # noqa: F811
    assert all(getattr(stored_print_options(settings), name) for name in MARKS)
    from editor.print_settings import store_print_options

    store_print_options(settings, PrintOptions(draft_mark=False, footer_slug=False))
    reread = stored_print_options(Settings(settings.path))
    assert (reread.draft_mark, reread.running_headline, reread.footer_length, reread.footer_slug) == \
        (False, True, True, False)


@pytest.mark.parametrize(("language", "names"), [
    ("en", ("Draft mark", "Running headline", "Length in the footer", "Topic slug in the footer")),
    ("vi", ("Dấu bản nháp", "Tít ở đầu trang", "Độ dài ở chân trang", "Chuyên mục ở chân trang")),
])
def test_the_boxes_have_accessible_names_in_both_languages(qtbot, interface, language, names):  # noqa: F811
    interface(language)
    from editor.ui.print.print_dialogs import PageSetupDialog

    dialog = PageSetupDialog(PrintOptions(footer_length=False))
    qtbot.addWidget(dialog)
    boxes = {b.accessibleName(): b for b in dialog.findChildren(QCheckBox)}
    assert set(names) <= set(boxes)
    assert [boxes[n].objectName() for n in names] == list(MARKS)
    assert [boxes[n].isChecked() for n in names] == [True, True, False, True]
    assert all(b.text() for b in boxes.values())


def test_a_box_switched_off_in_page_setup_leaves_the_mark_off_the_pdf(qtbot, window, settings, tmp_path,  # noqa: F811
                                                                       monkeypatch):
    def untick_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        for name in ("draft_mark", "footer_length"):
            box = dialog.findChild(QCheckBox, name)
            qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
            assert not box.isChecked()
        dialog.accept()

    QTimer.singleShot(0, untick_and_accept)
    assert window.printing.page_setup()
    options = stored_print_options(Settings(settings.path))
    assert not options.draft_mark and not options.footer_length and options.footer_slug
    monkeypatch.setattr(window.printing, "ask_pdf_path", lambda suggested: str(tmp_path / "in-bai"))
    assert window.printing.export_pdf()
    pdf = tmp_path / "in-bai.pdf"
    qtbot.waitUntil(pdf.exists, timeout=15000)
    words = [w.text for w in pdf_pages(pdf)[0].words]
    text = " ".join(words)
    assert "BẢN NHÁP" not in text and "chữ ·" not in text
    assert text.endswith("Nguồn: ANTV an-ninh-trat-tu Trang 1/1")  # the slug stays
    assert window.errors == []
