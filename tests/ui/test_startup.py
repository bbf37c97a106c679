"""Start-up: the first paint shows the real window quickly, and the window is complete after it.

The editor builds only what its first paint shows; the rest (autosave journal, history, icons,
drop handling, the house-style checker) follows at once in ``finish_start_up``. These tests
check that the window a journalist gets is the same either way, and that start-up keeps away
from what makes it slow (see editor/ui/qt_names.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from editor.app import create_main_window
from editor.qt.qtformats import solid_brush
from editor.settings import Settings
from editor.ui.fields.fields_panel import _iso_date
from editor.ui.fields.text_fields import GrowingTextEdit
from editor.ui.qt_names import TEXT_WORD_WRAP, set_enum_property

ROOT = Path(__file__).resolve().parent.parent.parent

# The editor's own start-up, as bench/bench_editor.py times it: a fresh process, run_gui(None),
# a first run (the sample opens). At the first paint it notes what was loaded.
FIRST_PAINT = r"""
import json, sys
import PySide6.QtCore as QtCore
namespace_is_lazy = "Qt" not in vars(QtCore)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
LATER = ("editor.model.house_style", "editor.session.checking", "editor.session.autosave", "editor.session.safety",
         "editor.model.journal", "editor.model.history", "editor.ui.body.find_replace", "editor.qt.qtsearch",
         "exports.formats", "uuid", "datetime", "smtplib", "ssl", "editor.session.mailing", "editor.session.outbox",
         "editor.session.outbox_worker", "editor.session.mail_transport", "editor.session.address_book",
         "editor.ui.mail.send_dialog", "editor.ui.mail.outbox_window")
seen = {}

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if not seen and event.type() == QEvent.Type.Paint and obj.objectName() == "main_window":
            seen.update(window=obj, qt_namespace="Qt" in vars(QtCore),
                        loaded=[m for m in LATER if m in sys.modules],
                        headline=obj.fields.headline.toPlainText(), body=obj.body.toPlainText()[:40])
            QTimer.singleShot(0, app.quit)
        return False

first_paint = FirstPaint()
app.installEventFilter(first_paint)
from editor.app import run_gui
run_gui(None)
window = seen.pop("window")
print(json.dumps(dict(seen, namespace_is_lazy=namespace_is_lazy, done=window.start_up_done,
                      checker=window.checker is not None, journal=hasattr(window.safety, "service"))))
"""


def test_the_first_paint_shows_the_sample_before_the_rest_loads():
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    out = subprocess.run([sys.executable, "-c", FIRST_PAINT], capture_output=True, text=True, env=env,
                         cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["headline"] and seen["body"]  # the sample article, at the first paint
    assert seen["loaded"] == []  # the checker, the journal, search, export: all after it
    if seen["namespace_is_lazy"]:  # a PySide that builds the Qt namespace on first use
        assert not seen["qt_namespace"]
    assert seen["done"] and seen["checker"] and seen["journal"]  # and then the whole window


def _menu_tree(window) -> list:
    def actions(menu):
        items = []
        for action in menu.actions():
            if action.menu() is not None:
                items.append((action.text(), actions(action.menu())))
            elif action.isSeparator():
                items.append("---")
            else:
                items.append((action.objectName(), action.text(), [s.toString() for s in action.shortcuts()],
                              action.isCheckable(), action.isChecked(), action.isEnabled(),
                              action.icon().isNull()))
        return items

    return [(a.text(), actions(a.menu())) for a in window.menuBar().actions()]


def test_a_window_finished_after_its_first_paint_is_the_window_built_at_once(qtbot, tmp_path):
    whole = create_main_window(None, Settings(tmp_path / "a" / "articledesk.ini"))
    light = create_main_window(None, Settings(tmp_path / "b" / "articledesk.ini"), light_start=True)
    for window in (whole, light):
        qtbot.addWidget(window)
        window.show()
    assert not light.start_up_done and light.checker is None
    assert light.settings.value("files/sample_shown") is False  # written once start-up is finished
    QApplication.processEvents()
    light.finish_start_up()
    assert light.settings.value("files/sample_shown") is True
    assert light.start_up_done and whole.start_up_done
    assert _menu_tree(light) == _menu_tree(whole)
    assert [a.text() for a in light.format_toolbar.actions()] == [a.text() for a in whole.format_toolbar.actions()]
    assert light.fields.headline.toPlainText() == whole.fields.headline.toPlainText()
    assert light.body.blocks() == whole.body.blocks()
    assert light.words_label.text() == whole.words_label.text()
    assert light.checker is not None and light.safety.service.autosaver is not None \
        and light.safety.service.journal.lock is not None
    light.finish_start_up()  # a second call changes nothing
    assert _menu_tree(light) == _menu_tree(whole)


def test_values_set_by_name_at_start_up_are_the_ones_meant(qtbot, tmp_path):
    window = create_main_window(None, Settings(tmp_path / "articledesk.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.fields_scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert window.splitter.orientation() == Qt.Orientation.Horizontal
    assert window.format_toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextOnly
    assert window.fields.headline_count.alignment() == Qt.AlignmentFlag.AlignRight
    quotes = window.fields.quotes.list
    assert quotes.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert quotes.textElideMode() == Qt.TextElideMode.ElideRight
    label = next(w for w in window.fields.findChildren(QLabel) if w.text() == window.fields.tr("&Headline:"))
    form = label.parentWidget().layout()
    assert form.labelAlignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def test_a_growing_box_shows_a_scroll_bar_only_once_its_text_outgrows_it(qtbot):
    box = GrowingTextEdit(min_lines=2, max_lines=4)
    qtbot.addWidget(box)
    box.resize(300, 100)
    box.show()
    box.setPlainText("một dòng")
    assert box.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    box.setPlainText("\n".join(f"dòng {n}" for n in range(box.max_lines + 5)))
    assert box.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


def test_setting_an_unknown_value_by_name_is_refused(qtbot):
    area = QScrollArea()
    qtbot.addWidget(area)
    with pytest.raises(ValueError):
        set_enum_property(area, "horizontalScrollBarPolicy", "ScrollBarSometimes")
    with pytest.raises(ValueError):
        set_enum_property(area, "noSuchProperty", "ScrollBarAlwaysOff")
    assert TEXT_WORD_WRAP == Qt.TextFlag.TextWordWrap.value


def test_solid_brush_is_the_brush_of_its_colour(qapp):
    colour = QColor(128, 128, 128, 40)
    assert solid_brush(colour) == QBrush(colour)
    assert solid_brush(colour).style() == Qt.BrushStyle.SolidPattern


@pytest.mark.parametrize(("text", "expected"), [("2026-03-12", QDate(2026, 3, 12)), ("2026/03/12", QDate(2026, 3, 12)),
                                                ("2026-02-30", QDate()), ("12/03/2026", QDate())])
def test_dateline_dates_are_read_as_qt_reads_iso_dates(text, expected):
    assert _iso_date(text) == expected
    assert _iso_date(text) == QDate.fromString(text, Qt.DateFormat.ISODate)


def test_menu_shortcuts_work_once_a_light_start_is_finished(qtbot, tmp_path):
    window = create_main_window(None, Settings(tmp_path / "articledesk.ini"), light_start=True)
    qtbot.addWidget(window)
    window.show()
    QApplication.processEvents()
    window.finish_start_up()
    window.activateWindow()
    qtbot.waitActive(window)
    assert not window.fields_scroll.isHidden()
    QTest.keyClick(window, Qt.Key.Key_F9)  # View › Show Fields Panel, a menu-only command
    assert window.fields_scroll.isHidden()
    assert not window.actions_by_id["show_fields"].isChecked()
