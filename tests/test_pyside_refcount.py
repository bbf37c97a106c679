"""Regression test for the PySide6 6.12.0 + CPython 3.11 crash (outputs.md §0).

Every Qt method returning nothing dropped one reference from None; after a few thousand
calls the interpreter aborted with ``none_dealloc``. 10,000 such calls must leave
``sys.getrefcount(None)`` where it was.
"""

from __future__ import annotations

import sys

import pytest


def test_void_qt_calls_do_not_drop_references_to_none(qapp):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for i in range(5_000):
            painter.save()  # returns nothing
            painter.restore()
            label.setText(str(i & 7))
            label.resize(10 + (i & 3), 10)
        after = sys.getrefcount(None)
    finally:
        painter.end()
    if sys.version_info >= (3, 12):
        pytest.skip("None is immortal on Python >= 3.12; the count cannot drop")
    # Unrelated code may take a few references to None meanwhile; it must never fall.
    assert after >= before - 10, f"reference count of None fell by {before - after}"


def test_installed_binding_is_below_6_12_on_old_python():
    import PySide6

    major, minor = (int(x) for x in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert (major, minor) < (6, 12), f"PySide6 {PySide6.__version__} crashes CPython {sys.version.split()[0]}"
