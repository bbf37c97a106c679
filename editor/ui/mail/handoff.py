"""Launching what :mod:`editor.session.mail_handoff` builds: ``xdg-email`` when Thunderbird would open the
draft read-only, and a ``mailto:`` link; the decisions and argument lists live in the session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QUrl
from PySide6.QtGui import QDesktopServices

from editor.model.article import Article
from editor.session import mail_handoff
from editor.session.mailing import MailChoice


class MailHandoff(QObject):
    """The window's hand-off to the mail program: xdg-email for Thunderbird, and mailto: links."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thunderbird: bool | None = None  # asked of xdg-mime once per run (at most 2 s)
        self.last_command: list[str] = []

    def thunderbird(self) -> bool:
        """True when the desktop's mail program is Thunderbird (Linux), which opens an .eml read-only."""
        if self._thunderbird is None:
            self._thunderbird = mail_handoff.mail_program_is_thunderbird()
        return self._thunderbird

    def compose_with_xdg_email(self, choice: MailChoice, draft: Path) -> bool:
        """Open a new message in Thunderbird with the draft's text and attachments (written next to the
        draft, kept until the app exits); False when xdg-email could not be started."""
        subject, text, paths = mail_handoff.draft_parts(draft)
        command = mail_handoff.xdg_email_command(choice, paths, text, subject=subject)
        self.last_command = command
        return bool(QProcess.startDetached(command[0], command[1:]))

    def open_mailto(self, choice: MailChoice, article: Article, subject: str) -> bool:
        """Open a mailto: link with the note and the article as text (cut at about 1,500 characters)."""
        url = mail_handoff.mailto_url(choice, mail_handoff.text_body(article, choice.note), subject=subject)
        return bool(QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii"))))

    def mailto_failed(self) -> str:
        """The sentence when nothing opened the link."""
        return self.tr("No mail program opened the mailto: link. Use Open in Mail Program or Save as .eml.")

    def compose_failed(self) -> str:
        """The sentence when xdg-email could not be started."""
        return self.tr("xdg-email could not be started; the draft is opened as a file instead.")
