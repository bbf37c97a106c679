"""Checking a long article on two cores, for the command line (``articledesk check``).

The per-field rules of the article's last fields run in a forked child process while this
process runs the per-field rules of the first fields and then the article-level rules; the
child sends its findings back through a pipe. The result is exactly :func:`check_article`'s:
the same findings, merged in the same order (per-field findings in field order, then the
article-level ones) before the same de-duplication and sort.

Only where it pays and is safe: a platform with ``os.fork``, at least two CPUs for this
process and one of them idle (by the run queue), an article long enough that the fork costs less than it saves, and a process without
threads or a GUI (the editor window checks off its GUI thread instead and never calls this).
Anything going wrong in the child (it dies, says nothing readable) makes this process check
those fields itself, so the findings never depend on the child.
"""

from __future__ import annotations

import os
import pickle
import threading

from ..article import Article
from .engine import _article_level, _lang, _run_field, _unique, sort_findings
from .fields import article_fields
from .findings import Finding
from .pack import Pack
from .text_tools import Analysis

# Below this many characters of text the fork (a few milliseconds) costs more than it saves.
MIN_CHARACTERS = 20_000
# The share of the per-field work this process keeps: it also runs the article-level rules,
# which take about a third of the whole.
OWN_SHARE = 0.30
WARM_FIELDS = 2  # fields checked before the fork (see check_article_parallel)


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _running() -> int | None:
    """Tasks running or ready to run right now, this process included (Linux), else None."""
    try:
        with open("/proc/loadavg", encoding="ascii") as fh:
            return int(fh.read().split()[3].split("/")[0])
    except (OSError, ValueError, IndexError):
        return None


def _idle_cpu(cpus: int) -> bool:
    """Whether a CPU is free for the helper: nothing else runnable on it right now (Linux), or
    the one-minute load average leaves one idle (elsewhere).

    On a machine already busy a second process runs in turns with the first, not beside it,
    and only adds its own share of the work (each process warms its own caches).
    """
    running = _running()
    if running is not None:
        return running <= cpus - 1
    try:
        return os.getloadavg()[0] <= cpus - 1
    except (AttributeError, OSError):
        return True


def usable() -> bool:
    """Whether this process may fork a helper (POSIX, two CPUs with one idle, no other thread running)."""
    if not hasattr(os, "fork") or threading.active_count() != 1:
        return False
    cpus = _cpus()
    return cpus >= 2 and _idle_cpu(cpus)


def _read_all(fd: int) -> bytes:
    chunks = []
    while True:
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _fork_fields(pack: Pack, article: Article, fields: list, lang: str) -> tuple[int, int] | None:
    """Start a child checking ``fields``; returns (pid, read end) or None when forking failed."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: check, send, leave without running the parent's exit handlers
        code = 0
        try:
            os.close(read_end)
            out: list[Finding] = []
            for ft in fields:
                out.extend(_run_field(pack, article, ft, Analysis(ft), lang))
            data = pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)
            view = memoryview(data)
            while view:
                view = view[os.write(write_end, view):]
        except BaseException:  # noqa: BLE001 - whatever happens, the parent checks these fields itself
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def _collect(child: tuple[int, int]) -> list[Finding] | None:
    pid, read_end = child
    try:
        data = _read_all(read_end)
    except OSError:
        data = b""
    finally:
        os.close(read_end)
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        status = 1
    if status != 0 or not data:
        return None
    try:
        found = pickle.loads(data)
    except Exception:  # noqa: BLE001 - a truncated message: check those fields here
        return None
    return found if isinstance(found, list) else None


def check_article_parallel(article: Article, pack: Pack, lang: str | None = None) -> list[Finding]:
    """What :func:`check_article` returns, computed on two cores when that pays (see the module)."""
    from .engine import check_article

    lang = _lang(article, pack, lang)
    fields = [ft for ft in article_fields(article)]
    size = sum(len(ft.text) for ft in fields)
    if size < MIN_CHARACTERS or not usable():
        return check_article(article, pack, lang)
    # Cut the fields where this process's share of the text ends.
    own, running, cut = size * OWN_SHARE, 0, len(fields)
    for i, ft in enumerate(fields):
        if running >= own:
            cut = i
            break
        running += len(ft.text)
    theirs = [ft for ft in fields[cut:] if ft.text]
    mine = [ft for ft in fields[:cut] if ft.text]
    analyses: dict = {}
    out: list[Finding] = []

    def check_here(ft) -> None:
        an = analyses[ft.key] = Analysis(ft)
        out.extend(_run_field(pack, article, ft, an, lang))

    # The first fields before forking: the rules' first use imports their modules and compiles
    # their patterns once, here, and the child inherits them instead of doing it again.
    warm = 0
    while warm < min(WARM_FIELDS, len(mine)):
        check_here(mine[warm])
        warm += 1
    child = _fork_fields(pack, article, theirs, lang) if theirs else None
    for ft in mine[warm:]:
        check_here(ft)
    article_level = _article_level(article, pack, fields, analyses, lang)
    found = _collect(child) if child else None
    if found is None:
        found = []
        for ft in theirs:
            found.extend(_run_field(pack, article, ft, analyses.get(ft.key) or Analysis(ft), lang))
    out.extend(found)
    out.extend(article_level)
    return sort_findings(_unique(out), article)
