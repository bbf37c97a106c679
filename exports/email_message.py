"""An article as an e-mail message: the one the app sends, queues or opens in the mail program.

``multipart/mixed[ multipart/alternative[text/plain, text/html], attachment* ]`` built with
``EmailMessage`` and ``policy.default`` (outputs.md §4, E1–E4): the plain-text part is the wire
story of :mod:`exports.text` under the personal note; the HTML part is :mod:`exports.email_html`;
the header fields the user typed are checked and written by :mod:`exports.email_headers`, so a
line break in a Subject or an address can never add a header. The Message-ID is fixed when the
message is made, so a message sent again from the outbox carries the same one.
"""

from __future__ import annotations

import re
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from editor import __version__
from editor.model.article import Article
from editor.model.article_file import dumps, to_bytes
from editor.model.file_io import N_
from editor.model.file_names import file_name_from
from editor.model.mail_import import ARTICLE_MIME, NOTE_RULE, SHORTENED_HEADER

from .cleaning import clean_text
from .email_headers import HeaderError, check_text, parse_address, parse_addresses, set_addresses, set_subject
from .email_headers import strip_controls as _one_line
from .email_html import email_html
from .text import article_to_text

__all__ = ["ARTICLE_MIME", "HeaderError", "article_attachment", "attachment_name", "build_message"]

Attachment = tuple[str, bytes, str]  # (file name, data, MIME type such as "application/pdf")

_MIME_TYPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*\Z")
_UNTITLED = {"vi": "Bài viết", "en": "Article"}


def attachment_name(article: Article, ext: str) -> str:
    """A safe, readable file name from the headline: "Nâng cao hiệu quả phòng cháy….pdf".

    The one rule of :func:`editor.model.file_names.file_name_from` (Vietnamese letters kept, names
    Windows, macOS or Linux refuse never made); an article without a headline is "Bài viết" / "Article".
    """
    return file_name_from(article.headline, ext, _UNTITLED.get(article.base_language, _UNTITLED["en"]))


def article_attachment(article: Article) -> Attachment:
    """The `.article` file as an attachment, so the recipient opens the article itself (mail_import).

    ArticleFileError (one sentence) when the text holds a character UTF-8 cannot hold (a lone surrogate).
    """
    name = attachment_name(article, ".article")
    return name, to_bytes(dumps(article), name), ARTICLE_MIME


def _check_attachment(name: str, mime: str) -> tuple[str, str, str]:
    name = check_text(name, "attachment").strip()
    if not name or name.strip(".") == "" or "/" in name or "\\" in name:
        raise HeaderError(N_("“{value}” cannot be the name of an attached file."), "attachment", value=name)
    if not _MIME_TYPE.match(mime):
        raise ValueError(f"not a MIME type: {mime!r}")
    maintype, subtype = mime.lower().split("/")
    return name, maintype, subtype


def _message_id(given: str | None, domain: str) -> str:
    if given is None:
        return make_msgid(domain=domain)
    value = check_text(given, "message_id").strip().strip("<>")
    if not re.fullmatch(r"[^<>\s@]+@[^<>\s@]+", value) or not value.isascii():
        raise HeaderError(N_("“{value}” is not a message identifier."), "message_id", value=given)
    return f"<{value}>"


def _text_part(article: Article, note: str) -> str:
    text = article_to_text(article, blank_before_date=True)
    note = clean_text(note).strip()
    return f"{note}\n\n{NOTE_RULE}\n\n{text}" if note else text


def build_message(
    article: Article,
    *,
    sender: str,
    to: list[str],
    cc: list[str] | tuple[str, ...] = (),
    subject: str | None = None,
    note: str = "",
    attachments: list[Attachment] | tuple[Attachment, ...] = (),
    message_id: str | None = None,
    unsent: bool = False,
    date: datetime | None = None,
) -> EmailMessage:
    """The article as a message from ``sender`` to ``to`` (and ``cc``), ready to send or save as `.eml`.

    ``subject`` defaults to the headline; ``note`` is the personal note set above the article;
    ``attachments`` are (file name, bytes, MIME type). ``unsent`` adds ``X-Unsent: 1`` so Outlook
    opens the `.eml` as a draft; such a draft may leave the sender and recipients empty. Raises
    HeaderError (one sentence, with ``field``) for a typed field that cannot go into a header.
    """
    if not sender.strip() and not unsent:
        raise HeaderError(N_("The message has no sender address."), "from")
    from_ = [parse_address(sender, "from")] if sender.strip() else []
    to_ = parse_addresses([to] if isinstance(to, str) else to, "to")
    cc_ = parse_addresses([cc] if isinstance(cc, str) else cc, "cc")
    if not unsent and not to_:
        raise HeaderError(N_("The message has no recipient."), "to")
    if subject is None:
        subject = _one_line(clean_text(article.headline))
    subject = check_text(subject, "subject").strip()
    files = [(_check_attachment(name, mime), data) for name, data, mime in attachments]
    when = date or datetime.now().astimezone()
    if when.tzinfo is None:
        when = when.astimezone()

    msg = EmailMessage(policy=policy.default)
    if from_:
        set_addresses(msg, "From", from_)
    if to_:
        set_addresses(msg, "To", to_)
    if cc_:
        set_addresses(msg, "Cc", cc_)
    set_subject(msg, subject)
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = _message_id(message_id, from_[0].domain if from_ else "articledesk.invalid")
    msg["MIME-Version"] = "1.0"
    msg["X-Mailer"] = f"ArticleDesk {__version__}"
    if unsent:
        msg["X-Unsent"] = "1"
    msg.set_content(_text_part(article, note), subtype="plain", charset="utf-8", cte="quoted-printable")
    html, shortened = email_html(article, note, attached=bool(files))
    if shortened:  # the whole article is in the plain-text part: mail_import reads that one
        msg[SHORTENED_HEADER] = "shortened"
    msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    msg.make_mixed()
    for (name, maintype, subtype), data in files:
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg


def wire_bytes(message: EmailMessage) -> bytes:
    """The message as it travels and is stored: lines end in CRLF (SMTP's DATA and the .eml file alike)."""
    return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))


def draft_eml(article: Article) -> bytes:
    """The article as an unsent message (``X-Unsent: 1``): no sender or recipient yet, the text and
    HTML parts a mail program shows, and the `.article` attached, so a colleague who opens it in
    ArticleDesk gets the article itself back. What ``articledesk export --to eml`` writes."""
    return wire_bytes(build_message(article, sender="", to=[], attachments=[article_attachment(article)], unsent=True))

