"""``articledesk send`` and ``articledesk outbox`` (contract.md §2; outputs.md §4).

``send FILE --to ADDRESS...`` builds the message the window's Send dialog builds (the same
attachments, rendered by the export writers) and sends it through the outbox: exit 0 when the
server took it, 1 when it waits in the outbox (or the server refused it), 2 for bad usage or an
unreadable article. ``outbox`` lists the messages waiting, one line each; ``--flush`` tries them
all now (exit 1 when some are left). The server is ``--smtp URL`` or the account set up in the
window; the password comes from ``ARTICLEDESK_SMTP_PASSWORD``, the system keychain, or a prompt
on a terminal, and never from the command line itself.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from editor.cli.messages import CommandLine, add_language_option, warn
from editor.model.file_io import N_, TemplatedError

if TYPE_CHECKING:
    from editor.session.mail_account import MailAccount
    from editor.session.outbox import Attempt, Outbox, OutboxEntry

EXIT_OK, EXIT_NOT_DELIVERED, EXIT_USAGE = 0, 1, 2
ATTACHMENT_KINDS = ("docx", "pdf", "article")


class _Stop(Exception):
    """End the command with ``code`` after saying ``sentence`` on standard error."""

    def __init__(self, sentence: str, code: int = EXIT_USAGE) -> None:
        super().__init__(sentence)
        self.code = code


def _server_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--smtp", metavar="URL",
                        help="the mail server: smtp+starttls://USER@HOST:587, smtps://USER@HOST:465 or "
                             "smtp://127.0.0.1:PORT (default: the account set up in the window); the password comes "
                             "from ARTICLEDESK_SMTP_PASSWORD, the system keychain or a prompt")
    parser.add_argument("--ca-file", metavar="FILE",
                        help="a CA certificate (PEM) to trust besides the system's, for a desk's own mail server")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Declare the ``send`` and ``outbox`` subcommands on the main parser."""
    send = sub.add_parser("send", help="e-mail an article (it waits in the outbox when the server is out of reach)")
    send.add_argument("file", metavar="FILE", help="the .article file")
    send.add_argument("--to", metavar="ADDRESS", nargs="+", action="extend", required=True,
                      help="recipients (several, or separated by commas)")
    send.add_argument("--cc", metavar="ADDRESS", nargs="+", action="extend", default=[], help="copies to")
    send.add_argument("--attach", metavar="LIST", default="",
                      help="attachments, separated by commas: " + ", ".join(ATTACHMENT_KINDS) + " (default: none; "
                           "the article is always in the message itself)")
    send.add_argument("--from", dest="sender", metavar="ADDRESS", help="the sender (default: the account's From)")
    send.add_argument("--subject", metavar="TEXT", help="the subject (default: the headline)")
    send.add_argument("--note", metavar="TEXT", default="", help="a personal note above the article")
    _server_options(send)
    add_language_option(send)
    outbox = sub.add_parser("outbox", help="list the messages waiting to be sent, or send them now")
    outbox.add_argument("--flush", action="store_true", help="try to send every waiting message now")
    outbox.add_argument("--retry", metavar="ID", help="put a failed message back in the queue (with --flush: send it)")
    outbox.add_argument("--delete", metavar="ID", help="remove a waiting message for good")
    _server_options(outbox)
    add_language_option(outbox)


# ------------------------------------------------------------------ the account and its password


def _account(args: argparse.Namespace, say: CommandLine, sender: str | None = None) -> MailAccount:
    """``--smtp`` (with the settings' From and CA file), else the account set up in the window."""
    from dataclasses import replace

    from editor.session.mail_account import MailSetupError, parse_smtp_url, stored_account, with_sender
    from editor.settings import Settings

    stored = stored_account(Settings())
    try:
        if args.smtp:
            account = parse_smtp_url(args.smtp, stored.sender if stored else "", stored.ca_file if stored else "")
        elif stored is not None:
            account = stored
            account.check()
        else:
            raise MailSetupError(N_("No mail server is set up: give --smtp URL, or set one up in the Mail settings."))
    except MailSetupError as exc:
        raise _Stop(say.error(exc)) from None
    if args.ca_file:
        if not os.path.isfile(args.ca_file):
            raise _Stop(say(N_("The CA certificate file “{file}” does not exist."), file=args.ca_file))
        account = replace(account, ca_file=args.ca_file)
    return with_sender(account, sender) if sender else account


def _password(account: MailAccount, say: CommandLine) -> str:
    """From ARTICLEDESK_SMTP_PASSWORD, the keychain, or asked on the terminal; _Stop when there is none."""
    from editor.session.mail_account import PASSWORD_VARIABLE, Passwords

    if not account.user:
        return ""
    password = Passwords(given=os.environ.get(PASSWORD_VARIABLE) or None).known(account)
    if password is None and sys.stdin.isatty():
        import getpass

        try:
            password = getpass.getpass(say(N_("Password of {user} at {host}: "), user=account.user, host=account.host))
        except (EOFError, KeyboardInterrupt):
            password = None
    if not password:
        raise _Stop(say(N_("The mail account {user} at {host} needs a password: set ARTICLEDESK_SMTP_PASSWORD, or keep "
                           "it in the system keychain from the window."), user=account.user, host=account.host))
    return password


# ------------------------------------------------------------------ what became of a message


def _tell(attempt: Attempt, say: CommandLine, waiting_hint: str) -> None:
    """One line for a message tried: stdout when it was sent, stderr otherwise."""
    from editor.session.outbox import BUSY, FAILED, GONE, QUEUED, SENT

    entry = attempt.entry
    if attempt.outcome == SENT:
        print(say(N_("Sent “{subject}” to {recipients}; Message-ID {message_id}."), subject=entry.subject,
                  recipients=", ".join(entry.recipients), message_id=entry.message_id))
        for address, reason in entry.refused.items():
            warn(say(N_("The server refused {address}: {reason}."), address=address, reason=reason))
        return
    reason = say.error(attempt.failure) if attempt.failure is not None else ""
    if attempt.outcome == QUEUED:
        warn(f"{reason} {waiting_hint}".strip())
    elif attempt.outcome == FAILED:
        warn(f"{reason} " + say(N_("The message was not sent; it stays in the outbox as failed (“articledesk outbox "
                                    "--delete {id}” removes it)."), id=entry.id[:8]))
    elif attempt.outcome == BUSY:
        warn(say(N_("“{subject}” is being sent by another ArticleDesk right now."), subject=entry.subject))
    elif attempt.outcome == GONE:
        pass  # sent or deleted by another ArticleDesk meanwhile


def _outbox_problem(exc: BaseException, say: CommandLine) -> str:
    """The sentence of an outbox that cannot be written (write_atomic's, or the system's reason)."""
    if isinstance(exc, TemplatedError):
        return say.error(exc)
    return say(N_("The outbox “{folder}” cannot be written: {reason}."), folder=str(getattr(exc, "filename", "") or ""),
               reason=(getattr(exc, "strerror", None) or str(exc)).rstrip("."))


# ------------------------------------------------------------------ the commands


def cmd_send(args: argparse.Namespace) -> int:
    """``articledesk send FILE --to ADDRESS...``; see the module docstring for the exit codes."""
    say = CommandLine.for_args(args, graphical=True)
    say.install()  # the export writers' own sentences are translated as they are made
    return _run(_send, args, say)


def _run(command: Callable[[argparse.Namespace, CommandLine], int], args: argparse.Namespace,
         say: CommandLine) -> int:
    """Run ``command``; a _Stop says its sentence on standard error and gives its exit code."""
    try:
        return command(args, say)
    except _Stop as stop:
        warn(str(stop))
        return stop.code
    finally:
        say.close()


def _send(args: argparse.Namespace, say: CommandLine) -> int:
    from editor.cli.check import load_telling
    from editor.session.exporting import ExportError, count_house_style_errors, house_style_sentence
    from editor.session.mailing import MailChoice, check_choice, make_message, send_now
    from editor.session.outbox import SENT, Outbox

    kinds = tuple(k.strip().lower() for k in args.attach.split(",") if k.strip())
    unknown = [k for k in kinds if k not in ATTACHMENT_KINDS]
    if unknown:
        raise _Stop(say(N_("--attach takes {kinds}, not “{kind}”."), kinds=", ".join(ATTACHMENT_KINDS),
                        kind=unknown[0]))
    source = Path(args.file)
    account = _account(args, say, args.sender)
    choice = MailChoice(to=tuple(args.to), cc=tuple(args.cc), subject=args.subject, note=args.note,
                        attachments=kinds)
    if not account.sender.strip():
        raise _Stop(say(N_("The message has no sender address: give --from ADDRESS, or set the From address in the "
                           "Mail settings.")))
    try:
        check_choice(choice, account.sender)  # a bad address is said before the article is rendered
        article = load_telling(source, say)
        password = _password(account, say)
        errors = count_house_style_errors(article)
        if errors:
            warn(say.warning(str(source), house_style_sentence(errors)))
        options = None
        if "pdf" in kinds:
            from editor.print_settings import command_line_options

            options = command_line_options(None, None)
        message = make_message(article, choice, account.sender, source.resolve().parent, options)
    except (TemplatedError, ExportError) as exc:  # ArticleFileError, HeaderError, a picture that cannot be read
        raise _Stop(say.error(exc) if isinstance(exc, TemplatedError) else str(exc)) from None
    try:
        attempt = send_now(Outbox(), message, account, password)
    except (TemplatedError, OSError) as exc:  # the outbox folder cannot be written (a full disk)
        raise _Stop(_outbox_problem(exc, say), EXIT_NOT_DELIVERED) from None
    _tell(attempt, say, say(N_("The message waits in the outbox; “articledesk outbox --flush” sends it.")))
    return EXIT_OK if attempt.outcome == SENT and not attempt.entry.refused else EXIT_NOT_DELIVERED


def cmd_outbox(args: argparse.Namespace) -> int:
    """``articledesk outbox [--flush] [--retry ID] [--delete ID]``."""
    return _run(_outbox, args, CommandLine.for_args(args))


def _outbox(args: argparse.Namespace, say: CommandLine) -> int:
    from editor.session.outbox import Outbox

    outbox = Outbox()
    if args.retry or args.delete:
        _change(outbox, args, say)
    if args.flush:
        return _flush(outbox, args, say)
    if not (args.retry or args.delete):
        _list(outbox, say)
    return EXIT_OK


def _change(outbox: Outbox, args: argparse.Namespace, say: CommandLine) -> None:
    wanted = args.retry or args.delete
    entry = outbox.find(wanted)
    if entry is None:
        raise _Stop(say(N_("No message waiting in the outbox has the id “{id}” (“articledesk outbox” lists them)."),
                        id=wanted))
    try:
        done = outbox.retry(entry.id) is not None if args.retry else outbox.delete(entry.id)
    except (TemplatedError, OSError) as exc:  # the outbox cannot be written (a full disk, a read-only folder)
        raise _Stop(_outbox_problem(exc, say), EXIT_NOT_DELIVERED) from None
    if not done:
        raise _Stop(say(N_("“{subject}” is being sent by another ArticleDesk right now."), subject=entry.subject),
                    EXIT_NOT_DELIVERED)


def _list(outbox: Outbox, say: CommandLine) -> None:
    entries = outbox.entries()
    if not entries:
        warn(say(N_("The outbox is empty.")))
    for entry in entries:
        print(_line(entry, say))


def _line(entry: OutboxEntry, say: CommandLine) -> str:
    """id, status, attempts, created, subject, recipients, last error: separated by tabs."""
    created = entry.created[:16].replace("T", " ")
    return "\t".join((entry.id[:8], entry.status, str(entry.attempts), created, entry.subject,
                      ", ".join(entry.recipients), entry.error_text(say.translate)))


def _flush(outbox: Outbox, args: argparse.Namespace, say: CommandLine) -> int:
    from editor.session.mailing import connector

    if outbox.due(everything=True):
        account = _account(args, say)
        password = _password(account, say)
        hint = say(N_("It waits in the outbox for the next try."))
        try:
            attempts = outbox.flush(connector(account, password), everything=True)
        except (TemplatedError, OSError) as exc:
            raise _Stop(_outbox_problem(exc, say), EXIT_NOT_DELIVERED) from None
        for attempt in attempts:
            _tell(attempt, say, hint)
    left = outbox.entries()
    if left:
        warn(say.count(len(left), N_("1 message is still waiting in the outbox."),
                        N_("{n} messages are still waiting in the outbox.")))
        return EXIT_NOT_DELIVERED
    return EXIT_OK
