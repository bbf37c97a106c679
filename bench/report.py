"""One benchmark report (issue 15): every figure the issues set, each next to its peer on the same article.

Runs, in one go, the measurements of the other bench modules and prints one table (or JSON with
``--json``); each row: the figure, ours, the peer's, the ratio, the target and met / missed:

- start-up to the first painted window against a bare PySide6 window (bench_editor), ≤ 1.5×;
  the 10,000-word article opened and displayed, ≤ 0.3 s;
- ``articledesk check`` against ``hunspell -d vi_VN -l`` on the same 10,000-syllable article
  (bench_checker), ≤ 1.0×;
- DOCX export against pandoc turning our HTML of the same article into DOCX (bench_exports),
  ≤ 1.0×, and ``articledesk export --to docx`` as a whole process (start-up and the house-style
  check it runs first included) against the same pandoc run, also ≤ 1.0×; the HTML export ≤ 0.2 s;
- the PDF ("In bài") against LibreOffice turning our DOCX of the same article into PDF
  (bench_print), ≤ 0.3×, in the window and as ``articledesk export --to pdf``; 3 and 100 pages
  under 0.25 and 2 s;
- the library: 5,000 articles listed < 1 s (next to ``ls -lR``), a search < 200 ms (next to
  ``grep -rli``) (bench_library);
- memory: the process showing the 10,000-word article next to a bare window showing its text
  (no target); a long editing session (bench_session, its own process): resident memory at the
  end ≤ 1.2× after the warm-up, the undo history within its limit;
- articles of any size (issue 15): a 20,000-paragraph article opened in the window answers input
  within 3 s of the first paint (bench_big; not with ``--quick``); typing in a 1 MB paragraph costs
  under 50 ms of GUI time a key, next to a bare QTextEdit holding the same paragraph (bench_big);
  at 20,000 paragraphs autosave, the history snapshot, the changed-on-disk check and the word count
  stall the GUI thread at most 20 ms, an explicit save at most 500 ms (bench_scaling).

A peer tool that is not installed gives its reason in the row. Timings are medians of rounds
in which ours and the peer's run by turns. Exit status 0 when every target is met, 1 otherwise.

Run: ``.venv/bin/python bench/report.py [--json] [--quick] [--save FILE]`` (offscreen; about ten
minutes; ``--quick``: fewer rounds, 1,000 library articles and a shorter session, two or three
minutes; ``--save``: the JSON written to FILE as well as the table printed).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

MET, MISSED = "met", "missed"


@dataclass
class Row:
    """One line of the report."""

    figure: str
    ours: str
    peer: str = "—"
    ratio: str = "—"
    target: str = "—"
    status: str = "—"  # met, missed, "not measured: why", or "—" (a figure without a target)


def _s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _ratio_row(figure: str, ours: float, peer_name: str, peer: float | None | str, target: float | None,
               missing: str = "") -> Row:
    """A row comparing two times; ``peer`` None or a sentence when the peer could not run."""
    if peer is None or isinstance(peer, str):
        why = peer if isinstance(peer, str) else missing
        return Row(figure, _s(ours), f"{peer_name}: —", "—", f"≤ {target}×" if target else "—",
                   why if why.startswith("not measured") else f"not measured: {why}")
    ratio = ours / peer
    status = "—" if target is None else (MET if ratio <= target else MISSED)
    return Row(figure, _s(ours), f"{peer_name} {_s(peer)}", f"{ratio:.2f}×",
               f"≤ {target}×" if target is not None else "—", status)


def _limit_row(figure: str, ours: float, limit: float, peer: str = "—", unit: str = "s") -> Row:
    shown = _s(ours) if unit == "s" else f"{ours:.1f} {unit}"
    target = f"< {_s(limit)}" if unit == "s" else f"< {limit:.0f} {unit}"
    return Row(figure, shown, peer, "—", target, MET if ours < limit else MISSED)


def editor_rows(runs: int) -> tuple[list[Row], dict]:
    from bench.bench_editor import measure

    r = measure(runs)
    rows = [
        _ratio_row("Start-up to first paint", r["articledesk_start_s"], "bare PySide6 window",
                   r["bare_window_start_s"], r["start_ratio_target"]),
        _limit_row(f"{r['long_article_words']:,}-word article opened and shown", r["long_article_open_display_s"],
                   r["long_article_target_s"]),
        Row(f"Memory, {r['long_article_words']:,}-word article open (peak RSS)", f"{r['peak_rss_mb']:.0f} MB",
            f"bare window, same text {r['bare_window_same_text_peak_rss_mb']:.0f} MB",
            f"{r['peak_rss_mb'] / r['bare_window_same_text_peak_rss_mb']:.2f}×", "— (none set)", "—"),
    ]
    return rows, r


def checker_rows(rounds: int) -> tuple[list[Row], dict]:
    from bench.bench_checker import command_bench
    from bench.long_article import build_long_article

    with tempfile.TemporaryDirectory() as home:
        previous = os.environ.get("ARTICLEDESK_HOME")
        os.environ["ARTICLEDESK_HOME"] = home
        try:
            path = Path(home) / "long.article"
            build_long_article(path, 10_000)
            r = command_bench(path, rounds)
        finally:
            if previous is None:
                os.environ.pop("ARTICLEDESK_HOME", None)
            else:
                os.environ["ARTICLEDESK_HOME"] = previous
    peer = r.get("command_hunspell_ms")
    rows = [_ratio_row("articledesk check, 10,000 syllables (process)", r["command_check_ms"] / 1000,
                       "hunspell -d vi_VN -l", peer / 1000 if peer is not None else r.get("command_hunspell", ""),
                       1.0)]
    return rows, r


def export_rows(rounds: int) -> tuple[list[Row], dict]:
    from bench.bench_exports import HTML_TARGET_S, measure

    r = measure(10_000, rounds)
    pandoc = r["pandoc_html_to_docx_s"]
    missing = "pandoc is not installed (Debian: apt install pandoc)"
    rows = [
        _ratio_row("DOCX export, 10,000 words (in the window)", r["docx_export_s"], "pandoc HTML→DOCX", pandoc, 1.0,
                   missing),
        _ratio_row("DOCX, articledesk export (process, checks first)", r["command_line_docx_s"], "pandoc HTML→DOCX",
                   pandoc, 1.0, missing),
        _limit_row("HTML export, 10,000 words", r["html_export_s"], HTML_TARGET_S),
    ]
    return rows, r


def print_rows(rounds: int) -> tuple[list[Row], dict]:
    from bench.bench_print import P8, RATIO_TARGET, measure

    r = measure(10_000, rounds)
    lo = r["libreoffice_docx_to_pdf_s"]
    missing = "LibreOffice is not installed (Debian: apt install libreoffice-writer)"
    rows = [
        _ratio_row("PDF \u201cIn bài\u201d, 10,000 words (in the window)", r["pdf_1_column_s"],
                   "LibreOffice DOCX→PDF", lo, RATIO_TARGET, missing),
        _ratio_row("PDF, articledesk export (process, checks first)", r["command_line_pdf_s"], "LibreOffice DOCX→PDF",
                   lo, RATIO_TARGET, missing),
        _limit_row(f"PDF, 3 pages ({r['pdf_3_pages_pages']} printed)", r["pdf_3_pages_s"], P8["3_pages"]),
        _limit_row(f"PDF, 100 pages ({r['pdf_100_pages_pages']} printed)", r["pdf_100_pages_s"], P8["100_pages"]),
    ]
    return rows, r


def library_rows(count: int) -> tuple[list[Row], dict]:
    from bench.bench_library import measure

    r = measure(count, window=False)

    def peer(name: str, label: str) -> str:
        value = r[f"peer_{name}_ms"]
        return f"{label} {value:.0f} ms" if isinstance(value, float) else value

    rows = [
        _limit_row(f"Library, {r['articles']:,} articles listed (next start)", r["list_on_next_start_s"], 1.0,
                   peer("ls_lR", "ls -lR")),
        _limit_row("Library search, slowest of six", r["slowest_search_ms"], 200, peer("grep_rli", "grep -rli"),
                   unit="ms"),
    ]
    for row, (name, ours) in zip(rows, (("ls_lR", r["list_on_next_start_s"] * 1000),
                                        ("grep_rli", r["slowest_search_ms"])), strict=True):
        value = r[f"peer_{name}_ms"]
        if isinstance(value, float) and value > 0:
            row.ratio = f"{ours / value:.2f}×"
    return rows, r


def session_rows(operations: int, warmup: int) -> tuple[list[Row], dict]:
    """The long session in its own process, so that its memory is its own."""
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_session.py"), "--operations", str(operations),
                          "--warmup", str(warmup)], capture_output=True, text=True, cwd=ROOT, check=False)
    try:
        r = json.loads(out.stdout)
    except ValueError:
        tail = (out.stderr.strip().splitlines() or ["no output"])[-1]
        return [Row("Long editing session", "failed", status=f"not measured: {tail}")], {}
    growth = r["rss_end_mb"] / r["rss_after_warmup_mb"]
    ok = not r["problems"] and growth <= 1 + r["rss_growth_target_pct"] / 100
    rows = [
        Row(f"Memory, long session ({r['operations']:,} operations)", f"{r['rss_end_mb']:.0f} MB at the end",
            f"after warm-up {r['rss_after_warmup_mb']:.0f} MB", f"{growth:.2f}×", "≤ 1.2×",
            (MET if ok else MISSED) + ("" if not r["problems"] else f" ({len(r['problems'])} problems)")),
        Row("Undo history, long session", f"{r['max_undo_depth']} steps at most",
            f"limit {r['undo_limit']}", "—", f"≤ {r['undo_limit']}, undo to it and back",
            MET if r["max_undo_depth"] <= r["undo_limit"] and r["redo_gave_text_back"] else MISSED),
    ]
    return rows, r


_SCALING_LINE = re.compile(r"^\s+(.+?)\s+([\d.]+) ms\s+target ≤ (\d+) ms (ok|MISSED)$")


def size_rows(quick: bool) -> tuple[list[Row], dict]:
    """Articles of any size (issue 15), each bench in its own process: a 20,000-paragraph article
    opened in the window (bench_big; skipped with ``--quick``), typing in a 1 MB paragraph next to
    a bare QTextEdit holding it (bench_big), and the GUI thread's longest stall while the safety
    net works at 20,000 paragraphs (bench_scaling)."""
    bench = ROOT / "bench"
    args = ["--no-open"] if quick else ["--sizes", "20000"]
    out = subprocess.run([sys.executable, str(bench / "bench_big.py"), *args], capture_output=True, text=True,
                         cwd=ROOT, check=False)
    try:
        big = json.loads(out.stdout[out.stdout.index("{"):])
    except ValueError:
        tail = (out.stderr.strip().splitlines() or ["no output"])[-1]
        return [Row("Articles of any size", "failed", status=f"not measured: {tail}")], {}
    rows: list[Row] = []
    for opened in big.get("open") or []:
        n = opened.get("paragraphs", 0)
        rows.append(_limit_row(f"{n:,} paragraphs opened: input answered after the first paint",
                               opened["answers_s"], 3.0, f"first paint {_s(opened['first_paint_s'])}"))
        rows.append(_limit_row(f"{n:,} paragraphs: longest stall while it is checked", opened["longest_stall_s"], 3.0,
                               f"checked {opened['checked_s']:.0f} s after paint"))
    typing = big.get("typing")
    if typing:
        rows.append(Row("Typing in a 1 MB paragraph, GUI time per key (median / max)",
                        f"{typing['key_ms_median']:.0f} / {typing['key_ms_max']:.0f} ms",
                        f"bare QTextEdit {typing['bare_key_ms_median']:.0f} ms",
                        f"{typing['key_ms_median'] / typing['bare_key_ms_median']:.2f}×", "< 50 ms",
                        MET if typing["key_ms_max"] < 50 else MISSED))
    out = subprocess.run([sys.executable, str(bench / "bench_scaling.py"), "--only", "gui"], capture_output=True,
                         text=True, cwd=ROOT, check=False)
    scaling = {}
    for line in out.stdout.splitlines():
        found = _SCALING_LINE.match(line)
        if found:
            name, ms, target = found[1], float(found[2]), float(found[3])
            scaling[name] = ms
            rows.append(_limit_row(f"20,000 paragraphs, GUI stall: {name}", ms, target, unit="ms"))
    if not scaling:
        tail = (out.stderr.strip().splitlines() or ["no output"])[-1]
        rows.append(Row("20,000 paragraphs, GUI stalls", "failed", status=f"not measured: {tail}"))
    return rows, {"bench_big": big, "bench_scaling_ms": scaling}


def table(rows: list[Row]) -> str:
    """The rows as an aligned plain-text table."""
    heads = Row("Figure", "ArticleDesk", "Peer", "Ratio", "Target", "Result")
    cells = [list(asdict(r).values()) for r in [heads, *rows]]
    widths = [max(len(c[i]) for c in cells) for i in range(len(heads.__dict__))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print JSON (the rows and every figure) instead")
    parser.add_argument("--quick", action="store_true", help="fewer rounds, smaller library and session")
    parser.add_argument("--session-operations", type=int, help="long-session operations (default: two hours' worth)")
    parser.add_argument("--save", metavar="FILE", help="also write the JSON (rows and every figure) to FILE")
    args = parser.parse_args(argv)
    from bench.long_session import TWO_HOURS
    from editor.app import application

    application()  # one QApplication for every in-process measurement (the PDF needs one first)
    quick = args.quick
    operations = args.session_operations or (1_000 if quick else TWO_HOURS)
    sections = (
        ("editor", lambda: editor_rows(3 if quick else 7)),
        ("checker", lambda: checker_rows(5 if quick else 9)),
        ("exports", lambda: export_rows(3 if quick else 7)),
        ("print", lambda: print_rows(2 if quick else 3)),
        ("library", lambda: library_rows(1_000 if quick else 5_000)),
        ("session", lambda: session_rows(operations, 200 if quick else 300)),
        ("size", lambda: size_rows(quick)),
    )
    rows: list[Row] = []
    figures: dict[str, dict] = {}
    for name, run in sections:
        print(f"measuring: {name}…", file=sys.stderr, flush=True)
        try:
            section_rows, figures[name] = run()
        except Exception as exc:  # noqa: BLE001 - one section failing must not lose the others
            section_rows, figures[name] = [Row(name, "failed", status=f"not measured: {type(exc).__name__}: {exc}")], {}
        rows.extend(section_rows)
    everything = json.dumps({"rows": [asdict(r) for r in rows], "figures": figures}, indent=2, ensure_ascii=False)
    if args.save:
        Path(args.save).write_text(everything + "\n", encoding="utf-8")
    if args.json:
        print(everything)
    else:
        print(table(rows))
    missed = [r for r in rows if r.status.startswith(MISSED) or r.ours == "failed"]
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
