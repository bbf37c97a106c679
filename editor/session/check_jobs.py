"""Checker work that runs off the GUI thread: loading a pack, checking a whole article, the
article-level rules after a pause, and big batches of blocks (a large paste).

Every job works on its own snapshot (a copy of the article, or plain strings) and reports back
through :class:`JobSignals`, a queued signal, so results are applied on the GUI thread, where the
controller drops them when they are no longer current.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from editor.model.article import Article
from editor.model.collector import collector_paused
from editor.model.house_style import (
    Finding,
    Pack,
    PackError,
    check_article_level,
    check_field,
    check_text,
    load_pack,
)
from editor.model.house_style.fields import article_fields

log = logging.getLogger(__name__)
BODY_FIELDS = ("body", "body.caption")


@dataclass
class FullResult:
    """Every finding of an article, split the way the controller keeps them."""

    fields: dict[str, tuple[str, list[Finding]]] = field(default_factory=dict)  # name -> (text, findings)
    blocks: dict[tuple[str, str], list[Finding]] = field(default_factory=dict)  # (text, kind) -> findings
    article_level: list[Finding] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class BlockItem:
    """One body block to check: its key in the editor, its NFC text, its kind and index."""

    key: int
    text: str
    kind: str  # "body.paragraph", "body.heading", ..., "body.caption"
    index: int

    @property
    def field(self) -> str:
        """The finding field: ``body`` or ``body.caption``."""
        return "body.caption" if self.kind == "body.caption" else "body"


def check_block(item: BlockItem, pack: Pack, article: Article | None) -> list[Finding]:
    """The per-field findings of one body block (``check_text`` on text not yet in the article)."""
    return check_text(item.text, pack, item.field, item.index, kind=item.kind, article=article)


def full_check(article: Article, pack: Pack) -> FullResult:
    """Field-level findings of every field and block, then the article-level ones."""
    started = time.perf_counter()
    result = FullResult()
    for ft in article_fields(article):
        if not ft.text:
            continue
        findings = check_field(article, pack, ft.field, ft.block)
        if ft.field in BODY_FIELDS:
            result.blocks.setdefault((ft.text, ft.kind), findings)
        else:
            result.fields[ft.field] = (ft.text, findings)
    result.article_level = check_article_level(article, pack)
    result.seconds = time.perf_counter() - started
    return result


def article_level(article: Article, pack: Pack) -> list[Finding]:
    """The findings of the rules that need the whole article."""
    return check_article_level(article, pack)


def check_blocks(items: list[BlockItem], pack: Pack, article: Article) -> dict[int, list[Finding]]:
    """Findings of a batch of blocks, by key."""
    return {item.key: check_block(item, pack, article) for item in items}


def load(source: str) -> Pack:
    """A pack by built-in name or path (raises PackError). For a pack that checks spelling, the
    user's word list is read and the dictionary opened here too, off the GUI thread."""
    pack = load_pack(source)
    if pack.is_enabled("EN-SP01"):
        from editor.model.house_style import spelling
        from editor.session.desk_words import load_user_words

        load_user_words(pack.language)
        spelling.missing(spelling.pack_dictionary(pack))
    return pack


class JobSignals(QObject):
    """Carries a job's ``(tag, result)`` back to the GUI thread; ``result`` may be an exception."""

    done = Signal(object)


class Job(QRunnable):
    """Runs ``work()`` on a pool thread and emits ``(tag, result or exception)``."""

    def __init__(self, work: Callable[[], Any], tag: tuple[Any, ...], signals: JobSignals) -> None:
        super().__init__()
        self.work = work
        self.tag = tag
        self.signals = signals  # kept alive by the job while it runs
        self.setAutoDelete(True)

    def run(self) -> None:
        """The pool thread's part, with the cyclic collector paused (as ``articledesk check`` runs):
        a check makes masses of short-lived objects, and a full collection they set off on this
        thread holds the interpreter lock, and so the window, for 80-200 ms on a megabyte article
        (their containers are freed by reference counts; cycles wait for the next collection)."""
        with collector_paused():
            try:
                result: Any = self.work()
            except PackError as exc:
                result = exc
            except Exception as exc:  # noqa: BLE001 - a checker bug must never take the editor down
                log.exception("house-style job %s failed", self.tag[0])
                result = exc
        try:
            self.signals.done.emit((self.tag, result))
        except RuntimeError:  # the window closed while this ran: nobody wants the result any more
            pass
