"""The mouse wheel scrolls the fields panel; it never edits a combo box, date or number field the
user is not working in (issue 11). Real QWheelEvents are sent at each field's centre."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QFormLayout, QGroupBox, QWidget

from editor.settings import Settings
from editor.ui.wheel_guard import is_guarded
from tests.ui.sample_window import sample_window

DOWN, UP = -120, 120  # one notch of a mouse wheel


def wheel(widget: QWidget, delta: int = DOWN) -> None:
    """One notch of the wheel with the pointer at the centre of ``widget``."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre)), QPoint(), QPoint(0, delta),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def value(field: QWidget) -> object:
    """What the user sees in the field."""
    return field.currentIndex() if isinstance(field, QComboBox) else field.text()


def fields_of(top: QWidget) -> list[QWidget]:
    """Every combo box, date and number field inside ``top`` (not the parts of one)."""
    return [w for w in top.findChildren(QWidget) if is_guarded(w) and not is_guarded(w.parentWidget())]


def towards_change(field: QWidget) -> int:
    """A notch that can change ``field`` (a combo box at its last entry only goes back up)."""
    if isinstance(field, QComboBox) and field.currentIndex() == field.count() - 1:
        return UP
    return DOWN


@pytest.fixture
def window(qtbot, tmp_path):
    area = QApplication.primaryScreen().availableGeometry()
    size = (min(1000, area.width() - 40), min(500, area.height() - 80))  # the fields panel scrolls
    return sample_window(qtbot, tmp_path, Settings(tmp_path / "settings" / "articledesk.ini"), size)


def focus(qtbot, window, field: QWidget) -> None:
    window.activateWindow()
    qtbot.waitActive(window)
    window.fields_scroll.ensureWidgetVisible(field)
    field.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(field.hasFocus)


def test_every_field_of_the_window_is_guarded(window):
    names = {f.objectName() for f in fields_of(window)}
    assert {"language", "status", "dateline.date", "kind", "recipient_kind"} <= names
    for field in fields_of(window):
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus, field.objectName()  # the wheel gives no focus


def test_the_wheel_over_a_field_scrolls_the_panel_and_edits_nothing(window):
    bar = window.fields_scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the fields panel should be taller than the window here"
    history = window.session.undo.labels()
    for field in fields_of(window):
        before = value(field)
        bar.setValue(bar.minimum())
        wheel(field)
        assert value(field) == before, field.objectName()
        assert not window.session.modified, field.objectName()
        assert bar.value() > bar.minimum(), f"the panel did not scroll over {field.objectName()}"
        bar.setValue(bar.maximum())
        wheel(field, UP)
        assert value(field) == before, field.objectName()
        assert bar.value() < bar.maximum(), f"the panel did not scroll up over {field.objectName()}"
    assert window.session.undo.labels() == history
    assert window.fields.article.status == "draft" and window.fields.article.base_language == "vi"
    assert not window.isWindowModified()


def test_a_field_with_the_focus_still_takes_the_wheel(qtbot, window):
    for field in fields_of(window):
        focus(qtbot, window, field)
        before = value(field)
        wheel(field, towards_change(field))
        assert value(field) != before, field.objectName()
    assert window.session.modified
    assert window.session.undo.can_undo()


def test_a_field_added_later_is_guarded_too(qtbot, window):
    group = window.fields.findChildren(QGroupBox)[0]
    form = group.layout()
    assert isinstance(form, QFormLayout)
    late = QComboBox()
    late.setObjectName("late_choice")
    late.addItems(["one", "two", "three"])
    form.addRow("Later:", late)
    qtbot.waitUntil(lambda: late.focusPolicy() == Qt.FocusPolicy.StrongFocus)
    bar = window.fields_scroll.verticalScrollBar()
    bar.setValue(bar.minimum())
    wheel(late)
    assert late.currentIndex() == 0
    assert bar.value() > bar.minimum()


def test_page_setup_fields_scroll_their_panel_and_keep_their_values(qtbot, window):
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            dialog.resize(dialog.width(), 260)  # a small screen: the settings scroll
            QApplication.processEvents()
            bar = dialog.scroll.verticalScrollBar()
            seen["scrollable"] = bar.maximum() > 0
            fields = fields_of(dialog)
            seen["count"] = len(fields)
            seen["policies"] = {f.focusPolicy() for f in fields}
            unchanged, scrolled = [], []
            for field in fields:
                before = value(field)
                bar.setValue(bar.minimum())
                wheel(field)
                unchanged.append(value(field) == before)
                scrolled.append(bar.value() > bar.minimum())
            seen["unchanged"], seen["scrolled"] = unchanged, scrolled
            spin = dialog.margin_top
            dialog.scroll.ensureWidgetVisible(spin)
            spin.setFocus()
            before = spin.value()
            wheel(spin, UP)
            seen["focused_step"] = spin.value() - before
        finally:
            dialog.reject()

    QTimer.singleShot(0, look)
    assert window.printing.ask_page_setup(window.printing.print_options()) is None
    assert seen["scrollable"] and seen["count"] >= 9  # paper, layout, 4 margins, font, size, spacing, weekdays
    assert seen["policies"] == {Qt.FocusPolicy.StrongFocus}
    assert all(seen["unchanged"]) and all(seen["scrolled"])
    assert seen["focused_step"] == 1.0  # with the focus, one notch is one step


def test_spin_boxes_and_dates_are_guarded_like_combo_boxes():
    assert is_guarded(QComboBox()) and is_guarded(QAbstractSpinBox())
    assert not is_guarded(QWidget())
