"""Articles of any size (issue 15): does the cost grow in line with the article?

Two parts, both printed as tables:

1. ``articledesk check`` and every export (html, docx, nitf, txt, pdf) on articles of 1,000,
   4,000 and 16,000 paragraphs, each as a fresh process: wall time and peak memory (the
   child's maximum resident set), and the 16,000 / 1,000 ratio of each, against the target 20
   (16 times the text: linear growth gives 16, a little start-up makes it less).
2. The GUI thread while the article's safety net works on a 20,000-paragraph article: the
   longest gap between the beats of a 10 ms QTimer heartbeat during an autosave (snapshot
   taken, journal written on the writer thread), during the history snapshot after a save
   (the save itself is the user's command and is not counted), and the changed-on-disk check
   (timed as the call it is). Target: no stall over 20 ms.

The paragraphs come from the shared corpus (cut at 60 words; every 15th is an intertitle) when it
is there, else from the built-in sample; the text goes only to a temporary folder.

Run: ``.venv/bin/python bench/bench_scaling.py`` (``--sizes 1000,4000`` for a quicker run,
``--only cli`` or ``--only gui`` for one part, ``--gui-paragraphs N``). Exit status 0 when every
target is met, 1 when one is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.long_article import CORPUS  # noqa: E402
from editor.model import article_file as af  # noqa: E402
from editor.model.article import Article, Block, Byline, Dateline  # noqa: E402
from editor.model.text import nfc  # noqa: E402
from editor.resources import resource_path  # noqa: E402

SIZES = (1_000, 4_000, 16_000)
RATIO_TARGET = 20.0
STALL_TARGET_MS = 20.0
SAVE_TARGET_MS = 500.0  # the explicit save: the user asked for it and waits, but never for seconds
HEARTBEAT_MS = 10
WORDS_PER_PARAGRAPH = 60
EXPORTS = ("html", "docx", "nitf", "txt", "pdf")


def _paragraphs() -> tuple[list[str], str]:
    texts: list[str] = []
    for p in sorted((CORPUS / "vi").glob("vi_0*.json")) if (CORPUS / "vi").is_dir() else []:
        words = nfc(json.loads(p.read_text(encoding="utf-8")).get("body") or "").split()
        texts.extend(" ".join(words[i:i + WORDS_PER_PARAGRAPH]) for i in range(0, len(words), WORDS_PER_PARAGRAPH))
    if texts:
        return texts, "shared corpus"
    sample = af.load(resource_path("samples", "sample-vi.article"))
    return [b.text for b in sample.body if b.type == "paragraph" and b.text], "built-in sample, repeated"


def article_of(count: int, texts: list[str]) -> Article:
    """An article of ``count`` body blocks; every 15th an intertitle of its paragraph's first words."""
    article = Article.new("vi")
    article.headline = "Bài dài để đo tốc độ"
    article.lede = texts[0]
    article.dateline = Dateline(source="ANTV", place="Hà Nội", date="2026-03-12")
    article.byline = Byline(authors=["Bench"], signoff="BT")
    for i in range(count):
        text = texts[i % len(texts)]
        if i % 15 == 14:
            article.body.append(Block(type="heading", text=" ".join(text.split()[:8])))
        else:
            article.body.append(Block(text=text))
    return article


# ------------------------------------------------------------------ command line


_MEASURE = ("import resource,subprocess,sys,time;t=time.perf_counter();"
            "p=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.PIPE,text=True);"
            "print(time.perf_counter()-t,resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,p.returncode);"
            "print(p.stderr[-500:],file=sys.stderr)")
_ARTICLEDESK = "import sys; from editor.cli.main import main; sys.exit(main())"  # the articledesk command


def measure(args: list[str]) -> tuple[float, float, int, str]:
    """Wall seconds, peak resident MB, exit status and the end of stderr of ``articledesk ARGS``,
    run as a fresh process (the child of a small wrapper, so its peak is its own)."""
    out = subprocess.run([sys.executable, "-c", _MEASURE, sys.executable, "-c", _ARTICLEDESK, *args],
                         cwd=ROOT, capture_output=True, text=True)
    elapsed, peak_kb, status = out.stdout.split()
    return float(elapsed), int(peak_kb) / 1024, int(status), out.stderr.strip()


def bench_cli(sizes: tuple[int, ...], folder: Path, texts: list[str]) -> tuple[list[str], bool]:
    rows: dict[str, dict[int, tuple[float, float]]] = {}
    for n in sizes:
        path = folder / f"bai-{n}.article"
        af.save(article_of(n, texts), path)
        for name in ("check", *EXPORTS):
            if name == "check":
                args = ["check", str(path), "--format", "json"]
            else:
                args = ["export", str(path), "--to", name, "-o", str(folder / f"bai-{n}.{name}")]
            elapsed, peak, status, errors = measure(args)
            if status not in (0, 1):  # check exits 1 when it finds something
                raise SystemExit(f"articledesk {' '.join(args)} failed ({status}): {errors}")
            rows.setdefault(name, {})[n] = (elapsed, peak)
            print(f"  {name:6s} {n:>6,} paragraphs: {elapsed:7.2f} s {peak:8.0f} MB", file=sys.stderr, flush=True)
    ratio_name = f"{sizes[-1] // 1000}k/{sizes[0] // 1000}k" if sizes[0] >= 1000 else "last/first"
    lines = [" " * 8 + "".join(f"{f'{n:,} paragraphs':>18}" for n in sizes) + f"{ratio_name:>18}",
             " " * 8 + "".join(f"{'s':>10}{'MB':>8}" for _ in sizes) + f"{'s':>10}{'MB':>8}  target"]
    ok = True
    for name, by_size in rows.items():
        cells = "".join(f"{by_size[n][0]:>10.2f}{by_size[n][1]:>8.0f}" for n in sizes)
        ratio = ""
        if len(sizes) > 1:
            t = by_size[sizes[-1]][0] / by_size[sizes[0]][0]
            m = by_size[sizes[-1]][1] / by_size[sizes[0]][1]
            within = t <= RATIO_TARGET and m <= RATIO_TARGET
            ok = ok and within
            ratio = f"{t:>10.1f}{m:>8.1f}  ≤ {RATIO_TARGET:.0f} {'ok' if within else 'MISSED'}"
        lines.append(f"{name:8s}{cells}{ratio}")
    return lines, ok


# -------------------------------------------------------------------- GUI thread


def bench_gui(count: int, folder: Path, texts: list[str]) -> tuple[list[str], bool]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from editor.qt.body_mirror import BodyMirror
    from editor.session.article_session import ArticleSession
    from editor.session.autosave import article_with_body
    from editor.session.live_counts import LiveCounts
    from editor.session.safety import ArticleSafety
    from editor.ui.body.body_editor import BodyEditor

    app = QApplication.instance() or QApplication([])
    path = folder / f"bai-{count}.article"
    af.save(article_of(count, texts), path)
    session = ArticleSession()
    session.open(path)
    editor = BodyEditor()
    editor.set_blocks(session.article.body)
    mirror = BodyMirror(editor.document())
    mirror.expect(session.article.body)  # as the window's load_article does

    def snapshot(wait: bool):
        body = mirror.snapshot(None if wait else 0.008)
        return None if body is None else article_with_body(session.article, body)

    def current():  # as the window's sync_body: the body from the mirror
        session.article.body = mirror.snapshot()
        return session.article

    class View:
        def show_message(self, *_args) -> None:
            pass

    safety = ArticleSafety(session, View(), folder / "data", current, max_count=50, max_days=90,
                           delay_ms=60_000, max_interval_ms=60_000, snapshot_article=snapshot)
    clock = QElapsedTimer()
    beats: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: beats.append(clock.elapsed()))

    def longest_gap(until) -> float:
        """Run the event loop with the heartbeat until ``until()``; the longest gap between beats."""
        beats.clear()
        clock.start()
        heartbeat.start()
        deadline = time.monotonic() + 120
        while not until() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.001)
        for _ in range(3):  # a few beats after the work is done
            app.processEvents()
            time.sleep(HEARTBEAT_MS / 1000)
        app.processEvents()
        heartbeat.stop()
        gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
        return float(max(gaps, default=0))

    results: dict[str, float] = {}
    written: list[bool] = []
    safety.autosaver.written.connect(lambda: written.append(True))
    # Autosave right after opening: the body is read in slices, then written on the thread.
    cursor = editor.textCursor()
    cursor.insertText("Mở đầu. ")
    session.mark_modified()
    QTimer.singleShot(0, safety.autosaver.write_soon)
    results["autosave after opening"] = longest_gap(lambda: bool(written))
    # Autosave while typing: one more word, written again.
    written.clear()
    cursor.setPosition(editor.document().findBlockByNumber(count // 2).position())
    cursor.insertText("Thêm chữ ")
    QTimer.singleShot(0, safety.autosaver.write_soon)
    results["autosave while typing"] = longest_gap(lambda: bool(written))
    # The status-bar count after a keystroke (the window's refresh_counts), the longest of a few,
    # next to what it cost before: the whole body read again and counted.
    counter = LiveCounts()
    counter.counts(session.article, mirror.snapshot())
    calls: dict[str, list[float]] = {"word count per keystroke": [], "(before: whole body read and counted)": []}
    for _ in range(10):
        cursor.insertText("chữ ")
        session.mark_modified()
        start = time.perf_counter()
        body = mirror.snapshot(0.008)
        assert body is not None
        counter.counts(session.article, body)
        calls["word count per keystroke"].append((time.perf_counter() - start) * 1000)
    for _ in range(2):  # after the keystrokes: the 20,000 blocks this makes would bring a collection into them
        start = time.perf_counter()
        whole = session.article.copy()
        whole.body = editor.blocks()
        whole.counts()
        calls["(before: whole body read and counted)"].append((time.perf_counter() - start) * 1000)
    del whole
    # The explicit save (File › Save: the body synced, the disk checked, the file written, the journal
    # brought up to date first), a call on the GUI thread, then the history snapshot it leaves.
    taken: list[str] = []
    safety.snapshot_taken.connect(taken.append)
    QTimer.singleShot(0, safety.autosaver.write_soon)  # edits waiting for the journal, as after typing
    start = time.perf_counter()
    current()
    assert not session.changed_on_disk()
    session.save()
    calls["explicit save (the user waits)"] = [(time.perf_counter() - start) * 1000]
    results["history snapshot after a save"] = longest_gap(lambda: bool(taken))
    # The changed-on-disk check before a save: a call on the GUI thread, timed.
    start = time.perf_counter()
    changed = session.changed_on_disk()
    results["changed-on-disk check"] = (time.perf_counter() - start) * 1000
    assert not changed
    safety.close()
    lines = [f"GUI thread at {count:,} paragraphs ({path.stat().st_size / 1e6:.1f} MB file), "
             f"longest stall (gap between {HEARTBEAT_MS} ms beats, minus the beat):"]
    ok = True
    for name, gap in results.items():
        stall = gap if name == "changed-on-disk check" else max(0.0, gap - HEARTBEAT_MS)
        within = stall <= STALL_TARGET_MS
        ok = ok and within
        lines.append(f"  {name:32s} {stall:8.1f} ms   target ≤ {STALL_TARGET_MS:.0f} ms {'ok' if within else 'MISSED'}")
    for name, times in calls.items():
        if os.environ.get("BENCH_SCALING_ALL"):
            print(name, [round(t, 1) for t in times], file=sys.stderr)
        if name.startswith("("):
            lines.append(f"  {name:38s} {max(times):8.1f} ms   for comparison")
        elif name.startswith("explicit"):  # the user asked for it: a short wait, never seconds
            within = max(times) <= SAVE_TARGET_MS
            ok = ok and within
            lines.append(f"  {name:32s} {max(times):8.1f} ms   target ≤ {SAVE_TARGET_MS:.0f} ms {'ok' if within else 'MISSED'}")
        else:
            within = max(times) <= STALL_TARGET_MS
            ok = ok and within
            lines.append(f"  {name:32s} {max(times):8.1f} ms   target ≤ {STALL_TARGET_MS:.0f} ms {'ok' if within else 'MISSED'}")
    return lines, ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(str(n) for n in SIZES), help="paragraph counts (default 1000,4000,16000)")
    parser.add_argument("--gui-paragraphs", type=int, default=20_000, help="article size for the GUI part")
    parser.add_argument("--only", choices=("cli", "gui"), help="run one part only")
    args = parser.parse_args(argv)
    sizes = tuple(int(s) for s in args.sizes.split(","))
    texts, source = _paragraphs()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print(f"Articles from the {source}, {WORDS_PER_PARAGRAPH} words a paragraph.")
        if args.only != "gui":
            lines, part_ok = bench_cli(sizes, folder, texts)
            ok = ok and part_ok
            print("\n".join(lines))
        if args.only != "cli":
            lines, part_ok = bench_gui(args.gui_paragraphs, folder, texts)
            ok = ok and part_ok
            print("\n".join(lines))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
