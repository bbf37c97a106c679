"""The articledesk command line."""

import gc
import os
import sys

from editor.cli.main import main as _run


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``articledesk`` console script (see :mod:`editor.cli.main`).

    A ``check`` run by the console script ends at once when it is done, its output flushed:
    Python's tear-down would otherwise walk and free every object the check made, a good part
    of a whole ``articledesk check`` on a long article. Nothing is left to do by then: ``check``
    closes and flushes what it writes itself (``--fix`` saves through safe_save).
    """
    args = sys.argv[1:] if argv is None else argv
    if argv is None and args[:1] == ["check"]:
        gc.disable()  # a short process: no cyclic collection while it imports, unpickles and checks
    code = _run(args)
    if argv is None and args[:1] == ["check"]:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)
    return code


__all__ = ["main"]
