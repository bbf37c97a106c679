"""What every export does, without Qt: render, write, count house-style errors, run one job.

The window's :mod:`.exporting` service and its Qt job (:mod:`.export_job`) are built on these;
the command line uses them directly, so ``articledesk export --to txt|html|docx|nitf`` never
loads Qt (importing QtCore alone is about 70 ms, more than rendering a long article's DOCX).
Only the PDF, which Qt lays out and paints, loads it.

:class:`ErrorCount` counts the errors of the house-style check the command line runs before an
export in a forked helper process, while this process renders: on two cores the command takes
the longer of the two instead of their sum.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from editor.model.article import Article
from editor.model.article_file import write_atomic
from editor.model.forked import end_child, fork_child
from editor.session.export_errors import ExportError, failure_sentence
from editor.session.export_files import write_with_pictures
from exports.companions import ExportFiles
from exports.formats import FORMATS

if TYPE_CHECKING:
    from editor.settings import Settings
    from exports.print_layout import PrintOptions

WRITTEN, CANCELLED, FAILED = "written", "cancelled", "failed"


def write_export(path: Path, data: bytes | ExportFiles) -> None:
    """Write ``data`` to ``path`` all or nothing; a symlink is followed, so the link stays a link.

    An export of several files (NITF and its pictures) writes the pictures beside ``path``.
    """
    if isinstance(data, ExportFiles):
        write_with_pictures(Path(path), data)
        return
    write_atomic(Path(os.path.realpath(path)), data)


class ExportTask:
    """``render`` makes the bytes (or paints a device and returns its page count); then the task
    writes them to ``target`` unless cancelled. After :meth:`run`, :attr:`outcome` is WRITTEN,
    CANCELLED or FAILED and :attr:`error` the sentence of a failure; :meth:`finished` is called
    once either way (the window's job signals it)."""

    def __init__(self, render: Callable[[], object], target: Path | None, kind: str = "export") -> None:
        self.render = render
        self.target = target  # None: the render itself went to a device (a printer)
        self.kind = kind  # "export" or "print": what the view says when it is done
        self.cancelled = False
        self.outcome = ""
        self.error = ""
        self.result: object = None  # the bytes written, or the pages printed

    def cancel(self) -> None:
        """The user pressed Cancel: nothing is written from now on."""
        self.cancelled = True

    def finished(self) -> None:
        """Called once when :meth:`run` is over (nothing here)."""

    def run(self) -> None:
        """Render and write (a worker thread, or the caller's on the command line); then :meth:`finished`."""
        try:
            self.result = self.render()
            if self.cancelled and self.target is not None:
                self.outcome = CANCELLED
            else:
                if self.target is not None:
                    write_export(self.target, self.result)  # type: ignore[arg-type]
                self.outcome = WRITTEN
        except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence for the user
            if self.cancelled:
                self.outcome = CANCELLED
            else:
                self.outcome, self.error = FAILED, failure_sentence(exc, self.target)
            if not isinstance(exc, (OSError, ValueError)) and not hasattr(exc, "template"):
                raise  # a programming error fails loudly, after the view has heard of it
        finally:
            self.finished()


def render(article: Article, fmt: str, base_dir: Path | None, options: PrintOptions | None = None,
           target: Path | None = None, masthead: str = "") -> bytes | ExportFiles:
    """The bytes of ``article`` in format ``fmt``; ``options`` is the page set-up of a printed format.

    A format that writes pictures beside its file (NITF) names them after ``target``
    and returns the files to write (:class:`ExportFiles`); a DOCX page header carries
    ``masthead`` (the desk's, "" = the article's outlet).
    """
    export_format = FORMATS[fmt]
    if export_format.print_options:
        return export_format.write(article, base_dir, options=options)
    if export_format.desk_masthead:
        return export_format.write(article, base_dir, masthead=masthead)
    if export_format.beside:
        return export_format.write(article, base_dir, name=Path(target).stem if target else "article")
    return export_format.write(article, base_dir)


def export_file(article: Article, fmt: str, target: Path, base_dir: Path | None,
                options: PrintOptions | None = None, masthead: str = "") -> None:
    """Render and write in the caller's thread (the command line); ExportError with the sentence."""
    task = ExportTask(lambda: render(article, fmt, base_dir, options, Path(target), masthead), Path(target))
    task.run()
    if task.outcome == FAILED:
        raise ExportError(task.error)


def count_house_style_errors(article: Article, pack_source: str | None = None,
                             check: Callable[[Article, Any], list[Any]] | None = None) -> int:
    """Error-level findings of a fresh check (ignored ones excluded); the article's own pack by default.
    ``check(article, pack)``: how to get the findings not ignored (the command line checks on two cores).

    A pack that cannot be loaded counts as no errors: the checker has already said why.
    """
    from editor.model.house_style import PackError, check_article, default_pack_for, filter_ignored, load_pack

    try:
        pack = load_pack(pack_source or default_pack_for(article.base_language)).running_only("error")
    except PackError:
        return 0
    findings = check(article, pack) if check is not None else filter_ignored(check_article(article, pack), article)
    return sum(1 for f in findings if f.severity == "error")


# ------------------------------------------------------------------ the desk's masthead

MASTHEAD_SECTION, MASTHEAD_KEY = "desk", "outlet"  # the setting "desk/outlet" in Qt's INI file
_PLAIN_MAX_BYTES = 1 << 20
_NOT_PLAIN = frozenset('\\"\',;@=%')  # characters Qt's INI format escapes, quotes or reads specially


def desk_masthead(settings: Settings) -> str:
    """The masthead the desk set in Page Setup ("" = each article's outlet)."""
    return str(settings.value(f"{MASTHEAD_SECTION}/{MASTHEAD_KEY}") or "")


def _plain_masthead(path: Path) -> str | None:
    """The masthead in the settings file ``path`` when reading it needs none of Qt's INI rules: no
    file, no such key, or one plain value (no quotes, escapes, lists or variants); else None."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(_PLAIN_MAX_BYTES + 1)
    except FileNotFoundError:
        return ""
    except OSError:
        return None
    if len(raw) > _PLAIN_MAX_BYTES:
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    section, found = "", []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("["):
            if "%" in line or "\\" in line or not line.endswith("]"):
                return None
            section = line[1:-1].strip()
            continue
        key, equals, value = line.partition("=")
        if not equals or "%" in key or "\\" in key or "/" in key:
            return None  # an escaped or nested key: Qt decides what it means
        if section == MASTHEAD_SECTION and key.strip() == MASTHEAD_KEY:
            found.append(value.strip())
    if not found:
        return ""
    if len(found) > 1 or any(c in _NOT_PLAIN or c < " " for c in found[0]) or "  " in found[0]:
        return None
    return found[0]


def settings_file() -> Path:
    """The window's settings file (:func:`editor.settings.settings_path`, which imports Qt)."""
    from editor.places import config_dir

    return config_dir() / "articledesk.ini"


def stored_desk_masthead(path: Path | None = None) -> str:
    """:func:`desk_masthead` of the settings the window saved (the file ``path``, by default the
    user's), read without Qt when the file holds it plainly, as it does unless it has quotes,
    commas or escapes."""
    path = path if path is not None else settings_file()
    plain = _plain_masthead(path)
    if plain is not None:
        return plain
    from editor.settings import Settings

    return desk_masthead(Settings(path))


# ------------------------------------------------------------------ the check beside the export


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether a helper process may be forked now: POSIX, two CPUs or more, and nothing that a
    fork could catch half-way (no other Python thread, Qt not loaded)."""
    import sys

    return (hasattr(os, "fork") and threading.active_count() == 1 and "PySide6.QtCore" not in sys.modules
            and _cpus() >= 2)


class ErrorCount:
    """:func:`count_house_style_errors` worked out beside the caller's own work.

    :meth:`start` forks a helper that counts and sends the number through a pipe, while this
    process goes on (importing and rendering the export); :meth:`result` waits for it. Where no
    helper can be forked, or it dies or says nothing readable, :meth:`result` counts here, so the
    number never depends on the helper. :meth:`discard` ends a helper whose count is not wanted.
    """

    def __init__(self, article: Article, check: Callable[[Article, Any], list[Any]] | None = None) -> None:
        self.article = article
        self.check = check
        self.pid = 0
        self.fd = -1

    def start(self) -> ErrorCount:
        """Fork the helper when :func:`can_fork`; returns self."""
        if not can_fork():
            return self

        def work(write_end: int) -> None:
            message = str(count_house_style_errors(self.article, check=self.check)).encode("ascii")
            while message:
                message = message[os.write(write_end, message):]

        started = fork_child(work)
        if started is not None:
            self.pid, self.fd = started
        return self

    def _helper_count(self) -> int | None:
        data = b""
        try:
            while chunk := os.read(self.fd, 64):
                data += chunk
        except OSError:
            data = b""
        status = self._end()
        if status != 0 or not data.isdigit() or len(data) > 12:
            return None
        return int(data)

    def _end(self) -> int:
        status = end_child(self.pid, self.fd)
        self.pid, self.fd = 0, -1
        return status

    def result(self) -> int:
        """The number of error-level findings (waiting for the helper when there is one)."""
        if self.pid:
            counted = self._helper_count()
            if counted is not None:
                return counted
        return count_house_style_errors(self.article, check=self.check)

    def discard(self) -> None:
        """Stop the helper, if any, without its count."""
        if self.pid:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except OSError:
                pass
            self._end()
