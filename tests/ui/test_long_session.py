"""A long editing session in one window (issue 15), short version: a few hundred operations of
typing, cutting, formatting, undo and redo, checks, Fix All Safe, Replace All, saves and exports
in every format, through the window's own commands (bench/long_session.py drives them).

What a journalist would notice: nothing fails or shows an error; Undo goes back exactly as far
as the history keeps (the oldest steps gone) and Redo gives the text back; the file saved last
reads back as the article in the window; and the program does not pile up objects as the
session goes on. The two-hour version is ``.venv/bin/python bench/bench_session.py``.
"""

from __future__ import annotations

import pytest

from bench.long_article import build_long_article
from bench.long_session import EXPORT_FORMATS, run_session
from editor.app import create_main_window
from editor.settings import Settings

pytestmark = pytest.mark.soak  # the short version of a long-running test, as tests/test_soak.py

UNDO_LIMIT = 40  # small, so that a short session runs into it many times
OPERATIONS = 300
PER_OPERATION = 2.0  # Python objects a session may gain per operation
SAMPLE_EVERY = 50


@pytest.fixture
def window(qtbot, tmp_path):
    win = create_main_window(None, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.session.undo.limit = UNDO_LIMIT
    return win


def test_a_long_session_keeps_working_with_bounded_undo_and_no_growth(window, tmp_path):
    source = tmp_path / "source.article"
    build_long_article(source, 1_500)
    result = run_session(window, tmp_path, source, operations=OPERATIONS, warmup=40, seed=15,
                         sample_every=SAMPLE_EVERY)

    assert result["problems"] == []
    kinds = result["by_kind"]
    assert kinds["type_body"] > 100 and kinds["undo"] > 10 and kinds["save"] > 3
    assert kinds["export"] >= len(EXPORT_FORMATS)  # every format at least once

    assert result["max_undo_depth"] == UNDO_LIMIT  # reached, never passed
    assert result["undo_depth_at_end"] == UNDO_LIMIT
    assert result["undone"] == UNDO_LIMIT  # Undo works all the way to the limit, and stops there
    assert result["redo_gave_text_back"]

    # The count swings by a few hundred with what the checker holds at the moment; a leak shows as
    # the lowest count of the last samples above the lowest of the first ones.
    counts = [result["python_objects_after_warmup"], *(s["python_objects"] for s in result["samples"]),
              result["python_objects_end"]]
    assert len(counts) == OPERATIONS // SAMPLE_EVERY + 1
    growth = min(counts[-3:]) - min(counts[:3])
    assert growth <= PER_OPERATION * OPERATIONS, counts
    assert result["qt_objects_end"] - result["qt_objects_after_warmup"] <= 5, result
