"""Huge articles in the window (issue 15, "Articles of any size"): prints one JSON object.

For articles of 1,000 / 4,000 / 16,000 / 20,000 paragraphs, each opened in a fresh process the
way ``run_gui`` opens a file (window painted first, the checker started after):

- ``first_paint_s``: from creating the window to its first paint;
- ``answers_s``: from that paint until the window handles the next event (a click would wait
  this long);
- ``longest_stall_s``: the longest gap of a 10 ms heartbeat timer on the GUI thread from the
  first paint until checking is done and every underline is drawn (``checked_s`` after paint);
- ``underlined_blocks`` / ``blocks_with_findings``: every block with findings shows them.

Then one paragraph of about 1 MB: 50 letters typed in its middle, each timed from the key press
until the window has handled it and painted (``key_ms`` median and max), next to a bare
QTextEdit holding the same paragraph (``bare_key_ms``: what Qt itself costs when the paragraph is
one Qt block; the body holds it as a chain of about 4,000-character blocks, ``qt_blocks``), and the
longest heartbeat gap from the first key until the re-check is done (``typing_longest_stall_s``).

Run: ``.venv/bin/python bench/bench_big.py [--sizes 1000,4000,16000,20000] [--no-typing]
[--no-open] [--typing-chars 1000000]``.
Targets: ``answers_s`` and ``longest_stall_s`` under 3 s at 20,000 paragraphs; under 50 ms of
GUI work per keystroke in the 1 MB paragraph (where Qt's own relayout allows: see ``bare_key_ms``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.long_article import _corpus_paragraphs  # noqa: E402
from editor.model import article_file as af  # noqa: E402
from editor.model.article import Article, Block, Byline, Dateline  # noqa: E402
from editor.resources import resource_path  # noqa: E402

_HEARTBEAT = """
import json, os, statistics, sys, time
from PySide6.QtCore import QEventLoop, QTimer
from editor.app import application, create_main_window
from editor.i18n import install_translators, ui_language
from editor.settings import Settings

app = application()
settings = Settings()
translators = install_translators(app, ui_language(settings))
ticks = []
beat = QTimer()
beat.setInterval(10)
beat.timeout.connect(lambda: ticks.append(time.perf_counter()))


def longest_gap(since):
    marks = [since] + [t for t in ticks if t >= since]
    return max((b - a for a, b in zip(marks, marks[1:])), default=0.0)


def wait_checked(window, limit):
    # A local event loop: app.quit() would tell the checker the application is closing.
    done = []
    loop = QEventLoop()
    def poll():
        c = window.checker.controller
        if c.state == "ready" and c.is_idle() and not getattr(c, "display_pending", lambda: False)():
            done.append(time.perf_counter())
            loop.quit()
    poller = QTimer()
    poller.setInterval(20)
    poller.timeout.connect(poll)
    poller.start()
    limiter = QTimer()
    limiter.setSingleShot(True)
    limiter.timeout.connect(loop.quit)
    limiter.start(int(limit * 1000))
    loop.exec()
    poller.stop()
    limiter.stop()
    return done[0] if done else None
"""

OPEN = _HEARTBEAT + """
path = sys.argv[1]
t0 = time.perf_counter()
window = create_main_window(path, settings, light_start=True)
window.resize(1280, 800)
window.show()
app.processEvents()
painted = time.perf_counter()
answered = []
QTimer.singleShot(0, lambda: answered.append(time.perf_counter()))
beat.start()
ticks.append(painted)
window.finish_start_up()
done = wait_checked(window, float(sys.argv[2]))
ctl = window.checker.controller
under = window.checker.body_view.underlines
live = under.live_keys()
with_findings = sum(1 for k in live if ctl.block_findings(k))
block = window.body.document().begin()
underlined = 0
while block.isValid():
    underlined += bool(block.layout().formats())
    block = block.next()
print(json.dumps({
    "paragraphs": len(window.session.article.body),
    "first_paint_s": round(painted - t0, 3),
    "answers_s": round(answered[0] - painted, 3) if answered else None,
    "checked_s": round(done - painted, 2) if done else None,
    "longest_stall_s": round(longest_gap(painted), 3),
    "underlined_blocks": underlined,
    "blocks_with_findings": with_findings,
}))
os._exit(0)
"""

TYPE = _HEARTBEAT + """
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTextEdit
from editor.model import article_file as af

path, limit = sys.argv[1], float(sys.argv[2])


def typing_times(editor, keys=50, pause=0.12):
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().characterCount() // 2)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    editor.setFocus()
    app.processEvents()
    times = []
    for i in range(keys):
        started = time.perf_counter()
        QTest.keyClick(editor, "abcdefghij"[i % 10])
        app.processEvents()
        editor.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
        until = time.perf_counter() + pause  # the typist's pace: timers and results run meanwhile
        while time.perf_counter() < until:
            app.processEvents()
            time.sleep(0.002)
    return times


bare = QTextEdit()
bare.resize(1280, 800)
bare.setPlainText(af.load(path).body[0].text)
bare.show()
app.processEvents()
bare_times = typing_times(bare, keys=20)
bare.close()

window = create_main_window(path, settings, light_start=True)
window.resize(1280, 800)
window.show()
app.processEvents()
window.finish_start_up()
beat.start()
opened = wait_checked(window, limit)
start = time.perf_counter()
times = typing_times(window.body)
done = wait_checked(window, limit)
print(json.dumps({
    "paragraph_chars": len(window.session.article.body[0].text),
    "qt_blocks": window.body.document().blockCount(),  # the paragraph's pieces (a chain: editor/qt/qtdoc.py)
    "checked_after_open": opened is not None,
    "key_ms_median": round(statistics.median(times), 1),
    "key_ms_max": round(max(times), 1),
    "bare_key_ms_median": round(statistics.median(bare_times), 1),
    "bare_key_ms_max": round(max(bare_times), 1),
    "typing_longest_stall_s": round(longest_gap(start), 3),
    "rechecked_s_after_last_key": round(done - start - sum(times) / 1000 - 50 * 0.12, 2) if done else None,
}))
os._exit(0)
"""


def _paragraphs() -> list[str]:
    paras = _corpus_paragraphs()
    if not paras:
        sample = af.load(resource_path("samples", "sample-vi.article"))
        paras = [b.text for b in sample.body if b.type == "paragraph" and b.text]
    return paras


def build_paragraphs(path: Path, count: int) -> None:
    """An article of ``count`` body paragraphs, no two alike (each round of the source
    paragraphs starts its words elsewhere), so no check is answered from a cache."""
    paras = _paragraphs()
    article = Article.new("vi")
    article.headline = "Bài rất dài để đo tốc độ"
    article.dateline = Dateline(source="ANTV", place="Hà Nội", date="2026-03-12")
    article.byline = Byline(authors=["Bench"], signoff="BT")
    for i in range(count):
        words = paras[i % len(paras)].split()
        turn = (i // len(paras)) % max(1, len(words))
        article.body.append(Block(text=" ".join(words[turn:] + words[:turn])))
    af.save(article, path)


def build_big_paragraph(path: Path, chars: int = 1_000_000) -> None:
    """An article whose body is one paragraph of about ``chars`` characters."""
    paras = _paragraphs()
    pieces, total, i = [], 0, 0
    while total < chars:
        pieces.append(paras[i % len(paras)])
        total += len(pieces[-1]) + 1
        i += 1
    article = Article.new("vi")
    article.headline = "Một đoạn rất dài"
    article.body = [Block(text=" ".join(pieces))]
    af.save(article, path)


def _run(code: str, args: list[str], home: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), HOME=home,
               PYTHONPATH=str(ROOT))
    for var, sub in (("XDG_CONFIG_HOME", "c"), ("XDG_DATA_HOME", "d"), ("XDG_CACHE_HOME", "k"),
                     ("XDG_STATE_HOME", "s")):
        env[var] = os.path.join(home, sub)
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env,
                         cwd=home, check=False)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the bench child failed:\n{out.stderr[-3000:]}")
    return json.loads(lines[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,4000,16000,20000")
    parser.add_argument("--limit", type=float, default=900.0, help="seconds to wait for checking to finish")
    parser.add_argument("--no-typing", action="store_true")
    parser.add_argument("--no-open", action="store_true")
    parser.add_argument("--typing-chars", type=int, default=1_000_000, help="length of the long paragraph")
    args = parser.parse_args()
    result: dict = {"open": [], "typing": None}
    with tempfile.TemporaryDirectory() as home:
        if not args.no_open:
            for size in [int(s) for s in args.sizes.split(",") if s]:
                path = Path(home) / f"p{size}.article"
                build_paragraphs(path, size)
                row = _run(OPEN, [str(path), str(args.limit)], tempfile.mkdtemp(dir=home))
                print(json.dumps(row), file=sys.stderr, flush=True)
                result["open"].append(row)
        if not args.no_typing:
            path = Path(home) / "big.article"
            build_big_paragraph(path, args.typing_chars)
            result["typing"] = _run(TYPE, [str(path), str(args.limit)], tempfile.mkdtemp(dir=home))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
