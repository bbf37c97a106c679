"""bench/report.py: each row puts ours next to the peer's, with the ratio and whether the target is met;
a missing peer tool gives its reason instead of a figure."""

from __future__ import annotations

from bench.report import MET, MISSED, Row, _limit_row, _ratio_row, table


def test_a_ratio_row_says_met_or_missed_against_the_target() -> None:
    met = _ratio_row("DOCX export", 0.05, "pandoc", 0.2, 1.0)
    assert (met.ours, met.peer, met.ratio, met.target, met.status) == ("50 ms", "pandoc 200 ms", "0.25×", "≤ 1.0×", MET)
    missed = _ratio_row("PDF", 1.5, "LibreOffice", 3.0, 0.3)
    assert (missed.ours, missed.ratio, missed.status) == ("1.50 s", "0.50×", MISSED)
    reference = _ratio_row("PDF, command line", 1.5, "LibreOffice", 3.0, None)
    assert (reference.target, reference.status) == ("—", "—")  # a figure without a target is never "missed"


def test_a_missing_peer_gives_its_reason_in_the_row() -> None:
    row = _ratio_row("DOCX export", 0.05, "pandoc", None, 1.0, "pandoc is not installed")
    assert row.status == "not measured: pandoc is not installed"
    assert row.ratio == "—"
    said = _ratio_row("check", 0.2, "hunspell", "not measured: hunspell has no vi_VN dictionary", 1.0)
    assert said.status == "not measured: hunspell has no vi_VN dictionary"


def test_limits_and_the_table() -> None:
    assert _limit_row("HTML export", 0.19, 0.2).status == MET
    assert _limit_row("search", 250.0, 200, unit="ms").status == MISSED
    text = table([Row("Start-up", "300 ms", "bare 250 ms", "1.20×", "≤ 1.5×", MET),
                  Row("A much longer figure name", "1 ms")])
    lines = text.splitlines()
    assert lines[0].split()[:2] == ["Figure", "ArticleDesk"]
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].index("300 ms") == lines[3].index("1 ms") == lines[0].index("ArticleDesk")  # columns line up


def test_the_stall_lines_of_bench_scaling_are_read() -> None:
    from bench.report import _SCALING_LINE

    stall = 20.0
    # the line as bench_scaling.bench_gui formats it
    line = f"  {'autosave after opening':32s} {9.0:8.1f} ms   target ≤ {stall:.0f} ms {'ok'}"
    found = _SCALING_LINE.match(line)
    assert found and (found[1], float(found[2]), float(found[3]), found[4]) == ("autosave after opening", 9.0, 20.0, "ok")
    assert _SCALING_LINE.match(f"  {'(before: whole body read and counted)':38s} {907.2:8.1f} ms   for comparison") is None
