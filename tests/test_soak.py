"""Crash soak: the real program, typed into, killed with SIGKILL (also mid-save), restarted.

The normal run does a short version (3 kills, under a minute). The long one, 50 kills with
nothing lost, runs with ``ARTICLEDESK_SOAK_CYCLES=50 pytest -m soak tests/test_soak.py`` or
``python bench/bench_soak.py``. See bench/soak.py for what each cycle checks.
"""

from __future__ import annotations

import os
import sys

import pytest

from bench.soak import GRACE_SECONDS, run_soak

pytestmark = [
    pytest.mark.soak,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


def test_nothing_typed_before_a_kill_is_lost_and_no_file_is_ever_damaged(tmp_path):
    cycles = int(os.environ.get("ARTICLEDESK_SOAK_CYCLES", "3"))
    result = run_soak(cycles, tmp_path, seed=int(os.environ.get("ARTICLEDESK_SOAK_SEED", "1")))
    problems = [f"cycle {c['number']}: {p}" for c in result["details"] for p in c["problems"]]
    assert problems == []
    assert result["cycles"] == cycles
    assert result["words_typed"] > 50 * cycles  # the typist really typed
    assert result["max_loss_seconds"] < GRACE_SECONDS
    assert result["recovery_dialogs"] >= 1  # the journal, not only the saved file, brought text back
    if cycles >= 2:
        assert result["saves_completed"] > 0
