"""The live house-style checker behind the editor: what is checked when, never on the typing path.

One :class:`CheckController` per window, beside the session (Qt core only, no widgets):

- **Per field, debounced.** An edit of a field or of one body block only marks it pending; the
  field timer (``FIELD_DELAY_MS`` after the last keystroke) re-checks just what is pending with
  ``check_field`` / ``check_text`` (a paragraph takes a millisecond or two). Body blocks are
  named by *keys* the body underliner gives its Qt blocks, so findings follow a paragraph when
  others are inserted above it. Block findings are also cached by ``(text, kind)``: undo, redo
  and pasting a paragraph that was seen before need no check at all.
- **A very long paragraph, around the edit.** A block over ``check_window.BIG_BLOCK`` characters
  is re-checked only in the sentences around what changed, its other findings kept and moved
  (:mod:`editor.session.check_window`); after a pause the worker checks it whole again.
- **Per article, after a pause, off the GUI thread.** ``ARTICLE_DELAY_MS`` after the last edit
  a snapshot of the article goes to a worker (``check_article_level``). Opening an article (or
  switching packs) checks everything in the worker; a pack loads in the worker too.
- **Only current results.** Every edit bumps :attr:`generation`; article-level results carry
  the generation of their snapshot and are dropped when it is no longer current. Field-level
  results of a full check are taken only for fields whose text is still what was checked.

Ignores live in the article (``ignore_once`` / ``ignore_word`` of the engine); what the
controller hands out is always filtered.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from editor.model.article import Article
from editor.model.house_style import Finding, Pack, check_field, check_text, default_pack_for
from editor.model.house_style.fields import field_text
from editor.session import check_jobs, check_window
from editor.session.article_session import ArticleSession
from editor.session.check_findings import SIMPLE_FIELDS, BlockEntry, FindingsAccess, checkable_fields
from editor.session.check_jobs import BlockItem, Job, JobSignals
from editor.session.check_results import ResultHandling, pack_error_text

__all__ = ["CheckController", "BlockEntry", "checkable_fields", "pack_error_text"]

FIELD_DELAY_MS = 200
ARTICLE_DELAY_MS = 700
INLINE_CHARS = 6000  # more pending text than this is checked in the worker (a big paste)
CACHE_LIMIT = 5000
GROUPS = {"quotes": "quotes[", "awards": "awards[", "byline.authors": "byline.authors["}


class CheckController(FindingsAccess, ResultHandling, QObject):
    """Schedules checks, keeps the findings of every field and body block, runs the worker."""

    field_changed = Signal(str)  # the findings shown in this field changed
    block_changed = Signal(int)  # ... in this body block (by key)
    body_changed = Signal()  # ... in many body blocks
    summary_changed = Signal()  # the totals may have changed
    state_changed = Signal()  # pack loaded or gone, checking started or finished
    message = Signal(str)  # one sentence for the status bar
    pack_tried = Signal(str, str)  # a desk pack file and "" (it loaded) or the reason it cannot be used

    def __init__(self, session: ArticleSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pack: Pack | None = None
        self.pack_source = ""
        self.custom_pack = ""
        self.generation = 0
        self.snapshot: Callable[[], Article] = lambda: self.session.article.copy()
        self.key_for_index: Callable[[int], int | None] = lambda _i: None
        # where an article-level body finding shows: the key of its block and the finding as
        # that block counts (a paragraph held in several blocks shows it in one of them)
        self.place_finding: Callable[[Finding], tuple[int, Finding] | None] = self._place_by_index
        self.display_pending: Callable[[], bool] = lambda: False  # findings the body has yet to draw
        self.display_finish: Callable[[], None] = lambda: None  # ... drawn now
        self.stats = {"gui_seconds": 0.0, "field_checks": 0, "block_checks": 0, "window_chars": 0}
        self._fields: dict[str, tuple[str, list[Finding]]] = {}
        self._blocks: dict[int, BlockEntry] = {}
        self._cache: dict[tuple[str, str], list[Finding]] = {}
        self._article_fields: dict[str, list[Finding]] = {}
        self._article_blocks: dict[int, list[Finding]] = {}
        self._pending_fields: set[str] = set()
        self._pending_blocks: set[int] = set()
        self._windowed: set[int] = set()  # long blocks re-checked only around an edit: checked whole after a pause
        self._loading_pack = False
        self._pack_request = 0
        self._awaiting_full = False
        self._full_request = 0
        self._article_running = False
        self._article_again = False
        self._closed = False
        self._jobs = 0  # jobs submitted and not yet reported back
        self._warned: set[str] = set()
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = JobSignals()
        self._signals.done.connect(self._job_done)
        self._field_timer = self._timer(FIELD_DELAY_MS, self.run_pending)
        self._article_timer = self._timer(ARTICLE_DELAY_MS, self._start_article_level)

    def _place_by_index(self, finding: Finding) -> tuple[int, Finding] | None:
        key = self.key_for_index(finding.block) if finding.block is not None else None
        return None if key is None else (key, finding)

    def _timer(self, ms: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        return timer

    # ------------------------------------------------------------------ state

    @property
    def state(self) -> str:
        """"loading" (pack or whole-article check under way), "off" (no pack) or "ready"."""
        if self._loading_pack or self._awaiting_full:
            return "loading"
        return "ready" if self.pack is not None else "off"

    def is_idle(self) -> bool:
        """True when nothing is pending, running or waiting for a pause, and every finding is drawn."""
        return not (self._pending_fields or self._pending_blocks or self._loading_pack or self._awaiting_full
                    or self._jobs or self._field_timer.isActive() or self._article_timer.isActive()
                    or self.display_pending())

    def shutdown(self) -> None:
        """Stop the timers and wait for the worker (the window is closing)."""
        self._closed = True
        self._field_timer.stop()
        self._article_timer.stop()
        self.pool.clear()
        self.pool.waitForDone(5000)

    # ------------------------------------------------------------------ packs

    def default_pack(self) -> str:
        """The built-in pack of the article's language."""
        return default_pack_for(self.session.article.base_language)

    def desired_pack(self) -> str:
        """The desk pack when one is chosen, else the built-in pack of the article's language."""
        return self.custom_pack or self.default_pack()

    def select_pack(self) -> None:
        """Load the pack the article needs (in the worker) unless it is the one in use."""
        source = self.desired_pack()
        if source == self.pack_source and (self.pack is not None or self._loading_pack):
            return
        self._load_pack(source)

    def _load_pack(self, source: str) -> None:
        self._pack_request += 1
        self.pack, self.pack_source, self._loading_pack = None, source, True
        self.state_changed.emit()
        self._submit(lambda: check_jobs.load(source), ("pack", self._pack_request, source))

    def try_pack(self, path: str) -> None:
        """Load a desk pack file; ``pack_tried(path, reason)`` says how it went. On success it is used
        for articles in its language; on failure the pack in use stays."""
        self._submit(lambda: check_jobs.load(path), ("try", path))

    def use_custom_pack(self, path: str) -> None:
        """Use ``path`` ("" = the built-in packs) from now on."""
        self.custom_pack = path
        self.reset()

    # ------------------------------------------------------------------ edits

    def reset(self, live_keys: Iterable[int] | None = None) -> None:
        """Forget every finding (a new article, another pack) and check the whole article again.

        ``live_keys``: the body keys that still exist; the others are forgotten.
        """
        self.generation += 1
        self._field_timer.stop()
        self._article_timer.stop()
        self._pending_fields.clear()
        self._pending_blocks.clear()
        self._windowed.clear()
        self._fields.clear()
        self._cache.clear()
        self._article_fields.clear()
        self._article_blocks.clear()
        if live_keys is not None:
            keep = set(live_keys)
            self._blocks = {k: e for k, e in self._blocks.items() if k in keep}
        for entry in self._blocks.values():
            entry.findings = [] if not entry.text else None
        self._awaiting_full = True
        self.select_pack()
        if self.pack is not None:
            self._start_full()
        self.body_changed.emit()
        self.summary_changed.emit()
        self.state_changed.emit()

    def _edited(self) -> None:
        self.generation += 1
        if self.pack is not None and not self._awaiting_full:
            self._article_timer.start()

    def note_field_edit(self, name: str) -> None:
        """The fields panel changed ``name`` ("headline", "quotes", "byline.authors", "topic", ...)."""
        if name == "language":
            self.reset()  # another language: maybe another pack, and every finding is redone
            return
        self._edited()
        if name in GROUPS:
            prefix = GROUPS[name]
            live = set(checkable_fields(self.session.article))
            targets = [n for n in live if n.startswith(prefix)]
            for gone in [n for n in set(self._fields) | set(self._article_fields) if n.startswith(prefix)
                         and n not in live]:
                self._fields.pop(gone, None)
                self._article_fields.pop(gone, None)
                self.field_changed.emit(gone)
        elif name in SIMPLE_FIELDS:
            targets = [name]
        else:
            return
        for target in targets:
            if self._article_fields.pop(target, None) is not None:
                self.field_changed.emit(target)
            self._pending_fields.add(target)
        self._field_timer.start()

    def note_block(self, key: int, text: str, kind: str, index: int) -> list[Finding] | None:
        """The body block ``key`` now holds ``text`` (NFC) of ``kind`` at ``index``.

        Returns its findings when known (unchanged, cached or empty), else None and checks it
        once typing pauses.
        """
        started = time.perf_counter()
        entry = self._blocks.get(key)
        if entry is not None and entry.text == text and entry.kind == kind:
            entry.index = index
            return self.block_findings(key)
        self._edited()
        if self._article_blocks.pop(key, None) is not None:
            self.summary_changed.emit()
        big = len(text) > check_window.BIG_BLOCK  # never cached; re-checked around the edit
        findings = [] if not text.strip() else None if big else self._cache.get((text, kind))
        base = None
        if big and entry is not None and entry.kind == kind:
            base = (entry.text, entry.findings) if entry.findings is not None else entry.base
        self._blocks[key] = BlockEntry(text, kind, index, findings, base)
        if findings is None:
            self._pending_blocks.add(key)
            if not self._awaiting_full:
                self._field_timer.start()
        else:
            self.summary_changed.emit()
        self.stats["gui_seconds"] += time.perf_counter() - started
        return None if findings is None else self.block_findings(key)

    def prune(self, live_keys: Iterable[int]) -> None:
        """Forget body blocks that no longer exist."""
        keep = set(live_keys)
        for key in [k for k in self._blocks if k not in keep]:
            del self._blocks[key]
            self._article_blocks.pop(key, None)
            self._pending_blocks.discard(key)

    # ------------------------------------------------------------------ desk dictionary

    def add_to_dictionary(self, word: str) -> str:
        """Add ``word`` to the desk's dictionary (the desk pack's word list, or the user's list for a
        built-in or read-only pack) and take its spelling findings away everywhere in the article.

        Returns "" when done, else the one sentence saying why the file could not be written.
        """
        from editor.model.file_io import TemplatedError
        from editor.session import desk_words
        from editor.session.files import error_text

        pack = self.pack
        word = word.strip()
        if pack is None or not word:
            return ""
        try:
            kind, _path = desk_words.add_word(pack, word)
        except TemplatedError as exc:
            return error_text(exc)
        self._drop_spelling(word)
        self.display_finish()  # the journalist asked: every underline of the word goes at once
        if kind == desk_words.PACK:
            self._load_pack(self.pack_source)  # the pack's file changed: load it again and re-check
        else:
            self._start_article_level()
        return ""

    def _drop_spelling(self, word: str) -> None:
        """Forget the spelling findings on ``word`` now (the re-check under way will agree)."""
        def keep(f: Finding) -> bool:
            return f.rule != "EN-SP01" or not (f.text == word or (word.islower() and f.text.lower() == word))

        for table, signal in ((self._article_fields, self.field_changed), (self._article_blocks, self.block_changed)):
            for name in list(table):
                kept = [f for f in table[name] if keep(f)]
                if len(kept) != len(table[name]):
                    table[name] = kept
                    signal.emit(name)
        self.summary_changed.emit()

    # ------------------------------------------------------------------ checking

    def flush(self) -> None:
        """Check what is pending now, and draw it (before a menu, a fix-all or a test looks at findings)."""
        self._field_timer.stop()
        self.run_pending(inline=True)
        self.display_finish()

    def run_pending(self, inline: bool = False) -> None:
        """Check the pending fields and blocks (the field timer's work)."""
        if self.pack is None or self._awaiting_full or self._closed:
            return
        started = time.perf_counter()
        article, pack = self.session.article, self.pack
        for name in sorted(self._pending_fields):
            try:
                text = field_text(article, name).text
            except KeyError:
                self._fields.pop(name, None)
            else:
                self._fields[name] = (text, check_field(article, pack, name) if text.strip() else [])
                self.stats["field_checks"] += 1
            self.field_changed.emit(name)
        self._pending_fields.clear()
        items = [BlockItem(k, e.text, e.kind, e.index) for k in self._pending_blocks
                 if (e := self._blocks.get(k)) is not None and e.findings is None]
        self._pending_blocks.clear()
        items = [item for item in items if not self._recheck_window(item, article, pack)]
        if not inline and sum(len(i.text) for i in items) > INLINE_CHARS:  # a big paste: not on this thread
            batch, snapshot = items, article.copy()
            self._submit(lambda: check_jobs.check_blocks(batch, pack, snapshot), ("blocks", batch))
            items = []
        for item in items:
            findings = check_text(item.text, pack, item.field, item.index, kind=item.kind, article=article)
            self.stats["block_checks"] += 1
            self._store_block(item, findings)
        self.stats["gui_seconds"] += time.perf_counter() - started
        self.summary_changed.emit()

    def _recheck_window(self, item: BlockItem, article: Article, pack: Pack) -> bool:
        """Re-check a long block only around what changed since its last check (see
        :mod:`editor.session.check_window`); False when it has to be checked whole."""
        entry = self._blocks.get(item.key)
        if entry is None or entry.base is None or len(item.text) <= check_window.BIG_BLOCK:
            return False
        old_text, old_findings = entry.base
        got = check_window.recheck_around_edit(
            old_text, old_findings, item.text,
            lambda piece: check_text(piece, pack, item.field, item.index, kind=item.kind, article=article))
        if got is None:
            return False
        findings, checked = got
        self.stats["block_checks"] += 1
        self.stats["window_chars"] += checked
        self._store_block(item, findings)
        self._windowed.add(item.key)
        return True

    def _store_block(self, item: BlockItem, findings: list[Finding]) -> None:
        if len(self._cache) >= CACHE_LIMIT:
            self._cache.clear()
        if len(item.text) <= check_window.BIG_BLOCK:  # a megabyte per pause would pile up
            self._cache[(item.text, item.kind)] = findings
        entry = self._blocks.get(item.key)
        if entry is not None and entry.text == item.text and entry.kind == item.kind:
            entry.findings = findings
            self.block_changed.emit(item.key)

    def _take_snapshot(self) -> Article:
        started = time.perf_counter()
        snapshot = self.snapshot()
        self.stats["gui_seconds"] += time.perf_counter() - started
        return snapshot

    def _start_full(self) -> None:
        self._awaiting_full = True
        self._full_request += 1
        snapshot, pack = self._take_snapshot(), self.pack
        self._submit(lambda: check_jobs.full_check(snapshot, pack), ("full", self._full_request, self.generation))

    def _start_article_level(self) -> None:
        if self.pack is None or self._awaiting_full or self._closed:
            return
        if self._article_running:
            self._article_again = True
            return
        self._article_running = True
        snapshot, pack = self._take_snapshot(), self.pack
        self._submit(lambda: check_jobs.article_level(snapshot, pack), ("article", self.generation))
        # Rules that look at a whole paragraph (quotes that balance...) see the long ones again.
        whole = [BlockItem(k, e.text, e.kind, e.index) for k in sorted(self._windowed)
                 if (e := self._blocks.get(k)) is not None and e.findings is not None]
        self._windowed.clear()
        if whole:
            self._submit(lambda: check_jobs.check_blocks(whole, pack, snapshot), ("blocks", whole))

    def _submit(self, work: Callable[[], object], tag: tuple[object, ...]) -> None:
        if not self._closed:
            self._jobs += 1
            self.pool.start(Job(work, tag, self._signals))

    # ------------------------------------------------------------------ results

