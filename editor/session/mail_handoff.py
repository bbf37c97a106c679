"""Handing a message to the desktop's mail program without a widget: the Thunderbird fallback and ``mailto:``.

Thunderbird opens an ``.eml`` read-only, so on Linux, when ``xdg-mime`` names it the handler of
``message/rfc822``, the draft goes through ``xdg-email --utf8 … --attach FILE`` instead (the
attachments written next to the draft, in the folder kept until the app exits). A ``mailto:``
link (RFC 6068) carries text only: it is offered without attachments and cut safely at about
1,500 URL characters. The window only launches what is built here.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterable
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path
from urllib.parse import quote

from editor.model.article import Article
from editor.model.file_io import N_
from editor.model.mail_import import NOTE_RULE
from editor.session.mailing import MailChoice, say

XDG_MIME_TIMEOUT_S = 2.0  # the GUI thread never waits longer for xdg-mime
MAILTO_LIMIT = 1500  # URL characters: what mail programs and browsers take from a mailto: link
THUNDERBIRD_NAMES = ("thunderbird", "icedove")
ELLIPSIS = "…"


def mail_program_is_thunderbird(run: Callable[..., subprocess.CompletedProcess] = subprocess.run,
                                platform: str = sys.platform) -> bool:
    """True on Linux when ``xdg-mime query default message/rfc822`` names a Thunderbird/Icedove .desktop file."""
    if not platform.startswith("linux"):
        return False
    try:
        result = run(["xdg-mime", "query", "default", "message/rfc822"], capture_output=True, text=True,
                     timeout=XDG_MIME_TIMEOUT_S, check=False)
    except (OSError, subprocess.SubprocessError):  # no xdg-utils, or it took too long
        return False
    if getattr(result, "returncode", 1) != 0:
        return False
    handler = (result.stdout or "").strip().lower()
    return handler.endswith(".desktop") and any(name in handler for name in THUNDERBIRD_NAMES)


def addresses(fields: Iterable[str]) -> list[str]:
    """The bare addresses (``name@example.vn``) in the typed To or Cc fields."""
    return [address for _name, address in getaddresses([f for f in fields if f.strip()]) if address]


def xdg_email_command(choice: MailChoice, attachment_paths: Iterable[Path | str], text_body: str,
                      subject: str | None = None) -> list[str]:
    """``xdg-email --utf8 --subject S --body TEXT [--cc A]… [--attach FILE]… TO…`` for ``choice``.

    ``subject`` stands in when the choice leaves it to the headline (``choice.subject`` None).
    """
    command = ["xdg-email", "--utf8"]
    chosen = choice.subject if choice.subject is not None else subject
    if chosen:
        command += ["--subject", chosen]
    command += ["--body", text_body]
    for address in addresses(choice.cc):
        command += ["--cc", address]
    for path in attachment_paths:
        command += ["--attach", str(path)]
    return command + addresses(choice.to)


def draft_parts(draft: Path) -> tuple[str, str, list[Path]]:
    """Subject, plain text and the attachments of the ``.eml`` at ``draft``; the attachments are written
    next to it (in a folder of their own, so two files never share a name) and their paths returned."""
    message = message_from_bytes(Path(draft).read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    body = message.get_body(("plain",))
    text = body.get_content() if body is not None else ""
    folder = Path(draft).with_suffix(".attachments")
    paths = []
    for index, part in enumerate(message.iter_attachments()):
        name = Path(part.get_filename() or f"attachment-{index + 1}").name or f"attachment-{index + 1}"
        target = folder / str(index + 1) / name if (folder / name).exists() else folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(part.get_payload(decode=True) or b"")
        paths.append(target)
    return str(message.get("Subject", "")), text, paths


def text_body(article: Article, note: str) -> str:
    """The plain text of the message: the note, a rule, then the article (as in the text/plain part)."""
    from exports.cleaning import clean_text
    from exports.text import article_to_text

    text = article_to_text(article, blank_before_date=True)
    note = clean_text(note).strip()
    return f"{note}\n\n{NOTE_RULE}\n\n{text}" if note else text


def cut_line() -> str:
    """The line that closes a body cut short for a mailto: link."""
    return say(N_("(The text was cut to fit a mailto: link; attach the article or use Open in Mail Program "
                  "for all of it.)"))


def _encode(text: str) -> str:
    """RFC 6068 percent-encoding of UTF-8 text; line ends become %0D%0A."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    return quote(text, safe="")


def mailto_url(choice: MailChoice, text_body: str, subject: str | None = None, limit: int = MAILTO_LIMIT) -> str:
    """A ``mailto:`` URL (RFC 6068) with to, cc, subject and body, at most ``limit`` characters.

    A body too long is cut between two characters (never inside a percent-escape or a UTF-8 sequence)
    and ends with “…” and a line saying it was cut.
    """
    url = "mailto:" + ",".join(quote(address, safe="@") for address in addresses(choice.to))
    fields = []
    if choice.cc:
        fields.append("cc=" + ",".join(quote(address, safe="@") for address in addresses(choice.cc)))
    chosen = choice.subject if choice.subject is not None else subject
    if chosen:
        fields.append("subject=" + _encode(chosen))
    head = url + ("?" + "&".join(fields) if fields else "")
    joint = "&body=" if fields else "?body="
    whole = _encode(text_body)
    if len(head) + len(joint) + len(whole) <= limit:
        return head + joint + whole if text_body else head
    tail = _encode(ELLIPSIS + "\n\n" + cut_line())
    budget = limit - len(head) - len(joint) - len(tail)
    if budget < 0:  # the addresses and subject alone fill the link: no body
        return head
    kept: list[str] = []
    used = 0
    for char in text_body.replace("\r\n", "\n").replace("\r", "\n"):
        piece = _encode(char)  # one character: whole escapes of its whole UTF-8 sequence
        if used + len(piece) > budget:
            break
        kept.append(piece)
        used += len(piece)
    return head + joint + "".join(kept) + tail
