"""The one declarative table of menus and actions (id, text, shortcut, handler, enabled-when).

The main window builds its menus and toolbar from ``ITEMS`` in order. A handler is the name of a
MainWindow method, or "part.method" for one of the parts the window owns (``files``, ``editing``,
``checks``, ``safety``, ``library``, ``exporting``, ``printing``, ``mail``); it is called with ``data`` when the item has data, with the checked state when
it is a plain checkable action, else with no argument. ``enabled_when`` names a MainWindow
method returning bool. Texts are English sources translated in the context "actions".
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

Key = QKeySequence.StandardKey
Shortcut = Key | str | tuple[Key | str, ...] | None
N_ = QT_TRANSLATE_NOOP  # marks table texts: QT_TRANSLATE_NOOP("actions", text)


# The table's records are NamedTuples: fixed values, and far quicker to define than dataclasses
# (this module loads before the window first paints).


class MenuSpec(NamedTuple):
    """A menu; ``parent`` is "" for the menu bar, else the id of the enclosing menu."""

    id: str
    text: str
    parent: str = ""
    separator_before: bool = False


class ActionSpec(NamedTuple):
    """One command as the user sees it in a menu (and perhaps on the toolbar)."""

    id: str
    text: str
    menu: str
    handler: str
    shortcut: Shortcut = None
    enabled_when: str | None = None
    checkable: bool = False
    group: str | None = None  # exclusive (radio) group
    data: str | None = None
    toolbar: bool = False
    icon: str = ""  # freedesktop icon-theme name, used when the system has a theme (set_theme_icons)
    font: str = ""  # "bold", "italic" or "underline": how the toolbar button looks
    separator_before: bool = False
    tip: str = ""


ITEMS: tuple[MenuSpec | ActionSpec, ...] = (
    MenuSpec("file", QT_TRANSLATE_NOOP("actions", "&File")),
    ActionSpec("new", QT_TRANSLATE_NOOP("actions", "&New"), "file", "files.new_article", Key.New,
               tip=QT_TRANSLATE_NOOP("actions", "New empty article in the current article's language"),
               icon="document-new"),
    MenuSpec("file/new_in", QT_TRANSLATE_NOOP("actions", "New Article &In"), "file"),
    ActionSpec("new_vi", QT_TRANSLATE_NOOP("actions", "&Vietnamese"), "file/new_in", "files.new_article_in", data="vi"),
    ActionSpec("new_en", QT_TRANSLATE_NOOP("actions", "&English"), "file/new_in", "files.new_article_in", data="en"),
    ActionSpec("open", QT_TRANSLATE_NOOP("actions", "&Open…"), "file", "files.open_file", Key.Open,
               icon="document-open", separator_before=True),
    MenuSpec("file/recent", QT_TRANSLATE_NOOP("actions", "Open &Recent"), "file"),
    ActionSpec("clear_recent", QT_TRANSLATE_NOOP("actions", "&Clear Recent Files"), "file/recent",
               "files.clear_recent_files", enabled_when="files.has_recent_files"),
    ActionSpec("library", QT_TRANSLATE_NOOP("actions", "Article &Library…"), "file", "library.show_library", "Ctrl+Shift+O",
               tip=QT_TRANSLATE_NOOP("actions", "Browse and search the desk's articles; new article from a template")),
    ActionSpec("recover", QT_TRANSLATE_NOOP("actions", "Recover &Unsaved Work…"), "file", "safety.show_recovery",
               tip=QT_TRANSLATE_NOOP("actions", "Text kept automatically when ArticleDesk stopped without saving")),
    ActionSpec("save", QT_TRANSLATE_NOOP("actions", "&Save"), "file", "files.save", Key.Save,
               icon="document-save", separator_before=True),
    ActionSpec("save_as", QT_TRANSLATE_NOOP("actions", "Save &As…"), "file", "files.save_as", (Key.SaveAs, "Ctrl+Shift+S"),
               icon="document-save-as"),
    ActionSpec("export", QT_TRANSLATE_NOOP("actions", "&Export…"), "file", "exporting.export_article", "Ctrl+E",
               separator_before=True),
    ActionSpec("page_setup", QT_TRANSLATE_NOOP("actions", "Page Set&up…"), "file", "printing.page_setup",
               tip=QT_TRANSLATE_NOOP("actions", "Paper, margins, columns, font and masthead of the printed page"),
               separator_before=True),
    ActionSpec("print_preview", QT_TRANSLATE_NOOP("actions", "Print Pre&view…"), "file", "printing.print_preview",
               "Ctrl+Shift+P", icon="document-print-preview"),
    ActionSpec("print", QT_TRANSLATE_NOOP("actions", "&Print…"), "file", "printing.print_article", (Key.Print, "Ctrl+P"),
               icon="document-print"),
    ActionSpec("export_pdf", QT_TRANSLATE_NOOP("actions", "Export as P&DF…"), "file", "printing.export_pdf",
               tip=QT_TRANSLATE_NOOP("actions", "The printed page (“In bài”) as a PDF file")),
    ActionSpec("send_mail", QT_TRANSLATE_NOOP("actions", "Send &to Colleague…"), "file", "mail.send_article",
               tip=QT_TRANSLATE_NOOP("actions", "E-mail the article with a note, as Word, PDF or article file"),
               toolbar=True, icon="mail-send", separator_before=True),
    ActionSpec("outbox", QT_TRANSLATE_NOOP("actions", "Out&box…"), "file", "mail.show_outbox",
               tip=QT_TRANSLATE_NOOP("actions", "The messages waiting to be sent")),
    ActionSpec("mail_account", QT_TRANSLATE_NOOP("actions", "&Mail Account…"), "file", "mail.edit_account",
               tip=QT_TRANSLATE_NOOP("actions", "The mail server messages go out through, and your From address")),
    ActionSpec("close", QT_TRANSLATE_NOOP("actions", "&Close"), "file", "files.close_article", ("Ctrl+W", Key.Close),
               icon="document-close", separator_before=True),
    ActionSpec("quit", QT_TRANSLATE_NOOP("actions", "&Quit"), "file", "files.quit", (Key.Quit, "Ctrl+Q"),
               icon="application-exit"),

    MenuSpec("edit", QT_TRANSLATE_NOOP("actions", "&Edit")),
    ActionSpec("undo", QT_TRANSLATE_NOOP("actions", "&Undo"), "edit", "editing.undo", Key.Undo,
               enabled_when="editing.can_undo", icon="edit-undo"),
    ActionSpec("redo", QT_TRANSLATE_NOOP("actions", "&Redo"), "edit", "editing.redo", Key.Redo,
               enabled_when="editing.can_redo", icon="edit-redo"),
    ActionSpec("cut", QT_TRANSLATE_NOOP("actions", "Cu&t"), "edit", "editing.cut", Key.Cut,
               icon="edit-cut", separator_before=True),
    ActionSpec("copy", QT_TRANSLATE_NOOP("actions", "&Copy"), "edit", "editing.copy", Key.Copy, icon="edit-copy"),
    ActionSpec("paste", QT_TRANSLATE_NOOP("actions", "&Paste"), "edit", "editing.paste", Key.Paste, icon="edit-paste"),
    ActionSpec("select_all", QT_TRANSLATE_NOOP("actions", "Select &All"), "edit", "editing.select_all", Key.SelectAll,
               icon="edit-select-all"),
    ActionSpec("find", QT_TRANSLATE_NOOP("actions", "&Find…"), "edit", "editing.show_find", Key.Find,
               icon="edit-find", separator_before=True),
    ActionSpec("replace", QT_TRANSLATE_NOOP("actions", "&Replace…"), "edit", "editing.show_replace", (Key.Replace, "Ctrl+H"),
               icon="edit-find-replace"),

    MenuSpec("format", QT_TRANSLATE_NOOP("actions", "F&ormat")),
    ActionSpec("bold", QT_TRANSLATE_NOOP("actions", "&Bold"), "format", "editing.toggle_bold", Key.Bold,
               checkable=True, toolbar=True, icon="format-text-bold", font="bold"),
    ActionSpec("italic", QT_TRANSLATE_NOOP("actions", "&Italic"), "format", "editing.toggle_italic", Key.Italic,
               checkable=True, toolbar=True, icon="format-text-italic", font="italic"),
    ActionSpec("underline", QT_TRANSLATE_NOOP("actions", "&Underline"), "format", "editing.toggle_underline", Key.Underline,
               checkable=True, toolbar=True, icon="format-text-underline", font="underline"),
    ActionSpec("link", QT_TRANSLATE_NOOP("actions", "&Link…"), "format", "editing.edit_link", "Ctrl+K",
               tip=QT_TRANSLATE_NOOP("actions", "Make the selection a link, or remove the link"),
               toolbar=True, icon="insert-link"),
    ActionSpec("paragraph", QT_TRANSLATE_NOOP("actions", "&Normal Paragraph"), "format", "editing.set_block_type",
               "Ctrl+Shift+N", data="paragraph", checkable=True, toolbar=True, separator_before=True),
    ActionSpec("heading", QT_TRANSLATE_NOOP("actions", "Inter&title"), "format", "editing.set_block_type",
               "Ctrl+Alt+2", data="heading", checkable=True, toolbar=True,
               tip=QT_TRANSLATE_NOOP("actions", "A heading inside the body")),
    ActionSpec("quote", QT_TRANSLATE_NOOP("actions", "Block &Quote"), "format", "editing.set_block_type",
               "Ctrl+Alt+Q", data="quote", checkable=True, toolbar=True),
    ActionSpec("list_item", QT_TRANSLATE_NOOP("actions", "Bulleted &List"), "format", "editing.set_block_type",
               "Ctrl+Shift+L", data="list_item", checkable=True, toolbar=True),
    ActionSpec("fix_all_safe", QT_TRANSLATE_NOOP("actions", "&Fix All Safe House-Style Issues"), "format",
               "checks.fix_all_safe", enabled_when="checks.can_fix_all_safe", separator_before=True,
               tip=QT_TRANSLATE_NOOP("actions", "Apply every fix that has one meaning-preserving replacement, "
                                                "as one undo step")),
    ActionSpec("house_style_pack", QT_TRANSLATE_NOOP("actions", "House Style &Pack…"), "format",
               "checks.choose_house_style_pack",
               tip=QT_TRANSLATE_NOOP("actions", "Check articles with your desk's own pack file (TOML)")),
    ActionSpec("builtin_pack", QT_TRANSLATE_NOOP("actions", "Built-in House St&yle Pack"), "format",
               "checks.use_builtin_house_style_pack", enabled_when="checks.has_custom_pack"),

    MenuSpec("view", QT_TRANSLATE_NOOP("actions", "&View")),
    ActionSpec("show_fields", QT_TRANSLATE_NOOP("actions", "Show &Fields Panel"), "view", "set_fields_visible",
               "F9", checkable=True),
    ActionSpec("show_issues", QT_TRANSLATE_NOOP("actions", "House Style &Issues"), "view", "checks.set_issues_visible",
               "F8", checkable=True),
    ActionSpec("show_history", QT_TRANSLATE_NOOP("actions", "Revision &History"), "view", "safety.set_history_visible",
               "Ctrl+Alt+H", checkable=True,
               tip=QT_TRANSLATE_NOOP("actions", "The versions kept at each save, compared with the current text")),
    MenuSpec("view/language", QT_TRANSLATE_NOOP("actions", "Interface &Language"), "view", separator_before=True),
    ActionSpec("ui_vi", QT_TRANSLATE_NOOP("actions", "Tiếng Việt"), "view/language", "set_interface_language",
               data="vi", checkable=True, group="ui_language"),
    ActionSpec("ui_en", QT_TRANSLATE_NOOP("actions", "English"), "view/language", "set_interface_language",
               data="en", checkable=True, group="ui_language"),

    MenuSpec("help", QT_TRANSLATE_NOOP("actions", "&Help")),
    MenuSpec("help/sample", QT_TRANSLATE_NOOP("actions", "Open &Sample Article"), "help"),
    ActionSpec("sample_vi", QT_TRANSLATE_NOOP("actions", "&Vietnamese"), "help/sample", "files.open_sample", data="vi"),
    ActionSpec("sample_en", QT_TRANSLATE_NOOP("actions", "&English"), "help/sample", "files.open_sample", data="en"),
    ActionSpec("about", QT_TRANSLATE_NOOP("actions", "&About ArticleDesk"), "help", "show_about",
               icon="help-about", separator_before=True),
)


def tr(text: str) -> str:
    """Translate a table text."""
    return QCoreApplication.translate("actions", text)


def key_sequences(shortcut: Shortcut) -> list[QKeySequence]:
    """All key sequences of a shortcut spec, platform bindings first, without duplicates."""
    if shortcut is None:
        return []
    parts = shortcut if isinstance(shortcut, tuple) else (shortcut,)
    out: list[QKeySequence] = []
    for part in parts:
        seqs = QKeySequence.keyBindings(part) if isinstance(part, Key) else [QKeySequence(part)]
        for seq in seqs:
            if not seq.isEmpty() and seq not in out:
                out.append(seq)
    return out


class BuiltActions(NamedTuple):
    """What build_actions made: actions and menus by id, and the format toolbar."""

    actions: dict[str, QAction]
    menus: dict[str, QMenu]
    toolbar: QToolBar


def resolve(target: object, name: str) -> Callable[..., object]:
    """The window's handler ``name``: a method of the window or, dotted, of one of its parts ("files.save")."""
    for part in name.split("."):
        target = getattr(target, part)
    return target  # type: ignore[return-value]


def _connect(action: QAction, spec: ActionSpec, target: object) -> None:
    handler = resolve(target, spec.handler)
    if spec.data is not None:
        action.triggered.connect(lambda _checked=False, h=handler, d=spec.data: h(d))
    elif spec.checkable:
        action.triggered.connect(lambda checked, h=handler: h(checked))
    else:
        action.triggered.connect(lambda _checked=False, h=handler: h())


def _toolbar_font(spec: ActionSpec, base: QFont) -> QFont:
    font = QFont(base)
    font.setBold(spec.font == "bold")
    font.setItalic(spec.font == "italic")
    font.setUnderline(spec.font == "underline")
    return font


def _make_action(item: ActionSpec, target: QObject, groups: dict[str, QActionGroup]) -> QAction:
    # parent= by name: (text, parent) by position makes PySide weigh QAction(QIcon, text, parent)
    # too, which loads QIcon and its enums before the window first paints.
    action = QAction(tr(item.text), parent=target)
    action.setObjectName(f"action_{item.id}")
    action.setShortcuts(key_sequences(item.shortcut))
    if item.tip:
        action.setToolTip(tr(item.tip))
        action.setStatusTip(tr(item.tip))
    action.setCheckable(item.checkable)
    if item.group:
        group = groups.setdefault(item.group, QActionGroup(target))
        group.addAction(action)
    _connect(action, item, target)
    return action


def build_actions(target: QObject, menubar: QMenuBar, toolbar_title: str, complete: bool = True) -> BuiltActions:
    """Create every menu and action of ``ITEMS`` on ``menubar``, handlers bound to ``target``.

    With ``complete`` False only what shows while no menu is open is made: the menu bar's menus
    and the toolbar with its actions; :func:`complete_menus` makes the rest later.
    """
    built = BuiltActions({}, {}, QToolBar(toolbar_title, target))  # type: ignore[arg-type]
    built.toolbar.setObjectName("format_toolbar")
    groups: dict[str, QActionGroup] = {}
    toolbar_menu = ""
    for item in ITEMS:
        if isinstance(item, MenuSpec) and not item.parent:
            menu = menubar.addMenu(tr(item.text))
            menu.setObjectName(f"menu_{item.id}")
            built.menus[item.id] = menu
        elif isinstance(item, ActionSpec) and item.toolbar:
            action = built.actions[item.id] = _make_action(item, target, groups)
            menu = item.menu.split("/")[0]
            if built.toolbar.actions() and (item.separator_before or menu != toolbar_menu):
                built.toolbar.addSeparator()  # between groups, and between the actions of two menus
            toolbar_menu = menu
            built.toolbar.addAction(action)
            button = built.toolbar.widgetForAction(action)
            if button is not None and item.font:
                button.setFont(_toolbar_font(item, button.font()))
    if complete:
        complete_menus(built, target)
    return built


def menus_complete(built: BuiltActions) -> bool:
    """Whether every menu and action of ``ITEMS`` has been made."""
    return len(built.menus) + len(built.actions) == len(ITEMS)


def complete_menus(built: BuiltActions, target: QObject) -> None:
    """Fill the menus made by build_actions: their submenus and actions, in the table's order
    (the toolbar's actions join their menus too). Does nothing once the menus are complete."""
    if menus_complete(built):
        return
    groups = {item.group: built.actions[item.id].actionGroup() for item in ITEMS  # a toolbar action's group
              if isinstance(item, ActionSpec) and item.group and item.id in built.actions}
    for item in ITEMS:
        if isinstance(item, MenuSpec):
            if item.parent:
                parent = built.menus[item.parent]
                if item.separator_before:
                    parent.addSeparator()
                menu = parent.addMenu(tr(item.text))
                menu.setObjectName(f"menu_{item.id.replace('/', '_')}")
                built.menus[item.id] = menu
            continue
        action = built.actions.get(item.id)
        if action is None:
            action = built.actions[item.id] = _make_action(item, target, groups)
        menu = built.menus[item.menu]
        if item.separator_before:
            menu.addSeparator()
        menu.addAction(action)


def set_theme_icons(actions: dict[str, QAction]) -> None:
    """Give the actions their icons from the system's icon theme, where it has them.

    Apart from build_actions: no icon shows until a menu opens (the toolbar shows text only),
    so the window sets them after its first paint and start-up never waits for the theme.
    """
    from PySide6.QtGui import QIcon

    for item in ITEMS:
        if isinstance(item, ActionSpec) and item.icon and QIcon.hasThemeIcon(item.icon):
            actions[item.id].setIcon(QIcon.fromTheme(item.icon))


def update_enabled(actions: dict[str, QAction], target: object) -> None:
    """Enable or disable every action whose table entry has an ``enabled_when`` predicate
    (those made so far: see ``complete`` in build_actions)."""
    for item in ITEMS:
        if isinstance(item, ActionSpec) and item.enabled_when and item.id in actions:
            actions[item.id].setEnabled(bool(resolve(target, item.enabled_when)()))
