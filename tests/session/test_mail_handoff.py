"""The hand-off to the mail program without widgets: Thunderbird detection, xdg-email, mailto: links."""

from __future__ import annotations

import subprocess
from email.message import EmailMessage
from urllib.parse import unquote

import pytest

from editor.session.mail_handoff import (
    MAILTO_LIMIT,
    draft_parts,
    mail_program_is_thunderbird,
    mailto_url,
    xdg_email_command,
)
from editor.session.mailing import MailChoice

SUBJECT = "Bão số 3 đổ bộ vào Quảng Ninh"


def fake_run(stdout: str = "", returncode: int = 0, raises: BaseException | None = None):
    calls = []

    def run(args, **kwargs):
        calls.append((args, kwargs))
        if raises is not None:
            raise raises
        return subprocess.CompletedProcess(args, returncode, stdout, "")
    run.calls = calls
    return run


@pytest.mark.parametrize(("stdout", "expected"), [
    ("thunderbird.desktop\n", True),
    ("org.mozilla.Thunderbird.desktop\n", True),
    ("net.thunderbird.Thunderbird.desktop\n", True),
    ("icedove.desktop\n", True),
    ("org.gnome.Evolution.desktop\n", False),
    ("", False),
])
def test_thunderbird_is_found_from_xdg_mime(stdout, expected):
    run = fake_run(stdout)
    assert mail_program_is_thunderbird(run, platform="linux") is expected
    args, kwargs = run.calls[0]
    assert args == ["xdg-mime", "query", "default", "message/rfc822"]
    assert kwargs["timeout"] <= 2


@pytest.mark.parametrize("raises", [FileNotFoundError("xdg-mime"), subprocess.TimeoutExpired("xdg-mime", 2)])
def test_no_xdg_mime_or_a_slow_one_means_no_fallback(raises):
    assert mail_program_is_thunderbird(fake_run(raises=raises), platform="linux") is False


def test_only_linux_asks_xdg_mime():
    run = fake_run("thunderbird.desktop")
    assert mail_program_is_thunderbird(run, platform="win32") is False and run.calls == []
    assert mail_program_is_thunderbird(fake_run("thunderbird.desktop", returncode=1), platform="linux") is False


def test_xdg_email_command_with_vietnamese_subject_and_attachments(tmp_path):
    choice = MailChoice(to=("Biên tập <bientap@example.vn>, thuky@example.vn",), cc=("Trưởng ban <tb@example.vn>",),
                        subject=SUBJECT, note="Nhờ anh xem")
    files = [tmp_path / "Bão số 3.docx", tmp_path / "Bão số 3.pdf"]
    command = xdg_email_command(choice, files, "Nhờ anh xem\n\nBài viết")
    assert command == ["xdg-email", "--utf8", "--subject", SUBJECT, "--body", "Nhờ anh xem\n\nBài viết",
                       "--cc", "tb@example.vn", "--attach", str(files[0]), "--attach", str(files[1]),
                       "bientap@example.vn", "thuky@example.vn"]


def test_the_headline_stands_in_for_an_empty_subject():
    command = xdg_email_command(MailChoice(to=("a@example.vn",)), [], "x", subject="Tiêu đề bài")
    assert command[2:4] == ["--subject", "Tiêu đề bài"]


def test_draft_parts_writes_the_attachments_next_to_the_draft(tmp_path):
    message = EmailMessage()
    message["Subject"] = SUBJECT
    message.set_content("Lời nhắn\n\nBài viết")
    message.add_attachment(b"PDF", maintype="application", subtype="pdf", filename="Bão.pdf")
    message.add_attachment(b"DOCX", maintype="application", subtype="octet-stream", filename="../Bão.docx")
    draft = tmp_path / "Bão.eml"
    draft.write_bytes(bytes(message))
    subject, text, paths = draft_parts(draft)
    assert subject == SUBJECT and text.strip() == "Lời nhắn\n\nBài viết"
    assert [p.name for p in paths] == ["Bão.pdf", "Bão.docx"]
    assert all(p.is_relative_to(tmp_path) for p in paths) and paths[0].read_bytes() == b"PDF"


def test_a_short_mailto_carries_everything():
    choice = MailChoice(to=("bientap@example.vn",), cc=("tb@example.vn",), subject=SUBJECT)
    url = mailto_url(choice, "Dòng một\nDòng hai & ?")
    assert url.startswith("mailto:bientap@example.vn?cc=tb@example.vn&subject=")
    subject = url.split("subject=")[1].split("&")[0]
    body = url.split("&body=")[1]
    assert unquote(subject) == SUBJECT and unquote(body) == "Dòng một\r\nDòng hai & ?"


@pytest.mark.parametrize("text", [
    "Người dân vùng bão đã được sơ tán an toàn. " * 200,
    "ả" * 2000,
    "a%b " * 1000,
])
def test_a_long_body_is_cut_safely(text):
    choice = MailChoice(to=("bientap@example.vn",), subject=SUBJECT)
    url = mailto_url(choice, text)
    assert len(url) <= MAILTO_LIMIT and url.isascii()
    body = url.split("&body=")[1]
    decoded = unquote(body, errors="strict")  # every escape whole, every UTF-8 sequence whole
    kept, _, cut = decoded.partition("…\r\n\r\n")
    assert text.startswith(kept) and len(kept) > 100
    assert "cut" in cut
    assert len(url) > MAILTO_LIMIT - 20  # the budget is used
