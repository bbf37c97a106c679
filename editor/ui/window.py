"""The main window: fields panel beside the body editor, menus from the action table, status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QLocale, QObject, QSize, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor import APP_NAME, __version__
from editor.i18n import ui_language
from editor.model.text import Counts
from editor.session.article_session import ArticleSession
from editor.session.files import error_text
from editor.session.live_counts import LiveCounts
from editor.session.view import STATUS_MESSAGE_MS
from editor.settings import Settings
from editor.ui.actions import build_actions, complete_menus, menus_complete, set_theme_icons, update_enabled
from editor.ui.body.body_editor import BodyEditor
from editor.ui.checker.check_commands import CheckCommands
from editor.ui.dialog_geometry import bounded_size
from editor.ui.drops import article_paths, dropped_local_files, image_paths
from editor.ui.edit_commands import EditCommands
from editor.ui.export.export_commands import ExportCommands
from editor.ui.fields.fields_panel import FieldsPanel
from editor.ui.file_commands import FileCommands
from editor.ui.library.library_commands import LibraryCommands
from editor.ui.mail.mail_commands import MailCommands
from editor.ui.print.print_commands import PrintCommands
from editor.ui.qt_names import set_enum_property
from editor.ui.safety.safety_commands import SafetyCommands
from editor.ui.window_dialogs import WindowDialogs

if TYPE_CHECKING:
    from editor.ui.body.find_replace import FindReplaceBar

STATUS_DELAY_MS = 250
COUNTS_SLICE_S = 0.008  # GUI time a count may spend reading a body that is new to the mirror
DEFAULT_SIZE = (1280, 800)
FIELDS_WIDTH = 480


class MainWindow(QMainWindow):
    """One article on screen. Talks to the session; its menus' commands live in the parts it owns:
    ``files``, ``editing``, ``checks``, ``safety``, ``library``, ``exporting``, ``printing``, ``mail``
    and ``dialogs`` (every question put to the user)."""

    @property
    def find_bar(self) -> FindReplaceBar:
        """The find and replace bar under the body, created the first time it is wanted."""
        if self._find_bar is None:
            from editor.ui.body.find_replace import FindReplaceBar

            self._find_bar = FindReplaceBar(self.body, None, window=self)
            self._find_bar.hide()
            self._body_layout.addWidget(self._find_bar)
        return self._find_bar

    def __init__(self, session: ArticleSession, settings: Settings, parent: QWidget | None = None,
                 light_start: bool = False) -> None:
        """With ``light_start`` (the editor's own start-up) the window builds only what its first
        paint shows and leaves the rest to :meth:`finish_start_up`; it does not display the
        session's article either, since the caller opens the first one straight away."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.session = session
        self.settings = settings
        settings.on_failure = lambda failure: self.dialogs.show_message(error_text(failure), STATUS_MESSAGE_MS * 3)
        self.pending_messages: list[str] = []
        self._loading = False
        self.keep_body = False  # a restore shows other fields; the body changes as an undo command of its own
        self.setAcceptDrops(True)
        self.dialogs = WindowDialogs(self)
        self.files = FileCommands(self)
        self.editing = EditCommands(self)
        self.checks = CheckCommands(self)
        self.safety = SafetyCommands(self)
        self.library = LibraryCommands(self)
        self.exporting = ExportCommands(self)
        self.printing = PrintCommands(self)
        self.mail = MailCommands(self)

        self.fields = FieldsPanel()
        self.fields_scroll = QScrollArea()
        self.fields_scroll.setObjectName("fields_scroll")
        self.fields_scroll.setWidget(self.fields)
        self.fields_scroll.setWidgetResizable(True)
        set_enum_property(self.fields_scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.fields_scroll.setMinimumWidth(300)

        self.body = BodyEditor()
        self.body.setObjectName("body")
        self._find_bar: FindReplaceBar | None = None  # built on first use: keeps start-up light
        body_pane = QWidget()
        self._body_layout = body_layout = QVBoxLayout(body_pane)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.body, 1)

        self.splitter = QSplitter()  # horizontal
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(self.fields_scroll)
        self.splitter.addWidget(body_pane)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([FIELDS_WIDTH, DEFAULT_SIZE[0] - FIELDS_WIDTH])
        self.setCentralWidget(self.splitter)

        # A light start makes the menus' contents after the first paint (finish_start_up).
        self._built_actions = built = build_actions(self, self.menuBar(), self.tr("Format"), complete=not light_start)
        self.actions_by_id = built.actions
        self.menus = built.menus
        self.format_toolbar = built.toolbar
        set_enum_property(self.format_toolbar, "toolButtonStyle", "ToolButtonTextOnly")
        self.addToolBar(self.format_toolbar)
        self.menus["edit"].aboutToShow.connect(self.update_actions)

        self._build_status_bar()
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(STATUS_DELAY_MS)
        self._status_timer.timeout.connect(self.refresh_counts)
        self._live_counts = LiveCounts()

        self.fields.edited.connect(self._field_edited)
        self.body.textChanged.connect(self._body_edited)
        self.body.formatStateChanged.connect(self.editing._show_formats)
        self.editing.setup_undo()  # one undo history for the fields and the body (session.undo)
        session.modified_changed.connect(self.setWindowModified)
        session.path_changed.connect(lambda _p: self.update_title())
        session.article_replaced.connect(self.load_article)

        self.restore_layout()
        self.checker = None  # the live house-style checker: attach_live_checker()
        self.start_up_done = False  # finish_start_up() has run
        self._after_start_up: list[Callable[[], object]] = []
        if not light_start:
            self._menus_made()
            self.load_article()
            self.finish_start_up()

    def finish_start_up(self) -> None:
        """Set up what the first paint does not show: the menus' contents and icons, dropping
        files on the fields and the body, the wheel guard (the wheel scrolls, never edits a field),
        the autosave journal and revision history and the live house-style checker. The editor
        calls this just after the window first paints (before it takes any input); a window made
        without ``light_start`` has already done it."""
        if self.start_up_done:
            return
        self.start_up_done = True
        if not menus_complete(self._built_actions):
            complete_menus(self._built_actions, self)
            self._menus_made()
            self.update_actions()
        self._install_drop_filters()
        from editor.ui.wheel_guard import install_wheel_guard

        self.wheel_guard = install_wheel_guard(self)  # the wheel scrolls the panels; it never edits a field
        self.safety.setup_safety()  # autosave journal, revision history (safety_commands.py)
        set_theme_icons(self.actions_by_id)
        self.attach_live_checker()
        self.mail.start_outbox_later()  # the outbox's flusher, once the window is idle
        steps, self._after_start_up = self._after_start_up, []
        for step in steps:
            step()

    def after_start_up(self, step: Callable[[], object]) -> None:
        """Run ``step`` (such as writing the settings) once start-up is finished: at once when it is."""
        if self.start_up_done:
            step()
        else:
            self._after_start_up.append(step)

    def attach_live_checker(self) -> None:
        """Start live house-style checking (checker_ui.py). The editor starts it just after the
        window first paints, so that loading the rule packs never delays the first sight of the
        article; menus that need the checker wait for it."""
        if self.checker is None:
            from editor.ui.checker.checker_ui import attach_checker

            self.checker = attach_checker(self)

    # --------------------------------------------------------------- layout

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.words_label = QLabel(self)
        self.characters_label = QLabel(self)
        self.reading_label = QLabel(self)
        for label in (self.words_label, self.characters_label, self.reading_label):
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def restore_layout(self) -> None:
        """Window size and position, toolbar and splitter as the user left them."""
        geometry = self.settings.value("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):  # (a restored geometry is kept on screen by Qt)
            self.resize(bounded_size(self, QSize(*DEFAULT_SIZE)))
        state = self.settings.value("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value("window/splitter")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self.fields_scroll.setVisible(self.settings.value("window/fields_visible"))

    def _menus_made(self) -> None:
        """Once every menu and action exists: Open Recent, and the View menu's checks."""
        self.menus["file/recent"].aboutToShow.connect(self.rebuild_recent_menu)
        self.actions_by_id["show_fields"].setChecked(not self.fields_scroll.isHidden())
        self.actions_by_id[f"ui_{ui_language(self.settings)}"].setChecked(True)
        self.rebuild_recent_menu()

    def save_layout(self) -> None:
        """Remember window geometry, toolbar and splitter in the settings."""
        self.settings.set_value("window/geometry", QByteArray(self.saveGeometry()))
        self.settings.set_value("window/state", QByteArray(self.saveState()))
        self.settings.set_value("window/splitter", QByteArray(self.splitter.saveState()))
        self.settings.set_value("window/fields_visible", not self.fields_scroll.isHidden())

    # ------------------------------------------------------- article display

    def load_article(self) -> None:
        """Show the session's article (after new, open or startup)."""
        self._loading = True
        try:
            self.fields.set_article(self.session.article)
            if not self.keep_body:
                self.body.set_blocks(self.session.article.body)
                mirror = getattr(self.safety, "body_mirror", None)
                if mirror is not None:
                    mirror.expect(self.session.article.body)
            self.refresh_counts()  # while loading: the body holds the article's own blocks, no sync
        finally:
            self._loading = False
        self.setWindowModified(self.session.modified)
        self.update_title()
        self.update_actions()

    def update_title(self) -> None:
        """Window title: file name (or headline / "Untitled") and the modified marker."""
        self.setWindowTitle(self.session.window_title())
        self.setWindowModified(self.session.modified)

    def sync_body(self) -> None:
        """Copy the body editor's blocks into the article: once the safety net runs, from its body
        mirror, which reads again only the Qt blocks changed since (the whole body of a long article
        takes about a second to read; the blocks are shared with the mirror, and nobody changes
        blocks in place: an edit makes new ones)."""
        mirror = getattr(self.safety, "body_mirror", None)
        self.session.article.body = self.body.blocks() if mirror is None else mirror.snapshot()

    def _field_edited(self, name: str) -> None:
        self.session.mark_modified()
        if name == "headline" and self.session.path is None:
            self.update_title()
        if name in ("headline", "lede", "language"):
            self._status_timer.start()

    def _body_edited(self) -> None:
        if self._loading:
            return
        self.session.mark_modified()
        self._status_timer.start()

    def refresh_counts(self) -> None:
        """Show words, characters and reading time. Once the safety net runs, the body's blocks come
        from its mirror and only texts that changed are counted again (live_counts): a keystroke in
        a long article never re-reads the whole body; a body still being read after a new text
        arrived is read a slice at a time, the counts shown when it is all read."""
        mirror = getattr(self.safety, "body_mirror", None)
        if self._loading or mirror is None:
            if not self._loading:
                self.sync_body()
            counts = self._live_counts.counts(self.session.article, self.session.article.body)
        else:
            body = mirror.snapshot(COUNTS_SLICE_S)
            if body is None:
                QTimer.singleShot(0, self, self.refresh_counts)  # the rest of the body, in the next slice
                return
            self.session.article.body = body  # the article holds the body (a list of its own), as when read whole
            counts = self._live_counts.counts(self.session.article, body)
        self.words_label.setText(self.words_text(counts))
        self.characters_label.setText(self.characters_text(counts))
        self.reading_label.setText(self.tr("~{n} min read").format(n=QLocale().toString(counts.reading_minutes)))

    def words_text(self, counts: Counts) -> str:
        """ "N syllables" (Vietnamese desks count chữ) or "N words"."""
        n = QLocale().toString(counts.words)
        if counts.counts_syllables:
            return self.tr("1 syllable") if counts.words == 1 else self.tr("{n} syllables").format(n=n)
        return self.tr("1 word") if counts.words == 1 else self.tr("{n} words").format(n=n)

    def characters_text(self, counts: Counts) -> str:
        """ "N characters"."""
        if counts.characters == 1:
            return self.tr("1 character")
        return self.tr("{n} characters").format(n=QLocale().toString(counts.characters))

    def show_pending_messages(self) -> None:
        """Show what went wrong while the window was being set up (e.g. a bad file argument)."""
        messages, self.pending_messages = self.pending_messages, []
        for message in messages:
            self.dialogs.show_error(message)

    def update_actions(self) -> None:
        """Refresh the enabled state of the actions that depend on something."""
        update_enabled(self.actions_by_id, self)
        self.editing.show_undo_state()

    # ----------------------------------------------------------- view, help

    def set_fields_visible(self, visible: bool) -> None:
        """View › Show Fields Panel."""
        self.fields_scroll.setVisible(visible)
        self.actions_by_id["show_fields"].setChecked(visible)
        self.settings.set_value("window/fields_visible", visible)

    def set_interface_language(self, language: str) -> None:
        """View › Interface Language: stored now, applied at the next start."""
        self.actions_by_id[f"ui_{language}"].setChecked(True)
        if self.settings.value("ui/language") == language:
            return
        self.settings.set_value("ui/language", language)
        self.settings.sync()
        self.dialogs.show_info(self.tr("The new interface language will be used the next time you start ArticleDesk."))

    def show_about(self) -> None:
        """Help › About ArticleDesk."""
        self.dialogs.show_about_box(
            self.tr("About ArticleDesk"),
            self.tr("{app} {version}\n\nA desktop article editor for news desks: structured fields, a rich-text "
                    "body, house-style checks and exports.").format(app=APP_NAME, version=__version__),
        )

    # -------------------------------------------------------- recent files

    def rebuild_recent_menu(self) -> None:
        """File › Open Recent: one entry per recent file, then Clear."""
        menu: QMenu | None = self.menus.get("file/recent")
        if menu is None:  # not made yet (a light start): built with the other menus
            return
        clear = self.actions_by_id["clear_recent"]
        menu.clear()  # deletes the entries the menu owns; "Clear" belongs to the window
        files = self.settings.recent_files()
        for number, name in enumerate(files, start=1):
            label = Path(name).name.replace("&", "&&")
            action = QAction(f"&{number % 10}  {label}", parent=menu)  # parent= by name: see actions.py
            action.setToolTip(name)
            action.setStatusTip(name)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, p=name: self.files.open_path(p))
            menu.addAction(action)
        if not files:
            empty = QAction(self.tr("No recent files"), parent=menu)
            empty.setEnabled(False)
            menu.addAction(empty)
        menu.addSeparator()
        menu.addAction(clear)
        clear.setEnabled(bool(files))

    def recent_menu_paths(self) -> list[str]:
        """The files File › Open Recent offers, in menu order."""
        menu = self.menus.get("file/recent")
        actions = menu.actions() if menu is not None else []
        return [a.data() for a in actions if isinstance(a.data(), str) and a.data()]

    # ------------------------------------------------------- drag and drop

    def _install_drop_filters(self) -> None:
        self.body.viewport().installEventFilter(self)
        for widget in self.fields.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                widget.installEventFilter(self)
            elif isinstance(widget, QPlainTextEdit):
                widget.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Files dropped on the body or a field: an .article opens, pictures go into the body as
        image blocks, anything else is refused (never pasted as a path)."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            mime = event.mimeData()
            files = dropped_local_files(mime)
            if files and watched is self.body.viewport() and not article_paths(mime) \
                    and len(image_paths(mime)) == len(files):
                return super().eventFilter(watched, event)
            if files:
                if kind == QEvent.Type.Drop:
                    self._drop(event)
                elif article_paths(mime):
                    event.acceptProposedAction()
                else:
                    event.ignore()
                return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept a dragged .article file anywhere on the window."""
        if article_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Keep accepting while an .article file is dragged over the window."""
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Open a dropped .article file."""
        self._drop(event)

    def _drop(self, event: QDropEvent) -> None:
        paths = article_paths(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        # Open after the drop has finished, so no modal question runs inside the drag.
        QTimer.singleShot(0, lambda p=paths[0]: self.files.open_path(p))

    # ---------------------------------------------------------------- close

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Ask about unsaved changes; remember the layout and the open file."""
        if not self.files.maybe_save():
            event.ignore()
            return
        self.save_layout()
        self.settings.set_value("files/last_open", str(self.session.path) if self.session.path else "")
        self.settings.sync()
        if self._find_bar is not None:
            self._find_bar.hide()
        self.mail.window_closed()
        event.accept()
