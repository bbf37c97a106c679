"""Benchmarks of the editor (issue 2): prints one JSON object.

- cold start to the first painted window with the sample article, next to a bare PySide6
  window started the same way (median of several runs, each a fresh process);
- opening and displaying a 10,000-word article (built from the shared corpus when present,
  else from the built-in sample repeated; the median of three fresh processes);
- peak memory (max RSS) of the process that displayed the long article, next to a bare
  PySide6 window showing the same article's text in a QTextEdit.

Run: ``.venv/bin/python bench/bench_editor.py [--runs N]``. Targets: start ≤ 1.5× the bare
window; the 10,000-word article displayed in ≤ 0.3 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.long_article import build_long_article  # noqa: E402

# A child process prints "painted" when a top-level window first paints, then quits.
_PAINT_FILTER = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication.instance() or QApplication(sys.argv[:1])
class _First(QObject):
    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and getattr(obj, "isWindow", lambda: False)() and obj.isVisible():
            print("painted", flush=True)
            QTimer.singleShot(0, app.quit)
            app.removeEventFilter(self)
        return False
_f = _First()
app.installEventFilter(_f)
"""

BARE = _PAINT_FILTER + """
from PySide6.QtWidgets import QMainWindow, QTextEdit
w = QMainWindow(); w.setCentralWidget(QTextEdit()); w.resize(1280, 800); w.show()
app.exec()
"""

APP = _PAINT_FILTER + """
from editor.app import run_gui
run_gui(None)
"""

LONG = """
import json, resource, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from editor.app import create_main_window
window = create_main_window(None)
window.resize(1280, 800); window.show(); app.processEvents()
t0 = time.perf_counter()
window.files.open_path(sys.argv[1])
window.repaint(); app.processEvents()
elapsed = time.perf_counter() - t0
words = window.session.article.counts().words
print(json.dumps({"seconds": elapsed, "words": words,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


# The peer of the memory figure: a bare window showing the same text, nothing else.
BARE_LONG = """
import json, resource, sys
from PySide6.QtWidgets import QApplication, QMainWindow, QTextEdit
app = QApplication(sys.argv[:1])
w = QMainWindow(); edit = QTextEdit(); w.setCentralWidget(edit); w.resize(1280, 800); w.show(); app.processEvents()
edit.setPlainText(open(sys.argv[1], encoding="utf-8").read())
w.repaint(); app.processEvents()
print(json.dumps({"peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def _env(home: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for var, sub in (("XDG_CONFIG_HOME", "c"), ("XDG_DATA_HOME", "d"), ("XDG_CACHE_HOME", "k"), ("XDG_STATE_HOME", "s")):
        env[var] = os.path.join(home, sub)
    env["PYTHONPATH"] = str(ROOT)
    # A user's Python caches compiled modules; measure that, not a recompile on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time_to_paint(code: str, home: str) -> float:
    env = _env(home)
    # A first run: no settings yet, so ArticleDesk opens its sample article.
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp(dir=home)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env, cwd=home)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    proc.wait(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError("the window never painted")
    return elapsed


def measure(runs: int = 5) -> dict:
    """The figures (see the module documentation) as a dict."""
    from editor.model import article_file
    from exports.text import article_to_text

    with tempfile.TemporaryDirectory() as home:
        # Warm the disk cache and the translation build once, as a user's second start would be.
        _time_to_paint(BARE, home)
        _time_to_paint(APP, home)
        bare: list[float] = []
        app: list[float] = []
        for _ in range(runs):  # by turns, so a busy moment of the machine costs both the same
            bare.append(_time_to_paint(BARE, home))
            app.append(_time_to_paint(APP, home))
        long_path = Path(home) / "long.article"
        source = build_long_article(long_path, 10_000)
        longs = []
        for _ in range(3):  # fresh processes; the median
            out = subprocess.run([sys.executable, "-c", LONG, str(long_path)], capture_output=True, text=True,
                                 env=_env(home), cwd=home, check=True)
            longs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        long = sorted(longs, key=lambda r: r["seconds"])[1]
        text_path = long_path.with_suffix(".txt")
        text_path.write_text(article_to_text(article_file.load(long_path)), encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", BARE_LONG, str(text_path)], capture_output=True, text=True,
                             env=_env(home), cwd=home, check=True)
        bare_long = json.loads(out.stdout.strip().splitlines()[-1])
    return {
        "bare_window_start_s": round(statistics.median(bare), 3),
        "articledesk_start_s": round(statistics.median(app), 3),
        "start_ratio": round(statistics.median(app) / statistics.median(bare), 2),
        "start_ratio_target": 1.5,
        "long_article_words": long["words"],
        "long_article_source": source,
        "long_article_open_display_s": round(long["seconds"], 3),
        "long_article_target_s": 0.3,
        "peak_rss_mb": round(long["peak_rss_mb"], 1),
        "bare_window_same_text_peak_rss_mb": round(bare_long["peak_rss_mb"], 1),
        "runs": runs,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(json.dumps(measure(args.runs), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
