"""The ``articledesk`` command line (contract.md §2).

Every subcommand calls the same model and exporters the window calls. Errors are one
sentence on standard error, never a traceback; exit 0 success, 1 found errors or not
delivered, 2 bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from editor import __version__
from editor.cli.messages import CommandLine, add_language_option, warn
from editor.model.file_io import N_
from exports.formats import FORMATS

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2

SUBCOMMANDS = ("check", "export", "send", "outbox")

# One example per command, for ``--help`` (the whole list) and each command's own ``--help``.
EXAMPLES = {
    "": ("articledesk tin.article", "open the article in the editor window"),
    "check": ("articledesk check tin.article --format json",
              "check it against the house style, one JSON line per finding"),
    "export": ("articledesk export tin.article --to pdf --paper A4", "print it to tin.pdf as the paper's page"),
    "send": ("articledesk send tin.article --to bientap@example.vn --attach docx,pdf",
             "e-mail it with its DOCX and PDF (it waits in the outbox when the server is out of reach)"),
    "outbox": ("articledesk outbox --flush", "send the messages waiting in the outbox now"),
}


class UsageError(Exception):
    """Bad command-line usage, as one sentence."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one sentence, exit 2, no usage dump
        raise UsageError(f"{message} (see “{self.prog} --help”)")


def _build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line's parser; with ``only="check"``, the check command's alone."""
    parser = _Parser(
        prog="articledesk",
        usage="articledesk [FILE]\n       articledesk COMMAND [OPTIONS] (COMMAND: " + ", ".join(SUBCOMMANDS) + ")",
        description="ArticleDesk: write, check and export news articles.\n"
        "With no command it opens the editor window, on FILE when one is given.",
        epilog=_examples(*EXAMPLES) + "\n\n“articledesk COMMAND --help” tells a command's options.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"ArticleDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser, prog="articledesk")
    from editor.cli.check import add_parser as add_check_parser

    add_check_parser(sub)
    if only != "check":  # ``articledesk check ...`` needs neither the other commands' options nor their modules
        _add_other_parsers(sub)
    for name, command in sub.choices.items():
        command.epilog = _examples(name)
        command.formatter_class = argparse.RawDescriptionHelpFormatter
    return parser


def _add_other_parsers(sub: argparse._SubParsersAction) -> None:
    """Declare ``export``, ``send`` and ``outbox``."""
    export = sub.add_parser("export", help="export an article to another format")
    export.add_argument("file", metavar="FILE", help="the .article file")
    export.add_argument("--to", required=True, choices=list(FORMATS), metavar="FORMAT",
                        help="output format: " + ", ".join(FORMATS))
    export.add_argument("-o", "--output", metavar="OUT", help="output file (default: FILE with the format's extension)")
    export.add_argument("--paper", metavar="A4|Letter", help="pdf: paper size (default: the remembered page set-up)")
    export.add_argument("--columns", type=int, choices=(1, 2), metavar="1|2",
                        help="pdf: one or two text columns (default: the remembered page set-up)")
    add_language_option(export)
    from editor.cli.mail import add_parsers as add_mail_parsers

    add_mail_parsers(sub)


def _examples(*commands: str) -> str:
    """The "example:" block of ``--help`` for ``commands`` (keys of EXAMPLES)."""
    rows = [EXAMPLES[c] for c in commands if c in EXAMPLES]
    width = max((len(line) for line, _ in rows), default=0)
    title = "example:" if len(rows) == 1 else "examples:"
    return "\n".join([title] + [f"  {line:<{width}}  {what}" for line, what in rows])


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="articledesk", description="Open the ArticleDesk editor window.", epilog=_examples(""),
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"ArticleDesk {__version__}")
    parser.add_argument("file", metavar="FILE", nargs="?", help="an .article file to open (or a received .eml)")
    return parser


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    warn(message)
    return code


def cmd_export(args: argparse.Namespace) -> int:
    """``articledesk export FILE --to FORMAT [-o OUT]``, through the export service's Qt-free core.

    An article with house-style errors is exported all the same (contract.md gives export no
    refusal), with the window's question as a warning on standard error. The errors are counted
    in a helper process while this one renders (:class:`~editor.session.export_core.ErrorCount`);
    the warning still comes first, before the export's own failure or the file's name. Only the
    PDF loads Qt.
    """
    say = CommandLine.for_args(args, graphical=FORMATS[args.to].print_options)
    try:
        return _export(args, say)
    finally:
        say.close()  # the translators off again (the command may have run inside another program)


def _export(args: argparse.Namespace, say: CommandLine) -> int:
    from editor.cli.check import checked, load_telling
    from editor.model.article_file import ArticleFileError
    from editor.session.export_core import ErrorCount, export_file, stored_desk_masthead
    from editor.session.export_errors import ExportError, failure_sentence, house_style_sentence

    source = Path(args.file)
    fmt = FORMATS[args.to]
    out = Path(args.output) if args.output else source.with_suffix(fmt.extension)
    if os.path.realpath(out) == os.path.realpath(source):  # realpath, unlike resolve(), survives a link loop
        return _fail(say(N_("refusing to overwrite the article “{file}” with its own export; choose another -o OUT."),
                         file=source))
    if not fmt.print_options and (args.paper is not None or args.columns is not None):
        return _fail(say(N_("--paper and --columns apply only to --to pdf, not to {format}."), format=args.to))
    try:
        article = load_telling(source, say)
    except ArticleFileError as exc:
        return _fail(say.error(exc))
    count = ErrorCount(article, checked).start()  # before Qt: the helper forks a process without threads
    try:
        say.install()  # the export's own sentences are translated as they are made
        options = None
        if fmt.print_options:
            from editor.print_settings import command_line_options

            options = command_line_options(args.paper, args.columns)
        masthead = stored_desk_masthead() if fmt.desk_masthead else ""  # the DOCX page header, as Page Setup set it
    except ValueError as exc:  # a page set-up that cannot print (--paper A5): the window's sentence
        count.discard()
        return _fail(failure_sentence(exc, out))
    except BaseException:
        count.discard()
        raise
    failure = ""
    try:
        export_file(article, args.to, out, source.resolve().parent, options, masthead)
    except ExportError as exc:
        failure = str(exc)
    except BaseException:
        count.discard()
        raise
    errors = count.result()
    if errors:
        warn(say.warning(str(source), house_style_sentence(errors)))
    if failure:
        return _fail(failure)
    print(out)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``articledesk`` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            args = _build_parser(argv[0]).parse_args(argv)
            from editor.cli.check import cmd_check

            if args.command == "check":
                return cmd_check(args)
            from editor.cli.mail import cmd_outbox, cmd_send

            return {"export": cmd_export, "send": cmd_send, "outbox": cmd_outbox}[args.command](args)
        if argv and argv[0] in ("-h", "--help"):
            _build_parser().print_help()
            return EXIT_OK
        args = _gui_parser().parse_args(argv)
    except UsageError as exc:
        return _fail(str(exc))
    except SystemExit as exc:  # --version and --help print and stop
        return int(exc.code or 0)
    except KeyboardInterrupt:
        return _fail("interrupted.", 130)
    except BrokenPipeError:  # the reader went away (``articledesk check … | head``): stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the final flush has somewhere to go
        return EXIT_FOUND
    from editor.display import window_problem

    problem = window_problem()  # before Qt, which aborts the process without a display
    if problem is not None:
        return _fail(CommandLine.for_args(args).error(problem))  # in the terminal's language
    from editor.app import run_gui

    return run_gui(args.file)


if __name__ == "__main__":
    sys.exit(main())
