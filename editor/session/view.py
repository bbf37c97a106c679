"""What the session asks of the window: a few questions and messages (Mu's passive view).

The session decides and does the file work; when it needs the user it calls one of these
methods. MainWindow's ``dialogs`` part implements them with real dialogs; tests pass a fake.
"""

from __future__ import annotations

from typing import Protocol

# Answers to "Save the changes?" and to "The file changed on disk".
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
KEEP_MINE, TAKE_THEIRS, SAVE_COPY = "keep_mine", "take_theirs", "save_copy"

STATUS_MESSAGE_MS = 4000  # how long a passing message stays in the status bar


class View(Protocol):
    """The questions and messages the session puts to the user through the window."""

    def ask_save_path(self, suggested: str) -> str | None:
        """Where to save the article, or None when the user cancels."""

    def ask_overwrite_changed_file(self, name: str) -> str:
        """The file changed on disk: KEEP_MINE, TAKE_THEIRS, SAVE_COPY or CANCEL."""

    def show_error(self, message: str) -> None:
        """One sentence about what went wrong (a modal message)."""

    def show_message(self, message: str, timeout_ms: int = STATUS_MESSAGE_MS) -> None:
        """A passing message (the status bar)."""
