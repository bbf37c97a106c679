"""Checking a long article on two cores, for the command line (``articledesk check``).

The per-field rules of the article's last fields run in a forked child process while this
process runs the per-field rules of the first fields and then the article-level rules. The
child first works out, for its fields, what the article-level rules read of each field (the
tokens, the registered names...: each article-level check's ``per_field`` step) and sends it
through a pipe, so that this process does not lex those fields again; then it runs their
per-field rules and sends the findings. The result is exactly :func:`check_article`'s: the
same findings, merged in the same order (per-field findings in field order, then the
article-level ones) before the same de-duplication and sort.

Only where it pays and is safe: a platform with ``os.fork``, at least two CPUs for this
process and one of them idle (by the run queue), an article long enough that the fork costs less than it saves, and a process without
threads or a GUI (the editor window checks off its GUI thread instead and never calls this).
Anything going wrong in the child (it dies, says nothing readable) makes this process analyse
and check those fields itself, so the findings never depend on the child.
"""

from __future__ import annotations

import os
import pickle
import threading

from ..article import Article
from ..forked import end_child, fork_child
from .engine import _article_level, _lang, _run_field, _unique, sort_findings
from .fields import FieldText, article_fields, scope_matches
from .findings import Finding
from .pack import Pack
from .text_tools import Analysis

# Below this many characters of text the fork (a few milliseconds) costs more than it saves.
MIN_CHARACTERS = 20_000
# The share of the per-field work this process keeps: it also runs the article-level rules
# (about a fifth of the whole once the child has sent its fields' analyses), the child also works
# out those analyses; measured on the 10,000-syllable bench article (bench/bench_checker.py).
OWN_SHARE = 0.42
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


_HEADER = 8  # a message is its length (8 bytes, little-endian) and a pickle


def _send(fd: int, data: bytes) -> None:
    view = memoryview(len(data).to_bytes(_HEADER, "little") + data)
    while view:
        view = view[os.write(fd, view):]


def _roomy(fd: int) -> None:
    """Make the pipe hold the child's analyses whole (Linux), so the child never waits for this
    process to read; elsewhere this process reads between its fields (:meth:`_Inbox.poll`)."""
    try:
        import fcntl

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError):
        pass


class _Inbox:
    """The child's messages, as they arrive through the read end of the pipe."""

    def __init__(self, pid: int, fd: int) -> None:
        self.pid, self.fd = pid, fd
        self.buffer = bytearray()
        self.ended = False
        try:
            os.set_blocking(fd, False)
        except OSError:
            pass

    def poll(self) -> None:
        """Take what the child has written so far, without waiting."""
        self._read(block=False)

    def _read(self, block: bool) -> None:
        if self.ended:
            return
        try:
            os.set_blocking(self.fd, block)
            while True:
                chunk = os.read(self.fd, 1 << 20)
                if not chunk:
                    self.ended = True
                    return
                self.buffer += chunk
                if block:
                    return
        except BlockingIOError:
            return
        except OSError:
            self.ended = True

    def message(self) -> bytes | None:
        """The child's next message, waiting for it; None when the child ended without it."""
        while True:
            if len(self.buffer) >= _HEADER:
                size = int.from_bytes(self.buffer[:_HEADER], "little")
                if len(self.buffer) >= _HEADER + size:
                    data = bytes(self.buffer[_HEADER:_HEADER + size])
                    del self.buffer[:_HEADER + size]
                    return data
            if self.ended:
                return None
            self._read(block=True)

    def close(self) -> int:
        """Close the pipe and wait for the child; its exit status."""
        return end_child(self.pid, self.fd)


def _prepare_fields(pack: Pack, fields: list[FieldText]) -> list[Analysis]:
    """The fields' analyses with what the article-level rules read of them worked out."""
    steps = [(rule, impl.per_field) for rule, impl in pack.active("article") if impl.per_field is not None]
    analyses = []
    for ft in fields:
        an = Analysis(ft)
        for rule, step in steps:
            if scope_matches(rule.scope, ft.kind):
                step(an, pack)
        analyses.append(an)
    return analyses


def _fork_fields(pack: Pack, article: Article, fields: list[FieldText], lang: str) -> _Inbox | None:
    """Start a child analysing and checking ``fields``; None when forking failed.

    The child sends two messages: the analyses (``[(field key, Analysis.export())...]``, or
    None when they would not pickle) and then the findings of the fields' per-field rules.
    """
    def work(write_end: int) -> None:
        analyses = _prepare_fields(pack, fields)
        try:
            shared = pickle.dumps([(ft.key, an.export()) for ft, an in zip(fields, analyses, strict=True)],
                                  protocol=pickle.HIGHEST_PROTOCOL)
        except Exception:  # noqa: BLE001 - a value that does not pickle: the parent analyses them itself
            shared = pickle.dumps(None)
        _send(write_end, shared)
        out: list[Finding] = []
        for ft, an in zip(fields, analyses, strict=True):
            out.extend(_run_field(pack, article, ft, an, lang))
        _send(write_end, pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL))

    started = fork_child(work, prepare=_roomy)
    return None if started is None else _Inbox(*started)


def _adopt(child: _Inbox, fields: list[FieldText], analyses: dict) -> None:
    """Put the child's analyses of ``fields`` into ``analyses`` (those it could not send are
    worked out here when a rule asks for them)."""
    data = child.message()
    try:
        shared = pickle.loads(data) if data else None
    except Exception:  # noqa: BLE001 - an unreadable message: analyse here
        return
    if not isinstance(shared, list) or len(shared) != len(fields):
        return
    for ft, (key, state) in zip(fields, shared, strict=True):
        if key != ft.key or state is None:
            continue
        try:
            analyses[key] = Analysis.restored(ft, state)
        except Exception:  # noqa: BLE001 - a malformed analysis: analyse here
            continue


def _collect(child: _Inbox) -> list[Finding] | None:
    data = child.message()
    status = child.close()
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
        if child is not None:
            child.poll()
    if child is not None:
        _adopt(child, theirs, analyses)
    article_level = _article_level(article, pack, fields, analyses, lang)
    found = _collect(child) if child else None
    if found is None:
        found = []
        for ft in theirs:
            found.extend(_run_field(pack, article, ft, analyses.get(ft.key) or Analysis(ft), lang))
    out.extend(found)
    out.extend(article_level)
    return sort_findings(_unique(out), article)
