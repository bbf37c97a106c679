"""The coverage-guided harnesses in fuzz/ stay runnable: each replays its seeds (and the inputs that
once failed) as a plain run, with or without atheris installed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("hypothesis")  # the harnesses import the properties of tests/fuzz

ROOT = Path(__file__).resolve().parents[2]
# Inputs the coverage-guided runs found (see the fixes they led to): replayed on every run.
FOUND = {
    "paste": [b"<p>Ti\xc3\xaau<![endi]>x</p>", b'<a href="\x00\x00https://example.org">x</a>',
              b'<p><a href="https://[n]/">x</a><img src="file://[x"></p>'],
    "qtdoc": [bytes.fromhex("df7ec102007e7e00ffff09020127000000")],
    "checker": [b"\x01\x05\x00\x81\x10\xef\xbb\xbf\xcc\x81a\xed\xa0\x80", b"\x00" * 8],
}


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeds")
    subprocess.run([sys.executable, str(ROOT / "fuzz" / "make_seeds.py"), str(folder)], cwd=ROOT, check=True,
                   capture_output=True)
    return folder


@pytest.mark.parametrize("target", ["article", "pack", "checker", "paste", "qtdoc", "export"])
def test_each_harness_replays_its_inputs_without_a_failure(seeds, tmp_path, target):
    inputs = sorted(str(p) for p in (seeds / target).glob("*")) if (seeds / target).is_dir() else []
    for i, data in enumerate(FOUND.get(target, [])):
        (tmp_path / f"found-{i}").write_bytes(data)
        inputs.append(str(tmp_path / f"found-{i}"))
    assert inputs, target
    run = subprocess.run([sys.executable, str(ROOT / "fuzz" / f"fuzz_{target}.py"), *inputs], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
