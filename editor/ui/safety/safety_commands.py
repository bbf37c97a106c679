"""Never losing a journalist's work, as the window shows it: the red autosave warning, the
recovery dialog, the Revision History panel and restoring a version.

The work itself (journal, snapshots, recovery, disk conflicts) is the session's ArticleSafety
(editor/session/safety.py), made here once the window is on screen. A part of MainWindow, which
provides ``session``, ``settings``, ``fields``, ``body``, ``sync_body()``, ``files`` and ``dialogs``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDockWidget, QLabel

from editor.model.article import Article
from editor.qt.qtdoc import blocks_to_document
from editor.session.files import ArticleFileError, error_text
from editor.session.view import STATUS_MESSAGE_MS
from editor.settings import data_dir
from editor.ui.window_part import WindowPart

# The journal, the history and the dialogs and panels load once the window is on screen
# (setup_safety runs after its first paint) or when first shown.
if TYPE_CHECKING:
    from editor.session.safety import ArticleSafety, Recoverable
    from editor.session.undo import Step
    from editor.ui.safety.history_panel import HistoryPanel
    from editor.ui.safety.recovery_dialog import RecoveryChoice

FAILURE_STYLE = "color: #b3261e; font-weight: bold;"
SNAPSHOT_SLICE_S = 0.008  # GUI time an autosave snapshot may take at once; a long body is read in slices


class SafetyCommands(WindowPart):
    """Part of MainWindow: the autosave warning, the History panel and the recovery dialog."""

    service: ArticleSafety  # the session's journal, history, recovery and disk conflicts (setup_safety)
    history_dock: QDockWidget | None = None
    history_panel: HistoryPanel | None = None
    _restore_step: Step | None = None  # the last restore, while Edit › Undo would take it back

    def setup_safety(self) -> None:
        """Start the autosave journal and the revision history (called once by the window)."""
        from editor.qt.body_mirror import BodyMirror
        from editor.session.safety import ArticleSafety

        settings = self.settings
        self.session.keep_backup = settings.value("files/keep_backup")
        self.body_mirror = BodyMirror(self.window.body.document())
        self.service = ArticleSafety(
            self.session, self.window.dialogs, data_dir(), self.current_article,
            max_count=settings.value("history/max_count"), max_days=settings.value("history/max_days"),
            delay_ms=settings.value("autosave/delay_ms"), max_interval_ms=settings.value("autosave/max_interval_ms"),
            snapshot_article=self.article_snapshot, parent=self)
        self.service.autosaver.failed.connect(self._autosave_failed)
        self.service.autosaver.written.connect(self._autosave_written)
        self.window.fields.edited.connect(lambda _name: self._edited_for_safety())
        self.window.body.textChanged.connect(self._edited_for_safety)
        self.service.snapshot_taken.connect(self._snapshot_taken)
        self.session.saved.connect(self._file_saved)  # the library lists it at once, not after the history's write
        self.session.article_replaced.connect(self._article_replaced_for_safety)
        self.autosave_label = QLabel(self.window)
        self.autosave_label.setObjectName("autosave_problem")
        self.autosave_label.setStyleSheet(FAILURE_STYLE)
        self.autosave_label.setWordWrap(False)
        self.window.statusBar().insertPermanentWidget(0, self.autosave_label, 1)
        self.autosave_label.hide()
        self.recovery_offered = False

    def current_article(self) -> Article:
        """The article with the body editor's text in it, as a save would write it."""
        self.window.sync_body()
        return self.session.article

    def article_snapshot(self, wait: bool) -> Article | None:
        """A copy of the article as a save would write it, for the autosave thread, taken without
        reading the whole body again (BodyMirror). Unless ``wait``, None while a long body is
        still being read: the autosaver asks again a moment later."""
        from editor.session.autosave import article_with_body

        body = self.body_mirror.snapshot(None if wait else SNAPSHOT_SLICE_S)
        if body is None:
            return None
        return article_with_body(self.session.article, body)

    # --------------------------------------------------------------- autosave

    def _edited_for_safety(self) -> None:
        if self.window._loading:
            return
        self.service.note_edit()
        if self.history_panel is not None:
            self.history_panel.text_changed()

    def _autosave_failed(self, exc: ArticleFileError) -> None:
        self.autosave_label.setText(self.tr("Autosave failed: {reason} Your text is still here; save it.")
                                    .format(reason=error_text(exc)))
        self.autosave_label.setToolTip(self.autosave_label.text())
        self.autosave_label.show()

    def _autosave_written(self) -> None:
        if not self.autosave_label.isHidden():
            self.autosave_label.hide()
            self.window.statusBar().showMessage(self.tr("Autosave works again."), STATUS_MESSAGE_MS)

    def discard_recovery(self) -> None:
        """The user chose not to save: drop the journal entry of the changes thrown away."""
        self.service.forget_unsaved()
        article = self.session.article
        # If the article stays on screen after all (the Open dialog was cancelled), keep it safe again.
        QTimer.singleShot(0, self.window, lambda: self._keep_if_still_shown(article))

    def _keep_if_still_shown(self, article: Article) -> None:
        if self.window.isVisible() and self.session.article is article and self.session.modified:
            self.service.keep_unsaved()

    # --------------------------------------------------------------- recovery

    def offer_recovery(self) -> None:
        """At start: offer what programs that stopped without saving left in the journal."""
        try:
            items = self.service.recoverables()
            if items:
                self._recover(items)
        finally:
            self.recovery_offered = True

    def show_recovery(self) -> None:
        """File › Recover Unsaved Work…"""
        items = self.service.recoverables()
        if not items:
            self.window.dialogs.show_info(self.tr("There is no unsaved work to recover."))
            return
        self._recover(items)

    def ask_recovery(self, items: list[Recoverable]) -> RecoveryChoice:
        """Show the recovery dialog; returns what the user chose."""
        from editor.ui.dialog_geometry import fit_to_screen
        from editor.ui.safety.recovery_dialog import RECOVERY_SIZE, RecoveryDialog

        dialog = RecoveryDialog(items, self.window)
        fit_to_screen(dialog, self.settings, "dialogs/recovery_size", RECOVERY_SIZE)
        dialog.exec()
        choice = dialog.choice
        dialog.deleteLater()
        return choice

    def _recover(self, items: list[Recoverable]) -> None:
        choice = self.ask_recovery(items)
        self.service.discard(choice.discard)
        if choice.restore is not None:
            self.restore_recovered(choice.restore)
        left = len(items) - len(choice.discard) - (1 if choice.restore is not None else 0)
        if left:
            more = self.tr("1 more unsaved article can be recovered with File › Recover Unsaved Work.") if left == 1 \
                else self.tr("{n} more unsaved articles can be recovered with File › Recover Unsaved Work.").format(n=left)
            self.window.statusBar().showMessage(more, STATUS_MESSAGE_MS * 3)

    def restore_recovered(self, item: Recoverable) -> bool:
        """Put a recovered article in the window, as an unsaved change of its file."""
        if not self.window.files.maybe_save():
            return False
        if self.service.adopt(item):  # its file exists: list it among the recent files
            self.window.files.remember_open_file()
        self.window.statusBar().showMessage(self.tr("Recovered “{name}”. Save it to keep it.").format(
            name=self.session.display_name()), STATUS_MESSAGE_MS * 2)
        return True

    # ------------------------------------------------------------- history

    def _snapshot_taken(self, _path: str) -> None:
        if self.history_panel is not None:
            self.history_panel.refresh(self.session.article.id)

    def _file_saved(self, path: str) -> None:
        library = self.window.library.library_window
        if library is not None:
            library.file_saved(path)

    def _article_replaced_for_safety(self) -> None:
        if self.history_panel is not None and self.history_dock is not None and self.history_dock.isVisible():
            self.history_panel.refresh(self.session.article.id)

    def set_history_visible(self, visible: bool) -> None:
        """View › Revision History."""
        if visible and self.history_dock is None:
            self._build_history_dock()
        if self.history_dock is not None:
            self.history_dock.setVisible(visible)
            if visible:
                self.history_panel.refresh(self.session.article.id)
        self.window.actions_by_id["show_history"].setChecked(visible)

    def _build_history_dock(self) -> None:
        from editor.ui.dialog_geometry import fit_to_screen
        from editor.ui.safety.history_panel import FLOATING_SIZE, HistoryPanel

        panel = HistoryPanel(self.service, self.current_article)
        dock = QDockWidget(self.tr("Revision History"), self.window)
        dock.setObjectName("history_dock")
        dock.setWidget(panel)
        fit_to_screen(dock, self.settings, "dialogs/history_size", FLOATING_SIZE)  # whenever it floats
        self.window.addDockWidget(QtCore.Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.visibilityChanged.connect(lambda shown: self.window.actions_by_id["show_history"].setChecked(shown))
        panel.restore_requested.connect(self.restore_article_version)
        panel.undo_requested.connect(self.undo_restore)
        self.session.undo.changed.connect(self._show_restore_undo)
        self.history_dock, self.history_panel = dock, panel
        self._show_restore_undo()

    def restore_article_version(self, article: Article) -> None:
        """Put an earlier version in the window; Edit › Undo (or Undo Restore) takes it back."""
        from editor.session.safety import BEFORE_RESTORE
        from editor.ui.timefmt import local_time

        previous = self.current_article().copy()
        if self.session.modified:
            self.service.keep_in_history(previous, BEFORE_RESTORE)  # unsaved text is kept too
        restored = article.copy()
        restored.id = previous.id
        with self.session.undo.group(self.tr("Restore Version")):  # one step of the article's history
            blocks_to_document(restored.body, self.window.body.document())  # the body's own undo command
            self._show_fields(previous, restored)
        self._restore_step = self.session.undo.top()
        self._show_restore_undo()
        self.window.statusBar().showMessage(self.tr("Restored the version saved {time}. Edit › Undo takes it back.").format(
            time=local_time(article.updated or "")), STATUS_MESSAGE_MS * 2)

    def _show_fields(self, before: Article, after: Article) -> None:
        """Put the fields of ``after`` in place as a step (undone: those of ``before``); the body
        stays as it is, its change being the document's own undo command."""

        def show(version: Article) -> None:
            shown = version.copy()
            shown.body = self.window.body.blocks()
            self.window.keep_body = True
            try:
                self.session.restore_version(shown)
            finally:
                self.window.keep_body = False

        held = sum(len(text) for version in (before, after) for text in version.counted_texts())
        self.session.undo.add("", lambda: show(before), lambda: show(after), size=held)  # two whole versions
        show(after)

    def undo_restore(self) -> None:
        """History › Undo Restore: take back the last restore while it is the last change."""
        if self._restore_step is not None and self.session.undo.top() is self._restore_step:
            self.window.editing.undo()
            self.window.statusBar().showMessage(self.tr("Restore undone."), STATUS_MESSAGE_MS)

    def _show_restore_undo(self) -> None:
        if self.history_panel is not None:
            available = self._restore_step is not None and self.session.undo.top() is self._restore_step
            if available != self.history_panel.undo_button.isEnabled():
                self.history_panel.set_undo_available(available)
                self.history_panel.show_difference()
