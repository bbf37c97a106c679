"""Python's cyclic garbage collector paused for a stretch of work that makes masses of
short-lived objects and no cycles worth collecting meanwhile (a check, the window's start-up):
their containers are freed by reference counts, and a full collection they would set off holds
the interpreter lock, and so the window, for tens of milliseconds. Without Qt: the command line,
the checker's worker threads and the window share it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The collector paused for the block (as it was before, after it: a pause inside another
    pause leaves it paused)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
