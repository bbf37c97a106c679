"""Benchmark of the article library (issue 4): prints one JSON object.

Builds a folder of 5,000 generated articles (about 400 words each, Vietnamese and English;
generated from word lists, no corpus text) and measures:

- the first scan, reading every file (no cache yet);
- listing again on a later start: cached index + one look at every file's time and size;
- searches after the first scan (accent-less, accented, two words, a rare word, a filter);
- the library window: from opening it to the first rows shown, and to the scan done;
- the peers on the same folder, what a journalist would otherwise use: ``ls -lR`` (names, sizes
  and times of every file: what listing again looks at) and ``grep -rli`` of an accented word.

Run: ``.venv/bin/python bench/bench_library.py [--count N] [--keep DIR]``.
Targets: 5,000 articles list in < 1 s; a search answers in < 200 ms after the first scan.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from editor.model import article_file  # noqa: E402
from editor.model.article import Article, Block, Byline, Dateline  # noqa: E402
from editor.model.library import Library  # noqa: E402

VI_WORDS = ("hội nghị tổng kết công tác phòng cháy chữa cháy năm nay tại Hà Nội Đà Nẵng Thành phố Hồ Chí Minh "
            "lực lượng chức năng kiểm tra xử lý vi phạm giao thông đường bộ người dân doanh nghiệp tỉnh "
            "ủy ban nhân dân báo cáo số liệu tăng giảm so với cùng kỳ đồng chí chủ trì nhấn mạnh yêu cầu "
            "các đơn vị triển khai kế hoạch bảo đảm an ninh trật tự mùa mưa bão lũ quét sạt lở đất").split()
EN_WORDS = ("the conference reviewed fire safety work this year in Hanoi Da Nang Ho Chi Minh City where police "
            "inspected businesses and residents reported traffic violations on national roads officials said "
            "figures rose compared with last year and called on units to carry out plans for security during "
            "the storm season floods and landslides").split()
TOPICS = ("An ninh trật tự", "Giao thông", "Thời tiết", "Kinh tế", "Xã hội", "Weather", "Business")
STATUSES = ("draft", "ready", "sent")


def _text(rng: random.Random, words: list[str], n: int) -> str:
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."


def make_articles(folder: Path, count: int, seed: int = 4) -> None:
    """Write ``count`` generated articles into ``folder`` (and a few sub-folders by month)."""
    rng = random.Random(seed)
    for n in range(count):
        vi = rng.random() < 0.8
        words = VI_WORDS if vi else EN_WORDS
        a = Article.new("vi" if vi else "en")
        a.headline = _text(rng, words, rng.randint(8, 14))[:-1]
        a.lede = _text(rng, words, 35)
        a.topic = rng.choice(TOPICS)
        a.status = rng.choice(STATUSES)
        a.dateline = Dateline(source="ANTV", place="Hà Nội", date="2026-03-12")
        a.byline = Byline(authors=["Nguyễn Văn A"], signoff=rng.choice(("BT", "NVA", "HL", "TM")))
        a.body = [Block(text=_text(rng, words, 60)) for _ in range(6)]
        sub = folder / f"2026-{n % 12 + 1:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"bai-{n:05d}.article").write_text(article_file.dumps(a), encoding="utf-8")


def _timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def measure_model(folder: Path, cache: Path) -> dict:
    """Scan, cache, list again and search, without any window."""
    first = Library([folder], cache)
    cold, _ = _timed(first.scan)
    save, _ = _timed(first.save_cache)

    def warm_list() -> int:
        again = Library([folder], cache)
        again.load_cache()
        again.scan()
        return len(again.search(""))

    warm, listed = _timed(warm_list)
    queries = {"accentless word": ("ha noi", None), "accented word": ("phòng cháy", None),
               "two words": ("kiểm tra sạt lở", None), "rare word": ("landslides floods", None),
               "status filter": ("", "ready"), "word + filter": ("bão", "sent")}
    searches = {}
    for name, (query, status) in queries.items():
        times = []
        for _ in range(5):
            t, hits = _timed(lambda q=query, s=status: first.search(q, s))
            times.append(t)
        searches[name] = {"median_ms": round(statistics.median(times) * 1000, 1),
                          "max_ms": round(max(times) * 1000, 1), "hits": len(hits)}
    return {
        "articles": len(first.items),
        "first_scan_s": round(cold, 3),
        "cache_write_s": round(save, 3),
        "cache_mb": round(cache.stat().st_size / 1e6, 1),
        "list_on_next_start_s": round(warm, 3),
        "listed": listed,
        "search": searches,
        "slowest_search_ms": max(s["max_ms"] for s in searches.values()),
    }


def measure_window(folder: Path, home: Path) -> dict:
    """Open the library window on the folder (its index cached): first rows, scan done."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["ARTICLEDESK_HOME"] = str(home)
    from PySide6.QtWidgets import QApplication

    from editor.app import create_main_window
    from editor.settings import Settings

    app = QApplication.instance() or QApplication([])
    settings = Settings(home / "s.ini")
    settings.set_value("library/folders", [str(folder)])
    window = create_main_window(None, settings)
    out = {}
    for run in ("first_open", "next_start"):
        window.library.library_window = None
        start = time.perf_counter()
        window.library.show_library()
        lib = window.library.library_window
        shown = lib.model.rowCount()
        out[f"{run}_rows_shown_s"] = round(time.perf_counter() - start, 3)
        out[f"{run}_rows_at_once"] = shown
        done: list[float] = []
        lib.scanned.connect(lambda d=done: d.append(time.perf_counter()))
        while not done:
            app.processEvents()
            time.sleep(0.002)
        out[f"{run}_scan_done_s"] = round(done[0] - start, 3)
        out[f"{run}_rows"] = lib.model.rowCount()
        start = time.perf_counter()
        lib.search.setText("ha noi")
        out[f"{run}_search_typed_ms"] = round((time.perf_counter() - start) * 1000, 1)
        lib.close()
        lib.deleteLater()
        app.processEvents()
    return out


def measure_peers(folder: Path, rounds: int = 5) -> dict:
    """``ls -lR`` and ``grep -rli`` on the folder (medians of ``rounds``); the reason when missing."""
    out: dict[str, object] = {}
    for name, argv in (("ls_lR", ["ls", "-lR", str(folder)]), ("grep_rli", ["grep", "-rli", "phòng cháy", str(folder)])):
        if shutil.which(argv[0]) is None:
            out[f"peer_{name}_ms"] = f"not measured: {argv[0]} is not installed"
            continue
        times = []
        for _ in range(rounds):
            t, _ = _timed(lambda a=argv: subprocess.run(a, stdout=subprocess.DEVNULL, check=False))
            times.append(t)
        out[f"peer_{name}_ms"] = round(statistics.median(times) * 1000, 1)
    return out


def measure(count: int = 5000, keep: Path | None = None, window: bool = True) -> dict:
    """Build the folder (in ``keep`` when given), measure; the figures as a dict."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(keep) if keep else Path(tmp)
        folder = base / "articles"
        start = time.perf_counter()
        if not folder.is_dir():
            make_articles(folder, count)
        built = time.perf_counter() - start
        result = {"build_s": round(built, 1)}
        result.update(measure_model(folder, base / "cache" / "index.json"))
        result.update(measure_peers(folder))
        if window:
            result["window"] = measure_window(folder, base / "home")
        result["targets"] = {"list_under_1s": result["list_on_next_start_s"] < 1.0,
                             "search_under_200ms": result["slowest_search_ms"] < 200}
    return result


def main() -> int:
    """Build the folder, measure, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--keep", metavar="DIR", help="build the articles in DIR and keep them")
    args = parser.parse_args()
    print(json.dumps(measure(args.count, Path(args.keep) if args.keep else None), indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
