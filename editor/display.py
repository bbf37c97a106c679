"""Whether the editor window can start here, found out before Qt is asked.

Qt answers a missing display, or an X11 platform plugin whose libraries are not installed, by
printing a library message and aborting the process (exit 134, a core dump). ``articledesk``
asks :func:`window_problem` first and says instead, in one sentence, what is missing and how to
work without a window. The checks are cheap enough for every start: environment variables; for
X11, loading Qt's X11 library (which Qt loads next anyway) and one connection to the display.
No Qt module is imported here.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Mapping
from pathlib import Path

from editor.model.file_io import N_, TemplatedError

# The X11 libraries Qt's xcb plugin needs beyond a desktop's basics (outputs.md §0, README).
XCB_LIBRARIES = (
    "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-shape.so.0", "libxcb-xkb.so.1",
    "libxkbcommon-x11.so.0", "libxcb-render-util.so.0", "libxcb-image.so.0", "libxcb-randr.so.0",
    "libxcb-util.so.1",
)


class NoWindow(TemplatedError):
    """The editor window cannot start here; ``str()`` is one sentence for the user."""


def debian_package(soname: str) -> str:
    """The Debian package shipping ``soname`` by Debian's naming rule: libxcb-icccm.so.4 → libxcb-icccm4."""
    name, _, version = soname.partition(".so.")
    return (name + ("-" if name[-1:].isdigit() else "") + version).lower()


def _platforms(environ: Mapping[str, str]) -> list[str]:
    """The platform plugins QT_QPA_PLATFORM names, in the order Qt tries them ("xcb:opts;wayland")."""
    return [p.split(":")[0].strip() for p in environ.get("QT_QPA_PLATFORM", "").split(";") if p.strip()]


def window_problem(environ: Mapping[str, str] | None = None, platform: str | None = None) -> NoWindow | None:
    """Why the window cannot start in this session, or None when Qt can be asked.

    Only Linux is judged (elsewhere the system always has a window server); a platform plugin
    other than X11 or Wayland named in QT_QPA_PLATFORM (offscreen, vnc, eglfs…) is trusted.
    """
    environ = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return None
    for name in _platforms(environ) or ["wayland", "xcb"]:
        if name == "wayland" or name.startswith("wayland-"):
            if environ.get("WAYLAND_DISPLAY"):
                return None
        elif name == "xcb":
            if environ.get("DISPLAY"):
                return xcb_problem(environ["DISPLAY"])
        else:
            return None
    return NoWindow(N_("The editor window needs a graphical session and none was found (no X11 or Wayland "
                       "display is set): start it from the desktop, or work without a window with "
                       "“articledesk check FILE…” and “articledesk export FILE --to FORMAT”."))


def _qt_xcb_library() -> Path | None:
    """Qt's X11 platform library as PySide6 ships it, or None (another Qt build: left to Qt)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        found = Path(folder, "Qt", "lib", "libQt6XcbQpa.so.6")
        if found.is_file():
            return found
    return None


def _loads(name: str | Path) -> OSError | None:
    try:
        ctypes.CDLL(str(name))
    except OSError as exc:
        return exc
    return None


def xcb_problem(display: str) -> NoWindow | None:
    """Why Qt's X11 plugin cannot start on ``display``: its libraries, or the display itself."""
    library = _qt_xcb_library()
    failure = _loads(library) if library else None
    if failure is not None:
        missing = [soname for soname in XCB_LIBRARIES if _loads(soname)]
        named = re.match(r"([^:/\s]+\.so[.\d]*):", str(failure))
        if named and named.group(1) not in missing:
            missing.append(named.group(1))
        if not missing:  # something else went wrong: Qt's own message says more than we can
            return None
        return NoWindow(N_("The editor window cannot start: Qt's X11 platform plugin cannot load {libraries}; "
                           "install the missing packages (on Debian or Ubuntu: “apt-get install {packages}”), "
                           "or work without a window with “articledesk check FILE…” and "
                           "“articledesk export FILE --to FORMAT”."),
                        libraries=", ".join(missing), packages=" ".join(debian_package(s) for s in missing))
    if not _reachable(display):
        return NoWindow(N_("The editor window cannot start: the X11 display “{display}” (DISPLAY) cannot be "
                           "reached; start it from the desktop, or work without a window with "
                           "“articledesk check FILE…” and “articledesk export FILE --to FORMAT”."),
                        display=display)
    return None


def _reachable(display: str) -> bool:
    """Whether an X11 connection to ``display`` opens (libxcb, as Qt connects); True when it cannot tell."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = (ctypes.c_char_p, ctypes.c_void_p)
    xcb.xcb_connection_has_error.argtypes = (ctypes.c_void_p,)
    xcb.xcb_disconnect.argtypes = (ctypes.c_void_p,)
    connection = xcb.xcb_connect(display.encode(), None)
    try:
        return not connection or xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)
