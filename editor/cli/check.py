"""``articledesk check FILE... [--style PACK] [--format text|json] [--fix]`` (contract.md §2).

Findings go to standard output, one per line (JSON Lines with ``--format json``), in document
order. Exit 0 when no file holds an error-level finding, 1 when one does, 2 when a file or the
pack cannot be read or a file changed while ``--fix`` worked on it. ``--fix`` applies only the
fixes marked safe, keeping the file as it was as ``FILE.bak``, and says what it changed; it writes
only while the file still holds what was checked, so a colleague's save in between is never lost.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from editor.cli.messages import CommandLine, add_language_option, warn
from editor.model.file_io import N_

if TYPE_CHECKING:
    from editor.model.article import Article
    from editor.model.house_style.findings import Finding
    from editor.model.house_style.pack import Pack

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Declare the ``check`` subcommand on the main parser."""
    check = sub.add_parser("check", help="check articles against the house style")
    check.add_argument("files", metavar="FILE", nargs="+", help=".article files to check")
    check.add_argument("--style", metavar="PACK",
                       help="a pack name (vi-newsroom, en-newsroom, or a desk pack in the desk pack folder) "
                            "or a pack file; default: by article language")
    check.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    check.add_argument("--fix", action="store_true",
                       help="apply the fixes marked safe (keeps FILE.bak) and report what changed")
    add_language_option(check)


def _text_line(file: str, finding, fixed: bool | None, say: CommandLine) -> str:
    """``FILE:WHERE:COLUMN: severity RULE “text”: message [→ …]``; WHERE in the issues panel's words
    ("Body ¶2", "Quote 1, speaker") and the column of the text's first character, both from 1."""
    from editor.model.house_style.fields import where_label

    where = where_label(finding.field, finding.block, say.translate)
    line = (f"{file}:{where}:{finding.start + 1}: {finding.severity} {finding.rule} "
            f"“{finding.text}”: {finding.message}")
    if fixed:
        line += f" [fixed: “{finding.replacements[0]}”]"
    elif finding.replacements:
        line += " [→ " + " | ".join(f"“{r}”" for r in finding.replacements) + "]"
    return line


def from_bytes_telling(raw: bytes, path: Path, say: CommandLine | None = None) -> Article:
    """The article in ``raw`` (the bytes of ``path``); what was repaired on the way is told on stderr."""
    from editor.model import article_file

    notes: list[article_file.ArticleFileError] = []
    article = article_file.from_bytes(raw, str(path), notes)
    for note in notes:
        warn(say.error(note) if say else str(note))
    return article


def load_telling(path: Path, say: CommandLine | None = None) -> Article:
    """Read the article ``path`` for a command; repairs are told on stderr, failures raise ArticleFileError."""
    from editor.model.article_file import read_document

    return from_bytes_telling(read_document(path), path, say)


def checked(article: Article, pack: Pack) -> list[Finding]:
    """The findings not ignored, as ``filter_ignored(check_article(article, pack), article)`` gives
    them, checked the command line's way: on two cores, the garbage collector paused."""
    from editor.model.collector import collector_paused
    from editor.model.house_style import filter_ignored
    from editor.model.house_style.parallel import check_article_parallel

    with collector_paused():  # many short-lived objects and no cycles worth collecting meanwhile
        return filter_ignored(check_article_parallel(article, pack), article)  # check_article's, on two cores


def _check_one(path: Path, style: str | None, fmt: str, fix: bool, out: TextIO,
               say: CommandLine | None = None) -> tuple[int, str | None]:
    """Check one file; returns (number of error findings, problem sentence or None)."""
    from editor.model import article_file
    from editor.model.house_style import apply_safe_fixes, default_pack_for, load_pack
    from editor.model.safe_save import save_with_backup

    original = article_file.read_document(path)  # ArticleFileError propagates as one sentence
    article = from_bytes_telling(original, path, say)
    pack = load_pack(style or default_pack_for(article.language))
    if pack.is_enabled("EN-SP01"):
        _prepare_spelling(pack, say or CommandLine("en"))
    findings = checked(article, pack)
    applied: set = set()
    if fix and any(f.safe_fix for f in findings):
        fixed_article, done = apply_safe_fixes(article, findings)
        if done:  # written only while the file still holds what was checked (a colleague's save wins)
            data = article_file.to_bytes(article_file.dumps(fixed_article), path)
            save_with_backup(path, data, backup=True, expected=original)
            applied = set(done)
    errors = 0
    lines: list[str] = []  # written at once: one system call, not one a finding (unbuffered output)
    for finding in findings:
        was_fixed = finding in applied if fix else None
        if finding.severity == "error" and not was_fixed:
            errors += 1
        if fmt == "json":
            record = finding.to_json(str(path))
            if fix:
                record["fixed"] = bool(was_fixed)
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            lines.append(_text_line(str(path), finding, was_fixed, say or CommandLine("en")) + "\n")
    out.write("".join(lines))
    if fix and fmt == "text":
        say = say or CommandLine("en")
        note = say.count(len(applied), N_("{file}: applied 1 safe fix; the original is kept as {backup}"),
                         N_("{file}: applied {n} safe fixes; the original is kept as {backup}"),
                         file=path, backup=_backup_name(path)) if applied \
            else say(N_("{file}: nothing to fix safely"), file=path)
        print(note, file=sys.stderr)
    return errors, None


_told: set[str] = set()  # the sentences about spelling already said in this run


def _prepare_spelling(pack: object, say: CommandLine) -> None:
    """Read the user's word list for English spelling (EN-SP01) and say once, on standard error,
    when Enchant or the pack's dictionary is missing (the other rules still run)."""
    from editor.model.file_io import read_regular
    from editor.model.house_style import spelling
    from editor.model.house_style.desk_words import read_word_list
    from editor.places import user_words_file

    language = pack.language  # type: ignore[attr-defined]
    try:
        words = read_word_list(read_regular(user_words_file(language)).decode("utf-8", errors="replace"))
    except OSError:
        words = []
    spelling.set_user_words(language, words)
    notice = spelling.missing_template(spelling.pack_dictionary(pack))
    if notice is not None and notice[0] not in _told:
        _told.add(notice[0])
        warn(say(notice[0], **notice[1]))


def _backup_name(path: Path) -> str:
    """How to name the backup of ``path`` to the user: beside the file, or beside a link's target."""
    from editor.model.file_io import real_path
    from editor.model.safe_save import backup_path

    try:
        backup = backup_path(real_path(path))
    except OSError:
        return path.name
    return backup.name if backup.parent == path.absolute().parent else str(backup)


def cmd_check(args: argparse.Namespace) -> int:
    """Run the check over every file; see the module docstring for exit codes."""
    from editor.model.article_file import ArticleFileError
    from editor.model.house_style import PackError, load_pack

    _told.clear()
    say = CommandLine.for_args(args)
    style = None
    try:
        if args.style:
            from editor.places import desk_packs_dir

            try:
                style = load_pack(args.style, desk_packs_dir()).path  # a desk pack by name: its file
            except PackError as exc:
                warn(say.error(exc))
                return EXIT_USAGE
        unreadable = False
        errors = 0
        for name in args.files:
            try:
                found, _ = _check_one(Path(name), style, args.format, args.fix, sys.stdout, say)
                errors += found
            except (ArticleFileError, PackError) as exc:
                warn(say.error(exc))
                unreadable = True
    finally:
        say.close()
    sys.stdout.flush()
    if unreadable:
        return EXIT_USAGE
    return EXIT_FOUND if errors else EXIT_OK
