"""The house-style checker in the main window: underlines in every field and in the body, tooltips
and context menus, the issues panel, the counts in the status bar and "Fix All Safe".

:func:`attach_checker` builds it all around an existing MainWindow; the window only calls it once
and offers the menu commands of :mod:`editor.ui.checker.check_commands`. The scheduling (what is checked
when, in which thread) is :class:`editor.session.checking.CheckController`'s.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QToolButton

from editor.i18n import interface_language
from editor.model.article import Article, Block
from editor.model.house_style import Finding
from editor.model.house_style.fields import field_text, set_field_text
from editor.model.house_style.fixes import apply_to_text
from editor.qt.finding_spans import Span
from editor.qt.qt_chains import has_chains, paragraph_heads
from editor.qt.qt_text import LINE_BREAK
from editor.session.checking import CheckController
from editor.ui.checker.check_menu import CheckMenu
from editor.ui.checker.fix_all import non_overlapping
from editor.ui.checker.issues_panel import IssueRow, IssuesPanel
from editor.ui.fields.field_views import BodyView, DocView, FieldView, LineView
from editor.ui.fields.record_list import RecordListEditor

SUMMARY_DELAY_MS = 150
STATUS_MESSAGE_MS = 8000
FAILURE_STYLE = "QStatusBar { color: #b3261e; font-weight: bold; }"
_RECORD = re.compile(r"^(quotes|awards)\[(\d+)\]\.(\w+)$")


def _safe(finding: Finding) -> bool:
    return finding.safe_fix and bool(finding.replacements)


class CheckerUi(QObject):
    """Everything the checker shows in one window, and what its menu entries do."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.controller = CheckController(window.session, self)
        self.controller.snapshot = self._snapshot
        self.controller.custom_pack = window.settings.value("checker/pack")
        self.safe_count = 0
        self._failure_text: str | None = None  # the red sentence the status bar shows now
        self._failure_watched = False
        self.summary_seconds = 0.0  # GUI time spent on the counts and the panel (the bench reads it)
        self.body_view = BodyView(window.body, self.controller)
        self.views: list[FieldView] = self._build_views(window.fields)
        self.menu = CheckMenu(self, self)
        for view in [*self.views, self.body_view]:
            self.menu.watch(view)

        self.panel = IssuesPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.panel)
        self.panel.hide()
        state = window.settings.value("window/state")
        if not state.isEmpty():  # the window's layout was restored before this dock existed
            window.restoreState(state)
        self.status_button = QToolButton(window)
        self.status_button.setObjectName("check_summary")
        self.status_button.setAutoRaise(True)
        self.status_button.setToolTip(self.tr("House style: click to see the issues"))
        window.statusBar().addPermanentWidget(self.status_button)

        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(SUMMARY_DELAY_MS)
        self._summary_timer.timeout.connect(self.refresh_summary)
        self._wire()
        if "show_issues" in window.actions_by_id:
            window.actions_by_id["show_issues"].setChecked(not self.panel.isHidden())
        self.controller.reset(self.body_view.underlines.live_keys())
        self.refresh_summary()

    # ------------------------------------------------------------------ set-up

    def _build_views(self, fields: Any) -> list[FieldView]:
        c = self.controller
        article: Callable[[], Article] = lambda: self.session.article  # noqa: E731 - read at call time

        def one(name: str) -> Callable[[], list[str]]:
            return lambda: [name]

        def record(editor: RecordListEditor, group: str, key: str) -> Callable[[], list[str]]:
            def names() -> list[str]:
                row = editor.list.currentRow()
                return [f"{group}[{row}].{key}"] if 0 <= row < len(editor.records()) else []
            return names

        views: list[FieldView] = [
            LineView(fields.kicker, c, one("kicker")),
            DocView(fields.headline, c, one("headline")),
            DocView(fields.lede, c, one("lede")),
            LineView(fields.source, c, one("dateline.source")),
            LineView(fields.place, c, one("dateline.place")),
            LineView(fields.authors, c, lambda: [f"byline.authors[{i}]" for i in
                                                  range(len(article().byline.authors))]),
            LineView(fields.signoff, c, one("byline.signoff")),
        ]
        quotes, awards = fields.quotes, fields.awards
        views += [LineView(quotes.speaker, c, record(quotes, "quotes", "speaker")),
                  LineView(quotes.role, c, record(quotes, "quotes", "role")),
                  DocView(quotes.text, c, record(quotes, "quotes", "text")),
                  LineView(awards.recipient, c, record(awards, "awards", "recipient")),
                  LineView(awards.award, c, record(awards, "awards", "award")),
                  LineView(awards.conferred_by, c, record(awards, "awards", "conferred_by")),
                  DocView(awards.reason, c, record(awards, "awards", "reason"))]
        return views

    def _wire(self) -> None:
        w, c = self.window, self.controller
        c.field_changed.connect(self._field_changed)
        c.summary_changed.connect(self._summary_timer.start)
        c.state_changed.connect(self._summary_timer.start)
        c.message.connect(lambda text: w.statusBar().showMessage(text, STATUS_MESSAGE_MS))
        c.pack_tried.connect(self._pack_tried)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(c.shutdown)  # let a running check finish before Python goes away
        w.fields.edited.connect(c.note_field_edit)
        for editor in (w.fields.quotes, w.fields.awards):
            editor.list.currentRowChanged.connect(lambda _row, e=editor: self._record_shown(e))
        self.session.article_replaced.connect(self._article_replaced)
        self.panel.activated.connect(self.go_to)
        self.panel.fix_all_requested.connect(w.checks.fix_all_safe)
        self.panel.visibilityChanged.connect(self._panel_visibility)
        self.status_button.clicked.connect(lambda: w.checks.set_issues_visible(True))

    def _snapshot(self) -> Article:
        """A copy of the article for the worker. The body is built from the texts the controller
        already holds for each block (what checking needs), not read again from the document;
        when a block is unknown the body is synced from the editor instead."""
        underlines = self.body_view.underlines
        live = underlines.live_keys()
        doc = underlines.editor.document()
        heads = set(paragraph_heads(doc)) if has_chains(doc) else None  # a paragraph held as a chain is one
        body = []
        chain: list[str] = []  # the texts of the chain being read, joined when it ends
        for key in sorted(live, key=live.__getitem__):
            entry = self.controller.block_entry(key)
            if entry is None:
                self.window.sync_body()
                return self.session.article.copy()
            number = live[key]
            if heads is not None and (number not in heads or number + 1 not in heads) \
                    and entry.kind != "body.caption":
                record = underlines.records.get(key)
                if record is None:
                    self.window.sync_body()
                    return self.session.article.copy()
                if number in heads or not body:
                    if chain:
                        body[-1].text = "".join(chain)
                    chain = []
                    body.append(Block(type=entry.kind.split(".", 1)[1]))
                tmap = record.tmap  # the text checked, and the space before a cut it leaves out
                chain.append(tmap.text + record.raw[tmap.end:].replace(LINE_BREAK, "\n"))
                continue
            if chain:
                body[-1].text, chain = "".join(chain), []
            if entry.kind == "body.caption":
                body.append(Block(type="image", caption=entry.text))
            else:
                body.append(Block(type=entry.kind.split(".", 1)[1], text=entry.text))
        if chain:
            body[-1].text = "".join(chain)
        if body == [Block()]:
            body = []
        snapshot = dataclasses.replace(self.session.article, body=[]).copy()
        snapshot.body = body
        return snapshot

    # ------------------------------------------------------------------ keeping the views current

    def _field_changed(self, name: str) -> None:
        for view in self.views:
            if name in view.fields():
                view.refresh()

    def _record_shown(self, editor: RecordListEditor) -> None:
        for view in self.views:
            if view.widget.parent() is editor.form_widget or editor.isAncestorOf(view.widget):
                view.refresh()

    def _article_replaced(self) -> None:
        for view in self.views:
            view.clear()
        self.controller.reset(self.body_view.underlines.live_keys())

    def view_showing(self, field: str) -> FieldView | None:
        """The view that shows ``field`` now (a quote or award only while its record is selected)."""
        return next((v for v in self.views if field in v.fields()), None)

    # ------------------------------------------------------------------ summary and panel

    def summary_text(self) -> str:
        """ "2 errors · 5 warnings · 3 suggestions", or what the checker is doing."""
        state = self.controller.state
        if state == "loading":
            return self.tr("Checking house style…")
        if state == "off":
            return self.tr("House style not checked")
        counts = self.controller.counts()
        n_e, n_w, n_s = counts.get("error", 0), counts.get("warning", 0), counts.get("suggestion", 0)
        if not n_e + n_w + n_s:
            return self.tr("No house-style issues")
        parts = [
            self.tr("1 error") if n_e == 1 else self.tr("{n} errors").format(n=n_e),
            self.tr("1 warning") if n_w == 1 else self.tr("{n} warnings").format(n=n_w),
            self.tr("1 suggestion") if n_s == 1 else self.tr("{n} suggestions").format(n=n_s),
        ]
        return " · ".join(parts)

    def refresh_summary(self) -> None:
        """Counts in the status bar, the panel's rows, the Fix All action."""
        started = time.perf_counter()
        self._summary_timer.stop()
        live = self.body_view.underlines.live_keys()
        self.controller.prune(live)
        found = self.controller.all_findings()
        self.safe_count = sum(1 for f, _key in found if _safe(f))
        text = self.summary_text()
        self.status_button.setText(text)
        pack = self.controller.pack
        self.status_button.setToolTip(self.tr("House style: {pack}. Click to see the issues.").format(
            pack=pack.title_in(interface_language())) if pack is not None
            else self.tr("House style: click to see the issues"))
        if self.panel.isVisible():
            rows = [IssueRow(f, key, live.get(key) if key is not None else None) for f, key in found]
            self.panel.set_rows(rows, text, self.safe_count)
        self.window.update_actions()
        self.summary_seconds += time.perf_counter() - started

    def _panel_visibility(self, visible: bool) -> None:
        action = self.window.actions_by_id.get("show_issues")
        if action is not None:
            action.setChecked(visible)
        if visible:
            self.refresh_summary()

    def go_to(self, row: IssueRow) -> bool:
        """Select the text of ``row`` in its field or in the body (and scroll to it)."""
        f = row.finding
        if row.key is not None:
            span = self.body_view.span_of(f, row.key)
            if span is None or not self.body_view.select(row.key, span.start, span.end):
                return False
            self.window.body.setFocus()
            return True
        match = _RECORD.match(f.field)
        if match:
            editor = getattr(self.window.fields, match.group(1))
            if editor.list.currentRow() != int(match.group(2)):
                editor.list.setCurrentRow(int(match.group(2)))
        view = self.view_showing(f.field)
        span = view.span_of(f) if view is not None else None
        if view is None or span is None:
            return False
        if self.window.fields_scroll.isHidden():
            self.window.set_fields_visible(True)
        self.window.fields_scroll.ensureWidgetVisible(view.widget)
        view.widget.setFocus()
        view.select(span.start, span.end)
        return True

    # ------------------------------------------------------------------ menu actions (CheckMenu)

    def before_menu(self) -> None:
        """Findings of what was just typed, before a menu shows them."""
        self.controller.flush()

    def apply_suggestion(self, view: Any, span: Span, text: str) -> None:
        """Replace a span with one of its suggestions: one undo step in that widget."""
        if view is self.body_view and span.key is not None:
            self.body_view.replace([(span.key, span.start, span.end, text)])
        else:
            view.replace([(span.start, span.end, text)])

    def ignore_once(self, span: Span) -> None:
        """Ignore this finding (stored in the article)."""
        self.controller.ignore_once(span.finding, span.key)

    def ignore_word(self, span: Span) -> None:
        """Ignore this word everywhere in the article (stored in the article)."""
        self.controller.ignore_word(span.finding.text)

    def add_to_dictionary(self, span: Span) -> None:
        """Add the word to the desk's dictionary; a file that cannot be written is said in red."""
        word = span.finding.text.strip()
        problem = self.controller.add_to_dictionary(word)
        if problem:
            self.show_failure(problem)
        else:
            self.window.statusBar().showMessage(
                self.tr("“{word}” is in the desk dictionary now.").format(word=word), STATUS_MESSAGE_MS)

    def show_failure(self, text: str) -> None:
        """One sentence in red in the status bar, until another message replaces it."""
        bar = self.window.statusBar()
        self._failure_text = text
        if not self._failure_watched:
            self._failure_watched = True
            bar.messageChanged.connect(self._status_changed)
        bar.setStyleSheet(FAILURE_STYLE)
        bar.showMessage(text, STATUS_MESSAGE_MS)

    def _status_changed(self, text: str) -> None:
        if self._failure_text is not None and text != self._failure_text:
            self._failure_text = None
            self.window.statusBar().setStyleSheet("")

    # ------------------------------------------------------------------ fix all safe

    def fix_all_safe(self) -> int:
        """Apply every safe fix as one step of the article's undo history; returns how many."""
        self.controller.flush()
        body: dict[int, list[Span]] = {}
        fields: dict[FieldView, list[Span]] = {}
        hidden: dict[str, list[Finding]] = {}
        for f, key in self.controller.all_findings():
            if not _safe(f):
                continue
            if key is not None:
                span = self.body_view.span_of(f, key)
                if span is not None:
                    body.setdefault(key, []).append(span)
                continue
            view = self.view_showing(f.field)
            if view is not None:
                span = view.span_of(f)
                if span is not None:
                    fields.setdefault(view, []).append(span)
            elif _RECORD.match(f.field):
                hidden.setdefault(f.field, []).append(f)
        first = lambda finding: finding.replacements[0]  # noqa: E731
        count = 0
        with self.session.undo.group(self.tr("Fix All Safe")):  # every widget's change: one step
            edits = [(key, s, e, t) for key, spans in body.items() for s, e, t in non_overlapping(spans, first)]
            if edits and self.body_view.replace(edits):
                count += len(edits)
            for view, spans in fields.items():
                view_edits = non_overlapping(spans, first)
                view.replace(view_edits)
                count += len(view_edits)
            for name, findings in hidden.items():
                count += self._fix_hidden(name, findings)
        return count

    def _fix_hidden(self, name: str, findings: list[Finding]) -> int:
        """Fix a quote or award field that is not on screen, straight in the model."""
        article = self.session.article
        old = field_text(article, name).text
        new, _marks, applied = apply_to_text(old, findings)
        if not applied:
            return 0
        group, index = _RECORD.match(name).group(1), int(_RECORD.match(name).group(2))  # type: ignore[union-attr]
        editor: RecordListEditor = getattr(self.window.fields, group)

        def put(text: str) -> None:
            set_field_text(article, name, None, text)
            item = editor.list.item(index)
            if item is not None and index < len(editor.records()):
                item.setText(editor.record_label(editor.records()[index]))
            self.session.mark_modified()
            self.controller.note_field_edit(group)

        put(new)
        self.session.undo.add("", lambda: put(old), lambda: put(new), size=len(old) + len(new))  # part of Fix All Safe
        return len(applied)

    def _pack_tried(self, path: str, problem: str) -> None:
        if problem:
            self.window.dialogs.show_error(problem)
            return
        self.window.settings.set_value("checker/pack", path)
        self.window.settings.sync()
        self.window.statusBar().showMessage(self.tr("House-style pack “{file}” in use").format(file=path),
                                            STATUS_MESSAGE_MS)


def attach_checker(window: Any) -> CheckerUi:
    """Give ``window`` (a MainWindow) its live house-style checker."""
    return CheckerUi(window)
