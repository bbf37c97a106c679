"""Crash soak: start the real program, let it type and save, kill -9 it, start it again, compare.

Each cycle starts ``python main.py FILE`` as a separate process (offscreen Qt, private
config/data folders) with the test driver of ``editor/testing_driver.py`` switched on. The
driver types into the body and fields through real key events and presses Save every few
hundred milliseconds, logging every word with its time. The harness kills the process with
SIGKILL at a random moment (every other cycle: just as a save begins), then checks:

- every ``.article`` file (and its ``.bak``) in the folder parses, and no journal entry is damaged;
- on the next start, after the driver restored what the recovery dialog offered, the text in
  the window holds everything typed up to 5 s before the kill, and nothing that was not typed.

Used by ``tests/test_soak.py`` (short) and ``bench/bench_soak.py`` (long, 50 cycles).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from editor.model import article_file  # noqa: E402
from editor.model.article import Article, Block  # noqa: E402
from editor.model.article_file import ArticleFileError  # noqa: E402
from editor.model.journal import read_entry  # noqa: E402

GRACE_SECONDS = 5.0  # what the issue promises: nothing typed longer ago than this is lost
START_TIMEOUT = 90.0
FILLER = ("Theo báo cáo, trong năm qua các lực lượng chức năng đã kiểm tra hơn 2.000 cơ sở, "
          "phát hiện và xử lý nhiều vi phạm về phòng cháy, chữa cháy tại khu dân cư.")


@dataclass
class Cycle:
    """What happened in one start-type-kill cycle."""

    number: int
    mode: str  # "random" or "save" (killed as a save began)
    start_seconds: float = 0.0
    kill_after: float = 0.0  # seconds of typing before the kill
    killed_during_save: bool = False
    words_typed: int = 0
    saves_completed: int = 0
    recovery_dialog: bool = False  # the next start offered something to recover
    loss_seconds: float = 0.0  # age, at the kill, of the oldest word the next start did not have
    problems: list[str] = field(default_factory=list)


def _initial_article(path: Path) -> None:
    article = Article.new("vi")
    article.headline = "Bài thử độ bền"
    article.body = [Block(text=f"{FILLER} ({n})") for n in range(1, 61)] + [Block(text="")]
    article_file.save(article, path)


def _environment(work: Path, config: Path) -> dict[str, str]:
    env = dict(os.environ)
    home = work / "home"
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_STATE_HOME", "state")):
        (home / "xdg" / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(home / "xdg" / sub)
    env.update(QT_QPA_PLATFORM="offscreen", ARTICLEDESK_HOME=str(home), ARTICLEDESK_TEST_DRIVER=str(config),
               PYTHONDONTWRITEBYTECODE="1")
    return env


def read_log(path: Path) -> list[dict]:
    """The driver's records (a line cut short by the kill is ignored)."""
    records = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    for line in lines:
        try:
            records.append(json.loads(line))
        except ValueError:
            continue
    return records


def _wait_for(log: Path, proc: subprocess.Popen, event: str, timeout: float, after: float = 0.0) -> dict | None:
    deadline = time.time() + timeout
    seen = 0
    while time.time() < deadline:
        if proc.poll() is not None:
            return None
        records = read_log(log)
        for record in records[seen:]:
            if record.get("event") == event and record.get("t", 0) >= after:
                return record
        seen = len(records)
        time.sleep(0.001)
    return None


def check_files(folder: Path, recovery: Path) -> list[str]:
    """Every article and backup parses; every journal entry reads. Returns the problems."""
    problems = []
    for path in sorted(folder.iterdir()):
        if path.name.endswith((".article", ".article.bak")):
            try:
                article_file.loads(path.read_text(encoding="utf-8"), str(path))
            except (ArticleFileError, OSError, UnicodeDecodeError) as exc:
                problems.append(f"{path.name} does not parse: {exc}")
    for entry in sorted(recovery.glob("*.json")) if recovery.is_dir() else []:
        if read_entry(entry) is None:
            problems.append(f"journal entry {entry.name} is damaged")
    return problems


def compare_recovered(now: dict[str, str], base: dict[str, str], typed: list[dict], kill_t: float) -> tuple[list[str], float]:
    """Check the recovered fields against what was typed; returns (problems, loss in seconds)."""
    problems: list[str] = []
    loss = 0.0
    for name, start in base.items():
        chunks = [r for r in typed if r["field"] == name]
        must = start + "".join(r["text"] for r in chunks if r["t"] <= kill_t - GRACE_SECONDS)
        full = start + "".join(r["text"] for r in chunks)
        got = now.get(name, "")
        if not got.startswith(must):
            problems.append(f"{name}: text typed more than {GRACE_SECONDS:.0f} s before the kill is missing")
        if not full.startswith(got):
            problems.append(f"{name}: the recovered text holds something that was never typed")
        text, kept = start, 0
        for chunk in chunks:
            if not got.startswith(text + chunk["text"]):
                break
            text += chunk["text"]
            kept += 1
        if kept < len(chunks):
            loss = max(loss, kill_t - chunks[kept]["t"])
    return problems, loss


def run_soak(cycles: int, work: Path, seed: int = 1, kill_range: tuple[float, float] = (6.0, 9.0),
             report=None) -> dict:
    """Run ``cycles`` kill cycles in ``work``; returns the figures (see module documentation)."""
    rng = random.Random(seed)
    folder = work / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    article = folder / "soak.article"
    _initial_article(article)
    recovery = work / "home" / "data" / "recovery"
    results: list[Cycle] = []
    pending: tuple[dict, list[dict], float] | None = None  # base fields, typed words, kill time
    began = time.time()
    for number in range(cycles + 1):  # the last start only checks the last kill
        last = number == cycles
        cycle = Cycle(number + 1, "save" if number % 2 else "random")
        log = work / f"cycle-{number + 1}.jsonl"
        config = work / f"cycle-{number + 1}.json"
        # "save" cycles press Save every second or so (the kill lands in a save); "random" cycles save
        # seldom, so what comes back is mostly the journal's.
        save_ms = [250, 1200] if cycle.mode == "save" else [4000, 12000]
        config.write_text(json.dumps({"log": str(log), "seed": seed * 1000 + number, "word_ms": [40, 110],
                                      "save_ms": save_ms}), encoding="utf-8")
        output = open(work / f"cycle-{number + 1}.out", "wb")  # noqa: SIM115 - closed below
        started = time.time()
        proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), str(article)], cwd=ROOT,
                                env=_environment(work, config), stdout=output, stderr=subprocess.STDOUT)
        try:
            state = _wait_for(log, proc, "state", START_TIMEOUT)
            if state is None:
                cycle.problems.append("the program did not start (see " + output.name + ")")
                results.append(cycle)
                break
            cycle.start_seconds = state["t"] - started
            cycle.recovery_dialog = any(r.get("event") == "recovery-dialog" for r in read_log(log))
            if pending is not None:
                problems, loss = compare_recovered(state["fields"], *pending)
                results[-1].problems += problems
                results[-1].loss_seconds = loss
            if last:
                results.append(cycle)
                break
            cycle.kill_after = rng.uniform(*kill_range)
            time.sleep(max(0.0, state["t"] + cycle.kill_after - time.time()))
            if cycle.mode == "save":
                _wait_for(log, proc, "save-begin", 5.0, after=time.time())
            kill_t = time.time()
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
            output.close()
        records = read_log(log)
        typed = [r for r in records if r.get("event") == "typed"]
        saves = [r for r in records if r.get("event") in ("save-begin", "save-end")]
        cycle.kill_after = kill_t - state["t"]
        cycle.words_typed = sum(1 for r in typed if r["text"].strip())
        cycle.saves_completed = sum(1 for r in saves if r["event"] == "save-end")
        cycle.killed_during_save = bool(saves) and saves[-1]["event"] == "save-begin"
        cycle.problems += check_files(folder, recovery)
        pending = (state["fields"], typed, kill_t)
        results.append(cycle)
        if report is not None:
            report(cycle)
    kills = results[:cycles]
    return {
        "cycles": len(kills),
        "failed_cycles": sum(1 for c in kills if c.problems),
        "kills_during_save": sum(1 for c in kills if c.killed_during_save),
        "max_loss_seconds": round(max((c.loss_seconds for c in kills), default=0.0), 3),
        "words_typed": sum(c.words_typed for c in kills),
        "saves_completed": sum(c.saves_completed for c in kills),
        "recovery_dialogs": sum(1 for c in results[1:] if c.recovery_dialog),
        "median_start_seconds": round(sorted(c.start_seconds for c in results)[len(results) // 2], 2),
        "seconds": round(time.time() - began, 1),
        "details": [asdict(c) for c in results],
    }
