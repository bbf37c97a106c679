"""A scripted typist for the crash soak test. Off by default; never used by journalists.

It runs only when the environment variable ``ARTICLEDESK_TEST_DRIVER`` names a JSON file
(``editor/app.py`` checks it), written by ``bench/soak.py``::

    {"log": "/tmp/x/typing.jsonl", "seed": 7, "word_ms": [40, 120], "save_ms": [300, 1500]}

What it does, through the real window and real key events:

1. at start, if the recovery dialog is up, it selects the entry of the open file and clicks
   the dialog's own Restore button;
2. it logs the article as the window then shows it (``"event": "state"``);
3. it types words into the body (sometimes a new paragraph), the headline, the sapo, the
   topic and the sign-off, always at the end, logging each word after it was typed;
4. every few hundred milliseconds it presses Save, logging ``save-begin`` and ``save-end``.

Every log line is JSON with the time ``t`` (``time.time()``) and is fsynced before the program
goes on, so the test knows exactly what was typed before it killed the process.
"""

from __future__ import annotations

import json
import os
import random
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

WORDS = (
    "phóng viên đưa tin hội nghị sáng nay tại Hà Nội Đà Nẵng Cần Thơ người dân được tăng cường "
    "kiểm tra phòng cháy chữa cháy khu dân cư an toàn giao thông mùa mưa bão lũ quét sạt lở đất "
    "đường tỉnh bộ Công an trật tự xã hội kết quả năm qua cao hơn so với cùng kỳ đồng chí chủ trì "
    "nhấn mạnh yêu cầu các đơn vị báo cáo số liệu ngày 12/3 khoảng 1.500 hộ gia đình"
).split()
FIELD_WEIGHTS = (("body", 70), ("headline", 8), ("lede", 12), ("topic", 5), ("byline.signoff", 5))
FIELD_LIMITS = {"headline": 90, "lede": 600, "topic": 60, "byline.signoff": 40}
NEW_PARAGRAPH_CHANCE = 0.07


def article_state(article) -> dict[str, str]:
    """The fields the driver types into, as the soak test compares them."""
    return {
        "body": "\n".join(b.text for b in article.body),
        "headline": article.headline,
        "lede": article.lede,
        "topic": article.topic,
        "byline.signoff": article.byline.signoff,
    }


class TestDriver(QObject):
    """Types, saves and logs; see the module documentation."""

    def __init__(self, window, config: dict[str, Any]) -> None:
        super().__init__(window)
        self.window = window
        self.rng = random.Random(config.get("seed", 0))
        self.word_ms = config.get("word_ms", [40, 120])
        self.save_ms = config.get("save_ms", [300, 1500])
        self.log_file = open(config["log"], "a", encoding="utf-8")  # noqa: SIM115 - open for the program's life
        self._startup = QTimer(self)
        self._startup.setInterval(50)
        self._startup.timeout.connect(self._wait_for_start)
        self._typer = QTimer(self)
        self._typer.setSingleShot(True)
        self._typer.timeout.connect(self._type_next)
        self._saver = QTimer(self)
        self._saver.setSingleShot(True)
        self._saver.timeout.connect(self._save)
        self.log(event="started", pid=os.getpid())
        self._startup.start()

    def log(self, **record: Any) -> None:
        """Append one JSON line and fsync it."""
        record["t"] = time.time()
        self.log_file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.log_file.flush()
        os.fsync(self.log_file.fileno())

    # ----------------------------------------------------------------- start

    def _wait_for_start(self) -> None:
        from editor.ui.safety.recovery_dialog import RecoveryDialog

        modal = QApplication.activeModalWidget()
        if isinstance(modal, RecoveryDialog):
            path = self.window.session.path
            if path is None or not modal.select_path(str(path)):
                modal.list.setCurrentRow(0)
            self.log(event="recovery-dialog", items=len(modal.items))
            modal.restore_button.click()
            return
        if modal is not None or not getattr(self.window.safety, "recovery_offered", False):
            return
        self._startup.stop()
        self.log(event="state", fields=article_state(self.window.safety.current_article()),
                 modified=self.window.session.modified)
        self._schedule_typing()
        self._schedule_save()

    # ---------------------------------------------------------------- typing

    def _schedule_typing(self) -> None:
        self._typer.start(self.rng.randint(*self.word_ms))

    def _schedule_save(self) -> None:
        self._saver.start(self.rng.randint(*self.save_ms))

    def _target(self) -> str:
        names = [n for n, _w in FIELD_WEIGHTS]
        field = self.rng.choices(names, weights=[w for _n, w in FIELD_WEIGHTS])[0]
        current = article_state(self.window.session.article)[field]
        return "body" if field in FIELD_LIMITS and len(current) > FIELD_LIMITS[field] else field

    def _widget(self, field: str) -> QWidget:
        fields = self.window.fields
        return {"body": self.window.body, "headline": fields.headline, "lede": fields.lede,
                "topic": fields.topic, "byline.signoff": fields.signoff}[field]

    def _type_next(self) -> None:
        field = self._target()
        widget = self._widget(field)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            _press(widget, Qt.Key.Key_End)
        else:
            _press(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        # A new paragraph, but never an empty one: Enter on an empty paragraph only resets its format.
        last_paragraph = self.window.body.document().lastBlock().text()
        if field == "body" and last_paragraph and self.rng.random() < NEW_PARAGRAPH_CHANCE:
            _press(widget, Qt.Key.Key_Return, text="\r")
            chunk = "\n"
        else:
            chunk = self.rng.choice(WORDS) + " "
            for char in chunk:
                _press(widget, Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown, text=char)
        self.log(event="typed", field=field, text=chunk)
        self._schedule_typing()

    def _save(self) -> None:
        self.log(event="save-begin")
        ok = self.window.files.save()
        self.log(event="save-end", ok=bool(ok))
        self._schedule_save()


def _press(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
           text: str = "") -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def install_driver(window, config_path: str) -> TestDriver:
    """Start the typist described by the JSON file ``config_path`` on ``window``."""
    with open(config_path, encoding="utf-8") as fh:
        config = json.load(fh)
    return TestDriver(window, config)
