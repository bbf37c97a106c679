"""The long crash soak (issue 4): 50 kill -9 cycles of the real program; prints one JSON object.

Run: ``.venv/bin/python bench/bench_soak.py [--cycles 50] [--seed 1] [--keep DIR]``.
Target: nothing typed more than 5 s before a kill is lost; every article file parses after
every kill. Exit status 1 when a cycle found a problem.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.soak import run_soak  # noqa: E402


def main() -> int:
    """Run the cycles, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", metavar="DIR", help="work in DIR and keep the logs")
    parser.add_argument("--details", action="store_true", help="include every cycle in the output")
    args = parser.parse_args()

    def progress(cycle) -> None:
        state = "ok" if not cycle.problems else "; ".join(cycle.problems)
        print(f"cycle {cycle.number}: killed after {cycle.kill_after:.1f} s"
              f"{' during a save' if cycle.killed_during_save else ''}: {state}", file=sys.stderr, flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = run_soak(args.cycles, work, seed=args.seed, report=progress)
    details = result.pop("details")
    result["problems"] = [f"cycle {c['number']}: {p}" for c in details for p in c["problems"]]
    result["loss_seconds_by_cycle"] = [round(c["loss_seconds"], 2) for c in details[:-1]]
    if args.details:
        result["details"] = details
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
