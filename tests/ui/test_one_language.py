"""The interface speaks one language (issue 11): its dates, Qt's own dialogs, counts, labels and
names follow the interface language, never the machine's locale and never an internal id."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from editor.app import create_main_window
from editor.i18n import install_translators, remove_translators
from editor.model.article import Article
from editor.model.journal import Journal
from editor.model.recovery import recoverables
from editor.resources import resource_path
from editor.settings import Settings, data_dir
from tests.ui.test_checker_ui import settle

ROOT = Path(__file__).resolve().parents[2]
VIETNAMESE_LETTERS = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
EN_DATE_TIME = r"(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d{1,2} (January|February|March|April|May|June|July|August" \
               r"|September|October|November|December) \d{4}, \d\d:\d\d"
VI_DATE_TIME = r"(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ nhật), \d{1,2}/\d{1,2}/\d{4} \d\d:\d\d"


@pytest.fixture
def interface(qapp):
    """``interface("vi")`` switches the interface language as the program does at start."""
    installed: list = []

    def use(language: str) -> None:
        remove_translators(qapp, installed)
        installed[:] = install_translators(qapp, language)
        assert installed or language == "en"

    yield use
    remove_translators(qapp, installed)


def _texts(widget) -> list[str]:
    return [w.text().replace("&", "") for w in widget.findChildren(QLabel) + widget.findChildren(QPushButton)]


# ------------------------------------------------------------------ Qt's own dialogs


def test_qt_message_box_and_file_dialog_speak_vietnamese(interface, qtbot):
    """PySide6 ships no qtbase_vi.qm: our catalogue carries Qt's contexts (QPlatformTheme, QFileDialog)."""
    interface("vi")
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Save
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Hủy", "Lưu"]
    dialog = QFileDialog(None, "", str(ROOT), "*.article")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    texts = _texts(dialog)
    assert {"Tìm trong:", "Tên tệp:", "Loại tệp:", "Mở", "Hủy"} <= set(texts), texts
    assert not {"Look in:", "Files of type:", "Open", "Cancel"} & set(texts)


# ------------------------------------------------------------------ dates


def _article(date: str | None = "2026-03-12") -> Article:
    article = Article.new("vi")
    article.dateline.date = date
    return article


@pytest.mark.parametrize(("language", "shown"), [("vi", "12/3/2026"), ("en", "12 March 2026")])
def test_the_date_field_writes_the_interface_languages_order(interface, qtbot, language, shown):
    from editor.ui.fields.fields_panel import FieldsPanel

    interface(language)
    panel = FieldsPanel()
    qtbot.addWidget(panel)
    panel.set_article(_article())
    assert panel.date.text() == shown
    assert panel.date.calendarWidget().locale().language() == panel.date.locale().language()


SCREEN = """
import sys
from PySide6.QtWidgets import QApplication
from editor.i18n import install_translators
from editor.model.article import Article
from editor.ui.fields.fields_panel import FieldsPanel
from editor.ui.timefmt import local_time
app = QApplication([])
keep = install_translators(app, sys.argv[1])
panel = FieldsPanel()
article = Article.new("vi")
article.dateline.date = "2026-12-03"
panel.set_article(article)
print(panel.date.text(), local_time("2026-12-03T19:33:00"), local_time("2026-12-03T19:33:07", seconds=True), sep="|")
"""


@pytest.mark.parametrize("machine", ["en_US.UTF-8", "de_DE.UTF-8", "vi_VN.UTF-8"])
def test_dates_on_screen_are_the_same_whatever_the_machines_locale(machine):
    """The issue's case: 3 December showed as 12/3/26 7:33 PM under an American locale."""
    env = dict(os.environ, LANG=machine, LC_ALL=machine, LC_TIME=machine, TZ="UTC", QT_QPA_PLATFORM="offscreen",
               PYTHONIOENCODING="utf-8")
    shown = {}
    for language in ("en", "vi"):
        out = subprocess.run([sys.executable, "-c", SCREEN, language], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=60)
        assert out.returncode == 0, out.stderr
        shown[language] = out.stdout.strip().splitlines()[-1].split("|")
    assert shown["en"] == ["3 December 2026", "Thursday, 3 December 2026, 19:33", "Thursday, 3 December 2026, 19:33:07"]
    assert shown["vi"] == ["3/12/2026", "Thứ Năm, 3/12/2026 19:33", "Thứ Năm, 3/12/2026 19:33:07"]


@pytest.mark.parametrize(("language", "kept"), [("en", "kept " + EN_DATE_TIME), ("vi", "giữ lúc " + VI_DATE_TIME)])
def test_the_recovery_dialog_dates_follow_the_interface(interface, qtbot, language, kept):
    from editor.ui.safety.recovery_dialog import RecoveryDialog

    interface(language)
    article = Article.new("vi")
    article.headline = "Mưa lớn ở Hà Nội"
    Journal(data_dir() / "recovery").write(article, None, None)
    dialog = RecoveryDialog(recoverables(Journal(data_dir() / "recovery", owner="reader")))
    qtbot.addWidget(dialog)
    assert re.fullmatch(kept, dialog.list.item(0).text().split("\n")[1]), dialog.list.item(0).text()
    assert re.search(EN_DATE_TIME if language == "en" else VI_DATE_TIME, dialog.details.toPlainText())


def test_the_history_shows_seconds_in_the_same_style(interface, qtbot, tmp_path):
    from editor.model import article_file

    interface("en")
    path = tmp_path / "mua.article"
    article_file.save(Article.new("vi"), path)
    window = create_main_window(str(path), Settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    assert window.files.save()
    window.safety.set_history_visible(True)
    panel = window.safety.history_panel
    assert panel.list.topLevelItemCount() >= 1
    assert re.fullmatch(EN_DATE_TIME + r":\d\d", panel.list.topLevelItem(0).text(0)), panel.list.topLevelItem(0).text(0)


# ------------------------------------------------------------------ Page Setup


@pytest.mark.parametrize("language", ["en", "vi"])
def test_page_setup_has_no_foreign_weekday_and_no_empty_row(interface, qtbot, language):
    from editor.session.page_setup import PrintOptions
    from editor.ui.print.print_dialogs import PageSetupDialog

    interface(language)
    dialog = PageSetupDialog(PrintOptions())
    qtbot.addWidget(dialog)
    items = [dialog.weekday.itemText(i) for i in range(dialog.weekday.count())]
    if language == "en":
        assert items == ["In words", "In figures"]
        shown = _texts(dialog) + items + [dialog.font.itemText(i) for i in range(dialog.font.count())]
        assert [t for t in shown if VIETNAMESE_LETTERS.search(t)] == []
    else:
        assert items == ["Thứ Ba (viết bằng chữ)", "Thứ 3 (viết bằng số)"]
    note_row = dialog._type_form.isRowVisible(dialog.font_note)
    assert note_row == bool(dialog.font_note.text())  # the note's row shows only with a note in it


# ------------------------------------------------------------------ words and counts


@pytest.mark.parametrize(("language", "label"), [("en", "Standfirst:"), ("vi", "Sapo:")])
def test_the_lede_is_called_as_the_interface_languages_desk_calls_it(interface, qtbot, language, label):
    from editor.ui.checker.issues_panel import where_label
    from editor.ui.fields.fields_panel import FieldsPanel

    interface(language)
    panel = FieldsPanel()
    qtbot.addWidget(panel)
    labels = [w.text().replace("&", "") for w in panel.findChildren(QLabel)]
    assert label in labels
    assert where_label("lede", None) == label.rstrip(":")
    if language == "en":
        assert not [t for t in labels if "Sapo" in t]


@pytest.mark.parametrize(("n", "english", "vietnamese"), [
    (1, "The house-style checker found 1 error in this article.",
     "Bộ kiểm tra quy chuẩn biên tập phát hiện 1 lỗi trong bài."),
    (3, "The house-style checker found 3 errors in this article.",
     "Bộ kiểm tra quy chuẩn biên tập phát hiện 3 lỗi trong bài."),
])
def test_the_export_question_counts_errors_in_words_of_the_language(interface, n, english, vietnamese):
    from editor.session.export_errors import house_style_sentence

    interface("en")
    assert house_style_sentence(n) == english
    interface("vi")
    assert house_style_sentence(n) == vietnamese


def test_unchanged_paragraphs_are_counted_with_the_right_plural(interface):
    from editor.ui.safety.diff_view import _skipped

    interface("en")
    assert "[… 1 unchanged paragraph …]" in _skipped(1)
    assert "[… 4 unchanged paragraphs …]" in _skipped(4)


# ------------------------------------------------------------------ names, not ids


@pytest.mark.parametrize(("language", "name", "pack"), [
    ("en", "Event report with quotes and awards (tường thuật hội nghị)", "Vietnamese newsroom style"),
    ("vi", "Tường thuật hội nghị (trích dẫn, khen thưởng)", "Quy chuẩn tin bài tiếng Việt"),
])
def test_the_status_bar_names_templates_and_packs_as_people_do(interface, qtbot, tmp_path, language, name, pack):
    interface(language)
    window = create_main_window(None, Settings(tmp_path / "s.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.library.new_from_template(resource_path("templates", "articles", "vi-tuong-thuat-hoi-nghi.article"))
    message = window.statusBar().currentMessage()
    assert "vi-tuong-thuat-hoi-nghi" not in message and name in message
    settle(qtbot, window)
    tip = window.checker.status_button.toolTip()
    assert pack in tip and "vi-newsroom" not in tip
