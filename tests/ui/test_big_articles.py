"""Articles of any size in the window (issue 15): a long article is underlined with a number of
layout passes that grows with the article, not its square, in slices the window answers between,
the blocks on screen first; typing in a very long paragraph (held as a chain of Qt blocks)
re-checks only the piece edited; and a file over the size limit is refused in one sentence
without being read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor

from editor.model import article_file as af
from editor.model.article import Article, Block
from editor.qt import qt_chains
from editor.qt.qtsearch import body_place
from editor.resources import resource_path
from editor.session import check_window, checking
from editor.ui.body import body_underlines
from tests.ui.test_checker_ui import ERROR, dialogs, settle, type_text, wave_formats, window  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent.parent
SLIP = "tich"


def many_paragraphs(path: Path, count: int) -> None:
    article = Article.new("vi")
    article.headline = "Bài dài"
    article.body = [Block(text=f"Đoạn số {i} kể về một thành {SLIP} nữa của khu phố.") for i in range(count)]
    af.save(article, path)


def blocks_of(win) -> list:
    out, block = [], win.body.document().begin()
    while block.isValid():
        out.append(block)
        block = block.next()
    return out


def slip_underlined(block) -> bool:
    start = block.text().find(SLIP)
    return start >= 0 and (start, start + len(SLIP), ERROR) in wave_formats(block)


def test_a_long_article_is_underlined_with_few_layout_passes(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(body_underlines, "SLICE_SECONDS", 60.0)  # slices end by the amount of text only
    monkeypatch.setattr(body_underlines, "SLICE_CHARS", 5_000)
    count = 600
    path = tmp_path / "long.article"
    many_paragraphs(path, count)
    under = window.checker.body_view.underlines
    under.marks = 0
    assert window.files.open_path(str(path), ask=False)
    settle(qtbot, window)
    blocks = blocks_of(window)
    assert len(blocks) == count
    assert all(slip_underlined(b) for b in blocks)  # every finding is drawn in the end
    # One markContentsDirty per block made the cost grow with the square of the article; now it
    # is about one per slice of 5,000 characters (30,000 here, plus the screen's blocks drawn first
    # and whatever a busy machine splits off), never one per paragraph.
    assert under.marks <= count // 20
    assert under.marks < count // 20


def test_the_window_answers_between_slices_and_draws_the_screen_first(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(body_underlines, "SLICE_CHARS", 2_000)
    count = 400
    path = tmp_path / "long.article"
    many_paragraphs(path, count)
    seen: list[tuple[bool, bool, bool]] = []

    def probe() -> None:  # an event handled while the article is being underlined
        blocks = blocks_of(window)
        seen.append((window.checker.body_view.underlines.pending(), slip_underlined(blocks[0]),
                     slip_underlined(blocks[-1])))

    window.checker.controller.body_changed.connect(lambda: QTimer.singleShot(0, probe))
    assert window.files.open_path(str(path), ask=False)
    settle(qtbot, window)
    assert seen, "the findings never arrived"
    pending, first_drawn, last_drawn = seen[-1]
    assert pending  # the event came between two slices, not after all the work
    assert first_drawn and not last_drawn  # the paragraph on screen first, the end of the article later
    assert all(slip_underlined(b) for b in blocks_of(window))


def test_findings_asked_for_before_the_sweep_reaches_them_are_current(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(body_underlines, "SLICE_CHARS", 500)
    path = tmp_path / "long.article"
    many_paragraphs(path, 300)
    assert window.files.open_path(str(path), ask=False)
    controller = window.checker.controller
    qtbot.waitUntil(lambda: controller.state == "ready" and window.checker.body_view.underlines.pending(),
                    timeout=10_000)
    last = blocks_of(window)[-1]
    spans = window.checker.body_view.underlines.spans_of(last)  # a hover, a menu, the issues panel
    assert [s.finding.text for s in spans] == [SLIP]
    assert slip_underlined(last)


def long_paragraph(chars: int) -> str:
    sample = af.load(resource_path("samples", "sample-vi.article"))
    paras = [b.text for b in sample.body if b.type == "paragraph" and b.text]
    out, total = [], 0
    while total < chars:
        out.extend(paras)
        total += sum(len(p) + 1 for p in paras)
    return " ".join(out)


def test_typing_in_a_very_long_paragraph_rechecks_only_the_piece_edited(qtbot, window, tmp_path, monkeypatch):  # noqa: F811
    text = long_paragraph(3 * check_window.BIG_BLOCK)
    article = Article.new("vi")
    article.body = [Block(text=text)]
    path = tmp_path / "one.article"
    af.save(article, path)
    assert window.files.open_path(str(path), ask=False)
    settle(qtbot, window)
    checked: list[int] = []
    real = checking.check_text
    monkeypatch.setattr(checking, "check_text", lambda t, *a, **k: checked.append(len(t)) or real(t, *a, **k))
    doc = window.body.document()
    block = doc.findBlock(doc.characterCount() // 2)  # a piece half-way down the paragraph
    middle = block.position() + block.text().index(". ") + 2  # the start of a sentence in it
    cursor = QTextCursor(block)
    cursor.setPosition(middle)
    window.body.setTextCursor(cursor)
    index, offset = body_place(doc, middle)
    assert index == 0
    typed = f"Có thành {SLIP} mới. "
    type_text(window.body, typed)
    window.checker.controller.flush()  # the pause after typing: the re-check on the GUI thread
    assert checked, "the edit was not re-checked"
    assert max(checked) <= qt_chains.CHUNK_MAX + len(typed) < len(text) // 5  # the piece, never the paragraph
    block = doc.findBlock(middle)
    start = middle - block.position() + typed.index(SLIP)
    assert (start, start + len(SLIP), ERROR) in wave_formats(block)
    settle(qtbot, window)
    assert [b.text for b in window.body.blocks()] == [text[:offset] + typed + text[offset:]]


def oversized(path: Path) -> Path:
    with open(path, "wb") as fh:
        fh.truncate(4 * 1024 ** 3)  # 4 GB and sparse: reading it would take minutes and the memory
    return path


def test_a_file_over_the_size_limit_is_refused_in_one_sentence_by_the_window(qtbot, window, dialogs, tmp_path):  # noqa: F811
    path = oversized(tmp_path / "huge.article")
    headline = window.session.article.headline
    assert not window.files.open_path(str(path), ask=False)
    assert len(dialogs.errors) == 1
    sentence = dialogs.errors[0]
    assert "huge.article" in sentence and "20 MB" in sentence and "\n" not in sentence.strip()
    assert window.session.article.headline == headline  # the article open stays open


def test_a_file_over_the_size_limit_is_listed_by_the_library_without_being_read(tmp_path):
    from editor.model.library import Library

    folder = tmp_path / "desk"
    folder.mkdir()
    oversized(folder / "huge.article")
    af.save(Article.new("vi"), folder / "small.article")
    library = Library([folder], tmp_path / "index.json")
    library.scan()
    problems = {Path(p).name: item.problem for p, item in library.items.items()}
    assert problems["huge.article"] and not problems["small.article"]


def test_a_file_over_the_size_limit_is_refused_in_one_sentence_by_the_command_line(tmp_path):
    path = oversized(tmp_path / "huge.article")
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    for args in (["check", str(path)], ["export", str(path), "--to", "txt"]):
        out = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True,
                             cwd=tmp_path, env=env, timeout=60)
        assert out.returncode == 2, out.stderr
        assert len(out.stderr.strip().splitlines()) == 1 and "20 MB" in out.stderr, out.stderr
    assert not (tmp_path / "huge.txt").exists()
