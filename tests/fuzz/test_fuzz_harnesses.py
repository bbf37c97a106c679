"""The coverage-guided harnesses in fuzz/ stay runnable: each replays its seeds (and the inputs that
once failed) as a plain run, with or without atheris installed (one process for all of them)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("hypothesis")  # the harnesses import the properties of tests/fuzz

ROOT = Path(__file__).resolve().parents[2]
TARGETS = ("article", "pack", "checker", "paste", "qtdoc", "export")
# Inputs the coverage-guided runs found (see the fixes they led to): replayed on every run.
FOUND = {
    "article": [b'{"format": "articledesk.article", "version": 1, "id": "x", "body": [{"type": "a\\nb\\u001b[31m"}]}'],
    "paste": [b"<p>Ti\xc3\xaau<![endi]>x</p>", b'<a href="\x00\x00https://example.org">x</a>',
              b'<p><a href="https://[n]/">x</a><img src="file://[x"></p>'],
    "qtdoc": [bytes.fromhex("df7ec102007e7e00ffff09020127000000")],
    "checker": [b"\x01\x05\x00\x81\x10\xef\xbb\xbf\xcc\x81a\xed\xa0\x80", b"\x00" * 8],
}
# Loads every harness as a module (not as __main__, so none starts fuzzing) and feeds it its inputs.
REPLAY = """
import json, runpy, sys, traceback
sys.path.insert(0, sys.argv[1] + "/fuzz")
failed = []
for target, inputs in json.loads(sys.argv[2]).items():
    harness = runpy.run_path(f"{sys.argv[1]}/fuzz/fuzz_{target}.py", run_name="replay")
    for name in inputs:
        try:
            harness["test_one_input"](open(name, "rb").read())
        except Exception:
            failed.append(f"{target} {name}:\\n{traceback.format_exc()}")
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeds")
    subprocess.run([sys.executable, str(ROOT / "fuzz" / "make_seeds.py"), str(folder)], cwd=ROOT, check=True,
                   capture_output=True)
    return folder


def test_every_harness_replays_its_inputs_without_a_failure(seeds, tmp_path):
    inputs: dict[str, list[str]] = {}
    for target in TARGETS:
        names = sorted(str(p) for p in (seeds / target).glob("*")) if (seeds / target).is_dir() else []
        for i, data in enumerate(FOUND.get(target, [])):
            (tmp_path / f"{target}-{i}").write_bytes(data)
            names.append(str(tmp_path / f"{target}-{i}"))
        assert names, target
        inputs[target] = names
    run = subprocess.run([sys.executable, "-c", REPLAY, str(ROOT), json.dumps(inputs)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
