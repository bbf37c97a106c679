"""Qt enum values named without PySide's ``Qt`` namespace, for what is built before the first paint.

The first use of ``PySide6.QtCore.Qt`` makes Python enums of the ~90 enumerations it holds,
about 15 ms: more than any other single thing the window does before it first paints. So the
widgets built at start-up set such values through Qt's property system, by the names Qt
declares ("ScrollBarAlwaysOff", "AlignLeft|AlignVCenter"), and modules on the start-up path
import ``QtCore`` and write ``QtCore.Qt...`` only inside the code that runs later (key presses,
dialogs). tests/ui/test_startup.py checks that start-up keeps to this.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

TEXT_WORD_WRAP = 0x1000  # Qt::TextWordWrap, for QFontMetrics.boundingRect (its flags are an int)


def set_enum_property(obj: QObject, name: str, keys: str) -> None:
    """Set the enum (or flags) property ``name`` of ``obj`` to the value Qt calls ``keys``;
    flags are joined with "|". Raises ValueError when there is no such property or value."""
    if not obj.setProperty(name, keys):
        raise ValueError(f"{type(obj).__name__} has no property {name!r} with the value {keys!r}")
