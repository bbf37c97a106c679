"""The articledesk command line."""

import gc
import os
import sys

# ``articledesk check`` from the console script (or main.py): the collector is paused before the
# command line's own imports too, not only from main() on (collections while importing the
# modules took several milliseconds of a check); main() resumes it for anything else.
_PAUSED_AT_IMPORT = (sys.argv[1:2] == ["check"] and gc.isenabled()
                     and os.path.basename(sys.argv[0]).lower().startswith(("articledesk", "main.py")))
if _PAUSED_AT_IMPORT:
    gc.disable()

from editor.cli.main import main as _run  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``articledesk`` console script (see :mod:`editor.cli.main`).

    A ``check`` run by the console script ends at once when it is done, its output flushed:
    Python's tear-down would otherwise walk and free every object the check made, a good part
    of a whole ``articledesk check`` on a long article. Nothing is left to do by then: ``check``
    closes and flushes what it writes itself (``--fix`` saves through safe_save). An ``export``
    likewise (its file is written and synced, its helper process waited for), which saves the
    tear-down of python-docx's or Qt's objects.
    """
    global _PAUSED_AT_IMPORT
    args = sys.argv[1:] if argv is None else argv
    if _PAUSED_AT_IMPORT and not (argv is None and args[:1] == ["check"]):
        gc.enable()  # paused at import for a check that this call is not
    _PAUSED_AT_IMPORT = False
    if argv is None and args[:1] == ["check"]:
        gc.disable()  # a short process: no cyclic collection while it imports, unpickles and checks
    code = _run(args)
    if argv is None and args[:1] in (["check"], ["export"]):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)
    return code


__all__ = ["main"]
