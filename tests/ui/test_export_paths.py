"""Every way out says the same: File › Export…, Export as PDF and ``articledesk export`` put the
same house-style question and give the same sentence for a file that cannot be written; and the
window keeps processing events while a long PDF renders."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from editor.app import create_main_window
from editor.model import article_file
from editor.model.article import Block
from editor.session.exporting import ExportChoice, house_style_sentence
from editor.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
ERROR_TEXT = "Nhiều tập thể có thành tich xuất sắc."


def cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).parent / "articledesk"
    cmd = [str(exe)] if exe.exists() else [sys.executable, str(ROOT / "main.py")]
    env = dict(os.environ, PYTHONIOENCODING="utf-8", ARTICLEDESK_HOME=str(home))
    return subprocess.run(cmd + list(args), capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)


@pytest.fixture
def article_path(tmp_path) -> Path:
    article = article_file.load(ROOT / "resources" / "samples" / "sample-vi.article")
    article.body = [*article.body, Block(text=ERROR_TEXT)]
    path = tmp_path / "loi.article"
    article_file.save(article, path)
    return path


@pytest.fixture
def window(qtbot, tmp_path, article_path, monkeypatch):
    w = create_main_window(str(article_path), Settings(tmp_path / "s" / "articledesk.ini"))
    qtbot.addWidget(w)
    w.show()
    w.errors_shown = []
    monkeypatch.setattr(w.dialogs, "show_error", w.errors_shown.append)
    monkeypatch.setattr(w.dialogs, "ask_save_changes", lambda name: "discard")
    return w


def export_from_menu(monkeypatch, window, fmt: str, target: Path) -> bool:
    monkeypatch.setattr(window.exporting, "ask_export_choice", lambda *a: ExportChoice(fmt, target, False))
    return window.exporting.export_article()


def export_as_pdf(monkeypatch, window, target: Path) -> bool:
    monkeypatch.setattr(window.printing, "ask_pdf_path", lambda suggested: str(target))
    return window.printing.export_pdf()


def test_the_same_question_from_every_path(window, monkeypatch, tmp_path, article_path):
    from PySide6.QtWidgets import QMessageBox

    questions: list[str] = []

    def question(_parent, _title, text, *rest):
        questions.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert export_from_menu(monkeypatch, window, "pdf", tmp_path / "a.pdf") is False
    assert export_as_pdf(monkeypatch, window, tmp_path / "b.pdf") is False
    assert len(questions) == 2 and questions[0] == questions[1]
    errors = window.exporting.service.house_style_errors(window.session.article.copy())
    assert errors >= 1 and questions[0].startswith(house_style_sentence(errors))
    assert not (tmp_path / "a.pdf").exists() and not (tmp_path / "b.pdf").exists()
    out = cli("export", str(article_path), "--to", "pdf", "-o", str(tmp_path / "c.pdf"), home=tmp_path / "home")
    assert out.returncode == 0  # contract.md: export does not refuse; the question is a warning
    assert out.stderr == f"articledesk: warning: {article_path}: {house_style_sentence(errors)}\n"


def test_the_same_sentence_for_a_file_that_cannot_be_written(window, monkeypatch, qtbot, tmp_path, article_path):
    monkeypatch.setattr(window.exporting, "ask_export_despite_errors", lambda n: True)
    (tmp_path / "blocker").write_text("a file where the folder should be")
    target = tmp_path / "blocker" / "out.pdf"
    assert export_from_menu(monkeypatch, window, "pdf", target)
    qtbot.waitUntil(lambda: len(window.errors_shown) == 1, timeout=20000)
    assert export_as_pdf(monkeypatch, window, target)
    qtbot.waitUntil(lambda: len(window.errors_shown) == 2, timeout=20000)
    out = cli("export", str(article_path), "--to", "pdf", "-o", str(target), home=tmp_path / "home")
    sentence = f"Could not export “{target}”: the folder does not exist."
    assert window.errors_shown == [sentence, sentence]
    assert out.returncode == 2 and out.stderr.splitlines()[-1] == f"articledesk: {sentence}"


def test_the_window_keeps_working_while_a_long_pdf_renders(window, monkeypatch, qtbot, tmp_path):
    sentence = "Lực lượng Cảnh sát phòng cháy, chữa cháy phối hợp với chính quyền cơ sở mở rộng mô hình. "
    window.session.article.body = [Block(text=sentence * 4) for _ in range(600)]  # about 40 pages
    window.load_article()
    qtbot.waitUntil(window.checker.controller.is_idle, timeout=30000)  # the journalist paused: findings are current
    monkeypatch.setattr(window.exporting, "ask_export_despite_errors", lambda n: True)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    target = tmp_path / "long.pdf"
    timer.start()
    started = time.perf_counter()
    assert export_as_pdf(monkeypatch, window, target)
    returned = time.perf_counter() - started
    qtbot.waitUntil(lambda: "long.pdf" in window.statusBar().currentMessage(), timeout=60000)
    rendering = time.perf_counter() - started
    timer.stop()
    assert target.read_bytes()[:5] == b"%PDF-"
    assert returned < 1.0 and rendering > 2 * returned, (returned, rendering)  # the command came back long before the PDF
    during = [t for t in ticks if t > started + returned]
    gaps = [b - a for a, b in zip(during, during[1:], strict=False)]
    assert len(during) >= 5 and max(gaps) < 0.5, (len(during), max(gaps, default=None), returned, rendering)
    print(f"menu command {returned:.2f} s, PDF {rendering:.2f} s, {len(during)} ticks, longest gap {max(gaps):.3f} s")
