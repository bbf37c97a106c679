"""Taking the worker's results on the GUI thread (a mixin of :class:`editor.session.checking.CheckController`):
a loaded pack, a whole-article check, the article-level rules, a batch of blocks. Whatever is no
longer current is dropped: article-level findings of an older generation, field findings of a
text that has changed since.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QCoreApplication

from editor.model.house_style import Finding, Pack, PackError
from editor.model.house_style.fields import field_text
from editor.session.article_session import ArticleSession
from editor.session.check_findings import BlockEntry, checkable_fields
from editor.session.check_jobs import BODY_FIELDS, FullResult


def pack_error_text(exc: PackError) -> str:
    """The pack error as one sentence in the interface language."""
    try:
        return QCoreApplication.translate("errors", exc.template).format(**exc.params)
    except (KeyError, IndexError, ValueError):
        return str(exc)


class ResultHandling:
    """Mixin: what happens when a job reports back. The controller provides the state and the
    scheduling methods used here."""

    session: ArticleSession
    pack: Pack | None
    custom_pack: str
    generation: int
    stats: dict[str, float]
    key_for_index: Any
    place_finding: Any
    _fields: dict[str, tuple[str, list[Finding]]]
    _blocks: dict[int, BlockEntry]
    _cache: dict[tuple[str, str], list[Finding]]
    _article_fields: dict[str, list[Finding]]
    _article_blocks: dict[int, list[Finding]]
    _pending_fields: set[str]
    _pending_blocks: set[int]
    _warned: set[str]
    _jobs: int
    _closed: bool
    _loading_pack: bool
    _pack_request: int
    _awaiting_full: bool
    _full_request: int
    _article_running: bool
    _article_again: bool
    _field_timer: Any
    _article_timer: Any
    field_changed: Any
    block_changed: Any
    body_changed: Any
    summary_changed: Any
    state_changed: Any
    message: Any
    pack_tried: Any

    def _job_done(self, payload: tuple[tuple[object, ...], object]) -> None:
        started = time.perf_counter()
        self._jobs -= 1
        try:
            self._take_result(*payload)
        finally:
            self.stats["gui_seconds"] += time.perf_counter() - started

    def _take_result(self, tag: tuple[object, ...], result: object) -> None:
        if self._closed:
            return
        kind = tag[0]
        if kind == "pack":
            self._pack_loaded(tag[1], str(tag[2]), result)
        elif kind == "try":
            self._pack_tried(str(tag[1]), result)
        elif isinstance(result, Exception):
            self._failed(kind)
        elif kind == "full" and tag[1] == self._full_request:
            self._apply_full(result, tag[2])
        elif kind == "article":
            self._article_done(result, tag[1])
        elif kind == "blocks":
            for item in tag[1]:
                if item.key in result:
                    self._store_block(item, result[item.key])
            self.summary_changed.emit()

    def _failed(self, kind: object) -> None:
        if kind == "full":
            self._awaiting_full = False
        if kind == "article":
            self._article_running = False
        self._warn("internal", QCoreApplication.translate("CheckController", "The house-style check stopped on an internal error; "
                                                       "editing goes on as usual."))
        self.state_changed.emit()

    def _warn(self, key: str, text: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            self.message.emit(text)

    def _pack_loaded(self, request: object, source: str, result: object) -> None:
        if request != self._pack_request:
            return
        language = self.session.article.base_language
        if isinstance(result, Pack) and source == self.custom_pack and \
                result.language.split("-")[0].lower() != language:
            self._load_pack(self.default_pack())  # the desk pack is for another language
            return
        if isinstance(result, Exception):
            if source == self.custom_pack and source != self.default_pack():
                if isinstance(result, PackError):
                    self._warn("pack:" + source, pack_error_text(result))
                self._load_pack(self.default_pack())
                return
            self._loading_pack = False
            self._awaiting_full = False
            name = (QCoreApplication.translate("CheckController", "English") if language == "en"
                    else QCoreApplication.translate("CheckController", "Vietnamese"))
            self._warn("nopack:" + source, QCoreApplication.translate(
                "CheckController", "There is no house-style pack for {language} articles yet, so they are not checked.")
                .format(language=name))
            self.state_changed.emit()
            self.summary_changed.emit()
            return
        self.pack = result
        self._loading_pack = False
        self._warn_spelling(result)
        self._start_full()
        self.state_changed.emit()

    def _warn_spelling(self, pack: Pack) -> None:
        """Say once, in the status bar, that English spelling is not checked for want of a dictionary."""
        if not pack.is_enabled("EN-SP01"):
            return
        from editor.model.house_style import spelling  # opened by the worker that loaded the pack

        notice = spelling.missing_template(spelling.pack_dictionary(pack))
        if notice is not None:
            template, params = notice
            self._warn("spelling:" + template, QCoreApplication.translate("errors", template).format(**params))

    def _pack_tried(self, path: str, result: object) -> None:
        if isinstance(result, PackError):
            self.pack_tried.emit(path, pack_error_text(result))
        elif isinstance(result, Exception):
            self.pack_tried.emit(path, QCoreApplication.translate(
                "CheckController", "The house-style pack “{file}” cannot be used.").format(file=path))
        else:
            self.pack_tried.emit(path, "")
            self.use_custom_pack(path)

    def _apply_full(self, result: FullResult, generation: object) -> None:
        article = self.session.article
        self._fields.clear()
        for name in checkable_fields(article):
            try:
                current = field_text(article, name).text
            except KeyError:
                continue
            got = result.fields.get(name)
            if got is not None and got[0] == current:
                self._fields[name] = got
            elif current.strip():
                self._pending_fields.add(name)
            self.field_changed.emit(name)
        for (text, kind), findings in result.blocks.items():
            self._cache[(text, kind)] = findings
        for key, entry in self._blocks.items():
            if entry.findings is None:
                entry.findings = self._cache.get((entry.text, entry.kind))
                if entry.findings is None:
                    self._pending_blocks.add(key)
        self._awaiting_full = False
        if generation == self.generation:
            self._apply_article_level(result.article_level)
        else:
            self._article_timer.start()
        if self._pending_fields or self._pending_blocks:
            self._field_timer.start()
        self.body_changed.emit()
        self.summary_changed.emit()
        self.state_changed.emit()

    def _article_done(self, result: list[Finding], generation: object) -> None:
        self._article_running = False
        if generation == self.generation:
            self._apply_article_level(result)
        elif self._article_again or not self._article_timer.isActive():
            self._article_timer.start()
        self._article_again = False

    def _apply_article_level(self, findings: list[Finding]) -> None:
        old_fields, old_blocks = self._article_fields, self._article_blocks
        self._article_fields, self._article_blocks = {}, {}
        for f in findings:
            if f.field in BODY_FIELDS:
                placed = self.place_finding(f) if f.block is not None else None
                if placed is not None:
                    self._article_blocks.setdefault(placed[0], []).append(placed[1])
            else:
                self._article_fields.setdefault(f.field, []).append(f)
        changed = False
        for name in set(old_fields) | set(self._article_fields):
            if old_fields.get(name) != self._article_fields.get(name):
                changed = True
                self.field_changed.emit(name)
        for key in set(old_blocks) | set(self._article_blocks):
            if old_blocks.get(key) != self._article_blocks.get(key):
                changed = True
                self.block_changed.emit(key)
        if changed:
            self.summary_changed.emit()
