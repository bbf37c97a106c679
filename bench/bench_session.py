"""The long editing session (issue 15): two hours of a desk's editing in one window, one process.

Prints one JSON object: the operations done (by kind), resident memory after the warm-up and at
the end (target: at most 20 % more), Python and Qt objects at both points, the undo history's
depth (bounded by its limit) and whether Undo to the limit and Redo to the end gave the text back.
See bench/long_session.py for what is done and checked.

Run: ``.venv/bin/python bench/bench_session.py [--operations 6000] [--warmup 300] [--seed 15]``
(offscreen, about ten minutes). Exit status 1 when a problem was found or memory grew by more
than 20 %.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GROWTH_TARGET_PCT = 20.0


def measure(operations: int, warmup: int = 300, seed: int = 15, words: int = 1_500, progress=None) -> dict:
    """Run the session in a fresh window (private settings and data) and return its figures."""
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "ARTICLEDESK_HOME"):
            os.environ[var] = str(home / var.lower())
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from bench.long_article import build_long_article
        from bench.long_session import run_session
        from editor.app import application, create_main_window
        from editor.settings import Settings

        app = application()
        window = create_main_window(None, Settings(home / "settings.ini"))
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        source = home / "source.article"
        build_long_article(source, words)
        result = run_session(window, home, source, operations, warmup, seed=seed, progress=progress)
        if window.checker is not None:
            window.checker.controller.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
    result["rss_growth_target_pct"] = GROWTH_TARGET_PCT
    result["within_target"] = not result["problems"] and result["rss_growth_pct"] <= GROWTH_TARGET_PCT
    return result


def main() -> int:
    """Run the session, print the figures."""
    from bench.long_session import TWO_HOURS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--operations", type=int, default=TWO_HOURS, help=f"after the warm-up (default {TWO_HOURS})")
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--seed", type=int, default=15)
    args = parser.parse_args()

    def progress(n: int, sample: dict) -> None:
        print(f"{n} operations: {sample['rss_mb']} MB, {sample['python_objects']} objects, "
              f"undo depth {sample['undo_depth']}", file=sys.stderr, flush=True)

    result = measure(args.operations, args.warmup, args.seed, progress=progress)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if result["within_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
