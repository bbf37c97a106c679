"""What the Send dialog needs before anything is sent: the preview, the attachments last chosen.

The preview is the message's own HTML part (:mod:`exports.email_html`), made in the thread pool
so that typing a note never waits for it; the dialog shows it without loading anything remote.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from editor.session.export_job import ExportJob, run_in_pool
from editor.session.mailing import ATTACHMENT_KINDS

if TYPE_CHECKING:
    from editor.model.article import Article
    from editor.settings import Settings

ATTACHMENTS_KEY = "mail/attachments"


def default_subject(article: Article) -> str:
    """The subject a message gets when the user types none: the headline on one line."""
    from exports.cleaning import clean_text
    from exports.email_headers import strip_controls

    return strip_controls(clean_text(article.headline))


def eml_name(article: Article) -> str:
    """A file name for the message saved as .eml, made from the headline."""
    from exports.email_message import attachment_name

    return attachment_name(article, ".eml")


def preview_html(article: Article, note: str, attached: bool) -> str:
    """The HTML part of the message the dialog would send (``attached``: it has attachments)."""
    from exports.email_html import email_html

    html, _shortened = email_html(article, note, attached=attached)
    return html


def start_preview(article: Article, note: str, attached: bool, done: Callable[[], object]) -> ExportJob:
    """Make the preview of a copy of ``article`` in the pool; ``done`` (a method of a QObject of the GUI
    thread) is called once it is made: ``job.result`` holds the HTML (``job.error`` why there is none)."""
    copy = article.copy()
    job = ExportJob(lambda: preview_html(copy, note, attached), None, kind="preview")
    job.done.connect(done)  # before it runs: a quick job could be done before a later connect
    run_in_pool(job)
    return job


def remembered_attachments(settings: Settings) -> tuple[str, ...]:
    """The attachments ticked the last time a message went out."""
    return tuple(kind for kind in settings.value(ATTACHMENTS_KEY) if kind in ATTACHMENT_KINDS)


def remember_attachments(settings: Settings, kinds: tuple[str, ...] | list[str]) -> None:
    """Tick ``kinds`` next time."""
    settings.set_value(ATTACHMENTS_KEY, [kind for kind in kinds if kind in ATTACHMENT_KINDS])
