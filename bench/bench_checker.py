"""Benchmarks of the live house-style checker (issue 3): prints one JSON object.

- the seed article (``../shared/corpus/seed-antv-article.txt``, pasted into the body; skipped
  when absent): the whole check, target < 50 ms;
- a 10,000-syllable article built from the corpus: the whole check in this process;
- issue 13's headline figure: ``articledesk check`` on that article as a whole process (the
  console script, fresh processes) next to ``hunspell -d vi_VN -l`` on the same article as plain
  text, interleaved, 9 rounds, medians (target: check ≤ 1.0× hunspell; without hunspell or its
  vi_VN dictionary the reason is printed instead of the figure);
- one keystroke in that article: the time the GUI thread spends on checking because of it
  (highlighting the block, its debounced re-check, the counts), target < 10 ms;
- typing 200 characters into it, real key events, with live checking on and off
  (target ≤ 1.2×), one key in each window by turns: the keystrokes alone, the keystrokes plus the per-block checks they cause,
  and the slowest keystroke while the article-level check of an earlier pause runs in the worker.

Run: ``.venv/bin/python bench/bench_checker.py`` (offscreen, one process, a few minutes), or
``.venv/bin/python bench/bench_checker.py --command-only`` for the ``articledesk check`` /
hunspell figure alone.
"""

from __future__ import annotations

import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QMimeData, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.long_article import build_long_article  # noqa: E402

SEED = ROOT.parent / "shared" / "corpus" / "seed-antv-article.txt"
WORDS = "thành tích của lực lượng công an nhân dân trong năm qua rất đáng ghi nhận "


def pump(app: QApplication, seconds: float) -> None:
    """Process events for ``seconds`` (timers fire, worker results arrive)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def settle(app: QApplication, window, timeout: float = 30.0) -> None:
    """Wait until the checker has nothing pending, running or waiting."""
    end = time.perf_counter() + timeout
    while not window.checker.controller.is_idle():
        if time.perf_counter() > end:
            raise RuntimeError("the checker never settled")
        app.processEvents()
        time.sleep(0.002)
    window.checker.refresh_summary()


def key(app: QApplication, widget, ch: str) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        app.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def gui_check_seconds(window) -> float:
    """GUI-thread seconds spent on checking so far."""
    checker = window.checker
    return checker.controller.stats["gui_seconds"] + checker.body_view.underlines.seconds + checker.summary_seconds


def seed_bench(app: QApplication, window) -> dict:
    from editor.model.house_style import check_article

    if not SEED.is_file():
        return {"seed": "skipped: corpus absent"}
    window.session.new_article("vi")
    settle(app, window)
    mime = QMimeData()
    mime.setText(SEED.read_text(encoding="utf-8"))
    window.body.setFocus()
    window.body.insertFromMimeData(mime)
    settle(app, window)
    window.sync_body()
    article, pack = window.session.article, window.checker.controller.pack
    check_article(article, pack)  # warm
    runs = []
    for _ in range(5):
        t0 = time.perf_counter()
        check_article(article, pack)
        runs.append(time.perf_counter() - t0)
    return {"seed_blocks": len(article.body), "seed_check_ms": round(statistics.median(runs) * 1000, 1),
            "seed_target_ms": 50, "seed_findings": sum(window.checker.controller.counts().values())}


def long_bench(path: Path) -> dict:
    from editor.model import article_file
    from editor.model.house_style import check_article, load_pack

    pack = load_pack("vi-newsroom")
    article = article_file.load(path)
    check_article(article, pack)  # warm
    check = []
    for _ in range(5):
        t0 = time.perf_counter()
        check_article(article, pack)
        check.append(time.perf_counter() - t0)
    return {"long_syllables": article.counts().words, "long_check_ms": round(statistics.median(check) * 1000, 1)}


def _checker_command() -> list[str]:
    """``articledesk`` as the user runs it: the console script beside this Python, else ``-m``."""
    script = Path(sys.executable).with_name("articledesk.exe" if os.name == "nt" else "articledesk")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "editor.cli.main"]


def _hunspell_problem(text_path: Path) -> str | None:
    """Why ``hunspell -d vi_VN -l`` cannot run here, or None."""
    if shutil.which("hunspell") is None:
        return "hunspell is not installed (Debian: apt install hunspell hunspell-vi)"
    probe = subprocess.run(["hunspell", "-d", "vi_VN", "-l", str(text_path)], capture_output=True, text=True,
                           check=False)
    if probe.returncode != 0 or "Can't open" in probe.stderr:
        return "hunspell has no vi_VN dictionary (Debian: apt install hunspell-vi): " + probe.stderr.strip()[:120]
    return None


def command_bench(path: Path, rounds: int = 9) -> dict:
    """Issue 13: ``articledesk check FILE`` as a whole process (start-up, imports, pack, check,
    printing) next to ``hunspell -d vi_VN -l`` on the same article as plain text, the spell checker
    it replaces. Fresh processes, interleaved, ``rounds`` rounds, medians; target ratio ≤ 1.0.

    Both get one untimed run first: it fills the compiled-pack cache of ``articledesk`` (its first
    run on a machine builds the pack: reported as ``command_check_first_ms``) and puts hunspell's
    dictionary in the disk cache. The sources are byte-compiled first, as an installation is.
    """
    from editor.model import article_file
    from exports.text import article_to_text

    for package in ("editor", "exports"):
        compileall.compile_dir(str(ROOT / package), quiet=1)
    text_path = Path(path).with_suffix(".txt")
    text_path.write_text(article_to_text(article_file.load(path)), encoding="utf-8")
    check = _checker_command() + ["check", str(path)]
    t0 = time.perf_counter()
    subprocess.run(check, cwd=ROOT, capture_output=True, check=False)
    result: dict = {"command_check_first_ms": round((time.perf_counter() - t0) * 1000)}
    problem = _hunspell_problem(text_path)
    commands = {"check": check}
    if problem is None:
        commands["hunspell"] = ["hunspell", "-d", "vi_VN", "-l", str(text_path)]
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(rounds):
        for name, argv in commands.items():
            t0 = time.perf_counter()
            subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            times[name].append(time.perf_counter() - t0)
    c = statistics.median(times["check"])
    result.update({"command_rounds": rounds, "command_check_ms": round(c * 1000)})
    if problem is not None:
        result["command_hunspell"] = f"not measured: {problem}"
        return result
    h = statistics.median(times["hunspell"])
    result.update({"command_hunspell_ms": round(h * 1000), "command_check_vs_hunspell": round(c / h, 2),
                   "command_check_vs_hunspell_target": 1.0})
    return result


def place_cursor(window, block_number: int) -> None:
    cursor = QTextCursor(window.body.document().findBlockByNumber(block_number))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    window.body.setTextCursor(cursor)
    window.body.setFocus()


def keystroke_bench(app: QApplication, window) -> dict:
    place_cursor(window, 20)
    samples = []
    for ch in "thành tich ":
        before = gui_check_seconds(window)
        key(app, window.body, ch)
        app.processEvents()
        settle(app, window)  # the debounced block check and the counts run here
        samples.append(gui_check_seconds(window) - before)
    # the article-level pass of this pause: its snapshot and the results are GUI work too
    return {"keystroke_gui_check_ms_median": round(statistics.median(samples) * 1000, 2),
            "keystroke_gui_check_ms_max": round(max(samples) * 1000, 2), "keystroke_target_ms": 10}


def typing_round(app: QApplication, on, off, block: int) -> dict:
    """200 key presses at the end of paragraph ``block`` of both windows, one key in each by turns
    (so a busy moment of the machine costs both the same), then the per-block checks the live
    window runs at the next pause; then 100 more keys in each with a pause every ten."""
    text = (WORDS * 4)[:200]
    spent = {True: 0.0, False: 0.0}
    latencies: dict[bool, list[float]] = {True: [], False: []}
    for window in (on, off):
        place_cursor(window, block)
    for ch in text:
        for live, window in ((True, on), (False, off)):
            k0 = time.perf_counter()
            key(app, window.body, ch)
            app.processEvents()
            took = time.perf_counter() - k0
            spent[live] += took
            latencies[live].append(took)
    t0 = time.perf_counter()
    on.checker.controller.flush()  # the per-block checks the debounce runs at the next pause
    on.checker.refresh_summary()
    flush = time.perf_counter() - t0
    # Paced typing: a pause every 10 characters lets the debounced and article-level checks fire;
    # the latency of the keystrokes shows whether a running worker gets in the way.
    paced: dict[bool, list[float]] = {True: [], False: []}
    for live, window in ((True, on), (False, off)):
        place_cursor(window, block)
        for i, ch in enumerate(text[:100]):
            if i and i % 10 == 0:
                pump(app, 0.75)
            k0 = time.perf_counter()
            key(app, window.body, ch)
            app.processEvents()
            paced[live].append(time.perf_counter() - k0)
    out = {}
    for live in (True, False):
        p = sorted(paced[live])
        out[live] = {"typing_s": spent[live], "with_checks_s": spent[live] + (flush if live else 0.0),
                     "mean_key_ms": statistics.mean(latencies[live]) * 1000,
                     "paced_max_key_ms": p[-1] * 1000, "paced_p95_key_ms": p[int(len(p) * 0.95)] * 1000}
    return out


def checking_off(window) -> None:
    """Take the live checker out of the window, as if it had none."""
    checker = window.checker
    checker.body_view.underlines.detach()
    window.fields.edited.disconnect(checker.controller.note_field_edit)
    checker.controller.shutdown()


def typing_bench(app: QApplication, on, off, path: Path) -> dict:
    """The same typing in two windows showing the same article, one without the checker;
    five rounds in different paragraphs, medians."""
    for window in (on, off):
        window.files.open_path(str(path), ask=False)
        pump(app, 1.5)  # the document finishes its layout, the whole-article check lands
    settle(app, on)
    runs: dict[bool, list[dict]] = {True: [], False: []}
    for round_ in range(5):
        result = typing_round(app, on, off, 25 + 10 * round_)
        for live in (True, False):
            runs[live].append(result[live])
        settle(app, on)

    def med(live: bool, name: str) -> float:
        return statistics.median(r[name] for r in runs[live])

    return {
        "typing200_off_ms": round(med(False, "typing_s") * 1000, 1),
        "typing200_on_ms": round(med(True, "typing_s") * 1000, 1),
        "typing200_on_with_checks_ms": round(med(True, "with_checks_s") * 1000, 1),
        "typing200_ratio": round(med(True, "typing_s") / med(False, "typing_s"), 2),
        "typing200_with_checks_ratio": round(med(True, "with_checks_s") / med(False, "typing_s"), 2),
        "typing200_ratio_target": 1.2,
        "mean_key_ms_on": round(med(True, "mean_key_ms"), 2), "mean_key_ms_off": round(med(False, "mean_key_ms"), 2),
        "paced_max_key_ms_on": round(med(True, "paced_max_key_ms"), 1),
        "paced_max_key_ms_off": round(med(False, "paced_max_key_ms"), 1),
        "paced_p95_key_ms_on": round(med(True, "paced_p95_key_ms"), 1),
        "paced_p95_key_ms_off": round(med(False, "paced_p95_key_ms"), 1),
    }


def main() -> None:
    if "--command-only" in sys.argv[1:]:  # the headline figure alone, without the window
        with tempfile.TemporaryDirectory() as home:
            os.environ["ARTICLEDESK_HOME"] = home
            path = Path(home) / "long.article"
            result = {"long_article_source": build_long_article(path, 10_000), **command_bench(path)}
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from editor.app import create_main_window
    from editor.settings import Settings

    with tempfile.TemporaryDirectory() as home:
        os.environ["ARTICLEDESK_HOME"] = home
        path = Path(home) / "long.article"
        source = build_long_article(path, 10_000)
        result: dict = {"long_article_source": source}
        window = create_main_window(None, Settings(Path(home) / "s.ini"))
        window.resize(1280, 800)
        window.show()
        settle(app, window)
        result.update(seed_bench(app, window))
        result.update(long_bench(path))
        result.update(command_bench(path))
        window.session.modified and window.session.new_article("vi")
        t0 = time.perf_counter()
        window.files.open_path(str(path), ask=False)
        app.processEvents()
        opened = time.perf_counter() - t0
        settle(app, window)
        result["long_open_gui_ms"] = round(opened * 1000, 1)
        result["long_open_to_all_checked_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        result.update(keystroke_bench(app, window))
        settle(app, window)
        window.session.new_article("vi")
        plain = create_main_window(None, Settings(Path(home) / "s2.ini"))
        plain.resize(1280, 800)
        plain.show()
        checking_off(plain)
        result.update(typing_bench(app, window, plain, path))
        for w in (window, plain):
            w.session.new_article("vi")
            w.close()
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
