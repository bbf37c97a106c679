"""A long editing session in one process (issue 15): the real window, driven as a journalist would.

One window (offscreen), one article, and a stream of operations chosen at random with fixed
weights, through real key events and the window's own commands:

- typing a word in the body (at the end of a random paragraph), the headline, the sapo or the
  topic; rubbing out a few characters; a new paragraph; cutting a paragraph;
- bold or italic on a word; cut and paste of a word;
- Edit › Undo (one to three steps) and Redo;
- a pause (events run: the debounced checks, the autosave journal, the revision history);
- a whole check (the live checker flushed and waited for) and Format › Fix All Safe Issues;
- Edit › Replace All; File › Save; File › Export in one of the five formats.

The article is kept about its starting size (cuts balance typing), so what grows is only what
the program keeps. :data:`TWO_HOURS` operations with these weights are about two hours of a
desk's work: some 4,700 edits (2,900 words typed into the body), 880 undo and redo steps, 380
pauses, 190 checks, 125 saves and 30 exports.

After the warm-up the figures are taken (resident memory, Python objects after a collection,
Qt objects under the window) and again at the end; then Undo is pressed until it can go no
further (it must reach the history's limit, each step changing the article) and Redo until the
end, which must give back the text exactly. Used by ``tests/ui/test_long_session.py`` (a few
hundred operations) and ``bench/bench_session.py`` (two hours' worth).
"""

from __future__ import annotations

import gc
import random
import sys
import time
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit

from editor.model import article_file

TWO_HOURS = 6_000  # operations in two hours of a desk's work, with the weights below
WEIGHTS = {
    "type_body": 46, "type_field": 10, "rub_out": 8, "new_paragraph": 3, "cut_paragraph": 3,
    "format": 3, "cut_paste": 2, "undo": 6, "redo": 2, "pause": 6, "check": 2, "fix_all": 1,
    "replace_all": 1, "save": 2, "export": 0.5,
}
EXPORT_FORMATS = ("docx", "pdf", "html", "nitf", "txt")
WORDS = ("phóng viên đưa tin hội nghị sáng nay tại Hà Nội Đà Nẵng Cần Thơ người dân được tăng cường "
         "kiểm tra phòng cháy chữa cháy khu dân cư an toàn giao thông mùa mưa bão lũ quét sạt lở đất "
         "đường tỉnh trật tự xã hội kết quả năm qua cao hơn so với cùng kỳ ngày 12/3 khoảng 1.500 hộ").split()
FIELD_LIMITS = {"headline": 90, "lede": 400, "topic": 40}


def rss_mb() -> float:
    """Resident memory of this process now, in MB (Linux /proc; else the peak so far)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            import os

            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (1e6 if sys.platform == "darwin" else 1e3)


def python_objects() -> int:
    """Objects the cyclic collector tracks, after a full collection, the frozen ones included
    (frozen ones too, should anything call gc.freeze). The checker's bounded cache of word runs
    (up to 512 recent texts, see editor.model.house_style.wordlist) is emptied first: it fills
    over hundreds of edits and then stays, which is not a leak."""
    from editor.model.house_style import wordlist

    wordlist.forget_runs()
    gc.collect()
    return len(gc.get_objects()) + gc.get_freeze_count()


class Session:
    """Drives one window; see the module documentation."""

    def __init__(self, window, folder: Path, seed: int = 15) -> None:
        self.window = window
        self.app = QApplication.instance()
        self.folder = Path(folder)
        self.rng = random.Random(seed)
        self.done: Counter[str] = Counter()
        self.problems: list[str] = []
        self.max_undo_depth = 0
        self.exports = 0
        self.path = self.folder / "phien-dai.article"
        self.start_paragraphs = 0
        self.start_chars = 0
        self._dialog_calls: list[str] = []
        self._install_answers()

    # ------------------------------------------------------------ set-up

    def _install_answers(self) -> None:
        """The questions a dialog would ask get the answers a journalist would give."""
        window = self.window
        window.dialogs.ask_save_changes = lambda name: "discard"
        window.dialogs.ask_save_path = lambda suggested: str(self.path)
        window.dialogs.show_error = lambda message: self.problems.append(f"error shown: {message}")
        window.exporting.ask_export_despite_errors = lambda errors: True

    def open(self, source: Path) -> None:
        """Open ``source``, then save it as the session's own file."""
        if not self.window.files.open_path(str(source), ask=False):
            raise RuntimeError(f"could not open {source}")
        self.settle()
        if not self.window.files.save_as():
            raise RuntimeError("could not save the article")
        self.start_paragraphs = self.window.body.document().blockCount()
        self.start_chars = self.window.body.document().characterCount()

    # ------------------------------------------------------------ low level

    def pump(self, seconds: float) -> None:
        end = time.perf_counter() + seconds
        while True:
            self.app.processEvents()
            if time.perf_counter() >= end:
                return
            time.sleep(0.002)

    def settle(self, timeout: float = 60.0) -> None:
        """Wait until the live checker has nothing pending or running."""
        checker = getattr(self.window, "checker", None)
        end = time.perf_counter() + timeout
        while checker is not None and not checker.controller.is_idle():
            if time.perf_counter() > end:
                self.problems.append("the checker never settled")
                return
            self.app.processEvents()
            time.sleep(0.002)

    @staticmethod
    def press(widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier, text: str = "") -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))

    def type_text(self, widget, text: str) -> None:
        for char in text:
            self.press(widget, Qt.Key.Key_Space if char == " " else Qt.Key.Key_unknown, text=char)

    def body_cursor_in(self, block_number: int, at_end: bool = True) -> QTextCursor:
        body = self.window.body
        cursor = QTextCursor(body.document().findBlockByNumber(block_number))
        if at_end:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        body.setFocus()
        body.setTextCursor(cursor)
        return cursor

    def random_paragraph(self) -> int:
        """A random non-empty block of the body (0 when there is none)."""
        document = self.window.body.document()
        for _ in range(10):
            n = self.rng.randrange(document.blockCount())
            if document.findBlockByNumber(n).text().strip():
                return n
        return 0

    def select_word(self) -> bool:
        """Select a random word of the body; False when none was found."""
        n = self.random_paragraph()
        text = self.window.body.document().findBlockByNumber(n).text()
        starts = [i for i, c in enumerate(text) if c.isalpha() and (i == 0 or text[i - 1] == " ")]
        if not starts:
            return False
        cursor = self.body_cursor_in(n, at_end=False)
        cursor.movePosition(QTextCursor.MoveOperation.Right, n=self.rng.choice(starts))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor)
        self.window.body.setTextCursor(cursor)
        return cursor.hasSelection()

    # ------------------------------------------------------------ operations

    def op_type_body(self) -> None:
        self.body_cursor_in(self.random_paragraph())
        self.type_text(self.window.body, " " + self.rng.choice(WORDS))

    def op_type_field(self) -> None:
        fields = self.window.fields
        name = self.rng.choice(tuple(FIELD_LIMITS))
        widget = {"headline": fields.headline, "lede": fields.lede, "topic": fields.topic}[name]
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            self.press(widget, Qt.Key.Key_End)
        else:
            self.press(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        length = len(widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText())
        if length > FIELD_LIMITS[name]:
            for _ in range(self.rng.randint(5, 15)):
                self.press(widget, Qt.Key.Key_Backspace)
        else:
            self.type_text(widget, (" " if length else "") + self.rng.choice(WORDS))

    def op_rub_out(self) -> None:
        self.body_cursor_in(self.random_paragraph())
        for _ in range(self.rng.randint(1, 6)):
            self.press(self.window.body, Qt.Key.Key_Backspace)

    def op_new_paragraph(self) -> None:
        if self.window.body.document().blockCount() > self.start_paragraphs + 8:
            return self.op_cut_paragraph()
        self.body_cursor_in(self.random_paragraph())
        self.press(self.window.body, Qt.Key.Key_Return, text="\r")
        self.type_text(self.window.body, " ".join(self.rng.choice(WORDS) for _ in range(6)).capitalize() + ".")
        return None

    def op_cut_paragraph(self) -> None:
        """Select a paragraph (or, when the article has grown, the longest one) and Edit › Cut it."""
        document = self.window.body.document()
        if document.blockCount() < max(4, self.start_paragraphs // 2):
            return
        grown = document.characterCount() > self.start_chars * 1.1
        if grown:
            blocks = [document.findBlockByNumber(i) for i in range(document.blockCount())]
            n = max(range(len(blocks)), key=lambda i: len(blocks[i].text()))
        else:
            n = self.random_paragraph()
        cursor = self.body_cursor_in(n, at_end=False)
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock, QTextCursor.MoveMode.KeepAnchor)
        self.window.body.setTextCursor(cursor)
        self.window.editing.cut()

    def op_format(self) -> None:
        if self.select_word():
            (self.window.editing.toggle_bold if self.rng.random() < 0.5 else self.window.editing.toggle_italic)()

    def op_cut_paste(self) -> None:
        if not self.select_word():
            return
        self.window.editing.cut()
        self.body_cursor_in(self.random_paragraph())
        self.type_text(self.window.body, " ")
        self.window.editing.paste()

    def op_undo(self) -> None:
        for _ in range(self.rng.randint(1, 3)):
            self.window.editing.undo()

    def op_redo(self) -> None:
        self.window.editing.redo()

    def op_pause(self) -> None:
        self.pump(self.rng.uniform(0.05, 0.4))

    def op_check(self) -> None:
        checker = getattr(self.window, "checker", None)
        if checker is not None:
            checker.controller.flush()
        self.settle()

    def op_fix_all(self) -> None:
        self.op_check()
        self.window.checks.fix_all_safe()

    def op_replace_all(self) -> None:
        bar = self.window.find_bar
        old, new = self.rng.choice((("Hà Nội", "Thủ đô"), ("Thủ đô", "Hà Nội"), ("người dân", "bà con"),
                                    ("bà con", "người dân")))
        bar.show_replace()
        bar.find_field.setText(old)
        bar.replace_field.setText(new)
        bar.replace_all()
        bar.close_bar()

    def op_save(self) -> None:
        if not self.window.files.save():
            self.problems.append("File › Save did not save")

    def op_export(self) -> None:
        from editor.session.export_job import WRITTEN
        from editor.session.exporting import ExportChoice

        fmt = EXPORT_FORMATS[self.exports % len(EXPORT_FORMATS)]
        self.exports += 1
        self.window.sync_body()
        target = self.folder / f"export-{self.exports % 10}.{'xml' if fmt == 'nitf' else fmt}"
        job = self.window.exporting.service.export(ExportChoice(fmt, target), self.window.exporting)
        if job is None:
            self.problems.append(f"{fmt} export was not started")
            return
        end = time.perf_counter() + 120
        while job.outcome == "" or self.window.exporting._progress.get(job) is not None:
            if time.perf_counter() > end:
                self.problems.append(f"{fmt} export never finished")
                return
            self.app.processEvents()
            time.sleep(0.002)
        if job.outcome != WRITTEN or not target.is_file() or target.stat().st_size == 0:
            self.problems.append(f"{fmt} export: {job.outcome} {job.error}")

    # ------------------------------------------------------------ the run

    def step(self) -> str:
        kind = self.rng.choices(tuple(WEIGHTS), weights=tuple(WEIGHTS.values()))[0]
        getattr(self, "op_" + kind)()
        self.app.processEvents()
        self.done[kind] += 1
        self.max_undo_depth = max(self.max_undo_depth, len(self.window.session.undo.labels()))
        return kind

    def warm_up(self, operations: int) -> None:
        """Every kind of operation once and an export in every format (first uses load modules and
        fill caches that then stay), then ``operations`` random ones."""
        for kind in WEIGHTS:
            getattr(self, "op_" + kind)()
            self.done[kind] += 1
        for _ in EXPORT_FORMATS[1:]:
            self.op_export()
            self.done["export"] += 1
        for _ in range(operations):
            self.step()

    def measure(self) -> dict:
        self.pump(0.05)
        self.settle()
        return {"rss_mb": round(rss_mb(), 1), "python_objects": python_objects(),
                "qt_objects": len(self.window.findChildren(QObject)),
                "undo_depth": len(self.window.session.undo.labels())}

    def undo_to_the_limit(self) -> dict:
        """Undo until nothing is left to undo, then Redo to the end: the text must come back."""
        window = self.window
        history = window.session.undo
        window.sync_body()
        before = article_file.dumps(window.session.article)
        depth = len(history.labels())
        undone = unchanged = 0
        while history.can_undo() and undone <= history.limit:
            window.sync_body()
            was = article_file.dumps(window.session.article)
            window.editing.undo()
            self.app.processEvents()
            window.sync_body()
            undone += 1
            if article_file.dumps(window.session.article) == was:
                unchanged += 1
        redone = 0
        while history.can_redo() and redone <= history.limit:
            window.editing.redo()
            redone += 1
        self.app.processEvents()
        window.sync_body()
        back = article_file.dumps(window.session.article) == before
        if not back:
            self.problems.append("undo to the limit and redo to the end did not give the text back")
        if unchanged:
            self.problems.append(f"{unchanged} of {undone} undo steps changed nothing")
        return {"undo_depth_at_end": depth, "undone": undone, "redone": redone, "redo_gave_text_back": back}


def run_session(window, folder: Path, source: Path, operations: int, warmup: int, seed: int = 15,
                progress=None, sample_every: int = 500) -> dict:
    """Open ``source`` in ``window``, run ``warmup`` then ``operations`` operations, measure; the figures."""
    hook = sys.excepthook
    session = Session(window, folder, seed)

    def caught(kind, value, tb) -> None:  # an exception in a slot would otherwise only be printed
        session.problems.append(f"exception: {kind.__name__}: {value}")
        hook(kind, value, tb)

    sys.excepthook = caught
    try:
        began = time.perf_counter()
        session.open(source)
        session.warm_up(warmup)
        warm = session.measure()
        samples = [warm]
        steady_began = time.perf_counter()
        for n in range(1, operations + 1):
            session.step()
            if n % sample_every == 0 and n < operations:
                samples.append({"operations": n, **session.measure()})
                if progress is not None:
                    progress(n, samples[-1])
        steady_s = time.perf_counter() - steady_began
        end = session.measure()
        session.op_save()
        saved = article_file.load(session.path)
        window.sync_body()
        if article_file.dumps(saved) != article_file.dumps(window.session.article):
            session.problems.append("the saved file does not read back as the article in the window")
        undo = session.undo_to_the_limit()
    finally:
        sys.excepthook = hook
    history = window.session.undo
    return {
        "operations": operations,
        "warmup_operations": warmup + len(WEIGHTS) + len(EXPORT_FORMATS) - 1,
        "by_kind": dict(sorted(session.done.items())),
        "seconds": round(time.perf_counter() - began, 1),
        "steady_seconds": round(steady_s, 1),
        "rss_after_warmup_mb": warm["rss_mb"],
        "rss_end_mb": end["rss_mb"],
        "rss_growth_pct": round((end["rss_mb"] / warm["rss_mb"] - 1) * 100, 1),
        "python_objects_after_warmup": warm["python_objects"],
        "python_objects_end": end["python_objects"],
        "python_objects_per_operation": round((end["python_objects"] - warm["python_objects"]) / operations, 3),
        "qt_objects_after_warmup": warm["qt_objects"],
        "qt_objects_end": end["qt_objects"],
        "undo_limit": history.limit,
        "undo_depth_after_warmup": warm["undo_depth"],
        "max_undo_depth": session.max_undo_depth,
        "undo_text_held_chars": history.text_held(),
        **undo,
        "body_undo_commands_in_document": window.body.document().availableUndoSteps(),
        "samples": samples[1:],
        "problems": session.problems,
    }
