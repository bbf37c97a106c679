"""File › Page Setup, Print Preview, Print and Export as PDF, driven the way a desk editor uses them."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QToolBar

from editor.app import create_main_window
from editor.print_settings import stored_print_options
from editor.resources import resource_path
from editor.settings import Settings
from exports.print_layout import PrintOptions
from tests.exports.pdf_tools import pdf_info, pdf_pages


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings" / "articledesk.ini")


@pytest.fixture
def window(qtbot, tmp_path, settings, monkeypatch):
    src = tmp_path / "bài.article"
    shutil.copy(resource_path("samples", "sample-vi.article"), src)
    window = create_main_window(str(src), settings)
    window.errors = []
    monkeypatch.setattr(window.dialogs, "show_error", window.errors.append)
    qtbot.addWidget(window)
    window.show()
    return window


def preview_pages(qtbot, dialog) -> QPrintPreviewWidget:
    widget = dialog.findChild(QPrintPreviewWidget)
    qtbot.waitUntil(lambda: widget.pageCount() >= 1, timeout=5000)
    return widget


def test_file_menu_offers_print_commands_with_their_shortcuts(window):
    actions = window.actions_by_id
    assert QKeySequence("Ctrl+Shift+P") in actions["print_preview"].shortcuts()
    assert QKeySequence("Ctrl+P") in actions["print"].shortcuts()
    file_menu = window.menus["file"].actions()
    for key in ("page_setup", "print_preview", "print", "export_pdf"):
        assert actions[key] in file_menu


def test_preview_opens_with_pages_and_no_printer(qtbot, window):
    dialog = window.printing.print_preview()
    assert dialog is not None and dialog.isVisible()
    widget = preview_pages(qtbot, dialog)
    assert widget.pageCount() == 1
    toolbar = dialog.findChild(QToolBar)
    assert any(a.objectName() == "print_layout_setup" for a in toolbar.actions())
    dialog.close()
    qtbot.waitUntil(lambda: window.printing.print_preview_dialog is None)
    again = window.printing.print_preview()  # a second preview after the first closed
    assert preview_pages(qtbot, again).pageCount() == 1
    again.close()


def test_preview_follows_a_new_page_setup(qtbot, window, monkeypatch):
    dialog = window.printing.print_preview()
    widget = preview_pages(qtbot, dialog)
    large = PrintOptions(font_size=24, line_spacing=2.0, columns=2)
    monkeypatch.setattr(window.printing, "ask_page_setup", lambda options, parent=None: large)
    assert window.printing.page_setup(dialog)
    qtbot.waitUntil(lambda: widget.pageCount() > 1, timeout=5000)
    dialog.close()


def test_page_setup_is_remembered(window, settings, monkeypatch):
    chosen = PrintOptions(paper="Letter", columns=2, margin_left_mm=25.0, font_size=12.5, masthead="Báo Mẫu",
                          website="baomau.vn", weekday_style="number")
    monkeypatch.setattr(window.printing, "ask_page_setup", lambda options, parent=None: chosen)
    assert window.printing.page_setup()
    reread = Settings(settings.path)
    assert stored_print_options(reread) == chosen
    assert reread.value("desk/outlet") == "Báo Mẫu"


def test_page_setup_dialog_edits_the_options(qtbot):
    from editor.ui.print.print_dialogs import PageSetupDialog

    dialog = PageSetupDialog(PrintOptions(paper="Letter", columns=2, masthead="ANTV"))
    qtbot.addWidget(dialog)
    assert dialog.paper.currentData() == "Letter" and dialog.columns.currentData() == 2
    assert dialog.masthead.text() == "ANTV" and dialog.margin_top.value() == 18.0
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.columns.setCurrentIndex(dialog.columns.findData(1))
    dialog.margin_left.setValue(30)
    dialog.font_size.setValue(12)
    dialog.masthead.setText("Báo Mẫu")
    family = dialog.font.itemData(1)
    dialog.font.setCurrentIndex(1)
    assert dialog.options() == PrintOptions(paper="A4", columns=1, margin_left_mm=30, font_size=12,
                                            masthead="Báo Mẫu", font_family=family)
    assert dialog.font_note.text() == ""  # the listed fonts all cover Vietnamese


def test_export_pdf_uses_the_remembered_page_setup(qtbot, window, settings, tmp_path, monkeypatch):
    settings.set_value("desk/outlet", "Báo Mẫu")
    settings.set_value("print/paper", "Letter")
    monkeypatch.setattr(window.printing, "ask_pdf_path", lambda suggested: str(tmp_path / "in-bai"))
    assert window.printing.export_pdf()
    pdf = tmp_path / "in-bai.pdf"
    qtbot.waitUntil(pdf.exists, timeout=15000)  # rendered in a worker, written all at once
    assert pdf_info(pdf)["Page size"].startswith("612 x 792")
    assert pdf_pages(pdf)[0].words[0].text == "Báo"
    assert window.errors == []


def test_print_goes_to_the_chosen_printer(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"

    def choose_print_to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # "Print to File" in the system dialog
        printer.setOutputFileName(str(target))
        return True

    monkeypatch.setattr(window.printing, "ask_print", choose_print_to_file)
    assert window.printing.print_article()
    qtbot.waitUntil(lambda: "Printed" in window.statusBar().currentMessage(), timeout=15000)  # painted in a worker
    info = pdf_info(target)
    assert info["Pages"] == "1" and "(A4)" in info["Page size"]
    text = " ".join(w.text for w in pdf_pages(target)[0].words)
    assert "Nâng cao hiệu quả phòng cháy" in text and "Trang 1/1" in text


def test_cancelled_print_prints_nothing(window, monkeypatch):
    monkeypatch.setattr(window.printing, "ask_print", lambda printer: False)
    assert not window.printing.print_article()


def test_no_vietnamese_font_is_one_message(window, monkeypatch):
    import exports.print_fonts as fonts

    monkeypatch.setattr(fonts, "first_vietnamese_family", lambda: None)
    assert window.printing.print_preview() is None
    assert len(window.errors) == 1 and "No installed font has every Vietnamese letter" in window.errors[0]
