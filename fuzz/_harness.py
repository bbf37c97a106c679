"""What every coverage-guided harness in fuzz/ shares: private folders, offscreen Qt, atheris or a replay.

Run a harness with atheris (libFuzzer's flags apply)::

    .venv/bin/python fuzz/fuzz_article.py -atheris_runs=100000 -max_len=4096 -artifact_prefix=/tmp/

Without atheris, a harness replays the input files it is given (a crash file that atheris wrote, say)
and says which of them fail, so a found input can be checked again on any machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def prepare() -> None:
    """The checkout on sys.path; settings, data and caches in a fresh folder; Qt offscreen."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    home = Path(tempfile.mkdtemp(prefix="articledesk-fuzz-"))
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                     ("XDG_STATE_HOME", "state")):
        (home / sub).mkdir()
        os.environ[var] = str(home / sub)
    os.environ["ARTICLEDESK_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def atheris_module():
    """atheris, or None when it is not installed (then only replaying is possible)."""
    try:
        import atheris
    except ImportError:
        return None
    return atheris


def run(test_one_input: Callable[[bytes], None]) -> None:
    """Fuzz ``test_one_input`` with atheris; without it, replay the files named on the command line."""
    atheris = atheris_module()
    if atheris is not None:
        atheris.Setup(sys.argv, test_one_input)
        atheris.Fuzz()
        return
    files = [a for a in sys.argv[1:] if not a.startswith("-")]
    if not files:
        sys.exit(f"{Path(sys.argv[0]).name}: atheris is not installed (pip install atheris; where no wheel fits "
                 "it builds from source and needs clang); without it, name input files to replay them.")
    failed = 0
    for name in files:
        try:
            test_one_input(Path(name).read_bytes())
        except Exception:  # noqa: BLE001 - every failure is reported, then the next file is tried
            failed += 1
            print(f"FAILED {name}:\n{traceback.format_exc()}", file=sys.stderr)
        else:
            print(f"ok {name}")
    sys.exit(1 if failed else 0)


def instrumented():
    """A context in which the program's modules are imported with atheris's coverage instrumentation."""
    atheris = atheris_module()
    if atheris is None:
        import contextlib

        return contextlib.nullcontext()
    return atheris.instrument_imports(include=["editor", "exports"])
