"""Menu commands of the house-style checker, a part of MainWindow (handlers of ``actions.ITEMS``).

Undo and Redo pass through here first: right after "Fix All Safe" they undo or redo the whole
fix at once (see :mod:`editor.ui.checker.fix_all`), otherwise they go on to the usual edit commands.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDockWidget

from editor.places import desk_packs_dir
from editor.ui.window_part import WindowPart

STATUS_MESSAGE_MS = 4000


class CheckCommands(WindowPart):
    """Part of MainWindow; ``self.window.checker`` is set by :func:`editor.ui.checker.checker_ui.attach_checker`."""

    def _checker(self) -> Any | None:
        return getattr(self.window, "checker", None)

    # ------------------------------------------------------------------ format menu

    def fix_all_safe(self) -> None:
        """Format › Fix All Safe Issues: every safe fix, as one undo step."""
        checker = self._checker()
        if checker is None:
            return
        count = checker.fix_all_safe()
        if count == 1:
            text = self.tr("Fixed 1 issue. Undo puts it back.")
        else:
            text = self.tr("Fixed {n} issues. One undo puts them all back.").format(n=count)
        self.window.statusBar().showMessage(text if count else self.tr("Nothing to fix safely."), STATUS_MESSAGE_MS)

    def can_fix_all_safe(self) -> bool:
        """Enabled-when predicate of Fix All Safe Issues."""
        checker = self._checker()
        return checker is not None and checker.safe_count > 0

    def choose_house_style_pack(self) -> None:
        """Format › House Style Pack…: check with a desk's own pack file (kept in the settings)."""
        checker = self._checker()
        if checker is None:
            return
        current = self.settings.value("checker/pack")
        desk = desk_packs_dir()  # where `articledesk check --style NAME` finds a desk's packs by name
        path = self.ask_pack_path(str(Path(current).parent) if current else str(desk if desk.is_dir() else Path.home()))
        if path:
            checker.controller.try_pack(path)

    def use_builtin_house_style_pack(self) -> None:
        """Format › Built-in House Style Pack: back to vi-newsroom / en-newsroom."""
        checker = self._checker()
        self.settings.set_value("checker/pack", "")
        self.settings.sync()
        if checker is not None:
            checker.controller.use_custom_pack("")

    def has_custom_pack(self) -> bool:
        """Enabled-when predicate of Built-in House Style Pack."""
        return bool(self.settings.value("checker/pack"))

    def ask_pack_path(self, folder: str) -> str | None:
        """The pack file to use, or None when the user cancels."""
        from PySide6.QtWidgets import QFileDialog  # dialogs load on first use

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("House Style Pack"), folder,
                                              self.tr("House-style packs (*.toml);;All files (*)"))
        return path or None

    # ------------------------------------------------------------------ view menu

    def set_issues_visible(self, visible: bool) -> None:
        """View › House Style Issues: the issues panel."""
        checker = self._checker()
        if checker is None:
            return
        panel: QDockWidget = checker.panel
        panel.setVisible(visible)
        if visible:
            panel.raise_()
            checker.refresh_summary()
