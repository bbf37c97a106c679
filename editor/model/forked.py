"""A forked helper process that sends its result through a pipe (the two-core ``check`` and the
house-style count beside ``export``): started and ended the same way in both.

The child runs ``work(write_fd)`` and leaves with ``os._exit`` (0 when ``work`` returned, 1 on any
exception), so it never runs the parent's exit handlers or flushes the parent's buffers twice; the
parent reads the pipe and then :func:`end_child`.
"""

from __future__ import annotations

import os
from collections.abc import Callable


def fork_child(work: Callable[[int], None], prepare: Callable[[int], None] | None = None) -> tuple[int, int] | None:
    """Fork a child running ``work`` on the pipe's write end; ``(pid, read end)`` in the parent, or
    None when no pipe or process could be made (the caller then does the work itself).
    ``prepare`` is called with the write end before forking (e.g. to enlarge the pipe)."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    if prepare is not None:
        prepare(write_end)
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: work, send, leave without running the parent's exit handlers
        code = 1
        try:
            os.close(read_end)
            work(write_end)
            code = 0
        except BaseException:  # noqa: BLE001 - whatever happens, the parent does the work itself
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def end_child(pid: int, fd: int) -> int:
    """Close the pipe's read end and wait for the child; its exit status (1 when it is gone)."""
    try:
        os.close(fd)
    except OSError:
        pass
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 1
    return status
