"""The Send dialog's mailto: link and the xdg-email fallback for Thunderbird (E8)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices

from editor.session import mail_handoff
from tests.ui.test_mail_ui import TO, _pool_drained, by_name, finished, tick, unnamed_controls, window  # noqa: F401


def test_mailto_is_offered_only_without_attachments(window, qtbot, monkeypatch):  # noqa: F811
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = window.mail.send_article()
    assert by_name(dialog, "Open as mailto link") is dialog.mailto_button and unnamed_controls(dialog) == []
    for box in dialog.attach_boxes.values():
        box.setChecked(False)
    assert dialog.mailto_button.isEnabled()
    tick(qtbot, dialog.attach_boxes["pdf"])
    assert not dialog.mailto_button.isEnabled()
    dialog.attach_boxes["pdf"].setChecked(False)
    assert dialog.mailto_button.isEnabled()
    by_name(dialog, "To").setText(TO)
    by_name(dialog, "Note").setPlainText("Nhờ anh đọc giúp")
    qtbot.mouseClick(dialog.mailto_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and window.mail.send_dialog is None
    url = opened[0].toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert url.startswith(f"mailto:{TO}?subject=") and len(url) <= mail_handoff.MAILTO_LIMIT
    assert "Nhờ anh đọc giúp" in unquote(url.split("&body=")[1])


def test_thunderbird_gets_the_draft_through_xdg_email(window, qtbot, monkeypatch):  # noqa: F811
    started: list[tuple[str, list[str]]] = []
    opened: list[QUrl] = []
    monkeypatch.setattr(mail_handoff, "mail_program_is_thunderbird", lambda: True)
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: started.append((program, args)) or True)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    dialog = window.mail.send_article()
    by_name(dialog, "To").setText(TO)
    by_name(dialog, "Note").setPlainText("Bản nháp")
    for box in dialog.attach_boxes.values():
        box.setChecked(False)
    dialog.attach_boxes["article"].setChecked(True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    finished(qtbot, window, window.mail.job)
    qtbot.waitUntil(lambda: bool(started), timeout=5000)
    program, args = started[0]
    assert program == "xdg-email" and args[0] == "--utf8" and args[-1] == TO and opened == []
    assert "Bản nháp" in args[args.index("--body") + 1]
    attached = Path(args[args.index("--attach") + 1])
    assert attached.exists() and attached.suffix == ".article"
    window.mail.window_closed()  # the attachments live with the draft until ArticleDesk closes
    assert not attached.exists()
